//! The dataset rules that JSON types alone cannot express: formats, ranges, unique ids and
//! references between records. Every rule names the file and field it is about.

use std::collections::{HashMap, HashSet};

use super::date::Date;
use super::parsed::{DatasetError, Located, ParsedFiles};
use super::translations;
use crate::evidence::grading::EvidenceGrade;
use crate::evidence::model::{Condition, ConflictOfInterest, DatasetInfo, Publication, Safety};

/// The earliest year a publication may carry (LDN research began in the 1980s).
pub const EARLIEST_YEAR: u16 = 1960;

/// Runs every rule over the parsed records and returns all problems found.
pub fn problems(parsed: &ParsedFiles, today: Date) -> Vec<DatasetError> {
    let mut errors = Vec::new();
    match &parsed.info {
        Some(info) => {
            if info.value.version.trim().is_empty() {
                errors.push(info.error("version", "must not be empty"));
            }
            check_date(&mut errors, info, "released", &info.value.released, today);
            check_changes(&mut errors, info, today);
        }
        None => errors.push(DatasetError::new(
            "data/dataset.json",
            "",
            "missing file (it holds the dataset's version and date)",
        )),
    }
    if parsed.safety.is_none() {
        errors.push(DatasetError::new(
            "data/safety.json",
            "",
            "missing file (it holds the safety panel)",
        ));
    }

    let mut condition_ids = unique_ids(
        &mut errors,
        parsed.conditions.iter().map(|c| (c, c.value.id.as_str())),
        "condition",
    );
    let mut publication_ids = unique_ids(
        &mut errors,
        parsed.publications.iter().map(|p| (p, p.value.id.as_str())),
        "publication",
    );
    // Records that failed to parse were reported already; do not report references to them too.
    condition_ids.extend(parsed.unparsed_ids.iter().cloned());
    publication_ids.extend(parsed.unparsed_ids.iter().cloned());
    let check_references = !parsed.unreadable_file;
    if let (Some(info), true) = (&parsed.info, check_references) {
        check_change_conditions(&mut errors, info, &condition_ids);
        check_reviewed_since_grade_moves(&mut errors, info, &parsed.conditions);
    }
    for condition in &parsed.conditions {
        check_condition(&mut errors, condition, today);
    }
    for publication in &parsed.publications {
        check_publication(
            &mut errors,
            publication,
            &condition_ids,
            check_references,
            today,
        );
    }
    if let Some(safety) = &parsed.safety {
        check_safety(
            &mut errors,
            safety,
            &publication_ids,
            check_references,
            today,
        );
    }
    errors.extend(translations::problems(parsed));
    errors
}

/// Reports ids that are not slugs or that appear twice; returns the set of ids.
fn unique_ids<'a, T: 'a>(
    errors: &mut Vec<DatasetError>,
    records: impl Iterator<Item = (&'a Located<T>, &'a str)>,
    kind: &str,
) -> HashSet<String> {
    let mut first_seen: HashMap<&str, &Located<T>> = HashMap::new();
    for (record, id) in records {
        if !is_slug(id) {
            errors.push(record.error(
                "id",
                format!("\"{id}\" is not a slug: use lowercase a-z, 0-9 and single hyphens"),
            ));
        }
        if let Some(first) = first_seen.get(id) {
            errors.push(record.error(
                "id",
                format!(
                    "duplicate {kind} id \"{id}\" (first used in {} at {})",
                    first.file, first.path
                ),
            ));
        } else {
            first_seen.insert(id, record);
        }
    }
    first_seen.into_keys().map(str::to_string).collect()
}

