//! The maintainers' checker: the build's own loading and validation over a dataset folder,
//! then warnings and the review summary, as the text `check-data` prints. The binary only
//! reads files, prints and writes the snapshot; everything it says is decided here.
//!
//! Its words: the data [`rules`](crate::evidence::data::rules) refuse a dataset (the build
//! stops); [`warnings`] point things out without stopping anything; the [`review`] summary says
//! what changed since the accepted [`snapshot`]. "Checking" is all of them together.

pub mod canonical;
pub mod expected_grades;
pub mod review;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod snapshot;
pub mod sources;
pub mod warnings;

use std::fmt::Write;

use serde_json::Value;

use crate::evidence::data::date::Date;
use crate::evidence::data::json_syntax;
use crate::evidence::data::load::{load_dataset, DatasetError, SourceFile};
use crate::evidence::model::Dataset;
use review::Review;
use snapshot::{Snapshot, ACCEPT_COMMAND, SNAPSHOT_FILE};
use warnings::{
    missing_identifier_warnings, schema_reference_warnings, stale_reviews,
    unrecognised_source_warnings, Warning,
};

/// The command that runs the checker, for messages.
pub const CHECK_COMMAND: &str = "cargo run --bin check-data";

/// The accepted review snapshot, as found in the dataset folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    Found(Snapshot),
    Missing,
    /// The file is there but is not a snapshot; the reason says why.
    Unreadable(String),
}

/// What the checker found.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The dataset breaks the build's rules: nothing may be accepted.
    Problems { report: String },
    /// The dataset is valid; `snapshot` is what `--accept` writes.
    Valid {
        report: String,
        snapshot: Snapshot,
        /// Whether the data differs from the accepted snapshot.
        changed: bool,
    },
}

impl Outcome {
    pub fn report(&self) -> &str {
        match self {
            Outcome::Problems { report } | Outcome::Valid { report, .. } => report,
        }
    }
}

/// Whether the maintainer only asked for a check, or also to accept the changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Check,
    Accept,
}

/// Checks `files` with exactly the rules the build uses, then compares with `accepted` and
/// with the text of `data/expected-grades.json` (`None` when there is no such file).
pub fn check(
    files: &[SourceFile],
    accepted: &Accepted,
    expected_grades: Option<&str>,
    today: Date,
    mode: Mode,
) -> Outcome {
    let dataset = match load_dataset(files, today) {
        Ok(dataset) => dataset,
        Err(errors) => {
            return Outcome::Problems {
                report: problems_report(files, &errors),
            }
        }
    };
    let snapshot = Snapshot::of(&dataset);
    let review = match accepted {
        Accepted::Found(accepted) => Some((accepted, Review::between(accepted, &snapshot))),
        Accepted::Missing | Accepted::Unreadable(_) => None,
    };

    let mut warnings = schema_reference_warnings(files);
    warnings.extend(stale_reviews(&dataset, today));
    warnings.extend(missing_identifier_warnings(files));
    warnings.extend(unrecognised_source_warnings(
        files,
        &dataset.info.recognised_sources,
    ));
    if let Some((accepted, review)) = &review {
        warnings.extend(review.version_warnings(accepted, &dataset.info, &today.to_string()));
        warnings.extend(review.grade_move_warnings(&dataset.info));
        warnings.extend(review.untouched_condition_warnings());
    }
    warnings.extend(expected_grade_warnings(expected_grades, &dataset));

    let mut report = String::new();
    let _ = writeln!(
        report,
        "No problems: the dataset follows every rule the build checks. {}, {}, version {} \
         of {}.",
        count(dataset.conditions.len(), "condition", "conditions"),
        count(dataset.publications.len(), "publication", "publications"),
        dataset.info.version,
        Date::readable(&dataset.info.released)
    );
    if !warnings.is_empty() {
        let _ = writeln!(
            report,
            "\n{} (they do not stop the build, but please look at them):",
            count(warnings.len(), "warning", "warnings")
        );
        for warning in &warnings {
            let _ = writeln!(report, "  - {warning}");
        }
    }
    let _ = writeln!(
        report,
        "\nREVIEW SUMMARY: what changed since the last accepted review (data/{SNAPSHOT_FILE})\n"
    );
    let changed = match (&review, accepted) {
        (Some((_, review)), _) => {
            report.push_str(&review.render());
            !review.is_empty()
        }
        (None, Accepted::Unreadable(reason)) => {
            let _ = writeln!(
                report,
                "data/{SNAPSHOT_FILE} could not be read ({reason}). It is written by the \
                 checker, so accepting writes it again; `git diff` then shows what that changes."
            );
            true
        }
        (None, _) => {
            let _ = writeln!(
                report,
                "There is no accepted review yet: accepting records the current grades in \
                 data/{SNAPSHOT_FILE}."
            );
            true
        }
    };
    if changed && mode == Mode::Check {
        let _ = write!(
            report,
            "\nThese changes are not accepted yet. When this summary says what you meant to do, \
             run\n\n    {ACCEPT_COMMAND}\n\nand commit data/{SNAPSHOT_FILE} together with your \
             data changes.\n"
        );
    }
    Outcome::Valid {
        report,
        snapshot,
        changed,
    }
}

