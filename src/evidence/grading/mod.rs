//! The published grading rule ([`rule`]) and, apart from it, the reasons that explain a grade
//! to a reader (`reasons.rs`, in the reader's language; shared grammar in [`wording`]).

mod reasons;
pub mod rule;
pub mod wording;

pub use reasons::{contribution, grade_move_sentence};
pub use rule::{EvidenceGrade, Exclusion, ADEQUATE_TRIAL_SIZE};

use crate::evidence::model::{Design, Publication};
use crate::evidence::words::Words;

/// A grade, the reasons for it and the figures shown on a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grading {
    pub grade: EvidenceGrade,
    /// Plain sentences, in the order a reader needs them.
    pub reasons: Vec<String>,
    /// Studies of patients that count towards the grade (reviews excluded).
    pub studies: usize,
    /// Systematic reviews and meta-analyses that count.
    pub reviews: usize,
    /// People in the counted studies (reviews excluded, so no one is counted twice).
    pub participants: u32,
    /// The strongest design among the counted studies.
    pub best_design: Option<Design>,
}

/// Grades one condition from the publications that list it, with the reasons in words.
pub fn grade_condition(
    condition_id: &str,
    publications: &[&Publication],
    words: &dyn Words,
) -> Grading {
    let tally = rule::Tally::of(condition_id, publications);
    let grade = rule::decide(&tally);
    Grading {
        grade,
        reasons: reasons::explain(&tally, grade, words),
        studies: tally.studies.len(),
        reviews: tally.reviews.len(),
        participants: tally.participants,
        best_design: tally.studies.iter().map(|p| p.design).max(),
    }
}
