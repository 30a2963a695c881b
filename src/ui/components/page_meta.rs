//! What each page is called in a browser tab, a search result and a link preview: its title
//! and one-sentence description. The app sets the title as the reader moves; the pre-renderer
//! writes both into each page's `<head>`, so a shared link previews the page it points to.

use crate::evidence::grading::wording::plural;
use crate::evidence::views::catalogue::Catalogue;
use crate::ui::route::Route;

pub const SITE_NAME: &str = "LDN Evidence";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// The whole `<title>`, site name included.
    pub title: String,
    pub description: String,
}

fn page(name: &str, description: &str) -> PageMeta {
    PageMeta {
        title: format!("{name} \u{b7} {SITE_NAME}"),
        description: description.to_string(),
    }
}

impl PageMeta {
    pub fn of(route: &Route, catalogue: &Catalogue) -> PageMeta {
        match route {
            Route::Home => PageMeta {
                title: format!("{SITE_NAME}: what research says about low-dose naltrexone"),
                description: "What published research says about low-dose naltrexone (LDN), condition by condition, with evidence grades and citations.".to_string(),
            },
            Route::Condition { id } => match catalogue.entry(id) {
                Some(entry) => {
                    let name = &entry.condition.name;
                    let grade = entry.grading.grade;
                    PageMeta {
                        title: format!("Low-dose naltrexone (LDN) for {name}: the evidence \u{b7} {SITE_NAME}"),
                        description: format!(
                            "Evidence grade: {}. {} Based on {} of LDN for {name}, with citations.",
                            catalogue.language.grade(grade).label,
                            catalogue.language.grade(grade).verdict,
                            plural(entry.grading.studies, "counted study", "counted studies"),
                        ),
                    }
                }
                None => PageMeta::of(&Route::NotFound, catalogue),
            },
            Route::EvidenceMap => page(
                "Evidence map",
                "Every condition low-dose naltrexone (LDN) has been studied in, on one chart: which kinds of study tested it, how many people took part and what they found.",
            ),
            Route::EvidenceMapTable => page(
                "Evidence map as a table",
                "Every condition low-dose naltrexone (LDN) has been studied in, as a table: which kinds of study tested it, how many people took part and what they found.",
            ),
            Route::Safety => page(
                "Safety and dosing",
                "Side effects reported in studies of low-dose naltrexone (LDN), who should not take it, the usual doses and forms, each with its sources.",
            ),
            Route::HowWeGrade => page(
                "How we grade",
                "The published rule that turns the studies of low-dose naltrexone (LDN) for each condition into an evidence grade, worked through with an example.",
            ),
            Route::Changes => page(
                "What changed",
                "Each version of the LDN Evidence dataset: the studies on low-dose naltrexone (LDN) that were added or corrected, and any grade that moved.",
            ),
            Route::NotFound => page(
                "Page not found",
                "This page of LDN Evidence could not be found.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_condition_page_is_described_by_its_grade_and_verdict() {
        let catalogue = crate::embedded_catalogue();
        let entry = catalogue.entry("fibromyalgia").expect("fibromyalgia");
        let meta = PageMeta::of(
            &Route::Condition {
                id: "fibromyalgia".into(),
            },
            &catalogue,
        );
        assert!(meta.title.contains("Fibromyalgia"), "{}", meta.title);
        assert!(meta.description.starts_with(&format!(
            "Evidence grade: {}. {}",
            catalogue.language.grade(entry.grading.grade).label,
            catalogue.language.grade(entry.grading.grade).verdict
        )));
    }

    #[test]
    fn an_unknown_condition_is_described_as_not_found() {
        let catalogue = crate::embedded_catalogue();
        let meta = PageMeta::of(&Route::Condition { id: "nope".into() }, &catalogue);
        assert_eq!(meta, PageMeta::of(&Route::NotFound, &catalogue));
    }
}
