//! The review summary: what changed between the accepted snapshot and the data as it is now —
//! records added, removed or changed, and above all every grade that moves, with the grading
//! rule's reasons — written for a maintainer who is not a programmer.

use crate::evidence::words::{english::English, Words};
use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::snapshot::Snapshot;
use super::warnings::Warning;
use crate::evidence::grading::EvidenceGrade;
use crate::evidence::model::{DatasetInfo, GradeMove};

/// A record that is new, gone or different, named so a person can recognise it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordChange {
    pub id: String,
    /// A publication's title or a condition's name.
    pub label: String,
    /// For publications: the conditions it informs (before and after, without repeats).
    pub conditions: Vec<String>,
}

/// Records of one kind that were added, removed or changed, each list sorted by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordChanges {
    pub added: Vec<RecordChange>,
    pub removed: Vec<RecordChange>,
    pub changed: Vec<RecordChange>,
}

impl RecordChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A condition whose grade or reasons differ from the accepted ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeChange {
    pub condition_id: String,
    pub name: String,
    /// Grade slugs, as in the snapshot.
    pub before: String,
    pub after: String,
    pub reasons_before: Vec<String>,
    pub reasons_after: Vec<String>,
    /// Publications of this condition that were added, removed or changed, e.g.
    /// `smith-2027 (added)`: what most likely moved the grade.
    pub caused_by: Vec<String>,
}

/// Everything that differs between the accepted snapshot and the current data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Review {
    /// `(before, after)` of `version` and `released` in `data/dataset.json`, when they differ.
    pub version: Option<(String, String)>,
    pub released: Option<(String, String)>,
    pub conditions: RecordChanges,
    pub publications: RecordChanges,
    pub safety_changed: bool,
    /// Conditions whose grade moved.
    pub grade_changes: Vec<GradeChange>,
    /// Conditions whose grade stayed but whose explanation changed (e.g. new participant counts).
    pub reason_changes: Vec<GradeChange>,
}

impl Review {
    /// Compares the accepted snapshot with the snapshot of the data as it is now.
    pub fn between(accepted: &Snapshot, now: &Snapshot) -> Review {
        let differs = |a: &String, b: &String| (a != b).then(|| (a.clone(), b.clone()));
        let conditions = record_changes(&accepted.conditions, &now.conditions, |c| {
            (c.fingerprint.as_str(), c.name.clone(), Vec::new())
        });
        let publications = record_changes(&accepted.publications, &now.publications, |p| {
            (
                p.fingerprint.as_str(),
                p.title.clone(),
                p.conditions.clone(),
            )
        });
        let mut review = Review {
            version: differs(&accepted.version, &now.version),
            released: differs(&accepted.released, &now.released),
            safety_changed: accepted.safety != now.safety,
            ..Review::default()
        };
        for (id, after) in &now.conditions {
            let Some(before) = accepted.conditions.get(id) else {
                continue;
            };
            if before.grade == after.grade && before.reasons == after.reasons {
                continue;
            }
            let caused_by = publications
                .added
                .iter()
                .map(|p| (p, "added"))
                .chain(publications.removed.iter().map(|p| (p, "removed")))
                .chain(publications.changed.iter().map(|p| (p, "changed")))
                .filter(|(p, _)| p.conditions.contains(id))
                .map(|(p, what)| format!("{} ({what})", p.id))
                .collect();
            let change = GradeChange {
                condition_id: id.clone(),
                name: after.name.clone(),
                before: before.grade.clone(),
                after: after.grade.clone(),
                reasons_before: before.reasons.clone(),
                reasons_after: after.reasons.clone(),
                caused_by,
            };
            if before.grade == after.grade {
                review.reason_changes.push(change);
            } else {
                review.grade_changes.push(change);
            }
        }
        review.conditions = conditions;
        review.publications = publications;
        review
    }

    /// True when the data is exactly as accepted.
    pub fn is_empty(&self) -> bool {
        self == &Review::default()
    }

    /// True when any record changed, not just the version or date.
    pub fn records_changed(&self) -> bool {
        !self.conditions.is_empty()
            || !self.publications.is_empty()
            || self.safety_changed
            || !self.grade_changes.is_empty()
            || !self.reason_changes.is_empty()
    }

