//! The published grading rule: from a condition's publications to an evidence grade.
//! `docs/grading.md` states the same rule in plain words; keep both in step. The sentences that
//! explain a grade to a reader are built apart, in `reasons.rs`.
//!
//! Adapted from GRADE (trials first, observational evidence lower), OCEBM (design ladder),
//! Natural Standard ("conflicting" and "negative" grades) and EBSCO NAT (60 participants as
//! the size a trial needs before its result is taken seriously on its own).

use crate::evidence::model::{Comparison, Design, Direction, DoseRange, Publication};

/// A placebo-controlled trial with at least this many participants is "adequately sized".
pub const ADEQUATE_TRIAL_SIZE: u32 = 60;
/// Adequately sized trials that must agree on a benefit, with none disagreeing, for "Strong".
pub const STRONG_TRIAL_COUNT: usize = 3;
/// Adequately sized trials that must agree on a benefit for "Moderate" (or one plus a review).
pub const MODERATE_TRIAL_COUNT: usize = 2;

/// The grade on a badge. Declared from the most to the least support for a benefit, which is
/// the order "sort by strength of evidence" uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EvidenceGrade {
    Strong,
    Moderate,
    Preliminary,
    Mixed,
    Uncontrolled,
    CaseReports,
    Inconclusive,
    NotSupported,
    NoStudies,
}

impl EvidenceGrade {
    pub const ALL: [EvidenceGrade; 9] = [
        EvidenceGrade::Strong,
        EvidenceGrade::Moderate,
        EvidenceGrade::Preliminary,
        EvidenceGrade::Mixed,
        EvidenceGrade::Uncontrolled,
        EvidenceGrade::CaseReports,
        EvidenceGrade::Inconclusive,
        EvidenceGrade::NotSupported,
        EvidenceGrade::NoStudies,
    ];

    /// Stable machine name, used in URLs, CSS classes and the grade snapshot.
    pub fn slug(self) -> &'static str {
        match self {
            EvidenceGrade::Strong => "strong",
            EvidenceGrade::Moderate => "moderate",
            EvidenceGrade::Preliminary => "preliminary",
            EvidenceGrade::Mixed => "mixed",
            EvidenceGrade::Uncontrolled => "uncontrolled",
            EvidenceGrade::CaseReports => "case-reports",
            EvidenceGrade::Inconclusive => "inconclusive",
            EvidenceGrade::NotSupported => "not-supported",
            EvidenceGrade::NoStudies => "no-studies",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EvidenceGrade> {
        EvidenceGrade::ALL.into_iter().find(|g| g.slug() == slug)
    }
}

/// Why a publication is listed but left out of the grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exclusion {
    Protocol,
    NarrativeReview,
    NotPeerReviewed,
    DoseAboveLow,
    SameTrial,
}

impl Exclusion {
    pub fn of(publication: &Publication) -> Option<Exclusion> {
        match publication.design {
            Design::Protocol => Some(Exclusion::Protocol),
            Design::NarrativeReview => Some(Exclusion::NarrativeReview),
            _ if !publication.peer_reviewed => Some(Exclusion::NotPeerReviewed),
            _ if publication.dose_range == DoseRange::AboveLow => Some(Exclusion::DoseAboveLow),
            _ if publication.same_trial_as.is_some() => Some(Exclusion::SameTrial),
            _ => None,
        }
    }
}

/// How one publication's placebo-controlled result came out for this condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlledResult {
    Benefit,
    Partial,
    NoBenefit,
}

