//! The published grading rule: from a condition's publications to an evidence grade and the
//! reasons that produced it. `docs/grading.md` states the same rule in plain words; keep both in step.
//!
//! Adapted from GRADE (trials first, observational evidence lower), OCEBM (design ladder),
//! Natural Standard ("conflicting" and "negative" grades) and EBSCO NAT (60 participants as
//! the size a trial needs before its result is taken seriously on its own).

use std::fmt;

use super::model::{Comparison, Design, Direction, DoseRange, GradeMove, Publication};
use super::wording::{capitalise, count_word, join_list, lowercase_first, plural};

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

impl fmt::Display for EvidenceGrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

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

    fn counted_phrase(self, n: usize) -> String {
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

/// How one publication's placebo-controlled result came out for this condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ControlledResult {
    Benefit,
    Partial,
    NoBenefit,
}

impl ControlledResult {
    /// What a trial with this result found, e.g. "found no benefit".
    fn phrase(self) -> &'static str {
        match self {
            ControlledResult::Benefit => "found a benefit",
            ControlledResult::Partial => "found a benefit on some measures only",
            ControlledResult::NoBenefit => "found no benefit",
        }
    }
}

/// The placebo-compared result of `publication` for `condition_id`, if it has one.
/// Primary outcomes decide when the publication marks any; otherwise all its placebo outcomes do.
fn controlled_result(publication: &Publication, condition_id: &str) -> Option<ControlledResult> {
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

/// Grades one condition from the publications that list it.
pub fn grade_condition(condition_id: &str, publications: &[&Publication]) -> Grading {
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
    let studies: Vec<&Publication> = counted
        .iter()
        .copied()
        .filter(|p| !p.design.is_review())
        .collect();
    let reviews: Vec<&Publication> = counted
        .iter()
        .copied()
        .filter(|p| p.design.is_review())
        .collect();
    let participants = studies.iter().filter_map(|p| p.participants).sum();
    let best_design = studies.iter().map(|p| p.design).max();

    let mut reasons = Vec::new();
    if !counted.is_empty() {
        reasons.push(counted_sentence(&studies, &reviews, participants));
    }

    let trials: Vec<(&Publication, ControlledResult)> = studies
        .iter()
        .filter_map(|p| controlled_result(p, condition_id).map(|r| (*p, r)))
        .collect();
    let review_results: Vec<ControlledResult> = reviews
        .iter()
        .filter_map(|p| controlled_result(p, condition_id))
        .collect();

    let grade = if counted.is_empty() {
        EvidenceGrade::NoStudies
    } else if trials.is_empty() && review_results.is_empty() {
        reasons.push("No study compared LDN with a placebo.".to_string());
        if studies.iter().all(|p| p.design.is_case_level()) && !studies.is_empty() {
            EvidenceGrade::CaseReports
        } else {
            EvidenceGrade::Uncontrolled
        }
    } else {
        reasons.extend(controlled_sentences(&trials, &review_results));
        controlled_grade(&trials, &review_results)
    };

    reasons.push(format!(
        "So the grade is \u{201c}{}\u{201d}: {}",
        grade.label(),
        lowercase_first(grade.meaning())
    ));
    if !excluded.is_empty() {
        let phrases: Vec<String> = excluded.iter().map(|(r, n)| r.counted_phrase(*n)).collect();
        reasons.push(format!("Listed but not counted: {}.", join_list(&phrases)));
    }
    Grading {
        grade,
        reasons,
        studies: studies.len(),
        reviews: reviews.len(),
        participants,
        best_design,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::ReviewScope;
    use crate::evidence::test_publication::{outcome, publication};

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
        let doc = include_str!("../../docs/grading.md");
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
            assert_eq!(graded.label(), expected, "docs/grading.md: {results}");
        }
    }

    fn grade(publications: &[Publication]) -> EvidenceGrade {
        let refs: Vec<&Publication> = publications.iter().collect();
        grade_condition("c", &refs).grade
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
        let grading = grade_condition("c", &refs);
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
        let grading = grade_condition("c", &refs);
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
        let reasons = grade_condition("c", &refs).reasons;
        assert_eq!(
            reasons,
            vec![
                "Counted: 2 studies with 130 participants in all (2 randomised controlled trials).",
                "2 studies compared LDN with a placebo: 1 found a benefit (31 participants) and 1 found no benefit (99 participants).",
                "The largest of them (99 participants) found no benefit.",
                "One of them had at least 60 participants.",
                "So the grade is \u{201c}Mixed\u{201d}: placebo-controlled results disagree: some found a benefit, others did not.",
                "Listed but not counted: 1 trial protocol (no results yet).",
            ]
        );
    }

    #[test]
    fn a_single_trial_is_described_by_its_own_size() {
        let publications = [trial(12, Direction::NoDifference)];
        let refs: Vec<&Publication> = publications.iter().collect();
        let reasons = grade_condition("c", &refs).reasons;
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
