//! A button that shows and hides a block below it, with `aria-expanded` bound to its state.
//! What it hides is not rendered until first opened, so long study lists cost nothing unseen.

use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct DisclosureProps {
    /// Element id of the block that opens.
    pub id: AttrValue,
    /// The button's text.
    pub summary: Html,
    #[prop_or_default]
    pub initially_open: bool,
    /// Wraps the button in a heading of this tag (e.g. "h3"), so the section shows in the outline.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| props.initially_open);
    let ever_opened = use_mut_ref(|| props.initially_open);
    if *open {
        *ever_opened.borrow_mut() = true;
    }
    let onclick = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let button = html! {
        <button type="button" class="disclosure__button" aria-expanded={open.to_string()}
            aria-controls={props.id.clone()} {onclick}>
            <span class="disclosure__icon" aria-hidden="true"></span>
            { props.summary.clone() }
        </button>
    };
    let toggle = match &props.heading {
        Some(tag) => html! { <@{tag.to_string()} class="disclosure__heading">{ button }</@> },
        None => button,
    };
    html! {
        <div class={classes!("disclosure", props.class.clone())}>
            { toggle }
            <div id={props.id.clone()} class="disclosure__body" hidden={!*open}>
                if *ever_opened.borrow() {
                    { props.children.clone() }
                }
            </div>
        </div>
    }
}
