//! The evidence map page: where the evidence on LDN is strong and where it is thin, for every
//! condition at once, as a chart or as a table.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::catalogue_context::use_catalogue;
use super::focus::focus_id;
use super::map_chart::{MapChart, MarkId};
use super::map_details::{MapDetails, DETAILS_HEADING_ID};
use super::map_legend::MapLegend;
use super::map_table::MapTable;
use super::use_map_settings::use_map_settings;
use super::use_page::{use_page, PAGE_HEADING_ID};
use crate::evidence::evidence_map::{EvidenceMap, MapOrder, MapSettings};

#[component]
pub fn EvidenceMapPage() -> Html {
    use_page(Some("Evidence map".to_string()));
    let catalogue = use_catalogue();
    let (settings, onsettings) = use_map_settings();
    let map: Rc<EvidenceMap> =
        use_memo((catalogue.clone(), settings.order), |(catalogue, order)| {
            EvidenceMap::build(catalogue, *order)
        });
    let selected = use_state(|| None::<MarkId>);

    let onselect = {
        let selected = selected.clone();
        Callback::from(move |id: MarkId| selected.set(Some(id)))
    };
    let onactivate = {
        let selected = selected.clone();
        Callback::from(move |id: MarkId| {
            selected.set(Some(id));
            focus_id(DETAILS_HEADING_ID);
        })
    };
    let onback = Callback::from(|id: MarkId| focus_id(&id.element_id()));
    let onorder = onsettings.reform(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        MapSettings {
            order: MapOrder::from_slug(&select.value()).unwrap_or_default(),
            ..settings
        }
    });
    let ontoggle = onsettings.reform(move |_: MouseEvent| MapSettings {
        as_table: !settings.as_table,
        ..settings
    });

    html! {
        <article class="evidence-map">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ "Evidence map" }</h1>
            <p class="intro__purpose">
                { "Every condition on one page: which kinds of study have tested LDN, how many people took part, and what they found. Strong evidence sits to the right, in controlled trials and reviews; many conditions have only case reports." }
            </p>
            <div class="map-controls">
                <div class="finder__sort">
                    <label for="map-order">{ "Order rows by" }</label>
                    <select id="map-order" class="finder__select" onchange={onorder}>
                        for order in MapOrder::ALL {
                            <option value={order.slug()} selected={order == settings.order}>{ order.label() }</option>
                        }
                    </select>
                </div>
                <button type="button" class="button" aria-pressed={settings.as_table.to_string()} onclick={ontoggle}>
                    { "Show as table" }
                </button>
            </div>
            if settings.as_table {
                <MapTable map={map.clone()} />
            } else {
                <div class="map-layout">
                    <MapChart map={map.clone()} selected={(*selected).clone()} {onselect} {onactivate} />
                    <MapDetails map={map.clone()} selected={(*selected).clone()} {onback} />
                </div>
            }
            <MapLegend largest={map.largest_cell} />
        </article>
    }
}
