//! Words and numbers for each language: the translations from `locales/` (checked at compile
//! time: `t!`, `use_i18n`, `Locale`, …), the translated names of the model's things, and filled
//! templates.

#[allow(deprecated)] // the macro still works; its build.rs successor needs far heavier build deps
mod translations {
    leptos_i18n::load_locales!();
}
pub use translations::i18n::*;

pub mod fill;
pub mod html;
pub mod names;
pub mod numbers;
pub mod text;
