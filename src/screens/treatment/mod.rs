//! Treatment: a needle cartridge (or a roller's drum) piercing a skin cross-section in step with
//! the channels it makes; a magnifier on the top 0.3 mm; 1 cm² of surface filling pass by pass;
//! readouts of what the skin does (depth, spread, bleeding, pain, pigment risk) and warnings.

pub mod device;
pub mod face;
pub mod magnifier;
pub mod plan;
pub mod scene;
pub mod surface;

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::context::use_frame;
use crate::app::effect::effect;
use crate::app::url::use_app_state;
use crate::i18n::fill::fill;
use crate::i18n::names::{device_name, layer_name};
use crate::i18n::numbers::{fixed, whole};
use crate::i18n::text::{text_of, texts};
use crate::i18n::*;
use crate::model::channels::{Setup, PATCH_MM};
use crate::model::device::Device;
use crate::model::risk::{numbing_usual, pain_score, pih_risk_pct};
use crate::model::skin::{Bleeding, SkinProfile, SkinType};
use crate::model::warnings::{warnings, Warning};
use crate::screens::treatment::device::slow_motion_factor;
use crate::screens::treatment::face::CartridgeFace;
use crate::screens::treatment::magnifier::Magnifier;
use crate::screens::treatment::plan::{slab_half_mm, surface_made_at, Plan, PASS_S};
use crate::screens::treatment::scene::Scene;
use crate::screens::treatment::surface::{Marks, SurfaceMarks, SU};
use crate::widgets::bullets::Bullets;
use crate::widgets::device_controls::DeviceControls;
use crate::widgets::readout::Readout;
use crate::widgets::time_controls::TimeControls;

/// Most punctures drawn on the surface (an even sample of every pass beyond that).
const MAX_DRAWN: usize = 4000;
/// Side of a drawn puncture, surface view units.
const MARK: f64 = 5.0;

type I18n = leptos_i18n::I18nContext<Locale>;

fn warning_text(i18n: I18n, w: Warning) -> String {
    let locale = i18n.get_locale();
    match w {
        Warning::BeyondDermis => t_string!(i18n, treatment.warning.beyond_dermis).to_string(),
        Warning::TooDeepForRegion { max_mm } => fill(
            t_string!(i18n, treatment.warning.too_deep),
            &[("max", &fixed(locale, max_mm, 2))],
        ),
        Warning::TooDense { per_cm2 } => fill(
            t_string!(i18n, treatment.warning.too_dense),
            &[("count", &whole(locale, per_cm2))],
        ),
        Warning::TooSlowGlide { advance_mm } => fill(
            t_string!(i18n, treatment.warning.slow_glide),
            &[("step", &fixed(locale, advance_mm, 2))],
        ),
        Warning::TooManyPassesBony { max, .. } => fill(
            t_string!(i18n, treatment.warning.bony),
            &[("max", &max.to_string())],
        ),
        Warning::HomeNeedleTooLong => t_string!(i18n, treatment.warning.home).to_string(),
    }
}

/// Everything the readouts show, computed once per setting.
#[derive(Clone, PartialEq)]
struct Figures {
    per_cm2: f64,
    depth_mm: f64,
    sd_mm: f64,
    area_pct: f64,
    bleeding: Bleeding,
    pain: f64,
    numbing: bool,
    pih_pct: f64,
}

impl Figures {
    fn of(s: &Setup, skin: &SkinProfile, skin_type: SkinType) -> Figures {
        Figures {
            per_cm2: s.per_cm2(),
            depth_mm: s.mean_depth().0,
            sd_mm: s.depth_sd().0,
            area_pct: s.area_opened() * 100.0,
            bleeding: skin.bleeding(s.mean_depth(), s.depth_spread()),
            pain: pain_score(s),
            numbing: numbing_usual(s),
            pih_pct: pih_risk_pct(s, skin_type),
        }
    }
}

