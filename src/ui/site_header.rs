//! The top of every page: a skip link, the product name and the main sections.

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::route::Route;

/// Moves focus to the main content. A plain `href="#main"` would be read as a route.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    let main = gloo::utils::document().get_element_by_id("main");
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

/// A click the browser should handle itself: new tab, new window, download.
pub fn opens_elsewhere(event: &MouseEvent) -> bool {
    event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
}

#[component]
pub fn SiteHeader() -> Html {
    let route = use_route::<Route>();
    let navigator = use_navigator();
    let link = |to: Route, text: &'static str| {
        let current = route.as_ref() == Some(&to);
        let href = format!("#{}", to.to_path());
        let onclick = navigator.clone().map(|navigator| {
            Callback::from(move |event: MouseEvent| {
                if opens_elsewhere(&event) {
                    return;
                }
                event.prevent_default();
                navigator.push(&to);
            })
        });
        html! {
            <li>
                <a class="site-nav__link" {href} {onclick} aria-current={current.then_some("page")}>{ text }</a>
            </li>
        }
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip_to_main}>{ "Skip to content" }</a>
            <div class="site-header__inner">
                <Link<Route> to={Route::Home} classes="site-header__name">{ "LDN Evidence" }</Link<Route>>
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
