//! Absorption: a serum soaking into skin through the channels while they close, against intact
//! skin; the colour field, the chart and the readouts all come from one model course.

pub mod field;

use leptos::prelude::*;

use crate::app::clock::use_clock;
use crate::app::settings::{format_number, HOURS};
use crate::app::url::use_app_state;
use crate::i18n::fill::{fill, whole};
use crate::i18n::names::{device_name, layer_name, serum_name};
use crate::i18n::text::{effect, heading_and_bullets, text_of};
use crate::i18n::*;
use crate::model::absorption::{Course, Field, Sample};
use crate::model::serum::{Caveat, Serum};
use crate::model::skin::{Layer, SkinProfile};
use crate::screens::absorption::field::{FieldImage, Grid};
use crate::widgets::chart::{Chart, ChartData, Series};
use crate::widgets::data_table::DataTable;
use crate::widgets::device_controls::DeviceControls;
use crate::widgets::live_region::use_announcer;
use crate::widgets::readout::Readout;
use crate::widgets::slider::Slider;
use crate::widgets::time_controls::TimeControls;

/// Model hours per second of animation at normal speed: 48 h in 24 s.
pub const HOURS_PER_SECOND: f64 = 2.0;
/// The picture's pixels (4:3, the overlay's viewBox too).
const PIX_W: usize = 128;
const PIX_H: usize = 96;
/// Rows of the data table, every this many hours.
const TABLE_STEP_H: f64 = 2.0;

/// Numbers that span many orders of magnitude: scientific below 0.01, else 3 significant digits.
pub fn amount(x: f64) -> String {
    if !x.is_finite() || x <= 0.0 {
        "0".into()
    } else if x < 0.01 {
        sci(x)
    } else if x < 10.0 {
        format!("{x:.2}")
    } else if x < 100.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.0}")
    }
}

/// `2.0 × 10⁻⁴`: what a reader expects, rather than `2e-4`.
pub fn sci(x: f64) -> String {
    if !x.is_finite() || x == 0.0 {
        return "0".into();
    }
    let exp = x.abs().log10().floor() as i32;
    let mantissa = x / 10f64.powi(exp);
    let sup: String = exp
        .to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            d => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']
                [d.to_digit(10).unwrap_or(0) as usize],
        })
        .collect();
    format!("{mantissa:.1} × 10{sup}")
}

