//! Microneedling Explorer: what microneedling does to skin, as an interactive, cited simulation.

pub mod model;
pub mod settings;
pub mod view;

// Translations from `locales/`, checked at compile time (the `i18n` module: `t!`, `use_i18n`, …).
#[allow(deprecated)] // the macro still works; its build.rs successor needs far heavier build deps
mod translations {
    leptos_i18n::load_locales!();
}
pub use translations::i18n;
