//! Validates the evidence dataset before anything is compiled and embeds it in the app.
//! A malformed dataset fails the build with every problem: file, JSON path and reason.

#[allow(dead_code)]
#[path = "src/evidence/mod.rs"]
mod evidence;

use std::fs;
use std::path::PathBuf;

use evidence::date::Date;
use evidence::load::{load_dataset, read_dataset_dir};

fn main() {
    // LDN_DATA_DIR builds the app from another dataset folder (fixtures, benchmarks).
    let data_dir = std::env::var_os("LDN_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env("CARGO_MANIFEST_DIR")).join("data"));
    println!("cargo:rerun-if-env-changed=LDN_DATA_DIR");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    println!("cargo:rerun-if-changed=src/evidence");

    let files = read_dataset_dir(&data_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", data_dir.display()));
    let mut dataset = match load_dataset(&files, Date::today()) {
        Ok(dataset) => dataset,
        Err(errors) => {
            eprintln!("The evidence dataset has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  error: {error}");
            }
            std::process::exit(1);
        }
    };
    // LDN_DATA_SCALE=50 repeats the dataset 50 times: the benchmark's stress test for search.
    println!("cargo:rerun-if-env-changed=LDN_DATA_SCALE");
    if let Some(factor) = std::env::var("LDN_DATA_SCALE")
        .ok()
        .and_then(|f| f.parse().ok())
    {
        dataset = evidence::synthetic::scaled(&dataset, factor);
    }
    // The app never shows where facts were verified; that is for maintainers reading data/.
    for publication in &mut dataset.publications {
        publication.verified_from.clear();
    }
    let json = serde_json::to_string(&dataset).expect("a validated dataset serialises");
    let out = PathBuf::from(env("OUT_DIR")).join("dataset.json");
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("cargo sets {name}"))
}
