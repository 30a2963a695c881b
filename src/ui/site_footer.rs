//! The footer: the dataset's version and review date, and what this is not.

use yew::prelude::*;

use super::catalogue_context::use_catalogue;
use super::route::Route;
use super::router::Link;
use crate::evidence::data::date::Date;

#[component]
pub fn SiteFooter() -> Html {
    let catalogue = use_catalogue();
    let info = &catalogue.dataset.info;
    let released = Date::readable(&info.released);
    html! {
        <footer class="site-footer">
            <p>
                { format!("Evidence dataset version {}, last reviewed {released}. ", info.version) }
                <Link to={Route::Changes}>{ "What changed" }</Link>
            </p>
            <p>{ "Information, not medical advice. Every statement links to the publication it comes from." }</p>
        </footer>
    }
}
