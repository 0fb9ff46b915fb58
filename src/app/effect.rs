//! Effects, through one shared path.

use leptos::prelude::*;

/// Runs `f` once, then again whenever a signal it read changes (an `Effect`). Boxed, so all
/// effects share one compiled `Effect::new`, about 1 KB of wasm each otherwise (see
/// docs/architecture.md, "Size by structure").
pub fn effect(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    Effect::new(move |_| f());
}
