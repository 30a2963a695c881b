//! The evidence map: one row per condition, one column per rung of the design ladder, and in
//! each cell the counted publications of that design, how many people they studied and which
//! way their results went. The UI draws it as a chart and as a table from this one model.

use super::address::{pairs, FromAddress};
use super::catalogue::Catalogue;

use crate::evidence::grading::{EvidenceGrade, Exclusion};
use crate::evidence::model::{Design, Direction, Publication};
use crate::evidence::words::ui::MapWords;

/// The columns of the map, from the weakest kind of evidence to the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MapColumn {
    CaseReports,
    Uncontrolled,
    Observational,
    ControlledTrials,
    Reviews,
}

impl MapColumn {
    pub const ALL: [MapColumn; 5] = [
        MapColumn::CaseReports,
        MapColumn::Uncontrolled,
        MapColumn::Observational,
        MapColumn::ControlledTrials,
        MapColumn::Reviews,
    ];

    /// The column a design belongs to; protocols and narrative reviews report no findings.
    pub fn of(design: Design) -> Option<MapColumn> {
        match design {
            Design::Protocol | Design::NarrativeReview => None,
            Design::CaseReport | Design::CaseSeries => Some(MapColumn::CaseReports),
            Design::OpenLabelTrial => Some(MapColumn::Uncontrolled),
            Design::RetrospectiveCohort | Design::RegistryStudy => Some(MapColumn::Observational),
            Design::ControlledTrial
            | Design::SingleBlindCrossover
            | Design::RandomisedCrossover
            | Design::ParallelRct => Some(MapColumn::ControlledTrials),
            Design::SystematicReview | Design::MetaAnalysis => Some(MapColumn::Reviews),
        }
    }

    /// The column's heading and, for the legend, what it holds.
    fn words(self, words: &MapWords) -> (&'static str, &'static str) {
        match self {
            MapColumn::CaseReports => words.case_reports,
            MapColumn::Uncontrolled => words.uncontrolled,
            MapColumn::Observational => words.observational,
            MapColumn::ControlledTrials => words.controlled_trials,
            MapColumn::Reviews => words.reviews,
        }
    }

    pub fn label(self, words: &MapWords) -> &'static str {
        self.words(words).0
    }

    /// What the column holds, for the legend.
    pub fn explanation(self, words: &MapWords) -> &'static str {
        self.words(words).1
    }

    pub fn slug(self) -> &'static str {
        match self {
            MapColumn::CaseReports => "case-reports",
            MapColumn::Uncontrolled => "uncontrolled",
            MapColumn::Observational => "observational",
            MapColumn::ControlledTrials => "controlled-trials",
            MapColumn::Reviews => "reviews",
        }
    }
}

/// How the rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MapOrder {
    /// Most support for a benefit first, as on the badges; then by name.
    #[default]
    Grade,
    Name,
}

impl MapOrder {
    pub const ALL: [MapOrder; 2] = [MapOrder::Grade, MapOrder::Name];

    pub fn slug(self) -> &'static str {
        match self {
            MapOrder::Grade => "grade",
            MapOrder::Name => "name",
        }
    }

    pub fn label(self, words: &MapWords) -> &'static str {
        match self {
            MapOrder::Grade => words.order_grade,
            MapOrder::Name => words.order_name,
        }
    }

    pub fn from_slug(slug: &str) -> Option<MapOrder> {
        MapOrder::ALL.into_iter().find(|o| o.slug() == slug)
    }
}

/// One publication as the map shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MapStudy {
    pub publication_id: String,
    pub direction: Direction,
    pub participants: Option<u32>,
}

/// The publications of one design in one condition.
#[derive(Debug, Clone, PartialEq)]
pub struct MapCell {
    pub column: MapColumn,
    /// Newest first, as on the condition page.
    pub studies: Vec<MapStudy>,
    /// The direction the studies share, or `Mixed` when they disagree.
    pub direction: Direction,
    /// People studied. For reviews, the largest review's pooled number, because reviews of
    /// the same condition pool many of the same trials and adding them would count people twice.
    pub participants: u32,
    /// Some study in the cell did not report how many people took part.
    pub participants_incomplete: bool,
}

