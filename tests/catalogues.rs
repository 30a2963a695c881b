//! The app's words: every Spanish entry of the pages' catalogue is written in Spanish, not
//! copied from the English one. The compiler already refuses a missing entry (each language
//! fills in every field of `words/ui.rs`); this catches an entry left in English.

// Reads the catalogues' sources from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;

/// Words that are the same in both languages: names, formats, abbreviations and the closing
/// quotation mark (as the source writes it).
const SAME_IN_BOTH: [&str; 4] = ["LDN Evidence", "DOI", "PubMed", r"\u{201d}"];

/// The string literals of a catalogue's plain entries (`field: "text"` and
/// `field: ("long", "short")`), keyed by area, field and position (`site.safety.1`). Entries
/// that are functions are checked by the pages' tests instead.
fn entries(file: &str) -> BTreeMap<String, String> {
    let source = fs::read_to_string(format!(
        "{}/src/evidence/words/{file}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut found = BTreeMap::new();
    let mut area = String::new();
    for line in source.lines() {
        let Some((field, rest)) = line.trim().split_once(": ") else {
            continue;
        };
        if field.contains(' ') {
            continue;
        }
        // `home: HomeWords {` opens an area.
        if rest.ends_with('{') && rest.starts_with(char::is_uppercase) {
            area = field.to_string();
        } else if rest.starts_with('"') || rest.starts_with('(') {
            let literals = rest.split('"').skip(1).step_by(2);
            for (index, text) in literals.enumerate() {
                found.insert(format!("{area}.{field}.{index}"), text.to_string());
            }
        }
    }
    found
}

#[test]
fn the_spanish_catalogue_translates_every_entry() {
    let english = entries("english_ui.rs");
    let spanish = entries("spanish_ui.rs");
    assert!(english.len() > 150, "read only {} entries", english.len());
    let only_in = |a: &BTreeMap<String, String>, b: &BTreeMap<String, String>| {
        a.keys()
            .filter(|k| !b.contains_key(*k))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        only_in(&english, &spanish),
        Vec::<String>::new(),
        "only in English"
    );
    assert_eq!(
        only_in(&spanish, &english),
        Vec::<String>::new(),
        "only in Spanish"
    );
    let copied: Vec<&String> = english
        .iter()
        .filter(|(field, text)| spanish[*field] == **text && !SAME_IN_BOTH.contains(&text.as_str()))
        .map(|(field, _)| field)
        .collect();
    assert!(copied.is_empty(), "left in English: {copied:?}");
}
