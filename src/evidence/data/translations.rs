//! The rule for text in other languages: for every language in `languages`
//! (data/dataset.json) besides English, each record carries the same reader-facing text as its
//! English fields, field for field (no field missing, none extra, lists the same length), with
//! the same numbers. A reader of any language then sees every statement, with the same doses
//! and figures.

use super::parsed::{DatasetError, Located, ParsedFiles};
use crate::evidence::model::{
    ConflictOfInterest, Dataset, Outcome, Publication, SafetyPoint, SafetySection, Translations,
    ENGLISH,
};

/// The dataset as readers of `language` see it: every text with a translation in that language
/// replaced by it (references stay as published). A condition keeps its English name and
/// aliases as further aliases, so English search words still find it. English, or a language
/// the data does not have, gives the dataset unchanged.
pub fn in_language(dataset: &Dataset, language: &str) -> Dataset {
    into_language(dataset.clone(), language)
}

/// [`in_language`], taking the dataset rather than copying it (start-up on a Spanish page).
pub fn into_language(mut dataset: Dataset, language: &str) -> Dataset {
    for release in &mut dataset.info.changes {
        for entry in &mut release.entries {
            if let Some(text) = entry.translations.get(language) {
                entry.text = text.text.clone();
            }
        }
    }
    for condition in &mut dataset.conditions {
        let Some(text) = condition.translations.get(language).cloned() else {
            continue;
        };
        let english = std::mem::replace(&mut condition.name, text.name);
        let mut aliases = text.aliases;
        aliases.push(english);
        aliases.append(&mut condition.aliases);
        condition.aliases = aliases;
        condition.summary = text.summary;
        condition.outcomes_studied = text.outcomes_studied;
        if text.literature_search.is_some() {
            condition.literature_search = text.literature_search;
        }
    }
    for publication in &mut dataset.publications {
        if let Some(text) = publication.translations.get(language).cloned() {
            let replace = |field: &mut Option<String>, text: Option<String>| {
                if text.is_some() {
                    *field = text;
                }
            };
            replace(&mut publication.participants_note, text.participants_note);
            replace(&mut publication.dose, text.dose);
            replace(&mut publication.duration, text.duration);
            replace(&mut publication.comparator, text.comparator);
            replace(
                &mut publication.missing_identifiers,
                text.missing_identifiers,
            );
            replace(&mut publication.adverse_effects, text.adverse_effects);
            replace(&mut publication.funder, text.funder);
            if let (ConflictOfInterest::Declared { text: declared }, Some(translated)) = (
                &mut publication.conflict_of_interest,
                text.conflict_of_interest,
            ) {
                *declared = translated;
            }
            if !text.notes.is_empty() {
                publication.notes = text.notes;
            }
        }
        for outcome in &mut publication.outcomes {
            if let Some(text) = outcome.translations.get(language) {
                outcome.measure = text.measure.clone();
                outcome.result = text.result.clone();
            }
        }
    }
    for section in &mut dataset.safety.sections {
        if let Some(text) = section.translations.get(language) {
            section.heading = text.heading.clone();
        }
        for point in &mut section.points {
            if let Some(text) = point.translations.get(language) {
                point.text = text.text.clone();
            }
        }
    }
    dataset
}

/// The dataset with its English text only, as the app embeds it: a reader of English does not
/// download text in other languages.
pub fn strip(dataset: &mut Dataset) {
    dataset.info.languages.truncate(1);
    for release in &mut dataset.info.changes {
        release
            .entries
            .iter_mut()
            .for_each(|e| e.translations.clear());
    }
    for condition in &mut dataset.conditions {
        condition.translations.clear();
    }
    for publication in &mut dataset.publications {
        publication.translations.clear();
        publication
            .outcomes
            .iter_mut()
            .for_each(|o| o.translations.clear());
    }
    for section in &mut dataset.safety.sections {
        section.translations.clear();
        section
            .points
            .iter_mut()
            .for_each(|p| p.translations.clear());
    }
}

/// Every problem with the translations in the parsed records.
pub fn problems(parsed: &ParsedFiles) -> Vec<DatasetError> {
    let mut errors = Vec::new();
    let Some(info) = &parsed.info else {
        return errors;
    };
    let languages = &info.value.languages;
    check_language_list(&mut errors, info, languages);
    let others: Vec<&str> = languages
        .iter()
        .map(String::as_str)
        .filter(|l| *l != ENGLISH)
        .collect();
    let mut check = Check {
        errors: &mut errors,
        languages: &others,
    };

    for (r, release) in info.value.changes.iter().enumerate() {
        for (e, entry) in release.entries.iter().enumerate() {
            let at = format!("changes[{r}].entries[{e}]");
            check.record(info, &at, &entry.translations, |c, field, text| {
                c.text(
                    info,
                    &format!("{field}.text"),
                    &entry.text,
                    Some(&text.text),
                );
            });
        }
    }
    for condition in &parsed.conditions {
        let english = &condition.value;
        check.record(condition, "", &english.translations, |c, field, text| {
            c.text(
                condition,
                &format!("{field}.name"),
                &english.name,
                Some(&text.name),
            );
            c.text(
                condition,
                &format!("{field}.summary"),
                &english.summary,
                Some(&text.summary),
            );
            c.list(
                condition,
                &format!("{field}.outcomes_studied"),
                &english.outcomes_studied,
                &text.outcomes_studied,
            );
            c.optional(
                condition,
                &format!("{field}.literature_search"),
                english.literature_search.as_deref(),
                text.literature_search.as_deref(),
            );
            if text.aliases.iter().any(|alias| alias.trim().is_empty()) {
                c.errors.push(
                    condition.error(&format!("{field}.aliases"), "an alias must not be empty"),
                );
            }
        });
    }
    for publication in &parsed.publications {
        check_publication(&mut check, publication);
    }
    if let Some(safety) = &parsed.safety {
        for (s, section) in safety.value.sections.iter().enumerate() {
            check_section(&mut check, safety, &format!("sections[{s}]"), section);
        }
    }
    errors
}

