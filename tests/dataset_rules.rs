//! Every dataset rule has a fixture in tests/fixtures/invalid that breaks it, and the loader
//! must reject each with the exact message a maintainer will read: file, JSON path, reason.

// Reads files from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use serde_json::{json, Value};

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

/// What the loader says about `files`, one line per problem; none when it accepts them.
fn problems_in(files: &[SourceFile]) -> Vec<String> {
    match load_dataset(files, today()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
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
        "data/conditions/example.json: publications[0].jounral: unknown field: did you mean `journal`? Expected one of `id`, `conditions`, `authors`, `authors_incomplete`, `year`, `title`, `journal`, `volume_pages`, `doi`, `pmid`, `missing_identifiers`, `registration`, `url`, `design`, `same_trial_as`, `peer_reviewed`, `participants`, `participants_note`, `dose`, `dose_range`, `duration`, `placebo_controlled`, `blinding`, `comparator`, `review_scope`, `outcomes`, `adverse_effects`, `conflict_of_interest`, `funder`, `notes`, `translations`, `verified_from`",
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

/// The base dataset whose change log has a later release that moved the example condition's
/// grade, with the condition last reviewed on `last_reviewed`.
fn messages_after_a_grade_move(last_reviewed: &str) -> Vec<String> {
    let mut dataset: Value = serde_json::from_str(&read("base/dataset.json")).unwrap();
    dataset["version"] = json!("0.0.2");
    dataset["released"] = json!("2026-02-01");
    let release = json!({"version": "0.0.2", "date": "2026-02-01", "entries": [{
        "conditions": ["example"],
        "text": "Corrected a trial.",
        "grade_moved": {"from": "preliminary", "to": "mixed"}
    }]});
    dataset["changes"]
        .as_array_mut()
        .unwrap()
        .insert(0, release);
    let condition = read("base/conditions/example.json").replace(
        "\"last_reviewed\": \"2026-01-15\"",
        &format!("\"last_reviewed\": \"{last_reviewed}\""),
    );
    let mut files = files("base/conditions/example.json", "base/safety.json");
    files[0].text = serde_json::to_string_pretty(&dataset).unwrap();
    files[2].text = condition;
    problems_in(&files)
}

#[test]
fn a_condition_last_reviewed_before_its_grade_moved_is_refused() {
    assert_eq!(
        messages_after_a_grade_move("2026-01-15"),
        ["data/conditions/example.json: condition.last_reviewed: 2026-01-15 is before its grade moved, in version 0.0.2 of 2026-02-01 (data/dataset.json: changes[0].entries[0]): set it to the date of the review that moved the grade"]
    );
    assert_eq!(
        messages_after_a_grade_move("2026-02-01"),
        Vec::<String>::new()
    );
}

/// The base dataset in English and Spanish: "es" in `languages` and every record's Spanish
/// beside its English, after `edit` has changed the condition file.
fn messages_in_two_languages(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut dataset: Value = serde_json::from_str(&read("base/dataset.json")).unwrap();
    dataset["languages"] = json!(["en", "es"]);
    dataset["changes"][0]["entries"][0]["translations"] =
        json!({"es": {"text": "Primera versión del conjunto de datos de prueba."}});
    let mut safety: Value = serde_json::from_str(&read("base/safety.json")).unwrap();
    let section = &mut safety["safety"]["sections"][0];
    section["translations"] = json!({"es": {"heading": "Efectos secundarios"}});
    section["points"][0]["translations"] = json!({"es": {"text": "Sueños vívidos."}});
    let mut condition: Value = serde_json::from_str(&read("base/conditions/example.json")).unwrap();
    condition["condition"]["translations"] = json!({"es": {
        "name": "Afección de ejemplo",
        "aliases": ["ejemplo"],
        "summary": "Lo que encontraron los estudios.",
        "outcomes_studied": ["dolor"]
    }});
    let publication = &mut condition["publications"][0];
    publication["translations"] = json!({"es": {
        "dose": "4.5 mg",
        "duration": "12 semanas",
        "comparator": "placebo"
    }});
    publication["outcomes"][0]["translations"] =
        json!({"es": {"measure": "Dolor", "result": "Menos dolor con LDN."}});
    edit(&mut condition);
    let text = |value: &Value| serde_json::to_string_pretty(value).unwrap();
    let files = vec![
        SourceFile {
            path: "data/dataset.json".into(),
            text: text(&dataset),
        },
        SourceFile {
            path: "data/safety.json".into(),
            text: text(&safety),
        },
        SourceFile {
            path: CONDITION_FILE.into(),
            text: text(&condition),
        },
    ];
    problems_in(&files)
}

#[test]
fn the_base_fixture_in_english_and_spanish_is_valid() {
    assert_eq!(messages_in_two_languages(|_| {}), Vec::<String>::new());
}

#[test]
fn a_record_without_its_spanish_is_refused() {
    let messages = messages_in_two_languages(|condition| {
        let outcome = condition["publications"][0]["outcomes"][0]
            .as_object_mut()
            .unwrap();
        outcome.remove("translations");
    });
    assert_eq!(
        messages,
        ["data/conditions/example.json: publications[0].outcomes[0].translations: no \"es\" text: every record needs its text in each language of \"languages\" in data/dataset.json"]
    );
}

#[test]
fn a_missing_or_extra_spanish_field_is_refused() {
    let messages = messages_in_two_languages(|condition| {
        let spanish = &mut condition["publications"][0]["translations"]["es"];
        spanish.as_object_mut().unwrap().remove("duration");
        spanish["funder"] = json!("Nadie");
    });
    assert_eq!(
        messages,
        [
            "data/conditions/example.json: publications[0].translations.es.duration: missing: translate the English \"12 weeks\"",
            "data/conditions/example.json: publications[0].translations.es.funder: the English record has no text here, so there is nothing to translate: leave it out",
        ]
    );
}

#[test]
fn a_translation_that_changes_a_number_is_refused() {
    let messages = messages_in_two_languages(|condition| {
        condition["publications"][0]["translations"]["es"]["dose"] = json!("4,5 mg");
    });
    assert_eq!(
        messages,
        ["data/conditions/example.json: publications[0].translations.es.dose: the numbers differ from the English: it has 4.5, this has 4,5 (write numbers, doses and units exactly as the English does, with the same decimal point)"]
    );
}

#[test]
fn a_condition_whose_spanish_lacks_a_measure_is_refused() {
    let messages = messages_in_two_languages(|condition| {
        condition["condition"]["translations"]["es"]["outcomes_studied"] = json!([]);
    });
    assert_eq!(
        messages,
        ["data/conditions/example.json: condition.translations.es.outcomes_studied: has 0 entries, the English has 1: translate each, in the same order"]
    );
}
