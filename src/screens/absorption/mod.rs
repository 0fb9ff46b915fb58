//! Absorption: a serum soaking into skin through the channels while they close, against intact
//! skin; the cross-section, the chart, the readouts and the check against the studies all come
//! from the model's courses.
//!
//! Per frame only the clock's hour is rounded to the shown quarter hour. The 48 h course is
//! computed once per settings change (timed, in `data-recompute-ms`); the picture is recoloured
//! only when the shown time step changes; the validation runs once, after the first paint.

pub mod field;
pub mod validation;

use leptos::prelude::*;

use crate::app::context::use_frame;
use crate::app::effect::effect;
use crate::app::math::log10;
use crate::app::settings::HOURS;
use crate::i18n::fill::fill;
use crate::i18n::names::{device_name, layer_name, serum_name};
use crate::i18n::numbers::{fixed, significant, whole};
use crate::i18n::text::{text_of, texts};
use crate::i18n::*;
use crate::model::absorption::{Course, Sample};
use crate::model::serum::{Caveat, Serum};
use crate::model::skin::{Layer, SkinProfile};
use crate::screens::absorption::field::{FieldImage, Layout, Picture, PIX_H, PIX_W, TOP};
use crate::screens::absorption::validation::Validation;
use crate::widgets::bullets::Bullets;
use crate::widgets::chart::{ChartData, ChartSection, Series};
use crate::widgets::choice::Choice;
use crate::widgets::device_controls::DeviceControls;
use crate::widgets::readout::Readout;
use crate::widgets::slider::Slider;
use crate::widgets::steady_labels::steady_svg;
use crate::widgets::time_controls::{keep_moment_when_paused, TimeControls};

/// Model hours per second of animation at normal speed: 48 h in 24 s.
pub const HOURS_PER_SECOND: f64 = 2.0;
/// Rows of the data table, every this many hours.
const TABLE_STEP_H: f64 = 2.0;
/// The film is 20 µm thick, about one pixel at true scale: drawn this many pixels tall when wet.
const FILM_PX: f64 = 5.0;

/// `2.0 × 10⁻⁴` in the language's digits.
pub fn sci_in(locale: Locale, x: f64) -> String {
    if !x.is_finite() || x == 0.0 {
        return "0".into();
    }
    let exp = log10(x.abs()).floor() as i32;
    let mantissa = x / 10f64.powi(exp);
    format!("{} × 10{}", fixed(locale, mantissa, 1), superscript(exp))
}

fn superscript(exp: i32) -> String {
    exp.to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            d => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']
                [d.to_digit(10).unwrap_or(0) as usize],
        })
        .collect()
}

/// An amount in µg/cm² for `locale`: scientific below 0.01, else 3 significant digits.
pub fn amount_in(locale: Locale, x: f64) -> String {
    if !x.is_finite() || x <= 0.0 {
        "0".into()
    } else if x < 0.01 {
        sci_in(locale, x)
    } else {
        // Three significant digits, without trailing zeros on whole numbers ("20", not "20.0").
        let r = round_to(x, 3);
        if r.fract() == 0.0 {
            whole(locale, r)
        } else {
            significant(locale, r, 3)
        }
    }
}

/// `x` rounded to `digits` significant digits (120,690 → 120,000 with 2).
fn round_to(x: f64, digits: i32) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let scale = 10f64.powi(log10(x.abs()).floor() as i32 + 1 - digits);
    (x / scale).round() * scale
}

/// Hours as a person says them: "4", "0.5", "1.25" (quarter hours at most).
fn hours_text(locale: Locale, h: f64) -> String {
    let decimals = if h.fract() == 0.0 {
        0
    } else if (h * 2.0).fract() == 0.0 {
        1
    } else {
        2
    };
    fixed(locale, h, decimals)
}

