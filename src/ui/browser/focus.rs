//! Moving keyboard focus, which pages and controls do after the reader acts: to a heading, to
//! the main content, to a chart mark (an SVG element), to the next card.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, SvgElement};

/// Focuses the first element matching a CSS selector, HTML or SVG; does nothing if none.
pub fn focus(selector: &str) {
    let element: Option<Element> = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten();
    let Some(element) = element else { return };
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<SvgElement>() {
        let _ = svg.focus();
    }
}

/// Focuses the element with this id.
pub fn focus_id(id: &str) {
    focus(&format!("#{id}"));
}
