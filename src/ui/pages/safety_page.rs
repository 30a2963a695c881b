//! Safety and dosing: side effects, who should not take LDN, dose and timing, slow-release
//! forms, compounding and regulatory status, each statement with its sources.

use yew::prelude::*;

use crate::evidence::model::SafetyPoint;
use crate::evidence::views::catalogue::Catalogue;
use crate::evidence::views::citation;
use crate::ui::components::citation_links::{external_link, CitationLinks};
use crate::ui::hooks::use_catalogue::{reference_language, use_catalogue};
use crate::ui::hooks::use_page::PAGE_HEADING_ID;

#[component]
pub fn SafetyPage() -> Html {
    let catalogue = use_catalogue();
    let safety = &catalogue.dataset.safety;
    let words = &catalogue.language.ui().safety;
    let reviewed = catalogue.language.date(&safety.last_reviewed);
    html! {
        <article class="safety">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ words.heading }</h1>
            <p class="intro__note">
                { words.note }
            </p>
            for section in &safety.sections {
                <section aria-labelledby={format!("safety-{}", section.id)}>
                    <h2 id={format!("safety-{}", section.id)}>{ &section.heading }</h2>
                    <ul class="safety__points">
                        for point in &section.points {
                            <li>{ safety_point(point, &catalogue) }</li>
                        }
                    </ul>
                </section>
            }
            <p class="detail__reviewed">{ (words.last_checked)(&reviewed) }</p>
        </article>
    }
}

fn safety_point(point: &SafetyPoint, catalogue: &Catalogue) -> Html {
    let reference_lang = reference_language(catalogue.language);
    let publications: Vec<_> = point
        .publications
        .iter()
        .filter_map(|id| catalogue.dataset.publication(id))
        .collect();
    html! {
        <>
            <p>{ &point.text }</p>
            if !publications.is_empty() || !point.sources.is_empty() {
                <ul class="sources" aria-label={catalogue.language.ui().safety.sources}>
                    for publication in publications {
                        <li>
                            <span lang={reference_lang}>{ citation::reference(publication) }</span>{ " " }
                            <CitationLinks publication={publication.clone()} />
                        </li>
                    }
                    for source in &point.sources {
                        <li>{ external_link(source.url.clone(), &source.title, None, catalogue.language) }</li>
                    }
                </ul>
            }
        </>
    }
}
