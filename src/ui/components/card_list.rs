//! The condition cards, a page at a time: with a few hundred conditions, drawing them all on
//! every keystroke would make typing lag on a phone, so the list grows on request.

use std::rc::Rc;

use yew::prelude::*;

use super::condition_card::ConditionCard;
use super::pacing::Paced;
use crate::evidence::views::catalogue::ConditionEntry;
use crate::evidence::views::query::Query;
use crate::ui::browser::focus::focus;
use crate::ui::hooks::use_catalogue::use_language;

/// Cards drawn at first and added by each "Show more".
const PAGE: usize = 48;

#[derive(Properties, Clone)]
pub struct CardListProps {
    pub matches: Vec<Rc<ConditionEntry>>,
    /// A new query starts again from the first page.
    pub query: Query,
}

impl PartialEq for CardListProps {
    fn eq(&self, other: &Self) -> bool {
        self.query == other.query
            && self.matches.len() == other.matches.len()
            && self
                .matches
                .iter()
                .zip(&other.matches)
                .all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

#[component]
pub fn CardList(props: &CardListProps) -> Html {
    let words = &use_language().ui().home;
    // How many cards to show, remembered with the query it was for.
    let shown = use_state(|| (props.query.clone(), PAGE));
    let limit = if shown.0 == props.query {
        shown.1
    } else {
        PAGE
    };
    let hidden = props.matches.len().saturating_sub(limit);
    // After "Show more", focus goes to the first new card, as the button may be gone.
    let focus_next = use_mut_ref(|| None::<String>);
    {
        let focus_next = focus_next.clone();
        use_effect_with(limit, move |_| {
            if let Some(id) = focus_next.borrow_mut().take() {
                focus(&format!("#card-{id} a"));
            }
        });
    }
    let onmore = {
        let (shown, query) = (shown.clone(), props.query.clone());
        let first_new = props.matches.get(limit).map(|e| e.condition.id.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = first_new.clone();
            shown.set((query.clone(), limit + PAGE));
        })
    };
    html! {
        <>
            // `data-condition` lets boot.js show only an embed's cards before the app runs.
            <ul class="card-grid depends-on-query" aria-label={words.cards}>
                for entry in props.matches.iter().take(limit) {
                    <li key={entry.condition.id.clone()} data-condition={entry.condition.id.clone()}>
                        <Paced><ConditionCard entry={entry.clone()} /></Paced>
                    </li>
                }
            </ul>
            if hidden > 0 {
                <p class="card-list__more">
                    <button type="button" class="button" onclick={onmore}>
                        { (words.show_more)(hidden.min(PAGE), hidden) }
                    </button>
                </p>
            }
        </>
    }
}
