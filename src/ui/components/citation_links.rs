//! Links out to a publication: DOI and PubMed, or the article's own page when it has neither,
//! and why one is missing.
//! Each opens in a new tab, says so to screen readers, and passes no referrer.

use yew::prelude::*;

use crate::evidence::model::Publication;
use crate::evidence::views::citation;
use crate::evidence::words::Language;
use crate::ui::hooks::use_catalogue::{reference_language, use_language};

/// A link to another site, opening in a new tab. `about` names what a short link text such as
/// "DOI" points to, for screen readers that list links out of context: a reference's title,
/// as published (in English, so marked so on pages in another language).
pub fn external_link(
    href: String,
    text: impl Into<Html>,
    about: Option<&str>,
    language: Language,
) -> Html {
    let words = &language.ui().study;
    let (before, after) = words.link_about;
    html! {
        <a {href} target="_blank" rel="noopener noreferrer">
            { text.into() }
            <span class="visually-hidden">
                if let Some(about) = about {
                    { before }<span lang={reference_language(language)}>{ about }</span>{ after }
                }
                { words.new_tab }
            </span>
        </a>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CitationLinksProps {
    pub publication: Publication,
}

#[component]
pub fn CitationLinks(props: &CitationLinksProps) -> Html {
    let p = &props.publication;
    let title = Some(p.title.as_str());
    let language = use_language();
    let words = &language.ui().study;
    html! {
        <span class="citation-links">
            if let Some(href) = citation::doi_url(p) { { external_link(href, words.doi, title, language) } }
            if let Some(href) = citation::pubmed_url(p) { { external_link(href, words.pubmed, title, language) } }
            if p.doi.is_none() && p.pmid.is_none() {
                if let Some(href) = p.url.clone() { { external_link(href, words.article_page, title, language) } }
            }
            // Why a reader finds no DOI or PubMed link, when the record says.
            if let Some(why) = &p.missing_identifiers {
                <span class="citation-links__missing">{ why }</span>
            }
        </span>
    }
}
