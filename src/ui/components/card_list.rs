//! The condition cards, a page at a time: with a few hundred conditions, drawing them all on
//! every keystroke would make typing lag on a phone, so the list grows on request. A new search
//! draws the first few cards at once and the rest of the page once typing pauses, so that a
//! keystroke that changes every card still answers at once.

use std::rc::Rc;
use std::time::Duration;

use yew::platform::{spawn_local, time::sleep};
use yew::prelude::*;

use super::condition_card::ConditionCard;
use super::pacing::Paced;
use crate::evidence::views::catalogue::ConditionEntry;
use crate::evidence::views::query::Query;
use crate::ui::browser::focus::focus;
use crate::ui::hooks::use_catalogue::use_language;

/// Cards drawn at first and added by each "Show more".
const PAGE: usize = 48;

/// Cards a new search draws at once: at least what the first screen shows of them, on a phone
/// or a desktop (two rows of three).
const AT_ONCE: usize = 6;

/// A page this short is drawn at once: a few dozen cards draw quickly enough.
const SHORT_PAGE: usize = 24;

/// How long typing must pause before the rest of the page is drawn.
const PAUSE: Duration = Duration::from_millis(200);

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
    // The query whose whole page is drawn: the first (as pre-rendered), then each one once
    // typing pauses. A short page (the real dataset's twenty) is drawn at once.
    let drawn_for = use_state(|| props.query.clone());
    let whole = *drawn_for == props.query || limit.min(props.matches.len()) <= SHORT_PAGE;
    let drawing = if whole { limit } else { AT_ONCE };
    {
        let drawn_for = drawn_for.clone();
        use_effect_with(props.query.clone(), move |query| {
            if !whole {
                // A later query's own task draws its own cards; a stale one changes nothing.
                let query = query.clone();
                spawn_local(async move {
                    sleep(PAUSE).await;
                    drawn_for.set(query);
                });
            }
        });
    }
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
                for entry in props.matches.iter().take(drawing) {
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
