//! A small path router. Every page is a real folder of the site (`condition/lupus/`, see
//! [`Route`]), so links are plain relative links that work before the WebAssembly arrives and
//! with JavaScript off; once the app runs, it moves between pages with the History API instead
//! of reloading. Written for this app instead of a routing library because it is all the app
//! needs, it weighs far less, and it renders the same links on the server (the pre-rendered
//! pages) as in the browser.
//!
//! Addresses are relative to the site's root, which `<base href>` names on every page
//! (`../../` on `condition/lupus/index.html`; boot.js makes it absolute before the app starts).
//! Pages in another language than English sit in its folder (`es/condition/lupus/`), so an
//! address names its language too.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::route::Route;
use crate::embed::is_embed_key;
use crate::evidence::words::Language;
use crate::ui::hooks::use_embed_view::use_embed_view;

/// Where the reader is: the page, its language and its own query string (without `?`, and
/// without an embed's settings, which every address inside an embed carries along).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub language: Language,
    pub route: Route,
    pub query: String,
}

impl Location {
    /// A page in English.
    pub fn new(route: Route) -> Location {
        Location::in_language(Language::ENGLISH, route)
    }

    pub fn in_language(language: Language, route: Route) -> Location {
        Location {
            language,
            route,
            query: String::new(),
        }
    }

    /// Reads an address relative to the site's root, e.g. `condition/lupus/`, `es/map/` or
    /// `?q=ms`.
    pub fn from_relative(address: &str) -> Location {
        let address = address.split('#').next().unwrap_or_default();
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        let (language, path) = language_of(path);
        Location {
            language,
            route: Route::recognize(path),
            query: without_embed_settings(query),
        }
    }

    /// This location's address relative to the site's root, carrying an embed's settings.
    pub fn href(&self, carried: &str) -> String {
        address(self.language, &self.route, &self.query, carried)
    }

    /// The page's folder relative to the site's root, in its language's folder
    /// (`es/condition/lupus/`; empty for the English home page).
    pub fn path(&self) -> String {
        page_path(self.language, &self.route)
    }

    /// The same page and query in another language.
    pub fn in_other(&self, language: Language) -> Location {
        Location {
            language,
            ..self.clone()
        }
    }
}

/// The folder of a language's pages below the site's root: none for English, else its code
/// (`es/`).
fn language_folder(language: Language) -> String {
    match language == Language::ENGLISH {
        true => String::new(),
        false => format!("{}/", language.code()),
    }
}

fn page_path(language: Language, route: &Route) -> String {
    language_folder(language) + &route.to_path()
}

/// The language a path relative to the site's root is in, and the path within its folder.
fn language_of(path: &str) -> (Language, &str) {
    let path = path.trim_start_matches('/');
    let (first, rest) = path.split_once('/').unwrap_or((path, ""));
    match Language::with_code(first) {
        Some(language) if language != Language::ENGLISH => (language, rest),
        _ => (Language::ENGLISH, path),
    }
}

/// The query string without the embed's own keys, which belong to the frame, not the page.
fn without_embed_settings(query: &str) -> String {
    let own = form_urlencoded::parse(query.as_bytes()).filter(|(key, _)| !is_embed_key(key));
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(own)
        .finish()
}

/// A link to a page in `language` relative to the site's root, with its query and the embed
/// settings to carry (`carried`, already encoded), e.g. `condition/lupus/`, `./?q=lupus` or
/// `es/map/`.
pub fn href(language: Language, route: &Route, query: &[(&str, String)], carried: &str) -> String {
    let encoded = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())))
        .finish();
    address(language, route, &encoded, carried)
}

/// The page's folder (`./` for the English home page) with an encoded query and the embed's
/// settings.
fn address(language: Language, route: &Route, encoded: &str, carried: &str) -> String {
    let path = page_path(language, route);
    let mut address = if path.is_empty() {
        "./".to_string()
    } else {
        path
    };
    let query: Vec<&str> = [encoded, carried]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    if !query.is_empty() {
        address.push('?');
        address.push_str(&query.join("&"));
    }
    address
}