    /// The version the changes call for under the bump rules in docs/adding-a-study.md: the
    /// next MINOR when records were added or removed or a grade moved, else the next PATCH.
    pub fn suggested_version(&self, accepted_version: &str) -> Option<String> {
        let numbers: Vec<u64> = accepted_version
            .split('.')
            .map(|part| part.parse().ok())
            .collect::<Option<_>>()?;
        let [major, minor, patch] = numbers[..] else {
            return None;
        };
        let minor_change = !self.conditions.added.is_empty()
            || !self.conditions.removed.is_empty()
            || !self.publications.added.is_empty()
            || !self.publications.removed.is_empty()
            || !self.grade_changes.is_empty();
        Some(if minor_change {
            format!("{major}.{}.0", minor + 1)
        } else {
            format!("{major}.{minor}.{}", patch + 1)
        })
    }

    /// Grade moves this release makes that its entry in `changes` (data/dataset.json) does not
    /// record exactly, so that what readers are told about grades is what the rule computed.
    pub fn grade_move_warnings(&self, info: &DatasetInfo) -> Vec<Warning> {
        if self.grade_changes.is_empty() {
            return Vec::new();
        }
        let recorded: Vec<(&str, &GradeMove)> = info
            .changes
            .first()
            .map(|release| {
                release
                    .entries
                    .iter()
                    .filter_map(|e| Some((e.conditions.first()?.as_str(), e.grade_moved.as_ref()?)))
                    .collect()
            })
            .unwrap_or_default();
        let mut warnings = Vec::new();
        for change in &self.grade_changes {
            let expected = GradeMove {
                from: change.before.clone(),
                to: change.after.clone(),
            };
            let found = recorded.iter().find(|(id, _)| *id == change.condition_id);
            if found.is_some_and(|(_, moved)| **moved == expected) {
                continue;
            }
            warnings.push(Warning {
                file: "data/dataset.json".into(),
                path: "changes[0].entries".into(),
                reason: format!(
                    "the grade of {} moves from \"{}\" to \"{}\": say so to readers with an entry \
                     {{\"conditions\": [\"{}\"], \"text\": \"...\", \"grade_moved\": {{\"from\": \"{}\", \
                     \"to\": \"{}\"}}}}",
                    change.name,
                    change.before,
                    change.after,
                    change.condition_id,
                    change.before,
                    change.after
                ),
            });
        }
        for (id, moved) in &recorded {
            if !self.grade_changes.iter().any(|c| c.condition_id == *id) {
                warnings.push(Warning {
                    file: "data/dataset.json".into(),
                    path: "changes[0].entries".into(),
                    reason: format!(
                        "an entry says the grade of {id} moved from \"{}\" to \"{}\", but the rule \
                         gives it the same grade as the last accepted review: remove \"grade_moved\"",
                        moved.from, moved.to
                    ),
                });
            }
        }
        warnings
    }