/// Milliseconds from the page's high-resolution clock (`performance.now()`); 0 natively.
fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let perf = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).ok();
        let now = perf
            .as_ref()
            .and_then(|p| js_sys::Reflect::get(p, &"now".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let (Some(p), Some(now)) = (perf, now) {
            return now.call0(&p).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        }
        0.0
    }
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

fn caveat_text(i18n: leptos_i18n::I18nContext<Locale>, c: Caveat) -> Option<String> {
    let l = i18n.get_locale();
    Some(match c {
        Caveat::OutsidePottsGuyRange => {
            t_string!(i18n, absorption.caveat.outside_range).to_string()
        }
        Caveat::Macromolecule => t_string!(i18n, absorption.caveat.macromolecule).to_string(),
        Caveat::LipophilicCapped { potts_guy_cm_h } => fill(
            t_string!(i18n, absorption.caveat.lipophilic),
            &[
                ("pg", &sci_in(l, potts_guy_cm_h)),
                (
                    "cap",
                    &significant(l, crate::model::permeation::VIABLE_EPIDERMIS_LIMIT_CM_H, 1),
                ),
            ],
        ),
        Caveat::MeasuredAboveModel { measured_cm_h, .. } => fill(
            t_string!(i18n, absorption.caveat.measured_above),
            &[("kp", &sci_in(l, measured_cm_h))],
        ),
        Caveat::LogPDisputed { used, range } => fill(
            t_string!(i18n, absorption.caveat.logp_disputed),
            &[
                ("used", &fixed(l, used, 2)),
                (
                    "range",
                    &range.map_or(String::new(), |(a, b)| {
                        format!(" ({} – {})", fixed(l, a, 1), fixed(l, b, 1))
                    }),
                ),
            ],
        ),
        Caveat::RamanImaging { .. } => {
            t_string!(i18n, absorption.caveat.ha_disagreement).to_string()
        }
        Caveat::NeedsPhBelow3_5 => t_string!(i18n, absorption.caveat.ph).to_string(),
        Caveat::SolubilityLimited => t_string!(i18n, absorption.caveat.solubility).to_string(),
        Caveat::MeasuredLayers { .. } => {
            t_string!(i18n, absorption.caveat.peptide_measured).to_string()
        }
        // Said for every serum in the safety box.
        Caveat::GranulomaReport => return None,
    })
}

/// The Absorption screen.
#[component]
pub fn Absorption() -> impl IntoView {
    let (i18n, state, clock, announcer) = use_frame();
    let locale = move || i18n.get_locale();

    let setup = Memo::new(move |_| state.with(|s| s.setup()));
    let skin = Memo::new(move |_| SkinProfile::for_region(state.with(|s| s.region)));
    // Only what the course depends on: moving the hour must not re-run the model.
    let inputs = Memo::new(move |_| state.with(|s| (s.serum, s.occluded)));
    let recompute_ms = RwSignal::new(0.0);
    let course = Memo::new(move |_| {
        let (serum, occluded) = inputs.get();
        let (setup, skin) = (setup.get(), skin.get());
        let start = now_ms();
        let c = Course::new(serum, occluded, &setup, &skin);
        recompute_ms.set(now_ms() - start);
        c
    });
    // The pixel → cell map: once per course.
    let layout = Memo::new(move |_| course.with(|c| Layout::new(&c.field(0))));

    // The clock plays the hours from the hour in the URL (screens::SCREENS sets it up).
    // Quarter hours: the readouts change a few times a second, not every frame.
    let hour = Memo::new(move |_| {
        let h = clock.time.get() * HOURS_PER_SECOND;
        ((h * 4.0).round() / 4.0).clamp(HOURS.min, HOURS.max)
    });
    keep_moment_when_paused(move || hour.get(), |s| s.hours, |s, h| s.hours = h);
    let sample = Memo::new(move |_| course.with(|c| c.at(hour.get())));
    // The shown field changes only when its stored time step does.
    let field_index = Memo::new(move |_| course.with(|c| c.field_index(hour.get())));
    let field = Memo::new(move |_| course.with(|c| c.field(field_index.get())));
    let picture =
        Signal::derive(move || field.with(|f| layout.with(|l| Picture(l.pixels(&f.values)))));

    effect(move || {
        let s: Sample = sample.get();
        if clock.playing.get() {
            return;
        }
        let l = locale();
        announcer.say(fill(
            t_string!(i18n, absorption.announce),
            &[
                ("serum", serum_name(i18n, state.with(|s| s.serum))),
                ("hours", &hours_text(l, s.hour)),
                ("needled", &amount_in(l, s.needled_delivered())),
                ("intact", &amount_in(l, s.intact_delivered())),
                ("open", &whole(l, s.open_fraction * 100.0)),
            ],
        ));
    });

    let chart = Signal::derive(move || {
        course.with(|c| {
            let samples = c.samples();
            let top = samples
                .iter()
                .map(Sample::needled_delivered)
                .fold(0.0, f64::max);
            let line = |label: &str, color, dashed, right, y: fn(&Sample) -> f64| Series {
                label: label.to_string(),
                points: samples.iter().map(|s| (s.hour, y(s))).collect(),
                color,
                dashed,
                right,
            };
            ChartData {
                title: t_string!(i18n, absorption.chart_title).to_string(),
                x_label: t_string!(i18n, absorption.x_label).to_string(),
                y_label: t_string!(i18n, absorption.y_label).to_string(),
                y2: Some((
                    t_string!(i18n, absorption.y2_label).to_string(),
                    (0.0, 100.0),
                )),
                x_range: (HOURS.min, HOURS.max),
                y_range: (0.0, (top * 1.1).max(1e-6)),
                series: vec![
                    line(
                        t_string!(i18n, absorption.series_needled),
                        0,
                        false,
                        false,
                        Sample::needled_delivered,
                    ),
                    line(
                        t_string!(i18n, absorption.series_intact),
                        1,
                        false,
                        false,
                        Sample::intact_delivered,
                    ),
                    line(
                        t_string!(i18n, absorption.series_open),
                        2,
                        true,
                        true,
                        |s| s.open_fraction * 100.0,
                    ),
                ],
                markers: vec![],
            }
        })
    });
    let rows = Signal::derive(move || {
        let l = locale();
        course.with(|c| {
            let steps = (HOURS.max / TABLE_STEP_H) as usize;
            (0..=steps)
                .map(|i| {
                    let s = c.at(i as f64 * TABLE_STEP_H);
                    vec![
                        whole(l, s.hour),
                        amount_in(l, s.intact_delivered()),
                        amount_in(l, s.needled_delivered()),
                        whole(l, s.open_fraction * 100.0),
                    ]
                })
                .collect::<Vec<_>>()
        })
    });
    let headers = Signal::derive(move || {
        vec![
            t_string!(i18n, absorption.col_hours),
            t_string!(i18n, absorption.col_intact),
            t_string!(i18n, absorption.col_needled),
            t_string!(i18n, absorption.col_open),
        ]
    });

    let position = Signal::derive(move || {
        fill(
            t_string!(i18n, absorption.clock),
            &[("hours", &hours_text(locale(), hour.get()))],
        )
    });

    let device_note = move || {
        let s = setup.get();
        let l = locale();
        fill(
            t_string!(i18n, absorption.device_note),
            &[
                ("device", device_name(i18n, s.device)),
                ("depth", &significant(l, s.needle.0, 2)),
                ("count", &whole(l, s.per_cm2())),
            ],
        )
    };
    let dose_note = move || {
        let l = locale();
        course.with(|c| {
            fill(
                t_string!(i18n, absorption.dose),
                &[
                    ("percent", &significant(l, c.product.fraction * 100.0, 2)),
                    ("amount", &significant(l, c.product.applied_mg_cm2, 2)),
                    ("dose", &amount_in(l, c.dose_ug_cm2)),
                ],
            )
        })
    };
    let caveats = move || {
        state
            .with(|s| s.serum)
            .caveats()
            .into_iter()
            .filter_map(|c| caveat_text(i18n, c))
            .map(|t| view! { <li>{t}</li> })
            .collect_view()
    };
    // What size means here: the molecule against the channel it must pass.
    let size_note = move || {
        let l = locale();
        let serum = state.with(|s| s.serum);
        let width_um = setup.with(|s| s.surface_width().0);
        let nm = 2.0 * serum.active().radius_nm();
        let text = fill(
            t_string!(i18n, absorption.size_note),
            &[
                ("nm", &significant(l, nm, 2)),
                ("um", &whole(l, width_um)),
                ("times", &whole(l, round_to(width_um * 1000.0 / nm, 2))),
            ],
        );
        if serum == Serum::HaHigh {
            format!("{text} {}", t_string!(i18n, absorption.size_note_ha_high))
        } else {
            text
        }
    };

    let readout_value = move |f: fn(Locale, &Sample) -> String| {
        Signal::derive(move || sample.with(|s| f(locale(), s)))
    };

    view! {
        <article class="screen absorption" aria-labelledby="absorption-title" data-recompute-ms=move || format!("{:.2}", recompute_ms.get())>
            <h1 id="absorption-title">{text_of(i18n, |l| td_string!(l, absorption.title))}</h1>
            <p class="lead">{text_of(i18n, |l| td_string!(l, absorption.intro))}</p>
            <aside class="safety" aria-labelledby="safety-h">
                <h2 id="safety-h">{text_of(i18n, |l| td_string!(l, absorption.safety_heading))}</h2>
                <p>{text_of(i18n, |l| td_string!(l, absorption.safety))}</p>
            </aside>
            <section class="play-layout">
                <div class="play-area">
                    <p class="field-clock" aria-hidden="true">{position}</p>
                    <div class="field-wrap" role="img" aria-label=text_of(i18n, |l| td_string!(l, absorption.section_label))>
                        <FieldImage picture=picture />
                        <Overlay field=field layout=layout skin=skin serum=Signal::derive(move || state.with(|s| s.serum)) occluded=Signal::derive(move || state.with(|s| s.occluded)) />
                    </div>
                    <div class="legend" aria-hidden="true">
                        <span>{text_of(i18n, |l| td_string!(l, absorption.legend_label))} ": "</span>
                        <span>{text_of(i18n, |l| td_string!(l, absorption.legend_low))}</span>
                        <span class="legend-bar"></span>
                        <span>{text_of(i18n, |l| td_string!(l, absorption.legend_high))}</span>
                    </div>
                    <p class="drawn-note">{text_of(i18n, |l| td_string!(l, absorption.drawn_note))}</p>
                    <p class="drawn-note">{size_note}</p>
                    <p class="drawn-note">{device_note}</p>
                </div>
                <div class="control-panel">
                    <TimeControls position=position />
                    <div class="controls">
                        <Choice label=|l| td_string!(l, absorption.serum_label) testid="serum-select"
                            options=&Serum::ALL key=Serum::key name=serum_name
                            get=|s| s.serum set=|s, v| s.serum = v />
                        <label class="check">
                            <input
                                type="checkbox"
                                data-testid="occluded-input"
                                prop:checked=move || state.with(|s| s.occluded)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    state.update(|s| s.occluded = on);
                                }
                            />
                            <span>{text_of(i18n, |l| td_string!(l, absorption.occluded_label))}</span>
                        </label>
                        <Slider
                            label=text_of(i18n, |l| td_string!(l, absorption.hours_label))
                            testid="hours-input"
                            step=0.25
                            span=HOURS
                            value=Signal::derive(move || hour.get())
                            set=Callback::new(move |x: f64| {
                                let h = HOURS.clamp(x);
                                clock.playing.set(false);
                                clock.time.set(h / HOURS_PER_SECOND);
                                state.update(|s| s.hours = h);
                            })
                        />
                    </div>
                    <DeviceControls />
                </div>
            </section>
            <dl class="readouts">
                <Readout
                    label=text_of(i18n, |l| td_string!(l, absorption.readout.dose))
                    testid="dose-applied"
                    value=Signal::derive(move || amount_in(locale(), course.with(|c| c.dose_ug_cm2)))
                    unit=" µg/cm²"
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, absorption.readout.kp))
                    testid="kp-intact"
                    value=Signal::derive(move || sci_in(locale(), course.with(|c| c.kp_cm_h)))
                    unit=" cm/h"
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, absorption.readout.delivered_intact))
                    testid="delivered-intact"
                    value=readout_value(|l, s| amount_in(l, s.intact_delivered()))
                    unit=" µg/cm²"
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, absorption.readout.delivered_needled))
                    testid="delivered-needled"
                    value=readout_value(|l, s| amount_in(l, s.needled_delivered()))
                    unit=" µg/cm²"
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, absorption.readout.enhancement))
                    testid="enhancement-ratio"
                    value=readout_value(|l, s| match s.enhancement() {
                        Some(r) => format!("× {}", significant(l, r, 3)),
                        // Intact skin let next to nothing through: say so, not a dash.
                        None => td_string!(l, absorption.readout.only_needled).to_string(),
                    })
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, absorption.readout.open))
                    testid="channels-open-pct"
                    value=readout_value(|l, s| whole(l, s.open_fraction * 100.0))
                    unit=" %"
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, absorption.readout.depth))
                    testid="depth-reached-um"
                    value=readout_value(|l, s| whole(l, s.depth_um))
                    unit=" µm"
                />
            </dl>
            <p class="drawn-note">{dose_note}</p>
            <ul class="caveats">{caveats}</ul>
            <ChartSection data=chart label=|l| td_string!(l, absorption.chart_label) table="absorption-table"
                summary=|l| td_string!(l, absorption.table_show) caption=|l| td_string!(l, absorption.table_caption)
                headers=headers rows=rows />
            <Validation />
            <Bullets id="absorption-how-h" heading=|l| td_string!(l, absorption.how_heading)
                items=texts![absorption.how.intact, absorption.how.channels, absorption.how.closure, absorption.how.closure_disagreement] />
        </article>
    }
}

