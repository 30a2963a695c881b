//! What the printed sheet for a doctor holds, chosen so that any condition fits on one or two
//! pages: the studies that decide the grade, with full references, and the safety key points.

use super::study_groups::StudyGroup;
use crate::evidence::grading::wording::capitalise;
use crate::evidence::model::{Publication, Safety};
use crate::evidence::words::Words;

/// References the sheet prints at most. At about three lines each, eight leave room for the
/// grade, its reasons, the summary and the safety points within two pages of A4 or Letter,
/// with a tenth of a page to spare for fonts wider than the ones the tests print with.
pub const MOST_KEY_STUDIES: usize = 8;

/// The studies a sheet cites, and how many of the condition's publications it leaves to the
/// web page.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyStudies<'a> {
    pub cited: Vec<&'a Publication>,
    /// Publications that count towards the grade, cited or not.
    pub counted: usize,
    /// Publications listed online but not on the sheet, counted or not.
    pub left_out: usize,
}

/// The publications that count towards the grade, weightiest first: placebo-controlled trials,
/// then reviews, uncontrolled studies and case reports, each group in the order given (newest
/// first on a condition page), up to [`MOST_KEY_STUDIES`]. What the rule does not count
/// (protocols, narrative reviews, high doses, repeat reports) stays online.
pub fn key_studies<'a>(publications: &[&'a Publication]) -> KeyStudies<'a> {
    let mut counted: Vec<&Publication> = publications
        .iter()
        .copied()
        .filter(|p| StudyGroup::of(p) != StudyGroup::NotCounted)
        .collect();
    // A stable sort keeps the given order within each group.
    counted.sort_by_key(|p| StudyGroup::of(p));
    let total = counted.len();
    counted.truncate(MOST_KEY_STUDIES);
    KeyStudies {
        left_out: publications.len() - counted.len(),
        counted: total,
        cited: counted,
    }
}

impl KeyStudies<'_> {
    /// The line above the references: what they are and in what order.
    pub fn cited_sentence(&self, words: &dyn Words) -> String {
        let words = &words.ui().sheet;
        if self.cited.len() == self.counted {
            words.cited_all.to_string()
        } else {
            (words.cited_some)(self.cited.len(), self.counted)
        }
    }

    /// The line under the references that sends the reader to the web page for the rest,
    /// or `None` when the sheet cites everything.
    pub fn left_out_sentence(&self, words: &dyn Words) -> Option<String> {
        let words = &words.ui().sheet;
        match (self.left_out, self.cited.len()) {
            (0, _) => None,
            (n, 0) => Some((words.left_out_none_counted)(n)),
            (n, _) => Some((words.left_out_more)(n)),
        }
    }
}

/// What kind of study a reference is and how many took part, e.g.
/// "Randomised controlled trial, 99 participants".
pub fn study_summary(publication: &Publication, words: &dyn Words) -> String {
    let kind = capitalise(words.design(publication.design));
    let sheet = &words.ui().sheet;
    match publication.participants {
        Some(n) if publication.design.is_review() => (sheet.study_review)(&kind, n),
        Some(n) => (sheet.study)(&kind, n),
        None => kind,
    }
}

/// Safety sections the sheet prints, and how many of their points. Everything about who should
/// not take LDN (the clash with opioids matters most to a prescriber), and the headline on side
/// effects; the rest is one address away.
const SAFETY_ON_SHEET: [(&str, usize); 2] =
    [("who-should-not-take-it", usize::MAX), ("side-effects", 1)];

/// One safety heading with the statements printed under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyKeyPoints<'a> {
    pub heading: &'a str,
    pub points: Vec<&'a str>,
}

