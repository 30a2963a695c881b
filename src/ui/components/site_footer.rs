//! The footer: the dataset's version and review date, and what this is not.

use yew::prelude::*;

use crate::evidence::data::date::Date;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::route::Route;
use crate::ui::router::Link;

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
