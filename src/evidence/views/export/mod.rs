//! Citation files for reference managers, RIS and BibTeX: the studies on one condition, or every
//! publication. The build writes them beside the pages (`src/static_site.rs`), so the app links
//! to plain files: they download with JavaScript off, and the WebAssembly carries no writer.

mod bibtex;
mod record;
mod ris;
pub mod table;
mod volume_pages;

use super::catalogue::Catalogue;
use crate::evidence::model::Publication;
use record::Record;

/// The open data files the build writes beside the pages (`src/static_site.rs`), which the
/// home page links to, and their terms of reuse.
pub const OPEN_DATA_JSON: &str = "ldn-evidence-data.json";
pub const OPEN_DATA_SCHEMA: &str = "ldn-evidence-data.schema.json";
pub const OPEN_DATA_CSV: &str = "ldn-evidence-publications.csv";
/// The folder of the citation files, beside the pages.
pub const CITATION_FOLDER: &str = "cite";
pub const OPEN_DATA_LICENCE: &str = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): reuse, share and adapt, naming LDN Evidence as the source";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitationFormat {
    /// For EndNote, Zotero, Mendeley and most other reference managers.
    Ris,
    /// For LaTeX.
    Bibtex,
}

impl CitationFormat {
    pub const ALL: [CitationFormat; 2] = [CitationFormat::Ris, CitationFormat::Bibtex];

    pub fn label(self) -> &'static str {
        match self {
            CitationFormat::Ris => "RIS",
            CitationFormat::Bibtex => "BibTeX",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            CitationFormat::Ris => "ris",
            CitationFormat::Bibtex => "bib",
        }
    }

    /// The whole file for these publications, in the order given.
    pub fn write(self, publications: &[&Publication]) -> String {
        let records: Vec<Record> = publications.iter().map(|p| Record::of(p)).collect();
        match self {
            CitationFormat::Ris => ris::write(&records),
            CitationFormat::Bibtex => bibtex::write(&records),
        }
    }
}

/// Which studies a file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// The studies on one condition, by its id.
    Condition(String),
    /// Every publication the dataset holds: the studies on all conditions and the sources of
    /// the safety page. An embed that shows a few conditions still offers the whole set, since
    /// its file name and wording say "all".
    Everything,
}

