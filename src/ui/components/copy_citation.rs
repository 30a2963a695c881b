//! A "Copy citation" button for one study. Where the browser will not copy (no Clipboard API,
//! or a frame that is not allowed to), the citation appears selected for the reader to copy.
//! The outcome is said in words, on screen and through a polite live region.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::ui::browser::clipboard::{copy_text, select_contents};
use crate::ui::hooks::use_catalogue::{use_language, use_reference_language};

#[derive(Properties, PartialEq, Clone)]
pub struct CopyCitationProps {
    /// The reference to copy, in full.
    pub reference: AttrValue,
    /// Which study, for screen readers: "Younger 2009".
    pub label: AttrValue,
    /// The label's language when it is not the page's: a title, as published.
    #[prop_or_default]
    pub label_lang: Option<&'static str>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    /// Waiting for the browser; the message is cleared so a second "copied" is heard again.
    Copying,
    Copied,
    /// The citation is shown and selected for copying by hand.
    ByHand,
}

#[component]
pub fn CopyCitation(props: &CopyCitationProps) -> Html {
    let reference_lang = use_reference_language();
    let state = use_state_eq(|| CopyState::Idle);
    let words = &use_language().ui().study;
    let text_ref = use_node_ref();
    {
        let text_ref = text_ref.clone();
        use_effect_with(*state, move |state| {
            if *state == CopyState::ByHand {
                if let Some(text) = text_ref.cast::<web_sys::Element>() {
                    select_contents(&text);
                }
            }
        });
    }
    let onclick = {
        let state = state.clone();
        let reference = props.reference.clone();
        Callback::from(move |_: MouseEvent| {
            state.set(CopyState::Copying);
            let state = state.clone();
            let reference = reference.clone();
            spawn_local(async move {
                let copied = copy_text(&reference).await.is_ok();
                state.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::ByHand
                });
            });
        })
    };
    html! {
        <div class="copy-citation">
            <button type="button" class="button button--quiet" {onclick}>
                { words.copy_citation }
                <span class="visually-hidden">
                    { words.copy_for }<span lang={props.label_lang}>{ &props.label }</span>
                </span>
            </button>
            if *state == CopyState::ByHand {
                <p class="copy-citation__text" ref={text_ref} lang={reference_lang}>{ &props.reference }</p>
            }
            <p class="copy-citation__status" aria-live="polite">
                if *state == CopyState::Copied {
                    <span aria-hidden="true">{ "\u{2713} " }</span>{ words.copied }
                } else if *state == CopyState::ByHand {
                    { words.copy_refused }
                }
            </p>
        </div>
    }
}
