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

/// Translation keys as a list of [`text_of`]'s plain functions, one a key:
/// `texts![treatment.how.pen, treatment.how.roller]` for
/// `&[|l| td_string!(l, treatment.how.pen), |l| td_string!(l, treatment.how.roller)]`.
macro_rules! texts {
    ($($($key:ident).+),+ $(,)?) => {
        &[$(|l: $crate::i18n::Locale| $crate::i18n::td_string!(l, $($key).+)),+]
    };
}
pub(crate) use texts;
