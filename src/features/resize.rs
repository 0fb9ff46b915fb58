//! Inside an iframe, tells the embedding page how tall the app is, so the frame can fit it
//! without an inner scroll bar (the receiving script is in the README and the embed panel).

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The `type` of the message the parent receives, with `height` in CSS pixels.
pub const RESIZE_MESSAGE: &str = "microneedling-explorer:resize";

/// Posts `{ type, height }` to the parent page whenever `app` changes height; nothing outside a
/// frame. The height is not private, so any parent origin may read it.
pub fn post_height_to_parent(app: web_sys::Element) {
    let w = window();
    let Ok(Some(parent)) = w.parent() else { return };
    if js_sys::Object::is(&parent, &w) {
        return;
    }
    let last = Cell::new(-1);
    let target = app.clone();
    let changed = Closure::<dyn FnMut()>::new(move || {
        let height = target.scroll_height();
        if height != last.replace(height) {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref()) {
        observer.observe(&app);
    }
    // Lives as long as the page: the app is never unmounted.
    changed.forget();
}
