//! Validates the evidence dataset before anything is compiled and embeds it in the app.
//! A malformed dataset fails the app's build with every problem: file, JSON path and reason.
//!
//! The failure is raised in `src/main.rs`, the app's entry point, not here: a failing build
//! script would stop every target of the crate, including the maintainers' checker
//! (`src/bin/check-data.rs`), which must build precisely when the data has problems so that
//! it can explain them. So problems set the `ldn_dataset_has_problems` cfg, which turns them
//! into a compile error of the app, and the library gets an empty dataset it never shows.

#[allow(dead_code, unused_imports)]
#[path = "src/evidence/mod.rs"]
mod evidence;

use std::fs;
use std::path::{Path, PathBuf};

use evidence::data::date::Date;
use evidence::data::load::{load_dataset, read_dataset_dir};

fn main() {
    // LDN_DATA_DIR builds the app from another dataset folder (fixtures, benchmarks).
    let data_dir = std::env::var_os("LDN_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env("CARGO_MANIFEST_DIR")).join("data"));
    println!("cargo::rerun-if-env-changed=LDN_DATA_DIR");
    println!("cargo::rerun-if-env-changed=LDN_DATA_SCALE");
    println!("cargo::rerun-if-changed={}", data_dir.display());
    println!("cargo::rerun-if-changed=src/evidence");
    println!("cargo::rustc-check-cfg=cfg(ldn_dataset_has_problems)");

    let out_dir = PathBuf::from(env("OUT_DIR"));
    let files = read_dataset_dir(&data_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", data_dir.display()));
    let mut dataset = match load_dataset(&files, Date::today()) {
        Ok(dataset) => dataset,
        Err(errors) => {
            let mut message = format!("The evidence dataset has {} problem(s):\n", errors.len());
            for error in &errors {
                message.push_str(&format!("  error: {error}\n"));
            }
            message.push_str("Run `cargo run --bin check-data` for the same list explained.");
            write(&out_dir.join("dataset-problems.txt"), &message);
            write(&out_dir.join("dataset.bin"), []);
            write(&out_dir.join("text_packs.rs"), text_packs_rs(&[]));
            println!("cargo::rustc-cfg=ldn_dataset_has_problems");
            println!(
                "cargo::warning=the evidence dataset has {} problem(s): the app will not build \
                 until they are fixed; `cargo run --bin check-data` lists them",
                errors.len()
            );
            return;
        }
    };
    // LDN_DATA_SCALE=50 repeats the dataset 50 times: the benchmark's stress test for search.
    if let Some(factor) = std::env::var("LDN_DATA_SCALE")
        .ok()
        .and_then(|f| f.parse().ok())
    {
        dataset = evidence::data::synthetic::scaled(&dataset, factor);
    }
    // Text in other languages goes to files of its own that only those pages fetch.
    let mut packs = Vec::new();
    for language in dataset.info.languages.iter().skip(1) {
        let pack = evidence::data::text_pack::TextPack::of(&dataset, language);
        let bytes = evidence::data::compact::encode(&pack);
        let name = format!("text-{language}.bin");
        write(&out_dir.join(&name), &bytes);
        packs.push((language.clone(), name, fnv1a(&bytes)));
    }
    write(&out_dir.join("text_packs.rs"), text_packs_rs(&packs));
    evidence::data::compact::keep_what_the_app_shows(&mut dataset);
    // Compact bytes, not JSON: the app then needs no JSON parser (src/evidence/data/compact.rs).
    write(
        &out_dir.join("dataset.bin"),
        evidence::data::compact::encode(&dataset),
    );
}

/// The generated `TEXT_PACKS`: for each language, the address of its pack on the site (in the
/// language's folder, named by its contents so that a browser never keeps an old one) and, for
/// the native build that writes the site, its bytes. The WebAssembly holds only the addresses.
fn text_packs_rs(packs: &[(String, String, u64)]) -> String {
    let mut rs = String::from(
        "/// (language, address relative to the site's root, bytes), written by build.rs.\n\
         pub const TEXT_PACKS: &[(&str, &str, TextPackBytes)] = &[\n",
    );
    for (language, name, hash) in packs {
        rs.push_str(&format!(
            "    (\"{language}\", \"{language}/text.{hash:016x}.bin\", \
             text_pack_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),\n"
        ));
    }
    rs.push_str("];\n");
    rs
}

/// FNV-1a, 64 bits: enough to tell one version of a file from another.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn write(path: &Path, text: impl AsRef<[u8]>) {
    fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("cargo sets {name}"))
}
