//! The evidence map's order lives in the address (`map/?order=name`), so a reload or a shared
//! link shows the same map.

use yew::prelude::*;

use crate::evidence::views::evidence_map::MapSettings;
use crate::ui::route::Route;
use crate::ui::router::{use_location, use_navigator};

/// The settings in the address, and a callback that replaces the address with new ones.
#[hook]
pub fn use_map_settings(page: Route) -> (MapSettings, Callback<MapSettings>) {
    let query_string = use_location().query;
    let read = MapSettings::from_query_string(&query_string);
    let (settings, ignored) = (read.value, read.ignored);
    use_effect_with(query_string, move |_| {
        for problem in ignored {
            gloo::console::warn!(format!(
                "LDN Evidence: ignored part of the address: {problem}"
            ));
        }
    });
    let navigator = use_navigator();
    let onchange = Callback::from(move |next: MapSettings| {
        let params = next.to_params();
        if let Some(navigator) = &navigator {
            navigator.replace_with_query(&page, &params);
        }
    });
    (settings, onchange)
}
