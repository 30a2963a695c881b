//! What each page is called in a browser tab, a search result and a link preview: its title
//! and one-sentence description. The app sets the title as the reader moves; the pre-renderer
//! writes both into each page's `<head>`, so a shared link previews the page it points to.

use crate::evidence::views::catalogue::Catalogue;
use crate::evidence::words::ui::Ui;
use crate::ui::route::Route;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// The whole `<title>`, site name included.
    pub title: String,
    pub description: String,
    /// The site's name, for link previews.
    pub site_name: &'static str,
}

fn page(ui: &Ui, (name, description): (&str, &str)) -> PageMeta {
    PageMeta {
        title: format!("{name} \u{b7} {}", ui.site.name),
        description: description.to_string(),
        site_name: ui.site.name,
    }
}

impl PageMeta {
    pub fn of(route: &Route, catalogue: &Catalogue) -> PageMeta {
        let language = catalogue.language;
        let ui = language.ui();
        let words = &ui.meta;
        match route {
            Route::Home => PageMeta {
                title: words.home_title.to_string(),
                description: words.home_description.to_string(),
                site_name: ui.site.name,
            },
            Route::Condition { id } => match catalogue.entry(id) {
                Some(entry) => {
                    let name = &entry.condition.name;
                    let grade = language.grade(entry.grading.grade);
                    PageMeta {
                        title: format!("{} \u{b7} {}", (words.condition_title)(name), ui.site.name),
                        description: (words.condition_description)(
                            grade.label,
                            grade.verdict,
                            entry.grading.studies,
                            name,
                        ),
                        site_name: ui.site.name,
                    }
                }
                None => PageMeta::of(&Route::NotFound, catalogue),
            },
            Route::EvidenceMap => page(ui, words.map),
            Route::EvidenceMapTable => page(ui, words.map_table),
            Route::Safety => page(ui, words.safety),
            Route::HowWeGrade => page(ui, words.how_we_grade),
            Route::Changes => page(ui, words.changes),
            Route::NotFound => page(ui, words.not_found),
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
