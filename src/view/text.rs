//! Reactive text as a `Signal`: every translated string then shares one rendering path instead of
//! each closure compiling its own (a large saving in the wasm's size).

use leptos::prelude::*;

/// A translated (or any derived) string that follows the language.
pub fn tr(f: impl Fn() -> &'static str + Send + Sync + 'static) -> Signal<&'static str> {
    Signal::derive(f)
}
