//! Words and numbers for each language: the translations from `locales/` (checked at compile
//! time: `t!`, `use_i18n`, `Locale`, …), the translated names of enums (`names`), templates with
//! `{name}` placeholders (`fill`), every number on screen (`numbers`), and reactive text
//! (`text`).

#[allow(deprecated)] // the macro still works; its build.rs successor needs far heavier build deps
mod translations {
    leptos_i18n::load_locales!();
}
pub use translations::i18n::*;

pub mod fill;
pub mod names;
pub mod numbers;
pub mod text;
