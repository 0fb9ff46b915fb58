//! Collagen: the healing cascade after each session and the new collagen of a series, over a
//! year; the dermis picture, the timeline, the chart and the readouts all read one model course.

use leptos::prelude::*;

use crate::app::clock::use_clock;
use crate::app::settings::{format_number, INTERVAL_WEEKS, MONTH, SESSIONS};
use crate::app::url::use_app_state;
use crate::i18n::fill::{fill, whole};
use crate::i18n::text::{effect, heading_and_bullets, text_of};
use crate::i18n::*;
use crate::model::collagen::{
    Constant, Course, Levels, Plan, Snapshot, Tag, CONSTANTS, MONTH_DAYS,
};
use crate::model::healing::{Phase, INFLAMMATION_END_DAYS, PROLIFERATION_END_DAYS};
use crate::model::skin::SkinProfile;
use crate::widgets::chart::{Chart, ChartData, Series};
use crate::widgets::data_table::DataTable;
use crate::widgets::device_controls::DeviceControls;
use crate::widgets::live_region::use_announcer;
use crate::widgets::readout::Readout;
use crate::widgets::slider::Slider;
use crate::widgets::time_controls::TimeControls;

/// Model months per second of animation at normal speed: a year in 24 s.
pub const MONTHS_PER_SECOND: f64 = 0.5;
/// The picture redraws every this many days while playing.
const FRAME_DAYS: f64 = 2.0;
/// The dermis picture, in SVG units.
const W: f64 = 400.0;
const H: f64 = 220.0;

fn phase_name(l: Locale, p: Phase) -> &'static str {
    match p {
        Phase::Untreated => td_string!(l, collagen.phase.untreated),
        Phase::Inflammation => td_string!(l, collagen.phase.inflammation),
        Phase::Proliferation => td_string!(l, collagen.phase.proliferation),
        Phase::Remodelling => td_string!(l, collagen.phase.remodelling),
    }
}

fn constant_name(l: Locale, id: &str) -> &'static str {
    match id {
        "density-half" => td_string!(l, collagen.constant.density_half),
        "reach-scale" => td_string!(l, collagen.constant.reach_scale),
        "tau-platelets" => td_string!(l, collagen.constant.tau_platelets),
        "k-inflammation" => td_string!(l, collagen.constant.k_inflammation),
        "tau-inflammation" => td_string!(l, collagen.constant.tau_inflammation),
        "k-growth" => td_string!(l, collagen.constant.k_growth),
        "tau-growth" => td_string!(l, collagen.constant.tau_growth),
        "fibroblast-seed" => td_string!(l, collagen.constant.fibroblast_seed),
        "k-fibroblasts" => td_string!(l, collagen.constant.k_fibroblasts),
        "tau-fibroblasts" => td_string!(l, collagen.constant.tau_fibroblasts),
        "k-collagen3" => td_string!(l, collagen.constant.k_collagen3),
        "tau-remodel" => td_string!(l, collagen.constant.tau_remodel),
        "remodel-yield" => td_string!(l, collagen.constant.remodel_yield),
        "tau-turnover" => td_string!(l, collagen.constant.tau_turnover),
        "k-elastin" => td_string!(l, collagen.constant.k_elastin),
        "tau-elastin" => td_string!(l, collagen.constant.tau_elastin),
        "ageing" => td_string!(l, collagen.constant.ageing),
        "share-type1" => td_string!(l, collagen.constant.share_type1),
        "share-type3" => td_string!(l, collagen.constant.share_type3),
        "inflammation-end" => td_string!(l, collagen.constant.inflammation_end),
        "proliferation-end" => td_string!(l, collagen.constant.proliferation_end),
        "remodelling-end" => td_string!(l, collagen.constant.remodelling_end),
        _ => "",
    }
}

/// A signed percentage with one decimal: "+12.3", "−0.4", "0.0".
pub fn pct(x: f64) -> String {
    let x = if x.is_finite() {
        (x * 10.0).round() / 10.0
    } else {
        0.0
    };
    if x > 0.0 {
        format!("+{x:.1}")
    } else if x < 0.0 {
        format!("−{:.1}", -x)
    } else {
        "0.0".into()
    }
}

/// Spread positions over the picture (a low-discrepancy sequence: even, never clumped).
fn spot(i: usize, top: f64, bottom: f64) -> (f64, f64) {
    let k = i as f64 + 1.0;
    let x = (k * 0.618_034).fract() * (W - 40.0) + 20.0;
    let y = top + (k * 0.754_878).fract() * (bottom - top);
    (x, y)
}

