//! The grading rule's words: grade names, meanings and verdicts, why a study is not counted, and
//! the sentences that explain one condition's grade, built from what [`super::rule`] counted.

use std::fmt;

use super::rule::{
    controlled_result, ControlledResult, EvidenceGrade, Exclusion, Tally, ADEQUATE_TRIAL_SIZE,
};
use super::wording::{capitalise, count_word, join_list, lowercase_first, plural};
use crate::evidence::model::{Design, GradeMove, Publication};

impl EvidenceGrade {
    /// The word on the badge.
    pub fn label(self) -> &'static str {
        match self {
            EvidenceGrade::Strong => "Strong",
            EvidenceGrade::Moderate => "Moderate",
            EvidenceGrade::Preliminary => "Preliminary",
            EvidenceGrade::Mixed => "Mixed",
            EvidenceGrade::Uncontrolled => "Uncontrolled only",
            EvidenceGrade::CaseReports => "Case reports only",
            EvidenceGrade::Inconclusive => "Too small to tell",
            EvidenceGrade::NotSupported => "Not supported",
            EvidenceGrade::NoStudies => "No studies",
        }
    }

    /// What the rung means, in one sentence (the "how we grade" ladder).
    pub fn meaning(self) -> &'static str {
        match self {
            EvidenceGrade::Strong => "At least three adequately sized placebo-controlled trials found a benefit, and no controlled result disagrees.",
            EvidenceGrade::Moderate => "At least two adequately sized placebo-controlled trials found a benefit (or one, backed by a review of controlled trials), and none disagrees.",
            EvidenceGrade::Preliminary => "Placebo-controlled trials found a benefit, but they are all small.",
            EvidenceGrade::Mixed => "Placebo-controlled results disagree: some found a benefit, others did not.",
            EvidenceGrade::Uncontrolled => "There are studies, but none compared LDN with a placebo.",
            EvidenceGrade::CaseReports => "There are only reports of individual patients or small groups.",
            EvidenceGrade::Inconclusive => "Small placebo-controlled trials found no clear benefit; they are too small to rule one out.",
            EvidenceGrade::NotSupported => "Adequately sized trials or reviews of trials found no benefit over placebo, and none found one.",
            EvidenceGrade::NoStudies => "We found no published study of LDN at low doses.",
        }
    }

    /// A one-line, GRADE-style statement of what the evidence lets us say. Never advice.
    pub fn verdict(self) -> &'static str {
        match self {
            EvidenceGrade::Strong => "LDN improves symptoms, according to several good-sized trials that agree.",
            EvidenceGrade::Moderate => "LDN probably helps, but more trials could change this.",
            EvidenceGrade::Preliminary => "LDN may help, but the trials so far are small.",
            EvidenceGrade::Mixed => "Trials disagree, so it is unclear whether LDN helps.",
            EvidenceGrade::Uncontrolled => "It is unclear whether LDN helps: no study compared it with a placebo.",
            EvidenceGrade::CaseReports => "It is unclear whether LDN helps: there are only reports of single patients or small groups.",
            EvidenceGrade::Inconclusive => "It is unclear whether LDN helps: the only trials are too small to tell.",
            EvidenceGrade::NotSupported => "LDN probably does not help more than a placebo, based on the trials so far.",
            EvidenceGrade::NoStudies => "No published study has tested LDN for this condition.",
        }
    }
}

impl fmt::Display for EvidenceGrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What a release did to a grade, for readers: "Grade unchanged." or "Grade moved from Mixed
/// to Not supported." (slugs it does not know are shown as they are).
pub fn grade_move_sentence(moved: Option<&GradeMove>) -> String {
    let label = |slug: &str| {
        EvidenceGrade::from_slug(slug).map_or(slug.to_string(), |g| g.label().to_string())
    };
    match moved {
        None => "Grade unchanged.".to_string(),
        Some(moved) => format!(
            "Grade moved from \u{201c}{}\u{201d} to \u{201c}{}\u{201d}.",
            label(&moved.from),
            label(&moved.to)
        ),
    }
}

impl Exclusion {
    /// Why this kind of publication is not counted, for the study list.
    pub fn explanation(self) -> &'static str {
        match self {
            Exclusion::Protocol => "a trial plan with no results yet",
            Exclusion::NarrativeReview => "an expert overview, not a study",
            Exclusion::NotPeerReviewed => "not peer reviewed",
            Exclusion::DoseAboveLow => "dose above the LDN range",
            Exclusion::SameTrial => "more results from a trial already counted",
        }
    }

    pub(super) fn counted_phrase(self, n: usize) -> String {
        match self {
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
}

impl ControlledResult {
    /// What a trial with this result found, e.g. "found no benefit".
    pub(super) fn phrase(self) -> &'static str {
        match self {
            ControlledResult::Benefit => "found a benefit",
            ControlledResult::Partial => "found a benefit on some measures only",
            ControlledResult::NoBenefit => "found no benefit",
        }
    }
}

/// How one publication counts towards a condition's grade, in words, for the open-data table:
/// "not counted: a trial plan with no results yet", "counted: placebo-controlled, found no
/// benefit", "counted: no placebo comparison".
pub fn contribution(publication: &Publication, condition_id: &str) -> String {
    if let Some(exclusion) = Exclusion::of(publication) {
        return format!("not counted: {}", exclusion.explanation());
    }
    match controlled_result(publication, condition_id) {
        Some(result) => format!("counted: placebo-controlled, {}", result.phrase()),
        None => "counted: no placebo comparison".to_string(),
    }
}

