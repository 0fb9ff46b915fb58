//! The URL query as the app's state: read through the router, written back with history *replace*.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::settings::{self, Change, Settings};

/// Typed settings from the URL, and the way to change them.
#[derive(Clone, Copy)]
pub struct AppState {
    parsed: Memo<(Settings, Vec<Change>)>,
    navigate: Callback<String>,
}

impl AppState {
    /// The current settings (reactive).
    pub fn settings(&self) -> Settings {
        self.parsed.with(|(s, _)| s.clone())
    }

    /// A reactive read of one part of the settings, without cloning the whole.
    pub fn with<T>(&self, f: impl FnOnce(&Settings) -> T) -> T {
        self.parsed.with(|(s, _)| f(s))
    }

    /// What the parser had to change in the current URL, for the notice.
    pub fn changes(&self) -> Vec<Change> {
        self.parsed.with(|(_, c)| c.clone())
    }

    /// Changes the settings and writes them to the URL, replacing the history entry.
    pub fn update(&self, f: impl FnOnce(&mut Settings)) {
        let mut s = self.parsed.with_untracked(|(s, _)| s.clone());
        f(&mut s);
        self.navigate.run(href_for(&s));
    }
}

/// The link (path and query) of a state; what share links and navigation entries point to.
pub fn href_for(s: &Settings) -> String {
    let path = window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into());
    let query = settings::to_query(s)
        .into_iter()
        .map(|(k, v)| format!("{k}={}", js_sys::encode_uri_component(&v)))
        .collect::<Vec<_>>()
        .join("&");
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// Provides the state to every component below; call inside the `<Router>`.
pub fn provide_app_state() -> AppState {
    let query = use_query_map();
    let parsed = Memo::new(move |_| {
        query.with(|q| settings::parse(q.into_iter().map(|(k, v)| (k.as_ref(), v))))
    });
    let navigate = use_navigate();
    let navigate = Callback::new(move |href: String| {
        navigate(
            &href,
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        )
    });
    let state = AppState { parsed, navigate };
    provide_context(state);
    state
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
