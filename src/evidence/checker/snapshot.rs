//! The review snapshot: every condition's grade and the reasons for it, and a fingerprint of
//! every record, as last accepted by a maintainer. It is committed beside the data
//! (`data/review-snapshot.json`), so a data change that moves a grade also changes this file,
//! and the move shows in review and has to be accepted on purpose.

use crate::evidence::words::english::English;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::canonical::fingerprint;
use crate::evidence::model::Dataset;

/// The snapshot's file name, inside the dataset folder.
pub const SNAPSHOT_FILE: &str = "review-snapshot.json";

/// The command that accepts the current grades by rewriting the snapshot, for messages.
pub const ACCEPT_COMMAND: &str = "cargo run --bin check-data -- --accept";

/// What the snapshot says about itself, at the top of the file.
const ABOUT: &str = "Grades and record fingerprints as last accepted by a maintainer. Written by \
    `cargo run --bin check-data -- --accept`; do not edit by hand. See docs/adding-a-study.md.";

/// The accepted state of the dataset. Maps are sorted by id and every grade sits on the line
/// after its condition's id, so a diff of this file reads as a list of what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub about: String,
    /// `version` of `data/dataset.json`.
    pub version: String,
    /// `released` of `data/dataset.json`.
    pub released: String,
    /// Fingerprint of the safety panel (`safety` in `data/safety.json`).
    pub safety: String,
    pub conditions: BTreeMap<String, ConditionSnapshot>,
    pub publications: BTreeMap<String, PublicationSnapshot>,
}

/// A condition's accepted grade, with what is needed to describe it once it is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionSnapshot {
    /// The grade's stable slug, e.g. `mixed` (see `EvidenceGrade::slug`).
    pub grade: String,
    pub name: String,
    /// Fingerprint of the condition record (not of its publications, which have their own).
    pub fingerprint: String,
    /// The grading rule's reasons, as shown under "why this grade".
    pub reasons: Vec<String>,
}

/// A publication's fingerprint, with what is needed to describe it once it is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicationSnapshot {
    pub fingerprint: String,
    pub title: String,
    pub conditions: Vec<String>,
}

impl Snapshot {
    /// The snapshot of a validated dataset: grades computed by the published rule.
    pub fn of(dataset: &Dataset) -> Snapshot {
        let conditions = dataset
            .conditions
            .iter()
            .map(|condition| {
                let grading = dataset.grade(&condition.id, &English);
                let record = ConditionSnapshot {
                    grade: grading.grade.slug().to_string(),
                    name: condition.name.clone(),
                    fingerprint: fingerprint(condition),
                    reasons: grading.reasons,
                };
                (condition.id.clone(), record)
            })
            .collect();
        let publications = dataset
            .publications
            .iter()
            .map(|publication| {
                let record = PublicationSnapshot {
                    fingerprint: fingerprint(publication),
                    title: publication.title.clone(),
                    conditions: publication.conditions.clone(),
                };
                (publication.id.clone(), record)
            })
            .collect();
        Snapshot {
            about: ABOUT.to_string(),
            version: dataset.info.version.clone(),
            released: dataset.info.released.clone(),
            safety: fingerprint(&dataset.safety),
            conditions,
            publications,
        }
    }

    /// The file's text: pretty JSON, one value per line, ending in a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a snapshot serialises");
        text.push('\n');
        text
    }

    pub fn from_json(text: &str) -> Result<Snapshot, serde_json::Error> {
        serde_json::from_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::{Safety, SafetyPoint, SafetySection};
    use crate::evidence::test_publication::one_small_positive_trial;

    fn dataset() -> Dataset {
        let mut dataset = one_small_positive_trial();
        dataset.info.released = "2026-11-23".into();
        dataset.safety = Safety {
            last_reviewed: "2026-11-23".into(),
            sections: vec![SafetySection {
                id: "side-effects".into(),
                heading: "Side effects".into(),
                translations: Default::default(),
                points: vec![SafetyPoint {
                    text: "Vivid dreams.".into(),
                    publications: vec!["doe-2020".into()],
                    sources: vec![],
                    translations: Default::default(),
                }],
            }],
        };
        dataset
    }

    #[test]
    fn the_snapshot_holds_each_grade_with_its_reasons() {
        let snapshot = Snapshot::of(&dataset());
        let condition = &snapshot.conditions["c"];
        assert_eq!(condition.grade, "preliminary");
        assert_eq!(condition.name, "Condition C");
        assert!(condition
            .reasons
            .iter()
            .any(|r| r.contains("found a benefit")));
        assert_eq!(snapshot.publications["doe-2020"].conditions, vec!["c"]);
    }

    #[test]
    fn a_snapshot_survives_being_written_and_read_back() {
        let snapshot = Snapshot::of(&dataset());
        assert_eq!(Snapshot::from_json(&snapshot.to_json()).unwrap(), snapshot);
    }

    #[test]
    fn a_grade_sits_on_the_line_after_its_condition_id() {
        let text = Snapshot::of(&dataset()).to_json();
        assert!(
            text.contains("\"c\": {\n      \"grade\": \"preliminary\","),
            "{text}"
        );
    }

    #[test]
    fn only_a_changed_record_changes_its_fingerprint() {
        let before = Snapshot::of(&dataset());
        let mut changed = dataset();
        changed.publications[0].participants = Some(41);
        let after = Snapshot::of(&changed);
        assert_ne!(
            before.publications["doe-2020"].fingerprint,
            after.publications["doe-2020"].fingerprint
        );
        assert_eq!(
            before.conditions["c"].fingerprint,
            after.conditions["c"].fingerprint
        );
        assert_eq!(before.safety, after.safety);
    }
}