/// The reasons for `grade`, in the order a reader needs them: what was counted, what the
/// placebo comparisons found, the decision, and what was listed but not counted.
pub(super) fn explain(tally: &Tally, grade: EvidenceGrade) -> Vec<String> {
    let mut reasons = Vec::new();
    if !tally.counts_nothing() {
        reasons.push(counted_sentence(
            &tally.studies,
            &tally.reviews,
            tally.participants,
        ));
        if tally.has_controlled_result() {
            reasons.extend(controlled_sentences(&tally.trials, &tally.review_results));
        } else {
            reasons.push("No study compared LDN with a placebo.".to_string());
        }
    }
    reasons.push(format!(
        "So the grade is \u{201c}{}\u{201d}: {}",
        grade.label(),
        lowercase_first(grade.meaning())
    ));
    if !tally.excluded.is_empty() {
        let phrases: Vec<String> = tally
            .excluded
            .iter()
            .map(|(r, n)| r.counted_phrase(*n))
            .collect();
        reasons.push(format!("Listed but not counted: {}.", join_list(&phrases)));
    }
    reasons
}
fn counted_sentence(
    studies: &[&Publication],
    reviews: &[&Publication],
    participants: u32,
) -> String {
    let mut designs: Vec<(Design, usize)> = Vec::new();
    for study in studies {
        match designs.iter_mut().find(|(d, _)| *d == study.design) {
            Some((_, n)) => *n += 1,
            None => designs.push((study.design, 1)),
        }
    }
    designs.sort_by_key(|(design, _)| std::cmp::Reverse(*design));
    let reviews_phrase = plural(reviews.len(), "review", "reviews") + " of other studies";
    if studies.is_empty() {
        return format!("Counted: {reviews_phrase}, and no study of patients of its own.");
    }
    let parts: Vec<String> = designs
        .iter()
        .map(|(d, n)| format!("{n} {}", design_noun(*d, *n)))
        .collect();
    let mut sentence = format!(
        "Counted: {} with {} in all ({})",
        plural(studies.len(), "study", "studies"),
        plural(participants as usize, "participant", "participants"),
        join_list(&parts)
    );
    if !reviews.is_empty() {
        sentence.push_str(&format!(", and {reviews_phrase}"));
    }
    sentence.push('.');
    sentence
}

fn controlled_sentences(
    trials: &[(&Publication, ControlledResult)],
    reviews: &[ControlledResult],
) -> Vec<String> {
    let mut sentences = Vec::new();
    if !trials.is_empty() {
        let tally = |wanted: ControlledResult| {
            let matching: Vec<_> = trials.iter().filter(|(_, r)| *r == wanted).collect();
            let people: u32 = matching.iter().filter_map(|(p, _)| p.participants).sum();
            (matching.len(), people)
        };
        let mut parts = Vec::new();
        for (result, words) in [
            (ControlledResult::Benefit, "found a benefit"),
            (
                ControlledResult::Partial,
                "found a benefit on some measures only",
            ),
            (ControlledResult::NoBenefit, "found no benefit"),
        ] {
            let (n, people) = tally(result);
            if n > 0 {
                parts.push(format!(
                    "{n} {words} ({})",
                    plural(people as usize, "participant", "participants")
                ));
            }
        }
        sentences.push(format!(
            "{} compared LDN with a placebo: {}.",
            capitalise(&plural(trials.len(), "study", "studies")),
            join_list(&parts)
        ));
        if let [(only, _)] = trials {
            if let Some(n) = only.participants {
                let size = if n >= ADEQUATE_TRIAL_SIZE {
                    "at least"
                } else {
                    "fewer than"
                };
                sentences.push(format!(
                    "It had {n} participants, {size} the {ADEQUATE_TRIAL_SIZE} a trial needs for its result to count on its own."
                ));
            }
        } else {
            let largest = trials
                .iter()
                .max_by_key(|(p, _)| p.participants.unwrap_or(0));
            if let Some((largest, result)) = largest {
                if let Some(n) = largest.participants {
                    sentences.push(format!(
                        "The largest of them ({n} participants) {}.",
                        result.phrase()
                    ));
                }
            }
            let adequate = trials
                .iter()
                .filter(|(p, _)| p.participants.unwrap_or(0) >= ADEQUATE_TRIAL_SIZE)
                .count();
            sentences.push(format!(
                "{} of them had at least {ADEQUATE_TRIAL_SIZE} participants.",
                capitalise(&count_word(adequate))
            ));
        }
    }
    if !reviews.is_empty() {
        let benefit = reviews
            .iter()
            .filter(|r| **r == ControlledResult::Benefit)
            .count();
        let partial = reviews
            .iter()
            .filter(|r| **r == ControlledResult::Partial)
            .count();
        let null = reviews
            .iter()
            .filter(|r| **r == ControlledResult::NoBenefit)
            .count();
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
        sentences.push(format!(
            "{} pooled placebo-controlled trials: {}.",
            capitalise(&plural(reviews.len(), "review", "reviews")),
            join_list(&parts)
        ));
    }
    sentences
}

fn design_noun(design: Design, n: usize) -> String {
    let label = design.label();
    // "controlled trial (randomisation not stated)": the noun comes before the bracket.
    if let Some((noun, aside)) = label.split_once(" (") {
        let noun = if n == 1 {
            noun.to_string()
        } else {
            format!("{noun}s")
        };
        return format!("{noun} ({aside}");
    }
    if n == 1 {
        label.to_string()
    } else if let Some(stem) = label.strip_suffix("study") {
        format!("{stem}studies")
    } else if label.ends_with("series") {
        label.to_string()
    } else if let Some(stem) = label.strip_suffix("analysis") {
        format!("{stem}analyses")
    } else {
        format!("{label}s")
    }
}
