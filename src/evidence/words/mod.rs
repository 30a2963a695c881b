//! The app's own words, one catalogue per language (`english.rs` and `spanish.rs`, each with
//! its pages' words in `*_ui.rs`), each a complete implementation of [`Words`], so a word
//! missing in one language cannot compile.
//! Dataset text (names, summaries, results, notes) is not here: it is in the data files,
//! beside the English. Pieces of grammar every language shares (counts with thousands
//! separators) are in `crate::evidence::grading::wording`.
//!
//! Modules that build text ask a `&dyn Words`; the catalogue names only types that build no
//! text themselves (the model, the grading rule's results), so nothing imports in a circle.

pub mod english;
pub mod english_ui;
pub mod spanish;
pub mod spanish_ui;
pub mod ui;

use crate::evidence::grading::rule::{ControlledResult, EvidenceGrade, Exclusion};
use crate::evidence::model::{Category, Design, Direction, Publication, ReviewScope};
use crate::evidence::views::study_groups::StudyGroup;

/// A grade in words: the word on the badge, what it means, and what it lets us say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GradeText {
    pub label: &'static str,
    /// One sentence, for the "how we grade" ladder.
    pub meaning: &'static str,
    /// A one-line, GRADE-style statement of what the evidence lets us say. Never advice.
    pub verdict: &'static str,
}

/// Everything the app says in one language.
pub trait Words: Sync {
    /// The language's code, as in "languages" of data/dataset.json: "en".
    fn code(&self) -> &'static str;
    /// The words of the pages and controls.
    fn ui(&self) -> &'static ui::Ui;
    /// A stored `YYYY-MM-DD` date as readers write it ("6 December 2026"), or the text as it is.
    fn date(&self, stored: &str) -> String;

    // Grammar.
    /// "a", "a and b", "a, b and c".
    fn join_list(&self, parts: &[String]) -> String;

    // The model.
    fn category(&self, category: Category) -> &'static str;
    /// A design, as one study of it is called: "randomised controlled trial".
    fn design(&self, design: Design) -> &'static str;
    /// `n` studies of a design: "2 randomised controlled trials".
    fn designs(&self, design: Design, n: usize) -> String;
    fn direction(&self, direction: Direction) -> &'static str;

    // The grading rule.
    fn grade(&self, grade: EvidenceGrade) -> GradeText;
    /// What a release did to a grade: "Grade unchanged.", "Grade moved from “Mixed” to
    /// “Not supported”." (`from` and `to` are labels, or unknown slugs as they are).
    fn grade_unchanged(&self) -> &'static str;
    fn grade_moved(&self, from: &str, to: &str) -> String;
    /// Why a kind of publication is not counted, for the study list.
    fn exclusion(&self, exclusion: Exclusion) -> &'static str;
    /// `n` publications of a kind that is not counted: "2 trial protocols (no results yet)".
    fn excluded(&self, exclusion: Exclusion, n: usize) -> String;
    /// What a trial with this result found: "found no benefit".
    fn controlled_result(&self, result: ControlledResult) -> &'static str;
    /// How one publication counts towards a grade, for the open-data table.
    fn not_counted(&self, exclusion: Exclusion) -> String;
    fn counted_controlled(&self, result: ControlledResult) -> String;
    fn counted_uncontrolled(&self) -> &'static str;

    // The reasons for a grade, sentence by sentence.
    /// "Counted: 2 reviews of other studies, and no study of patients of its own."
    fn counted_reviews_only(&self, reviews: usize) -> String;
    /// "Counted: 3 studies with 120 participants in all (2 … and 1 …)[, and 1 review of other
    /// studies]." `designs` are already in words.
    fn counted_studies(
        &self,
        studies: usize,
        participants: u32,
        designs: &[String],
        reviews: usize,
    ) -> String;
    fn no_placebo_comparison(&self) -> &'static str;
    /// "2 studies compared LDN with a placebo: 1 found a benefit (31 participants) and …".
    /// `results` holds, for each kind of result found, how many trials and people.
    fn placebo_comparisons(
        &self,
        trials: usize,
        results: &[(ControlledResult, usize, u32)],
    ) -> String;
    /// "It had 12 participants, fewer than the 60 a trial needs for its result to count on
    /// its own."
    fn single_trial_size(&self, participants: u32, adequate_size: u32) -> String;
    /// "The largest of them (99 participants) found no benefit."
    fn largest_trial(&self, participants: u32, result: ControlledResult) -> String;
    /// "One of them had at least 60 participants."
    fn adequate_trials(&self, adequate: usize, adequate_size: u32) -> String;
    /// "2 reviews pooled placebo-controlled trials: 1 found a benefit and 1 found no benefit."
    fn pooled_reviews(&self, reviews: usize, benefit: usize, partial: usize, null: usize)
        -> String;
    /// "So the grade is “Mixed”: placebo-controlled results disagree: …"
    fn so_the_grade_is(&self, grade: EvidenceGrade) -> String;
    /// "Listed but not counted: 1 trial protocol (no results yet)." `phrases` from `excluded`.
    fn listed_not_counted(&self, phrases: &[String]) -> String;

