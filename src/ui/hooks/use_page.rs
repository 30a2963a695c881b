//! What every page does when it opens: name the browser tab, start at the top, and move
//! keyboard and screen-reader focus to the page's heading (after the first page, which the
//! reader has not asked to move away from).

use std::cell::Cell;

use yew::prelude::*;

use super::use_catalogue::use_catalogue;
use crate::ui::browser::focus::focus_id;
use crate::ui::components::page_meta::PageMeta;
use crate::ui::route::Route;

/// The id of each page's `<h1>`, which takes focus when the reader moves to a new page.
pub const PAGE_HEADING_ID: &str = "page-heading";

thread_local! {
    static PAGES_SHOWN: Cell<u32> = const { Cell::new(0) };
}

/// Names the tab after the page at `route` (the same title its pre-rendered file has).
#[hook]
pub fn use_page(route: &Route) {
    let catalogue = use_catalogue();
    let title = PageMeta::of(route, &catalogue).title;
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(title);
        let earlier_pages = PAGES_SHOWN.with(|n| n.replace(n.get() + 1));
        if earlier_pages > 0 {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_id(PAGE_HEADING_ID);
        }
    });
}
