//! A group of toggle buttons ("chips") that filter the list, e.g. by category. Each shows
//! whether it is on with a tick and `aria-pressed`, not by colour alone.

use yew::prelude::*;

/// One choice in the group.
#[derive(Clone, PartialEq)]
pub struct Chip<T: Clone + PartialEq> {
    pub value: T,
    pub label: String,
    /// Conditions that have this value, shown in brackets.
    pub count: usize,
    pub pressed: bool,
}

#[derive(Properties, PartialEq, Clone)]
pub struct FilterChipsProps<T: Clone + PartialEq + 'static> {
    /// What the group filters by, e.g. "Type of condition".
    pub legend: AttrValue,
    pub chips: Vec<Chip<T>>,
    pub ontoggle: Callback<T>,
}

#[component]
pub fn FilterChips<T: Clone + PartialEq + 'static>(props: &FilterChipsProps<T>) -> Html {
    html! {
        <fieldset class="chips">
            <legend class="chips__legend">{ &props.legend }</legend>
            <ul class="chips__list">
                for chip in props.chips.iter().cloned() {
                    <li>
                        <button type="button" class="chip" aria-pressed={chip.pressed.to_string()}
                            onclick={props.ontoggle.reform(move |_| chip.value.clone())}>
                            <span class="chip__tick" aria-hidden="true">{ if chip.pressed { "\u{2713}" } else { "" } }</span>
                            { format!("{} ({})", chip.label, chip.count) }
                        </button>
                    </li>
                }
            </ul>
        </fieldset>
    }
}
