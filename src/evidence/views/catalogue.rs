//! The dataset ready for display: every condition with its computed grade and search entry.
//! Built once at start-up so that each keystroke only filters and sorts.

use std::rc::Rc;

use super::query::Query;
use super::search::{find, SearchEntry, Searchable};
use crate::evidence::grading::Grading;
use crate::evidence::model::{Condition, Dataset, GradeMove, Publication, Release};
use crate::evidence::words::Language;

/// A condition together with what the core computed about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionEntry {
    pub condition: Condition,
    pub grading: Grading,
}

/// One release's changes to one condition.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionChanges<'a> {
    pub release: &'a Release,
    pub texts: Vec<&'a str>,
    /// `None`: the grade did not move in this release.
    pub grade_moved: Option<&'a GradeMove>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub dataset: Dataset,
    /// The language of its words (grades, reasons, labels).
    pub language: Language,
    /// Shared, so a card can hold its entry without copying it on every keystroke.
    pub entries: Vec<Rc<ConditionEntry>>,
    searchable: Vec<Searchable>,
}

impl Catalogue {
    pub fn new(dataset: Dataset, language: Language) -> Catalogue {
        let entries: Vec<Rc<ConditionEntry>> = dataset
            .conditions
            .iter()
            .map(|condition| {
                Rc::new(ConditionEntry {
                    grading: dataset.grade(&condition.id, &*language),
                    condition: condition.clone(),
                })
            })
            .collect();
        let searchable = entries
            .iter()
            .map(|entry| Searchable {
                entry: SearchEntry::new(&entry.condition),
                category: entry.condition.category,
                grade: entry.grading.grade,
                participants: entry.grading.participants,
            })
            .collect();
        Catalogue {
            dataset,
            language,
            entries,
            searchable,
        }
    }

    /// Keeps only the conditions whose id passes `keep` (an embed that shows a few).
    pub fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        let kept: Vec<bool> = self.entries.iter().map(|e| keep(&e.condition.id)).collect();
        let mut flags = kept.iter();
        self.entries.retain(|_| *flags.next().unwrap_or(&false));
        let mut flags = kept.iter();
        self.searchable.retain(|_| *flags.next().unwrap_or(&false));
    }

    pub fn entry(&self, id: &str) -> Option<&Rc<ConditionEntry>> {
        self.entries.iter().find(|e| e.condition.id == id)
    }

    /// The entries matching `query`, in display order.
    pub fn search(&self, query: &Query) -> Vec<&Rc<ConditionEntry>> {
        find(&self.searchable, query)
            .into_iter()
            .map(|index| &self.entries[index])
            .collect()
    }

    /// What changed for the condition `id`, release by release, newest first: each release
    /// that names it, with the texts naming it and the grade move it recorded, if any.
    pub fn changes_for(&self, id: &str) -> Vec<ConditionChanges<'_>> {
        self.dataset
            .info
            .changes
            .iter()
            .filter_map(|release| {
                let about: Vec<_> = release
                    .entries
                    .iter()
                    .filter(|e| e.conditions.iter().any(|c| c == id))
                    .collect();
                (!about.is_empty()).then(|| ConditionChanges {
                    release,
                    texts: about.iter().map(|e| e.text.as_str()).collect(),
                    grade_moved: about.iter().find_map(|e| e.grade_moved.as_ref()),
                })
            })
            .collect()
    }

    pub fn publications_for(&self, id: &str) -> Vec<&Publication> {
        self.dataset.publications_for(id)
    }
}