    /// Reminders about `data/dataset.json` when records changed but its version or date did not.
    /// A version is raised once per release: one already dated today is this release's, and
    /// further changes on the same day only need it raised further if they call for a bigger
    /// step than it took from the previous release.
    pub fn version_warnings(
        &self,
        accepted: &Snapshot,
        info: &DatasetInfo,
        today: &str,
    ) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if !self.records_changed() {
            return warnings;
        }
        let warn = |path: &str, reason: String| Warning::new("data/dataset.json", path, reason);
        if self.version.is_none() {
            let current = &accepted.version;
            let previous_release = info
                .changes
                .iter()
                .map(|release| &release.version)
                .find(|version| *version != current);
            if accepted.released == today {
                let needed = previous_release.and_then(|v| self.suggested_version(v));
                if let Some(needed) = needed.filter(|needed| newer(needed, current)) {
                    warnings.push(warn(
                        "version",
                        format!(
                            "{current} was raised for this release, but these changes call for \
                             {needed}: raise it to {needed} (one raise per release, counted from \
                             the last release, {})",
                            previous_release.map_or("", String::as_str)
                        ),
                    ));
                }
            } else {
                let raise = match self.suggested_version(current) {
                    Some(next) => format!("raise it to {next}"),
                    None => "raise it".to_string(),
                };
                warnings.push(warn(
                    "version",
                    format!(
                        "still {current} although records changed: {raise} (see \"Version and \
                         date\" in docs/adding-a-study.md). One raise per release is enough: if \
                         {current} has not been published yet, keep it and set \"released\" to \
                         today instead"
                    ),
                ));
            }
        }
        // A date that is already today is the date of this change, even if unchanged.
        if self.released.is_none() && accepted.released != today {
            warnings.push(warn(
                "released",
                format!(
                    "still {} although records changed: set it to the date of this change \
                     (today is {today})",
                    accepted.released
                ),
            ));
        }
        warnings
    }

    /// Conditions that gained a publication while their own record (its summary and
    /// `last_reviewed`) stayed exactly as accepted: a new study usually changes what the
    /// summary should say, and always the date the condition was last reviewed.
    pub fn untouched_condition_warnings(&self) -> Vec<Warning> {
        let mut added_to: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for publication in &self.publications.added {
            for condition in &publication.conditions {
                added_to.entry(condition).or_default().push(&publication.id);
            }
        }
        let touched = |id: &str| {
            self.conditions
                .added
                .iter()
                .chain(&self.conditions.changed)
                .any(|c| c.id == id)
        };
        added_to
            .into_iter()
            .filter(|(condition, _)| !touched(condition))
            .map(|(condition, added)| {
                Warning::new(
                    &format!("data/conditions/{condition}.json"),
                    "condition",
                    format!(
                        "{} added, but the condition's summary and last_reviewed are as they \
                         were: check that the summary still says what the studies show, and set \
                         last_reviewed to today's date",
                        added.join(", ")
                    ),
                )
            })
            .collect()
    }

    /// The summary as plain text, one item per line, for the checker to print.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.is_empty() {
            out.push_str("Nothing changed since the last accepted review.\n");
            return out;
        }
        if let Some((before, after)) = &self.version {
            let _ = writeln!(out, "Dataset version: {before} → {after}");
        }
        if let Some((before, after)) = &self.released {
            let _ = writeln!(out, "Dataset date: {before} → {after}");
        }
        render_records(&mut out, "Publications", &self.publications, true);
        render_records(&mut out, "Conditions", &self.conditions, false);
        if self.safety_changed {
            out.push_str("Safety panel (data/safety.json): changed\n");
        }
        if self.grade_changes.is_empty() {
            out.push_str("\nNo grade changes.\n");
        } else {
            let _ = writeln!(
                out,
                "\nGRADE CHANGES ({}): these change what readers are told. Check each one.",
                self.grade_changes.len()
            );
            for change in &self.grade_changes {
                let _ = writeln!(
                    out,
                    "\n  {} ({}): \"{}\" → \"{}\"",
                    change.name,
                    change.condition_id,
                    label(&change.before),
                    label(&change.after)
                );
                render_cause(&mut out, change);
                let _ = writeln!(out, "    Why it is \"{}\" now:", label(&change.after));
                render_reasons(&mut out, &change.reasons_after);
                let _ = writeln!(out, "    Why it was \"{}\" before:", label(&change.before));
                render_reasons(&mut out, &change.reasons_before);
            }
        }
        if !self.reason_changes.is_empty() {
            let _ = writeln!(
                out,
                "\nSame grade, new explanation ({}):",
                self.reason_changes.len()
            );
            for change in &self.reason_changes {
                let _ = writeln!(
                    out,
                    "\n  {} ({}): still \"{}\"",
                    change.name,
                    change.condition_id,
                    label(&change.after)
                );
                render_cause(&mut out, change);
                out.push_str("    Now:\n");
                render_reasons(&mut out, &change.reasons_after);
                out.push_str("    Before:\n");
                render_reasons(&mut out, &change.reasons_before);
            }
        }
        out
    }
}

