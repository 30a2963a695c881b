//! The footer: the dataset's version and review date, and what this is not.

use yew::prelude::*;

use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[component]
pub fn SiteFooter() -> Html {
    let catalogue = use_catalogue();
    let info = &catalogue.dataset.info;
    let language = catalogue.language;
    let words = &language.ui().site;
    let released = language.date(&info.released);
    html! {
        <footer class="site-footer">
            <p>
                { (words.dataset_version)(&info.version, &released) }
                <Link to={Route::Changes}>{ words.what_changed }</Link>
            </p>
            <p>{ words.not_advice }</p>
        </footer>
    }
}
