//! The dataset ready for display: every condition with its computed grade and search entry.
//! Built once at start-up so that each keystroke only filters and sorts.

use std::rc::Rc;

use super::grade::Grading;
use super::model::{Condition, Dataset, Publication};
use super::query::Query;
use super::search::{find, SearchEntry, Searchable};

/// A condition together with what the core computed about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionEntry {
    pub condition: Condition,
    pub grading: Grading,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub dataset: Dataset,
    /// Shared, so a card can hold its entry without copying it on every keystroke.
    pub entries: Vec<Rc<ConditionEntry>>,
    searchable: Vec<Searchable>,
}

impl Catalogue {
    pub fn new(dataset: Dataset) -> Catalogue {
        let entries: Vec<Rc<ConditionEntry>> = dataset
            .conditions
            .iter()
            .map(|condition| {
                Rc::new(ConditionEntry {
                    grading: dataset.grade(&condition.id),
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

    pub fn publications_for(&self, id: &str) -> Vec<&Publication> {
        self.dataset.publications_for(id)
    }
}
