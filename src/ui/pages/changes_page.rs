//! "What changed": every version of the dataset, newest first, with each change in words, the
//! conditions it is about and any grade it moved.

use yew::prelude::*;

use crate::evidence::grading::grade_move_sentence;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::hooks::use_page::PAGE_HEADING_ID;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[component]
pub fn ChangesPage() -> Html {
    let catalogue = use_catalogue();
    let words = &catalogue.language.ui().changes;
    let name_of = |id: &str| {
        catalogue
            .entry(id)
            .map_or(id.to_string(), |e| e.condition.name.clone())
    };
    html! {
        <article class="changes">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ words.heading }</h1>
            <p class="intro__purpose">
                { words.intro }
            </p>
            for release in &catalogue.dataset.info.changes {
                <section aria-labelledby={format!("release-{}", release.version)}>
                    <h2 id={format!("release-{}", release.version)}>
                        { (words.release)(&release.version, &catalogue.language.date(&release.date)) }
                    </h2>
                    <ul class="changes__list">
                        for entry in &release.entries {
                            <li>
                                { &entry.text }
                                if !entry.conditions.is_empty() {
                                    { " (" }
                                    for (i, id) in entry.conditions.iter().enumerate() {
                                        if i > 0 { { ", " } }
                                        <Link to={Route::Condition { id: id.clone() }}>{ name_of(id) }</Link>
                                    }
                                    { ")" }
                                }
                                if entry.grade_moved.is_some() {
                                    { " " }{ grade_move_sentence(entry.grade_moved.as_ref(), &*catalogue.language) }
                                }
                            </li>
                        }
                    </ul>
                </section>
            }
        </article>
    }
}
