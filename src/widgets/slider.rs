//! A labelled range input that shows its value.

use leptos::prelude::*;

use crate::app::number::parse_f64;
use crate::i18n::numbers::up_to;
use crate::i18n::use_i18n;
use crate::model::device::Span;

/// A labelled range input showing its value; a non-number from the input is ignored.
#[component]
pub fn Slider(
    #[prop(into)] label: Signal<&'static str>,
    testid: &'static str,
    step: f64,
    #[prop(into)] span: Signal<Span>,
    #[prop(into)] value: Signal<f64>,
    set: Callback<f64>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label>
            <span>{label} ": " <output>{move || up_to(i18n.get_locale(), value.get(), 3)}</output></span>
            <input
                type="range"
                data-testid=testid
                step=step
                min=move || span.get().min
                max=move || span.get().max
                prop:value=move || value.get()
                on:change=move |ev| {
                    if let Some(x) = parse_f64(&event_target_value(&ev)).filter(|x| x.is_finite()) {
                        set.run(x);
                    }
                }
            />
        </label>
    }
}
