//! How a publication is cited and linked: references in Vancouver (ICMJE/NLM) style and the
//! only outbound addresses the app ever builds (doi.org, PubMed, or the paper's own https page).
//!
//! Two knowing departures from NLM's samples: journals keep their full names (the dataset has
//! no NLM abbreviations) and page ranges stay as printed (`663–672`, not `663-72`).

use super::person_name::PersonName;
use crate::evidence::model::Publication;

/// Authors shown before "et al." (Vancouver lists six).
const LISTED_AUTHORS: usize = 6;

/// "Younger J, Mackey S" or "Bruun KD, Christensen R, … et al."; `None` when the authors are
/// not verified. A list known to be incomplete ends in "et al." however short it is.
pub fn authors(publication: &Publication) -> Option<String> {
    let all = publication.authors.as_slice();
    if all.is_empty() {
        return None;
    }
    let listed = &all[..all.len().min(LISTED_AUTHORS)];
    Some(
        if listed.len() < all.len() || publication.authors_incomplete {
            format!("{}, et al.", listed.join(", "))
        } else {
            listed.join(", ")
        },
    )
}

/// The authors as they open a reference, ending in exactly one full stop; `None` when the
/// authors are not verified.
pub fn byline(publication: &Publication) -> Option<String> {
    authors(publication).map(|authors| format!("{}.", authors.trim_end_matches('.')))
}

/// "Pain Medicine. 2009;10(4):663–672" from the parts that are known.
pub fn source(publication: &Publication) -> String {
    let mut text = publication
        .journal
        .as_deref()
        .map(|journal| with_full_stop(journal) + " ")
        .unwrap_or_default();
    text.push_str(&publication.year.to_string());
    if let Some(volume) = &publication.volume_pages {
        text.push(';');
        text.push_str(volume);
    }
    text
}