/// The site's root as an absolute address, from `<base href>`.
pub fn site_root() -> String {
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// The browser's address relative to the site's root.
pub fn browser_location() -> Location {
    let here = gloo::utils::window().location().href().unwrap_or_default();
    let root = site_root();
    match here.strip_prefix(root.as_str()) {
        Some(relative) => Location::from_relative(relative),
        None => Location::new(Route::NotFound),
    }
}

/// Moves between pages. A push adds a "back" step; a replace changes the address in place.
#[derive(Clone)]
pub struct Navigator {
    set_location: Callback<Location>,
    carried: AttrValue,
    /// The page's language: the app moves between pages of one language (another language's
    /// pages load their own text, see `LanguageSwitch`).
    language: Language,
}

impl PartialEq for Navigator {
    fn eq(&self, other: &Self) -> bool {
        self.set_location == other.set_location
            && self.carried == other.carried
            && self.language == other.language
    }
}

impl Navigator {
    pub fn push_with_query(&self, route: &Route, query: &[(&str, String)]) {
        self.go(route, query, true);
    }

    pub fn replace_with_query(&self, route: &Route, query: &[(&str, String)]) {
        self.go(route, query, false);
    }

    fn go(&self, route: &Route, query: &[(&str, String)], push: bool) {
        let address = format!(
            "{}{}",
            site_root(),
            href(self.language, route, query, &self.carried)
        );
        if let Ok(history) = gloo::utils::window().history() {
            let _ = if push {
                history.push_state_with_url(&JsValue::NULL, "", Some(&address))
            } else {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&address))
            };
        }
        // pushState and replaceState fire no event, so tell the page directly.
        self.set_location.emit(browser_location());
    }
}

