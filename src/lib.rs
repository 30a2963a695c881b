//! LDN Evidence: what published research says about low-dose naltrexone, condition by condition.
//!
//! `evidence` is the pure-Rust core (model, validation, grading, search); `ui` is the Yew app
//! that displays it. `main.rs` only calls [`start`].

pub mod embed;
pub mod evidence;
mod prerender;
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
/// page, and applying what an embedding page asked for in the address.
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

    let html = gloo::utils::document_element();
    let classes = html.class_list();
    let _ = classes.toggle_with_force("embedded", config.embedded);
    let _ = classes.toggle_with_force("compact", config.compact);
    if let Some(theme) = config.theme.class() {
        let _ = classes.add_1(theme);
    }
    // Open the requested condition unless the reader has already moved elsewhere in the frame.
    if let Some(id) = &outcome.open_condition {
        let hash = window.location().hash().unwrap_or_default();
        if hash.is_empty() || hash == "#/" {
            let _ = window.location().set_hash(&format!("/condition/{id}"));
        }
    }

    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    let props = ui::AppProps {
        catalogue: Some(ui::CatalogueHandle(std::rc::Rc::new(catalogue))),
        view: ui::EmbedView {
            compact: config.compact,
            note: outcome.note.map(Into::into),
        },
        fixed_hash: None,
    };
    // A release build's index.html holds the pre-rendered home page. The app renders beside
    // it, off screen, and takes its place in one step once drawn: no blank frame in between.
    let prerendered = root.first_element_child().is_some();
    let mount = if prerendered {
        let fresh = gloo::utils::document()
            .create_element("div")
            .expect("a div");
        fresh.set_id("app");
        fresh.set_class_name("app-root");
        fresh
    } else {
        root.clone()
    };
    yew::Renderer::<ui::App>::with_root_and_props(mount.clone(), props).render();
    if prerendered {
        // Yew draws in a microtask; this one is queued after it, so it sees the finished page.
        wasm_bindgen_futures::spawn_local(async move { prerender::replace(&root, &mount) });
    } else {
        // A build without pre-rendering (trunk serve): nothing to replace, but boot.js may
        // have hidden the mount point for a deep link.
        prerender::reveal();
    }
    if config.embedded {
        embed::resize::report_height_to_host();
    }
}