/// Path data for the first `n` of a kind of thing, each drawn by `shape` at its spot.
fn things(n: usize, offset: usize, top: f64, bottom: f64, shape: fn(f64, f64) -> String) -> String {
    (0..n)
        .map(|i| {
            let (x, y) = spot(i + offset, top, bottom);
            shape(x, y)
        })
        .collect()
}

fn dot(x: f64, y: f64) -> String {
    format!("M{:.0} {y:.0}a3 3 0 1 0 6 0a3 3 0 1 0-6 0", x - 3.0)
}
fn diamond(x: f64, y: f64) -> String {
    format!("M{x:.0} {:.0}l3 3-3 3-3-3z", y - 3.0)
}
fn spindle(x: f64, y: f64) -> String {
    format!("M{:.0} {y:.0}q12-7 24 0q-12 7-24 0", x - 12.0)
}
fn thin(x: f64, y: f64) -> String {
    format!("M{:.0} {y:.0}q8-4 16 0t16 0t16 0", x - 24.0)
}
fn bundle(x: f64, y: f64) -> String {
    format!("M{:.0} {y:.0}q15-5 30 0t30 0", x - 30.0)
}
fn curl(x: f64, y: f64) -> String {
    format!("M{:.0} {y:.0}c5-8 10 8 15 0s10 8 15 0", x - 15.0)
}

/// How many of each thing the picture shows for the levels (each 0..1).
fn drawing(l: &Levels) -> [String; 6] {
    let n = |level: f64, max: f64| (level.clamp(0.0, 1.0) * max).round() as usize;
    [
        things(n(l.platelets, 24.0), 0, 8.0, 60.0, dot),
        things(n(l.growth_factors, 36.0), 50, 10.0, 120.0, diamond),
        things(n(l.fibroblasts, 14.0), 100, 40.0, H - 20.0, spindle),
        things(n(l.collagen3, 24.0), 150, 30.0, H - 10.0, thin),
        // Mature collagen is always there; new type I bundles join it.
        things(6 + n(l.collagen1, 14.0), 200, 50.0, H - 10.0, bundle),
        things(3 + n(l.elastin, 10.0), 260, 30.0, H - 10.0, curl),
    ]
}

