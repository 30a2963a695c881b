//! The app's words in English.

use super::english_ui::UI;
use super::ui::Ui;
use super::{GradeText, Words};
use crate::evidence::data::date::Date;
use crate::evidence::grading::rule::{ControlledResult, EvidenceGrade, Exclusion};
use crate::evidence::grading::wording::{capitalise, lowercase_first, plural};
use crate::evidence::model::{Category, Design, Direction};

pub struct English;

impl Words for English {
    fn code(&self) -> &'static str {
        "en"
    }

    fn ui(&self) -> &'static Ui {
        &UI
    }

    fn date(&self, stored: &str) -> String {
        Date::readable(stored)
    }

    fn join_list(&self, parts: &[String]) -> String {
        match parts {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    fn category(&self, category: Category) -> &'static str {
        match category {
            Category::Rheumatic => "Rheumatic",
            Category::Gastrointestinal => "Gut",
            Category::Neurological => "Nervous system",
            Category::Pain => "Pain",
            Category::Skin => "Skin",
            Category::MentalHealth => "Mental health",
            Category::Other => "Other",
        }
    }

    fn design(&self, design: Design) -> &'static str {
        match design {
            Design::Protocol => "trial protocol",
            Design::NarrativeReview => "narrative review",
            Design::CaseReport => "case report",
            Design::CaseSeries => "case series",
            Design::RetrospectiveCohort => "look-back study of records",
            Design::RegistryStudy => "prescription database study",
            Design::OpenLabelTrial => "open-label trial",
            Design::ControlledTrial => "controlled trial (randomisation not stated)",
            Design::SingleBlindCrossover => "single-blind crossover trial",
            Design::RandomisedCrossover => "randomised crossover trial",
            Design::ParallelRct => "randomised controlled trial",
            Design::SystematicReview => "systematic review",
            Design::MetaAnalysis => "meta-analysis",
        }
    }

    fn designs(&self, design: Design, n: usize) -> String {
        let label = self.design(design);
        let noun = if n == 1 {
            label.to_string()
        } else if let Some((noun, aside)) = label.split_once(" (") {
            // "controlled trials (randomisation not stated)": the noun comes before the bracket.
            format!("{noun}s ({aside}")
        } else if label.contains("study") {
            // "look-back studies of records", "prescription database studies".
            label.replacen("study", "studies", 1)
        } else if label.ends_with("series") {
            label.to_string()
        } else if let Some(stem) = label.strip_suffix("analysis") {
            format!("{stem}analyses")
        } else {
            format!("{label}s")
        };
        format!("{n} {noun}")
    }

    fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::Benefit => "Benefit",
            Direction::NoDifference => "No difference",
            Direction::Worse => "Worse",
            Direction::Mixed => "Mixed",
        }
    }

    fn grade(&self, grade: EvidenceGrade) -> GradeText {
        let (label, meaning, verdict) = match grade {
            EvidenceGrade::Strong => (
                "Strong",
                "At least three adequately sized placebo-controlled trials found a benefit, and no controlled result disagrees.",
                "LDN improves symptoms, according to several good-sized trials that agree.",
            ),
            EvidenceGrade::Moderate => (
                "Moderate",
                "At least two adequately sized placebo-controlled trials found a benefit (or one, backed by a review of controlled trials), and none disagrees.",
                "LDN probably helps, but more trials could change this.",
            ),
            EvidenceGrade::Preliminary => (
                "Preliminary",
                "Placebo-controlled trials found a benefit, but they are all small.",
                "LDN may help, but the trials so far are small.",
            ),
            EvidenceGrade::Mixed => (
                "Mixed",
                "Placebo-controlled results disagree: some show a benefit, others do not.",
                "Results disagree, so it is unclear whether LDN helps.",
            ),
            EvidenceGrade::Uncontrolled => (
                "Uncontrolled only",
                "There are studies, but none compared LDN with a placebo.",
                "It is unclear whether LDN helps: no study compared it with a placebo.",
            ),
            EvidenceGrade::CaseReports => (
                "Case reports only",
                "There are only reports of individual patients or small groups.",
                "It is unclear whether LDN helps: there are only reports of single patients or small groups.",
            ),
            EvidenceGrade::Inconclusive => (
                "Too small to tell",
                "Small placebo-controlled trials found no clear benefit; they are too small to rule one out.",
                "It is unclear whether LDN helps: the placebo-controlled trials are too small to tell.",
            ),
            EvidenceGrade::NotSupported => (
                "Not supported",
                "Adequately sized trials or reviews of trials found no benefit over placebo, and none found one.",
                "LDN probably does not help more than a placebo, based on the trials so far.",
            ),
            EvidenceGrade::NoStudies => (
                "No studies",
                "We found no published study of LDN at low doses.",
                "No published study has tested LDN for this condition.",
            ),
        };
        GradeText {
            label,
            meaning,
            verdict,
        }
    }

    fn grade_unchanged(&self) -> &'static str {
        "Grade unchanged."
    }

    fn grade_moved(&self, from: &str, to: &str) -> String {
        format!("Grade moved from \u{201c}{from}\u{201d} to \u{201c}{to}\u{201d}.")
    }

    fn exclusion(&self, exclusion: Exclusion) -> &'static str {
        match exclusion {
            Exclusion::Protocol => "a trial plan with no results yet",
            Exclusion::NarrativeReview => "an expert overview, not a study",
            Exclusion::NotPeerReviewed => "not peer reviewed",
            Exclusion::DoseAboveLow => "dose above the LDN range",
            Exclusion::SameTrial => "more results from a trial already counted",
        }
    }

    fn excluded(&self, exclusion: Exclusion, n: usize) -> String {
        match exclusion {
            Exclusion::Protocol => {
                plural(n, "trial protocol", "trial protocols") + " (no results yet)"
            }
            Exclusion::NarrativeReview => plural(n, "narrative review", "narrative reviews"),
            Exclusion::NotPeerReviewed => plural(n, "report", "reports") + " not peer reviewed",
            Exclusion::DoseAboveLow => {
                plural(n, "study", "studies") + " at doses above the LDN range"
            }
            Exclusion::SameTrial => {
                plural(n, "further report", "further reports") + " of a trial already counted"
            }
        }
    }

    fn controlled_result(&self, result: ControlledResult) -> &'static str {
        match result {
            ControlledResult::Benefit => "found a benefit",
            ControlledResult::Partial => "found a benefit on some measures only",
            ControlledResult::NoBenefit => "found no benefit",
        }
    }

    fn not_counted(&self, exclusion: Exclusion) -> String {
        format!("not counted: {}", self.exclusion(exclusion))
    }

    fn counted_controlled(&self, result: ControlledResult) -> String {
        format!(
            "counted: placebo-controlled, {}",
            self.controlled_result(result)
        )
    }

    fn counted_uncontrolled(&self) -> &'static str {
        "counted: no placebo comparison"
    }

    fn counted_reviews_only(&self, reviews: usize) -> String {
        format!(
            "Counted: {}, and no study of patients of its own.",
            reviews_of_other_studies(reviews)
        )
    }

    fn counted_studies(
        &self,
        studies: usize,
        participants: u32,
        designs: &[String],
        reviews: usize,
    ) -> String {
        let mut sentence = format!(
            "Counted: {} with {} in all ({})",
            plural(studies, "study", "studies"),
            plural(participants as usize, "participant", "participants"),
            self.join_list(designs)
        );
        if reviews > 0 {
            sentence.push_str(&format!(", and {}", reviews_of_other_studies(reviews)));
        }
        sentence.push('.');
        sentence
    }

    fn no_placebo_comparison(&self) -> &'static str {
        "No study compared LDN with a placebo."
    }

    fn placebo_comparisons(
        &self,
        trials: usize,
        results: &[(ControlledResult, usize, u32)],
    ) -> String {
        let parts: Vec<String> = results
            .iter()
            .map(|(result, n, people)| {
                format!(
                    "{n} {} ({})",
                    self.controlled_result(*result),
                    plural(*people as usize, "participant", "participants")
                )
            })
            .collect();
        format!(
            "{} compared LDN with a placebo: {}.",
            capitalise(&plural(trials, "study", "studies")),
            self.join_list(&parts)
        )
    }

    fn single_trial_size(&self, participants: u32, adequate_size: u32) -> String {
        let size = if participants >= adequate_size {
            "at least"
        } else {
            "fewer than"
        };
        format!(
            "It had {participants} participants, {size} the {adequate_size} a trial needs for its result to count on its own."
        )
    }

    fn largest_trial(&self, participants: u32, result: ControlledResult) -> String {
        format!(
            "The largest of them ({participants} participants) {}.",
            self.controlled_result(result)
        )
    }

    fn adequate_trials(&self, adequate: usize, adequate_size: u32) -> String {
        let count = match adequate {
            0 => "None".to_string(),
            1 => "One".to_string(),
            2 => "Two".to_string(),
            3 => "Three".to_string(),
            n => n.to_string(),
        };
        format!("{count} of them had at least {adequate_size} participants.")
    }

    fn pooled_reviews(
        &self,
        reviews: usize,
        benefit: usize,
        partial: usize,
        null: usize,
    ) -> String {
        let mut parts = Vec::new();
        if benefit > 0 {
            parts.push(format!("{benefit} found a benefit"));
        }
        if partial > 0 {
            parts.push(format!("{partial} found an uncertain or partial benefit"));
        }
        if null > 0 {
            parts.push(format!("{null} found no benefit"));
        }
        format!(
            "{} pooled placebo-controlled trials: {}.",
            capitalise(&plural(reviews, "review", "reviews")),
            self.join_list(&parts)
        )
    }

    fn so_the_grade_is(&self, grade: EvidenceGrade) -> String {
        let text = self.grade(grade);
        format!(
            "So the grade is \u{201c}{}\u{201d}: {}",
            text.label,
            lowercase_first(text.meaning)
        )
    }

    fn listed_not_counted(&self, phrases: &[String]) -> String {
        format!("Listed but not counted: {}.", self.join_list(phrases))
    }
}

fn reviews_of_other_studies(n: usize) -> String {
    plural(n, "review", "reviews") + " of other studies"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_and() {
        let parts = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(English.join_list(&parts(&[])), "");
        assert_eq!(English.join_list(&parts(&["a"])), "a");
        assert_eq!(English.join_list(&parts(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn designs_are_counted_in_their_plural() {
        assert_eq!(
            English.designs(Design::ParallelRct, 1),
            "1 randomised controlled trial"
        );
        assert_eq!(English.designs(Design::CaseSeries, 2), "2 case series");
        assert_eq!(English.designs(Design::MetaAnalysis, 2), "2 meta-analyses");
        assert_eq!(
            English.designs(Design::RetrospectiveCohort, 3),
            "3 look-back studies of records"
        );
        assert_eq!(
            English.designs(Design::ControlledTrial, 2),
            "2 controlled trials (randomisation not stated)"
        );
    }
}
