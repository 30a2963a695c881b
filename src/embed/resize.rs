//! Auto-height for an embedded widget: whenever the page's height changes (a card opens, a
//! list expands, the frame is resized), tell the host page the new height. The message holds
//! only the height: `{ "ldnEvidence": { "resizeHeight": N } }`.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Starts reporting the height to the parent window; does nothing when not in a frame.
pub fn report_height_to_host() {
    let window = gloo::utils::window();
    let parent = match window.parent() {
        Ok(Some(parent)) if !js_sys::Object::is(&parent, &window) => parent,
        _ => return,
    };
    let root = gloo::utils::document_element();
    let last_sent = Rc::new(Cell::new(-1));
    let measure = {
        let root = root.clone();
        move || root.get_bounding_client_rect().height().ceil() as i32
    };
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measure();
        if height != last_sent.get() {
            last_sent.set(height);
            // The height is no secret, and the host's origin is not ours to learn: send to "*".
            let _ = parent.post_message(&height_message(height), "*");
        }
    });
    match web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&root);
            // Observes for the life of the page.
            on_resize.forget();
        }
        Err(_) => {
            gloo::console::warn!("LDN Evidence: this browser cannot report the widget's height")
        }
    }
}

fn height_message(height: i32) -> JsValue {
    let inner = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&inner, &"resizeHeight".into(), &height.into());
    let outer = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&outer, &"ldnEvidence".into(), &inner);
    outer.into()
}
