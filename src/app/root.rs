//! The root component: translations, then the shell (state, clock, screens).

use leptos::prelude::*;

use crate::app::shell::Shell;
use crate::i18n::*;

/// The whole app. Mount it once, on the body.
#[component]
pub fn App() -> impl IntoView {
    view! {
        // No cookie: the language lives in the URL (`lang=`) or follows the browser.
        <I18nContextProvider enable_cookie=false>
            <Shell />
        </I18nContextProvider>
    }
}
