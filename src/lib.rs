//! LDN Evidence: what published research says about low-dose naltrexone, condition by condition.
//!
//! `evidence` is the pure-Rust core (model, validation, grading, search); `ui` is the Yew app
//! that displays it. `main.rs` only calls [`start`].

pub mod embed;
pub mod evidence;
pub mod ui;

use evidence::catalogue::Catalogue;
use evidence::model::Dataset;

/// The dataset validated by `build.rs` at compile time, as compact JSON.
const EMBEDDED_DATASET: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// The embedded dataset with every condition graded.
pub fn embedded_catalogue() -> Catalogue {
    let dataset = Dataset::from_embedded_json(EMBEDDED_DATASET)
        .expect("build.rs embeds a dataset that parses");
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
    };
    yew::Renderer::<ui::App>::with_root_and_props(root, props).render();
    if config.embedded {
        embed::resize::report_height_to_host();
    }
}