fn check_condition(errors: &mut Vec<DatasetError>, record: &Located<Condition>, today: Date) {
    let condition = &record.value;
    let expected_name = format!("conditions/{}.json", condition.id);
    if !record.file.ends_with(&expected_name) {
        errors.push(record.error(
            "id",
            format!(
                "\"{}\" does not match the file name: rename the file to {expected_name}",
                condition.id
            ),
        ));
    }
    require_text(errors, record, "name", &condition.name);
    require_text(errors, record, "summary", &condition.summary);
    if condition
        .outcomes_studied
        .iter()
        .all(|o| o.trim().is_empty())
    {
        errors.push(record.error(
            "outcomes_studied",
            "must name at least one outcome that was studied",
        ));
    }
    for (index, alias) in condition.aliases.iter().enumerate() {
        require_text(errors, record, &format!("aliases[{index}]"), alias);
    }
    check_date(
        errors,
        record,
        "last_reviewed",
        &condition.last_reviewed,
        today,
    );
}

fn check_publication(
    errors: &mut Vec<DatasetError>,
    record: &Located<Publication>,
    condition_ids: &HashSet<String>,
    check_references: bool,
    today: Date,
) {
    let publication = &record.value;
    require_text(errors, record, "title", &publication.title);
    if publication.conditions.is_empty() && !record.file.ends_with("safety.json") {
        errors.push(record.error(
            "conditions",
            "must list at least one condition id (only safety.json may hold general publications)",
        ));
    }
    for (index, id) in publication.conditions.iter().enumerate() {
        if check_references && !condition_ids.contains(id) {
            errors.push(record.error(
                &format!("conditions[{index}]"),
                format!("unknown condition id \"{id}\""),
            ));
        }
    }
    if publication.authors_incomplete && publication.authors.is_empty() {
        errors.push(record.error(
            "authors_incomplete",
            "no authors are listed: leave it out, an empty list already reads \"Authors not verified\"",
        ));
    }
    let this_year = today.year.clamp(0, i32::from(u16::MAX)) as u16;
    if !(EARLIEST_YEAR..=this_year).contains(&publication.year) {
        errors.push(record.error(
            "year",
            format!(
                "{} is outside {EARLIEST_YEAR}..={this_year}",
                publication.year
            ),
        ));
    }
    if let Some(doi) = &publication.doi {
        if !is_doi(doi) {
            errors.push(record.error(
                "doi",
                format!("\"{doi}\" is not a DOI of the form 10.NNNN/... (leave out any https://doi.org/ prefix)"),
            ));
        }
    }
    if let Some(pmid) = &publication.pmid {
        if pmid.is_empty() || !pmid.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(record.error("pmid", format!("\"{pmid}\" is not a PMID: digits only")));
        }
    }
    if let Some(url) = &publication.url {
        check_https(errors, record, "url", url);
    }
    if publication.participants == Some(0) {
        errors.push(record.error(
            "participants",
            "must be at least 1 (leave it null when unknown)",
        ));
    }
    let is_review = publication.design.is_review();
    match (is_review, publication.review_scope) {
        (true, None) => errors.push(record.error(
            "review_scope",
            "required for systematic reviews and meta-analyses",
        )),
        (false, Some(_)) => errors.push(record.error(
            "review_scope",
            "only systematic reviews and meta-analyses have a review scope",
        )),
        _ => {}
    }
    if publication.outcomes.is_empty()
        && publication.design != crate::evidence::model::Design::Protocol
    {
        errors.push(record.error(
            "outcomes",
            "must list at least one outcome (only protocols may have none)",
        ));
    }
    for (index, outcome) in publication.outcomes.iter().enumerate() {
        let field = format!("outcomes[{index}]");
        require_text(
            errors,
            record,
            &format!("{field}.measure"),
            &outcome.measure,
        );
        require_text(errors, record, &format!("{field}.result"), &outcome.result);
        if let Some(id) = &outcome.condition {
            if !publication.conditions.contains(id) {
                errors.push(record.error(
                    &format!("{field}.condition"),
                    format!("\"{id}\" is not one of this publication's conditions"),
                ));
            }
        }
    }
    if let ConflictOfInterest::Declared { text } = &publication.conflict_of_interest {
        require_text(errors, record, "conflict_of_interest.text", text);
    }
    if publication
        .verified_from
        .iter()
        .all(|s| s.trim().is_empty())
    {
        errors.push(record.error("verified_from", "must say where the facts were verified"));
    }
}

