//! The Yew user interface. It only displays what the evidence core computes: no grading or
//! searching logic lives in components.

mod app;
mod back_link;
mod card_list;
mod catalogue_context;
mod citation_links;
mod condition_card;
mod condition_page;
mod disclosure;
mod doctor_sheet;
mod embed_view;
mod evidence_map_page;
pub mod failure;
mod filter_chips;
mod finder;
mod grade_badge;
mod home;
mod home_query;
mod how_we_grade_page;
mod map_chart;
mod map_details;
mod map_legend;
mod map_table;
mod not_found;
mod print_button;
mod route;
mod router;
mod safety_page;
mod site_footer;
mod site_header;
mod study_item;
mod study_list;
mod timing;
mod use_map_settings;
mod use_page;

pub use app::{App, AppProps};
pub use catalogue_context::{use_catalogue, CatalogueHandle};
pub use condition_card::ConditionCard;
pub use embed_view::EmbedView;
pub use grade_badge::GradeBadge;
pub use route::Route;
pub use router::HashRouter;
pub use study_list::StudyList;
