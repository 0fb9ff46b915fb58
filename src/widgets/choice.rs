//! A labelled drop-down over one of the model's enums, bound to one setting of the URL state.

use leptos::prelude::*;

use crate::app::settings::Settings;
use crate::app::url::use_app_state;
use crate::i18n::text::text_of;
use crate::i18n::{use_i18n, Locale};

/// A labelled `<select>` over `options`: each option's value is its URL key (`key`), its text its
/// name in the current language (`name`); `get` reads the selected value from the settings and
/// `set` writes the chosen one. Plain functions, like the device controls' knobs, so each enum
/// costs one small instance rather than closures and signals of its own.
#[component]
pub fn Choice<T>(
    label: fn(Locale) -> &'static str,
    testid: &'static str,
    options: &'static [T],
    key: fn(T) -> &'static str,
    name: fn(leptos_i18n::I18nContext<Locale>, T) -> &'static str,
    get: fn(&Settings) -> T,
    set: fn(&mut Settings, T),
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let state = use_app_state();
    view! {
        <label>
            <span>{text_of(i18n, label)}</span>
            <select data-testid=testid on:change=move |ev| {
                let chosen = event_target_value(&ev);
                if let Some(&v) = options.iter().find(|&&v| key(v) == chosen) {
                    state.update(|s| set(s, v));
                }
            }>
                {options.iter().map(|&v| view! {
                    <option value=key(v) selected=move || state.with(get) == v>{move || name(i18n, v)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
