//! Reactive text in the current language, through one shared path: every translated string then
//! shares one compiled rendering instead of each closure compiling its own (docs/architecture.md,
//! "Size by structure").

use leptos::prelude::*;

use crate::i18n::Locale;

/// The text `f` gives for the current language, following it. `f` is a plain function
/// (`|l| td_string!(l, …)`), so a text costs a few bytes, not a closure type of its own.
pub fn text_of(
    i18n: leptos_i18n::I18nContext<Locale>,
    f: fn(Locale) -> &'static str,
) -> Signal<&'static str> {
    Signal::derive(move || f(i18n.get_locale()))
}

/// A heading (with `id`, for the section's `aria-labelledby`) and a bulleted list of any length,
/// following the language.
pub fn heading_and_bullets<const N: usize>(
    i18n: leptos_i18n::I18nContext<Locale>,
    id: &'static str,
    heading: fn(Locale) -> &'static str,
    items: [fn(Locale) -> &'static str; N],
) -> impl IntoView {
    view! {
        <h2 id=id>{text_of(i18n, heading)}</h2>
        <ul class="bullets">
            {items.into_iter().map(|item| view! { <li>{text_of(i18n, item)}</li> }).collect_view()}
        </ul>
    }
}
