//! Shared, non-generic paths for reactive text and effects: every translated string, and every
//! effect, then shares one compiled rendering or scheduling path instead of each closure
//! compiling its own (a large saving in the wasm's size).

use leptos::prelude::*;

/// A translated (or any derived) string that follows the language.
pub fn tr(f: impl Fn() -> &'static str + Send + Sync + 'static) -> Signal<&'static str> {
    Signal::derive(f)
}

/// Runs `f` once, then again whenever a signal it read changes (an `Effect`). Boxed, so all
/// effects share one compiled `Effect::new`, about 1 KB of wasm each otherwise.
pub fn effect(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    Effect::new(move |_| f());
}
