//! How we grade: the rule in plain words, the ladder of grades, and one condition worked
//! through. The full rule is `docs/grading.md`; this page is its short form for readers.

use yew::prelude::*;

use crate::evidence::grading::{EvidenceGrade, ADEQUATE_TRIAL_SIZE};
use crate::ui::components::grade_badge::GradeBadge;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::hooks::use_page::PAGE_HEADING_ID;
use crate::ui::route::Route;
use crate::ui::router::Link;

/// The condition worked through as the example: it shows disagreeing trials well.
const EXAMPLE_CONDITION: &str = "fibromyalgia";

#[component]
pub fn HowWeGradePage() -> Html {
    let catalogue = use_catalogue();
    let language = catalogue.language;
    let words = &language.ui().grading;
    let example = catalogue
        .entry(EXAMPLE_CONDITION)
        .or_else(|| catalogue.entries.first());
    html! {
        <article class="how-we-grade">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ words.heading }</h1>
            <p>{ words.intro }</p>

            <h2>{ words.steps_heading }</h2>
            <ol class="steps">
                <li>{ words.step_list }</li>
                <li>{ words.step_compare }</li>
                <li>{ (words.step_size)(ADEQUATE_TRIAL_SIZE) }</li>
                <li>{ words.step_ladder }</li>
            </ol>

            <h2>{ words.ladder_heading }</h2>
            <ul class="ladder">
                for grade in EvidenceGrade::ALL {
                    <li class="ladder__rung">
                        <GradeBadge {grade} explained={false} />
                        <p>{ language.grade(grade).meaning }</p>
                        <p class="ladder__verdict">{ (words.we_say)(language.grade(grade).verdict) }</p>
                    </li>
                }
            </ul>

            if let Some(entry) = example {
                <h2>{ (words.example)(&entry.condition.name) }</h2>
                <GradeBadge grade={entry.grading.grade} />
                <ul class="reasons">
                    for reason in &entry.grading.reasons {
                        <li>{ reason }</li>
                    }
                </ul>
                <p>
                    <Link to={Route::Condition { id: entry.condition.id.clone() }}>
                        { (words.see_studies)(&entry.condition.name) }
                    </Link>
                </p>
            }

            <h2>{ words.limits_heading }</h2>
            <ul>
                <li>{ words.limit_quality }</li>
                <li>{ words.limit_advice }</li>
            </ul>
        </article>
    }
}