/// The placebo-compared result of `publication` for `condition_id`, if it has one.
/// Primary outcomes decide when the publication marks any; otherwise all its placebo outcomes do.
pub(super) fn controlled_result(
    publication: &Publication,
    condition_id: &str,
) -> Option<ControlledResult> {
    let compared: Vec<_> = publication
        .outcomes
        .iter()
        .filter(|o| o.compared_with == Comparison::Placebo)
        .filter(|o| o.condition.as_deref().is_none_or(|c| c == condition_id))
        .collect();
    let primary: Vec<_> = compared.iter().filter(|o| o.primary).copied().collect();
    let deciding = if primary.is_empty() {
        compared
    } else {
        primary
    };
    let first = deciding.first()?;
    let all_same = deciding.iter().all(|o| o.direction == first.direction);
    let no_benefit = |d: Direction| matches!(d, Direction::NoDifference | Direction::Worse);
    Some(if all_same && first.direction == Direction::Benefit {
        ControlledResult::Benefit
    } else if deciding.iter().all(|o| no_benefit(o.direction)) {
        ControlledResult::NoBenefit
    } else {
        ControlledResult::Partial
    })
}

/// What the rule counted for one condition: the inputs of both the grade and its reasons.
pub(super) struct Tally<'a> {
    /// Kinds of publication listed but not counted, each with how many, in order of first sight.
    pub excluded: Vec<(Exclusion, usize)>,
    /// Counted studies of patients (reviews apart).
    pub studies: Vec<&'a Publication>,
    /// Counted systematic reviews and meta-analyses.
    pub reviews: Vec<&'a Publication>,
    /// People in the counted studies.
    pub participants: u32,
    /// The counted studies that compared LDN with a placebo, and how each came out.
    pub trials: Vec<(&'a Publication, ControlledResult)>,
    /// How each counted review of placebo-controlled trials came out.
    pub review_results: Vec<ControlledResult>,
}

