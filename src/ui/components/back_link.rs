//! "All conditions": back to the home list with the search and filters the reader left.

use yew::prelude::*;

use crate::ui::hooks::use_catalogue::use_language;
use crate::ui::hooks::use_home_query::LastHomeQuery;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[component]
pub fn BackLink() -> Html {
    let query = use_context::<LastHomeQuery>().unwrap_or_default().get();
    let params = query.to_params();
    let words = &use_language().ui().card;
    let label = if query.is_narrowed() {
        words.back_to_search
    } else {
        words.back_to_all
    };
    html! {
        <p class="back-link">
            <Link to={Route::Home} query={params}>{ label }</Link>
        </p>
    }
}