/// Ends `text` with exactly one full stop, unless it already ends a sentence with ? or !.
fn with_full_stop(text: &str) -> String {
    let text = text.trim_end().trim_end_matches('.');
    if text.ends_with(['?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// The full reference in one line, in Vancouver order: authors, title, journal, year;
/// volume(issue):pages, DOI and PMID. Vancouver starts with the title when there is no author
/// list, and gives the address of a paper that has neither DOI nor PMID.
pub fn reference(publication: &Publication) -> String {
    let mut parts = Vec::with_capacity(5);
    parts.extend(byline(publication));
    parts.push(with_full_stop(&publication.title));
    parts.push(with_full_stop(&source(publication)));
    if let Some(doi) = &publication.doi {
        parts.push(format!("doi:{doi}."));
    }
    if let Some(pmid) = &publication.pmid {
        parts.push(format!("PMID: {pmid}."));
    }
    if publication.doi.is_none() && publication.pmid.is_none() {
        if let Some(url) = &publication.url {
            parts.push(format!("Available from: {url}"));
        }
    }
    parts.join(" ")
}

/// The one address that best opens the publication: its DOI, else PubMed, else its own page.
pub fn primary_url(publication: &Publication) -> Option<String> {
    doi_url(publication)
        .or_else(|| pubmed_url(publication))
        .or_else(|| publication.url.clone())
}

/// How a reader tells one study from the next in a list, by first author and year as text
/// citations do: "Younger and Mackey 2009", "Bruun et al. 2024", "van der Woude 2009"; the
/// title in quotation marks when the authors are not verified. `and` is the page's word.
pub fn short_name(publication: &Publication, and: &str) -> String {
    let family = |author: &String| PersonName::parse(author).family;
    let year = publication.year;
    match publication.authors.as_slice() {
        [] => format!(
            "\u{201c}{}\u{201d} ({year})",
            publication.title.trim_end_matches('.')
        ),
        [first, ..] if publication.authors_incomplete => format!("{} et al. {year}", family(first)),
        [only] => format!("{} {year}", family(only)),
        [first, second] => format!("{} {and} {} {year}", family(first), family(second)),
        [first, ..] => format!("{} et al. {year}", family(first)),
    }
}

pub fn doi_url(publication: &Publication) -> Option<String> {
    publication
        .doi
        .as_ref()
        .map(|doi| format!("https://doi.org/{doi}"))
}

pub fn pubmed_url(publication: &Publication) -> Option<String> {
    publication
        .pmid
        .as_ref()
        .map(|pmid| format!("https://pubmed.ncbi.nlm.nih.gov/{pmid}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn publication() -> Publication {
        crate::evidence::test_publication::younger_2009()
    }

    #[test]
    fn a_reference_reads_in_vancouver_order() {
        assert_eq!(
            reference(&publication()),
            "Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Medicine. 2009;10(4):663–672. doi:10.1111/j.1526-4637.2009.00613.x. PMID: 19453963."
        );
    }

    #[test]
    fn a_reference_without_authors_starts_with_the_title() {
        let mut p = publication();
        p.authors.clear();
        assert!(reference(&p).starts_with("Fibromyalgia symptoms are reduced"));
    }

    #[test]
    fn a_title_ending_in_a_question_mark_gets_no_full_stop() {
        let mut p = publication();
        p.title = "Does LDN help?".into();
        assert!(reference(&p).contains(" Does LDN help? Pain Medicine. 2009;"));
    }

    #[test]
    fn missing_parts_are_left_out_without_stray_punctuation() {
        let mut p = publication();
        p.journal = None;
        p.volume_pages = None;
        p.pmid = None;
        assert_eq!(
            reference(&p),
            "Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. 2009. doi:10.1111/j.1526-4637.2009.00613.x."
        );
    }

    #[test]
    fn a_paper_with_neither_doi_nor_pmid_gives_its_address() {
        let mut p = publication();
        p.doi = None;
        p.pmid = None;
        p.url = Some("https://example.org/paper".into());
        assert!(reference(&p).ends_with("663–672. Available from: https://example.org/paper"));
        p.pmid = Some("1".into());
        assert!(!reference(&p).contains("Available from"));
    }

    #[test]
    fn long_author_lists_are_cut_after_six() {
        let mut p = publication();
        p.authors = (1..=8).map(|i| format!("Author{i} A")).collect();
        assert_eq!(
            authors(&p).unwrap(),
            "Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A, et al."
        );
        assert!(reference(&p).starts_with(
            "Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A, et al. Fibromyalgia"
        ));
        p.authors.clear();
        assert_eq!(authors(&p), None);
    }

    #[test]
    fn an_incomplete_author_list_ends_in_et_al() {
        let mut p = publication();
        p.authors = vec!["Bested K".into()];
        p.authors_incomplete = true;
        assert_eq!(authors(&p).unwrap(), "Bested K, et al.");
        assert!(reference(&p).starts_with("Bested K, et al. Fibromyalgia"));
        assert_eq!(short_name(&p, "and"), "Bested et al. 2009");
        // Cut after six either way, with "et al." once.
        p.authors = (1..=8).map(|i| format!("Author{i} A")).collect();
        assert_eq!(authors(&p).unwrap().matches("et al.").count(), 1);
    }

    #[test]
    fn short_names_follow_the_author_year_convention() {
        let mut p = publication();
        assert_eq!(short_name(&p, "and"), "Younger and Mackey 2009");
        assert_eq!(short_name(&p, "y"), "Younger y Mackey 2009");
        p.authors.push("Parkitny L".into());
        assert_eq!(short_name(&p, "and"), "Younger et al. 2009");
        p.authors = vec!["van der Woude CJ".into()];
        assert_eq!(short_name(&p, "and"), "van der Woude 2009");
        p.authors.clear();
        assert_eq!(
            short_name(&p, "and"),
            "\u{201c}Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study\u{201d} (2009)"
        );
    }

    #[test]
    fn the_primary_link_prefers_the_doi() {
        let mut p = publication();
        assert_eq!(primary_url(&p), doi_url(&p));
        p.doi = None;
        assert_eq!(primary_url(&p), pubmed_url(&p));
        p.pmid = None;
        p.url = Some("https://example.org/a".into());
        assert_eq!(primary_url(&p).as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn links_go_only_to_doi_org_and_pubmed() {
        let p = publication();
        assert_eq!(
            doi_url(&p).unwrap(),
            "https://doi.org/10.1111/j.1526-4637.2009.00613.x"
        );
        assert_eq!(
            pubmed_url(&p).unwrap(),
            "https://pubmed.ncbi.nlm.nih.gov/19453963/"
        );
    }
}
