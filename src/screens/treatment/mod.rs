//! Treatment: channels a device makes, drawn in a skin cross-section and on 1 cm² of surface,
//! pass by pass as the shared clock plays; readouts and warnings from the channel model.

pub mod device;

use leptos::prelude::*;

use crate::app::clock::use_clock;
use crate::app::settings::format_number;
use crate::app::url::use_app_state;
use crate::i18n::fill::{fill, whole};
use crate::i18n::names::{device_name, layer_name};
use crate::i18n::text::{effect, heading_and_bullets, text_of};
use crate::i18n::*;
use crate::model::channels::{Channel, Setup, Shape, PATCH_MM};
use crate::model::device::Device;
use crate::model::skin::{Layer, SkinProfile};
use crate::model::warnings::{warnings, Warning};
use crate::screens::treatment::device::{slow_motion_factor, DeviceAnimation};
use crate::widgets::device_controls::DeviceControls;
use crate::widgets::live_region::use_announcer;
use crate::widgets::readout::Readout;
use crate::widgets::time_controls::TimeControls;

/// Seconds of animation per pass at normal speed.
pub const SECONDS_PER_PASS: f64 = 2.0;
/// Most channels drawn; placement is uniform, so the first ones are a fair sample.
const MAX_DRAWN: usize = 2000;
/// SVG user units per millimetre in the cross-section.
const U: f64 = 100.0;
/// The cross-section shows channels within this band of the patch (mm from its middle).
const SLICE_MM: f64 = 0.5;

fn warning_text(i18n: leptos_i18n::I18nContext<Locale>, w: Warning) -> String {
    match w {
        Warning::BeyondDermis => t_string!(i18n, treatment.warning.beyond_dermis).to_string(),
        Warning::TooDeepForRegion { max_mm } => fill(
            t_string!(i18n, treatment.warning.too_deep),
            &[("max", &format!("{max_mm}"))],
        ),
        Warning::TooDense { per_cm2 } => fill(
            t_string!(i18n, treatment.warning.too_dense),
            &[("count", &whole(per_cm2))],
        ),
        Warning::TooManyPassesBony { .. } => t_string!(i18n, treatment.warning.bony).to_string(),
        Warning::HomeNeedleTooLong => t_string!(i18n, treatment.warning.home).to_string(),
    }
}

/// SVG path data for the channels of one pass in the cross-section.
fn section_path(channels: &[Channel], pass: u32) -> String {
    let mid = PATCH_MM / 2.0;
    let mut d = String::new();
    for c in channels
        .iter()
        .filter(|c| c.pass == pass && (c.y.0 - mid).abs() < SLICE_MM)
    {
        let x = c.x.0 * U;
        let depth = c.depth.0 * U;
        match c.shape {
            Shape::Straight => d.push_str(&format!("M{x:.1} 0V{depth:.1}")),
            Shape::Curved { lean } => {
                let lean = lean.0 * U;
                d.push_str(&format!(
                    "M{x:.1} 0Q{:.1} {:.1} {:.1} {depth:.1}",
                    x + lean * 0.2,
                    depth * 0.6,
                    x + lean
                ));
            }
        }
    }
    d
}

/// SVG path data for the punctures of one pass seen from above (small squares: cheap to draw).
fn surface_path(channels: &[Channel], pass: u32) -> String {
    let mut d = String::new();
    for c in channels.iter().filter(|c| c.pass == pass) {
        d.push_str(&format!(
            "M{:.0} {:.0}h6v6h-6z",
            c.x.0 * U - 3.0,
            c.y.0 * U - 3.0
        ));
    }
    d
}

