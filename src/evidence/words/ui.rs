//! The words of the app's pages and controls, grouped by where they appear. Each language
//! fills in every field (`english_ui.rs`), so a missing one cannot compile. A field that
//! takes numbers or names is a function: the language decides the word order and plurals.

/// The top and bottom of every page, and names used everywhere.
pub struct SiteWords {
    /// The product's name, as the header and browser tabs show it.
    pub name: &'static str,
    pub skip_to_content: &'static str,
    /// The main navigation's accessible name.
    pub navigation: &'static str,
    pub conditions: &'static str,
    /// The sections, each with a long name and the short word a phone shows.
    pub evidence_map: (&'static str, &'static str),
    pub safety: (&'static str, &'static str),
    pub how_we_grade: (&'static str, &'static str),
    /// "Evidence dataset version 1.3.0, last reviewed 6 December 2026. "
    pub dataset_version: fn(version: &str, released: &str) -> String,
    pub what_changed: &'static str,
    pub not_advice: &'static str,
}

/// The home page and its list of cards.
pub struct HomeWords {
    pub heading: &'static str,
    pub purpose: &'static str,
    pub note: &'static str,
    /// Shown when an embed asked only for conditions we do not have.
    pub unknown_conditions: &'static str,
    pub no_match_heading: &'static str,
    pub no_match_filters: &'static str,
    /// "Nothing matches “xyz”[ with the filters you chose]. Try another name or a shorter word."
    pub no_match_text: fn(text: &str, with_filters: bool) -> String,
    pub clear_all: &'static str,
    pub map_link: &'static str,
    /// The list of cards' accessible name.
    pub cards: &'static str,
    /// "Show 48 more (60 conditions not shown yet)"
    pub show_more: fn(next: usize, hidden: usize) -> String,
}

/// The search box, the order and the filters above the cards.
pub struct FinderWords {
    /// The section's accessible name.
    pub section: &'static str,
    pub search_label: &'static str,
    pub placeholder: &'static str,
    /// "3 of 20 conditions"
    pub matches: fn(shown: usize, total: usize) -> String,
    pub sort_by: &'static str,
    /// "Filter by type or grade (2 filters on)"
    pub filters: fn(on: usize) -> String,
    pub category_legend: &'static str,
    pub grade_legend: &'static str,
}

/// A condition's card.
pub struct CardWords {
    /// "3 studies · 257 participants", then " · best: randomised controlled trial".
    pub size: fn(studies: usize, participants: u32) -> String,
    pub best: fn(design: &str) -> String,
    /// "Last reviewed 3 December 2026"
    pub reviewed: fn(date: &str) -> String,
    /// "All conditions", or "Back to your search" when the reader had searched.
    pub back_to_all: &'static str,
    pub back_to_search: &'static str,
}

/// Everything the pages and controls say, in one language.
pub struct Ui {
    pub site: SiteWords,
    pub home: HomeWords,
    pub finder: FinderWords,
    pub card: CardWords,
}
