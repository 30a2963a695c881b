//! The maintainers' checker: `cargo run --bin check-data`. Checks the evidence dataset with the
//! build's own rules, lists every problem at once, warns about old reviews, and summarises what
//! changed since the last accepted review, grade changes first. See docs/adding-a-study.md.
//!
//! ```text
//! cargo run --bin check-data                       check data/ and show the review summary
//! cargo run --bin check-data -- --accept           ... and accept the changes (rewrites the snapshot)
//! cargo run --bin check-data -- --write-schema     rewrite schema/ from the model
//! cargo run --bin check-data -- path/to/data       check another dataset folder
//! ```
//!
//! Exit status: 0 when the dataset is valid, 1 when it has problems, 2 for a usage mistake or
//! a file that cannot be read or written. The logic is in `ldn_evidence::evidence::checker`;
//! this file only reads, prints and writes. It does nothing on wasm32, which CI also lints.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::fs;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use ldn_evidence::evidence::checker::expected_grades::EXPECTED_GRADES_FILE;
    use ldn_evidence::evidence::checker::schema::schema_files;
    use ldn_evidence::evidence::checker::snapshot::{Snapshot, SNAPSHOT_FILE};
    use ldn_evidence::evidence::checker::{check, Accepted, Mode, Outcome};
    use ldn_evidence::evidence::data::date::Date;
    use ldn_evidence::evidence::data::load::read_dataset_dir;

    const USAGE: &str = "\
Usage: cargo run --bin check-data -- [DATA_DIR] [--accept | --write-schema]

Checks the evidence dataset (data/ unless DATA_DIR is given) with the same rules as the build,
lists every problem, and summarises what changed since the last accepted review.

  --accept        also accept the changes: rewrite DATA_DIR/review-snapshot.json
  --write-schema  rewrite the JSON Schema files in schema/ from src/evidence/model.rs
  --help          show this text";

    const ROOT: &str = env!("CARGO_MANIFEST_DIR");

    enum Command {
        Check { data_dir: PathBuf, mode: Mode },
        WriteSchema,
        Help,
    }

    pub fn main() -> ExitCode {
        let command = match parse(std::env::args().skip(1)) {
            Ok(command) => command,
            Err(mistake) => {
                eprintln!("{mistake}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        let result = match command {
            Command::Help => {
                println!("{USAGE}");
                Ok(ExitCode::SUCCESS)
            }
            Command::WriteSchema => write_schema(),
            Command::Check { data_dir, mode } => check_dataset(&data_dir, mode),
        };
        result.unwrap_or_else(|failure| {
            eprintln!("check-data: {failure}");
            ExitCode::from(2)
        })
    }

    fn parse(args: impl Iterator<Item = String>) -> Result<Command, String> {
        let mut data_dir = None;
        let mut mode = Mode::Check;
        let mut write_schema = false;
        for arg in args {
            match arg.as_str() {
                "--accept" => mode = Mode::Accept,
                "--write-schema" => write_schema = true,
                "--help" | "-h" => return Ok(Command::Help),
                flag if flag.starts_with('-') => return Err(format!("Unknown option {flag}.")),
                _ if data_dir.is_some() => return Err("Give at most one data folder.".into()),
                dir => data_dir = Some(PathBuf::from(dir)),
            }
        }
        if write_schema {
            return match (data_dir, mode) {
                (None, Mode::Check) => Ok(Command::WriteSchema),
                _ => Err("--write-schema takes no data folder and no --accept.".into()),
            };
        }
        // Like the build: LDN_DATA_DIR, else the crate's data/ wherever this is run from.
        let data_dir = data_dir
            .or_else(|| std::env::var_os("LDN_DATA_DIR").map(PathBuf::from))
            .unwrap_or_else(|| Path::new(ROOT).join("data"));
        Ok(Command::Check { data_dir, mode })
    }

    fn check_dataset(data_dir: &Path, mode: Mode) -> Result<ExitCode, String> {
        let files = read_dataset_dir(data_dir)
            .map_err(|e| format!("cannot read the dataset in {}: {e}", data_dir.display()))?;
        let snapshot_path = data_dir.join(SNAPSHOT_FILE);
        let snapshot_text = fs::read_to_string(&snapshot_path);
        let accepted = match &snapshot_text {
            Ok(text) => match Snapshot::from_json(text) {
                Ok(snapshot) => Accepted::Found(snapshot),
                Err(error) => Accepted::Unreadable(error.to_string()),
            },
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Accepted::Missing,
            Err(error) => Accepted::Unreadable(error.to_string()),
        };
        println!(
            "Checking the evidence dataset in {} ({} files)\n",
            data_dir.display(),
            files.len()
        );
        let expected_grades = fs::read_to_string(data_dir.join(EXPECTED_GRADES_FILE)).ok();
        let outcome = check(
            &files,
            &accepted,
            expected_grades.as_deref(),
            Date::today(),
            mode,
        );
        print!("{}", outcome.report());
        match outcome {
            Outcome::Problems { .. } => {
                if mode == Mode::Accept {
                    println!("Nothing was accepted: fix the problems first.");
                }
                Ok(ExitCode::FAILURE)
            }
            Outcome::Valid { snapshot, .. } => {
                if mode == Mode::Accept {
                    // Also rewrites a snapshot that differs only in layout (a hand edit).
                    let text = snapshot.to_json();
                    if snapshot_text.ok().as_deref() != Some(text.as_str()) {
                        write(&snapshot_path, &text)?;
                        println!(
                            "\nAccepted: {} now records these grades. Commit it together with \
                             your data changes, so that reviewers see the grade changes too.",
                            snapshot_path.display()
                        );
                    } else {
                        println!("\nNothing to accept.");
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    }

    fn write_schema() -> Result<ExitCode, String> {
        let dir = Path::new(ROOT).join("schema");
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        for file in schema_files() {
            let path = dir.join(file.name);
            let current = fs::read_to_string(&path).unwrap_or_default();
            if current == file.text {
                println!("unchanged: {}", path.display());
            } else {
                write(&path, &file.text)?;
                println!("written:   {}", path.display());
            }
        }
        Ok(ExitCode::SUCCESS)
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }
}
