//! What one publication says about itself as a reference, decided once for every format: what
//! kind of work it is, its authors taken apart, its volume and pages, and the notes a reader of
//! the reference should not lose (not peer reviewed, authors not verified).

use super::volume_pages::VolumePages;
use crate::evidence::model::Publication;
use crate::evidence::views::person_name::PersonName;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    JournalArticle,
    /// An abstract presented at a meeting; its `journal` names the meeting.
    ConferenceAbstract,
    /// A chapter of a book; its `journal` names the book.
    BookChapter,
    /// A preprint or a report with no journal to name.
    Other,
}

impl Kind {
    fn of(publication: &Publication) -> Kind {
        let venue = publication.journal.as_deref().unwrap_or_default();
        if is_book_doi(publication.doi.as_deref()) {
            Kind::BookChapter
        } else if mentions(venue, "conference") {
            Kind::ConferenceAbstract
        } else if venue.is_empty() {
            Kind::Other
        } else {
            Kind::JournalArticle
        }
    }
}

/// Whether `text` holds the ASCII `word` in any case; cheaper in the app than lowercasing.
fn mentions(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Publishers build a book's DOIs on its ISBN-13 (`10.1007/978-3-030-22720-3_24`).
fn is_book_doi(doi: Option<&str>) -> bool {
    doi.and_then(|doi| doi.split_once('/'))
        .is_some_and(|(_, suffix)| suffix.starts_with("978-") || suffix.starts_with("979-"))
}

pub struct Record<'a> {
    pub publication: &'a Publication,
    pub kind: Kind,
    pub authors: Vec<PersonName>,
    /// The title without the full stop a style adds itself.
    pub title: &'a str,
    pub volume_pages: VolumePages,
    pub notes: Vec<String>,
}

impl<'a> Record<'a> {
    pub fn of(publication: &'a Publication) -> Record<'a> {
        let volume_pages = publication
            .volume_pages
            .as_deref()
            .map(VolumePages::parse)
            .unwrap_or_default();
        let mut notes = Vec::new();
        if publication.authors.is_empty() {
            notes.push("Authors not verified".to_string());
        } else if publication.authors_incomplete {
            notes.push("Full author list not verified".to_string());
        }
        if !publication.peer_reviewed {
            notes.push("Not peer reviewed".to_string());
        }
        if let Some(printed) = &volume_pages.unparsed {
            notes.push(format!("Volume and pages as printed: {printed}"));
        }
        if let Some(registration) = &publication.registration {
            notes.push(format!("Trial registration: {registration}"));
        }
        Record {
            publication,
            kind: Kind::of(publication),
            authors: publication
                .authors
                .iter()
                .map(|a| PersonName::parse(a))
                .collect(),
            title: publication.title.trim().trim_end_matches('.'),
            volume_pages,
            notes,
        }
    }

    /// The address to give when there is no DOI: PubMed, else the publication's own page.
    pub fn address_without_doi(&self) -> Option<String> {
        let p = self.publication;
        if p.doi.is_some() {
            return None;
        }
        crate::evidence::views::citation::pubmed_url(p).or_else(|| p.url.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::model::Design;
    use crate::evidence::test_publication::publication;

    fn record_kind(journal: Option<&str>, doi: Option<&str>) -> Kind {
        let mut p = publication("p", Design::CaseReport, 1, vec![]);
        p.journal = journal.map(Into::into);
        p.doi = doi.map(Into::into);
        Record::of(&p).kind
    }

    #[test]
    fn the_kind_of_work_follows_what_the_dataset_knows() {
        assert_eq!(
            record_kind(Some("Pain Medicine"), None),
            Kind::JournalArticle
        );
        assert_eq!(
            record_kind(Some("IV International AIDS Conference, Stockholm"), None),
            Kind::ConferenceAbstract
        );
        assert_eq!(
            record_kind(Some("A Book"), Some("10.1007/978-3-030-22720-3_24")),
            Kind::BookChapter
        );
        assert_eq!(record_kind(None, Some("10.1000/xyz")), Kind::Other);
    }

    #[test]
    fn what_a_reader_must_not_lose_becomes_a_note() {
        let mut p = publication("p", Design::CaseReport, 1, vec![]);
        p.authors.clear();
        p.peer_reviewed = false;
        p.volume_pages = Some("CD010410".into());
        p.registration = Some("NCT00568555".into());
        assert_eq!(
            Record::of(&p).notes,
            [
                "Authors not verified",
                "Not peer reviewed",
                "Volume and pages as printed: CD010410",
                "Trial registration: NCT00568555"
            ]
        );
    }

    #[test]
    fn the_title_loses_its_closing_full_stop() {
        let mut p = publication("p", Design::CaseReport, 1, vec![]);
        p.title = "A pilot study. ".into();
        assert_eq!(Record::of(&p).title, "A pilot study");
    }
}
