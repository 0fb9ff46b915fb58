//! Shared, non-generic paths for reactive text and effects: every translated string, and every
//! effect, then shares one compiled rendering or scheduling path instead of each closure
//! compiling its own (a large saving in the wasm's size).

use leptos::prelude::*;

use crate::i18n::Locale;

/// Runs `f` once, then again whenever a signal it read changes (an `Effect`). Boxed, so all
/// effects share one compiled `Effect::new`, about 1 KB of wasm each otherwise.
pub fn effect(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    Effect::new(move |_| f());
}

/// The text `f` gives for the current language, following it. One compiled closure for all:
/// `f` is a plain function (`|l| td_string!(l, …)`), so a text costs a few bytes, not a closure
/// type of its own.
pub fn text_of(
    i18n: leptos_i18n::I18nContext<Locale>,
    f: fn(Locale) -> &'static str,
) -> Signal<&'static str> {
    Signal::derive(move || f(i18n.get_locale()))
}

/// A heading (with `id`, for the section's `aria-labelledby`) and a bulleted list, following the
/// language: each screen's closing sections share this one compiled view.
pub fn heading_and_bullets(
    i18n: leptos_i18n::I18nContext<Locale>,
    id: &'static str,
    heading: fn(Locale) -> &'static str,
    items: [fn(Locale) -> &'static str; 4],
) -> impl IntoView {
    view! {
        <h2 id=id>{text_of(i18n, heading)}</h2>
        <ul class="bullets">
            <li>{text_of(i18n, items[0])}</li>
            <li>{text_of(i18n, items[1])}</li>
            <li>{text_of(i18n, items[2])}</li>
            <li>{text_of(i18n, items[3])}</li>
        </ul>
    }
}