impl ExportScope {
    /// The publications in this scope, newest first, each once.
    pub fn publications<'a>(&self, catalogue: &'a Catalogue) -> Vec<&'a Publication> {
        match self {
            ExportScope::Condition(id) => catalogue.publications_for(id),
            ExportScope::Everything => catalogue.dataset.all_publications(),
        }
    }

    /// `ldn-evidence-fibromyalgia.ris`, `ldn-evidence-all.bib`, with `(start, all)` the
    /// reader's words for the name's start and for "all" (a download is named in the page's
    /// language). Condition ids are already lowercase ASCII slugs; anything else is dropped
    /// so the name is safe on every system.
    pub fn file_name(&self, format: CitationFormat, (start, all): (&str, &str)) -> String {
        let stem: String = match self {
            ExportScope::Condition(id) => id
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect(),
            ExportScope::Everything => all.to_string(),
        };
        format!("{start}-{stem}.{}", format.extension())
    }

    /// The file's address relative to the site's root, one for every language:
    /// `cite/ldn-evidence-all.ris`.
    pub fn href(&self, format: CitationFormat) -> String {
        let name = self.file_name(format, ("ldn-evidence", "all"));
        format!("{CITATION_FOLDER}/{name}")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn catalogue() -> Catalogue {
        crate::embedded_catalogue()
    }

    /// The DOIs a reference manager would read back out of an RIS file.
    fn dois_in_ris(text: &str) -> Vec<String> {
        text.split("\r\n")
            .filter_map(|line| line.strip_prefix("DO  - "))
            .map(str::to_string)
            .collect()
    }

    /// The DOIs in a BibTeX file's `doi = {…}` fields.
    fn dois_in_bibtex(text: &str) -> Vec<String> {
        text.lines()
            .filter_map(|line| line.trim().strip_prefix("doi = {"))
            .map(|rest| rest.trim_end_matches(',').trim_end_matches('}').to_string())
            .collect()
    }

    fn dataset_dois(publications: &[&Publication]) -> Vec<String> {
        publications.iter().filter_map(|p| p.doi.clone()).collect()
    }

    #[test]
    fn files_are_named_after_the_condition_or_all() {
        let fibro = ExportScope::Condition("fibromyalgia".into());
        let english = ("ldn-evidence", "all");
        assert_eq!(
            fibro.file_name(CitationFormat::Ris, english),
            "ldn-evidence-fibromyalgia.ris"
        );
        assert_eq!(
            fibro.file_name(CitationFormat::Bibtex, english),
            "ldn-evidence-fibromyalgia.bib"
        );
        assert_eq!(
            ExportScope::Everything.file_name(CitationFormat::Ris, english),
            "ldn-evidence-all.ris"
        );
        assert_eq!(
            ExportScope::Everything.file_name(CitationFormat::Bibtex, ("ldn-evidencia", "todas")),
            "ldn-evidencia-todas.bib"
        );
        assert_eq!(
            ExportScope::Condition("../x y/é".into()).file_name(CitationFormat::Ris, english),
            "ldn-evidence-xy.ris"
        );
    }

    #[test]
    fn every_real_doi_comes_back_out_of_both_formats() {
        let catalogue = catalogue();
        let everything = ExportScope::Everything.publications(&catalogue);
        assert_eq!(everything.len(), catalogue.dataset.publications.len());
        let expected = dataset_dois(&everything);
        assert!(expected.len() >= 40, "only {} DOIs", expected.len());
        let ris = CitationFormat::Ris.write(&everything);
        let bibtex = CitationFormat::Bibtex.write(&everything);
        assert_eq!(dois_in_ris(&ris), expected);
        assert_eq!(dois_in_bibtex(&bibtex), expected);
    }

    #[test]
    fn a_condition_file_holds_exactly_that_conditions_studies() {
        let catalogue = catalogue();
        let scope = ExportScope::Condition("fibromyalgia".into());
        let publications = scope.publications(&catalogue);
        let ris = CitationFormat::Ris.write(&publications);
        assert_eq!(ris.matches("TY  - ").count(), publications.len());
        assert_eq!(ris.matches("ER  - ").count(), publications.len());
        assert_eq!(dois_in_ris(&ris), dataset_dois(&publications));
        let bibtex = CitationFormat::Bibtex.write(&publications);
        assert_eq!(bibtex.matches("\n@").count(), publications.len());
    }

    #[test]
    fn every_real_record_is_well_formed_ris() {
        let catalogue = catalogue();
        let everything = ExportScope::Everything.publications(&catalogue);
        let ris = CitationFormat::Ris.write(&everything);
        let records: Vec<&str> = ris
            .strip_suffix("\r\n")
            .unwrap()
            .split("\r\n\r\n")
            .collect();
        assert_eq!(records.len(), everything.len());
        for record in records {
            let lines: Vec<&str> = record.split("\r\n").collect();
            assert!(lines[0].starts_with("TY  - "), "{record}");
            assert_eq!(*lines.last().unwrap(), "ER  - ", "{record}");
            assert!(lines.iter().any(|l| l.starts_with("TI  - ")), "{record}");
            assert!(lines.iter().any(|l| l.starts_with("PY  - ")), "{record}");
            for line in lines {
                let tag = &line[..2];
                assert!(
                    tag.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
                    "{line}"
                );
                assert_eq!(&line[2..6], "  - ", "{line}");
            }
        }
    }

    #[test]
    fn every_real_bibtex_key_is_unique_ascii() {
        let catalogue = catalogue();
        let everything = ExportScope::Everything.publications(&catalogue);
        let bibtex = CitationFormat::Bibtex.write(&everything);
        let keys: Vec<&str> = bibtex
            .lines()
            .filter_map(|l| l.strip_prefix('@'))
            .map(|l| l.split_once('{').unwrap().1.trim_end_matches(','))
            .collect();
        assert_eq!(keys.len(), everything.len());
        assert_eq!(keys.iter().collect::<BTreeSet<_>>().len(), keys.len());
        assert!(keys
            .iter()
            .all(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric())));
        // The real data has a journal with an ampersand and authors with accents.
        assert!(bibtex.contains("journal = {Arthritis \\& Rheumatism},"));
        assert!(bibtex.contains("Småbrekke, L."));
        assert!(!bibtex.contains(" & "));
    }
}
