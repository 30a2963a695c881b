//! BibTeX for LaTeX users. The file is UTF-8: accented names stay as they are, which biber,
//! bibtexu and BibTeX with `inputenc` read; the characters LaTeX treats as commands
//! (`{ } \ & % $ # _ ~ ^`) are escaped so no title or journal can break a document.

use super::record::{Kind, Record};
use crate::evidence::views::person_name::PersonName;
use crate::evidence::views::search::fold;

/// Text as LaTeX should print it, on one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                    out.push('\\');
                    out.push(c);
                }
                '\\' => out.push_str("\\textbackslash{}"),
                '~' => out.push_str("\\textasciitilde{}"),
                '^' => out.push_str("\\textasciicircum{}"),
                _ => out.push(c),
            }
        }
    }
    out
}

/// DOIs and addresses are read verbatim by biblatex and hyperref, so a backslash would print
/// as one; only what would unbalance the braces (or split the value) is percent-encoded.
fn verbatim(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out
}

fn entry_type(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::JournalArticle => ("article", "journal"),
        Kind::ConferenceAbstract => ("inproceedings", "booktitle"),
        Kind::BookChapter => ("incollection", "booktitle"),
        Kind::Other => ("misc", "howpublished"),
    }
}

/// "Younger, J." or "Herndon, 2nd, J. E."; a group's name braced so BibTeX keeps it whole.
fn author(name: &PersonName) -> String {
    let family = escape(&name.family);
    match (name.given(), &name.suffix) {
        (None, _) => format!("{{{family}}}"),
        (Some(given), None) => format!("{family}, {given}"),
        (Some(given), Some(suffix)) => format!("{family}, {}, {given}", escape(suffix)),
    }
}

/// The key's stem, `younger2009`: the first author's family name in plain ASCII and the year.
fn key_stem(record: &Record) -> String {
    let family = record
        .authors
        .first()
        .map(|name| fold(&name.family))
        .unwrap_or_default();
    let mut stem: String = family.chars().filter(char::is_ascii_alphanumeric).collect();
    if stem.is_empty() {
        stem.push_str("anon");
    }
    format!("{stem}{}", record.publication.year)
}

