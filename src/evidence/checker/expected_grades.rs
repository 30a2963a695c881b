//! The grade a person expects each condition to get, written by hand in
//! `data/expected-grades.json` with the names the app shows ("Too small to tell"). The tests
//! hold the grading rule to it: a second, independent check that a change to the rule or the
//! data moves a grade only where someone meant it to. When a grade moves on purpose, the
//! checker says which line of the file to change, and to what.

use crate::evidence::words::{english::English, Words};
use std::collections::BTreeMap;

use serde::Deserialize;

use super::warnings::Warning;
use crate::evidence::data::suggest;
use crate::evidence::grading::EvidenceGrade;
use crate::evidence::model::Dataset;

/// The file's name, inside the dataset folder.
pub const EXPECTED_GRADES_FILE: &str = "expected-grades.json";

/// One condition's expected grade and the line it is on, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedGrade {
    pub condition_id: String,
    /// The grade as the app names it, e.g. "Mixed".
    pub label: String,
    pub line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// What the file is for, for whoever opens it; the checker does not need it.
    #[serde(rename = "about")]
    _about: String,
    grades: BTreeMap<String, String>,
}

/// Reads the file's text: `{"about": "...", "grades": {"<condition id>": "<grade>", ...}}`.
pub fn read(text: &str) -> Result<Vec<ExpectedGrade>, String> {
    let file: File = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(file
        .grades
        .into_iter()
        .map(|(condition_id, label)| ExpectedGrade {
            line: line_of_key(text, &condition_id),
            condition_id,
            label,
        })
        .collect())
}

/// The line on which `"key":` is written (1 when it cannot be found, which a valid file
/// never causes).
fn line_of_key(text: &str, key: &str) -> usize {
    let quoted = format!("\"{key}\"");
    text.lines()
        .position(|line| line.trim_start().starts_with(&quoted))
        .map_or(1, |index| index + 1)
}

/// A warning about the file (`path` empty) or a place in it, named as messages name it.
pub fn warning(path: impl Into<String>, reason: impl Into<String>) -> Warning {
    Warning::new(&format!("data/{EXPECTED_GRADES_FILE}"), path, reason)
}

/// Where the expected grades and the rule disagree, each with what to write instead.
pub fn disagreements(expected: &[ExpectedGrade], dataset: &Dataset) -> Vec<Warning> {
    let warn = |line: usize, reason: String| warning(format!("line {line}"), reason);
    let labels: Vec<String> = EvidenceGrade::ALL
        .iter()
        .map(|g| English.grade(*g).label.to_string())
        .collect();
    let mut warnings = Vec::new();
    for entry in expected {
        let Some(condition) = dataset.condition(&entry.condition_id) else {
            warnings.push(warn(
                entry.line,
                format!(
                    "there is no condition \"{}\": remove this line (or correct the id)",
                    entry.condition_id
                ),
            ));
            continue;
        };
        let actual = English
            .grade(dataset.grade(&condition.id, &English).grade)
            .label;
        if !labels.contains(&entry.label) {
            let hint = suggest::nearest(&entry.label, &labels)
                .map(|near| format!("did you mean \"{near}\"? "))
                .unwrap_or_default();
            warnings.push(warn(
                entry.line,
                format!(
                    "\"{}\" is not a grade the app shows: {hint}The grades are: {}",
                    entry.label,
                    labels.join(", ")
                ),
            ));
        } else if entry.label != actual {
            warnings.push(warn(
                entry.line,
                format!(
                    "{} is expected to be graded \"{}\", but the grading rule now gives \
                     \"{actual}\". If that move is what you meant, change this line to\n        \
                     \"{}\": \"{actual}\"\n      (the tests hold the rule to this file)",
                    condition.name, entry.label, entry.condition_id
                ),
            ));
        }
    }
    for condition in &dataset.conditions {
        if !expected.iter().any(|e| e.condition_id == condition.id) {
            let actual = English
                .grade(dataset.grade(&condition.id, &English).grade)
                .label;
            warnings.push(warn(
                1,
                format!(
                    "no expected grade for {}: once you have checked its grade by hand, add\n        \
                     \"{}\": \"{actual}\"",
                    condition.name, condition.id
                ),
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::test_publication::one_small_positive_trial;

    /// One condition, "c", graded Preliminary by its one small positive trial.
    fn dataset() -> Dataset {
        one_small_positive_trial()
    }

    fn file(grade: &str) -> String {
        format!("{{\n  \"about\": \"test\",\n  \"grades\": {{\n    \"c\": \"{grade}\"\n  }}\n}}\n")
    }

    #[test]
    fn matching_grades_raise_nothing() {
        let expected = read(&file("Preliminary")).unwrap();
        assert_eq!(expected[0].line, 4);
        assert!(disagreements(&expected, &dataset()).is_empty());
    }

    #[test]
    fn a_moved_grade_names_the_line_and_what_to_write() {
        let expected = read(&file("Mixed")).unwrap();
        let warnings = disagreements(&expected, &dataset());
        assert_eq!(warnings.len(), 1);
        let text = warnings[0].to_string();
        assert!(
            text.starts_with("data/expected-grades.json: line 4: Condition C is expected to be graded \"Mixed\", but the grading rule now gives \"Preliminary\"."),
            "{text}"
        );
        assert!(text.contains("\"c\": \"Preliminary\""), "{text}");
    }

    #[test]
    fn a_misspelt_grade_is_corrected() {
        let expected = read(&file("Premliminary")).unwrap();
        let text = disagreements(&expected, &dataset())[0].to_string();
        assert!(text.contains("did you mean \"Preliminary\"?"), "{text}");
    }

    #[test]
    fn unknown_and_missing_conditions_are_both_reported() {
        let text = "{\"about\": \"\", \"grades\": {\"lupus\": \"No studies\"}}";
        let warnings = disagreements(&read(text).unwrap(), &dataset());
        let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert!(
            text[0].contains("there is no condition \"lupus\""),
            "{text:?}"
        );
        assert!(
            text[1].contains("no expected grade for Condition C"),
            "{text:?}"
        );
    }
}
