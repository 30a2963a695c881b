//! Taking over from the pre-rendered home page that release builds put in index.html.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

/// The search box, the one control a reader may use before the app is ready.
const SEARCH: &str = "#condition-search";

fn search_box(root: &Element) -> Option<HtmlInputElement> {
    root.query_selector(SEARCH).ok().flatten()?.dyn_into().ok()
}

/// Shows the mount point again if boot.js hid it (the address asked for another page).
pub fn reveal() {
    let _ = gloo::utils::document_element()
        .class_list()
        .remove_1("prerender-stale");
}

/// Puts the app's own page in place of the pre-rendered one, carrying over anything the
/// reader already typed into the search box (and its focus), and shows the page again if
/// boot.js hid it because the address asked for another one.
pub fn replace(prerendered: &Element, app: &Element) {
    let document = gloo::utils::document();
    let typed = search_box(prerendered).map(|input| {
        let focused = document.active_element().is_some_and(|e| e == **input);
        (input.value(), focused)
    });
    let _ = prerendered.replace_with_with_node_1(app);
    reveal();
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("app-ready");
    }
    let (Some((text, focused)), Some(input)) = (typed, search_box(app)) else {
        return;
    };
    if !text.is_empty() && input.value().is_empty() {
        input.set_value(&text);
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = Event::new_with_event_init_dict("input", &init) {
            let _ = input.dispatch_event(&event);
        }
    }
    if focused {
        let _ = input.focus();
    }
}
