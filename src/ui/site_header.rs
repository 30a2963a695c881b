//! The top of every page: a skip link, the product name and the main sections.

use yew::prelude::*;

use super::embed_view::use_embed_view;
use super::focus::focus_id;
use super::route::Route;
use super::router::{use_location, Link};

/// Moves focus to the main content without touching the address.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    focus_id("main");
}

#[component]
pub fn SiteHeader() -> Html {
    let location = use_location();
    let carried = use_embed_view().carried;
    // A bare `#main` would resolve against `<base href>`, the site's root: name this page.
    let skip_href = format!("{}#main", location.href(&carried));
    let route = location.route;
    let link = |to: Route, text: &'static str| {
        let current = route == to;
        html! {
            <li><Link {to} classes="site-nav__link" {current}>{ text }</Link></li>
        }
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href={skip_href} onclick={skip_to_main}>{ "Skip to content" }</a>
            <div class="site-header__inner">
                <Link to={Route::Home} classes="site-header__name">{ "LDN Evidence" }</Link>
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        { link(Route::Home, "Conditions") }
                        { link(Route::EvidenceMap, "Evidence map") }
                        { link(Route::Safety, "Safety and dosing") }
                        { link(Route::HowWeGrade, "How we grade") }
                    </ul>
                </nav>
            </div>
        </header>
    }
}