/// Added, removed and changed records by comparing fingerprints; `describe` gives a record's
/// fingerprint, label and conditions.
fn record_changes<T>(
    before: &BTreeMap<String, T>,
    after: &BTreeMap<String, T>,
    describe: impl Fn(&T) -> (&str, String, Vec<String>),
) -> RecordChanges {
    let entry = |id: &String, record: &T, also: Option<&T>| {
        let (_, label, mut conditions) = describe(record);
        if let Some(other) = also {
            for condition in describe(other).2 {
                if !conditions.contains(&condition) {
                    conditions.push(condition);
                }
            }
        }
        RecordChange {
            id: id.clone(),
            label,
            conditions,
        }
    };
    let mut changes = RecordChanges::default();
    for (id, now) in after {
        match before.get(id) {
            None => changes.added.push(entry(id, now, None)),
            Some(then) if describe(then).0 != describe(now).0 => {
                changes.changed.push(entry(id, now, Some(then)))
            }
            Some(_) => {}
        }
    }
    for (id, then) in before {
        if !after.contains_key(id) {
            changes.removed.push(entry(id, then, None));
        }
    }
    changes
}

fn render_records(out: &mut String, kind: &str, changes: &RecordChanges, with_conditions: bool) {
    for (what, mark, records) in [
        ("added", "+", &changes.added),
        ("changed", "~", &changes.changed),
        ("removed", "-", &changes.removed),
    ] {
        if records.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{kind} {what} ({}):", records.len());
        for record in records {
            let _ = write!(out, "  {mark} {}: {}", record.id, record.label);
            if with_conditions && !record.conditions.is_empty() {
                let _ = write!(out, " [{}]", record.conditions.join(", "));
            }
            out.push('\n');
        }
    }
}

fn render_cause(out: &mut String, change: &GradeChange) {
    if change.caused_by.is_empty() {
        out.push_str(
            "    No publication of this condition changed: the grading rule \
             (src/evidence/grading/rule.rs) did.\n",
        );
    } else {
        let _ = writeln!(out, "    Because of: {}", change.caused_by.join(", "));
    }
}

fn render_reasons(out: &mut String, reasons: &[String]) {
    for reason in reasons {
        let _ = writeln!(out, "      - {reason}");
    }
}

/// The badge's words for a grade slug, or the slug itself if it is not a known grade.
fn label(slug: &str) -> &str {
    match EvidenceGrade::from_slug(slug) {
        Some(grade) => English.grade(grade).label,
        None => slug,
    }
}

