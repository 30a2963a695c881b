//! How a publication is cited and linked: author lists in Vancouver style and the only
//! outbound addresses the app ever builds (doi.org, PubMed, or the paper's own https page).

use super::model::Publication;
use super::person_name::PersonName;

/// Authors shown before "et al." (Vancouver lists six).
const LISTED_AUTHORS: usize = 6;

/// "Younger J, Mackey S" or "Bruun KD, Christensen R, … et al."; a note when unverified.
pub fn authors(publication: &Publication) -> String {
    match publication.authors.as_slice() {
        [] => "Authors not verified".to_string(),
        all if all.len() > LISTED_AUTHORS => {
            format!("{}, et al.", all[..LISTED_AUTHORS].join(", "))
        }
        all => all.join(", "),
    }
}

/// The authors as they open a reference, ending in exactly one full stop.
pub fn byline(publication: &Publication) -> String {
    format!("{}.", authors(publication).trim_end_matches('.'))
}

/// "Pain Medicine 2009;10(4):663–672" from the parts that are known.
pub fn source(publication: &Publication) -> String {
    let mut text = publication.journal.clone().unwrap_or_default();
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(&publication.year.to_string());
    if let Some(volume) = &publication.volume_pages {
        text.push(';');
        text.push_str(volume);
    }
    text
}

/// The full reference in one line, Vancouver-like.
pub fn reference(publication: &Publication) -> String {
    let mut text = format!(
        "{} {}. {}.",
        byline(publication),
        publication.title.trim_end_matches('.'),
        source(publication)
    );
    if let Some(doi) = &publication.doi {
        text.push_str(&format!(" doi:{doi}"));
    }
    if let Some(pmid) = &publication.pmid {
        text.push_str(&format!(" PMID: {pmid}"));
    }
    text
}

/// How a reader tells one study from the next in a list: "Younger 2009", or the title in
/// quotation marks when the authors are not known.
pub fn short_label(publication: &Publication) -> String {
    match publication.authors.first() {
        Some(first) => format!("{} {}", PersonName::parse(first).family, publication.year),
        None => format!(
            "\u{201c}{}\u{201d} ({})",
            publication.title.trim_end_matches('.'),
            publication.year
        ),
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
        serde_json::from_str(
            r#"{"id":"younger-2009","conditions":["fibromyalgia"],"authors":["Younger J","Mackey S"],
            "year":2009,"title":"Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study.",
            "journal":"Pain Medicine","volume_pages":"10(4):663–672","doi":"10.1111/j.1526-4637.2009.00613.x",
            "pmid":"19453963","registration":null,"url":null,"design":"single-blind-crossover",
            "participants":10,"participants_note":null,"dose":"4.5 mg","dose_range":"low","duration":"8 weeks",
            "placebo_controlled":true,"blinding":"single","comparator":"placebo","review_scope":null,
            "outcomes":[],"adverse_effects":null,"conflict_of_interest":{"status":"not-reported"},
            "funder":null,"verified_from":["x"]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_reference_reads_in_vancouver_order() {
        assert_eq!(
            reference(&publication()),
            "Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Medicine 2009;10(4):663–672. doi:10.1111/j.1526-4637.2009.00613.x PMID: 19453963"
        );
    }

    #[test]
    fn long_author_lists_are_cut_after_six() {
        let mut p = publication();
        p.authors = (1..=8).map(|i| format!("Author{i} A")).collect();
        assert_eq!(
            authors(&p),
            "Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A, et al."
        );
        assert!(reference(&p).starts_with(
            "Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A, et al. Fibromyalgia"
        ));
        p.authors.clear();
        assert_eq!(authors(&p), "Authors not verified");
    }

    #[test]
    fn a_short_label_names_the_first_author_and_year() {
        let mut p = publication();
        assert_eq!(short_label(&p), "Younger 2009");
        p.authors = vec!["van der Woude CJ".into()];
        assert_eq!(short_label(&p), "van der Woude 2009");
        p.authors.clear();
        assert_eq!(
            short_label(&p),
            "\u{201c}Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study\u{201d} (2009)"
        );
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
