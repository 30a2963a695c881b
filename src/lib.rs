//! LDN Evidence: what published research says about low-dose naltrexone, condition by condition.
//!
//! `evidence` is the pure-Rust core (model, validation, grading, search); `ui` is the Yew app
//! that displays it. `main.rs` only calls [`start`].

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

/// Mounts the app into `#app`, after arranging for any panic to show a message, not a blank page.
pub fn start() {
    std::panic::set_hook(Box::new(ui::failure::report_panic));
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    yew::Renderer::<ui::App>::with_root(root).render();
}
