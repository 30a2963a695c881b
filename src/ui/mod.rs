//! The Yew user interface. It only displays what the evidence core computes: no grading or
//! searching logic lives in components.

mod app;
mod back_link;
mod catalogue_context;
mod citation_downloads;
mod citation_links;
mod clipboard;
mod condition_card;
mod condition_page;
mod copy_citation;
mod disclosure;
mod embed_view;
pub mod failure;
mod filter_chips;
mod finder;
mod grade_badge;
mod home;
mod home_query;
mod how_we_grade_page;
mod not_found;
mod route;
mod safety_page;
mod save_file;
mod site_footer;
mod site_header;
mod study_item;
mod study_list;
mod use_page;

pub use app::{App, AppProps};
pub use catalogue_context::{use_catalogue, CatalogueHandle};
pub use citation_downloads::CitationDownloads;
pub use condition_card::ConditionCard;
pub use embed_view::EmbedView;
pub use grade_badge::GradeBadge;
pub use route::Route;
pub use study_list::StudyList;
