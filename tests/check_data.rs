//! The real `check-data` binary on fixture datasets: every problem at once with file, JSON path
//! and reason; and the review cycle of accepting, changing the data and seeing the grade move.

// Runs a binary and writes files, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A fresh copy of the valid base fixture in `target/fixture-data/<name>`, with its condition
/// file replaced by `condition` (a path under tests/fixtures) when given.
fn fixture_dataset(name: &str, condition: Option<&str>) -> PathBuf {
    let fixtures = Path::new(ROOT).join("tests/fixtures");
    let dir = Path::new(ROOT).join("target/fixture-data").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("conditions")).unwrap();
    for file in ["dataset.json", "safety.json"] {
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
