//! The study list on a condition page, grouped the way the grading rule weighs studies:
//! placebo-controlled trials first, then reviews, uncontrolled studies, case reports, and
//! what is listed but not counted.

use crate::evidence::grading::rule::Exclusion;
use crate::evidence::model::Publication;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StudyGroup {
    ControlledTrials,
    Reviews,
    Uncontrolled,
    CaseReports,
    NotCounted,
}

impl StudyGroup {
    pub fn of(publication: &Publication) -> StudyGroup {
        let design = publication.design;
        if Exclusion::of(publication).is_some() {
            StudyGroup::NotCounted
        } else if design.is_review() {
            StudyGroup::Reviews
        } else if publication.placebo_controlled {
            StudyGroup::ControlledTrials
        } else if design.is_case_level() {
            StudyGroup::CaseReports
        } else {
            StudyGroup::Uncontrolled
        }
    }

    /// Stable machine name, for element ids.
    pub fn slug(self) -> &'static str {
        match self {
            StudyGroup::ControlledTrials => "controlled-trials",
            StudyGroup::Reviews => "reviews",
            StudyGroup::Uncontrolled => "uncontrolled",
            StudyGroup::CaseReports => "case-reports",
            StudyGroup::NotCounted => "not-counted",
        }
    }

    /// Whether the group starts open on a long list: the groups that decide a grade do.
    pub fn opens_by_default(self) -> bool {
        matches!(self, StudyGroup::ControlledTrials | StudyGroup::Reviews)
    }
}

/// The non-empty groups in reading order, each keeping the publications' given order.
pub fn group_studies<'a>(
    publications: &[&'a Publication],
) -> Vec<(StudyGroup, Vec<&'a Publication>)> {
    let mut groups: Vec<(StudyGroup, Vec<&Publication>)> = Vec::new();
    for publication in publications {
        let group = StudyGroup::of(publication);
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, members)) => members.push(publication),
            None => groups.push((group, vec![publication])),
        }
    }
    groups.sort_by_key(|(group, _)| *group);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::{Comparison, Design, DoseRange};
    use crate::evidence::test_publication::study;

    #[test]
    fn groups_follow_the_weight_the_rule_gives_them() {
        let mut high_dose = study("high", Design::ParallelRct, Comparison::Placebo);
        high_dose.dose_range = DoseRange::AboveLow;
        let list = [
            study("case", Design::CaseReport, Comparison::Baseline),
            study("open", Design::OpenLabelTrial, Comparison::Baseline),
            high_dose,
            study("meta", Design::MetaAnalysis, Comparison::Placebo),
            study("rct-2024", Design::ParallelRct, Comparison::Placebo),
            study("series", Design::CaseSeries, Comparison::None),
            study("plan", Design::Protocol, Comparison::None),
            study("rct-2010", Design::RandomisedCrossover, Comparison::Placebo),
        ];
        let refs: Vec<&Publication> = list.iter().collect();
        let grouped: Vec<(StudyGroup, Vec<&str>)> = group_studies(&refs)
            .into_iter()
            .map(|(g, ps)| (g, ps.iter().map(|p| p.id.as_str()).collect()))
            .collect();
        assert_eq!(
            grouped,
            vec![
                (StudyGroup::ControlledTrials, vec!["rct-2024", "rct-2010"]),
                (StudyGroup::Reviews, vec!["meta"]),
                (StudyGroup::Uncontrolled, vec!["open"]),
                (StudyGroup::CaseReports, vec!["case", "series"]),
                (StudyGroup::NotCounted, vec!["high", "plan"]),
            ]
        );
    }

    #[test]
    fn no_publications_make_no_groups() {
        assert!(group_studies(&[]).is_empty());
    }
}
