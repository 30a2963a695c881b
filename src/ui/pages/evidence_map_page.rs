//! The evidence map page: where the evidence on LDN is strong and where it is thin, for every
//! condition at once, as a chart or as a table.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::evidence::views::evidence_map::{EvidenceMap, MapOrder, MapSettings};
use crate::ui::browser::focus::focus_id;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::hooks::use_map_settings::use_map_settings;
use crate::ui::hooks::use_page::PAGE_HEADING_ID;
use crate::ui::map::chart::{MapChart, MarkId};
use crate::ui::map::details::{MapDetails, DETAILS_HEADING_ID};
use crate::ui::map::legend::MapLegend;
use crate::ui::map::table::MapTable;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[derive(Properties, PartialEq, Clone)]
pub struct EvidenceMapPageProps {
    /// The table page (`map/table/`) rather than the chart (`map/`).
    pub as_table: bool,
}

#[component]
pub fn EvidenceMapPage(props: &EvidenceMapPageProps) -> Html {
    let as_table = props.as_table;
    let catalogue = use_catalogue();
    let words = &catalogue.language.ui().map;
    let (here, other_view, other_label) = match as_table {
        true => (
            Route::EvidenceMapTable,
            Route::EvidenceMap,
            words.show_chart,
        ),
        false => (
            Route::EvidenceMap,
            Route::EvidenceMapTable,
            words.show_table,
        ),
    };
    let (settings, onsettings) = use_map_settings(here);
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
        }
    });

    html! {
        <article class="evidence-map">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ words.heading }</h1>
            <p class="intro__purpose">
                { words.intro }
            </p>
            <div class="map-controls">
                <div class="finder__sort">
                    <label for="map-order">{ words.order_by }</label>
                    <select id="map-order" class="finder__select" onchange={onorder}>
                        for order in MapOrder::ALL {
                            <option value={order.slug()} selected={order == settings.order}>{ order.label(words) }</option>
                        }
                    </select>
                </div>
                <Link to={other_view} query={settings.to_params()} classes="button">{ other_label }</Link>
            </div>
            if as_table {
                <MapTable map={map.clone()} />
            } else {
                <div class="map-layout depends-on-query">
                    <MapChart map={map.clone()} selected={(*selected).clone()} {onselect} {onactivate} />
                    <MapDetails map={map.clone()} selected={(*selected).clone()} {onback} />
                </div>
            }
            <MapLegend largest={map.largest_cell} />
        </article>
    }
}
