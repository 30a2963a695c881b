//! What the app must know when another site embeds it: whether to tell the reader the embed
//! asked for conditions we do not have, and the settings every address inside the frame
//! carries along. The embed's look (theme, compact) is CSS on `<html>`, set by boot.js.

use yew::prelude::*;

#[derive(Clone, PartialEq, Default, Debug)]
pub struct EmbedView {
    /// The embed asked only for conditions we do not have, so all are shown, with a note.
    pub unknown_conditions: bool,
    /// The embed's settings, encoded for an address (empty for the full site).
    pub carried: AttrValue,
}

#[hook]
pub fn use_embed_view() -> EmbedView {
    use_context::<EmbedView>().unwrap_or_default()
}
