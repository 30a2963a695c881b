//! The app's hooks, each named `use_*`: the catalogue, the current page, the home page's and the
//! map's settings in the address, and what an embedding page asked for.

pub mod use_catalogue;
pub mod use_embed_view;
pub mod use_home_query;
pub mod use_map_settings;
pub mod use_page;
