//! A key figure: its name, and its value as text with a stable `data-testid` (what tests and
//! screen readers read). One component for all of them keeps the wasm small.

use leptos::prelude::*;

/// One readout in a `<dl class="readouts">`.
#[component]
pub fn Readout(
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] testid: Signal<String>,
    #[prop(into)] value: Signal<String>,
    /// Text after the value, e.g. " mm".
    #[prop(optional)]
    unit: &'static str,
    /// Text before the value, e.g. "× ".
    #[prop(optional)]
    prefix: &'static str,
) -> impl IntoView {
    view! {
        <div>
            <dt>{label}</dt>
            <dd>{prefix}<span data-testid=testid>{value}</span>{unit}</dd>
        </div>
    }
}
