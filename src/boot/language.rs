//! The page's language and the catalogue in it. The pre-renderer wrote the language into
//! `<html lang>`; English is embedded in the WebAssembly, any other language's text comes from
//! its text pack (`es/text.<hash>.bin`), which boot.js has already asked the browser to fetch.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::evidence::views::catalogue::Catalogue;
use crate::evidence::words::Language;
use crate::ui::{browser_location, site_root};

/// The page's language: the one `<html lang>` names, or else the address's folder (`es/…`),
/// for the pages that are not written per language: every address of `trunk serve`, and a
/// host's one 404.html. `<html lang>` is then set to match.
pub fn page_language() -> Language {
    let root = gloo::utils::document_element();
    let marked = root
        .get_attribute("lang")
        .and_then(|code| Language::with_code(&code))
        .filter(|language| *language != Language::ENGLISH);
    let language = marked.unwrap_or_else(|| browser_location().language);
    let _ = root.set_attribute("lang", language.code());
    language
}

/// The catalogue in the page's language; `None` if its text pack could not be fetched or is
/// not this build's (a cached page from an older version), so the page stays as pre-rendered.
pub async fn page_catalogue(language: Language) -> Option<Catalogue> {
    if language == Language::ENGLISH {
        return Some(crate::embedded_catalogue());
    }
    let address = crate::text_pack_address(language)?;
    let bytes = fetch_bytes(&format!("{}{address}", site_root())).await;
    match bytes.and_then(|bytes| crate::catalogue_in(language, &bytes)) {
        Some(catalogue) => Some(catalogue),
        None => {
            gloo::console::error!(format!("LDN Evidence: cannot read {address}"));
            None
        }
    }
}

async fn fetch_bytes(address: &str) -> Option<Vec<u8>> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(address))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
