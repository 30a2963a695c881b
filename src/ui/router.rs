//! A small hash router: the part of the address after `#` says which page to show and with
//! what query (`#/map?order=name`). Written for this app instead of a routing library because
//! it is all the app needs, it weighs far less, and it renders the same links on the server
//! (for the pre-rendered page) as in the browser.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::route::Route;

/// Where the reader is: the page and the query string after `?` (without the `?`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub route: Route,
    pub query: String,
}

impl Location {
    /// Reads a hash such as `#/condition/lupus` or `#/?q=ms`; an empty hash is the home page.
    pub fn from_hash(hash: &str) -> Location {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        Location {
            route: Route::recognize(path),
            query: query.to_string(),
        }
    }
}

/// The hash for a route and optional query parameters, e.g. `#/?q=lupus&sort=strength`.
pub fn href(route: &Route, query: &[(&str, String)]) -> String {
    let mut href = format!("#{}", route.to_path());
    if !query.is_empty() {
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())))
            .finish();
        href.push('?');
        href.push_str(&encoded);
    }
    href
}

/// Moves between pages. `push` adds a "back" step; `replace` changes the address in place.
#[derive(Clone)]
pub struct Navigator {
    set_location: Callback<Location>,
}

impl PartialEq for Navigator {
    fn eq(&self, other: &Self) -> bool {
        self.set_location == other.set_location
    }
}

impl Navigator {
    pub fn push_with_query(&self, route: &Route, query: &[(&str, String)]) {
        // The browser's hashchange event updates the page.
        let href = href(route, query);
        let _ = gloo::utils::window()
            .location()
            .set_hash(href.trim_start_matches('#'));
    }

    pub fn replace(&self, route: &Route) {
        self.replace_with_query(route, &[]);
    }

    pub fn replace_with_query(&self, route: &Route, query: &[(&str, String)]) {
        let href = href(route, query);
        if let Ok(history) = gloo::utils::window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&href));
        }
        // replaceState fires no event, so tell the page directly.
        self.set_location.emit(Location::from_hash(&href));
    }
}

#[derive(Clone, PartialEq)]
struct RouterState {
    location: Location,
    navigator: Navigator,
}

#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    /// A fixed address for rendering outside a browser (the pre-rendered page); `None` reads
    /// and follows the browser's address.
    #[prop_or_default]
    pub fixed_hash: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

fn browser_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

#[component]
pub fn HashRouter(props: &HashRouterProps) -> Html {
    let fixed = props.fixed_hash.clone();
    let location = use_state(move || match &fixed {
        Some(hash) => Location::from_hash(hash),
        None => Location::from_hash(&browser_hash()),
    });
    {
        let location = location.clone();
        let follows_browser = props.fixed_hash.is_none();
        use_effect_with((), move |_| {
            let listener = follows_browser.then(|| {
                let on_change = Closure::<dyn Fn()>::new(move || {
                    location.set(Location::from_hash(&browser_hash()))
                });
                let window = gloo::utils::window();
                let _ = window.add_event_listener_with_callback(
                    "hashchange",
                    on_change.as_ref().unchecked_ref(),
                );
                on_change
            });
            move || {
                if let Some(listener) = listener {
                    let _ = gloo::utils::window().remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let set_location = {
        let location = location.clone();
        use_callback((), move |next: Location, _| location.set(next))
    };
    let state = RouterState {
        location: (*location).clone(),
        navigator: Navigator { set_location },
    };
    html! {
        <ContextProvider<Rc<RouterState>> context={Rc::new(state)}>
            { props.children.clone() }
        </ContextProvider<Rc<RouterState>>>
    }
}

#[hook]
pub fn use_location() -> Location {
    use_context::<Rc<RouterState>>()
        .map(|state| state.location.clone())
        .unwrap_or_else(|| Location::from_hash(""))
}

#[hook]
pub fn use_route() -> Route {
    use_location().route
}

#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Rc<RouterState>>().map(|state| state.navigator.clone())
}

/// A click the browser should handle itself: new tab, new window, download.
pub fn opens_elsewhere(event: &MouseEvent) -> bool {
    event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    /// Query parameters for the address, e.g. the home page's search.
    #[prop_or_default]
    pub query: Vec<(&'static str, String)>,
    #[prop_or_default]
    pub classes: Classes,
    /// Marks the link as the page the reader is on (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub children: Html,
}

/// A link to another page of the app. A plain `href="#/…"` would be resolved against
/// `<base href="./">` and could reload the page (or drop an embed's settings), so clicks are
/// handled here; the `href` still serves "open in new tab" and readers without JavaScript.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let href = href(&props.to, &props.query);
    let onclick = {
        let (to, query) = (props.to.clone(), props.query.clone());
        Callback::from(move |event: MouseEvent| {
            let Some(navigator) = &navigator else { return };
            if opens_elsewhere(&event) {
                return;
            }
            event.prevent_default();
            navigator.push_with_query(&to, &query);
        })
    };
    html! {
        <a {href} class={props.classes.clone()} {onclick} aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_splits_into_page_and_query() {
        let location = Location::from_hash("#/?q=ms&sort=strength");
        assert_eq!(location.route, Route::Home);
        assert_eq!(location.query, "q=ms&sort=strength");
        assert_eq!(Location::from_hash("").route, Route::Home);
        assert_eq!(Location::from_hash("#").route, Route::Home);
        assert_eq!(
            Location::from_hash("#/condition/lupus").route,
            Route::Condition { id: "lupus".into() }
        );
    }

    #[test]
    fn hrefs_encode_their_query() {
        let query = [("q", "a b&c".to_string())];
        assert_eq!(href(&Route::Home, &query), "#/?q=a+b%26c");
        assert_eq!(href(&Route::EvidenceMap, &[]), "#/map");
        assert_eq!(
            Location::from_hash(&href(&Route::Home, &query)).query,
            "q=a+b%26c"
        );
    }
}
