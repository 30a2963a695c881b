//! The real `check-data` binary on fixture datasets: every problem at once with file, JSON path
//! and reason; and the review cycle of accepting, changing the data and seeing the grade move.

// Runs a binary and writes files, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use ldn_evidence::evidence::data::date::Date;
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A fresh copy of the valid base fixture in `target/fixture-data/<name>`, with its condition
/// file replaced by `condition` (a path under tests/fixtures) when given.
fn fixture_dataset(name: &str, condition: Option<&str>) -> PathBuf {
    let fixtures = Path::new(ROOT).join("tests/fixtures");
    let dir = Path::new(ROOT).join("target/fixture-data").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("conditions")).unwrap();
    for file in ["dataset.json", "safety.json", "expected-grades.json"] {
        fs::copy(fixtures.join("base").join(file), dir.join(file)).unwrap();
    }
    let condition = condition.unwrap_or("base/conditions/example.json");
    fs::copy(
        fixtures.join(condition),
        dir.join("conditions/example.json"),
    )
    .unwrap();
    dir
}

/// Runs the checker on `dir` with `args`; returns whether it succeeded and what it printed.
fn check_data(dir: &Path, args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .arg(dir)
        .args(args)
        .output()
        .expect("check-data runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

fn assert_contains(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "{part:?} missing from:\n{text}");
    }
}

