//! How the app is shown when another site embeds it: compact (cards only) or the full site,
//! and a note for the reader when the embed asked for something we do not have.

use yew::prelude::*;

#[derive(Clone, PartialEq, Default, Debug)]
pub struct EmbedView {
    /// Cards only: no site header, introduction or footer.
    pub compact: bool,
    /// Shown above the cards, e.g. when none of the requested conditions exists.
    pub note: Option<AttrValue>,
}

#[hook]
pub fn use_embed_view() -> EmbedView {
    use_context::<EmbedView>().unwrap_or_default()
}
