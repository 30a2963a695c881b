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
    /// The language's name in itself ("Español"): the link to this language's pages.
    pub language_name: &'static str,
    /// What the page says when the app could not start (the shell's messages, index.html).
    pub limited: &'static str,
    pub failed_heading: &'static str,
    pub failed_text: &'static str,
    /// The accessible name of an embed's frame on a host page (embed.js).
    pub frame_title: &'static str,
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
    /// The orders: by name, by strength of evidence, by number of participants.
    pub sort_name: &'static str,
    pub sort_strength: &'static str,
    pub sort_participants: &'static str,
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
    /// Read before a badge's word: "Evidence grade: ".
    pub badge_prefix: &'static str,
    /// Read after a badge that opens: " (what this means)".
    pub badge_opens: &'static str,
    pub how_grades_work: &'static str,
}

/// A condition's page, apart from its studies.
pub struct ConditionWords {
    pub why_heading: &'static str,
    pub found_heading: &'static str,
    pub measured_heading: &'static str,
    /// "The studies (12)"
    pub studies_heading: fn(n: usize) -> String,
    /// "We last checked the research on Lupus on 3 December 2026."
    pub last_checked: fn(name: &str, date: &str) -> String,
    pub no_studies: &'static str,
    pub what_changed_heading: &'static str,
    pub nothing_changed: &'static str,
    /// "6 December 2026 (version 1.3.0): "
    pub change_release: fn(date: &str, version: &str) -> String,
    pub whole_dataset_changes: &'static str,
}

/// One study in a list, and the links out to it.
pub struct StudyWords {
    /// Group headings, as the grading rule weighs studies.
    pub controlled_trials: &'static str,
    pub reviews: &'static str,
    pub uncontrolled: &'static str,
    pub case_reports: &'static str,
    pub not_counted_group: &'static str,
    pub compared_with_placebo: &'static str,
    /// "compared with amitriptyline"
    pub compared_with: fn(comparator: &str) -> String,
    pub compared_with_another: &'static str,
    /// A review that pooled placebo and other treatments as controls.
    pub compared_with_placebo_or_another: &'static str,
    pub compared_with_before: &'static str,
    pub no_comparison: &'static str,
    /// What a study compared, for its tags; reviews by what they pooled.
    pub pooled_controlled: &'static str,
    pub pooled_mixed: &'static str,
    pub pooled_other: &'static str,
    pub placebo_controlled: &'static str,
    pub no_placebo_group: &'static str,
    pub not_reported: &'static str,
    /// The tags' accessible name.
    pub about: &'static str,
    pub conflict_tag: &'static str,
    /// "not counted in the grade: a trial plan with no results yet"
    pub not_counted: fn(reason: &str) -> String,
    pub participants: &'static str,
    pub dose: &'static str,
    pub duration: &'static str,
    pub funding: &'static str,
    /// The results' accessible name.
    pub results: &'static str,
    pub main_outcome: &'static str,
    pub side_effects: &'static str,
    pub conflict: &'static str,
    pub doi: &'static str,
    pub pubmed: &'static str,
    pub article_page: &'static str,
    /// Read after a link that opens a new tab: " for “Title” (opens in a new tab)".
    /// Read around a link's subject, a reference's title (" for “", "”").
    pub link_about: (&'static str, &'static str),
    pub new_tab: &'static str,
    /// In place of the authors, when they are not verified.
    pub authors_unverified: &'static str,
    /// Between two authors' names: "Younger and Mackey 2009".
    pub and: &'static str,
    pub copy_citation: &'static str,
    /// Read after "Copy citation", before the study's short name: " for " (Younger and
    /// Mackey 2009).
    pub copy_for: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,
}

/// Citation files and the open data.
pub struct CiteWords {
    pub one_heading: &'static str,
    pub these_heading: &'static str,
    pub all_heading: &'static str,
    pub this_study: &'static str,
    /// "these 12 studies", "all 83 publications this site cites"
    pub these_studies: fn(n: usize) -> String,
    pub all_publications: fn(n: usize) -> String,
    /// "Download the references of … for your reference manager: …"
    pub download_text: fn(what: &str) -> String,
    /// "Download RIS"
    pub download: fn(format: &str) -> String,
    /// A downloaded file's name: its start and the word for all the studies
    /// (`ldn-evidence-fibromyalgia.ris`, `ldn-evidence-all.bib`).
    pub file_name: (&'static str, &'static str),
    pub open_data_heading: &'static str,
    pub open_data_reuse: &'static str,
    pub licence: &'static str,
    pub all_json: &'static str,
    pub with_its: &'static str,
    pub json_schema: &'static str,
    pub csv: &'static str,
}

/// The sheet printed for a doctor.
pub struct SheetWords {
    pub print: &'static str,
    pub kicker: &'static str,
    /// "Evidence grade: Mixed."
    pub grade: fn(label: &str) -> String,
    pub why: &'static str,
    pub found: &'static str,
    /// "Measured: pain; fatigue."
    pub measured: fn(list: &str) -> String,
    pub key_studies: &'static str,
    pub none_counted: &'static str,
    pub cited_all: &'static str,
    /// "8 of the 12 publications that count towards the grade, …"
    pub cited_some: fn(cited: usize, counted: usize) -> String,
    /// "3 publications are listed on the web page below, none of which counts …"
    pub left_out_none_counted: fn(n: usize) -> String,
    /// "3 more publications are listed on the web page below."
    pub left_out_more: fn(n: usize) -> String,
    /// "Meta-analysis, 40 participants in the pooled studies"
    pub study_review: fn(kind: &str, participants: u32) -> String,
    /// "Randomised controlled trial, 40 participants"
    pub study: fn(kind: &str, participants: u32) -> String,
    pub safety_heading: &'static str,
    pub safety_sources: fn(address: &str) -> String,
    /// "Evidence dataset version …, released …. We last checked the research on … on …."
    pub about: fn(version: &str, released: &str, name: &str, reviewed: &str) -> String,
    pub online: fn(address: &str) -> String,
    pub not_advice: &'static str,
    pub not_advice_rest: &'static str,
}

