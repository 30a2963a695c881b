//! Taking over from the pre-rendered page that every address of a release build serves. The
//! app draws the same page off screen, then puts it in place in one step: no blank frame, and
//! nothing the reader typed or focused is lost.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

/// Classes boot.js put on `<html>` for the pre-rendered page: cards of a search in the address
/// held back, and an embed's cards picked out. The app's own page needs neither.
const BOOT_CLASSES: [&str; 2] = ["awaiting-app", "some-conditions"];

/// The search box, the one control a reader may use before the app is ready.
const SEARCH: &str = "#condition-search";

fn search_box(root: &Element) -> Option<HtmlInputElement> {
    root.query_selector(SEARCH).ok().flatten()?.dyn_into().ok()
}

/// Says the app is in charge: shows what boot.js held back and marks the moment for the
/// benchmark.
pub fn app_ready() {
    let classes = gloo::utils::document_element().class_list();
    for class in BOOT_CLASSES {
        let _ = classes.remove_1(class);
    }
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("app-ready");
    }
}

/// Puts the app's own page in place of the pre-rendered one, carrying over anything the
/// reader already typed into the search box, and its focus.
pub fn replace(prerendered: &Element, app: &Element) {
    let document = gloo::utils::document();
    let typed = search_box(prerendered).map(|input| {
        let focused = document.active_element().is_some_and(|e| e == **input);
        (input.value(), focused)
    });
    let _ = prerendered.replace_with_with_node_1(app);
    app_ready();
    let (Some((text, focused)), Some(input)) = (typed, search_box(app)) else {
        return;
    };
    if text != input.value() && !text.is_empty() {
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