/// The change log: newest first, starting with this version, each entry in words, naming only
/// grades that exist. Condition ids are checked once all conditions are known.
fn check_changes(errors: &mut Vec<DatasetError>, info: &Located<DatasetInfo>, today: Date) {
    let changes = &info.value.changes;
    match changes.first() {
        None => errors.push(info.error(
            "changes",
            "must say what changed in this version: add {\"version\", \"date\", \"entries\"} for it",
        )),
        Some(newest)
            if newest.version != info.value.version || newest.date != info.value.released =>
        {
            errors.push(info.error(
                "changes[0]",
                format!(
                    "the newest release is {} of {}, but the dataset is {} of {}: add an entry for \
                     this version at the top of \"changes\"",
                    newest.version, newest.date, info.value.version, info.value.released
                ),
            ))
        }
        Some(_) => {}
    }
    for (index, release) in changes.iter().enumerate() {
        let field = format!("changes[{index}]");
        check_date(errors, info, &format!("{field}.date"), &release.date, today);
        if let Some(newer) = index.checked_sub(1).and_then(|i| changes.get(i)) {
            if release.date > newer.date {
                errors.push(info.error(
                    &format!("{field}.date"),
                    "releases must be listed newest first",
                ));
            }
        }
        if release.entries.is_empty() {
            errors.push(info.error(&format!("{field}.entries"), "must list at least one change"));
        }
        for (at, change) in release.entries.iter().enumerate() {
            let field = format!("{field}.entries[{at}]");
            require_text(errors, info, &format!("{field}.text"), &change.text);
            let Some(moved) = &change.grade_moved else {
                continue;
            };
            for (part, slug) in [("from", &moved.from), ("to", &moved.to)] {
                if EvidenceGrade::from_slug(slug).is_none() {
                    errors.push(info.error(
                        &format!("{field}.grade_moved.{part}"),
                        format!("\"{slug}\" is not a grade; use one of {}", grade_slugs()),
                    ));
                }
            }
            if change.conditions.len() != 1 {
                errors.push(info.error(
                    &format!("{field}.conditions"),
                    "a change that moved a grade names exactly the one condition whose grade moved",
                ));
            }
        }
    }
}

