//! Every dataset rule has a fixture in tests/fixtures/invalid that breaks it, and the loader
//! must reject each with the exact message a maintainer will read: file, JSON path, reason.

// Reads files from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use ldn_evidence::evidence::data::date::Date;
use ldn_evidence::evidence::data::load::{load_dataset, SourceFile};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const CONDITION_FILE: &str = "data/conditions/example.json";

fn today() -> Date {
    Date::parse("2026-11-23").unwrap()
}

fn read(relative: &str) -> String {
    fs::read_to_string(Path::new(FIXTURES).join(relative)).unwrap()
}

/// The valid base dataset with its condition file (or safety file) swapped for a fixture.
fn files(condition: &str, safety: &str) -> Vec<SourceFile> {
    vec![
        SourceFile {
            path: "data/dataset.json".into(),
            text: read("base/dataset.json"),
        },
        SourceFile {
            path: "data/safety.json".into(),
            text: read(safety),
        },
        SourceFile {
            path: CONDITION_FILE.into(),
            text: read(condition),
        },
    ]
}

fn messages_for(fixture: &str) -> Vec<String> {
    let files = files(&format!("invalid/{fixture}.json"), "base/safety.json");
    match load_dataset(&files, today()) {
        Ok(_) => panic!("fixture {fixture} was accepted"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_rejected(fixture: &str, expected: &str) {
    assert_eq!(
        messages_for(fixture),
        vec![expected.to_string()],
        "fixture {fixture}"
    );
}

#[test]
fn the_base_fixture_is_valid() {
    let dataset = load_dataset(
        &files("base/conditions/example.json", "base/safety.json"),
        today(),
    )
    .expect("base fixture loads");
    assert_eq!(dataset.conditions.len(), 1);
    assert_eq!(dataset.publications.len(), 1);
}

#[test]
fn an_unknown_design_is_rejected() {
    assert_rejected(
        "unknown-enum-value",
        "data/conditions/example.json: publications[0].design: unknown value `rct`, expected one of `protocol`, `narrative-review`, `case-report`, `case-series`, `retrospective-cohort`, `registry-study`, `open-label-trial`, `controlled-trial`, `single-blind-crossover`, `randomised-crossover`, `parallel-rct`, `systematic-review`, `meta-analysis`",
    );
}

#[test]
fn a_missing_required_field_is_named() {
    assert_rejected(
        "missing-required-field",
        "data/conditions/example.json: publications[0].year: missing required field",
    );
}

#[test]
fn a_duplicate_publication_id_points_to_the_first() {
    assert_rejected(
        "duplicate-id",
        "data/conditions/example.json: publications[1].id: duplicate publication id \"doe-2020\" (first used in data/conditions/example.json at publications[0])",
    );
}

#[test]
fn a_reference_to_an_unknown_condition_is_rejected() {
    assert_rejected(
        "unknown-condition-reference",
        "data/conditions/example.json: publications[0].conditions[1]: unknown condition id \"no-such-condition\"",
    );
}

#[test]
fn a_reference_to_an_unknown_publication_is_rejected() {
    let files = files(
        "base/conditions/example.json",
        "invalid-safety-unknown-publication.json",
    );
    let errors: Vec<String> = load_dataset(&files, today())
        .expect_err("unknown publication accepted")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        vec!["data/safety.json: safety.sections[0].points[0].publications[0]: unknown publication id \"no-such-paper\""]
    );
}

#[test]
fn a_doi_with_a_resolver_prefix_is_rejected() {
    assert_rejected(
        "doi-format",
        "data/conditions/example.json: publications[0].doi: \"https://doi.org/10.1234/example.1\" is not a DOI of the form 10.NNNN/... (leave out any https://doi.org/ prefix)",
    );
}

#[test]
fn a_pmid_must_be_digits() {
    assert_rejected(
        "pmid-not-digits",
        "data/conditions/example.json: publications[0].pmid: \"PMC123\" is not a PMID: digits only",
    );
}

#[test]
fn years_before_1960_or_after_this_year_are_rejected() {
    assert_rejected(
        "year-too-early",
        "data/conditions/example.json: publications[0].year: 1959 is outside 1960..=2026",
    );
    assert_rejected(
        "year-in-future",
        "data/conditions/example.json: publications[0].year: 2999 is outside 1960..=2026",
    );
}

#[test]
fn zero_participants_is_rejected() {
    assert_rejected(
        "zero-participants",
        "data/conditions/example.json: publications[0].participants: must be at least 1 (leave it null when unknown)",
    );
}

#[test]
fn an_incomplete_author_list_must_list_someone() {
    assert_rejected(
        "incomplete-empty-authors",
        "data/conditions/example.json: publications[0].authors_incomplete: no authors are listed: leave it out, an empty list already reads \"Authors not verified\"",
    );
}

#[test]
fn a_link_that_is_not_https_is_rejected() {
    assert_rejected(
        "url-not-https",
        "data/conditions/example.json: publications[0].url: \"http://example.org/paper\" is not an https address",
    );
}

#[test]
fn an_empty_summary_is_rejected() {
    assert_rejected(
        "empty-summary",
        "data/conditions/example.json: condition.summary: must not be empty",
    );
}

#[test]
fn a_condition_without_outcome_text_is_rejected() {
    assert_rejected(
        "no-outcome-text",
        "data/conditions/example.json: condition.outcomes_studied: must name at least one outcome that was studied",
    );
}

#[test]
fn a_misspelt_field_is_rejected() {
    assert_rejected(
        "unknown-field",
        "data/conditions/example.json: publications[0].jounral: unknown field: did you mean `journal`? Expected one of `id`, `conditions`, `authors`, `authors_incomplete`, `year`, `title`, `journal`, `volume_pages`, `doi`, `pmid`, `missing_identifiers`, `registration`, `url`, `design`, `same_trial_as`, `peer_reviewed`, `participants`, `participants_note`, `dose`, `dose_range`, `duration`, `placebo_controlled`, `blinding`, `comparator`, `review_scope`, `outcomes`, `adverse_effects`, `conflict_of_interest`, `funder`, `notes`, `verified_from`",
    );
}

#[test]
fn a_date_in_another_format_is_rejected() {
    assert_rejected(
        "bad-date",
        "data/conditions/example.json: condition.last_reviewed: \"15/01/2026\" is not a date of the form YYYY-MM-DD",
    );
}

#[test]
fn a_condition_id_must_match_its_file_name() {
    let messages = messages_for("id-not-matching-file");
    assert!(messages.contains(
        &"data/conditions/example.json: condition.id: \"other-name\" does not match the file name: rename the file to conditions/other-name.json".to_string()
    ), "{messages:#?}");
}

#[test]
fn invalid_json_points_at_the_mistake_itself() {
    assert_rejected(
        "not-json",
        "data/conditions/example.json: invalid JSON: there is a comma after the last item of a list or object, at line 1, column 33: remove it",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    assert_eq!(
        messages_for("three-mistakes"),
        vec![
            "data/conditions/example.json: publications[0].design: unknown value `rct`, expected one of `protocol`, `narrative-review`, `case-report`, `case-series`, `retrospective-cohort`, `registry-study`, `open-label-trial`, `controlled-trial`, `single-blind-crossover`, `randomised-crossover`, `parallel-rct`, `systematic-review`, `meta-analysis`",
            "data/conditions/example.json: condition.summary: must not be empty",
            "data/conditions/example.json: publications[1].doi: \"11.1/x\" is not a DOI of the form 10.NNNN/... (leave out any https://doi.org/ prefix)",
        ]
    );
}
