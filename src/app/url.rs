//! The URL query as the app's state: read from `location.search`, written back with history
//! *replace* (never push: an embedding page's Back button keeps working), re-read on `popstate`.
//! The app has one route and only needs its query, so this takes the place of a router (which
//! cost about 10 KB of the gzipped wasm).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::app::settings::{self, Change, Settings};
use crate::app::window_events::on_window;

/// Typed settings from the URL, and the way to change them.
#[derive(Clone, Copy)]
pub struct AppState {
    parsed: Memo<(Settings, Vec<Change>)>,
    search: RwSignal<String>,
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

    /// A read of one part of the settings that does not subscribe (for event handlers).
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Settings) -> T) -> T {
        self.parsed.with_untracked(|(s, _)| f(s))
    }

    /// What the parser had to change in the current URL, for the notice.
    pub fn changes(&self) -> Vec<Change> {
        self.parsed.with(|(_, c)| c.clone())
    }

    /// Changes the settings and writes them to the URL, replacing the history entry.
    pub fn update(&self, f: impl FnOnce(&mut Settings)) {
        let mut s = self.parsed.with_untracked(|(s, _)| s.clone());
        f(&mut s);
        let href = href_for(&s);
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&href));
        }
        self.search.set(current_search());
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

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

/// Splits a query string into decoded pairs (`+` is a space, as in forms).
pub fn pairs(search: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        js_sys::decode_uri_component(&s)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or(s)
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// Provides the state to every component below.
pub fn provide_app_state() -> AppState {
    let search = RwSignal::new(current_search());
    on_window("popstate", Box::new(move || search.set(current_search())));
    let parsed = Memo::new(move |_| {
        search.with(|q| {
            let pairs = pairs(q);
            settings::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        })
    });
    let state = AppState { parsed, search };
    provide_context(state);
    state
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
