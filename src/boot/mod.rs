//! Start-up in the browser, all of it in one place. The pieces, in the order they run:
//!
//! 1. `src/bin/prerender.rs` (with `src/static_site.rs`) wrote every page as HTML at build time
//!    (`scripts/prerender.sh`, called by Trunk's post-build hook in `Trunk.toml`).
//! 2. `static/boot.js` runs before the first paint: it sends an old `#/…` address to its page,
//!    gives an embedded page its look, holds back the cards while a search in the address waits
//!    for the app, reports an embed's height to its host, and fetches the WebAssembly once the
//!    page has painted.
//! 3. [`start`] (called by `src/main.rs`) reads the embed settings ([`crate::embed`]) and the
//!    dataset in the page's language (`language.rs`), draws the app off screen and puts it in
//!    place (`takeover.rs`); a panic shows the page's own message (`failure.rs`).

pub mod failure;
mod language;
mod takeover;

use crate::{embed, ui};

/// The WebAssembly's entry point: arranges for any panic to show a message, not a blank page,
/// and starts the app.
pub fn start() {
    std::panic::set_hook(Box::new(failure::report_panic));
    wasm_bindgen_futures::spawn_local(start_in_steps());
}

/// Start-up, one short task at a time, so that a slow phone can still answer a tap in between:
/// read the settings and the data, draw the app (off screen over a pre-rendered page, its long
/// lists a few at a time), then put it in place. boot.js has already given the page an
/// embed's look; the embed's settings narrow the data to match.
async fn start_in_steps() {
    takeover::next_task().await;
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let parsed = embed::EmbedConfig::from_query_string(&search);
    let config = parsed.value;
    let page_language = language::page_language();
    let Some(mut catalogue) = language::page_catalogue(page_language).await else {
        failure::show_limited_message();
        return;
    };
    let outcome = config.apply_to(&mut catalogue);
    for warning in parsed.ignored.iter().chain(&outcome.warnings) {
        gloo::console::warn!(format!("LDN Evidence embed: {warning}"));
    }
    takeover::next_task().await;

    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    let initial = document
        .document_element()
        .is_some_and(|html| html.has_attribute("data-not-found"))
        .then(|| ui::Location::in_language(page_language, ui::Route::NotFound));
    let prerendered = root.first_element_child().is_some();
    let pacer = if prerendered {
        ui::Pacer::holding()
    } else {
        ui::Pacer::default()
    };
    let props = ui::AppProps {
        view: ui::EmbedView {
            unknown_conditions: outcome.unknown_conditions,
            carried: config.carried_params().into(),
        },
        initial,
        pacer: pacer.clone(),
        languages: crate::site_languages().into(),
        ..ui::AppProps::new(ui::CatalogueHandle(std::rc::Rc::new(catalogue)))
    };
    if prerendered {
        let mount = takeover::drawing_area(&root);
        yew::Renderer::<ui::App>::with_root_and_props(mount.clone(), props).render();
        takeover::draw_held(&pacer).await;
        takeover::next_task().await;
        takeover::replace(&root, &mount);
    } else {
        yew::Renderer::<ui::App>::with_root_and_props(root, props).render();
        takeover::app_ready();
    }
}