/// The "What changed" page.
pub struct ChangesWords {
    pub heading: &'static str,
    pub intro: &'static str,
    /// "Version 1.3.0, 6 December 2026"
    pub release: fn(version: &str, date: &str) -> String,
}

/// The page for an address that leads nowhere.
pub struct NotFoundWords {
    pub heading: &'static str,
    pub text: &'static str,
    pub link: &'static str,
}

/// What each page is called in a browser tab and a link preview.
pub struct MetaWords {
    pub home_title: &'static str,
    pub home_description: &'static str,
    /// "Low-dose naltrexone (LDN) for Lupus: the evidence"
    pub condition_title: fn(name: &str) -> String,
    /// "Evidence grade: Mixed. Results disagree… Based on 3 counted studies of LDN for …"
    pub condition_description: fn(label: &str, verdict: &str, studies: usize, name: &str) -> String,
    /// Name and description of the other pages.
    pub map: (&'static str, &'static str),
    pub map_table: (&'static str, &'static str),
    pub safety: (&'static str, &'static str),
    pub how_we_grade: (&'static str, &'static str),
    pub changes: (&'static str, &'static str),
    pub not_found: (&'static str, &'static str),
}

/// The evidence map: its page, chart, table, legend and details.
pub struct MapWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub order_by: &'static str,
    pub order_grade: &'static str,
    pub order_name: &'static str,
    pub show_chart: &'static str,
    pub show_table: &'static str,
    /// Each column: its heading and what it holds.
    pub case_reports: (&'static str, &'static str),
    pub uncontrolled: (&'static str, &'static str),
    pub observational: (&'static str, &'static str),
    pub controlled_trials: (&'static str, &'static str),
    pub reviews: (&'static str, &'static str),
    /// What a mark's direction means, after a colon ("mixed results").
    pub benefit_phrase: &'static str,
    pub no_difference_phrase: &'static str,
    pub mixed_phrase: &'static str,
    pub worse_phrase: &'static str,
    /// The people under a mark: "412 people", "at least 40", "size unknown".
    pub people: fn(n: usize) -> String,
    pub at_least: fn(n: usize) -> String,
    pub size_unknown: &'static str,
    /// "3 studies", "1 review", "2 reports": how a cell counts its publications.
    pub studies: fn(n: usize) -> String,
    pub reviews_count: fn(n: usize) -> String,
    pub reports: fn(n: usize) -> String,
    /// "pooling 412 people", "the largest pooling 412 people", "with 412 people".
    pub pooling: fn(people: &str) -> String,
    pub largest_pooling: fn(people: &str) -> String,
    pub with_people: fn(people: &str) -> String,
    /// The chart's description for screen readers, given its number of studies in words.
    pub chart_description: fn(studies: &str) -> String,
    /// "Evidence map of 20 conditions"
    pub chart_title: fn(conditions: usize) -> String,
    pub details_heading: &'static str,
    pub details_hint: &'static str,
    pub everything_about: fn(name: &str) -> String,
    pub back_to_map: &'static str,
    pub people_not_reported: &'static str,
    pub table_caption: &'static str,
    pub condition_column: &'static str,
    /// "Grade: Mixed"
    pub grade: fn(label: &str) -> String,
    pub no_studies: &'static str,
    pub legend_heading: &'static str,
    pub legend_directions: &'static str,
    /// What each direction means in the legend.
    pub benefit_meaning: &'static str,
    pub no_difference_meaning: &'static str,
    pub mixed_meaning: &'static str,
    pub worse_meaning: &'static str,
    pub legend_size: &'static str,
    /// How sizes are drawn, given the smallest number drawn to scale.
    pub legend_size_text: fn(smallest: usize) -> String,
    pub legend_columns: &'static str,
    pub legend_blank: &'static str,
}

/// The safety and dosing page.
pub struct SafetyWords {
    pub heading: &'static str,
    pub note: &'static str,
    pub sources: &'static str,
    /// "We last checked these sources on 3 December 2026."
    pub last_checked: fn(date: &str) -> String,
}

/// The page that explains the grading rule.
pub struct GradingPageWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub steps_heading: &'static str,
    pub step_list: &'static str,
    pub step_compare: &'static str,
    /// Given the size a trial needs.
    pub step_size: fn(adequate: u32) -> String,
    pub step_ladder: &'static str,
    pub ladder_heading: &'static str,
    /// "We say: “…”"
    pub we_say: fn(verdict: &str) -> String,
    /// "An example: Fibromyalgia"
    pub example: fn(name: &str) -> String,
    pub see_studies: fn(name: &str) -> String,
    pub limits_heading: &'static str,
    pub limit_quality: &'static str,
    pub limit_advice: &'static str,
}

/// Everything the pages and controls say, in one language.
pub struct Ui {
    pub site: SiteWords,
    pub home: HomeWords,
    pub finder: FinderWords,
    pub card: CardWords,
    pub condition: ConditionWords,
    pub study: StudyWords,
    pub cite: CiteWords,
    pub sheet: SheetWords,
    pub changes: ChangesWords,
    pub not_found: NotFoundWords,
    pub meta: MetaWords,
    pub map: MapWords,
    pub safety: SafetyWords,
    pub grading: GradingPageWords,
}
