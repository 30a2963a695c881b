//! The top of every page: a skip link, the product name and the main sections.

use yew::prelude::*;

use crate::ui::browser::focus::focus_id;
use crate::ui::components::language_switch::LanguageSwitch;
use crate::ui::hooks::use_catalogue::use_language;
use crate::ui::hooks::use_embed_view::use_embed_view;
use crate::ui::route::Route;
use crate::ui::router::{use_location, Link};

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
    let words = &use_language().ui().site;
    // A phone shows the name's first word ("LDN"), so that the header stays one row with the
    // language link; the rest stays in the link's name for screen readers.
    let (first_word, rest) = words.name.split_once(' ').unwrap_or((words.name, ""));
    // On a phone the links show a short word so that the header stays one row from 320 px;
    // the name leads home there. Only one of the two words is displayed (and read) at a time.
    let link = |to: Route, (long, short): (&'static str, &'static str)| {
        let current = route == to;
        html! {
            <li><Link {to} classes="site-nav__link" {current}>
                <span class="site-nav__long">{ long }</span>
                <span class="site-nav__short">{ short }</span>
            </Link></li>
        }
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href={skip_href} onclick={skip_to_main}>{ words.skip_to_content }</a>
            <div class="site-header__inner">
                <Link to={Route::Home} classes="site-header__name">
                    <span>{ first_word }<span class="site-header__name-rest">{ " " }{ rest }</span></span>
                </Link>
                <nav class="site-nav" aria-label={words.navigation}>
                    <ul>
                        <li class="site-nav__home">
                            <Link to={Route::Home} classes="site-nav__link" current={route == Route::Home}>{ words.conditions }</Link>
                        </li>
                        { link(Route::EvidenceMap, words.evidence_map) }
                        { link(Route::Safety, words.safety) }
                        { link(Route::HowWeGrade, words.how_we_grade) }
                    </ul>
                </nav>
                <LanguageSwitch />
            </div>
        </header>
    }
}
