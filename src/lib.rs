//! LDN Evidence: what published research says about low-dose naltrexone, condition by condition.
//!
//! `evidence` is the pure-Rust core (model, validation, grading, search); `ui` is the Yew app
//! that displays it. `main.rs` only calls [`start`].

pub mod embed;
pub mod evidence;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_site;
mod takeover;
pub mod ui;

use evidence::catalogue::Catalogue;

/// The dataset validated by `build.rs` at compile time, as compact bytes (evidence::compact).
const EMBEDDED_DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The embedded dataset with every condition graded.
pub fn embedded_catalogue() -> Catalogue {
    let dataset = evidence::compact::decode(EMBEDDED_DATASET)
        .expect("build.rs embeds a dataset that decodes");
    Catalogue::new(dataset)
}

/// Mounts the app into `#app`, after arranging for any panic to show a message, not a blank
/// page, and applying what an embedding page asked for in the address. boot.js has already
/// given the page the embed's look before the first paint; this narrows the data to match.
pub fn start() {
    std::panic::set_hook(Box::new(ui::failure::report_panic));
    let window = gloo::utils::window();
    let search = window.location().search().unwrap_or_default();
    let parsed = embed::config::EmbedConfig::from_query_string(&search);
    let config = parsed.config;
    let mut catalogue = embedded_catalogue();
    let outcome = config.apply_to(&mut catalogue);
    for warning in parsed.warnings.iter().chain(&outcome.warnings) {
        gloo::console::warn!(format!("LDN Evidence embed: {warning}"));
    }

    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    // A host serves 404.html at whatever address was asked for, so the address cannot say
    // which page this is; the pre-renderer marked it.
    let initial = document
        .document_element()
        .is_some_and(|html| html.has_attribute("data-not-found"))
        .then(|| ui::Location::new(ui::Route::NotFound));
    let props = ui::AppProps {
        catalogue: Some(ui::CatalogueHandle(std::rc::Rc::new(catalogue))),
        view: ui::EmbedView {
            unknown_conditions: outcome.unknown_conditions,
            carried: config.carried_params().into(),
        },
        initial,
        ..ui::AppProps::default()
    };
    // A release build serves every page pre-rendered. The app renders beside it, off screen,
    // and takes its place in one step once drawn: no blank frame in between.
    let prerendered = root.first_element_child().is_some();
    let mount = if prerendered {
        let fresh = document.create_element("div").expect("a div");
        fresh.set_id("app");
        fresh.set_class_name("app-root");
        fresh
    } else {
        root.clone()
    };
    yew::Renderer::<ui::App>::with_root_and_props(mount.clone(), props).render();
    if prerendered {
        // Yew draws in a microtask; this one is queued after it, so it sees the finished page.
        wasm_bindgen_futures::spawn_local(async move { takeover::replace(&root, &mount) });
    } else {
        // A build without pre-rendering (trunk serve) has nothing to replace.
        takeover::app_ready();
    }
}
