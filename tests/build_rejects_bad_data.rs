//! The build itself refuses a malformed dataset: `build.rs` runs the same validation, and the
//! app does not compile; the error lists every problem with its file, JSON path and reason.
//! The maintainers' checker still compiles, so that it can explain the problems.

// Reads files from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A copy of the fixture dataset in which the condition file has three different mistakes.
fn dataset_with_three_mistakes() -> PathBuf {
    let fixtures = Path::new(ROOT).join("tests/fixtures");
    let dir = Path::new(ROOT).join("target/fixture-data/three-mistakes");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("conditions")).unwrap();
    fs::copy(fixtures.join("base/dataset.json"), dir.join("dataset.json")).unwrap();
    fs::copy(fixtures.join("base/safety.json"), dir.join("safety.json")).unwrap();
    fs::copy(
        fixtures.join("invalid/three-mistakes.json"),
        dir.join("conditions/example.json"),
    )
    .unwrap();
    dir
}

/// `cargo check` of one binary of the crate, built from the dataset in `data`.
fn check_binary(name: &str, data: &Path) -> std::process::Output {
    Command::new(env!("CARGO"))
        .current_dir(ROOT)
        .args(["check", "--quiet", "--bin", name])
        .env("LDN_DATA_DIR", data)
        // Its own target dir: the running test holds the lock on the usual one.
        .env(
            "CARGO_TARGET_DIR",
            Path::new(ROOT).join("target/fixture-build"),
        )
        .output()
        .expect("cargo runs")
}

#[test]
fn building_with_a_malformed_dataset_fails_and_lists_every_problem() {
    let data = dataset_with_three_mistakes();
    // One test, in this order, so the second build reuses the library the first one checked.
    let checker = check_binary("check-data", &data);
    assert!(
        checker.status.success(),
        "the checker must build when the data has problems, to explain them:\n{}",
        String::from_utf8_lossy(&checker.stderr)
    );
    let output = check_binary("ldn-evidence", &data);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "the build accepted a malformed dataset"
    );
    for expected in [
        "The evidence dataset has 3 problem(s):",
        "error: data/conditions/example.json: publications[0].design: unknown value `rct`",
        "error: data/conditions/example.json: condition.summary: must not be empty",
        "error: data/conditions/example.json: publications[1].doi: \"11.1/x\" is not a DOI",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
}
