//! One condition in detail: its grade and why, the summary and the studies behind it.

use yew::prelude::*;
use yew_router::prelude::*;

use super::catalogue_context::use_catalogue;
use super::grade_badge::GradeBadge;
use super::not_found::NotFound;
use super::route::Route;
use super::study_list::StudyList;

#[derive(Properties, PartialEq, Clone)]
pub struct ConditionPageProps {
    /// The condition id from the address; may be anything a visitor typed.
    pub id: String,
}

#[component]
pub fn ConditionPage(props: &ConditionPageProps) -> Html {
    let catalogue = use_catalogue();
    let Some(entry) = catalogue.entry(&props.id) else {
        return html! { <NotFound /> };
    };
    let condition = &entry.condition;
    let grading = &entry.grading;
    let publications: Vec<_> = catalogue
        .publications_for(&condition.id)
        .into_iter()
        .cloned()
        .collect();
    html! {
        <article class="detail">
            <p class="detail__back"><Link<Route> to={Route::Home}>{ "\u{2190} All conditions" }</Link<Route>></p>
            <h1>{ &condition.name }</h1>
            <GradeBadge grade={grading.grade} />
            <p class="detail__verdict">{ grading.grade.verdict() }</p>
            <section aria-labelledby="why-heading">
                <h2 id="why-heading">{ "Why this grade" }</h2>
                <ul class="reasons">
                    for reason in &grading.reasons {
                        <li>{ reason }</li>
                    }
                </ul>
            </section>
            <section aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ "What the studies found" }</h2>
                <p>{ &condition.summary }</p>
                <h3>{ "What was measured" }</h3>
                <ul>
                    for outcome in &condition.outcomes_studied {
                        <li>{ outcome }</li>
                    }
                </ul>
            </section>
            <section aria-labelledby="studies-heading">
                <h2 id="studies-heading">{ format!("The studies ({})", publications.len()) }</h2>
                <StudyList {publications} condition_id={condition.id.clone()} />
            </section>
        </article>
    }
}
