//! The shipped dataset: it loads, has every condition the product promises, keeps the null and
//! negative trials, and each real condition gets the grade the rule should give it.

// Reads files from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::dataset;
use ldn_evidence::evidence::checker::expected_grades::{self, EXPECTED_GRADES_FILE};
use ldn_evidence::evidence::checker::sources::unrecognised_source;
use ldn_evidence::evidence::grading::EvidenceGrade;
use ldn_evidence::evidence::model::{ConflictOfInterest, Dataset, Direction, Publication};
use ldn_evidence::evidence::views::catalogue::Catalogue;
use ldn_evidence::evidence::views::handout::{key_studies, safety_key_points};
use ldn_evidence::evidence::views::study_groups::StudyGroup;
use ldn_evidence::evidence::words::Language;

fn catalogue() -> Catalogue {
    Catalogue::new(dataset(), Language::ENGLISH)
}

/// The one publication whose title contains `fragment` (titles are stable; ids are ours).
fn publication_titled<'a>(dataset: &'a Dataset, fragment: &str) -> &'a Publication {
    let found: Vec<_> = dataset
        .publications
        .iter()
        .filter(|p| p.title.to_lowercase().contains(&fragment.to_lowercase()))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one publication titled like {fragment:?}, found {}",
        found.len()
    );
    found[0]
}

fn primary_directions(publication: &Publication) -> Vec<Direction> {
    publication
        .outcomes
        .iter()
        .filter(|o| o.primary)
        .map(|o| o.direction)
        .collect()
}

#[test]
fn every_promised_condition_is_in_the_dataset() {
    let dataset = dataset();
    for id in [
        "fibromyalgia",
        "crohns-disease",
        "ulcerative-colitis",
        "multiple-sclerosis",
        "sjogrens-syndrome",
        "systemic-sclerosis",
        "dermatomyositis",
        "rheumatoid-arthritis",
        "systemic-lupus-erythematosus",
        "hashimotos-thyroiditis",
        "me-cfs",
        "long-covid",
        "complex-regional-pain-syndrome",
        "chronic-pain",
        "depression",
        "autism",
        "psoriasis",
        "hailey-hailey-disease",
        "cancer",
        "hiv-aids",
    ] {
        assert!(dataset.condition(id).is_some(), "missing condition {id}");
    }
    assert!(dataset.conditions.len() >= 20);
}

/// The grades written by hand in data/expected-grades.json, with the names the app shows, are
/// the ones the rule computes. When a grade moves on purpose, the checker names the line to change.
#[test]
fn each_real_condition_gets_the_grade_a_person_expects() {
    let dataset = dataset();
    let text = std::fs::read_to_string(common::data_dir().join(EXPECTED_GRADES_FILE))
        .expect("data/expected-grades.json is readable");
    let expected = expected_grades::read(&text).expect("data/expected-grades.json is valid");
    assert_eq!(
        expected.len(),
        dataset.conditions.len(),
        "every condition has an expected grade"
    );
    let disagreements: Vec<String> = expected_grades::disagreements(&expected, &dataset)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        disagreements.is_empty(),
        "\n{}\n(`cargo run --bin check-data` says the same)",
        disagreements.join("\n")
    );
}

#[test]
fn fibromyalgia_with_two_null_trials_of_about_100_women_is_not_graded_as_a_benefit() {
    let catalogue = catalogue();
    let grading = &catalogue.entry("fibromyalgia").unwrap().grading;
    assert!(
        !matches!(
            grading.grade,
            EvidenceGrade::Strong | EvidenceGrade::Moderate | EvidenceGrade::Preliminary
        ),
        "fibromyalgia graded {:?}",
        grading.grade
    );
    assert!(
        grading
            .reasons
            .iter()
            .any(|r| r.contains("found no benefit")),
        "{:#?}",
        grading.reasons
    );
}

#[test]
fn null_and_negative_results_are_kept() {
    let dataset = dataset();
    for (title, condition) in [
        ("Naltrexone 6 mg once daily versus placebo in women with fibromyalgia", "fibromyalgia"),
        ("12-month randomised, double-blind, placebo-controlled single-centre clinical trial (INNOVA", "fibromyalgia"),
        ("Low-dose naltrexone for treatment of pain in patients with fibromyalgia", "fibromyalgia"),
        ("The effect of low-dose naltrexone on quality of life of patients with multiple sclerosis", "multiple-sclerosis"),
        ("No change in the consumption of thyroid hormones", "hashimotos-thyroiditis"),
        ("Randomized, proof-of-concept trial of low dose naltrexone", "depression"),
        ("Effects of low-dose naltrexone on quality of life in high-grade glioma", "cancer"),
    ] {
        let publication = publication_titled(&dataset, title);
        assert!(publication.conditions.iter().any(|c| c == condition), "{title} not linked to {condition}");
        let primary = primary_directions(publication);
        assert!(
            !primary.is_empty() && primary.iter().all(|d| *d == Direction::NoDifference),
            "{title}: primary outcome directions {primary:?}"
        );
    }
    let review = publication_titled(
        &dataset,
        "The use of naltrexone in the treatment of chronic pain: a systematic review",
    );
    assert_eq!(primary_directions(review), vec![Direction::NoDifference]);
}

