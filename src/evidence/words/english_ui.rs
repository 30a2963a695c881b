//! The words of the app's pages and controls in English.

use super::ui::{CardWords, FinderWords, HomeWords, SiteWords, Ui};
use crate::evidence::grading::wording::plural;

pub const UI: Ui = Ui {
    site: SiteWords {
        name: "LDN Evidence",
        skip_to_content: "Skip to content",
        navigation: "Main",
        conditions: "Conditions",
        evidence_map: ("Evidence map", "Map"),
        safety: ("Safety and dosing", "Safety"),
        how_we_grade: ("How we grade", "Grading"),
        dataset_version: |version, released| {
            format!("Evidence dataset version {version}, last reviewed {released}. ")
        },
        what_changed: "What changed",
        not_advice: "Information, not medical advice. Every statement links to the publication it comes from.",
    },
    home: HomeWords {
        heading: "What the research says about LDN",
        purpose: "Studies of low-dose naltrexone, graded condition by condition.",
        note: "Not medical advice: talk to a clinician before changing treatment.",
        unknown_conditions: "The conditions this site asked for are not in our list, so all conditions are shown.",
        no_match_heading: "No condition matches",
        no_match_filters: "No condition has every filter you chose.",
        no_match_text: |text, with_filters| {
            let filters = if with_filters { " with the filters you chose" } else { "" };
            format!("Nothing matches \u{201c}{text}\u{201d}{filters}. Try another name or a shorter word.")
        },
        clear_all: "Clear search and filters",
        map_link: "See every condition on one evidence map",
        cards: "Conditions",
        show_more: |next, hidden| {
            format!(
                "Show {next} more ({} not shown yet)",
                plural(hidden, "condition", "conditions")
            )
        },
    },
    finder: FinderWords {
        section: "Find a condition",
        search_label: "Search conditions",
        placeholder: "e.g. fibromyalgia, MS, Sjögren's",
        matches: |shown, total| format!("{shown} of {total} conditions"),
        sort_by: "Sort by",
        filters: |on| match on {
            0 => "Filter by type or grade".to_string(),
            1 => "Filter by type or grade (1 filter on)".to_string(),
            n => format!("Filter by type or grade ({n} filters on)"),
        },
        category_legend: "Type of condition",
        grade_legend: "Evidence grade",
    },
    card: CardWords {
        size: |studies, participants| {
            format!(
                "{} \u{b7} {}",
                plural(studies, "study", "studies"),
                plural(participants as usize, "participant", "participants")
            )
        },
        best: |design| format!(" \u{b7} best: {design}"),
        reviewed: |date| format!("Last reviewed {date}"),
        back_to_all: "\u{2190} All conditions",
        back_to_search: "\u{2190} Back to your search",
    },
};
