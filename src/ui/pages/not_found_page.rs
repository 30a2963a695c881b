//! A friendly page for addresses that lead nowhere (unknown routes or condition ids).

use yew::prelude::*;

use crate::ui::hooks::use_catalogue::use_language;
use crate::ui::hooks::use_page::PAGE_HEADING_ID;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[component]
pub fn NotFound() -> Html {
    let words = &use_language().ui().not_found;
    html! {
        <section class="not-found">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ words.heading }</h1>
            <p>{ words.text }</p>
            <p><Link to={Route::Home}>{ words.link }</Link></p>
        </section>
    }
}
