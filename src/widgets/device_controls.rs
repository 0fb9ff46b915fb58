//! The device settings shared by the Treatment, Absorption and Collagen screens; each writes the URL.

use leptos::prelude::*;

use crate::app::settings::Settings;
use crate::app::url::use_app_state;
use crate::i18n::names::{device_name, region_name};
use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::model::device::{Device, DeviceLimits, Span, PEN_GLIDE, PEN_HZ, PRESSURE};
use crate::model::skin::Region;
use crate::widgets::choice::Choice;
use crate::widgets::slider::Slider;

/// One slider of a device setting.
#[derive(Clone, Copy)]
struct Knob {
    label: fn(Locale) -> &'static str,
    testid: &'static str,
    step: f64,
    /// Its range within the device's limits.
    span: fn(&DeviceLimits) -> Span,
    get: fn(&Settings) -> f64,
    /// Writes a value from the slider, clamped to the range.
    set: fn(&mut Settings, f64),
}

const DEPTH: Knob = Knob {
    label: |l| td_string!(l, treatment.depth_label),
    testid: "depth-input",
    step: 0.05,
    span: |d| d.depth_mm,
    get: |s| s.depth_mm,
    set: |s, x| s.depth_mm = s.device.limits().depth_mm.clamp(x),
};
const NEEDLES: Knob = Knob {
    label: |l| td_string!(l, treatment.needles_label),
    testid: "needles-input",
    step: 1.0,
    span: |d| d.needles,
    get: |s| s.needles as f64,
    set: |s, x| s.needles = s.device.limits().needles.clamp(x).round() as u32,
};
const PASSES: Knob = Knob {
    label: |l| td_string!(l, treatment.passes_label),
    testid: "passes-input",
    step: 1.0,
    span: |d| d.passes,
    get: |s| s.passes as f64,
    set: |s, x| s.passes = s.device.limits().passes.clamp(x).round() as u32,
};
const HZ: Knob = Knob {
    label: |l| td_string!(l, treatment.hz_label),
    testid: "hz-input",
    step: 5.0,
    span: |_| PEN_HZ,
    get: |s| s.hz,
    set: |s, x| s.hz = PEN_HZ.clamp(x),
};
const GLIDE: Knob = Knob {
    label: |l| td_string!(l, treatment.glide_label),
    testid: "glide-input",
    step: 0.5,
    span: |_| PEN_GLIDE,
    get: |s| s.glide_cm_s,
    set: |s, x| s.glide_cm_s = PEN_GLIDE.clamp(x),
};
const PRESSURE_KNOB: Knob = Knob {
    label: |l| td_string!(l, treatment.pressure_label),
    testid: "pressure-input",
    step: 0.1,
    span: |_| PRESSURE,
    get: |s| s.pressure,
    set: |s, x| s.pressure = PRESSURE.clamp(x),
};

/// Device settings; each writes the URL.
#[component]
pub fn DeviceControls() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    // The limits, and which sliders exist, change only with the device.
    let device = Memo::new(move |_| state.with(|s| s.device));
    let limits = move || device.get().limits();
    // Every slider from one function and a table of plain functions, not closures of its own.
    let knob = move |k: Knob| {
        view! {
            <Slider
                label=text_of(i18n, k.label)
                testid=k.testid
                step=k.step
                span=Signal::derive(move || (k.span)(&limits()))
                value=Signal::derive(move || state.with(k.get))
                set=Callback::new(move |x: f64| state.update(|s| (k.set)(s, x)))
            />
        }
    };
    view! {
        <div class="controls">
            <Choice label=|l| td_string!(l, treatment.device_label) testid="device-select"
                options=&Device::ALL key=Device::key name=device_name
                get=|s| s.device set=|s, d| *s = s.with_device(d) />
            <Choice label=|l| td_string!(l, treatment.region_label) testid="region-select"
                options=&Region::ALL key=Region::key name=region_name
                get=|s| s.region set=|s, r| s.region = r />
            {knob(DEPTH)}
            {knob(NEEDLES)}
            {knob(PASSES)}
            {move || limits().hz.is_some().then(|| view! { {knob(HZ)} {knob(GLIDE)} })}
            {move || limits().pressure.is_some().then(|| knob(PRESSURE_KNOB))}
        </div>
    }
}