impl<'a> Tally<'a> {
    pub(super) fn of(condition_id: &str, publications: &[&'a Publication]) -> Tally<'a> {
        let mut excluded: Vec<(Exclusion, usize)> = Vec::new();
        let mut counted: Vec<&Publication> = Vec::new();
        for publication in publications {
            match Exclusion::of(publication) {
                Some(reason) => match excluded.iter_mut().find(|(r, _)| *r == reason) {
                    Some((_, n)) => *n += 1,
                    None => excluded.push((reason, 1)),
                },
                None => counted.push(publication),
            }
        }
        let (reviews, studies): (Vec<&Publication>, Vec<&Publication>) =
            counted.into_iter().partition(|p| p.design.is_review());
        let trials = studies
            .iter()
            .filter_map(|p| controlled_result(p, condition_id).map(|r| (*p, r)))
            .collect();
        let review_results = reviews
            .iter()
            .filter_map(|p| controlled_result(p, condition_id))
            .collect();
        Tally {
            excluded,
            participants: studies.iter().filter_map(|p| p.participants).sum(),
            studies,
            reviews,
            trials,
            review_results,
        }
    }

    pub fn counts_nothing(&self) -> bool {
        self.studies.is_empty() && self.reviews.is_empty()
    }

    pub fn has_controlled_result(&self) -> bool {
        !self.trials.is_empty() || !self.review_results.is_empty()
    }
}

/// The grade the rule gives a condition with this tally.
pub(super) fn decide(tally: &Tally) -> EvidenceGrade {
    if tally.counts_nothing() {
        EvidenceGrade::NoStudies
    } else if !tally.has_controlled_result() {
        if tally.studies.iter().all(|p| p.design.is_case_level()) && !tally.studies.is_empty() {
            EvidenceGrade::CaseReports
        } else {
            EvidenceGrade::Uncontrolled
        }
    } else {
        controlled_grade(&tally.trials, &tally.review_results)
    }
}
/// The rule's decision once there is at least one placebo-controlled result.
fn controlled_grade(
    trials: &[(&Publication, ControlledResult)],
    reviews: &[ControlledResult],
) -> EvidenceGrade {
    let all = || {
        trials
            .iter()
            .map(|(_, r)| *r)
            .chain(reviews.iter().copied())
    };
    let any = |wanted: ControlledResult| all().any(|r| r == wanted);
    let adequate = |p: &Publication| p.participants.unwrap_or(0) >= ADEQUATE_TRIAL_SIZE;
    let has_benefit = any(ControlledResult::Benefit);
    let has_partial = any(ControlledResult::Partial);
    let has_null = any(ControlledResult::NoBenefit);

    if has_null && (has_benefit || has_partial) {
        return EvidenceGrade::Mixed;
    }
    if has_null {
        let adequate_null = trials
            .iter()
            .any(|(p, r)| *r == ControlledResult::NoBenefit && adequate(p));
        let null_review = reviews.contains(&ControlledResult::NoBenefit);
        return if adequate_null || null_review {
            EvidenceGrade::NotSupported
        } else {
            EvidenceGrade::Inconclusive
        };
    }
    if !has_benefit {
        return EvidenceGrade::Mixed;
    }
    let adequate_benefit = trials
        .iter()
        .filter(|(p, r)| *r == ControlledResult::Benefit && adequate(p))
        .count();
    let review_benefit = reviews.contains(&ControlledResult::Benefit);
    if adequate_benefit >= STRONG_TRIAL_COUNT && !has_partial {
        EvidenceGrade::Strong
    } else if adequate_benefit >= MODERATE_TRIAL_COUNT || (adequate_benefit >= 1 && review_benefit)
    {
        EvidenceGrade::Moderate
    } else {
        EvidenceGrade::Preliminary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::grading::grade_condition;
    use crate::evidence::model::ReviewScope;
    use crate::evidence::test_publication::{outcome, publication};
    use crate::evidence::words::{english::English, Words};

    fn trial(participants: u32, direction: Direction) -> Publication {
        publication(
            "t",
            Design::ParallelRct,
            participants,
            vec![outcome(direction, Comparison::Placebo, true)],
        )
    }

    fn review(direction: Direction) -> Publication {
        publication(
            "r",
            Design::MetaAnalysis,
            300,
            vec![outcome(direction, Comparison::Placebo, true)],
        )
    }

    fn uncontrolled(design: Design, participants: u32) -> Publication {
        publication(
            "u",
            design,
            participants,
            vec![outcome(Direction::Benefit, Comparison::Baseline, true)],
        )
    }

    /// The publications a phrase of docs/grading.md's partial-results table stands for, e.g.
    /// "1 partial, 3 large benefit".
    fn from_table(phrase: &str) -> Vec<Publication> {
        let mut publications = Vec::new();
        for part in phrase.split(", ") {
            let (count, kind) = part.split_once(' ').expect("\"N kind\"");
            let count: usize = count.parse().expect("a count");
            let one = match kind {
                "partial" => trial(80, Direction::Mixed),
                "large benefit" => trial(ADEQUATE_TRIAL_SIZE, Direction::Benefit),
                "small benefit" => trial(ADEQUATE_TRIAL_SIZE - 1, Direction::Benefit),
                "large no-benefit" => trial(ADEQUATE_TRIAL_SIZE, Direction::NoDifference),
                "small no-benefit" => trial(ADEQUATE_TRIAL_SIZE - 1, Direction::NoDifference),
                "benefit review" => review(Direction::Benefit),
                "partial review" => review(Direction::Mixed),
                "no-benefit review" => review(Direction::NoDifference),
                other => panic!("docs/grading.md names an unknown kind of result: {other:?}"),
            };
            publications.extend(std::iter::repeat_n(one, count));
        }
        publications
    }

    #[test]
    fn partial_results_count_as_docs_grading_md_says() {
        let doc = include_str!("../../../docs/grading.md");
        let section = doc
            .split("### How a partial result counts")
            .nth(1)
            .expect("docs/grading.md explains partial results");
        let rows: Vec<(&str, &str)> = section
            .lines()
            .take_while(|line| !line.starts_with("\"Sort by"))
            .filter_map(|line| {
                let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
                (cells.len() == 2 && cells[0].starts_with(|c: char| c.is_ascii_digit()))
                    .then(|| (cells[0], cells[1]))
            })
            .collect();
        assert!(rows.len() >= 10, "the table has {} rows", rows.len());
        for (results, expected) in rows {
            let graded = grade(&from_table(results));
            assert_eq!(
                English.grade(graded).label,
                expected,
                "docs/grading.md: {results}"
            );
        }
    }

    fn grade(publications: &[Publication]) -> EvidenceGrade {
        let refs: Vec<&Publication> = publications.iter().collect();
        grade_condition("c", &refs, &English).grade
    }

    #[test]
    fn no_publications_means_no_studies() {
        assert_eq!(grade(&[]), EvidenceGrade::NoStudies);
    }

    #[test]
    fn only_excluded_publications_mean_no_studies() {
        let mut above = uncontrolled(Design::RandomisedCrossover, 13);
        above.dose_range = DoseRange::AboveLow;
        let protocol = publication("p", Design::Protocol, 120, vec![]);
        let mut abstract_only = trial(38, Direction::Benefit);
        abstract_only.peer_reviewed = false;
        let narrative = uncontrolled(Design::NarrativeReview, 1);
        assert_eq!(
            grade(&[above, protocol, abstract_only, narrative]),
            EvidenceGrade::NoStudies
        );
    }

    #[test]
    fn a_further_report_of_the_same_trial_is_not_counted_twice() {
        let first = trial(99, Direction::NoDifference);
        let mut again = trial(92, Direction::Benefit);
        again.same_trial_as = Some("t".into());
        let refs = [&first, &again];
        let grading = grade_condition("c", &refs, &English);
        assert_eq!(
            (grading.grade, grading.studies, grading.participants),
            (EvidenceGrade::NotSupported, 1, 99)
        );
        assert_eq!(
            grading.reasons.last().unwrap(),
            "Listed but not counted: 1 further report of a trial already counted."
        );
    }

    #[test]
    fn case_reports_and_series_alone_are_case_reports() {
        let studies = [
            uncontrolled(Design::CaseReport, 1),
            uncontrolled(Design::CaseSeries, 3),
        ];
        assert_eq!(grade(&studies), EvidenceGrade::CaseReports);
    }

    #[test]
    fn an_uncontrolled_study_lifts_case_reports_to_uncontrolled() {
        let studies = [
            uncontrolled(Design::CaseReport, 1),
            uncontrolled(Design::OpenLabelTrial, 17),
        ];
        assert_eq!(grade(&studies), EvidenceGrade::Uncontrolled);
    }

    #[test]
    fn a_large_null_registry_study_is_still_only_uncontrolled() {
        let registry = publication(
            "r",
            Design::RegistryStudy,
            898,
            vec![outcome(Direction::NoDifference, Comparison::Baseline, true)],
        );
        assert_eq!(grade(&[registry]), EvidenceGrade::Uncontrolled);
    }

    #[test]
    fn an_active_comparator_trial_is_not_placebo_controlled_evidence() {
        let active = publication(
            "a",
            Design::RandomisedCrossover,
            67,
            vec![outcome(Direction::NoDifference, Comparison::Active, true)],
        );
        assert_eq!(grade(&[active]), EvidenceGrade::Uncontrolled);
    }

    #[test]
    fn a_review_of_case_reports_does_not_lift_the_grade() {
        let mut mixed_review = uncontrolled(Design::SystematicReview, 40);
        mixed_review.review_scope = Some(ReviewScope::MixedDesigns);
        assert_eq!(
            grade(&[uncontrolled(Design::CaseReport, 1), mixed_review]),
            EvidenceGrade::CaseReports
        );
    }

    #[test]
    fn small_positive_trials_are_preliminary() {
        assert_eq!(
            grade(&[trial(40, Direction::Benefit), trial(31, Direction::Benefit)]),
            EvidenceGrade::Preliminary
        );
    }

    #[test]
    fn one_adequate_positive_trial_alone_is_preliminary() {
        assert_eq!(
            grade(&[trial(60, Direction::Benefit)]),
            EvidenceGrade::Preliminary
        );
    }

    #[test]
    fn one_adequate_positive_trial_with_a_positive_review_is_moderate() {
        assert_eq!(
            grade(&[trial(60, Direction::Benefit), review(Direction::Benefit)]),
            EvidenceGrade::Moderate
        );
    }

    #[test]
    fn two_adequate_positive_trials_are_moderate() {
        assert_eq!(
            grade(&[trial(60, Direction::Benefit), trial(80, Direction::Benefit)]),
            EvidenceGrade::Moderate
        );
    }

    #[test]
    fn three_adequate_agreeing_trials_are_strong() {
        let trials = [
            trial(60, Direction::Benefit),
            trial(80, Direction::Benefit),
            trial(120, Direction::Benefit),
        ];
        assert_eq!(grade(&trials), EvidenceGrade::Strong);
    }

    #[test]
    fn a_partial_result_keeps_three_positive_trials_from_strong() {
        let trials = [
            trial(60, Direction::Benefit),
            trial(80, Direction::Benefit),
            trial(120, Direction::Benefit),
            trial(70, Direction::Mixed),
        ];
        assert_eq!(grade(&trials), EvidenceGrade::Moderate);
    }

    #[test]
    fn fifty_nine_participants_is_not_adequately_sized() {
        assert_eq!(
            grade(&[trial(59, Direction::Benefit), trial(59, Direction::Benefit)]),
            EvidenceGrade::Preliminary
        );
        assert_eq!(
            grade(&[trial(59, Direction::NoDifference)]),
            EvidenceGrade::Inconclusive
        );
    }

    #[test]
    fn a_null_trial_beside_a_positive_one_makes_evidence_mixed() {
        assert_eq!(
            grade(&[
                trial(31, Direction::Benefit),
                trial(99, Direction::NoDifference)
            ]),
            EvidenceGrade::Mixed
        );
    }

    #[test]
    fn a_null_review_beside_positive_trials_makes_evidence_mixed() {
        let studies = [
            trial(80, Direction::Benefit),
            trial(90, Direction::Benefit),
            review(Direction::NoDifference),
        ];
        assert_eq!(grade(&studies), EvidenceGrade::Mixed);
    }

    #[test]
    fn partial_results_alone_are_mixed() {
        assert_eq!(grade(&[trial(80, Direction::Mixed)]), EvidenceGrade::Mixed);
    }

    #[test]
    fn an_adequate_null_trial_alone_is_not_supported() {
        assert_eq!(
            grade(&[trial(110, Direction::NoDifference)]),
            EvidenceGrade::NotSupported
        );
    }

    #[test]
    fn a_worse_result_counts_as_no_benefit() {
        assert_eq!(
            grade(&[trial(110, Direction::Worse)]),
            EvidenceGrade::NotSupported
        );
    }

    #[test]
    fn a_null_review_alone_is_not_supported() {
        assert_eq!(
            grade(&[review(Direction::NoDifference)]),
            EvidenceGrade::NotSupported
        );
    }

    #[test]
    fn a_review_pooling_placebo_and_other_drugs_is_no_placebo_comparison() {
        let small_null = trial(29, Direction::NoDifference);
        let mut pooled = review(Direction::NoDifference);
        pooled.outcomes[0].compared_with = Comparison::PlaceboOrActive;
        // With it counted as placebo-controlled, the small trial would be outweighed.
        assert_eq!(
            grade(&[small_null.clone(), review(Direction::NoDifference)]),
            EvidenceGrade::NotSupported
        );
        assert_eq!(grade(&[small_null, pooled]), EvidenceGrade::Inconclusive);
    }

    #[test]
    fn small_null_trials_are_inconclusive() {
        assert_eq!(
            grade(&[trial(12, Direction::NoDifference)]),
            EvidenceGrade::Inconclusive
        );
    }

    #[test]
    fn primary_outcomes_decide_over_secondary_ones() {
        let mut study = trial(12, Direction::NoDifference);
        study
            .outcomes
            .push(outcome(Direction::Benefit, Comparison::Placebo, false));
        assert_eq!(grade(&[study]), EvidenceGrade::Inconclusive);
    }

    #[test]
    fn without_a_primary_outcome_all_placebo_outcomes_decide() {
        let study = publication(
            "s",
            Design::RandomisedCrossover,
            31,
            vec![
                outcome(Direction::Benefit, Comparison::Placebo, false),
                outcome(Direction::NoDifference, Comparison::Placebo, false),
            ],
        );
        assert_eq!(grade(&[study]), EvidenceGrade::Mixed);
    }

    #[test]
    fn a_before_after_outcome_inside_a_placebo_trial_does_not_count_as_controlled() {
        let study = publication(
            "s",
            Design::ParallelRct,
            14,
            vec![outcome(Direction::Benefit, Comparison::Baseline, true)],
        );
        assert_eq!(grade(&[study]), EvidenceGrade::Uncontrolled);
    }

    #[test]
    fn outcomes_tagged_for_another_condition_are_ignored() {
        let mut other = outcome(Direction::Benefit, Comparison::Placebo, true);
        other.condition = Some("fibromyalgia".into());
        let mut mine = outcome(Direction::NoDifference, Comparison::Placebo, true);
        mine.condition = Some("c".into());
        let meta = publication("m", Design::MetaAnalysis, 406, vec![other, mine]);
        assert_eq!(grade(&[meta]), EvidenceGrade::NotSupported);
    }

    #[test]
    fn participants_exclude_reviews_and_uncounted_publications() {
        let mut above = trial(13, Direction::Benefit);
        above.dose_range = DoseRange::AboveLow;
        let publications = [
            trial(40, Direction::Benefit),
            uncontrolled(Design::CaseSeries, 3),
            review(Direction::Benefit),
            above,
        ];
        let refs: Vec<&Publication> = publications.iter().collect();
        let grading = grade_condition("c", &refs, &English);
        assert_eq!(
            (grading.studies, grading.reviews, grading.participants),
            (2, 1, 43)
        );
        assert_eq!(grading.best_design, Some(Design::ParallelRct));
    }

    #[test]
    fn reasons_explain_counts_the_decision_and_what_was_left_out() {
        let protocol = publication("p", Design::Protocol, 120, vec![]);
        let publications = [
            trial(31, Direction::Benefit),
            trial(99, Direction::NoDifference),
            protocol,
        ];
        let refs: Vec<&Publication> = publications.iter().collect();
        let reasons = grade_condition("c", &refs, &English).reasons;
        assert_eq!(
            reasons,
            vec![
                "Counted: 2 studies with 130 participants in all (2 randomised controlled trials).",
                "2 studies compared LDN with a placebo: 1 found a benefit (31 participants) and 1 found no benefit (99 participants).",
                "The largest of them (99 participants) found no benefit.",
                "One of them had at least 60 participants.",
                "So the grade is \u{201c}Mixed\u{201d}: placebo-controlled results disagree: some show a benefit, others do not.",
                "Listed but not counted: 1 trial protocol (no results yet).",
            ]
        );
    }

    #[test]
    fn a_single_trial_is_described_by_its_own_size() {
        let publications = [trial(12, Direction::NoDifference)];
        let refs: Vec<&Publication> = publications.iter().collect();
        let reasons = grade_condition("c", &refs, &English).reasons;
        assert_eq!(
            reasons[1..3],
            [
                "1 study compared LDN with a placebo: 1 found no benefit (12 participants).",
                "It had 12 participants, fewer than the 60 a trial needs for its result to count on its own.",
            ]
        );
    }

    #[test]
    fn grade_order_runs_from_most_to_least_support() {
        let mut sorted = EvidenceGrade::ALL;
        sorted.sort();
        assert_eq!(sorted, EvidenceGrade::ALL);
        assert!(
            EvidenceGrade::Strong < EvidenceGrade::Mixed
                && EvidenceGrade::Mixed < EvidenceGrade::NoStudies
        );
    }

    #[test]
    fn slugs_round_trip() {
        for grade in EvidenceGrade::ALL {
            assert_eq!(EvidenceGrade::from_slug(grade.slug()), Some(grade));
        }
        assert_eq!(EvidenceGrade::from_slug("<script>"), None);
    }
}
