//! The home page: what this is, a search box and the condition cards.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::catalogue_context::use_catalogue;
use super::condition_card::ConditionCard;
use crate::evidence::search::Query;

#[component]
pub fn Home() -> Html {
    let catalogue = use_catalogue();
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            text.set(input.value());
        })
    };
    let query = Query {
        text: (*text).clone(),
        ..Query::default()
    };
    let matches = catalogue.search(&query);
    let total = catalogue.entries.len();
    html! {
        <>
            <header class="intro">
                <h1 class="intro__title">{ "LDN Evidence" }</h1>
                <p class="intro__purpose">
                    { "What published research says about low-dose naltrexone (LDN) for each condition it has been tried in, and how strong that evidence is." }
                </p>
                <p class="intro__note">
                    { "This is information, not medical advice. Talk to a clinician before starting or changing any treatment." }
                </p>
            </header>
            <section class="finder" aria-label="Find a condition">
                <label class="finder__label" for="condition-search">{ "Search conditions" }</label>
                <input id="condition-search" class="finder__input" type="search"
                    autocomplete="off" spellcheck="false"
                    placeholder="e.g. fibromyalgia, MS, Sjögren's"
                    value={(*text).clone()} {oninput} />
                <p class="finder__count" role="status" aria-live="polite">
                    { format!("{} of {} conditions", matches.len(), total) }
                </p>
            </section>
            <ul class="card-grid" aria-label="Conditions">
                for entry in matches {
                    <li key={entry.condition.id.clone()}><ConditionCard entry={entry.clone()} /></li>
                }
            </ul>
        </>
    }
}
