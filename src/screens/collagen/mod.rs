//! Collagen: the healing cascade after each session and the new collagen of a series, over a
//! year; the dermis picture, the timeline, the chart and the readouts all read one model course.

use leptos::prelude::*;

mod first_week;
mod slide;
mod validation;

use crate::app::context::use_frame;
use crate::app::effect::effect;
use crate::app::settings::{INTERVAL_WEEKS, MONTH, SESSIONS};
use crate::i18n::fill::fill;
use crate::i18n::numbers::{fixed, signed, significant, whole};
use crate::i18n::text::{text_of, texts};
use crate::i18n::*;
use crate::model::collagen::{Constant, Course, Plan, Snapshot, Tag, CONSTANTS, MONTH_DAYS};
use crate::model::days_after::DaysAfter;
use crate::model::healing::{Phase, INFLAMMATION_END_DAYS, PROLIFERATION_END_DAYS};
use crate::model::skin::SkinProfile;
use crate::widgets::bullets::Bullets;
use crate::widgets::chart::{ChartData, ChartSection, Series};
use crate::widgets::data_table::DataTable;
use crate::widgets::device_controls::DeviceControls;
use crate::widgets::readout::Readout;
use crate::widgets::slider::Slider;
use crate::widgets::time_controls::{keep_moment_when_paused, TimeControls};
use first_week::{FirstWeek, BARRIER, REDNESS, SWELLING};
use slide::{Slide, Swatch, ELASTIN, FIBROBLAST, GROWTH, NEW_HALO, PLATELET, TYPE1, TYPE3};
use validation::Validation;

/// Model months per second of animation at normal speed: a year in 24 s.
pub const MONTHS_PER_SECOND: f64 = 0.5;
/// The picture redraws every this many days while playing.
const FRAME_DAYS: f64 = 2.0;
/// The healing timeline gives the first week this share of its width (the rest to 12 months).
const FIRST_WEEK_SHARE: f64 = 0.2;

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
        "density-scale" => td_string!(l, collagen.constant.density_scale),
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
        "k-tropoelastin" => td_string!(l, collagen.constant.k_tropoelastin),
        "tau-tropoelastin" => td_string!(l, collagen.constant.tau_tropoelastin),
        "elastin-yield" => td_string!(l, collagen.constant.elastin_yield),
        "k-elastolysis" => td_string!(l, collagen.constant.k_elastolysis),
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

/// A month as the clock and the URL round it: whole months without decimals ("4"), else one ("4.5").
fn month_text(l: Locale, m: f64) -> String {
    if (m - m.round()).abs() < 1e-9 {
        whole(l, m)
    } else {
        fixed(l, m, 1)
    }
}

/// Where a day falls on the healing timeline (0–1000): the first week opened up to
/// [`FIRST_WEEK_SHARE`] of the width, the rest of the year after it.
fn timeline_x(day: f64) -> f64 {
    let end = MONTH.max * MONTH_DAYS;
    let first = FIRST_WEEK_SHARE * 1000.0;
    if day <= 7.0 {
        day.max(0.0) / 7.0 * first
    } else {
        first + (day.min(end) - 7.0) / (end - 7.0) * (1000.0 - first)
    }
}

