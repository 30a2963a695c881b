//! Things the checker points out that do not stop the build: reviews that are getting old and
//! data files that do not name their schema. Problems that must be fixed are `DatasetError`s.

use std::fmt;

use serde_json::Value;

use super::sources::unrecognised_source;
use crate::evidence::data::date::Date;
use crate::evidence::data::load::{FileKind, SourceFile};
use crate::evidence::model::Dataset;

/// Something a maintainer should look at: which file, which field (as a JSON path) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub path: String,
    pub reason: String,
}

impl Warning {
    pub fn new(file: &str, path: impl Into<String>, reason: impl Into<String>) -> Warning {
        Warning {
            file: file.to_string(),
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.reason)
        }
    }
}

/// A review older than this many months is flagged: new LDN papers appear every few months.
pub const REVIEW_FRESH_MONTHS: u32 = 12;

/// Whether a review made on `reviewed` is more than `REVIEW_FRESH_MONTHS` months old on
/// `today`. The same day of the month that many months on is still fresh; the day after is
/// not. Compared as (year, month, day), so that a review on 29 February or the 31st needs no
/// calendar arithmetic: it stays fresh through the end of the month it would fall in.
pub fn is_stale(reviewed: Date, today: Date) -> bool {
    let months = reviewed.year * 12 + (reviewed.month as i32 - 1) + REVIEW_FRESH_MONTHS as i32;
    let fresh_until = (
        months.div_euclid(12),
        months.rem_euclid(12) as u32 + 1,
        reviewed.day,
    );
    fresh_until < (today.year, today.month, today.day)
}

/// A warning for every condition, and the safety panel, last reviewed more than 12 months
/// before `today`. Conditions are named by their file, which validation ties to their id.
pub fn stale_reviews(dataset: &Dataset, today: Date) -> Vec<Warning> {
    let conditions = dataset.conditions.iter().map(|c| {
        (
            format!("data/conditions/{}.json", c.id),
            "condition.last_reviewed",
            c.last_reviewed.as_str(),
        )
    });
    let safety = std::iter::once((
        "data/safety.json".to_string(),
        "safety.last_reviewed",
        dataset.safety.last_reviewed.as_str(),
    ));
    conditions
        .chain(safety)
        .filter_map(|(file, path, stored)| {
            let reviewed = Date::parse(stored)?;
            is_stale(reviewed, today).then(|| Warning {
                file,
                path: path.to_string(),
                reason: format!(
                    "last reviewed on {}, more than {REVIEW_FRESH_MONTHS} months ago: search for new \
                     studies, add any you find, then set it to the date of your search",
                    reviewed.long_form()
                ),
            })
        })
        .collect()
}

/// A warning for every data file whose `"$schema"` is missing or does not point at the schema
/// for its kind of file. Files that are not JSON objects are left to the dataset errors.
pub fn schema_reference_warnings(files: &[SourceFile]) -> Vec<Warning> {
    files
        .iter()
        .filter_map(|file| {
            let kind = FileKind::of(&file.path)?;
            let Ok(Value::Object(root)) = serde_json::from_str::<Value>(&file.text) else {
                return None;
            };
            let expected = kind.schema_reference();
            let reason = match root.get("$schema") {
                Some(Value::String(found)) if *found == expected => return None,
                Some(found) => format!(
                    "is {found}, but this kind of file is described by \"{expected}\": \
                     correct it so that your editor checks the file against the right schema"
                ),
                None => format!(
                    "missing: add \"$schema\": \"{expected}\", as the first line inside the \
                     outer braces, so that your editor can check the file as you type"
                ),
            };
            Some(Warning {
                file: file.path.clone(),
                path: "$schema".into(),
                reason,
            })
        })
        .collect()
}

