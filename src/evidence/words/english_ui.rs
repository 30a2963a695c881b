//! The words of the app's pages and controls in English.

use super::ui::{
    CardWords, ChangesWords, CiteWords, ConditionWords, FinderWords, HomeWords, MetaWords,
    NotFoundWords, SheetWords, SiteWords, StudyWords, Ui,
};
use crate::evidence::grading::wording::{capitalise, plural, thousands};

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
    },    condition: ConditionWords {
        why_heading: "Why this grade",
        found_heading: "What the studies found",
        measured_heading: "What was measured",
        studies_heading: |n| format!("The studies ({n})"),
        last_checked: |name, date| format!("We last checked the research on {name} on {date}."),
        no_studies: "We found no published study of LDN for this condition.",
        what_changed_heading: "What changed",
        nothing_changed: "Nothing has changed on this page since the first version of the dataset.",
        change_release: |date, version| format!("{date} (version {version}): "),
        whole_dataset_changes: "What changed in the whole dataset",
    },
    study: StudyWords {
        controlled_trials: "Trials that compared LDN with a placebo",
        reviews: "Reviews that pooled other studies",
        uncontrolled: "Studies without a placebo group",
        case_reports: "Reports of single patients or small groups",
        not_counted_group: "Listed, but not counted in the grade",
        compared_with_placebo: "compared with placebo",
        compared_with: |comparator| format!("compared with {comparator}"),
        compared_with_another: "compared with another treatment",
        compared_with_before: "compared with before treatment",
        no_comparison: "no comparison",
        pooled_controlled: "pooled placebo-controlled trials",
        pooled_mixed: "pooled different kinds of study",
        pooled_other: "pooled other studies",
        placebo_controlled: "placebo-controlled",
        no_placebo_group: "no placebo group",
        not_reported: "not reported",
        about: "About this study",
        conflict_tag: "\u{26a0} conflict of interest declared",
        not_counted: |reason| format!("not counted in the grade: {reason}"),
        participants: "Participants",
        dose: "Dose",
        duration: "Duration",
        funding: "Funding",
        results: "Results",
        main_outcome: ", main outcome",
        side_effects: "Side effects: ",
        conflict: "Conflict of interest: ",
        doi: "DOI",
        pubmed: "PubMed",
        article_page: "Article page",
        new_tab: |about| match about {
            Some(about) => format!(" for \u{201c}{about}\u{201d} (opens in a new tab)"),
            None => " (opens in a new tab)".to_string(),
        },
        copy_citation: "Copy citation",
        copy_for: |label| format!(" for {label}"),
        copied: "Citation copied",
        copy_refused: "Your browser did not allow copying. Select and copy the citation above.",
    },
    cite: CiteWords {
        one_heading: "Cite this study",
        these_heading: "Cite these studies",
        all_heading: "Cite the studies",
        this_study: "this study",
        these_studies: |n| format!("these {} studies", thousands(n)),
        all_publications: |n| format!("all {} publications this site cites", thousands(n)),
        download_text: |what| format!("Download the references of {what} for your reference manager: RIS for Zotero, EndNote or Mendeley, BibTeX for LaTeX."),
        download: |format| format!("Download {format}"),
        open_data_heading: "Open data",
        open_data_reuse: "Everything on this site, with where each fact was checked, is free to reuse under the ",
        licence: "CC BY 4.0 licence",
        all_json: "Every condition and study (JSON)",
        with_its: ", with its ",
        json_schema: "JSON Schema",
        csv: "One row per study (CSV, for spreadsheets)",
    },
    sheet: SheetWords {
        print: "Print for your doctor",
        kicker: "LDN Evidence \u{b7} what published research says about low-dose naltrexone (LDN)",
        grade: |label| format!("Evidence grade: {label}."),
        why: "Why this grade",
        found: "What the studies found",
        measured: |list| format!("Measured: {list}."),
        key_studies: "Key studies",
        none_counted: "No published study counts towards the grade.",
        cited_all: "The studies that count towards the grade, placebo-controlled trials first.",
        cited_some: |cited, counted| format!("{cited} of the {counted} publications that count towards the grade, placebo-controlled trials first."),
        left_out_none_counted: |n| format!(
            "{} listed on the web page below, none of which counts towards the grade.",
            capitalise(&plural(n, "publication is", "publications are"))
        ),
        left_out_more: |n| format!(
            "{} more {} listed on the web page below.",
            capitalise(&thousands(n)),
            if n == 1 { "publication is" } else { "publications are" }
        ),
        study_review: |kind, n| format!(
            "{kind}, {} in the pooled studies",
            plural(n as usize, "participant", "participants")
        ),
        study: |kind, n| format!("{kind}, {}", plural(n as usize, "participant", "participants")),
        safety_heading: "Safety: key points",
        safety_sources: |address| format!("Sources for each point, dosing and every side effect reported: {address}"),
        about: |version, released, name, reviewed| format!(
            "Evidence dataset version {version}, released {released}. We last checked the research on {name} on {reviewed}."
        ),
        online: |address| format!("This page online: {address}"),
        not_advice: "Information, not medical advice.",
        not_advice_rest: " It summarises published research; decisions about treatment belong with you and your doctor.",
    },
    changes: ChangesWords {
        heading: "What changed",
        intro: "Each version of the evidence dataset: the studies we added or corrected, and whether a grade moved. Grades are always worked out again from the studies by the same rule.",
        release: |version, date| format!("Version {version}, {date}"),
    },
    not_found: NotFoundWords {
        heading: "Page not found",
        text: "We could not find that page or condition. It may have been renamed.",
        link: "See all conditions",
    },
    meta: MetaWords {
        home_title: "LDN Evidence: what research says about low-dose naltrexone",
        home_description: "What published research says about low-dose naltrexone (LDN), condition by condition, with evidence grades and citations.",
        condition_title: |name| format!("Low-dose naltrexone (LDN) for {name}: the evidence"),
        condition_description: |label, verdict, studies, name| format!(
            "Evidence grade: {label}. {verdict} Based on {} of LDN for {name}, with citations.",
            plural(studies, "counted study", "counted studies")
        ),
        map: ("Evidence map", "Every condition low-dose naltrexone (LDN) has been studied in, on one chart: which kinds of study tested it, how many people took part and what they found."),
        map_table: ("Evidence map as a table", "Every condition low-dose naltrexone (LDN) has been studied in, as a table: which kinds of study tested it, how many people took part and what they found."),
        safety: ("Safety and dosing", "Side effects reported in studies of low-dose naltrexone (LDN), who should not take it, the usual doses and forms, each with its sources."),
        how_we_grade: ("How we grade", "The published rule that turns the studies of low-dose naltrexone (LDN) for each condition into an evidence grade, worked through with an example."),
        changes: ("What changed", "Each version of the LDN Evidence dataset: the studies on low-dose naltrexone (LDN) that were added or corrected, and any grade that moved."),
        not_found: ("Page not found", "This page of LDN Evidence could not be found."),
    },
};
