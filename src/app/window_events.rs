//! Listeners on the window for the page's whole life (the app is never unmounted): plain
//! closures, not leptos-use's generic listener, which compiles again for each event type.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Calls `f` on each `event` of the window.
pub fn on_window(event: &str, f: Box<dyn FnMut()>) {
    let f = Closure::wrap(f);
    let _ = window().add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    f.forget();
}

/// Notified when the window is resized, so that charts redraw for their new box.
#[derive(Clone, Copy)]
pub struct Resized(pub Trigger);

/// One resize listener for the whole app.
pub fn provide_resized() {
    let resized = Trigger::new();
    on_window("resize", Box::new(move || resized.notify()));
    provide_context(Resized(resized));
}

pub fn use_resized() -> Trigger {
    expect_context::<Resized>().0
}
