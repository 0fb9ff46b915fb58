//! The root component: translations, then the shell (state, clock, screens).

use leptos::prelude::*;

use crate::app::shell::Shell;
use crate::i18n::*;

/// The whole app. Mount it once, on the body.
#[component]
pub fn App() -> impl IntoView {
    // The translations' context without `<I18nContextProvider>`: that component also mounts
    // leptos_meta's `<Html>` for the `lang` attribute, which the shell sets itself (about 2 KB of
    // wasm less; docs/architecture.md). No cookie: the language lives in the URL (`lang=`) or
    // follows the browser (the crate's `cookie` feature is off).
    provide_context(leptos_i18n::context::init_i18n_context::<Locale>());
    view! { <Shell /> }
}
