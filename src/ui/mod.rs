//! The Yew user interface. It only displays what the evidence core computes: no grading or
//! searching logic lives in components.
//!
//! `app.rs` is the root component; `route.rs` and `router.rs` the addresses; `pages/` one
//! component per page; `map/` the evidence map's widgets; `components/` the pieces pages share
//! (a condition card is `components/condition_card.rs`); `hooks/` the `use_*` hooks;
//! `browser/` small wrappers round browser APIs. Start-up is `crate::boot`.

mod app;
mod browser;
mod components;
mod hooks;
mod map;
mod pages;
mod route;
mod router;

pub use app::{App, AppProps};
pub use components::citation_downloads::CitationDownloads;
pub use components::condition_card::ConditionCard;
pub use components::grade_badge::GradeBadge;
pub use components::pacing::Pacer;
pub use components::page_meta::PageMeta;
pub use components::study_list::StudyList;
pub use hooks::use_catalogue::{use_catalogue, CatalogueHandle};
pub use hooks::use_embed_view::EmbedView;
pub use route::Route;
pub use router::{browser_location, site_root, Location, Router};
