//! The Yew user interface. It only displays what the evidence core computes: no grading or
//! searching logic lives in components.

mod app;
mod catalogue_context;
mod condition_card;
mod condition_page;
pub mod failure;
mod grade_badge;
mod home;
mod not_found;
mod route;
mod site_footer;
mod study_item;
mod study_list;

pub use app::App;
pub use catalogue_context::{use_catalogue, CatalogueHandle};
pub use condition_card::ConditionCard;
pub use grade_badge::GradeBadge;
pub use route::Route;
pub use study_list::StudyList;