/// Where `data/expected-grades.json` and the grading rule disagree, or why it cannot be read.
fn expected_grade_warnings(text: Option<&str>, dataset: &Dataset) -> Vec<Warning> {
    let problem = |reason: String| vec![expected_grades::warning("", reason)];
    match text.map(expected_grades::read) {
        None => problem(
            "missing: it holds the grade each condition should get, checked by hand (see \
             docs/adding-a-study.md)"
                .into(),
        ),
        Some(Err(reason)) => problem(format!("cannot be read: {reason}")),
        Some(Ok(expected)) => expected_grades::disagreements(&expected, dataset),
    }
}

/// Every problem, one numbered line each as the build prints it, with where it is in words.
fn problems_report(files: &[SourceFile], errors: &[DatasetError]) -> String {
    let mut sorted: Vec<&DatasetError> = errors.iter().collect();
    // Stable: problems in one file stay in the order they were found.
    sorted.sort_by(|a, b| a.file.cmp(&b.file));
    let mut report = String::new();
    let _ =
        writeln!(
        report,
        "Found {}. The app cannot be built until {} fixed.\nEach line gives the file, where in \
         the file, and what is wrong:\n",
        count(errors.len(), "problem", "problems"),
        if errors.len() == 1 { "it is" } else { "they are" }
    );
    for (number, error) in sorted.iter().enumerate() {
        let _ = writeln!(report, "  {}. {error}", number + 1);
        let text = files.iter().find(|file| file.path == error.file);
        if let Some(place) = text.and_then(|file| describe_place(&file.text, &error.path)) {
            let _ = writeln!(report, "     ({place})");
        }
    }
    let them = if errors.len() == 1 { "it" } else { "them" };
    let _ = writeln!(report, "\nFix {them}, then run `{CHECK_COMMAND}` again.");
    report
}

/// A JSON path such as `publications[2].outcomes[0].direction` in words, e.g. `the 3rd
/// publication in this file ("smith-2011"), 1st item of "outcomes", field "direction"`.
/// Only for paths with a list index, which are the hard ones to find by eye.
pub fn describe_place(file_text: &str, path: &str) -> Option<String> {
    if !path.contains('[') {
        return None;
    }
    // A file with a syntax mistake is not JSON, but its publications' ids can still be read.
    let root: Option<Value> = serde_json::from_str(file_text).ok();
    let segments: Vec<(&str, Option<usize>)> = path.split('.').map(split_index).collect();
    let last = segments.len() - 1;
    let mut parts = Vec::new();
    for (position, (name, index)) in segments.iter().enumerate() {
        let part = match (position, *name, index) {
            (0, "publications", Some(i)) => {
                let id = match &root {
                    Some(root) => root["publications"][*i]["id"].as_str().map(str::to_string),
                    None => json_syntax::publication_id(file_text, *i),
                };
                let id = id.map(|id| format!(" (\"{id}\")")).unwrap_or_default();
                format!("the {} publication in this file{id}", ordinal(i + 1))
            }
            (0, "condition", None) => "the condition".to_string(),
            (0, "safety", None) => "the safety panel".to_string(),
            (_, name, Some(i)) => format!("{} item of \"{name}\"", ordinal(i + 1)),
            (p, name, None) if p == last => format!("field \"{name}\""),
            (_, name, None) => format!("\"{name}\""),
        };
        parts.push(part);
    }
    Some(parts.join(", "))
}

/// `outcomes[3]` as `("outcomes", Some(3))`, `design` as `("design", None)`.
fn split_index(segment: &str) -> (&str, Option<usize>) {
    match segment.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
        None => (segment, None),
    }
}

