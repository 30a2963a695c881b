//! The app's addresses. Hash routes (`#/condition/fibromyalgia`) work on any static host:
//! a reload or a shared link needs no server rewrite rules.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/condition/:id")]
    Condition { id: String },
    #[at("/map")]
    EvidenceMap,
    #[at("/safety")]
    Safety,
    #[at("/how-we-grade")]
    HowWeGrade,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
