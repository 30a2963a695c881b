//! One component per page of the site (each a folder of the deployed site, see `route.rs`).

pub mod changes_page;
pub mod condition_page;
pub mod evidence_map_page;
pub mod home_page;
pub mod how_we_grade_page;
pub mod not_found_page;
pub mod safety_page;
