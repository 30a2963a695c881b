//! Builders for publications in unit tests: a valid record with only the fields a test cares about.

use super::model::{
    Blinding, Category, Change, Comparison, Condition, ConflictOfInterest, Dataset, DatasetInfo,
    Design, Direction, DoseRange, Outcome, Publication, Release, ReviewScope, Safety,
};

pub fn outcome(direction: Direction, compared_with: Comparison, primary: bool) -> Outcome {
    Outcome {
        measure: "Pain".into(),
        direction,
        result: "as reported".into(),
        compared_with,
        primary,
        condition: None,
        translations: Default::default(),
    }
}

/// A study of 40 people with one main outcome, a benefit measured against `compared_with`.
pub fn study(id: &str, design: Design, compared_with: Comparison) -> Publication {
    publication(
        id,
        design,
        40,
        vec![outcome(Direction::Benefit, compared_with, true)],
    )
}

pub fn publication(
    id: &str,
    design: Design,
    participants: u32,
    outcomes: Vec<Outcome>,
) -> Publication {
    Publication {
        id: id.into(),
        conditions: vec!["c".into()],
        authors: vec!["Doe J".into()],
        authors_incomplete: false,
        year: 2020,
        title: "A study".into(),
        journal: None,
        volume_pages: None,
        doi: None,
        pmid: None,
        // Made up for a test, so it has no DOI or PMID, and says so as a real record must.
        missing_identifiers: Some("A made-up publication for a test.".into()),
        registration: None,
        url: None,
        design,
        same_trial_as: None,
        peer_reviewed: true,
        participants: Some(participants),
        participants_note: None,
        dose: None,
        dose_range: DoseRange::Low,
        duration: None,
        placebo_controlled: outcomes
            .iter()
            .any(|o| o.compared_with == Comparison::Placebo),
        blinding: Blinding::Double,
        comparator: None,
        review_scope: design.is_review().then_some(ReviewScope::ControlledTrials),
        outcomes,
        adverse_effects: None,
        conflict_of_interest: ConflictOfInterest::NotReported,
        funder: None,
        notes: vec![],
        translations: Default::default(),
        verified_from: vec!["https://doi.org/10.0/made-up".into()],
    }
}

/// A real reference to format: Younger J, Mackey S. Pain Medicine 2009;10(4):663–672.
pub fn younger_2009() -> Publication {
    let mut p = publication("younger-2009", Design::SingleBlindCrossover, 10, vec![]);
    p.conditions = vec!["fibromyalgia".into()];
    p.authors = vec!["Younger J".into(), "Mackey S".into()];
    p.year = 2009;
    p.title = "Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study.".into();
    p.journal = Some("Pain Medicine".into());
    p.volume_pages = Some("10(4):663–672".into());
    p.doi = Some("10.1111/j.1526-4637.2009.00613.x".into());
    p.pmid = Some("19453963".into());
    p.dose = Some("4.5 mg".into());
    p.duration = Some("8 weeks".into());
    p.placebo_controlled = true;
    p.blinding = Blinding::Single;
    p.comparator = Some("placebo".into());
    p
}

/// One condition, `c`, reviewed on 23 November 2026, whose one small trial (`doe-2020`, 40
/// participants) found a benefit over placebo: graded Preliminary.
pub fn one_small_positive_trial() -> Dataset {
    let trial = publication(
        "doe-2020",
        Design::ParallelRct,
        40,
        vec![outcome(Direction::Benefit, Comparison::Placebo, true)],
    );
    one_condition_dataset("2026-11-23", vec![trial])
}

/// A dataset of one condition `c`, last reviewed on `reviewed`, with these publications.
pub fn one_condition_dataset(reviewed: &str, publications: Vec<Publication>) -> Dataset {
    Dataset {
        info: DatasetInfo {
            version: "1.0.0".into(),
            released: "2026-11-01".into(),
            languages: vec!["en".into()],
            recognised_sources: vec!["doi.org".into()],
            changes: vec![Release {
                version: "1.0.0".into(),
                date: "2026-11-01".into(),
                entries: vec![Change {
                    conditions: vec![],
                    text: "First version.".into(),
                    grade_moved: None,
                    translations: Default::default(),
                }],
            }],
        },
        conditions: vec![Condition {
            id: "c".into(),
            name: "Condition C".into(),
            aliases: vec![],
            category: Category::Pain,
            summary: "What was found.".into(),
            outcomes_studied: vec!["pain".into()],
            last_reviewed: reviewed.into(),
            literature_search: None,
            translations: Default::default(),
        }],
        publications,
        safety: Safety {
            last_reviewed: "2026-11-01".into(),
            sections: vec![],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::words::{english::English, Words};

    #[test]
    fn reviews_are_labelled_by_what_they_pooled_not_by_a_placebo_group() {
        let mut review = study("meta", Design::MetaAnalysis, Comparison::Placebo);
        review.placebo_controlled = false;
        assert_eq!(
            English.comparison(&review),
            "pooled placebo-controlled trials"
        );
        review.review_scope = Some(ReviewScope::MixedDesigns);
        assert_eq!(
            English.comparison(&review),
            "pooled different kinds of study"
        );
        let trial = study("rct", Design::ParallelRct, Comparison::Placebo);
        assert_eq!(English.comparison(&trial), "placebo-controlled");
        let open = study("open", Design::OpenLabelTrial, Comparison::Baseline);
        assert_eq!(English.comparison(&open), "no placebo group");
    }
}
