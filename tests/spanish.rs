//! The dataset as a reader of Spanish sees it: every text in Spanish, references as published,
//! grades and their reasons in Spanish, and search that finds conditions by their Spanish names,
//! common misspellings without accents, and by their English names too.

// Reads files from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::dataset;
use ldn_evidence::evidence::data::translations::in_language;
use ldn_evidence::evidence::views::catalogue::Catalogue;
use ldn_evidence::evidence::views::query::Query;
use ldn_evidence::evidence::words::Language;

fn spanish() -> Catalogue {
    Catalogue::new(in_language(&dataset(), "es"), Language::SPANISH)
}

/// The id of the first card a search shows.
fn first_found(catalogue: &Catalogue, text: &str) -> Option<String> {
    let query = Query {
        text: text.to_string(),
        ..Query::default()
    };
    catalogue
        .search(&query)
        .first()
        .map(|entry| entry.condition.id.clone())
}

#[test]
fn spanish_names_misspellings_and_english_words_find_the_right_card() {
    let catalogue = spanish();
    for (typed, condition) in [
        ("fibromialgia", "fibromyalgia"),
        ("Fibromialgía", "fibromyalgia"),
        ("esclerosis multiple", "multiple-sclerosis"),
        ("esclerosis múltiple", "multiple-sclerosis"),
        ("sindrome de sjogren", "sjogrens-syndrome"),
        ("covid persistente", "long-covid"),
        (
            "lupus eritematoso sistemico",
            "systemic-lupus-erythematosus",
        ),
        ("enfermedad de crohn", "crohns-disease"),
        // English still works on the Spanish pages.
        ("fibromyalgia", "fibromyalgia"),
        ("multiple sclerosis", "multiple-sclerosis"),
        ("long covid", "long-covid"),
    ] {
        assert_eq!(
            first_found(&catalogue, typed).as_deref(),
            Some(condition),
            "searching {typed:?}"
        );
    }
}

#[test]
fn a_spanish_reader_sees_spanish_text_and_references_as_published() {
    let english = dataset();
    let spanish = in_language(&english, "es");
    let fibromyalgia = spanish.condition("fibromyalgia").unwrap();
    assert_eq!(fibromyalgia.name, "Fibromialgia");
    assert!(fibromyalgia.aliases.iter().any(|a| a == "Fibromyalgia"));
    assert_ne!(
        fibromyalgia.summary,
        english.condition("fibromyalgia").unwrap().summary
    );
    for (es, en) in spanish.publications.iter().zip(&english.publications) {
        assert_eq!(es.title, en.title, "titles stay as published");
        assert_eq!(es.authors, en.authors);
        assert_eq!(es.journal, en.journal);
        for (a, b) in es.outcomes.iter().zip(&en.outcomes) {
            assert_eq!(a.direction, b.direction);
            if let Some(text) = b.translations.get("es") {
                assert_eq!(a.result, text.result, "{}: result not in Spanish", en.id);
                assert_eq!(a.measure, text.measure, "{}: measure not in Spanish", en.id);
            }
        }
    }
    assert_eq!(in_language(&english, "en"), english);
}

#[test]
fn grades_are_the_same_in_both_languages_and_their_reasons_are_in_spanish() {
    let english = Catalogue::new(dataset(), Language::ENGLISH);
    let spanish = spanish();
    for (en, es) in english.entries.iter().zip(&spanish.entries) {
        assert_eq!(en.grading.grade, es.grading.grade, "{}", en.condition.id);
        assert_eq!(en.grading.reasons.len(), es.grading.reasons.len());
        assert_ne!(en.grading.reasons, es.grading.reasons);
    }
}