fn edit_json(path: &Path, edit: impl FnOnce(&mut Value)) {
    let mut value: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    edit(&mut value);
    fs::write(path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
}

#[test]
fn three_different_mistakes_are_all_reported_at_once() {
    let dir = fixture_dataset(
        "checker-three-mistakes",
        Some("invalid/checker-three-mistakes.json"),
    );
    let (ok, text) = check_data(&dir, &[]);
    assert!(!ok, "the checker accepted a malformed dataset:\n{text}");
    assert_contains(
        &text,
        &[
            "Found 3 problems.",
            "data/conditions/example.json: publications[0].design: unknown value `rct`, expected one of `protocol`,",
            "data/conditions/example.json: publications[1].year: missing required field",
            "data/conditions/example.json: publications[2].conditions[1]: unknown condition id \"fibromyalgia\"",
            "(the 3rd publication in this file (\"poe-2022\"), 2nd item of \"conditions\")",
        ],
    );
}

#[test]
fn accepting_is_refused_while_there_are_problems() {
    let dir = fixture_dataset(
        "checker-refuses-to-accept",
        Some("invalid/checker-three-mistakes.json"),
    );
    let (ok, text) = check_data(&dir, &["--accept"]);
    assert!(!ok);
    assert_contains(&text, &["Nothing was accepted: fix the problems first."]);
    assert!(!dir.join("review-snapshot.json").exists());
}

#[test]
fn a_grade_change_shows_in_the_summary_until_it_is_accepted() {
    let dir = fixture_dataset("checker-grade-change", None);
    let (ok, text) = check_data(&dir, &["--accept"]);
    assert!(ok, "{text}");
    assert_contains(&text, &["Accepted:"]);
    let (ok, text) = check_data(&dir, &[]);
    assert!(ok, "{text}");
    assert_contains(&text, &["Nothing changed since the last accepted review."]);

    // A larger null trial joins the small positive one: "Preliminary" becomes "Mixed".
    edit_json(&dir.join("conditions/example.json"), |file| {
        let publications = file["publications"].as_array_mut().unwrap();
        let mut trial = publications[0].clone();
        trial["id"] = "big-2026".into();
        trial["title"] = "A larger made-up trial".into();
        trial["participants"] = 120.into();
        trial["outcomes"][0]["direction"] = "no-difference".into();
        trial["outcomes"][0]["result"] = "No difference from placebo.".into();
        publications.push(trial);
    });
    let (ok, text) = check_data(&dir, &[]);
    assert!(ok, "{text}");
    assert_contains(
        &text,
        &[
            "Publications added (1):\n  + big-2026: A larger made-up trial [example]\n",
            "GRADE CHANGES (1)",
            "  Example condition (example): \"Preliminary\" → \"Mixed\"\n    Because of: big-2026 (added)\n",
            "1 found no benefit (120 participants)",
            "data/dataset.json: version: still 0.0.1 although records changed: raise it to 0.1.0",
            "data/dataset.json: changes[0].entries: the grade of Example condition moves from \"preliminary\" to \"mixed\": say so to readers",
            "These changes are not accepted yet.",
            "cargo run --bin check-data -- --accept",
        ],
    );

    // The maintainer raises the version and tells readers what changed, grade move included.
    edit_json(&dir.join("dataset.json"), |info| {
        info["version"] = "0.1.0".into();
        info["released"] = "2026-01-16".into();
        let release = serde_json::json!({
            "version": "0.1.0",
            "date": "2026-01-16",
            "entries": [{
                "conditions": ["example"],
                "text": "Added a larger trial: no difference from placebo.",
                "grade_moved": {"from": "preliminary", "to": "mixed"}
            }]
        });
        info["changes"].as_array_mut().unwrap().insert(0, release);
    });
    // ...and dates the review that moved the grade (the build refuses an older one).
    edit_json(&dir.join("conditions/example.json"), |file| {
        file["condition"]["last_reviewed"] = "2026-01-16".into();
    });
    let (ok, text) = check_data(&dir, &["--accept"]);
    assert!(ok, "{text}");
    assert!(!text.contains("raise it to"), "{text}");
    assert!(!text.contains("say so to readers"), "{text}");
    let snapshot = fs::read_to_string(dir.join("review-snapshot.json")).unwrap();
    assert!(snapshot.contains("\"example\": {\n      \"grade\": \"mixed\","));
    let (_, text) = check_data(&dir, &[]);
    assert_contains(&text, &["Nothing changed since the last accepted review."]);
}

#[test]
fn a_usage_mistake_shows_how_to_use_the_checker() {
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .arg("--acept")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8_lossy(&output.stderr);
    assert_contains(
        &text,
        &[
            "Unknown option --acept.",
            "Usage: cargo run --bin check-data",
        ],
    );
}

/// A block of the guide's practice run: the code block after `<!-- practice: <name> -->`,
/// unindented, with the guide's stand-in for today's date replaced by today's.
fn practice_block(guide: &str, name: &str) -> String {
    let marker = format!("<!-- practice: {name} -->");
    let after = &guide[guide
        .find(&marker)
        .unwrap_or_else(|| panic!("{marker} missing"))
        + marker.len()..];
    let mut lines = after
        .lines()
        .skip_while(|line| !line.trim_start().starts_with("```"));
    let fence = lines.next().expect("a code block follows the marker");
    let indent = fence.len() - fence.trim_start().len();
    let body: Vec<&str> = lines
        .take_while(|line| !line.trim_start().starts_with("```"))
        .map(|line| line.get(indent..).unwrap_or(""))
        .collect();
    (body.join("\n") + "\n").replace("2026-12-06", &Date::today().to_string())
}

/// Every non-empty line of `expected` appears in `text`.
fn assert_shows(text: &str, expected: &str) {
    let lines: Vec<&str> = expected
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    assert_contains(text, &lines);
}

fn edit_text(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{from:?} missing from {}",
        path.display()
    );
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// docs/adding-a-study.md walks a new maintainer through one trial, mistakes and grade change
/// included. This follows it with the guide's own snippets and expected output, so the guide
/// and the checker cannot drift apart.
#[test]
fn the_guides_practice_run_works_as_written() {
    let guide = fs::read_to_string(Path::new(ROOT).join("docs/adding-a-study.md")).unwrap();
    let block = |name| practice_block(&guide, name);
    let dir = fixture_dataset("practice", None);
    // The guide's copy is `practice/` in the project folder; this one is under target/.
    let run = |args: &[&str]| {
        check_data(&dir, args)
            .1
            .replace(dir.to_str().unwrap(), "practice")
    };
    let condition_file = dir.join("conditions/example.json");

    // Step 1: accept the starting point.
    assert_shows(&run(&["--accept"]), &block("start"));

    // Step 2: a comma after doe-2020, then the trial with its three mistakes.
    let text = fs::read_to_string(&condition_file).unwrap();
    let end = "    }\n  ]\n}";
    let kept = text
        .trim_end()
        .strip_suffix(end)
        .expect("the list ends the file");
    fs::write(
        &condition_file,
        format!("{kept}    }},\n{}  ]\n}}\n", block("trial")),
    )
    .unwrap();
    assert_shows(&run(&[]), &block("comma"));

    // Steps 3 to 5: the comma, the design's spelling, the year.
    edit_text(
        &condition_file,
        "\"primary\": true,\n",
        "\"primary\": true\n",
    );
    assert_shows(&run(&[]), &block("design"));
    edit_text(
        &condition_file,
        "randomized-crossover",
        "randomised-crossover",
    );
    assert_shows(&run(&[]), &block("year"));
    let authors = "      \"authors\": [\"Roe A\", \"Poe B\"],\n";
    edit_text(
        &condition_file,
        authors,
        &format!("{authors}      \"year\": 2026,\n"),
    );
    let output = run(&[]);
    assert_shows(&output, &block("grade-change"));

    // Step 6: what each warning asks for. The expected-grades line comes from the output.
    let condition: Value =
        serde_json::from_str(&format!("{{{}}}", block("condition"))).expect("the snippet is JSON");
    edit_json(&condition_file, |file| {
        for (field, value) in condition.as_object().unwrap() {
            file["condition"][field] = value.clone();
        }
    });
    let new_line = output
        .lines()
        .skip_while(|line| !line.ends_with("change this line to"))
        .nth(1)
        .expect("the checker names the new line")
        .trim();
    edit_text(
        &dir.join("expected-grades.json"),
        "\"example\": \"Preliminary\"",
        new_line,
    );
    fs::write(dir.join("dataset.json"), block("dataset")).unwrap();

    // Step 7: accepted, with nothing left to warn about.
    let output = run(&["--accept"]);
    assert_shows(&output, &block("accepted"));
    assert!(!output.contains("warning"), "{output}");
}