/// A warning for every `verified_from` address that is not on a site readers recognise
/// ([`unrecognised_source`]). A warning for now, while the last records are re-verified; it
/// becomes a build error once none is left.
pub fn unrecognised_source_warnings(files: &[SourceFile], recognised: &[String]) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (file, index, publication) in publications_in(files) {
        let Some(Value::Array(sources)) = publication.get("verified_from") else {
            continue;
        };
        for (at, url) in sources.iter().enumerate() {
            let Some(reason) = url
                .as_str()
                .and_then(|u| unrecognised_source(u, recognised))
            else {
                continue;
            };
            warnings.push(Warning {
                file: file.path.clone(),
                path: format!("publications[{index}].verified_from[{at}]"),
                reason,
            });
        }
    }
    warnings
}

/// Every publication record in the data files, as JSON, with its file and index: these
/// warnings read the files as written, so they can point at the exact record.
fn publications_in(files: &[SourceFile]) -> Vec<(&SourceFile, usize, Value)> {
    let mut found = Vec::new();
    for file in files {
        let Ok(Value::Object(mut root)) = serde_json::from_str::<Value>(&file.text) else {
            continue;
        };
        let Some(Value::Array(publications)) = root.remove("publications") else {
            continue;
        };
        found.extend(
            publications
                .into_iter()
                .enumerate()
                .map(|(index, publication)| (file, index, publication)),
        );
    }
    found
}