/// Whether version `a` comes after `b` (both MAJOR.MINOR.PATCH; anything else never does).
fn newer(a: &str, b: &str) -> bool {
    let parse = |v: &str| -> Option<Vec<u64>> { v.split('.').map(|p| p.parse().ok()).collect() };
    matches!((parse(a), parse(b)), (Some(a), Some(b)) if a > b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::{
        Category, Comparison, Condition, Dataset, DatasetInfo, Design, Direction, Publication,
        Release, Safety,
    };
    use crate::evidence::test_publication::{outcome, publication};

    fn condition(id: &str) -> Condition {
        Condition {
            id: id.into(),
            name: format!("Condition {id}"),
            aliases: vec![],
            category: Category::Pain,
            summary: "What was found.".into(),
            outcomes_studied: vec!["pain".into()],
            last_reviewed: "2026-11-23".into(),
            literature_search: None,
            translations: Default::default(),
        }
    }

    fn trial(id: &str, condition: &str, participants: u32, direction: Direction) -> Publication {
        let mut trial = publication(
            id,
            Design::ParallelRct,
            participants,
            vec![outcome(direction, Comparison::Placebo, true)],
        );
        trial.conditions = vec![condition.into()];
        trial
    }

    fn dataset(conditions: &[&str], publications: Vec<Publication>) -> Dataset {
        Dataset {
            info: DatasetInfo {
                version: "1.4.2".into(),
                released: "2026-11-01".into(),
                languages: vec!["en".into()],
                recognised_sources: vec!["doi.org".into()],
                changes: vec![],
            },
            conditions: conditions.iter().map(|id| condition(id)).collect(),
            publications,
            safety: Safety {
                last_reviewed: "2026-11-01".into(),
                sections: vec![],
            },
        }
    }

    /// Two conditions: `a` with one small positive trial (Preliminary), `b` with a case report.
    fn accepted() -> Dataset {
        let mut case = publication("roe-2019", Design::CaseReport, 1, vec![]);
        case.conditions = vec!["b".into()];
        case.outcomes = vec![outcome(Direction::Benefit, Comparison::Baseline, true)];
        dataset(
            &["a", "b"],
            vec![trial("doe-2020", "a", 40, Direction::Benefit), case],
        )
    }

    fn review(before: &Dataset, after: &Dataset) -> Review {
        Review::between(&Snapshot::of(before), &Snapshot::of(after))
    }

    fn ids(records: &[RecordChange]) -> Vec<&str> {
        records.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn the_same_data_gives_an_empty_review() {
        let review = review(&accepted(), &accepted());
        assert!(review.is_empty());
        assert!(review.render().starts_with("Nothing changed"));
    }

    #[test]
    fn an_added_publication_is_listed_with_its_conditions() {
        let mut now = accepted();
        now.publications
            .push(trial("poe-2027", "b", 20, Direction::Benefit));
        let review = review(&accepted(), &now);
        assert_eq!(ids(&review.publications.added), vec!["poe-2027"]);
        assert_eq!(review.publications.added[0].conditions, vec!["b"]);
        assert!(review.publications.removed.is_empty() && review.publications.changed.is_empty());
        assert!(review
            .render()
            .contains("Publications added (1):\n  + poe-2027: A study [b]\n"));
    }

    #[test]
    fn a_removed_publication_is_listed_by_its_accepted_title() {
        let mut now = accepted();
        now.publications.retain(|p| p.id != "roe-2019");
        let review = review(&accepted(), &now);
        assert_eq!(ids(&review.publications.removed), vec!["roe-2019"]);
        assert_eq!(review.publications.removed[0].label, "A study");
    }

    #[test]
    fn an_edited_publication_is_listed_as_changed() {
        let mut now = accepted();
        now.publications[1].doi = Some("10.1234/x".into());
        let review = review(&accepted(), &now);
        assert_eq!(ids(&review.publications.changed), vec!["roe-2019"]);
        assert!(review.grade_changes.is_empty());
    }

    #[test]
    fn added_removed_and_changed_conditions_are_told_apart() {
        let mut before = accepted();
        before.conditions.push(condition("gone"));
        let mut now = accepted();
        now.conditions.push(condition("new"));
        now.conditions[0].summary = "Rewritten.".into();
        let review = review(&before, &now);
        assert_eq!(ids(&review.conditions.added), vec!["new"]);
        assert_eq!(ids(&review.conditions.removed), vec!["gone"]);
        assert_eq!(ids(&review.conditions.changed), vec!["a"]);
        assert!(review.grade_changes.is_empty());
    }

    #[test]
    fn a_new_null_trial_moves_the_grade_and_says_why() {
        let mut now = accepted();
        now.publications
            .push(trial("big-2027", "a", 120, Direction::NoDifference));
        let review = review(&accepted(), &now);
        assert_eq!(review.grade_changes.len(), 1);
        let change = &review.grade_changes[0];
        assert_eq!(change.condition_id, "a");
        assert_eq!(
            (change.before.as_str(), change.after.as_str()),
            ("preliminary", "mixed")
        );
        assert_eq!(change.caused_by, vec!["big-2027 (added)"]);
        assert!(change
            .reasons_after
            .iter()
            .any(|r| r.contains("1 found no benefit (120 participants)")));
        let text = review.render();
        assert!(
            text.contains("  Condition a (a): \"Preliminary\" → \"Mixed\"\n    Because of: big-2027 (added)\n"),
            "{text}"
        );
    }

    #[test]
    fn a_grade_can_move_because_a_publication_was_edited() {
        let mut now = accepted();
        now.publications[0].participants = Some(80);
        now.publications
            .push(trial("two-2027", "a", 90, Direction::Benefit));
        let review = review(&accepted(), &now);
        let change = &review.grade_changes[0];
        assert_eq!(change.after, "moderate");
        assert_eq!(
            change.caused_by,
            vec!["two-2027 (added)", "doe-2020 (changed)"]
        );
    }

    #[test]
    fn new_counts_without_a_new_grade_are_a_reason_change() {
        let mut now = accepted();
        now.publications[0].participants = Some(44);
        let review = review(&accepted(), &now);
        assert!(review.grade_changes.is_empty());
        assert_eq!(review.reason_changes.len(), 1);
        assert!(review.render().contains("Same grade, new explanation (1):"));
        assert!(review.render().contains("No grade changes."));
    }

    #[test]
    fn a_grade_that_moves_with_no_data_change_is_put_down_to_the_rule() {
        let before = Snapshot::of(&accepted());
        let mut now = before.clone();
        now.conditions.get_mut("a").unwrap().grade = "moderate".into();
        let text = Review::between(&before, &now).render();
        assert!(
            text.contains("the grading rule (src/evidence/grading/rule.rs) did"),
            "{text}"
        );
    }

    #[test]
    fn adding_a_study_calls_for_a_minor_version_and_a_fix_for_a_patch() {
        let mut added = accepted();
        added
            .publications
            .push(trial("poe-2027", "b", 20, Direction::Benefit));
        assert_eq!(
            review(&accepted(), &added).suggested_version("1.4.2"),
            Some("1.5.0".into())
        );
        let mut fixed = accepted();
        fixed.publications[1].doi = Some("10.1234/x".into());
        assert_eq!(
            review(&accepted(), &fixed).suggested_version("1.4.2"),
            Some("1.4.3".into())
        );
        assert_eq!(review(&accepted(), &fixed).suggested_version("one"), None);
    }

    #[test]
    fn changed_records_without_a_new_version_and_date_are_flagged() {
        let before = accepted();
        let mut now = accepted();
        now.publications[1].doi = Some("10.1234/x".into());
        let review = review(&before, &now);
        let warnings: Vec<String> = review
            .version_warnings(&Snapshot::of(&before), &now.info, "2026-11-23")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            vec![
                "data/dataset.json: version: still 1.4.2 although records changed: raise it to 1.4.3 (see \"Version and date\" in docs/adding-a-study.md). One raise per release is enough: if 1.4.2 has not been published yet, keep it and set \"released\" to today instead",
                "data/dataset.json: released: still 2026-11-01 although records changed: set it to the date of this change (today is 2026-11-23)",
            ]
        );
    }

    /// The accepted data of a release prepared today, 1.5.0 after 1.4.2, and the same data.
    fn released_today(bump: &str) -> (Dataset, Dataset) {
        let mut before = accepted();
        before.info.version = bump.into();
        before.info.released = "2026-11-23".into();
        before.info.changes = ["1.4.2", bump]
            .iter()
            .rev()
            .map(|version| Release {
                version: version.to_string(),
                date: "2026-11-01".into(),
                entries: vec![],
            })
            .collect();
        (before.clone(), before)
    }

    #[test]
    fn a_second_change_on_the_day_of_the_release_needs_no_second_raise() {
        let (before, mut now) = released_today("1.5.0");
        now.publications[1].doi = Some("10.1234/x".into());
        let warnings =
            review(&before, &now).version_warnings(&Snapshot::of(&before), &now.info, "2026-11-23");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_second_change_that_needs_a_bigger_step_asks_for_it_from_the_last_release() {
        let (before, mut now) = released_today("1.4.3");
        now.publications
            .push(trial("poe-2021", "a", 30, Direction::Benefit));
        let warnings =
            review(&before, &now).version_warnings(&Snapshot::of(&before), &now.info, "2026-11-23");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(
            warnings[0].reason,
            "1.4.3 was raised for this release, but these changes call for 1.5.0: raise it to 1.5.0 (one raise per release, counted from the last release, 1.4.2)"
        );
    }

    #[test]
    fn a_study_added_to_a_condition_left_as_it_was_is_flagged() {
        let before = accepted();
        let mut now = accepted();
        now.publications
            .push(trial("poe-2021", "a", 30, Direction::Benefit));
        let warnings = review(&before, &now).untouched_condition_warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].file, "data/conditions/a.json");
        assert!(warnings[0].reason.starts_with(
            "poe-2021 added, but the condition's summary and last_reviewed are as they were"
        ));

        now.conditions[0].last_reviewed = "2026-11-24".into();
        assert!(review(&before, &now)
            .untouched_condition_warnings()
            .is_empty());
    }

    #[test]
    fn a_raised_version_and_date_quiet_the_reminder() {
        let before = accepted();
        let mut now = accepted();
        now.publications[1].doi = Some("10.1234/x".into());
        now.info.version = "1.4.3".into();
        now.info.released = "2026-11-23".into();
        let review = review(&before, &now);
        assert!(review
            .version_warnings(&Snapshot::of(&before), &now.info, "2026-11-23")
            .is_empty());
        assert!(review.render().contains("Dataset version: 1.4.2 → 1.4.3\n"));
    }
}
