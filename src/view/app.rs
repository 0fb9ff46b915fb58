//! The root component: router (for the query), translations, state, clock.

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::i18n::*;
use crate::view::shell::Shell;

/// The whole app. Mount it once, on the body.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            // No cookie: the language lives in the URL (`lang=`) or follows the browser.
            <I18nContextProvider enable_cookie=false>
                <Shell />
            </I18nContextProvider>
        </Router>
    }
}
