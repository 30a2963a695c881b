//! What the reader sees if the app panics: the page's own "stopped working" message.

use std::panic::PanicHookInfo;

/// Panic hook: logs the panic and shows the failure message.
pub fn report_panic(info: &PanicHookInfo<'_>) {
    gloo::console::error!(format!("LDN Evidence stopped: {info}"));
    show_failure_message();
}

/// Reveals `#app-failed` from `index.html` and hides the half-drawn app behind it.
pub fn show_failure_message() {
    reveal("app-failed");
    if let Some(app) = gloo::utils::document().get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}

/// Unhides one of the shell's messages.
fn reveal(id: &str) {
    if let Some(message) = gloo::utils::document().get_element_by_id(id) {
        let _ = message.remove_attribute("hidden");
    }
}

/// Says that search and buttons could not start, over a pre-rendered page that still reads in
/// full (as boot.js does when the WebAssembly cannot load).
pub fn show_limited_message() {
    super::takeover::release_held_back();
    let readable = gloo::utils::document()
        .get_element_by_id("app")
        .is_some_and(|app| app.first_element_child().is_some());
    reveal(if readable {
        "app-limited"
    } else {
        "app-failed"
    });
}
