//! Builders for publications in unit tests: a valid record with only the fields a test cares about.

use super::model::{
    Blinding, Comparison, ConflictOfInterest, Design, Direction, DoseRange, Outcome, Publication,
    ReviewScope,
};

pub fn outcome(direction: Direction, compared_with: Comparison, primary: bool) -> Outcome {
    Outcome {
        measure: "Pain".into(),
        direction,
        result: "as reported".into(),
        compared_with,
        primary,
        condition: None,
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
        year: 2020,
        title: "A study".into(),
        journal: None,
        volume_pages: None,
        doi: None,
        pmid: None,
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
        verified_from: vec!["x".into()],
    }
}
