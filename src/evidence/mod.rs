//! The evidence core, a folder per reader: `model.rs` (what a condition and a publication are),
//! `data/` (reading the data files and the rules that refuse a bad one), `grading/` (the
//! published rule, its words apart), `views/` (what readers see: catalogue, search, map,
//! references), `words/` (the app's words, a catalogue per language) and `checker/` (for
//! maintainers only: warnings, the review, the JSON Schema).
//!
//! Plain Rust with no browser dependencies, so it is tested natively and also compiled into
//! `build.rs`, which validates `data/` before the app is built.

pub mod checker;
pub mod data;
pub mod grading;
pub mod model;
#[cfg(test)]
mod test_publication;
pub mod views;
pub mod words;

use grading::{grade_condition, Grading};
use model::{Condition, Dataset, Publication};
use words::Words;

impl Dataset {
    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }

    pub fn publication(&self, id: &str) -> Option<&Publication> {
        self.publications.iter().find(|p| p.id == id)
    }

    /// The publications that inform a condition, newest first.
    pub fn publications_for(&self, condition_id: &str) -> Vec<&Publication> {
        newest_first(
            self.publications
                .iter()
                .filter(|p| p.conditions.iter().any(|c| c == condition_id))
                .collect(),
        )
    }

    /// Every publication, including those only the safety page cites, newest first.
    pub fn all_publications(&self) -> Vec<&Publication> {
        newest_first(self.publications.iter().collect())
    }

    /// The grade of a condition under the published rule, its reasons in `words`' language.
    pub fn grade(&self, condition_id: &str, words: &dyn Words) -> Grading {
        grade_condition(condition_id, &self.publications_for(condition_id), words)
    }
}

/// One order for every list of studies, so a study keeps its place from page to file.
fn newest_first(mut found: Vec<&Publication>) -> Vec<&Publication> {
    found.sort_by(|a, b| b.year.cmp(&a.year).then(a.id.cmp(&b.id)));
    found
}