/// `languages` starts with English and lists each other language once, as a two-letter code.
fn check_language_list<T>(errors: &mut Vec<DatasetError>, info: &Located<T>, languages: &[String]) {
    if languages.first().map(String::as_str) != Some(ENGLISH) {
        errors.push(info.error(
            "languages",
            "must start with \"en\": the data's own fields are in English",
        ));
    }
    for (index, code) in languages.iter().enumerate() {
        let is_code = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
        if !is_code {
            errors.push(info.error(
                &format!("languages[{index}]"),
                format!("{code:?} is not a two-letter language code such as \"es\""),
            ));
        } else if languages[..index].contains(code) {
            errors.push(info.error(
                &format!("languages[{index}]"),
                format!("{code:?} is listed twice"),
            ));
        }
    }
}

fn check_publication(check: &mut Check, publication: &Located<Publication>) {
    let english = &publication.value;
    let declared = match &english.conflict_of_interest {
        ConflictOfInterest::Declared { text } => Some(text.as_str()),
        _ => None,
    };
    let fields = [
        ("participants_note", english.participants_note.as_deref()),
        ("dose", english.dose.as_deref()),
        ("duration", english.duration.as_deref()),
        ("comparator", english.comparator.as_deref()),
        (
            "missing_identifiers",
            english.missing_identifiers.as_deref(),
        ),
        ("adverse_effects", english.adverse_effects.as_deref()),
        ("funder", english.funder.as_deref()),
        ("conflict_of_interest", declared),
    ];
    let has_text = fields.iter().any(|(_, text)| text.is_some()) || !english.notes.is_empty();
    if has_text || !english.translations.is_empty() {
        check.record(publication, "", &english.translations, |c, field, text| {
            let translated = [
                text.participants_note.as_deref(),
                text.dose.as_deref(),
                text.duration.as_deref(),
                text.comparator.as_deref(),
                text.missing_identifiers.as_deref(),
                text.adverse_effects.as_deref(),
                text.funder.as_deref(),
                text.conflict_of_interest.as_deref(),
            ];
            for ((name, english), translated) in fields.iter().zip(translated) {
                c.optional(
                    publication,
                    &format!("{field}.{name}"),
                    *english,
                    translated,
                );
            }
            c.list(
                publication,
                &format!("{field}.notes"),
                &english.notes,
                &text.notes,
            );
        });
    }
    for (index, outcome) in english.outcomes.iter().enumerate() {
        check_outcome(check, publication, &format!("outcomes[{index}]"), outcome);
    }
}

fn check_outcome(check: &mut Check, at: &Located<Publication>, path: &str, outcome: &Outcome) {
    check.record(at, path, &outcome.translations, |c, field, text| {
        c.text(
            at,
            &format!("{field}.measure"),
            &outcome.measure,
            Some(&text.measure),
        );
        c.text(
            at,
            &format!("{field}.result"),
            &outcome.result,
            Some(&text.result),
        );
    });
}

fn check_section<T>(check: &mut Check, at: &Located<T>, path: &str, section: &SafetySection) {
    check.record(at, path, &section.translations, |c, field, text| {
        c.text(
            at,
            &format!("{field}.heading"),
            &section.heading,
            Some(&text.heading),
        );
    });
    for (index, point) in section.points.iter().enumerate() {
        check_point(check, at, &format!("{path}.points[{index}]"), point);
    }
}

fn check_point<T>(check: &mut Check, at: &Located<T>, path: &str, point: &SafetyPoint) {
    check.record(at, path, &point.translations, |c, field, text| {
        c.text(at, &format!("{field}.text"), &point.text, Some(&text.text));
    });
}

/// The errors found so far and the languages every record needs.
struct Check<'a> {
    errors: &'a mut Vec<DatasetError>,
    languages: &'a [&'a str],
}

