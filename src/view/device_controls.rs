//! The device settings shared by the Treatment, Absorption and Collagen screens; each writes the URL.

use leptos::prelude::*;

use crate::i18n::*;
use crate::model::device::{Device, PEN_GLIDE, PEN_HZ, PRESSURE};
use crate::model::skin::Region;
use crate::settings::Settings;
use crate::view::names::{device_name, region_name};
use crate::view::slider::Slider;
use crate::view::state::use_app_state;
use crate::view::text::text_of;

/// Device settings; each writes the URL.
#[component]
pub fn DeviceControls(settings: Memo<Settings>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    // The limits, and which sliders exist, change only with the device.
    let device = Memo::new(move |_| settings.get().device);
    let limits = move || device.get().limits();
    view! {
        <div class="controls">
            <label>
                <span>{text_of(i18n, |l| td_string!(l, treatment.device_label))}</span>
                <select data-testid="device-select" on:change=move |ev| {
                    if let Some(d) = Device::from_key(&event_target_value(&ev)) {
                        state.update(|s| *s = s.with_device(d));
                    }
                }>
                    {Device::ALL.into_iter().map(|d| view! {
                        <option value=d.key() selected=move || settings.get().device == d>{move || device_name(i18n, d)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>
                <span>{text_of(i18n, |l| td_string!(l, treatment.region_label))}</span>
                <select data-testid="region-select" on:change=move |ev| {
                    if let Some(r) = Region::from_key(&event_target_value(&ev)) {
                        state.update(|s| s.region = r);
                    }
                }>
                    {Region::ALL.into_iter().map(|r| view! {
                        <option value=r.key() selected=move || settings.get().region == r>{move || region_name(i18n, r)}</option>
                    }).collect_view()}
                </select>
            </label>
            <Slider
                label=text_of(i18n, |l| td_string!(l, treatment.depth_label))
                testid="depth-input"
                step=0.05
                span=Signal::derive(move || limits().depth_mm)
                value=Signal::derive(move || settings.get().depth_mm)
                set=Callback::new(move |x: f64| state.update(|s| s.depth_mm = s.device.limits().depth_mm.clamp(x)))
            />
            <Slider
                label=text_of(i18n, |l| td_string!(l, treatment.needles_label))
                testid="needles-input"
                step=1.0
                span=Signal::derive(move || limits().needles)
                value=Signal::derive(move || settings.get().needles as f64)
                set=Callback::new(move |x: f64| state.update(|s| s.needles = s.device.limits().needles.clamp(x).round() as u32))
            />
            <Slider
                label=text_of(i18n, |l| td_string!(l, treatment.passes_label))
                testid="passes-input"
                step=1.0
                span=Signal::derive(move || limits().passes)
                value=Signal::derive(move || settings.get().passes as f64)
                set=Callback::new(move |x: f64| state.update(|s| s.passes = s.device.limits().passes.clamp(x).round() as u32))
            />
            {move || limits().hz.is_some().then(|| view! {
                <Slider
                    label=text_of(i18n, |l| td_string!(l, treatment.hz_label))
                    testid="hz-input"
                    step=5.0
                    span=Signal::derive(|| PEN_HZ)
                    value=Signal::derive(move || settings.get().hz)
                    set=Callback::new(move |x: f64| state.update(|s| s.hz = PEN_HZ.clamp(x)))
                />
                <Slider
                    label=text_of(i18n, |l| td_string!(l, treatment.glide_label))
                    testid="glide-input"
                    step=0.5
                    span=Signal::derive(|| PEN_GLIDE)
                    value=Signal::derive(move || settings.get().glide_cm_s)
                    set=Callback::new(move |x: f64| state.update(|s| s.glide_cm_s = PEN_GLIDE.clamp(x)))
                />
            })}
            {move || limits().pressure.is_some().then(|| view! {
                <Slider
                    label=text_of(i18n, |l| td_string!(l, treatment.pressure_label))
                    testid="pressure-input"
                    step=0.1
                    span=Signal::derive(|| PRESSURE)
                    value=Signal::derive(move || settings.get().pressure)
                    set=Callback::new(move |x: f64| state.update(|s| s.pressure = PRESSURE.clamp(x)))
                />
            })}
        </div>
    }
}