#[test]
fn a_declared_prescriber_conflict_is_kept() {
    let dataset = dataset();
    let zashin = publication_titled(
        &dataset,
        "Sjogren's syndrome: clinical benefits of low-dose naltrexone therapy",
    );
    match &zashin.conflict_of_interest {
        ConflictOfInterest::Declared { text } => {
            assert!(text.contains("I prescribe low dose naltrexone"))
        }
        other => panic!("Zashin 2019 conflict of interest is {other:?}"),
    }
}

#[test]
fn studies_at_weight_based_doses_do_not_count_for_autism() {
    let catalogue = catalogue();
    let grading = &catalogue.entry("autism").unwrap().grading;
    assert_eq!(grading.grade, EvidenceGrade::NoStudies);
    assert!(
        grading
            .reasons
            .iter()
            .any(|r| r.contains("doses above the LDN range")),
        "{:#?}",
        grading.reasons
    );
}

#[test]
fn the_safety_panel_covers_every_topic_with_citations() {
    let safety = dataset().safety;
    let ids: Vec<&str> = safety.sections.iter().map(|s| s.id.as_str()).collect();
    for topic in ["side-effects", "who-should-not-take-it", "dose"] {
        assert!(
            ids.contains(&topic),
            "safety has no {topic} section: {ids:?}"
        );
    }
    for section in &safety.sections {
        assert!(
            !section.points.is_empty(),
            "empty safety section {}",
            section.id
        );
    }
}

#[test]
fn the_evidence_map_draws_every_counted_study_once_and_nothing_else() {
    use ldn_evidence::evidence::grading::Exclusion;
    use ldn_evidence::evidence::views::evidence_map::{EvidenceMap, MapOrder};
    let catalogue = catalogue();
    let map = EvidenceMap::build(&catalogue, MapOrder::Grade);
    let counted: usize = catalogue
        .entries
        .iter()
        .map(|entry| {
            catalogue
                .publications_for(&entry.condition.id)
                .iter()
                .filter(|p| Exclusion::of(p).is_none())
                .count()
        })
        .sum();
    assert_eq!(map.study_count(), counted);
    assert_eq!(map.rows.len(), catalogue.entries.len());
    // Ordered by grade, so the first row has the most support for a benefit.
    let grades: Vec<EvidenceGrade> = map.rows.iter().map(|r| r.grade).collect();
    let mut sorted = grades.clone();
    sorted.sort();
    assert_eq!(grades, sorted);
}

#[test]
fn the_doctor_sheet_prints_the_opioid_warning_and_every_placebo_trial_of_fibromyalgia() {
    let dataset = dataset();
    let key = safety_key_points(&dataset.safety);
    assert_eq!(key[0].heading, "Who should not take it");
    assert!(key[0].points[0].contains("opioid"), "{:?}", key[0].points);
    assert_eq!(key[1].heading, "Side effects");

    let publications = dataset.publications_for("fibromyalgia");
    let sheet = key_studies(&publications);
    let placebo_trials = publications
        .iter()
        .filter(|p| StudyGroup::of(p) == StudyGroup::ControlledTrials)
        .count();
    assert!(placebo_trials > 0);
    assert!(sheet.cited[..placebo_trials]
        .iter()
        .all(|p| StudyGroup::of(p) == StudyGroup::ControlledTrials));
}

/// A partial author list printed without "et al." would credit the paper to the wrong people.
#[test]
fn every_partial_author_list_is_marked_so_references_say_et_al() {
    let dataset = dataset();
    let unmarked: Vec<&str> = dataset
        .publications
        .iter()
        .filter(|p| !p.authors.is_empty() && !p.authors_incomplete)
        .filter(|p| {
            p.notes
                .iter()
                .any(|note| note.to_lowercase().contains("full author list"))
        })
        .map(|p| p.id.as_str())
        .collect();
    assert!(
        unmarked.is_empty(),
        "notes say the author list is partial, but authors_incomplete is not set: {unmarked:?}"
    );
    let bested = publication_titled(&dataset, "pain in patients with fibromyalgia: a randomized");
    assert!(
        ldn_evidence::evidence::views::citation::reference(bested).starts_with("Bested K, et al. ")
    );
}

#[test]
fn every_source_is_an_address_a_reader_recognises() {
    let dataset = dataset();
    let unrecognised: Vec<String> = dataset
        .publications
        .iter()
        .flat_map(|publication| {
            let recognised = &dataset.info.recognised_sources;
            publication.verified_from.iter().filter_map(move |url| {
                unrecognised_source(url, recognised).map(|why| format!("{}: {why}", publication.id))
            })
        })
        .collect();
    assert!(
        unrecognised.is_empty(),
        "sources a reader would not recognise (see docs/adding-a-study.md):\n{}",
        unrecognised.join("\n")
    );
}
