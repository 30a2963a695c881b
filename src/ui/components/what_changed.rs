//! What changed for one condition, release by release, from the change log in
//! `data/dataset.json`: the words maintainers wrote and whether the grade moved.

use yew::prelude::*;

use crate::evidence::grading::grade_move_sentence;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[derive(Properties, PartialEq, Clone)]
pub struct WhatChangedProps {
    pub condition_id: AttrValue,
}

#[component]
pub fn WhatChanged(props: &WhatChangedProps) -> Html {
    let catalogue = use_catalogue();
    let changes = catalogue.changes_for(&props.condition_id);
    let language = catalogue.language;
    let words = &language.ui().condition;
    html! {
        <section class="what-changed" aria-labelledby="what-changed-heading">
            <h2 id="what-changed-heading">{ words.what_changed_heading }</h2>
            if changes.is_empty() {
                <p>{ words.nothing_changed }</p>
            } else {
                <ul class="what-changed__list">
                    for change in &changes {
                        <li>
                            <strong>{ (words.change_release)(&language.date(&change.release.date), &change.release.version) }</strong>
                            { change.texts.join(" ") }{ " " }{ grade_move_sentence(change.grade_moved, &*catalogue.language) }
                        </li>
                    }
                </ul>
            }
            <p><Link to={Route::Changes}>{ words.whole_dataset_changes }</Link></p>
        </section>
    }
}