/// The Collagen screen.
#[component]
pub fn Collagen() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let clock = use_clock();
    let announcer = use_announcer();

    // Only what the course depends on: moving the moment must not re-run the model.
    let plan = Memo::new(move |_| {
        let s = state.settings();
        let skin = SkinProfile::for_region(s.region);
        Plan::new(&s.setup(), &skin, s.sessions, s.interval_weeks as f64)
    });
    let course = Memo::new(move |_| Course::simulate(&plan.get()));

    // The clock plays the months from the month in the URL (screens::SCREENS sets it up).
    let frame_months = FRAME_DAYS / MONTH_DAYS;
    let month = Memo::new(move |_| {
        let m = clock.time.get() * MONTHS_PER_SECOND;
        ((m / frame_months).round() * frame_months).clamp(MONTH.min, MONTH.max)
    });
    // The month shown in the URL and readouts: to a tenth.
    let month_shown = move || (month.get() * 10.0).round() / 10.0;
    effect(move || {
        if !clock.playing.get() {
            let m = (month.get_untracked() * 10.0).round() / 10.0;
            if untrack(|| state.with(|s| s.month != m)) {
                state.update(|s| s.month = m);
            }
        }
    });
    // Cheap to interpolate: a closure, not a memo (each memo costs wasm).
    let snap = move || course.with(|c| c.at(month.get()));
    let picture = Memo::new(move |_| drawing(&snap().levels));

    effect(move || {
        let s: Snapshot = snap();
        if clock.playing.get() {
            return;
        }
        announcer.say(fill(
            t_string!(i18n, collagen.announce),
            &[
                ("month", &format_number((s.month * 10.0).round() / 10.0)),
                ("phase", phase_name(i18n.get_locale(), s.phase)),
                ("total", &pct(s.total_pct)),
            ],
        ));
    });

    let chart = Signal::derive(move || {
        course.with(|c| {
            let samples: Vec<Snapshot> = c.samples().collect();
            let line = |f: fn(&Snapshot) -> f64| {
                samples.iter().map(|s| (s.month, f(s))).collect::<Vec<_>>()
            };
            let (lo, hi) = samples.iter().fold((0.0f64, 0.0f64), |(lo, hi), s| {
                let v = [
                    s.total_pct,
                    s.collagen1_pct,
                    s.collagen3_pct,
                    s.elastin_pct,
                    s.untreated_pct,
                ];
                (
                    v.iter().fold(lo, |a, &b| a.min(b)),
                    v.iter().fold(hi, |a, &b| a.max(b)),
                )
            });
            ChartData {
                title: t_string!(i18n, collagen.chart_title).to_string(),
                x_label: t_string!(i18n, collagen.x_label).to_string(),
                y_label: t_string!(i18n, collagen.y_label).to_string(),
                y2: None,
                x_range: (MONTH.min, MONTH.max),
                y_range: ((lo - 5.0).min(-5.0), (hi * 1.1).max(10.0)),
                series: vec![
                    Series {
                        label: t_string!(i18n, collagen.series_total).to_string(),
                        points: line(|s| s.total_pct),
                        color: 0,
                        dashed: false,
                        right: false,
                    },
                    Series {
                        label: t_string!(i18n, collagen.series_collagen1).to_string(),
                        points: line(|s| s.collagen1_pct),
                        color: 1,
                        dashed: false,
                        right: false,
                    },
                    Series {
                        label: t_string!(i18n, collagen.series_collagen3).to_string(),
                        points: line(|s| s.collagen3_pct),
                        color: 2,
                        dashed: false,
                        right: false,
                    },
                    Series {
                        label: t_string!(i18n, collagen.series_elastin).to_string(),
                        points: line(|s| s.elastin_pct),
                        color: 3,
                        dashed: false,
                        right: false,
                    },
                    Series {
                        label: t_string!(i18n, collagen.series_untreated).to_string(),
                        points: line(|s| s.untreated_pct),
                        color: 1,
                        dashed: true,
                        right: false,
                    },
                ],
                markers: c.session_days().iter().map(|d| d / MONTH_DAYS).collect(),
            }
        })
    });
    let rows = Signal::derive(move || {
        course.with(|c| {
            (0..=12)
                .map(|m| {
                    let s = c.at(m as f64);
                    vec![
                        m.to_string(),
                        pct(s.total_pct),
                        pct(s.collagen1_pct),
                        pct(s.collagen3_pct),
                        pct(s.elastin_pct),
                        pct(s.untreated_pct),
                    ]
                })
                .collect::<Vec<_>>()
        })
    });
    let headers = Signal::derive(move || {
        vec![
            t_string!(i18n, collagen.col_month),
            t_string!(i18n, collagen.col_total),
            t_string!(i18n, collagen.col_collagen1),
            t_string!(i18n, collagen.col_collagen3),
            t_string!(i18n, collagen.col_elastin),
            t_string!(i18n, collagen.col_untreated),
        ]
    });
    let constants = Signal::derive(move || {
        CONSTANTS
            .iter()
            .map(|c: &Constant| {
                let tag = match c.tag {
                    Tag::Estimate => t_string!(i18n, collagen.estimate),
                    Tag::Secondary => t_string!(i18n, collagen.secondary),
                    Tag::Verified => "",
                };
                vec![
                    constant_name(i18n.get_locale(), c.id).to_string(),
                    format!("{} {}", format_number(c.value), c.unit),
                    if tag.is_empty() {
                        c.origin.to_string()
                    } else {
                        format!("{tag}; {}", c.origin)
                    },
                ]
            })
            .collect::<Vec<_>>()
    });
    let constant_headers = Signal::derive(move || {
        vec![
            t_string!(i18n, collagen.col_constant),
            t_string!(i18n, collagen.col_value),
            t_string!(i18n, collagen.col_origin),
        ]
    });

    let position = Signal::derive(move || {
        fill(
            t_string!(i18n, collagen.clock),
            &[
                ("month", &format_number(month_shown())),
                ("phase", phase_name(i18n.get_locale(), snap().phase)),
            ],
        )
    });
    let day_note = move || {
        let day = month.get() * MONTH_DAYS;
        course.with(
            |c| match c.session_days().iter().rev().find(|&&d| d <= day + 1e-9) {
                Some(last) => fill(
                    t_string!(i18n, collagen.day_clock),
                    &[("day", &whole(day - last))],
                ),
                None => t_string!(i18n, collagen.no_session).to_string(),
            },
        )
    };

    // Timeline: 0–12 months on 1000 units; phase bands after each session, the playhead.
    let x_of = |day: f64| day / (MONTH.max * MONTH_DAYS) * 1000.0;
    let bands = move || {
        course.with(|c| {
            let days = c.session_days().to_vec();
            let end = MONTH.max * MONTH_DAYS;
            days.iter()
                .enumerate()
                .flat_map(|(i, &d)| {
                    let next = days.get(i + 1).copied().unwrap_or(end).min(end);
                    [
                        ("band inflammation", d, (d + INFLAMMATION_END_DAYS).min(next)),
                        ("band proliferation", (d + INFLAMMATION_END_DAYS).min(next), (d + PROLIFERATION_END_DAYS).min(next)),
                        ("band remodelling", (d + PROLIFERATION_END_DAYS).min(next), next),
                    ]
                })
                .filter(|(_, a, b)| b > a)
                .map(|(class, a, b)| view! { <rect class=class x=x_of(a) y="8" width=x_of(b) - x_of(a) height="24"></rect> })
                .collect_view()
        })
    };
    let sessions = move || {
        course.with(|c| {
            c.session_days()
                .iter()
                .map(|&d| view! { <path class="session" d=format!("M{:.1} 0l-8-8h16z", x_of(d))></path> })
                .collect_view()
        })
    };

    // The four changes' readouts from one function: what each shows is a plain function.
    let change = move |label: fn(Locale) -> &'static str,
                       testid: &'static str,
                       of: fn(&Snapshot) -> f64| {
        view! {
            <Readout label=text_of(i18n, label) testid=testid value=Signal::derive(move || pct(of(&snap()))) unit=" %" />
        }
    };

    view! {
        <article class="screen collagen" aria-labelledby="collagen-title">
            <h1 id="collagen-title">{text_of(i18n, |l| td_string!(l, collagen.title))}</h1>
            <p class="lead">{text_of(i18n, |l| td_string!(l, collagen.intro))}</p>
            <section class="play-layout">
                <div class="play-area">
                    <p class="field-clock" aria-hidden="true">{position}</p>
                    <p class="drawn-note">{day_note}</p>
                    <svg class="dermis" viewBox=format!("0 0 {W} {H}") role="img" aria-label=text_of(i18n, |l| td_string!(l, collagen.section_label))>
                        <rect class="dermis-bg" x="0" y="0" width=W height=H></rect>
                        <path class="thing collagen1" d=move || picture.with(|p| p[4].clone())></path>
                        <path class="thing collagen3" d=move || picture.with(|p| p[3].clone())></path>
                        <path class="thing elastin" d=move || picture.with(|p| p[5].clone())></path>
                        <path class="thing fibroblast" d=move || picture.with(|p| p[2].clone())></path>
                        <path class="thing growth" d=move || picture.with(|p| p[1].clone())></path>
                        <path class="thing platelet" d=move || picture.with(|p| p[0].clone())></path>
                    </svg>
                    <ul class="key">
                        <li><span class="swatch platelet"></span>{text_of(i18n, |l| td_string!(l, collagen.key.platelets))}</li>
                        <li><span class="swatch growth"></span>{text_of(i18n, |l| td_string!(l, collagen.key.growth))}</li>
                        <li><span class="swatch fibroblast"></span>{text_of(i18n, |l| td_string!(l, collagen.key.fibroblasts))}</li>
                        <li><span class="swatch collagen3"></span>{text_of(i18n, |l| td_string!(l, collagen.key.collagen3))}</li>
                        <li><span class="swatch collagen1"></span>{text_of(i18n, |l| td_string!(l, collagen.key.collagen1))}</li>
                        <li><span class="swatch elastin"></span>{text_of(i18n, |l| td_string!(l, collagen.key.elastin))}</li>
                    </ul>
                    <svg class="timeline" viewBox="0 -10 1000 60" preserveAspectRatio="none" role="img" aria-label=text_of(i18n, |l| td_string!(l, collagen.timeline_label))>
                        <rect class="track" x="0" y="8" width="1000" height="24"></rect>
                        {bands}
                        {sessions}
                        <line class="playhead" x1=move || month.get() / MONTH.max * 1000.0 x2=move || month.get() / MONTH.max * 1000.0 y1="0" y2="40"></line>
                    </svg>
                    <ul class="key phases">
                        <li><span class="swatch band inflammation"></span>{text_of(i18n, |l| td_string!(l, collagen.phase.inflammation))} " (" {text_of(i18n, |l| td_string!(l, collagen.phase_window.inflammation))} ")"</li>
                        <li><span class="swatch band proliferation"></span>{text_of(i18n, |l| td_string!(l, collagen.phase.proliferation))} " (" {text_of(i18n, |l| td_string!(l, collagen.phase_window.proliferation))} ")"</li>
                        <li><span class="swatch band remodelling"></span>{text_of(i18n, |l| td_string!(l, collagen.phase.remodelling))} " (" {text_of(i18n, |l| td_string!(l, collagen.phase_window.remodelling))} ")"</li>
                    </ul>
                </div>
                <div class="control-panel">
                    <TimeControls position=position />
                    <div class="controls">
                        <Slider
                            label=text_of(i18n, |l| td_string!(l, collagen.month_label))
                            testid="month-input"
                            step=0.1
                            span=MONTH
                            value=Signal::derive(month_shown)
                            set=Callback::new(move |x: f64| {
                                let m = MONTH.clamp(x);
                                clock.playing.set(false);
                                clock.time.set(m / MONTHS_PER_SECOND);
                                state.update(|s| s.month = m);
                            })
                        />
                        <Slider
                            label=text_of(i18n, |l| td_string!(l, collagen.sessions_label))
                            testid="sessions-input"
                            step=1.0
                            span=SESSIONS
                            value=Signal::derive(move || state.with(|s| s.sessions as f64))
                            set=Callback::new(move |x: f64| state.update(|s| s.sessions = SESSIONS.clamp(x).round() as u32))
                        />
                        <Slider
                            label=text_of(i18n, |l| td_string!(l, collagen.interval_label))
                            testid="interval-input"
                            step=1.0
                            span=INTERVAL_WEEKS
                            value=Signal::derive(move || state.with(|s| s.interval_weeks as f64))
                            set=Callback::new(move |x: f64| state.update(|s| s.interval_weeks = INTERVAL_WEEKS.clamp(x).round() as u32))
                        />
                    </div>
                    <DeviceControls />
                </div>
            </section>
            <dl class="readouts">
                {change(|l| td_string!(l, collagen.readout.total), "collagen-change-pct", |s| s.total_pct)}
                {change(|l| td_string!(l, collagen.readout.collagen1), "collagen1-change-pct", |s| s.collagen1_pct)}
                {change(|l| td_string!(l, collagen.readout.collagen3), "collagen3-change-pct", |s| s.collagen3_pct)}
                {change(|l| td_string!(l, collagen.readout.elastin), "elastin-change-pct", |s| s.elastin_pct)}
                <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.phase)) testid="phase" value=Signal::derive(move || phase_name(i18n.get_locale(), snap().phase).to_string()) />
            </dl>
            <p class="drawn-note">{text_of(i18n, |l| td_string!(l, collagen.change_note))}</p>
            <section class="chart-section">
                <Chart data=chart label=text_of(i18n, |l| td_string!(l, collagen.chart_label)) />
                <DataTable
                    testid="collagen-table"
                    summary=text_of(i18n, |l| td_string!(l, collagen.table_show))
                    caption=text_of(i18n, |l| td_string!(l, collagen.table_caption))
                    headers=headers
                    rows=rows
                />
            </section>
            <section aria-labelledby="collagen-summary-h">
                {heading_and_bullets(
                    i18n,
                    "collagen-summary-h",
                    |l| td_string!(l, collagen.summary_heading),
                    [
                        |l| td_string!(l, collagen.summary.weeks),
                        |l| td_string!(l, collagen.summary.series),
                        |l| td_string!(l, collagen.summary.months),
                        |l| td_string!(l, collagen.summary.depth),
                    ],
                )}
            </section>
            <section aria-labelledby="collagen-limits-h">
                {heading_and_bullets(
                    i18n,
                    "collagen-limits-h",
                    |l| td_string!(l, collagen.limits_heading),
                    [
                        |l| td_string!(l, collagen.limits.individual),
                        |l| td_string!(l, collagen.limits.measured),
                        |l| td_string!(l, collagen.limits.elastin),
                        |l| td_string!(l, collagen.limits.quoted),
                    ],
                )}
                <DataTable
                    testid="collagen-constants"
                    summary=text_of(i18n, |l| td_string!(l, collagen.constants_heading))
                    caption=text_of(i18n, |l| td_string!(l, collagen.constants_caption))
                    headers=constant_headers
                    rows=constants
                />
            </section>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_signed() {
        assert_eq!(pct(12.34), "+12.3");
        assert_eq!(pct(-0.44), "−0.4");
        assert_eq!(pct(0.01), "0.0");
        assert_eq!(pct(f64::NAN), "0.0");
    }

    #[test]
    fn the_drawing_grows_with_the_levels() {
        let none = drawing(&Levels::default());
        let full = drawing(&Levels {
            platelets: 1.0,
            inflammation: 1.0,
            growth_factors: 1.0,
            fibroblasts: 1.0,
            collagen3: 1.0,
            collagen1: 1.0,
            elastin: 1.0,
        });
        assert!(none[0].is_empty() && !full[0].is_empty());
        assert!(full.iter().zip(&none).all(|(f, n)| f.len() > n.len()));
    }
}
