//! What every page does when it opens: name the browser tab, start at the top, and move
//! keyboard and screen-reader focus to the page's heading (after the first page, which the
//! reader has not asked to move away from).

use std::cell::Cell;

use yew::prelude::*;

use super::focus::focus_id;

/// The id of each page's `<h1>`, which takes focus when the reader moves to a new page.
pub const PAGE_HEADING_ID: &str = "page-heading";

thread_local! {
    static PAGES_SHOWN: Cell<u32> = const { Cell::new(0) };
}

/// Sets the document title to "`title` · LDN Evidence" (or just the product name).
#[hook]
pub fn use_page(title: Option<String>) {
    use_effect_with(title, |title| {
        let document = gloo::utils::document();
        document.set_title(&match title {
            Some(title) => format!("{title} \u{b7} LDN Evidence"),
            None => "LDN Evidence: what research says about low-dose naltrexone".to_string(),
        });
        let earlier_pages = PAGES_SHOWN.with(|n| n.replace(n.get() + 1));
        if earlier_pages > 0 {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_id(PAGE_HEADING_ID);
        }
    });
}
