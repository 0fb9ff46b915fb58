//! A labelled range input that shows its value.

use leptos::prelude::*;

use crate::app::settings::format_number;
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
    view! {
        <label>
            <span>{label} ": " <output>{move || format_number(value.get())}</output></span>
            <input
                type="range"
                data-testid=testid
                step=step
                min=move || span.get().min
                max=move || span.get().max
                prop:value=move || value.get()
                on:change=move |ev| {
                    if let Some(x) = event_target_value(&ev).parse::<f64>().ok().filter(|x| x.is_finite()) {
                        set.run(x);
                    }
                }
            />
        </label>
    }
}
