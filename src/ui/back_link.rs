//! "All conditions": back to the home list with the search and filters the reader left.

use yew::prelude::*;

use super::home_query::LastHomeQuery;
use super::route::Route;
use super::router::Link;

#[component]
pub fn BackLink() -> Html {
    let query = use_context::<LastHomeQuery>().unwrap_or_default().get();
    let params = query.to_params();
    let label = if query.is_narrowed() {
        "\u{2190} Back to your search"
    } else {
        "\u{2190} All conditions"
    };
    html! {
        <p class="back-link">
            <Link to={Route::Home} query={params}>{ label }</Link>
        </p>
    }
}