#[derive(Clone, PartialEq)]
struct RouterState {
    location: Location,
    navigator: Navigator,
    site_root: Option<AttrValue>,
    languages: Rc<[Language]>,
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The page to show first. On the server (pre-rendering) it never changes; in the browser
    /// `None` reads the address, and the router then follows the browser's back and forward.
    #[prop_or_default]
    pub initial: Option<Location>,
    /// Renders `initial` without touching the browser (the pre-renderer has none).
    #[prop_or_default]
    pub fixed: bool,
    /// The site's public address when `fixed` (the pre-renderer's `LDN_SITE_URL`), if known.
    #[prop_or_default]
    pub site_root: Option<AttrValue>,
    /// The languages the site has pages in (`crate::site_languages`); English alone by default.
    #[prop_or(Rc::new([Language::ENGLISH]))]
    pub languages: Rc<[Language]>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Router(props: &RouterProps) -> Html {
    let initial = props.initial.clone();
    let location = use_state(move || initial.unwrap_or_else(browser_location));
    {
        let location = location.clone();
        let follows_browser = !props.fixed;
        use_effect_with((), move |_| {
            let listener = follows_browser.then(|| {
                let on_change = Closure::<dyn Fn()>::new(move || location.set(browser_location()));
                let window = gloo::utils::window();
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    on_change.as_ref().unchecked_ref(),
                );
                on_change
            });
            move || {
                if let Some(listener) = listener {
                    let _ = gloo::utils::window().remove_event_listener_with_callback(
                        "popstate",
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
    let carried = use_embed_view().carried;
    let state = RouterState {
        location: (*location).clone(),
        navigator: Navigator {
            set_location,
            carried,
            language: location.language,
        },
        site_root: match props.fixed {
            true => props.site_root.clone(),
            false => Some(site_root().into()),
        },
        languages: props.languages.clone(),
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
        .unwrap_or_else(|| Location::new(Route::Home))
}

#[hook]
pub fn use_route() -> Route {
    use_location().route
}

/// The site's root as an absolute address (`https://example.org/ldn/`), when known: always in
/// the browser, and on the server only when the build was told the site's public address.
#[hook]
pub fn use_site_root() -> Option<AttrValue> {
    use_context::<Rc<RouterState>>().and_then(|state| state.site_root.clone())
}

/// The languages the site has pages in, English first.
#[hook]
pub fn use_site_languages() -> Rc<[Language]> {
    use_context::<Rc<RouterState>>().map_or_else(
        || Rc::from([Language::ENGLISH]),
        |state| state.languages.clone(),
    )
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

/// A link to another page of the site: a real address that works without the app, and that
/// the app follows without a reload.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let carried = use_embed_view().carried;
    let language = use_location().language;
    let href = href(language, &props.to, &props.query, &carried);
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
    fn an_address_splits_into_page_and_query() {
        let location = Location::from_relative("?q=ms&sort=strength");
        assert_eq!(location.route, Route::Home);
        assert_eq!(location.query, "q=ms&sort=strength");
        assert_eq!(Location::from_relative("").route, Route::Home);
        assert_eq!(Location::from_relative("#main").route, Route::Home);
        assert_eq!(
            Location::from_relative("condition/lupus/#main").route,
            Route::Condition { id: "lupus".into() }
        );
    }

    #[test]
    fn embed_settings_are_not_part_of_a_pages_query() {
        let location = Location::from_relative("map/?embed=1&order=name&compact=1&theme=dark");
        assert_eq!(location.route, Route::EvidenceMap);
        assert_eq!(location.query, "order=name");
    }

    #[test]
    fn hrefs_are_relative_and_encode_their_query() {
        let query = [("q", "a b&c".to_string())];
        let english = Language::ENGLISH;
        assert_eq!(href(english, &Route::Home, &query, ""), "./?q=a+b%26c");
        assert_eq!(href(english, &Route::Home, &[], ""), "./");
        assert_eq!(href(english, &Route::EvidenceMap, &[], ""), "map/");
        assert_eq!(
            Location::from_relative(&href(english, &Route::Home, &query, "")).query,
            "q=a+b%26c"
        );
    }

    #[test]
    fn pages_in_spanish_sit_in_its_folder_and_read_back() {
        let spanish = Language::SPANISH;
        assert_eq!(href(spanish, &Route::Home, &[], ""), "es/");
        assert_eq!(
            href(spanish, &Route::Home, &[("q", "lupus".into())], ""),
            "es/?q=lupus"
        );
        let condition = Route::Condition { id: "ms".into() };
        assert_eq!(href(spanish, &condition, &[], ""), "es/condition/ms/");
        for address in ["es/", "es", "/es/condition/ms/", "es/map/table/?x=1"] {
            assert_eq!(
                Location::from_relative(address).language,
                spanish,
                "{address}"
            );
        }
        let location = Location::from_relative("es/condition/ms/?q=a");
        assert_eq!(location.route, condition);
        assert_eq!(location.href(""), "es/condition/ms/?q=a");
        assert_eq!(
            location.in_other(Language::ENGLISH).href(""),
            "condition/ms/?q=a"
        );
        // English has no folder of its own; an unknown folder is an unknown page.
        assert_eq!(Location::from_relative("en/").route, Route::NotFound);
        assert_eq!(Location::from_relative("xx/map/").route, Route::NotFound);
    }

    #[test]
    fn hrefs_carry_an_embeds_settings() {
        let carried = "embed=1&compact=1";
        let english = Language::ENGLISH;
        assert_eq!(
            href(english, &Route::Condition { id: "ms".into() }, &[], carried),
            "condition/ms/?embed=1&compact=1"
        );
        assert_eq!(
            href(english, &Route::Home, &[("q", "x".into())], carried),
            "./?q=x&embed=1&compact=1"
        );
        assert_eq!(
            href(Language::SPANISH, &Route::Home, &[], carried),
            "es/?embed=1&compact=1"
        );
    }
}