/// The safety key points for the sheet, in `SAFETY_ON_SHEET` order; a section missing from
/// the data is left out rather than failing the page.
pub fn safety_key_points(safety: &Safety) -> Vec<SafetyKeyPoints<'_>> {
    SAFETY_ON_SHEET
        .iter()
        .filter_map(|(id, most)| {
            let section = safety.sections.iter().find(|s| s.id == *id)?;
            Some(SafetyKeyPoints {
                heading: &section.heading,
                points: section
                    .points
                    .iter()
                    .take(*most)
                    .map(|p| p.text.as_str())
                    .collect(),
            })
        })
        .filter(|key| !key.points.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::SafetyPoint;
    use crate::evidence::model::{Comparison, Design, DoseRange, SafetySection};
    use crate::evidence::test_publication::study;
    use crate::evidence::words::english::English;

    fn ids(key: &KeyStudies) -> Vec<String> {
        key.cited.iter().map(|p| p.id.clone()).collect()
    }

    #[test]
    fn controlled_trials_come_first_then_reviews_then_the_rest() {
        let list = [
            study("case", Design::CaseReport, Comparison::Baseline),
            study("open", Design::OpenLabelTrial, Comparison::Baseline),
            study("meta", Design::MetaAnalysis, Comparison::Placebo),
            study("rct-2024", Design::ParallelRct, Comparison::Placebo),
            study("rct-2010", Design::RandomisedCrossover, Comparison::Placebo),
        ];
        let refs: Vec<&Publication> = list.iter().collect();
        let key = key_studies(&refs);
        assert_eq!(ids(&key), ["rct-2024", "rct-2010", "meta", "open", "case"]);
        assert_eq!(key.left_out, 0);
        assert_eq!(
            key.cited_sentence(&English),
            "The studies that count towards the grade, placebo-controlled trials first."
        );
        assert_eq!(key.left_out_sentence(&English), None);
    }

    #[test]
    fn what_the_grade_does_not_count_stays_online() {
        let mut high_dose = study("high", Design::ParallelRct, Comparison::Placebo);
        high_dose.dose_range = DoseRange::AboveLow;
        let list = [
            high_dose,
            study("plan", Design::Protocol, Comparison::None),
            study("rct", Design::ParallelRct, Comparison::Placebo),
        ];
        let refs: Vec<&Publication> = list.iter().collect();
        let key = key_studies(&refs);
        assert_eq!(ids(&key), ["rct"]);
        assert_eq!(key.left_out, 2);
        assert_eq!(
            key.left_out_sentence(&English).unwrap(),
            "2 more publications are listed on the web page below."
        );
    }

    #[test]
    fn a_long_list_is_cut_to_the_weightiest_studies() {
        let mut list: Vec<Publication> = (0..MOST_KEY_STUDIES + 3)
            .map(|i| {
                study(
                    &format!("open-{i}"),
                    Design::OpenLabelTrial,
                    Comparison::Baseline,
                )
            })
            .collect();
        list.push(study("rct", Design::ParallelRct, Comparison::Placebo));
        let refs: Vec<&Publication> = list.iter().collect();
        let key = key_studies(&refs);
        assert_eq!(key.cited.len(), MOST_KEY_STUDIES);
        assert_eq!(key.cited[0].id, "rct");
        assert_eq!(key.cited[1].id, "open-0");
        assert_eq!(key.left_out, 4);
        assert_eq!(
            key.cited_sentence(&English),
            format!(
                "{MOST_KEY_STUDIES} of the {} publications that count towards the grade, placebo-controlled trials first.",
                MOST_KEY_STUDIES + 4
            )
        );
    }

    #[test]
    fn one_left_out_publication_reads_in_the_singular() {
        let list = [
            study("plan", Design::Protocol, Comparison::None),
            study("rct", Design::ParallelRct, Comparison::Placebo),
        ];
        let refs: Vec<&Publication> = list.iter().collect();
        assert_eq!(
            key_studies(&refs).left_out_sentence(&English).unwrap(),
            "1 more publication is listed on the web page below."
        );
    }

    #[test]
    fn only_uncounted_publications_say_none_counts() {
        let list = [study("plan", Design::Protocol, Comparison::None)];
        let refs: Vec<&Publication> = list.iter().collect();
        let key = key_studies(&refs);
        assert!(key.cited.is_empty());
        assert_eq!(
            key.left_out_sentence(&English).unwrap(),
            "1 publication is listed on the web page below, none of which counts towards the grade."
        );
    }

    #[test]
    fn no_publications_leave_nothing_to_say() {
        let key = key_studies(&[]);
        assert!(key.cited.is_empty());
        assert_eq!(key.left_out_sentence(&English), None);
    }

    #[test]
    fn a_study_summary_names_the_design_and_its_size() {
        let trial = study("rct", Design::ParallelRct, Comparison::Placebo);
        assert_eq!(
            study_summary(&trial, &English),
            "Randomised controlled trial, 40 participants"
        );
        let review = study("meta", Design::MetaAnalysis, Comparison::Placebo);
        assert_eq!(
            study_summary(&review, &English),
            "Meta-analysis, 40 participants in the pooled studies"
        );
        let mut unknown = study("case", Design::CaseReport, Comparison::None);
        unknown.participants = None;
        assert_eq!(study_summary(&unknown, &English), "Case report");
    }

    fn section(id: &str, heading: &str, points: usize) -> SafetySection {
        SafetySection {
            id: id.into(),
            heading: heading.into(),
            translations: Default::default(),
            points: (1..=points)
                .map(|i| SafetyPoint {
                    text: format!("{heading} {i}"),
                    publications: vec![],
                    sources: vec![],
                    translations: Default::default(),
                })
                .collect(),
        }
    }

    #[test]
    fn safety_prints_every_contraindication_and_the_headline_side_effect() {
        let safety = Safety {
            last_reviewed: "2026-01-01".into(),
            sections: vec![
                section("side-effects", "Side effects", 3),
                section("dose", "Dose", 2),
                section("who-should-not-take-it", "Who should not", 4),
            ],
        };
        let key = safety_key_points(&safety);
        assert_eq!(
            key,
            vec![
                SafetyKeyPoints {
                    heading: "Who should not",
                    points: vec![
                        "Who should not 1",
                        "Who should not 2",
                        "Who should not 3",
                        "Who should not 4"
                    ],
                },
                SafetyKeyPoints {
                    heading: "Side effects",
                    points: vec!["Side effects 1"],
                },
            ]
        );
    }

    #[test]
    fn missing_or_empty_safety_sections_are_skipped() {
        let safety = Safety {
            last_reviewed: "2026-01-01".into(),
            sections: vec![section("side-effects", "Side effects", 0)],
        };
        assert!(safety_key_points(&safety).is_empty());
    }
}