/// 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::data::load::FileKind;
    use crate::evidence::model::{
        Change, Comparison, Dataset, Design, Direction, GradeMove, Publication, Release,
    };
    use crate::evidence::test_publication::{one_condition_dataset, outcome, publication};
    use crate::evidence::words::{english::English, Words};
    use serde_json::json;

    fn today() -> Date {
        Date::parse("2026-11-23").unwrap()
    }

    fn trial(id: &str, participants: u32, direction: Direction) -> Publication {
        publication(
            id,
            Design::ParallelRct,
            participants,
            vec![outcome(direction, Comparison::Placebo, true)],
        )
    }

    /// Condition `c`, reviewed on `reviewed`, with one small positive trial: "Preliminary".
    fn dataset(reviewed: &str) -> Dataset {
        one_condition_dataset(reviewed, vec![trial("doe-2020", 40, Direction::Benefit)])
    }

    /// The files a maintainer would write for `dataset`, each naming its schema.
    fn files_of(dataset: &Dataset) -> Vec<SourceFile> {
        let file = |path: String, value: serde_json::Value| SourceFile {
            path,
            text: serde_json::to_string_pretty(&value).unwrap(),
        };
        let mut files = vec![
            file(
                "data/dataset.json".into(),
                json!({"$schema": FileKind::Info.schema_reference(), "version": dataset.info.version, "released": dataset.info.released, "recognised_sources": dataset.info.recognised_sources, "changes": dataset.info.changes}),
            ),
            file(
                "data/safety.json".into(),
                json!({"$schema": FileKind::Safety.schema_reference(), "safety": dataset.safety, "publications": []}),
            ),
        ];
        for condition in &dataset.conditions {
            let publications: Vec<&Publication> = dataset
                .publications
                .iter()
                .filter(|p| p.conditions[0] == condition.id)
                .collect();
            files.push(file(
                format!("data/conditions/{}.json", condition.id),
                json!({"$schema": FileKind::Condition.schema_reference(), "condition": condition, "publications": publications}),
            ));
        }
        files
    }

    /// `data/expected-grades.json` agreeing with every grade the rule gives `dataset`.
    fn expected_grades_of(dataset: &Dataset) -> String {
        let grades: serde_json::Map<String, Value> = dataset
            .conditions
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    json!(English.grade(dataset.grade(&c.id, &English).grade).label),
                )
            })
            .collect();
        json!({"about": "test", "grades": grades}).to_string()
    }

    fn run(dataset: &Dataset, accepted: &Accepted, mode: Mode) -> Outcome {
        let expected = expected_grades_of(dataset);
        check(&files_of(dataset), accepted, Some(&expected), today(), mode)
    }

    #[test]
    fn every_problem_is_listed_at_once_with_where_it_is() {
        let mut broken = dataset("2026-11-01");
        broken.publications[0].year = 1900;
        broken.publications[0].conditions.push("nope".into());
        let outcome = run(&broken, &Accepted::Missing, Mode::Check);
        let Outcome::Problems { report } = outcome else {
            panic!("accepted a broken dataset")
        };
        assert!(report.starts_with("Found 2 problems."), "{report}");
        for line in [
            "  1. data/conditions/c.json: publications[0].conditions[1]: unknown condition id \"nope\"\n     (the 1st publication in this file (\"doe-2020\"), 2nd item of \"conditions\")\n",
            "  2. data/conditions/c.json: publications[0].year: 1900 is outside 1960..=2026\n     (the 1st publication in this file (\"doe-2020\"), field \"year\")\n",
        ] {
            assert!(report.contains(line), "{line:?} missing from:\n{report}");
        }
    }

    #[test]
    fn a_first_run_asks_for_the_grades_to_be_accepted() {
        let outcome = run(&dataset("2026-11-01"), &Accepted::Missing, Mode::Check);
        let Outcome::Valid {
            report, changed, ..
        } = outcome
        else {
            panic!("rejected a valid dataset")
        };
        assert!(changed);
        assert!(report.starts_with("No problems: the dataset follows every rule the build checks. 1 condition, 1 publication, version 1.0.0 of 1 November 2026."), "{report}");
        assert!(report.contains("There is no accepted review yet"));
        assert!(report.contains(ACCEPT_COMMAND));
    }

    #[test]
    fn unchanged_data_has_nothing_to_accept() {
        let data = dataset("2026-11-01");
        let accepted = Accepted::Found(Snapshot::of(&data));
        let Outcome::Valid {
            report, changed, ..
        } = run(&data, &accepted, Mode::Check)
        else {
            panic!("rejected a valid dataset")
        };
        assert!(!changed);
        assert!(report.contains("Nothing changed since the last accepted review."));
        assert!(!report.contains(ACCEPT_COMMAND), "{report}");
    }

    /// The accepted review of `dataset`, and version 1.1.0 of it with a large null trial
    /// added, which moves c's grade from "Preliminary" to "Mixed".
    fn big_null_trial_added() -> (Accepted, Dataset) {
        let before = dataset("2026-11-01");
        let mut now = before.clone();
        now.publications
            .push(trial("big-2026", 120, Direction::NoDifference));
        now.conditions[0].last_reviewed = "2026-11-23".into();
        now.info.version = "1.1.0".into();
        now.info.released = "2026-11-23".into();
        (Accepted::Found(Snapshot::of(&before)), now)
    }

    /// Version 1.1.0 of 23 November 2026, whose one change records c's grade moving.
    fn release_moving_c(from: &str, to: &str) -> Release {
        Release {
            version: "1.1.0".into(),
            date: "2026-11-23".into(),
            entries: vec![Change {
                conditions: vec!["c".into()],
                text: "Added a large trial.".into(),
                grade_moved: Some(GradeMove {
                    from: from.into(),
                    to: to.into(),
                }),
                translations: Default::default(),
            }],
        }
    }

    #[test]
    fn a_grade_move_the_change_log_does_not_record_is_pointed_out() {
        let (accepted, mut now) = big_null_trial_added();
        let mut unrecorded = release_moving_c("preliminary", "mixed");
        unrecorded.entries[0].grade_moved = None;
        now.info.changes.insert(0, unrecorded);
        let report = run(&now, &accepted, Mode::Check).report().to_string();
        assert!(report.contains(
            "data/dataset.json: changes[0].entries: the grade of Condition C moves from \"preliminary\" to \"mixed\": say so to readers with an entry {\"conditions\": [\"c\"], \"text\": \"...\", \"grade_moved\": {\"from\": \"preliminary\", \"to\": \"mixed\"}}"
        ), "{report}");
        now.info.changes[0] = release_moving_c("preliminary", "not-supported");
        let report = run(&now, &accepted, Mode::Check).report().to_string();
        assert!(
            report.contains("moves from \"preliminary\" to \"mixed\""),
            "{report}"
        );
    }

    #[test]
    fn a_grade_change_is_summarised_and_awaits_acceptance() {
        let (accepted, mut now) = big_null_trial_added();
        now.info
            .changes
            .insert(0, release_moving_c("preliminary", "mixed"));
        let Outcome::Valid {
            report,
            changed,
            snapshot,
        } = run(&now, &accepted, Mode::Check)
        else {
            panic!("rejected a valid dataset")
        };
        assert!(changed);
        assert_eq!(snapshot, Snapshot::of(&now));
        for part in [
            "Publications added (1):\n  + big-2026: A study [c]\n",
            "GRADE CHANGES (1)",
            "  Condition C (c): \"Preliminary\" → \"Mixed\"\n    Because of: big-2026 (added)\n",
            "These changes are not accepted yet.",
        ] {
            assert!(report.contains(part), "{part:?} missing from:\n{report}");
        }
        assert!(!report.contains("warning"), "{report}");
        let accepting = run(&now, &accepted, Mode::Accept);
        assert!(!accepting.report().contains("not accepted yet"));
    }

    #[test]
    fn an_old_review_is_a_warning_not_a_problem() {
        let outcome = run(&dataset("2025-10-01"), &Accepted::Missing, Mode::Check);
        assert!(matches!(outcome, Outcome::Valid { .. }));
        assert!(outcome.report().contains(
            "1 warning (they do not stop the build, but please look at them):\n  - data/conditions/c.json: condition.last_reviewed: last reviewed on 1 October 2025, more than 12 months ago"
        ), "{}", outcome.report());
    }

    #[test]
    fn ordinals_read_as_words_do() {
        let words: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            words,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }

    const FILE: &str = r#"{"condition": {"id": "x"}, "publications": [{"id": "doe-2020"}, {"id": "roe-2021", "outcomes": [{}, {}]}]}"#;

    #[test]
    fn a_publication_path_names_the_publication_by_position_and_id() {
        assert_eq!(
            describe_place(FILE, "publications[1].outcomes[1].direction").as_deref(),
            Some(
                r#"the 2nd publication in this file ("roe-2021"), 2nd item of "outcomes", field "direction""#
            )
        );
        assert_eq!(
            describe_place(FILE, "publications[0].conditions[1]").as_deref(),
            Some(r#"the 1st publication in this file ("doe-2020"), 2nd item of "conditions""#)
        );
    }

    #[test]
    fn a_path_without_a_list_index_needs_no_description() {
        assert_eq!(describe_place(FILE, "condition.summary"), None);
    }

    #[test]
    fn a_publication_that_is_not_there_is_described_without_an_id() {
        assert_eq!(
            describe_place(FILE, "publications[7].year").as_deref(),
            Some(r#"the 8th publication in this file, field "year""#)
        );
    }
}