/// Concentrations span orders of magnitude: a log scale from 1/10,000 of the applied
/// concentration (0) to all of it (1) shows where the serum went, not just the surface.
fn shade(v: f32) -> f32 {
    if v > 0.0 {
        ((v.log10() + 4.0) / 4.0).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The model's unit cell (radius from a channel's axis, depth) tiled into a picture about to scale:
/// channels side by side, each cell mirrored about its channel.
fn picture(f: &Field) -> (Grid, usize) {
    let radius = f.x_edges_um.last().copied().unwrap_or(1.0).max(1.0);
    let depth = f.z_edges_um.last().copied().unwrap_or(1.0).max(1.0);
    // Enough cells across that the picture's 4:3 box is close to true scale.
    let cells = ((depth * PIX_W as f64 / PIX_H as f64) / (2.0 * radius))
        .round()
        .clamp(1.0, 8.0) as usize;
    let width_um = cells as f64 * 2.0 * radius;
    let index = |edges: &[f64], v: f64| edges.partition_point(|&e| e <= v).saturating_sub(1);
    let cols: Vec<usize> = (0..PIX_W)
        .map(|i| {
            let x = (i as f64 + 0.5) / PIX_W as f64 * width_um;
            let r = (x % (2.0 * radius) - radius).abs();
            index(&f.x_edges_um, r).min(f.nx.saturating_sub(1))
        })
        .collect();
    let mut values = Vec::with_capacity(PIX_W * PIX_H);
    for j in 0..PIX_H {
        let z = (j as f64 + 0.5) / PIX_H as f64 * depth;
        let iz = index(&f.z_edges_um, z).min(f.nz.saturating_sub(1));
        values.extend(cols.iter().map(|&ix| shade(f.get(ix, iz))));
    }
    (
        Grid {
            nx: PIX_W,
            nz: PIX_H,
            values,
        },
        cells,
    )
}

fn caveat_text(i18n: leptos_i18n::I18nContext<Locale>, c: Caveat) -> Option<String> {
    Some(match c {
        Caveat::OutsidePottsGuyRange => {
            t_string!(i18n, absorption.caveat.outside_range).to_string()
        }
        Caveat::Macromolecule => t_string!(i18n, absorption.caveat.macromolecule).to_string(),
        Caveat::LipophilicCapped { potts_guy_cm_h } => fill(
            t_string!(i18n, absorption.caveat.lipophilic),
            &[
                ("pg", &sci(potts_guy_cm_h)),
                (
                    "cap",
                    &format_number(crate::model::permeation::VIABLE_EPIDERMIS_LIMIT_CM_H),
                ),
            ],
        ),
        Caveat::MeasuredAboveModel { measured_cm_h, .. } => fill(
            t_string!(i18n, absorption.caveat.measured_above),
            &[("kp", &sci(measured_cm_h))],
        ),
        Caveat::LogPDisputed { used, range } => fill(
            t_string!(i18n, absorption.caveat.logp_disputed),
            &[
                ("used", &format_number(used)),
                (
                    "range",
                    &range.map_or(String::new(), |(a, b)| {
                        format!(" ({} – {})", format_number(a), format_number(b))
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
    let i18n = use_i18n();
    let state = use_app_state();
    let clock = use_clock();
    let announcer = use_announcer();

    let setup = Memo::new(move |_| state.with(|s| s.setup()));
    let skin = Memo::new(move |_| SkinProfile::for_region(state.with(|s| s.region)));
    // Only what the course depends on: moving the hour must not re-run the model.
    let inputs = Memo::new(move |_| state.with(|s| (s.serum, s.occluded)));
    let course = Memo::new(move |_| {
        let (serum, occluded) = inputs.get();
        Course::new(serum, occluded, &setup.get(), &skin.get())
    });

    // The clock plays the hours from the hour in the URL (screens::SCREENS sets it up).
    // Quarter hours: the readouts change a few times a second, not every frame.
    let hour = Memo::new(move |_| {
        let h = clock.time.get() * HOURS_PER_SECOND;
        ((h * 4.0).round() / 4.0).clamp(HOURS.min, HOURS.max)
    });
    // When playing stops, the URL keeps the hour reached.
    effect(move || {
        if !clock.playing.get() {
            let h = hour.get_untracked();
            if untrack(|| state.with(|s| s.hours != h)) {
                state.update(|s| s.hours = h);
            }
        }
    });
    // Cheap to interpolate: a closure, not a memo (each memo costs wasm).
    let sample = move || course.with(|c| c.at(hour.get()));
    let field = Memo::new(move |_| course.with(|c| c.field_at(hour.get())));
    let pic = Memo::new(move |_| field.with(picture));

    effect(move || {
        let s: Sample = sample();
        if clock.playing.get() {
            return;
        }
        announcer.say(fill(
            t_string!(i18n, absorption.announce),
            &[
                ("serum", serum_name(i18n, state.with(|s| s.serum))),
                ("hours", &format_number(s.hour)),
                ("needled", &amount(s.needled_delivered())),
                ("intact", &amount(s.intact_delivered())),
                ("open", &whole(s.open_fraction * 100.0)),
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
                    Series {
                        label: t_string!(i18n, absorption.series_needled).to_string(),
                        points: samples
                            .iter()
                            .map(|s| (s.hour, s.needled_delivered()))
                            .collect(),
                        color: 0,
                        dashed: false,
                        right: false,
                    },
                    Series {
                        label: t_string!(i18n, absorption.series_intact).to_string(),
                        points: samples
                            .iter()
                            .map(|s| (s.hour, s.intact_delivered()))
                            .collect(),
                        color: 1,
                        dashed: false,
                        right: false,
                    },
                    Series {
                        label: t_string!(i18n, absorption.series_open).to_string(),
                        points: samples
                            .iter()
                            .map(|s| (s.hour, s.open_fraction * 100.0))
                            .collect(),
                        color: 2,
                        dashed: true,
                        right: true,
                    },
                ],
                markers: vec![],
            }
        })
    });
    let rows = Signal::derive(move || {
        course.with(|c| {
            let steps = (HOURS.max / TABLE_STEP_H) as usize;
            (0..=steps)
                .map(|i| {
                    let s = c.at(i as f64 * TABLE_STEP_H);
                    vec![
                        format_number(s.hour),
                        amount(s.intact_delivered()),
                        amount(s.needled_delivered()),
                        whole(s.open_fraction * 100.0),
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
            &[("hours", &format_number(hour.get()))],
        )
    });
    // Overlay geometry in picture pixels.
    let scale_z =
        move || PIX_H as f64 / field.with(|f| f.z_edges_um.last().copied().unwrap_or(1.0).max(1.0));
    let layer_lines = move || {
        let sk = skin.get();
        let k = scale_z() / 1000.0;
        [
            Layer::StratumCorneum,
            Layer::ViableEpidermis,
            Layer::PapillaryDermis,
        ]
        .into_iter()
        .map(|l| {
            let y = sk.bounds(l).1 .0 * 1000.0 * k;
            view! { <line class="layer-line" x1="0" x2=PIX_W y1=y y2=y></line> }
        })
        .collect_view()
    };
    let labels = move || {
        let sk = skin.get();
        let k = scale_z() * 1000.0;
        [Layer::PapillaryDermis, Layer::ReticularDermis]
            .into_iter()
            .filter_map(|l| {
                let y = sk.bounds(l).0 .0 * k + 6.0;
                (y < PIX_H as f64 - 2.0).then(
                    || view! { <text class="field-label" x="2" y=y>{layer_name(i18n, l)}</text> },
                )
            })
            .collect_view()
    };
    let channels = move || {
        let (cells, r, depth, open) = field.with(|f| {
            let radius = f.x_edges_um.last().copied().unwrap_or(1.0).max(1.0);
            let cells = pic.with(|p| p.1);
            let kx = PIX_W as f64 / (cells as f64 * 2.0 * radius);
            (
                cells,
                f.channel_radius_um * kx,
                f.channel_depth_um * scale_z(),
                f.open_fraction,
            )
        });
        // Drawn narrowing with the open fraction (open area ∝ width²).
        let half = r * open.clamp(0.0, 1.0).sqrt();
        let cell_w = PIX_W as f64 / cells as f64;
        (0..cells)
            .map(|i| {
                let cx = (i as f64 + 0.5) * cell_w;
                view! { <rect class="field-channel" x=cx - half y="0" width=2.0 * half height=depth></rect> }
            })
            .collect_view()
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
    let device_note = move || {
        let s = setup.get();
        fill(
            t_string!(i18n, absorption.device_note),
            &[
                ("device", device_name(i18n, s.device)),
                ("depth", &format_number(s.needle.0)),
                ("count", &whole(s.per_cm2())),
            ],
        )
    };

    // The readouts of the hour from one function: what each shows is a plain function.
    let at_hour = move |label: fn(Locale) -> &'static str,
                        testid: &'static str,
                        value: fn(&Sample) -> String,
                        unit: &'static str,
                        prefix: &'static str| {
        view! {
            <Readout label=text_of(i18n, label) testid=testid value=Signal::derive(move || value(&sample())) unit=unit prefix=prefix />
        }
    };

    view! {
        <article class="screen absorption" aria-labelledby="absorption-title">
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
                        <FieldImage grid=Signal::derive(move || pic.with(|p| p.0.clone())) />
                        <svg class="field-overlay" viewBox=format!("0 0 {PIX_W} {PIX_H}") aria-hidden="true">
                            {layer_lines}
                            {channels}
                            {labels}
                        </svg>
                    </div>
                    <div class="legend" aria-hidden="true">
                        <span>{text_of(i18n, |l| td_string!(l, absorption.legend_label))} ": "</span>
                        <span>{text_of(i18n, |l| td_string!(l, absorption.legend_low))}</span>
                        <span class="legend-bar"></span>
                        <span>{text_of(i18n, |l| td_string!(l, absorption.legend_high))}</span>
                    </div>
                    <p class="drawn-note">{device_note}</p>
                </div>
                <div class="control-panel">
                    <TimeControls position=position />
                    <div class="controls">
                        <label>
                            <span>{text_of(i18n, |l| td_string!(l, absorption.serum_label))}</span>
                            <select data-testid="serum-select" on:change=move |ev| {
                                if let Some(v) = Serum::from_key(&event_target_value(&ev)) {
                                    state.update(|s| s.serum = v);
                                }
                            }>
                                {Serum::ALL.into_iter().map(|v| view! {
                                    <option value=v.key() selected=move || state.with(|s| s.serum) == v>{move || serum_name(i18n, v)}</option>
                                }).collect_view()}
                            </select>
                        </label>
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
                <Readout label=text_of(i18n, |l| td_string!(l, absorption.readout.kp)) testid="kp-intact" value=Signal::derive(move || sci(course.with(|c| c.kp_cm_h))) unit=" cm/h" />
                {at_hour(|l| td_string!(l, absorption.readout.delivered_intact), "delivered-intact", |s| amount(s.intact_delivered()), " µg/cm²", "")}
                {at_hour(|l| td_string!(l, absorption.readout.delivered_needled), "delivered-needled", |s| amount(s.needled_delivered()), " µg/cm²", "")}
                {at_hour(|l| td_string!(l, absorption.readout.enhancement), "enhancement-ratio", |s| s.enhancement().map_or("—".to_string(), amount), "", "× ")}
                {at_hour(|l| td_string!(l, absorption.readout.open), "channels-open-pct", |s| whole(s.open_fraction * 100.0), " %", "")}
                {at_hour(|l| td_string!(l, absorption.readout.depth), "depth-reached-um", |s| whole(s.depth_um), " µm", "")}
            </dl>
            <p class="drawn-note">{move || fill(t_string!(i18n, absorption.dose), &[("dose", &format_number(course.with(|c| c.dose_ug_cm2)))])}</p>
            <ul class="caveats">{caveats}</ul>
            <section class="chart-section">
                <Chart data=chart label=text_of(i18n, |l| td_string!(l, absorption.chart_label)) />
                <DataTable
                    testid="absorption-table"
                    summary=text_of(i18n, |l| td_string!(l, absorption.table_show))
                    caption=text_of(i18n, |l| td_string!(l, absorption.table_caption))
                    headers=headers
                    rows=rows
                />
            </section>
            <section aria-labelledby="absorption-how-h">
                {heading_and_bullets(
                    i18n,
                    "absorption-how-h",
                    |l| td_string!(l, absorption.how_heading),
                    [
                        |l| td_string!(l, absorption.how.intact),
                        |l| td_string!(l, absorption.how.channels),
                        |l| td_string!(l, absorption.how.closure),
                        |l| td_string!(l, absorption.how.closure_disagreement),
                    ],
                )}
            </section>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_well_across_magnitudes() {
        assert_eq!(amount(0.0), "0");
        assert_eq!(amount(f64::NAN), "0");
        assert_eq!(amount(0.00021), "2.1 × 10⁻⁴");
        assert_eq!(amount(1.234), "1.23");
        assert_eq!(amount(12.34), "12.3");
        assert_eq!(amount(123.4), "123");
        assert_eq!(sci(2.0e-4), "2.0 × 10⁻⁴");
        assert_eq!(sci(0.4), "4.0 × 10⁻¹");
    }
}