fn grade_slugs() -> String {
    EvidenceGrade::ALL
        .iter()
        .map(|g| format!("\"{}\"", g.slug()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every condition a change names must exist.
fn check_change_conditions(
    errors: &mut Vec<DatasetError>,
    info: &Located<DatasetInfo>,
    condition_ids: &HashSet<String>,
) {
    for (index, release) in info.value.changes.iter().enumerate() {
        for (at, change) in release.entries.iter().enumerate() {
            for (c, id) in change.conditions.iter().enumerate() {
                if !condition_ids.contains(id) {
                    errors.push(info.error(
                        &format!("changes[{index}].entries[{at}].conditions[{c}]"),
                        format!("\"{id}\" is not a condition id (a file in data/conditions/)"),
                    ));
                }
            }
        }
    }
}

/// A grade moves only when someone reviews a condition's studies, so its `last_reviewed` date
/// cannot be older than its newest grade move: the page would show the research as last
/// reviewed before the change it lists.
fn check_reviewed_since_grade_moves(
    errors: &mut Vec<DatasetError>,
    info: &Located<DatasetInfo>,
    conditions: &[Located<Condition>],
) {
    let mut newest_move_seen = HashSet::new();
    // Releases are newest first, so the first move found for a condition is its newest.
    for (index, release) in info.value.changes.iter().enumerate() {
        // A release date that does not parse is reported by check_changes.
        let Some(moved) = Date::parse(&release.date) else {
            continue;
        };
        let moves = release
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.grade_moved.is_some());
        for (at, change) in moves {
            for id in &change.conditions {
                if !newest_move_seen.insert(id.as_str()) {
                    continue;
                }
                let Some(record) = conditions.iter().find(|c| c.value.id == *id) else {
                    continue;
                };
                let reviewed = &record.value.last_reviewed;
                if Date::parse(reviewed).is_some_and(|reviewed| reviewed < moved) {
                    errors.push(record.error(
                        "last_reviewed",
                        format!(
                            "{reviewed} is before its grade moved, in version {} of {} \
                             (data/dataset.json: changes[{index}].entries[{at}]): set it to the \
                             date of the review that moved the grade",
                            release.version, release.date
                        ),
                    ));
                }
            }
        }
    }
}

fn check_safety(
    errors: &mut Vec<DatasetError>,
    record: &Located<Safety>,
    publication_ids: &HashSet<String>,
    check_references: bool,
    today: Date,
) {
    let safety = &record.value;
    check_date(
        errors,
        record,
        "last_reviewed",
        &safety.last_reviewed,
        today,
    );
    let mut section_ids = HashSet::new();
    for (s, section) in safety.sections.iter().enumerate() {
        let field = format!("sections[{s}]");
        if !is_slug(&section.id) || !section_ids.insert(section.id.as_str()) {
            errors.push(record.error(
                &format!("{field}.id"),
                format!("\"{}\" must be a unique slug", section.id),
            ));
        }
        require_text(
            errors,
            record,
            &format!("{field}.heading"),
            &section.heading,
        );
        for (p, point) in section.points.iter().enumerate() {
            let field = format!("{field}.points[{p}]");
            require_text(errors, record, &format!("{field}.text"), &point.text);
            if point.publications.is_empty() && point.sources.is_empty() {
                errors.push(record.error(
                    &field,
                    "every safety statement needs a publication or a source",
                ));
            }
            for (i, id) in point.publications.iter().enumerate() {
                if check_references && !publication_ids.contains(id) {
                    errors.push(record.error(
                        &format!("{field}.publications[{i}]"),
                        format!("unknown publication id \"{id}\""),
                    ));
                }
            }
            for (i, source) in point.sources.iter().enumerate() {
                let field = format!("{field}.sources[{i}]");
                require_text(errors, record, &format!("{field}.title"), &source.title);
                check_https(errors, record, &format!("{field}.url"), &source.url);
            }
        }
    }
}

fn require_text<T>(errors: &mut Vec<DatasetError>, record: &Located<T>, field: &str, text: &str) {
    if text.trim().is_empty() {
        errors.push(record.error(field, "must not be empty"));
    }
}

fn check_date<T>(
    errors: &mut Vec<DatasetError>,
    record: &Located<T>,
    field: &str,
    text: &str,
    today: Date,
) {
    match Date::parse(text) {
        None => errors.push(record.error(
            field,
            format!("\"{text}\" is not a date of the form YYYY-MM-DD"),
        )),
        Some(date) if date > today => {
            errors.push(record.error(field, format!("{text} is in the future")))
        }
        Some(_) => {}
    }
}

fn check_https<T>(errors: &mut Vec<DatasetError>, record: &Located<T>, field: &str, url: &str) {
    let host = url.strip_prefix("https://").unwrap_or("");
    let host = host.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.contains(char::is_whitespace) || url.contains(char::is_whitespace) {
        errors.push(record.error(field, format!("\"{url}\" is not an https address")));
    }
}

/// Lowercase ASCII letters and digits in words joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// `10.` + a registrant code of 4–9 digits (dot-separated parts allowed) + `/` + a suffix.
pub fn is_doi(doi: &str) -> bool {
    let Some(rest) = doi.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    let first = registrant.split('.').next().unwrap_or("");
    (4..=9).contains(&first.len())
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty()
        && !suffix.contains(char::is_whitespace)
}
