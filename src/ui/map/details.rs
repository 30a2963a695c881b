//! The panel beside (or under) the evidence-map chart: the studies behind the chosen mark, each
//! with what it found and links to read it.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::MarkId;
use crate::evidence::views::citation;
use crate::evidence::views::evidence_map::{EvidenceMap, MapStudy};
use crate::ui::components::citation_links::CitationLinks;
use crate::ui::hooks::use_catalogue::{reference_language, use_catalogue, use_language};
use crate::ui::route::Route;
use crate::ui::router::Link;

/// The id of the panel's heading, which takes focus when a mark is activated.
pub const DETAILS_HEADING_ID: &str = "map-details-heading";

#[derive(Properties, PartialEq, Clone)]
pub struct MapDetailsProps {
    pub map: Rc<EvidenceMap>,
    pub selected: Option<MarkId>,
    /// "Back to the map": return focus to the chosen mark.
    pub onback: Callback<MarkId>,
}

#[component]
pub fn MapDetails(props: &MapDetailsProps) -> Html {
    let words = &use_language().ui().map;
    let found = props.selected.as_ref().and_then(|id| {
        let row = props
            .map
            .rows
            .iter()
            .find(|r| r.condition_id == id.condition_id)?;
        Some((id.clone(), row, row.cell(id.column)?))
    });
    let Some((id, row, cell)) = found else {
        return html! {
            <section class="map-details" aria-labelledby={DETAILS_HEADING_ID}>
                <h2 id={DETAILS_HEADING_ID} tabindex="-1">{ words.details_heading }</h2>
                <p class="map-details__hint">
                    { words.details_hint }
                </p>
            </section>
        };
    };
    let onback = props.onback.reform({
        let id = id.clone();
        move |_: MouseEvent| id.clone()
    });
    html! {
        <section class="map-details" aria-labelledby={DETAILS_HEADING_ID}>
            <h2 id={DETAILS_HEADING_ID} tabindex="-1">{ format!("{}: {}", row.name, cell.column.label(words).to_lowercase()) }</h2>
            <p>{ format!("{}.", cell.summary(words)) }</p>
            <ul class="map-details__list">
                for study in &cell.studies {
                    <DetailsStudy key={study.publication_id.clone()} study={study.clone()} />
                }
            </ul>
            <p class="map-details__more">
                <Link to={Route::Condition { id: row.condition_id.clone() }}>
                    { (words.everything_about)(&row.name) }
                </Link>
            </p>
            <button type="button" class="button button--quiet" onclick={onback}>{ words.back_to_map }</button>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct DetailsStudyProps {
    study: MapStudy,
}

#[component]
fn DetailsStudy(props: &DetailsStudyProps) -> Html {
    let catalogue = use_catalogue();
    let language = catalogue.language;
    let reference_lang = reference_language(language);
    let study = &props.study;
    let Some(publication) = catalogue.dataset.publication(&study.publication_id) else {
        return html! {};
    };
    let people = match study.participants {
        Some(n) => (language.ui().map.people)(n as usize),
        None => language.ui().map.people_not_reported.to_string(),
    };
    html! {
        <li class="map-details__study">
            <p class="map-details__name">
                // Without verified authors, the short name is the title.
                <strong lang={reference_lang.filter(|_| publication.authors.is_empty())}>
                    { citation::short_name(publication, language.ui().study.and) }
                </strong>
                // Without authors the short name is already the title.
                if !publication.authors.is_empty() { { ": " }<span lang={reference_lang}>{ &publication.title }</span> }
            </p>
            <p class="map-details__meta">
                <span class={classes!("map-details__direction", format!("map-details__direction--{}", study.direction.slug()))}>
                    { language.direction(study.direction) }
                </span>
                { format!(" \u{b7} {people} \u{b7} {}", language.design(publication.design)) }
            </p>
            <p class="study__links"><CitationLinks publication={publication.clone()} /></p>
        </li>
    }
}