/// The Treatment screen.
#[component]
pub fn Treatment() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let clock = use_clock();
    let announcer = use_announcer();

    let device = Memo::new(move |_| state.with(|s| s.device));
    let setup = Memo::new(move |_| state.with(|s| s.setup()));
    let skin = Memo::new(move |_| SkinProfile::for_region(state.with(|s| s.region)));
    let channels = Memo::new(move |_| setup.get().place(1));
    // Cheap to recompute: a closure, not a memo (each memo costs wasm).
    let passes = move || setup.get().passes.max(1);
    // Passes shown so far: the first at once, the next each SECONDS_PER_PASS.
    let shown = Memo::new(move |_| {
        let n = (clock.time.get() / SECONDS_PER_PASS).floor() as u32 + 1;
        n.min(passes())
    });
    // Drawn sample: at most MAX_DRAWN channels, split into one path per pass.
    let drawn = Memo::new(move |_| {
        channels.with(|all| {
            let sample = &all[..all.len().min(MAX_DRAWN)];
            (0..passes())
                .map(|p| (section_path(sample, p), surface_path(sample, p)))
                .collect::<Vec<_>>()
        })
    });

    let layer = move || layer_name(i18n, setup.get().layer_reached(&skin.get()));
    // The setup's readouts from one function: what each shows is a plain function.
    let of_setup = move |label: fn(Locale) -> &'static str,
                         testid: &'static str,
                         value: fn(&Setup) -> String,
                         unit: &'static str| {
        view! {
            <Readout label=text_of(i18n, label) testid=testid value=Signal::derive(move || setup.with(value)) unit=unit />
        }
    };
    let slow_motion = move || {
        let hz = setup.get().hz;
        fill(
            t_string!(i18n, treatment.slow_motion),
            &[
                (
                    "factor",
                    &whole(slow_motion_factor(hz, clock.speed.get().factor())),
                ),
                ("hz", &format_number(hz)),
            ],
        )
    };

    // Say what the settings do, once per change.
    effect(move || {
        let s = setup.get();
        let text = fill(
            t_string!(i18n, treatment.announce),
            &[
                ("device", device_name(i18n, s.device)),
                ("depth", &format!("{}", s.needle.0)),
                ("layer", layer_name(i18n, s.layer_reached(&skin.get()))),
                ("count", &whole(s.per_cm2())),
            ],
        );
        announcer.say(text);
    });

    let position = Signal::derive(move || {
        fill(
            t_string!(i18n, treatment.pass_position),
            &[
                ("n", &shown.get().to_string()),
                ("total", &passes().to_string()),
                ("count", &whole(setup.get().per_cm2_after(shown.get()))),
            ],
        )
    });

    // Cross-section geometry: the skin down to the dermis plus a margin, 10 mm wide.
    let height = move || (skin.get().total().0 + 0.3) * U;
    let layer_rects = move || {
        let sk = skin.get();
        Layer::SKIN
            .into_iter()
            .map(|l| {
                let (top, bottom) = sk.bounds(l);
                let class = format!("layer {}", l.key());
                view! {
                    <rect class=class x="0" y=top.0 * U width=PATCH_MM * U height=(bottom.0 - top.0) * U></rect>
                }
            })
            .collect_view()
    };
    // The fat below the dermis fills the margin under the skin.
    let fat_top = move || skin.get().total().0 * U;
    let labels = move || {
        let sk = skin.get();
        [Layer::PapillaryDermis, Layer::ReticularDermis]
            .into_iter()
            .map(|l| {
                let (top, bottom) = sk.bounds(l);
                let y = (top.0 + bottom.0) / 2.0 * U + 10.0;
                view! { <text class="layer-label" x="692" y=y text-anchor="end">{layer_name(i18n, l)}</text> }
            })
            .collect_view()
    };

    view! {
        <article class="screen treatment" aria-labelledby="treatment-title">
            <h1 id="treatment-title">{text_of(i18n, |l| td_string!(l, treatment.title))}</h1>
            <p class="lead">{text_of(i18n, |l| td_string!(l, treatment.intro))}</p>
            <section class="play-layout">
                <div class="play-area">
                    <div class="section-wrap">
                    <DeviceAnimation device=device pass_s=SECONDS_PER_PASS />
                    <svg
                        class="section"
                        role="img"
                        aria-label=text_of(i18n, |l| td_string!(l, treatment.section_label))
                        // A 4 mm window of the 10 mm patch, so channels show at a readable scale.
                        viewBox=move || format!("300 0 400 {:.0}", height())
                        preserveAspectRatio="xMidYMin meet"
                    >
                        {layer_rects}
                        <rect class="layer subcutis" x="0" y=fat_top width=PATCH_MM * U height=0.3 * U></rect>
                        <g class="vessels" aria-hidden="true">
                            <ellipse cx="380" cy=move || skin.get().bounds(Layer::PapillaryDermis).1 .0 * U rx="40" ry="8"></ellipse>
                            <ellipse cx="600" cy=move || (skin.get().bounds(Layer::PapillaryDermis).1 .0 + 0.2) * U rx="50" ry="9"></ellipse>
                        </g>
                        <g class="fibroblasts" aria-hidden="true">
                            <ellipse cx="470" cy=move || (skin.get().bounds(Layer::ReticularDermis).0 .0 + 0.25) * U rx="22" ry="6"></ellipse>
                            <ellipse cx="560" cy=move || (skin.get().bounds(Layer::ReticularDermis).0 .0 + 0.45) * U rx="22" ry="6"></ellipse>
                        </g>
                        {labels}
                        {move || {
                            drawn
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(p, (d, _))| {
                                    let p = p as u32;
                                    view! {
                                        <path
                                            class=move || if p < shown.get() { "channels" } else { "channels hidden" }
                                            d=d
                                        ></path>
                                    }
                                })
                                .collect_view()
                        }}
                    </svg>
                    </div>
                    // Only the pen is slowed down; `device` changes only with the device select.
                    {move || (device.get() == Device::Pen).then(|| view! {
                        <p class="slow-motion" data-testid="slow-motion">{slow_motion}</p>
                    })}
                    <h2 class="surface-heading">{text_of(i18n, |l| td_string!(l, treatment.surface_heading))}</h2>
                    <svg
                        class="surface"
                        role="img"
                        aria-label=text_of(i18n, |l| td_string!(l, treatment.surface_label))
                        viewBox="0 0 1000 1000"
                    >
                        <rect class="surface-bg" x="0" y="0" width="1000" height="1000"></rect>
                        {move || {
                            drawn
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(p, (_, d))| {
                                    let p = p as u32;
                                    view! {
                                        <path
                                            class=move || if p < shown.get() { "punctures" } else { "punctures hidden" }
                                            d=d
                                        ></path>
                                    }
                                })
                                .collect_view()
                        }}
                    </svg>
                    <p class="drawn-note">
                        {move || fill(
                            t_string!(i18n, treatment.showing),
                            &[
                                ("shown", &channels.with(|c| c.len().min(MAX_DRAWN)).to_string()),
                                ("total", &channels.with(Vec::len).to_string()),
                            ],
                        )}
                    </p>
                </div>
                <div class="control-panel">
                    <TimeControls position=position />
                    <DeviceControls />
                </div>
            </section>
            <dl class="readouts">
                {of_setup(|l| td_string!(l, treatment.readout.per_cm2), "channels-per-cm2", |s| whole(s.per_cm2()), "")}
                {of_setup(|l| td_string!(l, treatment.readout.depth), "real-depth-mm", |s| format!("{:.2}", s.mean_depth().0), " mm")}
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.layer)) testid="layer-reached" value=Signal::derive(move || layer().to_string()) />
                {of_setup(|l| td_string!(l, treatment.readout.area), "area-opened-pct", |s| format!("{:.1}", s.area_opened() * 100.0), " %")}
            </dl>
            {move || {
                let warns = warnings(&setup.get(), state.with(|s| s.region));
                (!warns.is_empty()).then(|| view! {
                    <div class="notice" data-testid="treatment-warning">
                        <ul>
                            {warns.into_iter().map(|w| view! { <li>{warning_text(i18n, w)}</li> }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <section aria-labelledby="how-h">
                {heading_and_bullets(
                    i18n,
                    "how-h",
                    |l| td_string!(l, treatment.how_heading),
                    [
                        |l| td_string!(l, treatment.how.pen),
                        |l| td_string!(l, treatment.how.roller),
                        |l| td_string!(l, treatment.how.depth),
                        |l| td_string!(l, treatment.how.tearing),
                    ],
                )}
            </section>
        </article>
    }
}
