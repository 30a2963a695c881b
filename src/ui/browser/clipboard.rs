//! Copying text for the reader through the Clipboard API, and selecting text on the page for
//! when the browser has no such API or refuses it.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard. Fails where the API is missing (a page not served over https,
/// an old browser) or refused (a frame without the clipboard-write permission).
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(JsValue::from_str("the Clipboard API is not available"));
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await?;
    Ok(())
}

/// Selects everything inside `element`, so the reader only has to copy it.
pub fn select_contents(element: &web_sys::Element) {
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.select_all_children(element);
    }
}
