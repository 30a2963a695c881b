//! RIS, the tagged format EndNote, Zotero and Mendeley import: one `TAG  - value` line per
//! field, each record from `TY` to `ER`. Lines end in CR LF, as the format was defined.

use super::record::{Kind, Record};
use crate::evidence::views::citation;

const LINE_END: &str = "\r\n";

fn type_tag(kind: Kind) -> &'static str {
    match kind {
        Kind::JournalArticle => "JOUR",
        Kind::ConferenceAbstract => "CONF",
        Kind::BookChapter => "CHAP",
        Kind::Other => "GEN",
    }
}

/// Adds `TAG  - value`, with the value on one line; an empty value adds nothing.
fn field(out: &mut String, tag: &str, value: &str) {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        return;
    }
    out.push_str(tag);
    out.push_str("  - ");
    out.push_str(&value);
    out.push_str(LINE_END);
}

/// "Younger, J." or "Herndon, J. E., 2nd", the order RIS defines; a group name as it is.
fn author(name: &crate::evidence::views::person_name::PersonName) -> String {
    let mut parts = vec![name.family.clone()];
    parts.extend(name.given());
    parts.extend(name.suffix.clone());
    parts.join(", ")
}

fn record(out: &mut String, record: &Record) {
    let p = record.publication;
    let vp = &record.volume_pages;
    field(out, "TY", type_tag(record.kind));
    for name in &record.authors {
        field(out, "AU", &author(name));
    }
    field(out, "PY", &p.year.to_string());
    field(out, "TI", record.title);
    field(out, "T2", p.journal.as_deref().unwrap_or_default());
    for (tag, value) in [
        ("VL", &vp.volume),
        ("IS", &vp.issue),
        ("SP", &vp.first_page),
        ("EP", &vp.last_page),
    ] {
        field(out, tag, value.as_deref().unwrap_or_default());
    }
    if let Some(doi) = &p.doi {
        field(out, "DO", doi);
    }
    field(
        out,
        "UR",
        &citation::doi_url(p)
            .or_else(|| record.address_without_doi())
            .unwrap_or_default(),
    );
    if let Some(pmid) = &p.pmid {
        field(out, "AN", pmid);
        field(out, "DB", "PubMed");
    }
    for note in &record.notes {
        field(out, "N1", note);
    }
    out.push_str("ER  - ");
    out.push_str(LINE_END);
}

pub fn write(records: &[Record]) -> String {
    let mut out = String::new();
    for (i, r) in records.iter().enumerate() {
        if i > 0 {
            out.push_str(LINE_END);
        }
        record(&mut out, r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::Publication;
    use crate::evidence::test_publication::younger_2009;

    fn ris(publications: &[Publication]) -> String {
        let records: Vec<Record> = publications.iter().map(Record::of).collect();
        write(&records)
    }

    #[test]
    fn a_journal_article_has_every_field_it_can_parse() {
        assert_eq!(
            ris(&[younger_2009()]),
            "TY  - JOUR\r\n\
             AU  - Younger, J.\r\n\
             AU  - Mackey, S.\r\n\
             PY  - 2009\r\n\
             TI  - Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study\r\n\
             T2  - Pain Medicine\r\n\
             VL  - 10\r\n\
             IS  - 4\r\n\
             SP  - 663\r\n\
             EP  - 672\r\n\
             DO  - 10.1111/j.1526-4637.2009.00613.x\r\n\
             UR  - https://doi.org/10.1111/j.1526-4637.2009.00613.x\r\n\
             AN  - 19453963\r\n\
             DB  - PubMed\r\n\
             ER  - \r\n"
        );
    }

    #[test]
    fn every_line_is_a_tag_two_spaces_a_hyphen_and_a_space_ending_in_cr_lf() {
        let mut odd = younger_2009();
        odd.title = "A title\nbroken over\r\nlines".into();
        odd.authors.push("Herndon JE 2nd".into());
        let text = ris(&[younger_2009(), odd]);
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains(['\r', '\n']));
        for line in text.split("\r\n").filter(|l| !l.is_empty()) {
            let (tag, rest) = line.split_at(2);
            assert!(
                tag.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
                "{line}"
            );
            assert!(rest.starts_with("  - "), "{line}");
        }
        assert!(text.contains("TI  - A title broken over lines\r\n"));
        assert!(text.contains("AU  - Herndon, J. E., 2nd\r\n"));
    }

    #[test]
    fn records_run_from_ty_to_er_separated_by_a_blank_line() {
        let text = ris(&[younger_2009(), younger_2009(), younger_2009()]);
        let records: Vec<&str> = text
            .strip_suffix("\r\n")
            .unwrap()
            .split("\r\n\r\n")
            .collect();
        assert_eq!(records.len(), 3);
        for r in records {
            assert!(r.starts_with("TY  - JOUR\r\n"), "{r}");
            assert!(r.ends_with("ER  - "), "{r}");
            assert_eq!(r.matches("TY  - ").count(), 1);
        }
    }

    #[test]
    fn unclear_pages_go_in_a_note_and_missing_ids_leave_no_empty_tags() {
        let mut p = younger_2009();
        p.volume_pages = Some("CD010410".into());
        p.doi = None;
        p.pmid = None;
        p.journal = None;
        p.url = Some("https://example.org/paper".into());
        let text = ris(&[p]);
        assert!(text.starts_with("TY  - GEN\r\n"));
        for tag in ["VL", "SP", "DO", "AN", "T2"] {
            assert!(!text.contains(&format!("{tag}  - ")), "{tag} in {text}");
        }
        assert!(text.contains("N1  - Volume and pages as printed: CD010410\r\n"));
        assert!(text.contains("UR  - https://example.org/paper\r\n"));
    }

    #[test]
    fn without_a_doi_pubmed_is_the_address() {
        let mut p = younger_2009();
        p.doi = None;
        assert!(ris(&[p]).contains("UR  - https://pubmed.ncbi.nlm.nih.gov/19453963/\r\n"));
    }

    #[test]
    fn conference_abstracts_and_chapters_have_their_own_types() {
        let mut abstract_ = younger_2009();
        abstract_.journal = Some("IV International AIDS Conference (conference abstract)".into());
        abstract_.doi = None;
        let mut chapter = younger_2009();
        chapter.doi = Some("10.1007/978-3-030-22720-3_24".into());
        assert!(ris(&[abstract_]).starts_with("TY  - CONF\r\n"));
        assert!(ris(&[chapter]).starts_with("TY  - CHAP\r\n"));
    }
}