impl MapCell {
    /// The people under a mark, e.g. "412 people"; "at least 40" when a study gave no number.
    pub fn people_label(&self, words: &MapWords) -> String {
        let people = self.participants as usize;
        match (self.participants_incomplete, people) {
            (true, 0) => words.size_unknown.to_string(),
            (true, _) => (words.at_least)(people),
            (false, _) => (words.people)(people),
        }
    }

    /// The cell in one sentence, e.g. "3 studies with 412 people: mixed results".
    pub fn summary(&self, words: &MapWords) -> String {
        let count = self.studies.len();
        let studies = match self.column {
            MapColumn::Reviews => (words.reviews_count)(count),
            MapColumn::CaseReports => (words.reports)(count),
            _ => (words.studies)(count),
        };
        let people = self.people_label(words);
        let people = match (self.column, count) {
            (MapColumn::Reviews, 1) => (words.pooling)(&people),
            (MapColumn::Reviews, _) => (words.largest_pooling)(&people),
            _ => (words.with_people)(&people),
        };
        format!(
            "{studies} {people}: {}",
            direction_phrase(self.direction, words)
        )
    }
}

/// What a direction means, as a phrase that follows a colon.
pub fn direction_phrase(direction: Direction, words: &MapWords) -> &'static str {
    match direction {
        Direction::Benefit => words.benefit_phrase,
        Direction::NoDifference => words.no_difference_phrase,
        Direction::Mixed => words.mixed_phrase,
        Direction::Worse => words.worse_phrase,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapRow {
    pub condition_id: String,
    pub name: String,
    pub grade: EvidenceGrade,
    /// One slot per [`MapColumn::ALL`]; `None` is a gap: no counted study of that design.
    pub cells: Vec<Option<MapCell>>,
}

impl MapRow {
    pub fn cell(&self, column: MapColumn) -> Option<&MapCell> {
        self.cells.iter().flatten().find(|c| c.column == column)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceMap {
    pub rows: Vec<MapRow>,
    /// The largest cell, which sets the scale of every mark.
    pub largest_cell: u32,
}

impl EvidenceMap {
    /// The map of every condition in the catalogue, in the given order.
    pub fn build(catalogue: &Catalogue, order: MapOrder) -> EvidenceMap {
        let mut rows: Vec<MapRow> = catalogue
            .entries
            .iter()
            .map(|entry| {
                let id = &entry.condition.id;
                let publications = catalogue.publications_for(id);
                MapRow {
                    condition_id: id.clone(),
                    name: entry.condition.name.clone(),
                    grade: entry.grading.grade,
                    cells: MapColumn::ALL
                        .into_iter()
                        .map(|column| cell(column, id, &publications))
                        .collect(),
                }
            })
            .collect();
        match order {
            MapOrder::Grade => rows.sort_by(|a, b| a.grade.cmp(&b.grade).then(a.name.cmp(&b.name))),
            MapOrder::Name => rows.sort_by(|a, b| a.name.cmp(&b.name)),
        }
        let largest_cell = rows
            .iter()
            .flat_map(|row| row.cells.iter().flatten())
            .map(|cell| cell.participants)
            .max()
            .unwrap_or(0);
        EvidenceMap { rows, largest_cell }
    }

    pub fn study_count(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|row| row.cells.iter().flatten())
            .map(|cell| cell.studies.len())
            .sum()
    }
}

/// How the reader asked to order the map, kept in the address (`map/?order=name`); the chart
/// and the table are pages of their own (`map/`, `map/table/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MapSettings {
    pub order: MapOrder,
}

const ORDER_KEY: &str = "order";

impl MapSettings {
    /// Reads the settings from a query string; anything unknown is skipped and reported.
    pub fn from_query_string(query_string: &str) -> FromAddress<MapSettings> {
        let mut settings = MapSettings::default();
        let mut ignored = Vec::new();
        for (key, value) in pairs(query_string) {
            match (key.as_ref(), value.as_ref()) {
                (ORDER_KEY, slug) => match MapOrder::from_slug(slug) {
                    Some(order) => settings.order = order,
                    None => ignored.push(format!("unknown order {slug:?}")),
                },
                (other, _) => ignored.push(format!("unknown parameter {other:?}")),
            }
        }
        FromAddress {
            value: settings,
            ignored,
        }
    }

    /// Address parameters, leaving out defaults so the plain map has none.
    pub fn to_params(self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if self.order != MapOrder::default() {
            params.push((ORDER_KEY, self.order.slug().to_string()));
        }
        params
    }
}

/// The cell of `column` for a condition: the counted publications of that design, if any.
/// Publications the grade leaves out (protocols, doses above LDN, repeat reports…) are not drawn.
fn cell(column: MapColumn, condition_id: &str, publications: &[&Publication]) -> Option<MapCell> {
    let studies: Vec<MapStudy> = publications
        .iter()
        .filter(|p| Exclusion::of(p).is_none() && MapColumn::of(p.design) == Some(column))
        .map(|p| MapStudy {
            publication_id: p.id.clone(),
            direction: direction_of(p, condition_id),
            participants: p.participants,
        })
        .collect();
    let first = studies.first()?;
    let direction = if studies.iter().all(|s| s.direction == first.direction) {
        first.direction
    } else {
        Direction::Mixed
    };
    let known = studies.iter().filter_map(|s| s.participants);
    let participants = if column == MapColumn::Reviews {
        known.max().unwrap_or(0)
    } else {
        known.sum()
    };
    Some(MapCell {
        column,
        participants_incomplete: studies.iter().any(|s| s.participants.is_none()),
        direction,
        participants,
        studies,
    })
}

/// Which way a publication's results went for one condition: its main outcomes decide when it
/// marks any, and outcomes that disagree make it mixed.
pub fn direction_of(publication: &Publication, condition_id: &str) -> Direction {
    let deciding: Vec<Direction> = publication
        .deciding_outcomes(condition_id)
        .iter()
        .map(|o| o.direction)
        .collect();
    match deciding.first() {
        Some(&first) if deciding.iter().all(|&d| d == first) => first,
        _ => Direction::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::{Comparison, DoseRange};
    use crate::evidence::test_publication::{outcome, publication};
    use crate::evidence::words::english_ui::UI;

    fn study(id: &str, design: Design, people: u32, direction: Direction) -> Publication {
        let mut p = publication(
            id,
            design,
            people,
            vec![outcome(direction, Comparison::Placebo, true)],
        );
        p.conditions = vec!["lupus".to_string()];
        p
    }

    fn cell_of(list: &[Publication], column: MapColumn) -> Option<MapCell> {
        let refs: Vec<&Publication> = list.iter().collect();
        cell(column, "lupus", &refs)
    }

    #[test]
    fn every_counted_design_has_a_column_and_the_ladder_runs_weakest_first() {
        assert_eq!(
            MapColumn::of(Design::CaseSeries),
            Some(MapColumn::CaseReports)
        );
        assert_eq!(
            MapColumn::of(Design::RegistryStudy),
            Some(MapColumn::Observational)
        );
        assert_eq!(
            MapColumn::of(Design::ParallelRct),
            Some(MapColumn::ControlledTrials)
        );
        assert_eq!(
            MapColumn::of(Design::MetaAnalysis),
            Some(MapColumn::Reviews)
        );
        assert_eq!(MapColumn::of(Design::Protocol), None);
        assert_eq!(MapColumn::of(Design::NarrativeReview), None);
        let mut sorted = MapColumn::ALL;
        sorted.sort();
        assert_eq!(sorted, MapColumn::ALL);
    }

    #[test]
    fn a_cell_adds_up_people_and_says_mixed_when_studies_disagree() {
        let list = [
            study("a", Design::ParallelRct, 60, Direction::Benefit),
            study(
                "b",
                Design::RandomisedCrossover,
                30,
                Direction::NoDifference,
            ),
            study("c", Design::CaseReport, 1, Direction::Benefit),
        ];
        let trials = cell_of(&list, MapColumn::ControlledTrials).unwrap();
        assert_eq!(trials.participants, 90);
        assert_eq!(trials.direction, Direction::Mixed);
        assert_eq!(trials.studies.len(), 2);
        let cases = cell_of(&list, MapColumn::CaseReports).unwrap();
        assert_eq!(
            (cases.participants, cases.direction),
            (1, Direction::Benefit)
        );
    }

    #[test]
    fn designs_without_studies_are_gaps() {
        let list = [study("a", Design::ParallelRct, 60, Direction::Benefit)];
        assert!(cell_of(&list, MapColumn::Observational).is_none());
        assert!(cell_of(&[], MapColumn::ControlledTrials).is_none());
    }

    #[test]
    fn reviews_show_the_largest_pool_so_nobody_is_counted_twice() {
        let list = [
            study("meta-1", Design::MetaAnalysis, 300, Direction::Benefit),
            study("meta-2", Design::SystematicReview, 200, Direction::Benefit),
        ];
        assert_eq!(
            cell_of(&list, MapColumn::Reviews).unwrap().participants,
            300
        );
    }

    #[test]
    fn studies_the_grade_leaves_out_are_not_drawn() {
        let mut high = study("high", Design::ParallelRct, 100, Direction::NoDifference);
        high.dose_range = DoseRange::AboveLow;
        let mut abstract_only = study("abstract", Design::ParallelRct, 50, Direction::Benefit);
        abstract_only.peer_reviewed = false;
        let list = [high, abstract_only];
        assert!(cell_of(&list, MapColumn::ControlledTrials).is_none());
    }

    #[test]
    fn unknown_numbers_are_flagged_not_guessed() {
        let mut unknown = study("u", Design::CaseSeries, 0, Direction::Benefit);
        unknown.participants = None;
        let list = [
            unknown,
            study("k", Design::CaseReport, 1, Direction::Benefit),
        ];
        let cases = cell_of(&list, MapColumn::CaseReports).unwrap();
        assert_eq!(cases.participants, 1);
        assert!(cases.participants_incomplete);
    }

    #[test]
    fn cells_describe_themselves_in_words() {
        let list = [
            study("a", Design::ParallelRct, 1200, Direction::Benefit),
            study("b", Design::ParallelRct, 30, Direction::Benefit),
        ];
        let trials = cell_of(&list, MapColumn::ControlledTrials).unwrap();
        let words = &UI.map;
        assert_eq!(trials.people_label(words), "1,230 people");
        assert_eq!(
            trials.summary(words),
            "2 studies with 1,230 people: benefit"
        );
        let one = [study("m", Design::MetaAnalysis, 1, Direction::NoDifference)];
        let review = cell_of(&one, MapColumn::Reviews).unwrap();
        assert_eq!(
            review.summary(words),
            "1 review pooling 1 person: no difference"
        );
    }

    #[test]
    fn settings_survive_the_address_and_bad_values_are_reported() {
        let settings = MapSettings {
            order: MapOrder::Name,
        };
        let query: String = settings
            .to_params()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        let read = MapSettings::from_query_string(&query);
        assert_eq!((read.value, read.ignored), (settings, vec![]));
        assert!(MapSettings::default().to_params().is_empty());
        let read = MapSettings::from_query_string("?order=size&view=table&x=1");
        assert_eq!(read.value, MapSettings::default());
        assert_eq!(read.ignored.len(), 3);
    }

    #[test]
    fn main_outcomes_decide_a_publications_direction() {
        let mut p = study("p", Design::ParallelRct, 40, Direction::NoDifference);
        let mut secondary = outcome(Direction::Benefit, Comparison::Placebo, false);
        secondary.measure = "sleep".to_string();
        p.outcomes.push(secondary);
        assert_eq!(direction_of(&p, "lupus"), Direction::NoDifference);
        p.outcomes[0].primary = false;
        assert_eq!(direction_of(&p, "lupus"), Direction::Mixed);
    }

    #[test]
    fn outcomes_about_another_condition_do_not_count() {
        let mut p = study("p", Design::OpenLabelTrial, 40, Direction::Benefit);
        let mut other = outcome(Direction::NoDifference, Comparison::Baseline, true);
        other.condition = Some("crohns".to_string());
        p.outcomes.push(other);
        assert_eq!(direction_of(&p, "lupus"), Direction::Benefit);
        assert_eq!(direction_of(&p, "crohns"), Direction::Mixed);
    }
}