/// The Treatment screen.
#[component]
pub fn Treatment() -> impl IntoView {
    let (i18n, state, clock, announcer) = use_frame();

    let device = Memo::new(move |_| state.with(|s| s.device));
    let setup = Memo::new(move |_| state.with(|s| s.setup()));
    let skin_type = Memo::new(move |_| state.with(|s| s.skin));
    let skin = Memo::new(move |_| SkinProfile::for_region(state.with(|s| s.region)));
    let plan = Memo::new(move |_| Arc::new(Plan::new(&setup.get(), &skin.get(), 1)));
    // The surface's channels in the order the needles leave them; its drawn sample's paths.
    let marks = Memo::new(move |_| {
        let s = setup.get();
        let loops = skin.get().capillary_loops().0;
        let at = |c: &crate::model::channels::Channel| surface_made_at(s.device, c.pass, c.x.0);
        Arc::new(Marks::new(&s.place(1), at, MARK, Some(loops), MAX_DRAWN))
    });
    let figures = Memo::new(move |_| Figures::of(&setup.get(), &skin.get(), skin_type.get()));
    let passes = move || setup.with(|s| s.passes.max(1));
    // The pass under way; the clock's step and length come from the screen registry
    // (`plan::step_s`, `plan::PASS_S`).
    let shown = Memo::new(move |_| {
        let n = (clock.time.get() / PASS_S).floor() as u32 + 1;
        n.min(passes())
    });
    // Channels made so far on the patch, and how many of them the surface draws: the status, the
    // caption and the picture all count these.
    let made = Memo::new(move |_| marks.with(|m| m.made_by(clock.time.get())));
    let drawn = Memo::new(move |_| marks.with(|m| m.drawn_by(clock.time.get())));

    let locale = move || i18n.get_locale();
    let figure = move |f: fn(&Figures, Locale) -> String| {
        Signal::derive(move || figures.with(|x| f(x, i18n.get_locale())))
    };
    let slow_motion = move || {
        let hz = setup.get().hz;
        fill(
            t_string!(i18n, treatment.slow_motion),
            &[
                (
                    "factor",
                    &whole(locale(), slow_motion_factor(hz, clock.speed.get().factor())),
                ),
                ("hz", &whole(locale(), hz)),
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
                ("depth", &fixed(locale(), s.needle.0, 2)),
                ("layer", layer_name(i18n, s.layer_reached(&skin.get()))),
                ("count", &whole(locale(), s.per_cm2())),
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
                (
                    "count",
                    &whole(locale(), made.get() as f64 / (PATCH_MM * PATCH_MM / 100.0)),
                ),
            ],
        )
    });
    let section_label = Signal::derive(move || {
        fill(
            t_string!(i18n, treatment.section_label),
            &[(
                "slab",
                &fixed(locale(), 2.0 * slab_half_mm(device.get()), 1),
            )],
        )
    });
    let caption = move || {
        let key = if device.get() == Device::Pen {
            t_string!(i18n, treatment.scene.caption_pen)
        } else if matches!(device.get(), Device::Roller | Device::HomeRoller) {
            t_string!(i18n, treatment.scene.caption_roller)
        } else {
            t_string!(i18n, treatment.scene.caption_stamp)
        };
        fill(
            key,
            &[(
                "slab",
                &fixed(locale(), 2.0 * slab_half_mm(device.get()), 1),
            )],
        )
    };
    let bleeds = Signal::derive(move || figures.with(|f| f.bleeding != Bleeding::None));
    let skin_class = move || format!("play-area skin-type-{}", skin_type.get().number());

    view! {
        <article class="screen treatment" aria-labelledby="treatment-title">
            <h1 id="treatment-title">{text_of(i18n, |l| td_string!(l, treatment.title))}</h1>
            <p class="lead">{text_of(i18n, |l| td_string!(l, treatment.intro))}</p>
            <section class="play-layout">
                <div class=skin_class>
                    <div class="scene-wrap">
                        <Scene plan=plan skin=skin label=section_label />
                        <figure class="face-inset">
                            <CartridgeFace
                                device=device
                                needles=Signal::derive(move || setup.with(|s| s.needles))
                                label=Signal::derive(move || t_string!(i18n, treatment.scene.face_label).to_string())
                            />
                            <figcaption>{text_of(i18n, |l| td_string!(l, treatment.scene.face_caption))}</figcaption>
                        </figure>
                    </div>
                    <p class="scene-caption">{caption}</p>
                    // Only the pen is slowed down; `device` changes only with the device select.
                    {move || (device.get() == Device::Pen).then(|| view! {
                        <p class="slow-motion" data-testid="slow-motion">{slow_motion}</p>
                    })}
                    <div class="insets">
                        <figure class="magnifier-wrap">
                            <figcaption>{text_of(i18n, |l| td_string!(l, treatment.scene.magnifier_heading))}</figcaption>
                            <Magnifier
                                skin=skin
                                depth_mm=Signal::derive(move || figures.with(|f| f.depth_mm))
                                bleeds=bleeds
                                made=Signal::derive(move || made.get() > 0)
                                label=Signal::derive(move || t_string!(i18n, treatment.scene.magnifier_label).to_string())
                            />
                        </figure>
                        <figure class="surface-wrap">
                            <figcaption class="surface-heading">{text_of(i18n, |l| td_string!(l, treatment.surface_heading))}</figcaption>
                            <svg
                                class="surface"
                                role="img"
                                aria-label=text_of(i18n, |l| td_string!(l, treatment.surface_label))
                                viewBox=format!("0 0 {0} {0}", PATCH_MM * SU)
                            >
                                <rect class="surface-bg" x="0" y="0" width=PATCH_MM * SU height=PATCH_MM * SU></rect>
                                <SurfaceMarks marks=marks time=clock.time />
                            </svg>
                            <p class="drawn-note" data-testid="drawn-note">
                                {move || match made.get() {
                                    0 => t_string!(i18n, treatment.showing_none).to_string(),
                                    total => fill(
                                        t_string!(i18n, treatment.showing),
                                        &[
                                            ("shown", &whole(locale(), drawn.get() as f64)),
                                            ("total", &whole(locale(), total as f64)),
                                        ],
                                    ),
                                }}
                            </p>
                        </figure>
                    </div>
                </div>
                <div class="control-panel">
                    <TimeControls position=position />
                    <DeviceControls />
                    <SkinTypeSelect />
                </div>
            </section>
            <dl class="readouts">
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.per_cm2)) testid="channels-per-cm2" value=figure(|f, l| whole(l, f.per_cm2)) />
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.depth)) testid="real-depth-mm" value=figure(|f, l| fixed(l, f.depth_mm, 2)) unit=" mm" />
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.depth_sd)) testid="depth-sd-mm" value=figure(|f, l| fixed(l, f.sd_mm, 3)) unit=" mm" />
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.layer)) testid="layer-reached" value=Signal::derive(move || layer_name(i18n, setup.get().layer_reached(&skin.get())).to_string()) />
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.area)) testid="area-opened-pct" value=figure(|f, l| fixed(l, f.area_pct, 1)) unit=" %" />
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.bleeding)) testid="bleeding" value=figure(|f, l| bleeding_text(l, f.bleeding).to_string()) />
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.pain)) testid="pain-score" value=figure(|f, l| fixed(l, f.pain, 1)) unit=" / 10" />
                <Readout label=text_of(i18n, |l| td_string!(l, treatment.readout.pih)) testid="pih-risk-pct" value=figure(|f, l| fixed(l, f.pih_pct, 1)) unit=" %" />
            </dl>
            <p class="model-note" data-testid="numbing-note">
                {move || {
                    let f = figures.get();
                    let l = locale();
                    let numbing = if f.numbing {
                        td_string!(l, treatment.numbing.usual)
                    } else {
                        td_string!(l, treatment.numbing.not_usual)
                    };
                    format!("{} {}", td_string!(l, treatment.readout.estimate_note), numbing)
                }}
            </p>
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
            <Bullets id="how-h" heading=|l| td_string!(l, treatment.how_heading) items=texts![
                treatment.how.pen, treatment.how.roller, treatment.how.depth, treatment.how.tearing,
                treatment.how.bleeding, treatment.how.pain, treatment.how.pigment, treatment.how.tram,
            ] />
        </article>
    }
}

fn bleeding_text(l: Locale, b: Bleeding) -> &'static str {
    match b {
        Bleeding::None => td_string!(l, treatment.bleeding.none),
        Bleeding::Few => td_string!(l, treatment.bleeding.few),
        Bleeding::Pinpoint => td_string!(l, treatment.bleeding.pinpoint),
    }
}

/// Fitzpatrick skin type I–VI; writes `skin=` to the URL.
#[component]
fn SkinTypeSelect() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    const ROMAN: [&str; 6] = ["I", "II", "III", "IV", "V", "VI"];
    view! {
        <label class="skin-type">
            <span>{text_of(i18n, |l| td_string!(l, treatment.skin_label))}</span>
            <select data-testid="skin-select" on:change=move |ev| {
                if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                    state.update(|s| s.skin = SkinType::new(n));
                }
            }>
                {SkinType::ALL.into_iter().map(|t| view! {
                    <option value=t.number() selected=move || state.with(|s| s.skin) == t>
                        {ROMAN[t.number() as usize - 1]}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}