impl Check<'_> {
    /// Checks one record's `translations` (at `path` inside `at`): one entry per language, no
    /// other; `each` checks an entry's fields, given the path of the entry.
    fn record<L, T>(
        &mut self,
        at: &Located<L>,
        path: &str,
        translations: &Translations<T>,
        mut each: impl FnMut(&mut Check, &str, &T),
    ) {
        let field = join(path, "translations");
        for language in self.languages {
            match translations.get(language) {
                Some(text) => each(self, &format!("{field}.{language}"), text),
                None => self.errors.push(at.error(
                    &field,
                    format!(
                        "no {language:?} text: every record needs its text in each language \
                         of \"languages\" in data/dataset.json"
                    ),
                )),
            }
        }
        for language in translations.languages() {
            if !self.languages.contains(&language) {
                self.errors.push(at.error(
                    &format!("{field}.{language}"),
                    format!(
                        "{language:?} is not one of the dataset's languages (\"languages\" in \
                         data/dataset.json)"
                    ),
                ));
            }
        }
    }

    /// A translated text that must be there because the English one is.
    fn text<L>(&mut self, at: &Located<L>, path: &str, english: &str, translated: Option<&str>) {
        let Some(translated) = translated else {
            self.errors.push(at.error(
                path,
                format!("missing: translate the English {:?}", excerpt(english)),
            ));
            return;
        };
        if translated.trim().is_empty() {
            self.errors.push(at.error(path, "must not be empty"));
            return;
        }
        let (expected, found) = (numbers(english), numbers(translated));
        if expected != found {
            self.errors.push(at.error(
                path,
                format!(
                    "the numbers differ from the English: it has {}, this has {} (write numbers, \
                     doses and units exactly as the English does, with the same decimal point)",
                    listed(&expected),
                    listed(&found)
                ),
            ));
        }
    }

    /// A translated text that must be there exactly when the English one is.
    fn optional<L>(
        &mut self,
        at: &Located<L>,
        path: &str,
        english: Option<&str>,
        translated: Option<&str>,
    ) {
        match (english, translated) {
            (Some(english), translated) => self.text(at, path, english, translated),
            (None, Some(_)) => self.errors.push(at.error(
                path,
                "the English record has no text here, so there is nothing to translate: leave it out",
            )),
            (None, None) => {}
        }
    }

    /// A list of texts: as many as the English has, each translated.
    fn list<L>(&mut self, at: &Located<L>, path: &str, english: &[String], translated: &[String]) {
        if english.len() != translated.len() {
            self.errors.push(at.error(
                path,
                format!(
                    "has {} entries, the English has {}: translate each, in the same order",
                    translated.len(),
                    english.len()
                ),
            ));
            return;
        }
        for (index, (english, translated)) in english.iter().zip(translated).enumerate() {
            self.text(at, &format!("{path}[{index}]"), english, Some(translated));
        }
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// The numbers written in digits in `text` ("4.5", "1,000", "95"), sorted, so two texts can be
/// compared whatever the word order.
fn numbers(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if !bytes[index].is_ascii_digit() {
            index += 1;
            continue;
        }
        let start = index;
        while index < bytes.len() {
            let separator = matches!(bytes[index], b'.' | b',')
                && bytes.get(index + 1).is_some_and(u8::is_ascii_digit);
            if bytes[index].is_ascii_digit() || separator {
                index += 1;
            } else {
                break;
            }
        }
        found.push(&text[start..index]);
    }
    found.sort_unstable();
    found
}

fn listed(numbers: &[&str]) -> String {
    if numbers.is_empty() {
        "none".to_string()
    } else {
        numbers.join(", ")
    }
}

/// The start of a text, enough to find it in the file.
fn excerpt(text: &str) -> String {
    const SHOWN: usize = 60;
    match text.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_compared_as_written() {
        assert_eq!(numbers("4.5 mg for 12 weeks"), ["12", "4.5"]);
        assert_eq!(numbers("12 semanas con 4.5 mg"), ["12", "4.5"]);
        assert_ne!(numbers("4,5 mg"), numbers("4.5 mg"));
        assert_eq!(numbers("1,000 people, p=0.05."), ["0.05", "1,000"]);
        assert_eq!(numbers("no digits"), Vec::<&str>::new());
        assert_eq!(numbers("ends with 3."), ["3"]);
    }

    #[test]
    fn a_language_written_twice_in_one_record_is_refused() {
        use crate::evidence::model::TextTranslation;
        let twice = r#"{"es": {"text": "uno"}, "es": {"text": "dos"}}"#;
        let read = serde_json::from_str::<Translations<TextTranslation>>(twice);
        assert!(read
            .unwrap_err()
            .to_string()
            .contains("\"es\" is written twice"));
        let once = r#"{"es": {"text": "uno"}}"#;
        let read = serde_json::from_str::<Translations<TextTranslation>>(once).unwrap();
        assert_eq!(read.get("es").map(|t| t.text.as_str()), Some("uno"));
    }

    #[test]
    fn a_long_english_text_is_cut_to_an_excerpt() {
        let long = "word ".repeat(30);
        assert!(excerpt(&long).ends_with('…'));
        assert_eq!(excerpt("short"), "short");
    }
}