    /// A group of studies, as the study list heads it.
    fn study_group(&self, group: StudyGroup) -> &'static str {
        let words = &self.ui().study;
        match group {
            StudyGroup::ControlledTrials => words.controlled_trials,
            StudyGroup::Reviews => words.reviews,
            StudyGroup::Uncontrolled => words.uncontrolled,
            StudyGroup::CaseReports => words.case_reports,
            StudyGroup::NotCounted => words.not_counted_group,
        }
    }

    /// What a publication compared, in a few words for its tags. Reviews are described by what
    /// they pooled, since they have no placebo group of their own.
    fn comparison(&self, publication: &Publication) -> &'static str {
        let words = &self.ui().study;
        match (publication.design.is_review(), publication.review_scope) {
            (true, Some(ReviewScope::ControlledTrials)) => words.pooled_controlled,
            (true, Some(ReviewScope::MixedDesigns)) => words.pooled_mixed,
            (true, None) => words.pooled_other,
            (false, _) if publication.placebo_controlled => words.placebo_controlled,
            (false, _) => words.no_placebo_group,
        }
    }
}

/// A language the app speaks, held by its catalogue: `language.grade(…)` reads its words.
/// Two are equal when their codes are.
#[derive(Clone, Copy)]
pub struct Language(&'static dyn Words);

impl Language {
    pub const ENGLISH: Language = Language(&english::English);
    pub const SPANISH: Language = Language(&spanish::Spanish);
    /// Every language the app speaks, English first.
    pub const ALL: [Language; 2] = [Language::ENGLISH, Language::SPANISH];

    /// The language with this code ("en"), if the app speaks it.
    pub fn with_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl std::ops::Deref for Language {
    type Target = dyn Words;
    fn deref(&self) -> &Self::Target {
        self.0
    }
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

impl Eq for Language {}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Language({})", self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::grading::rule::EvidenceGrade;
    use crate::evidence::model::{Category, Design, Direction};

    /// A word copied from English instead of translated is caught here for the rule's words;
    /// the end-to-end tests look for English on the Spanish pages.
    #[test]
    fn every_language_has_its_own_words_for_the_rule() {
        let [english, spanish] = Language::ALL;
        let mut same = Vec::new();
        for grade in EvidenceGrade::ALL {
            let (en, es) = (english.grade(grade), spanish.grade(grade));
            for (a, b) in [
                (en.label, es.label),
                (en.meaning, es.meaning),
                (en.verdict, es.verdict),
            ] {
                if a == b || b.trim().is_empty() {
                    same.push(a);
                }
            }
        }
        for category in Category::ALL {
            if english.category(category) == spanish.category(category) {
                same.push(english.category(category));
            }
        }
        for direction in [
            Direction::Benefit,
            Direction::NoDifference,
            Direction::Worse,
            Direction::Mixed,
        ] {
            if english.direction(direction) == spanish.direction(direction) {
                same.push(english.direction(direction));
            }
        }
        for design in [
            Design::Protocol,
            Design::CaseReport,
            Design::ParallelRct,
            Design::MetaAnalysis,
        ] {
            if english.design(design) == spanish.design(design) {
                same.push(english.design(design));
            }
        }
        assert!(same.is_empty(), "not translated: {same:?}");
        assert_eq!(Language::with_code("es"), Some(Language::SPANISH));
        assert_eq!(Language::with_code("fr"), None);
    }
}