/// What the model does, drawn over the colour field: air, the film drying (or held under a
/// dressing), the layers, the channels narrowing and closing, high-MW hyaluronic acid held at
/// the mouths, and a scale bar.
#[component]
fn Overlay(
    field: Memo<crate::model::absorption::Field>,
    layout: Memo<Layout>,
    skin: Memo<SkinProfile>,
    #[prop(into)] serum: Signal<Serum>,
    #[prop(into)] occluded: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The overlay stretches with its box: its words keep a steady on-screen size (style/main.css,
    // `.field-label`, `.field-note`).
    let svg = steady_svg();
    let px_z = move || layout.with(|l| l.um_per_px_z.max(1e-9));
    let layer_lines = move || {
        let sk = skin.get();
        let k = 1000.0 / px_z();
        [
            Layer::StratumCorneum,
            Layer::ViableEpidermis,
            Layer::PapillaryDermis,
        ]
        .into_iter()
        .map(|l| {
            let y = TOP as f64 + sk.bounds(l).1 .0 * k;
            view! { <line class="layer-line" x1="0" x2=PIX_W y1=y y2=y></line> }
        })
        .collect_view()
    };
    let labels = move || {
        let sk = skin.get();
        let k = 1000.0 / px_z();
        [Layer::PapillaryDermis, Layer::ReticularDermis]
            .into_iter()
            .filter_map(|l| {
                // Hung just below the layer's top line, whatever the text's size.
                let y = TOP as f64 + sk.bounds(l).0 .0 * k + 1.2;
                (y < PIX_H as f64 - 6.0).then(
                    || view! { <text class="field-label" x="2" y=y dominant-baseline="hanging">{layer_name(i18n, l)}</text> },
                )
            })
            .collect_view()
    };
    // The channels' and film's shapes are built once per course; as the hours pass only their
    // attributes change (no elements are made per time step).
    let open = Memo::new(move |_| field.with(|f| f.open_fraction.clamp(0.0, 1.0)));
    let wet = Memo::new(move |_| field.with(|f| f.film_wet.clamp(0.0, 1.0)));
    let channels = move || {
        let (cells, px_x) = layout.with(|l| (l.cells, l.um_per_px_x.max(1e-9)));
        let (r, depth) =
            field.with_untracked(|f| (f.channel_radius_um / px_x, f.channel_depth_um / px_z()));
        if depth <= 0.0 {
            return ().into_any();
        }
        let ha = serum.get() == Serum::HaHigh;
        // Drawn narrowing with the open fraction (open area ∝ width²); closed, a healed line.
        let half = move || (r * open.get().sqrt()).max(0.15);
        let cell_w = PIX_W as f64 / cells as f64;
        (0..cells)
            .map(|i| {
                let cx = (i as f64 + 0.5) * cell_w;
                let coils = ha.then(|| {
                    // Entangled coils piled on the mouth (drawn far larger than life).
                    [-1.6, 0.0, 1.6]
                        .into_iter()
                        .map(|dx| view! { <circle cx={cx + dx} cy={TOP as f64 - 1.4} r="1.2" fill="#e7298a" stroke="#3b0a26" stroke-width="0.3"></circle> })
                        .collect_view()
                });
                view! {
                    <rect class="field-channel" x={move || cx - half()} y=TOP width={move || 2.0 * half()} height=depth stroke-dasharray={move || if open.get() < 0.05 { "1 1" } else { "none" }}></rect>
                    {coils}
                }
            })
            .collect_view()
            .into_any()
    };
    let surface = move || {
        let top = TOP as f64;
        let covered = occluded.get();
        let film_label = move || {
            if covered {
                t_string!(i18n, absorption.film_covered)
            } else if wet.get() > 0.0 {
                t_string!(i18n, absorption.film_wet)
            } else {
                t_string!(i18n, absorption.film_dry)
            }
        };
        view! {
            <rect x="0" y="0" width=PIX_W height=top fill="#cfe3f5"></rect>
            <rect x="0" y={move || top - FILM_PX * wet.get()} width=PIX_W height={move || FILM_PX * wet.get()} fill="#fde725" opacity="0.9"></rect>
            <line x1="0" x2=PIX_W y1=top y2=top stroke="#5c4a1e" stroke-width="0.6" stroke-dasharray={move || if wet.get() > 0.0 { "none" } else { "0.8 0.8" }}></line>
            {covered.then(|| view! {
                <rect x="0" y={top - FILM_PX - 3.0} width=PIX_W height="2.6" fill="#f2efe9" stroke="#5f5750" stroke-width="0.4"></rect>
            })}
            <text class="field-note" x="2" y="1" dominant-baseline="hanging" fill="#1d2b36">{film_label}</text>
        }
    };
    let scale_bar = move || {
        let px_x = layout.with(|l| l.um_per_px_x.max(1e-9));
        let len = 100.0 / px_x;
        let x0 = PIX_W as f64 - 4.0 - len;
        let y = PIX_H as f64 - 4.0;
        view! {
            <line x1=x0 x2={x0 + len} y1=y y2=y stroke="#ffffff" stroke-width="1.2"></line>
            <text class="field-note" x={x0 + len} y={y - 1.6} fill="#ffffff" text-anchor="end">"100 µm"</text>
        }
    };
    view! {
        <svg class="field-overlay" node_ref=svg viewBox=format!("0 0 {PIX_W} {PIX_H}") preserveAspectRatio="none" aria-hidden="true">
            {surface}
            {layer_lines}
            {channels}
            {labels}
            {scale_bar}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_well_across_magnitudes() {
        assert_eq!(sci_in(Locale::en, 0.4), "4.0 × 10⁻¹");
        assert_eq!(sci_in(Locale::en, 0.00021), "2.1 × 10⁻⁴");
        assert_eq!(amount_in(Locale::en, f64::NAN), "0");
        assert_eq!(amount_in(Locale::en, 0.0), "0");
        assert_eq!(amount_in(Locale::en, 20.0), "20");
        assert_eq!(amount_in(Locale::en, 0.0621), "0.062");
        assert_eq!(round_to(120_690.0, 2), 120_000.0);
        assert_eq!(round_to(603.4, 2), 600.0);
    }
}
