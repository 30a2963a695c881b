//! Saves text the app wrote as a file on the reader's device, with no server: a Blob, an
//! object address for it, and a link with a `download` name that is clicked once.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// How long the object address lives after the click. Browsers take hold of the Blob when the
/// download starts; the pause only spares older ones that read it a moment later.
const REVOKE_AFTER_MS: i32 = 1_000;

pub fn save_text_file(file_name: &str, media_type: &str, text: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let address = Url::create_object_url_with_blob(&blob)?;
    // A link that is never added to the page, so nothing moves and an embed keeps its height.
    let link: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")?
        .unchecked_into();
    link.set_href(&address);
    link.set_download(file_name);
    link.click();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&address);
    });
    gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.unchecked_ref(),
        REVOKE_AFTER_MS,
    )?;
    Ok(())
}
