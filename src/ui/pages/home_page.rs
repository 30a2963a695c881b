//! The home page: what this is, the search and filter controls, and the condition cards.

use yew::prelude::*;

use crate::evidence::grading::EvidenceGrade;
use crate::evidence::model::Category;
use crate::evidence::views::catalogue::ConditionEntry;
use crate::evidence::views::export::ExportScope;
use crate::evidence::views::query::QueryChange;
use crate::ui::browser::timing;
use crate::ui::components::card_list::CardList;
use crate::ui::components::citation_downloads::CitationDownloads;
use crate::ui::components::finder::Finder;
use crate::ui::components::open_data::OpenData;
use crate::ui::components::pacing::Paced;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::hooks::use_embed_view::use_embed_view;
use crate::ui::hooks::use_home_query::use_home_query;
use crate::ui::hooks::use_page::PAGE_HEADING_ID;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[component]
pub fn Home() -> Html {
    let catalogue = use_catalogue();
    let (query, onchange) = use_home_query();
    let matches = catalogue.search(&query);
    use_effect_with(query.text.clone(), |_| timing::measure_search_update());
    // The counts depend only on the catalogue, so they are worked out once, not per keystroke.
    let counts = use_memo(catalogue.clone(), |catalogue| {
        let count_of = |matches: &dyn Fn(&ConditionEntry) -> bool| {
            catalogue.entries.iter().filter(|e| matches(e)).count()
        };
        let categories = Category::ALL.map(|c| (c, count_of(&|e| e.condition.category == c)));
        let grades = EvidenceGrade::ALL.map(|g| (g, count_of(&|e| e.grading.grade == g)));
        (categories, grades)
    });
    // Only the values some condition has, plus any the address turned on, so no chip is a dead end.
    let categories: Vec<(Category, usize)> = counts
        .0
        .into_iter()
        .filter(|(c, n)| *n > 0 || query.categories.contains(c))
        .collect();
    let grades: Vec<(EvidenceGrade, usize)> = counts
        .1
        .into_iter()
        .filter(|(g, n)| *n > 0 || query.grades.contains(g))
        .collect();
    let onclear = onchange.reform(|_: MouseEvent| QueryChange::ClearAll);
    let view = use_embed_view();
    let words = &catalogue.language.ui().home;
    html! {
        <>
            <header class="intro">
                <h1 class="intro__title" id={PAGE_HEADING_ID} tabindex="-1">{ words.heading }</h1>
                <p class="intro__purpose">
                    { words.purpose }
                </p>
                <p class="intro__note">
                    { words.note }
                </p>
                // Always written, so boot.js can show it on a pre-rendered page too.
                <p id="embed-note" class="intro__embed-note" role="note" hidden={!view.unknown_conditions}>
                    { words.unknown_conditions }
                </p>
            </header>
            <Finder query={query.clone()} onchange={onchange.clone()} matches={matches.len()}
                total={catalogue.entries.len()} {categories} {grades} />
            if matches.is_empty() {
                <div class="empty-state">
                    <h2>{ words.no_match_heading }</h2>
                    <p>
                        if query.text.trim().is_empty() {
                            { words.no_match_filters }
                        } else {
                            { (words.no_match_text)(query.text.trim(), query.filter_count() > 0) }
                        }
                    </p>
                    <button type="button" class="button" onclick={onclear}>{ words.clear_all }</button>
                </div>
            } else {
                <CardList matches={matches.into_iter().cloned().collect::<Vec<_>>()} query={query.clone()} />
            }
            // A compact embed is the cards only: CSS hides the rest (`html.compact`).
            <p class="home__map-link">
                <Link to={Route::EvidenceMap}>{ words.map_link }</Link>
            </p>
            <Paced>
                <div class="home__downloads">
                    <CitationDownloads scope={ExportScope::Everything} />
                    <OpenData />
                </div>
            </Paced>
        </>
    }
}
