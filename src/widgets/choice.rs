//! A labelled drop-down over one of the model's enums.

use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};

/// A labelled `<select>` over `options`: each option's value is its URL key (`key`), its text its
/// name in the current language (`name`); choosing one calls `set`, which writes the URL state.
#[component]
pub fn Choice<T>(
    #[prop(into)] label: Signal<&'static str>,
    testid: &'static str,
    options: &'static [T],
    key: fn(T) -> &'static str,
    name: fn(leptos_i18n::I18nContext<Locale>, T) -> &'static str,
    /// The value shown as selected.
    #[prop(into)]
    value: Signal<T>,
    set: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <label>
            <span>{label}</span>
            <select data-testid=testid on:change=move |ev| {
                let chosen = event_target_value(&ev);
                if let Some(&v) = options.iter().find(|&&v| key(v) == chosen) {
                    set.run(v);
                }
            }>
                {options.iter().map(|&v| view! {
                    <option value=key(v) selected=move || value.get() == v>{move || name(i18n, v)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
