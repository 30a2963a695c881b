//! Taking over from the pre-rendered page that every address of a release build serves. The
//! app draws the same page off screen, then puts it in place in one step: no blank frame, and
//! nothing the reader typed or focused is lost.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

use crate::ui::Pacer;

/// Held-back parts drawn per task: a few cards or studies, well under the 50 ms after which
/// a task counts as long (and a tap may feel slow) even on a slow phone.
const PARTS_PER_TASK: usize = 1;

/// Classes boot.js put on `<html>` for the pre-rendered page: cards of a search in the address
/// held back, and an embed's cards picked out. The app's own page needs neither.
const BOOT_CLASSES: [&str; 2] = ["awaiting-app", "some-conditions"];

/// The search box, the one control a reader may use before the app is ready.
const SEARCH: &str = "#condition-search";

/// The class of the app's page while it is drawn off screen (app.css).
const DRAWING: &str = "app-drawing";
const HIDDEN_WHILE_DRAWING: [(&str, &str); 2] = [("inert", ""), ("aria-hidden", "true")];

fn search_box(root: &Element) -> Option<HtmlInputElement> {
    root.query_selector(SEARCH).ok().flatten()?.dyn_into().ok()
}

/// Waits for the browser's next task, so that it can paint and handle input first.
pub async fn next_task() {
    let timeout = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(timeout).await;
}

/// Lets every part the pacer held back draw, a few per task, then stops holding parts back.
/// Yew may spread drawing over several tasks too, so this waits until each part says it has
/// drawn.
pub async fn draw_held(pacer: &Pacer) {
    loop {
        next_task().await;
        if pacer.all_drawn() {
            pacer.release();
            return;
        }
        for _ in 0..PARTS_PER_TASK {
            pacer.draw_next();
        }
    }
}

/// Shows what boot.js held back for the app.
pub fn release_held_back() {
    let classes = gloo::utils::document_element().class_list();
    for class in BOOT_CLASSES {
        let _ = classes.remove_1(class);
    }
}

/// Says the app is in charge: shows what boot.js held back and marks the moment for the
/// benchmark.
pub fn app_ready() {
    release_held_back();
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("app-ready");
    }
}

/// Where the app draws its own page while the pre-rendered one is on screen: just after it,
/// laid out at the same width but unseen, taking no room and out of reach of the keyboard and
/// screen readers. Laying it out there, a part at a time, leaves little for the browser to
/// do when it takes the pre-rendered page's place.
pub fn drawing_area(prerendered: &Element) -> Element {
    let area = gloo::utils::document()
        .create_element("div")
        .expect("a div");
    area.set_class_name(&format!("app-root {DRAWING}"));
    for (name, value) in HIDDEN_WHILE_DRAWING {
        let _ = area.set_attribute(name, value);
    }
    let _ = prerendered.after_with_node_1(&area);
    area
}

/// Puts the app's own page in place of the pre-rendered one, carrying over anything the
/// reader already typed into the search box, and its focus.
pub fn replace(prerendered: &Element, app: &Element) {
    let document = gloo::utils::document();
    let typed = search_box(prerendered).map(|input| {
        let focused = document.active_element().is_some_and(|e| e == **input);
        (input.value(), focused)
    });
    prerendered.remove();
    app.set_id("app");
    let _ = app.class_list().remove_1(DRAWING);
    for (name, _) in HIDDEN_WHILE_DRAWING {
        let _ = app.remove_attribute(name);
    }
    app_ready();
    let (Some((text, focused)), Some(input)) = (typed, search_box(app)) else {
        return;
    };
    if text != input.value() && !text.is_empty() {
        input.set_value(&text);
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = Event::new_with_event_init_dict("input", &init) {
            let _ = input.dispatch_event(&event);
        }
    }
    if focused {
        let _ = input.focus();
    }
}
