//! A friendly page for addresses that lead nowhere (unknown routes or condition ids).

use yew::prelude::*;

use crate::ui::hooks::use_page::PAGE_HEADING_ID;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="not-found">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ "Page not found" }</h1>
            <p>{ "We could not find that page or condition. It may have been renamed." }</p>
            <p><Link to={Route::Home}>{ "See all conditions" }</Link></p>
        </section>
    }
}
