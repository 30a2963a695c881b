//! The controls above the cards: search box, count of matches, order, and the filters.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::disclosure::Disclosure;
use super::filter_chips::{Chip, FilterChips};
use crate::evidence::grading::EvidenceGrade;
use crate::evidence::model::Category;
use crate::evidence::views::query::{Query, QueryChange, SortOrder};
use crate::ui::browser::timing;
use crate::ui::hooks::use_catalogue::use_language;

#[derive(Properties, PartialEq, Clone)]
pub struct FinderProps {
    pub query: Query,
    pub onchange: Callback<QueryChange>,
    pub matches: usize,
    pub total: usize,
    /// How many conditions fall in each category and grade, for the chips.
    pub categories: Vec<(Category, usize)>,
    pub grades: Vec<(EvidenceGrade, usize)>,
}

/// One chip per value, pressed when the query filters by it.
fn chips<T: Copy + PartialEq>(
    counts: &[(T, usize)],
    on: &[T],
    label: impl Fn(T) -> &'static str,
) -> Vec<Chip<T>> {
    counts
        .iter()
        .map(|&(value, count)| Chip {
            value,
            label: label(value).to_string(),
            count,
            pressed: on.contains(&value),
        })
        .collect()
}

#[component]
pub fn Finder(props: &FinderProps) -> Html {
    let query = &props.query;
    let oninput = props.onchange.reform(|event: InputEvent| {
        timing::mark_search_input();
        let input: HtmlInputElement = event.target_unchecked_into();
        QueryChange::Text(input.value())
    });
    let onsort = props.onchange.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        QueryChange::Sort(SortOrder::from_slug(&select.value()).unwrap_or_default())
    });
    let language = use_language();
    let category_chips = chips(&props.categories, &query.categories, |c| {
        language.category(c)
    });
    let grade_chips = chips(&props.grades, &query.grades, |g| language.grade(g).label);
    let filters_on = query.filter_count();
    let words = &language.ui().finder;
    html! {
        <section class="finder" aria-label={words.section}>
            // The count sits beside the label, so the first card is in view on a small phone.
            <div class="finder__top">
                <label class="finder__label" for="condition-search">{ words.search_label }</label>
                <p class="finder__count depends-on-query" role="status" aria-live="polite">
                    { (words.matches)(props.matches, props.total) }
                </p>
            </div>
            <input id="condition-search" class="finder__input" type="search"
                autocomplete="off" spellcheck="false" maxlength="200"
                placeholder={words.placeholder}
                value={query.text.clone()} {oninput} />
            <div class="finder__bar">
                <div class="finder__sort">
                    <label for="condition-sort">{ words.sort_by }</label>
                    <select id="condition-sort" class="finder__select" onchange={onsort}>
                        for order in SortOrder::ALL {
                            <option value={order.slug()} selected={order == query.sort}>{ order.label(words) }</option>
                        }
                    </select>
                </div>
            </div>
            <Disclosure id="condition-filters" class="finder__filters" initially_open={filters_on > 0}
                summary={html! { { (words.filters)(filters_on) } }}>
                <FilterChips<Category> legend={words.category_legend} chips={category_chips}
                    ontoggle={props.onchange.reform(QueryChange::ToggleCategory)} />
                <FilterChips<EvidenceGrade> legend={words.grade_legend} chips={grade_chips}
                    ontoggle={props.onchange.reform(QueryChange::ToggleGrade)} />
            </Disclosure>
        </section>
    }
}
