//! One condition in a list (the home page, an embed): name, badge, verdict and the size of the evidence.

use std::rc::Rc;

use yew::prelude::*;

use super::grade_badge::GradeBadge;
use crate::evidence::views::catalogue::ConditionEntry;
use crate::evidence::words::Language;
use crate::ui::hooks::use_catalogue::use_language;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[derive(Properties, Clone)]
pub struct ConditionCardProps {
    pub entry: Rc<ConditionEntry>,
}

/// The same shared entry means the same card: a keystroke redraws only cards that change.
impl PartialEq for ConditionCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entry, &other.entry)
    }
}

/// "3 studies · 257 participants · best: randomised controlled trial".
pub fn evidence_size(entry: &ConditionEntry, language: Language) -> String {
    let grading = &entry.grading;
    let words = &language.ui().card;
    let size = (words.size)(grading.studies, grading.participants);
    match grading.best_design {
        Some(design) => size + &(words.best)(language.design(design)),
        None => size,
    }
}

#[component]
pub fn ConditionCard(props: &ConditionCardProps) -> Html {
    let condition = &props.entry.condition;
    let grading = &props.entry.grading;
    let language = use_language();
    let reviewed = language.date(&condition.last_reviewed);
    html! {
        <article class="card" aria-labelledby={format!("card-{}", condition.id)}>
            <h2 class="card__title" id={format!("card-{}", condition.id)}>
                <Link to={Route::Condition { id: condition.id.clone() }}>{ &condition.name }</Link>
            </h2>
            <GradeBadge grade={grading.grade} />
            // Element Timing: the benchmark reads when the first card's text was painted.
            <p class="card__verdict" elementtiming={format!("card-{}", condition.id)}>{ language.grade(grading.grade).verdict }</p>
            <p class="card__size">{ evidence_size(&props.entry, language) }</p>
            <p class="card__reviewed">{ (language.ui().card.reviewed)(&reviewed) }</p>
        </article>
    }
}