/// The Collagen screen.
#[component]
pub fn Collagen() -> impl IntoView {
    let (i18n, state, clock, announcer) = use_frame();

    // Only what the course depends on: moving the moment must not re-run the model.
    let plan = Memo::new(move |_| {
        let s = state.settings();
        let skin = SkinProfile::for_region(s.region);
        Plan::new(&s.setup(), &skin, s.sessions, s.interval_weeks as f64)
    });
    let course = Memo::new(move |_| Course::simulate(&plan.get()));
    let days_after = Memo::new(move |_| {
        let s = state.settings();
        DaysAfter::new(&s.setup(), &SkinProfile::for_region(s.region))
    });

    // The clock plays the months from the month in the URL (screens::SCREENS sets it up).
    let frame_months = FRAME_DAYS / MONTH_DAYS;
    let month = Memo::new(move |_| {
        let m = clock.time.get() * MONTHS_PER_SECOND;
        ((m / frame_months).round() * frame_months).clamp(MONTH.min, MONTH.max)
    });
    // The month shown in the URL and readouts: to a tenth.
    let month_shown = move || (month.get() * 10.0).round() / 10.0;
    keep_moment_when_paused(month_shown, |s| s.month, |s, m| s.month = m);
    // A closure, not a memo (docs/architecture.md): interpolating is cheap.
    let snap = move || course.with(|c| c.at(month.get()));
    let locale = move || i18n.get_locale();

    effect(move || {
        let s: Snapshot = snap();
        if clock.playing.get() {
            return;
        }
        let l = locale();
        announcer.say(fill(
            t_string!(i18n, collagen.announce),
            &[
                ("month", &month_text(l, (s.month * 10.0).round() / 10.0)),
                ("phase", phase_name(l, s.phase)),
                ("total", &signed(l, s.collagen_pct)),
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
                    s.collagen_pct,
                    s.collagen1_pct,
                    s.collagen3_pct,
                    s.tropoelastin_pct,
                    s.elastin_pct,
                    s.untreated_pct,
                ];
                (
                    v.iter().fold(lo, |a, &b| a.min(b)),
                    v.iter().fold(hi, |a, &b| a.max(b)),
                )
            });
            let series = |label: &str, points, color, dashed| Series {
                label: label.to_string(),
                points,
                color,
                dashed,
                right: false,
            };
            ChartData {
                title: t_string!(i18n, collagen.chart_title).to_string(),
                x_label: t_string!(i18n, collagen.x_label).to_string(),
                y_label: t_string!(i18n, collagen.y_label).to_string(),
                y2: None,
                x_range: (MONTH.min, MONTH.max),
                y_range: ((lo - 5.0).min(-5.0), (hi * 1.1).max(10.0)),
                series: vec![
                    series(
                        t_string!(i18n, collagen.series_total),
                        line(|s| s.collagen_pct),
                        0,
                        false,
                    ),
                    series(
                        t_string!(i18n, collagen.series_collagen1),
                        line(|s| s.collagen1_pct),
                        1,
                        false,
                    ),
                    series(
                        t_string!(i18n, collagen.series_collagen3),
                        line(|s| s.collagen3_pct),
                        2,
                        false,
                    ),
                    series(
                        t_string!(i18n, collagen.series_tropoelastin),
                        line(|s| s.tropoelastin_pct),
                        3,
                        true,
                    ),
                    series(
                        t_string!(i18n, collagen.series_elastin),
                        line(|s| s.elastin_pct),
                        3,
                        false,
                    ),
                    series(
                        t_string!(i18n, collagen.series_untreated),
                        line(|s| s.untreated_pct),
                        1,
                        true,
                    ),
                ],
                markers: c.session_days().iter().map(|d| d / MONTH_DAYS).collect(),
            }
        })
    });
    let rows = Signal::derive(move || {
        let l = locale();
        course.with(|c| {
            (0..=12)
                .map(|m| {
                    let s = c.at(m as f64);
                    vec![
                        whole(l, m as f64),
                        signed(l, s.collagen_pct),
                        signed(l, s.collagen1_pct),
                        signed(l, s.collagen3_pct),
                        signed(l, s.tropoelastin_pct),
                        signed(l, s.elastin_pct),
                        signed(l, s.untreated_pct),
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
            t_string!(i18n, collagen.col_tropoelastin),
            t_string!(i18n, collagen.col_elastin),
            t_string!(i18n, collagen.col_untreated),
        ]
    });
    let constants = Signal::derive(move || {
        let l = locale();
        CONSTANTS
            .iter()
            .map(|c: &Constant| {
                let tag = match c.tag {
                    Tag::Estimate => t_string!(i18n, collagen.estimate),
                    Tag::Secondary => t_string!(i18n, collagen.secondary),
                    Tag::Verified => "",
                };
                vec![
                    constant_name(l, c.id).to_string(),
                    format!("{} {}", significant(l, c.value, 3), c.unit),
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
                ("month", &month_text(locale(), month_shown())),
                ("phase", phase_name(locale(), snap().phase)),
            ],
        )
    });
    let day_note = move || {
        let day = month.get() * MONTH_DAYS;
        course.with(
            |c| match c.session_days().iter().rev().find(|&&d| d <= day + 1e-9) {
                Some(last) => fill(
                    t_string!(i18n, collagen.day_clock),
                    &[("day", &whole(locale(), day - last))],
                ),
                None => t_string!(i18n, collagen.no_session).to_string(),
            },
        )
    };

    // Healing timeline, 0–12 months on 1000 units with the first week opened up: phase bands
    // after each session, the sessions, the playhead.
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
                .map(|(class, a, b)| view! { <rect class=class x=timeline_x(a) y="8" width=timeline_x(b) - timeline_x(a) height="24"></rect> })
                .collect_view()
        })
    };
    let sessions = move || {
        course.with(|c| {
            c.session_days()
                .iter()
                .map(|&d| view! { <path class="session" d=format!("M{:.1} 0l-8-8h16z", timeline_x(d))></path> })
                .collect_view()
        })
    };
    let playhead = move || timeline_x(month.get() * MONTH_DAYS);

    let before_label = Signal::derive(move || t_string!(i18n, collagen.slide.before).to_string());
    let now_label = Signal::derive(move || {
        fill(
            t_string!(i18n, collagen.slide.now),
            &[("month", &month_text(locale(), month_shown()))],
        )
    });
    let levels = Signal::derive(move || snap().levels);
    let pct = move |f: fn(&Snapshot) -> f64| Signal::derive(move || signed(locale(), f(&snap())));

    view! {
        <article class="screen collagen" aria-labelledby="collagen-title">
            <h1 id="collagen-title">{text_of(i18n, |l| td_string!(l, collagen.title))}</h1>
            <p class="lead">{text_of(i18n, |l| td_string!(l, collagen.intro))}</p>
            <section class="play-layout">
                <div class="play-area">
                    <p class="field-clock" aria-hidden="true">{position}</p>
                    <p class="drawn-note">{day_note}</p>
                    <Slide before_label=before_label now_label=now_label now=levels label=text_of(i18n, |l| td_string!(l, collagen.section_label)) />
                    <ul class="key">
                        <li><Swatch colour=TYPE1 width=4.0 />{text_of(i18n, |l| td_string!(l, collagen.key.collagen1))}</li>
                        <li><Swatch colour=TYPE3 />{text_of(i18n, |l| td_string!(l, collagen.key.collagen3))}</li>
                        <li><Swatch colour=ELASTIN />{text_of(i18n, |l| td_string!(l, collagen.key.elastin))}</li>
                        <li><Swatch colour=FIBROBLAST dot=true />{text_of(i18n, |l| td_string!(l, collagen.key.fibroblasts))}</li>
                        <li><Swatch colour=PLATELET dot=true />{text_of(i18n, |l| td_string!(l, collagen.key.platelets))}</li>
                        <li><Swatch colour=GROWTH dot=true />{text_of(i18n, |l| td_string!(l, collagen.key.growth))}</li>
                        <li><Swatch colour=NEW_HALO width=6.0 />{text_of(i18n, |l| td_string!(l, collagen.key.new))}</li>
                    </ul>
                    <svg class="timeline" viewBox="0 -10 1000 60" preserveAspectRatio="none" role="img" aria-label=text_of(i18n, |l| td_string!(l, collagen.timeline_label))>
                        <rect class="track" x="0" y="8" width="1000" height="24"></rect>
                        {bands}
                        {sessions}
                        <line x1=timeline_x(7.0) x2=timeline_x(7.0) y1="4" y2="40" stroke="currentColor" stroke-dasharray="4 3" vector-effect="non-scaling-stroke"></line>
                        <line class="playhead" x1=playhead x2=playhead y1="0" y2="40"></line>
                    </svg>
                    // What the two pictures simplify (a list of caveats: left out of print).
                    <ul class="caveats">
                        <li>{text_of(i18n, |l| td_string!(l, collagen.slide.note))}</li>
                        <li>{text_of(i18n, |l| td_string!(l, collagen.timeline_note))}</li>
                    </ul>
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
                <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.total)) testid="collagen-change-pct" value=pct(|s| s.collagen_pct) unit=" %" />
                <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.collagen1)) testid="collagen1-change-pct" value=pct(|s| s.collagen1_pct) unit=" %" />
                <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.collagen3)) testid="collagen3-change-pct" value=pct(|s| s.collagen3_pct) unit=" %" />
                <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.tropoelastin)) testid="tropoelastin-change-pct" value=pct(|s| s.tropoelastin_pct) unit=" %" />
                <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.elastin)) testid="elastin-change-pct" value=pct(|s| s.elastin_pct) unit=" %" />
                <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.phase)) testid="phase" value=Signal::derive(move || phase_name(locale(), snap().phase).to_string()) />
            </dl>
            <p class="drawn-note">{text_of(i18n, |l| td_string!(l, collagen.change_note))}</p>
            // Outside the picture column (and not printed): its own two-column block.
            <section aria-labelledby="collagen-week-h">
                <h2 id="collagen-week-h">{text_of(i18n, |l| td_string!(l, collagen.week.heading))}</h2>
                <p>{text_of(i18n, |l| td_string!(l, collagen.week.intro))}</p>
                <div class="play-layout">
                    <div class="play-area">
                        <FirstWeek after=days_after label=text_of(i18n, |l| td_string!(l, collagen.week.label)) />
                        <ul class="key">
                            <li><Swatch colour=REDNESS width=3.0 />{text_of(i18n, |l| td_string!(l, collagen.week.redness))}</li>
                            <li><Swatch colour=BARRIER width=3.0 />{text_of(i18n, |l| td_string!(l, collagen.week.barrier))}</li>
                            <li><Swatch colour=SWELLING width=3.0 />{text_of(i18n, |l| td_string!(l, collagen.week.swelling))}</li>
                            <li><Swatch colour=REDNESS dot=true />{text_of(i18n, |l| td_string!(l, collagen.week.bleeding))}</li>
                        </ul>
                    </div>
                    <div class="play-area">
                        <dl class="readouts">
                            <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.redness_days)) testid="redness-days" value=Signal::derive(move || fixed(locale(), days_after.get().redness_days, 1)) unit=" d" />
                            <Readout label=text_of(i18n, |l| td_string!(l, collagen.readout.barrier_recovery_h)) testid="barrier-recovery-h" value=Signal::derive(move || whole(locale(), days_after.get().barrier_recovery_h)) unit=" h" />
                        </dl>
                        <p class="drawn-note">{text_of(i18n, |l| td_string!(l, collagen.week.note))}</p>
                    </div>
                </div>
            </section>
            <ChartSection data=chart label=|l| td_string!(l, collagen.chart_label) table="collagen-table"
                summary=|l| td_string!(l, collagen.table_show) caption=|l| td_string!(l, collagen.table_caption)
                headers=headers rows=rows />
            <Validation />
            <Bullets id="collagen-summary-h" heading=|l| td_string!(l, collagen.summary_heading)
                items=texts![collagen.summary.weeks, collagen.summary.series, collagen.summary.months, collagen.summary.depth] />
            <Bullets id="collagen-limits-h" heading=|l| td_string!(l, collagen.limits_heading)
                items=texts![collagen.limits.individual, collagen.limits.measured, collagen.limits.elastin, collagen.limits.quoted]>
                <DataTable
                    testid="collagen-constants"
                    summary=text_of(i18n, |l| td_string!(l, collagen.constants_heading))
                    caption=text_of(i18n, |l| td_string!(l, collagen.constants_caption))
                    headers=constant_headers
                    rows=constants
                />
            </Bullets>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_signed_in_each_language() {
        assert_eq!(signed(Locale::en, 12.34), "+12.3");
        assert_eq!(signed(Locale::es, 12.34), "+12,3");
        assert_eq!(signed(Locale::en, -0.44), "−0.4");
        assert_eq!(signed(Locale::en, 0.01), "0.0");
        assert_eq!(signed(Locale::en, f64::NAN), "0.0");
    }

    #[test]
    fn the_first_week_is_opened_up_on_the_timeline() {
        assert_eq!(timeline_x(0.0), 0.0);
        assert!((timeline_x(7.0) - 200.0).abs() < 1e-9);
        assert!((timeline_x(MONTH.max * MONTH_DAYS) - 1000.0).abs() < 1e-9);
        assert!(timeline_x(3.0) < timeline_x(8.0) && timeline_x(8.0) < timeline_x(30.0));
        assert_eq!(month_text(Locale::en, 4.0), "4");
        assert_eq!(month_text(Locale::es, 4.5), "4,5");
    }
}
