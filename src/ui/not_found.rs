//! A friendly page for addresses that lead nowhere (unknown routes or condition ids).

use yew::prelude::*;
use yew_router::prelude::*;

use super::route::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="not-found">
            <h1>{ "Page not found" }</h1>
            <p>{ "We could not find that page or condition. It may have been renamed." }</p>
            <p><Link<Route> to={Route::Home}>{ "See all conditions" }</Link<Route>></p>
        </section>
    }
}
