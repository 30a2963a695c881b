//! LDN Evidence: what published research says about low-dose naltrexone, condition by condition.
//!
//! `evidence` is the pure-Rust core (model, data rules, grading, search, the maintainers'
//! checker); `ui` is the Yew app that displays it; `embed` reads what a host page asked for;
//! `boot` starts the app in the browser (`main.rs` only calls [`boot::start`]); `static_site`
//! writes the pages as HTML at build time.

pub mod boot;
pub mod embed;
pub mod evidence;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_site;
pub mod ui;

use evidence::views::catalogue::Catalogue;
use evidence::words::Language;

/// The dataset validated by `build.rs` at compile time, as compact bytes (evidence::data::compact).
const EMBEDDED_DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The embedded dataset with every condition graded.
pub fn embedded_catalogue() -> Catalogue {
    let dataset = evidence::data::compact::decode(EMBEDDED_DATASET)
        .expect("build.rs embeds a dataset that decodes");
    Catalogue::new(dataset, Language::ENGLISH)
}