/// A warning for every publication that has no DOI or no PMID and does not say why in
/// `missing_identifiers`: a reader who cannot follow a reference deserves the reason.
pub fn missing_identifier_warnings(files: &[SourceFile]) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (file, index, publication) in publications_in(files) {
        let lacks = |field: &str| !publication.get(field).is_some_and(Value::is_string);
        let missing: Vec<&str> = [("doi", "DOI"), ("pmid", "PMID")]
            .into_iter()
            .filter(|(field, _)| lacks(field))
            .map(|(_, name)| name)
            .collect();
        let explained = publication
            .get("missing_identifiers")
            .and_then(Value::as_str)
            .is_some_and(|why| !why.trim().is_empty());
        if missing.is_empty() || explained {
            continue;
        }
        let id = publication.get("id").and_then(Value::as_str).unwrap_or("?");
        warnings.push(Warning {
            file: file.path.clone(),
            path: format!("publications[{index}]"),
            reason: format!(
                "{id} has no {}: fill it in if it exists (search PubMed and doi.org by its \
                 title), or say why in \"missing_identifiers\", e.g. \"Conference abstract: \
                 it has neither.\"",
                missing.join(" and no ")
            ),
        });
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn data_file(publications: &str) -> Vec<SourceFile> {
        vec![SourceFile {
            path: "data/conditions/x.json".into(),
            text: format!(r#"{{"publications": {publications}}}"#),
        }]
    }

    #[test]
    fn a_source_on_a_mirror_is_pointed_out_where_it_is() {
        let files = data_file(
            r#"[{"id": "a", "verified_from": ["https://pubmed.ncbi.nlm.nih.gov/1/"]},
                {"id": "b", "verified_from": ["https://doi.org/10.1/x", "http://47.251.13.51:8081/1"]}]"#,
        );
        let recognised = ["pubmed.ncbi.nlm.nih.gov".to_string(), "doi.org".to_string()];
        let warnings = unrecognised_source_warnings(&files, &recognised);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].path, "publications[1].verified_from[1]");
    }

    #[test]
    fn a_record_without_a_pmid_must_say_why() {
        let warnings = missing_identifier_warnings(&data_file(
            r#"[{"id": "a", "doi": "10.1/x", "pmid": "1"},
                {"id": "b", "doi": "10.1/y", "pmid": null},
                {"id": "c", "doi": null, "pmid": null, "missing_identifiers": "Conference abstract."},
                {"id": "d", "doi": null, "pmid": null, "missing_identifiers": " "}]"#,
        ));
        let found: Vec<(&str, &str)> = warnings
            .iter()
            .map(|w| (w.path.as_str(), w.reason.as_str()))
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "publications[1]");
        assert!(found[0].1.starts_with("b has no PMID:"), "{}", found[0].1);
        assert_eq!(found[1].0, "publications[3]");
        assert!(
            found[1].1.starts_with("d has no DOI and no PMID:"),
            "{}",
            found[1].1
        );
    }

    #[test]
    fn a_review_exactly_twelve_months_old_is_still_fresh() {
        assert!(!is_stale(date("2025-11-23"), date("2026-11-23")));
        assert!(!is_stale(date("2026-11-23"), date("2026-11-23")));
    }

    #[test]
    fn a_review_more_than_twelve_months_old_is_stale() {
        assert!(is_stale(date("2025-11-22"), date("2026-11-23")));
        assert!(is_stale(date("2020-01-01"), date("2026-11-23")));
    }

    #[test]
    fn twelve_months_can_cross_a_year_from_any_month() {
        assert!(!is_stale(date("2025-12-31"), date("2026-12-31")));
        assert!(is_stale(date("2025-12-31"), date("2027-01-01")));
        assert!(!is_stale(date("2026-01-15"), date("2027-01-15")));
        assert!(is_stale(date("2026-01-15"), date("2027-01-16")));
    }

    #[test]
    fn a_review_on_29_february_turns_stale_after_28_february_next_year() {
        assert!(!is_stale(date("2024-02-29"), date("2025-02-28")));
        assert!(is_stale(date("2024-02-29"), date("2025-03-01")));
    }

    fn dataset(condition_reviewed: &[(&str, &str)], safety_reviewed: &str) -> Dataset {
        use crate::evidence::model::{Category, Condition, DatasetInfo, Safety};
        Dataset {
            info: DatasetInfo {
                version: "1.0.0".into(),
                released: "2026-11-23".into(),
                languages: vec!["en".into()],
                recognised_sources: vec!["doi.org".into()],
                changes: vec![],
            },
            conditions: condition_reviewed
                .iter()
                .map(|(id, reviewed)| Condition {
                    id: (*id).into(),
                    name: (*id).into(),
                    aliases: vec![],
                    category: Category::Other,
                    summary: "s".into(),
                    outcomes_studied: vec!["pain".into()],
                    last_reviewed: (*reviewed).into(),
                    literature_search: None,
                    translations: Default::default(),
                })
                .collect(),
            publications: vec![],
            safety: Safety {
                last_reviewed: safety_reviewed.into(),
                sections: vec![],
            },
        }
    }

    #[test]
    fn only_conditions_reviewed_over_a_year_ago_are_flagged_with_file_and_field() {
        let dataset = dataset(
            &[("fresh", "2026-03-01"), ("old", "2025-06-30")],
            "2026-11-01",
        );
        let warnings = stale_reviews(&dataset, date("2026-11-23"));
        assert_eq!(
            warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            vec!["data/conditions/old.json: condition.last_reviewed: last reviewed on 30 June 2025, \
                  more than 12 months ago: search for new studies, add any you find, then set it \
                  to the date of your search"]
        );
    }

    #[test]
    fn an_old_safety_review_is_flagged_too() {
        let dataset = dataset(&[], "2024-01-01");
        let warnings = stale_reviews(&dataset, date("2026-11-23"));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].file, "data/safety.json");
        assert_eq!(warnings[0].path, "safety.last_reviewed");
    }

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    #[test]
    fn each_kind_of_file_must_name_its_own_schema() {
        let files = [
            file(
                "data/dataset.json",
                r#"{"$schema": "../schema/dataset.schema.json"}"#,
            ),
            file(
                "data/safety.json",
                r#"{"$schema": "../schema/dataset.schema.json"}"#,
            ),
            file("data/conditions/a.json", r#"{"condition": {}}"#),
            file("data/conditions/b.json", "not json"),
        ];
        let warnings = schema_reference_warnings(&files);
        let flagged: Vec<(&str, &str)> = warnings
            .iter()
            .map(|w| (w.file.as_str(), w.reason.split(':').next().unwrap()))
            .collect();
        assert_eq!(
            flagged,
            vec![
                (
                    "data/safety.json",
                    "is \"../schema/dataset.schema.json\", but this kind of file is described by \"../schema/safety.schema.json\""
                ),
                (
                    "data/conditions/a.json",
                    "missing"
                ),
            ]
        );
    }
}
