//! The reasons for a grade, in the order a reader needs them, built from what [`super::rule`]
//! counted; each sentence's words come from the reader's language (`crate::evidence::words`).

use super::rule::{
    controlled_result, ControlledResult, EvidenceGrade, Exclusion, Tally, ADEQUATE_TRIAL_SIZE,
};
use crate::evidence::model::{Design, GradeMove, Publication};
use crate::evidence::words::Words;

/// What a release did to a grade, for readers: "Grade unchanged." or "Grade moved from Mixed
/// to Not supported." (slugs it does not know are shown as they are).
pub fn grade_move_sentence(moved: Option<&GradeMove>, words: &dyn Words) -> String {
    fn label<'a>(slug: &'a str, words: &dyn Words) -> &'a str {
        EvidenceGrade::from_slug(slug).map_or(slug, |g| words.grade(g).label)
    }
    match moved {
        None => words.grade_unchanged().to_string(),
        Some(moved) => words.grade_moved(label(&moved.from, words), label(&moved.to, words)),
    }
}

/// How one publication counts towards a condition's grade, in words, for the open-data table:
/// "not counted: a trial plan with no results yet", "counted: placebo-controlled, found no
/// benefit", "counted: no placebo comparison".
pub fn contribution(publication: &Publication, condition_id: &str, words: &dyn Words) -> String {
    if let Some(exclusion) = Exclusion::of(publication) {
        return words.not_counted(exclusion);
    }
    match controlled_result(publication, condition_id) {
        Some(result) => words.counted_controlled(result),
        None => words.counted_uncontrolled().to_string(),
    }
}

/// The reasons for `grade`: what was counted, what the placebo comparisons found, the
/// decision, and what was listed but not counted.
pub(super) fn explain(tally: &Tally, grade: EvidenceGrade, words: &dyn Words) -> Vec<String> {
    let mut reasons = Vec::new();
    if !tally.counts_nothing() {
        reasons.push(counted_sentence(tally, words));
        if tally.has_controlled_result() {
            reasons.extend(trial_sentences(&tally.trials, words));
            reasons.extend(review_sentence(&tally.review_results, words));
        } else {
            reasons.push(words.no_placebo_comparison().to_string());
        }
    }
    reasons.push(words.so_the_grade_is(grade));
    if !tally.excluded.is_empty() {
        let phrases: Vec<String> = tally
            .excluded
            .iter()
            .map(|(r, n)| words.excluded(*r, *n))
            .collect();
        reasons.push(words.listed_not_counted(&phrases));
    }
    reasons
}

fn counted_sentence(tally: &Tally, words: &dyn Words) -> String {
    if tally.studies.is_empty() {
        return words.counted_reviews_only(tally.reviews.len());
    }
    let mut designs: Vec<(Design, usize)> = Vec::new();
    for study in &tally.studies {
        match designs.iter_mut().find(|(d, _)| *d == study.design) {
            Some((_, n)) => *n += 1,
            None => designs.push((study.design, 1)),
        }
    }
    designs.sort_by_key(|(design, _)| std::cmp::Reverse(*design));
    let designs: Vec<String> = designs.iter().map(|(d, n)| words.designs(*d, *n)).collect();
    words.counted_studies(
        tally.studies.len(),
        tally.participants,
        &designs,
        tally.reviews.len(),
    )
}

fn trial_sentences(trials: &[(&Publication, ControlledResult)], words: &dyn Words) -> Vec<String> {
    if trials.is_empty() {
        return Vec::new();
    }
    let results: Vec<(ControlledResult, usize, u32)> = [
        ControlledResult::Benefit,
        ControlledResult::Partial,
        ControlledResult::NoBenefit,
    ]
    .into_iter()
    .filter_map(|wanted| {
        let matching: Vec<_> = trials.iter().filter(|(_, r)| *r == wanted).collect();
        let people: u32 = matching.iter().filter_map(|(p, _)| p.participants).sum();
        (!matching.is_empty()).then_some((wanted, matching.len(), people))
    })
    .collect();
    let mut sentences = vec![words.placebo_comparisons(trials.len(), &results)];
    if let [(only, _)] = trials {
        if let Some(n) = only.participants {
            sentences.push(words.single_trial_size(n, ADEQUATE_TRIAL_SIZE));
        }
    } else {
        let largest = trials
            .iter()
            .max_by_key(|(p, _)| p.participants.unwrap_or(0));
        if let Some((largest, result)) = largest {
            if let Some(n) = largest.participants {
                sentences.push(words.largest_trial(n, *result));
            }
        }
        let adequate = trials
            .iter()
            .filter(|(p, _)| p.participants.unwrap_or(0) >= ADEQUATE_TRIAL_SIZE)
            .count();
        sentences.push(words.adequate_trials(adequate, ADEQUATE_TRIAL_SIZE));
    }
    sentences
}

fn review_sentence(reviews: &[ControlledResult], words: &dyn Words) -> Option<String> {
    if reviews.is_empty() {
        return None;
    }
    let count = |wanted: ControlledResult| reviews.iter().filter(|r| **r == wanted).count();
    Some(words.pooled_reviews(
        reviews.len(),
        count(ControlledResult::Benefit),
        count(ControlledResult::Partial),
        count(ControlledResult::NoBenefit),
    ))
}