/// "a", "b", … "z", "aa", "ab", …: the letter after a key that is already taken.
fn letters(mut n: usize) -> String {
    let mut out = String::new();
    while n > 0 {
        n -= 1;
        out.insert(0, char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    out
}

/// One key per record, unique in the file: `younger2009`, then `younger2009a`, ….
fn keys(records: &[Record]) -> Vec<String> {
    // A list, not a set: a file holds a few hundred keys at most, and it keeps the app smaller.
    let mut taken: Vec<String> = Vec::new();
    records
        .iter()
        .map(|record| {
            let stem = key_stem(record);
            let key = (0..)
                .map(|n| format!("{stem}{}", letters(n)))
                .find(|key| !taken.contains(key))
                .expect("some suffix is free");
            taken.push(key.clone());
            key
        })
        .collect()
}

fn entry(out: &mut String, key: &str, record: &Record) {
    let p = record.publication;
    let vp = &record.volume_pages;
    let (kind, venue_field) = entry_type(record.kind);
    let mut fields: Vec<(&str, String)> = Vec::new();
    if !record.authors.is_empty() {
        let mut names: Vec<String> = record.authors.iter().map(author).collect();
        // BibTeX's own way to say "et al.": styles print it as such.
        if record.publication.authors_incomplete {
            names.push("others".to_string());
        }
        fields.push(("author", names.join(" and ")));
    }
    // The double braces keep the title's capitals as written (LDN, MS, COVID-19).
    fields.push(("title", format!("{{{}}}", escape(record.title))));
    if let Some(venue) = &p.journal {
        fields.push((venue_field, escape(venue)));
    }
    fields.push(("year", p.year.to_string()));
    if let Some(volume) = &vp.volume {
        fields.push(("volume", escape(volume)));
    }
    if let Some(issue) = &vp.issue {
        fields.push(("number", escape(issue)));
    }
    match (&vp.first_page, &vp.last_page) {
        (Some(first), Some(last)) => fields.push(("pages", escape(&format!("{first}--{last}")))),
        (Some(first), None) => fields.push(("pages", escape(first))),
        _ => {}
    }
    if let Some(doi) = &p.doi {
        fields.push(("doi", verbatim(doi)));
    }
    if let Some(url) = record.address_without_doi() {
        fields.push(("url", verbatim(&url)));
    }
    if let Some(pmid) = &p.pmid {
        fields.push(("pmid", escape(pmid)));
    }
    if !record.notes.is_empty() {
        fields.push(("note", escape(&record.notes.join(". "))));
    }
    out.push_str(&format!("@{kind}{{{key},\n"));
    for (name, value) in fields {
        out.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    out.push_str("}\n");
}

pub fn write(records: &[Record]) -> String {
    // Text outside an entry is a comment to BibTeX; the line tells JabRef the encoding.
    let mut out = String::from("% Encoding: UTF-8\n");
    for (key, record) in keys(records).iter().zip(records) {
        out.push('\n');
        entry(&mut out, key, record);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::evidence::model::Publication;
    use crate::evidence::test_publication::younger_2009;

    fn bibtex(publications: &[Publication]) -> String {
        let records: Vec<Record> = publications.iter().map(Record::of).collect();
        write(&records)
    }

    /// The keys of every entry, in file order.
    fn entry_keys(text: &str) -> Vec<String> {
        text.lines()
            .filter_map(|line| line.strip_prefix('@'))
            .map(|rest| {
                rest.split_once('{')
                    .unwrap()
                    .1
                    .trim_end_matches(',')
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn a_journal_article_has_every_field_it_can_parse() {
        assert_eq!(
            bibtex(&[younger_2009()]),
            "% Encoding: UTF-8\n\
             \n\
             @article{younger2009,\n  \
               author = {Younger, J. and Mackey, S.},\n  \
               title = {{Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study}},\n  \
               journal = {Pain Medicine},\n  \
               year = {2009},\n  \
               volume = {10},\n  \
               number = {4},\n  \
               pages = {663--672},\n  \
               doi = {10.1111/j.1526-4637.2009.00613.x},\n  \
               pmid = {19453963},\n\
             }\n"
        );
    }

    #[test]
    fn keys_are_unique_and_plain_ascii() {
        let mut accented = younger_2009();
        accented.authors = vec!["Småbrekke L".into()];
        let mut particle = younger_2009();
        particle.authors = vec!["van der Woude CJ".into()];
        let mut anonymous = younger_2009();
        anonymous.authors.clear();
        let text = bibtex(&[
            younger_2009(),
            younger_2009(),
            younger_2009(),
            accented,
            particle,
            anonymous,
        ]);
        let keys = entry_keys(&text);
        assert_eq!(
            keys,
            [
                "younger2009",
                "younger2009a",
                "younger2009b",
                "smabrekke2009",
                "vanderwoude2009",
                "anon2009"
            ]
        );
        assert!(keys
            .iter()
            .all(|k| k.bytes().all(|b| b.is_ascii_alphanumeric())));
    }

    #[test]
    fn keys_go_on_past_z() {
        let many = vec![younger_2009(); 29];
        let keys = entry_keys(&bibtex(&many));
        assert_eq!(keys[26], "younger2009z");
        assert_eq!(keys[27], "younger2009aa");
        assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 29);
    }

    #[test]
    fn latex_special_characters_are_escaped_and_accents_kept() {
        assert_eq!(
            escape("Arthritis & Rheumatism {x} 50% $5 #1 a_b ~ ^ \\"),
            "Arthritis \\& Rheumatism \\{x\\} 50\\% \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}"
        );
        let mut p = younger_2009();
        p.authors = vec!["Rodríguez-Freire C".into(), "Borràs X".into()];
        p.journal = Some("Brain, Behavior, & Immunity – Health".into());
        p.title = "TNF-α {levels} & pain".into();
        let text = bibtex(&[p]);
        assert!(text.contains("author = {Rodríguez-Freire, C. and Borràs, X.},"));
        assert!(text.contains("journal = {Brain, Behavior, \\& Immunity – Health},"));
        assert!(text.contains("title = {{TNF-α \\{levels\\} \\& pain}},"));
    }

    #[test]
    fn braces_in_every_entry_balance() {
        let mut p = younger_2009();
        p.title = "Unbalanced { and } and }{ braces\\".into();
        p.doi = Some("10.1000/a{b}_c d".into());
        let text = bibtex(&[p]);
        let mut depth = 0i32;
        let mut previous = ' ';
        for c in text.chars() {
            if previous != '\\' {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                assert!(depth >= 0, "{text}");
            }
            previous = c;
        }
        assert_eq!(depth, 0, "{text}");
        assert!(text.contains("doi = {10.1000/a%7Bb%7D_c%20d},"), "{text}");
    }

    #[test]
    fn a_group_author_and_a_suffix_keep_their_shape() {
        let mut p = younger_2009();
        p.authors = vec!["LDN Research Group".into(), "Herndon JE 2nd".into()];
        assert!(bibtex(&[p]).contains("author = {{LDN Research Group} and Herndon, 2nd, J. E.},"));
    }

    #[test]
    fn an_incomplete_author_list_ends_in_and_others() {
        let mut p = younger_2009();
        p.authors_incomplete = true;
        let text = bibtex(&[p]);
        assert!(
            text.contains("author = {Younger, J. and Mackey, S. and others},"),
            "{text}"
        );
        assert!(
            text.contains("note = {Full author list not verified},"),
            "{text}"
        );
    }

    #[test]
    fn other_kinds_use_their_own_entry_types() {
        let mut abstract_ = younger_2009();
        abstract_.journal = Some("IV International AIDS Conference".into());
        abstract_.peer_reviewed = false;
        let text = bibtex(&[abstract_]);
        assert!(text.contains("@inproceedings{younger2009,"));
        assert!(text.contains("booktitle = {IV International AIDS Conference},"));
        assert!(text.contains("note = {Not peer reviewed},"));

        let mut preprint = younger_2009();
        preprint.journal = None;
        preprint.doi = None;
        preprint.pmid = None;
        preprint.url = Some("https://example.org/preprint".into());
        let text = bibtex(&[preprint]);
        assert!(text.contains("@misc{younger2009,"));
        assert!(text.contains("url = {https://example.org/preprint},"));
    }
}
