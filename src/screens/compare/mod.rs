//! Compare: dermaroller, motorized pen and an at-home tool on the same goal, the same patch and
//! the same treatment time, every figure from the same models as the single-tool screens.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::clock::use_clock;
use crate::app::context::use_frame;
use crate::app::effect::effect;
use crate::app::settings::{Screen, MONTH};
use crate::app::url::{href_for, use_app_state};
use crate::i18n::fill::fill;
use crate::i18n::names::{device_name, layer_name};
use crate::i18n::numbers::{fixed, signed, significant, whole};
use crate::i18n::text::{text_of, texts};
use crate::i18n::*;
use crate::model::channels::{Channel, PATCH_MM};
use crate::model::compare::{
    Column, Comparison, Downtime, Entry, Goal, Risk, Sterility, SESSION_S, ZONE_CM2,
};
use crate::model::device::Device;
use crate::screens::treatment::surface::{Marks, SurfaceMarks};
use crate::widgets::bullets::Bullets;
use crate::widgets::chart::{ChartData, ChartSection, Series};
use crate::widgets::choice::Choice;
use crate::widgets::readout::Readout;
use crate::widgets::time_controls::TimeControls;

type I18n = leptos_i18n::I18nContext<Locale>;

fn goal_name(i18n: I18n, g: Goal) -> &'static str {
    match g {
        Goal::FineLines => t_string!(i18n, compare.goal.fine_lines),
        Goal::AcneScars => t_string!(i18n, compare.goal.acne_scars),
        Goal::StretchMarks => t_string!(i18n, compare.goal.stretch_marks),
        Goal::Pigmentation => t_string!(i18n, compare.goal.pigmentation),
        Goal::ProductUptake => t_string!(i18n, compare.goal.uptake),
    }
}

/// A needle length as the URL carries it: one decimal, or two for 0.25 mm and the like.
fn mm(l: Locale, x: f64) -> String {
    let tenths = x * 10.0;
    fixed(
        l,
        x,
        if (tenths - tenths.round()).abs() < 1e-9 {
            1
        } else {
            2
        },
    )
}

/// Needled over intact serum uptake, three significant digits; "—" when intact is too small.
fn enhancement(l: Locale, c: &Column) -> String {
    c.enhancement
        .map_or("—".to_string(), |x| significant(l, x, 3))
}

/// The comparison table's rows: a label and one cell per tool.
fn rows(i18n: I18n, cols: &[Column; 3]) -> Vec<(&'static str, [String; 3])> {
    let l = i18n.get_locale();
    let each = |f: &dyn Fn(&Column) -> String| [f(&cols[0]), f(&cols[1]), f(&cols[2])];
    vec![
        (
            t_string!(i18n, compare.row.needle),
            each(&|c| format!("{} mm", mm(l, c.setup.needle.0))),
        ),
        (
            t_string!(i18n, compare.row.per_cm2),
            each(&|c| whole(l, c.channels_per_cm2)),
        ),
        (
            t_string!(i18n, compare.row.depth),
            each(&|c| {
                format!(
                    "{} ± {} mm, {}",
                    fixed(l, c.mean_depth_mm, 2),
                    fixed(l, c.depth_sd_mm, 2),
                    layer_name(i18n, c.layer_reached)
                )
            }),
        ),
        (
            t_string!(i18n, compare.row.reach),
            each(&|c| format!("{} %", whole(l, 100.0 * c.reach * c.coverage))),
        ),
        (
            t_string!(i18n, compare.row.shape),
            each(&|c| match c.entry {
                Entry::Vertical => t_string!(i18n, compare.entry.vertical).to_string(),
                Entry::Angled => format!(
                    "{} ({})",
                    t_string!(i18n, compare.entry.angled),
                    t_string!(i18n, compare.entry_disputed)
                ),
            }),
        ),
        (
            t_string!(i18n, compare.row.sterility),
            each(&|c| {
                match c.sterility {
                    Sterility::SingleUseCartridge => {
                        t_string!(i18n, compare.sterility.single_use_cartridge)
                    }
                    Sterility::SingleUseRoller => {
                        t_string!(i18n, compare.sterility.single_use_roller)
                    }
                    Sterility::ReusedRoller => t_string!(i18n, compare.sterility.reused_roller),
                    Sterility::ReusedStamp => t_string!(i18n, compare.sterility.reused_stamp),
                }
                .to_string()
            }),
        ),
        (
            t_string!(i18n, compare.row.infection),
            each(&|c| {
                match c.infection_risk {
                    Risk::Low => t_string!(i18n, compare.risk.low),
                    Risk::Moderate => t_string!(i18n, compare.risk.moderate),
                    Risk::Higher => t_string!(i18n, compare.risk.higher),
                }
                .to_string()
            }),
        ),
        (
            t_string!(i18n, compare.row.downtime),
            each(&|c| {
                match c.downtime {
                    Downtime::Minimal => t_string!(i18n, compare.downtime.minimal),
                    Downtime::Light => t_string!(i18n, compare.downtime.light),
                    Downtime::Moderate => t_string!(i18n, compare.downtime.moderate),
                    Downtime::Deep => t_string!(i18n, compare.downtime.deep),
                }
                .to_string()
            }),
        ),
        (
            t_string!(i18n, compare.row.redness),
            each(&|c| {
                format!(
                    "{} {}",
                    fixed(l, c.days_after.redness_days, 1),
                    t_string!(i18n, compare.days)
                )
            }),
        ),
        (
            t_string!(i18n, compare.row.barrier),
            each(&|c| format!("{} h", whole(l, c.days_after.barrier_recovery_h))),
        ),
        (
            t_string!(i18n, compare.row.bleeding),
            each(&|c| {
                if c.days_after.bleeding {
                    t_string!(i18n, compare.yes)
                } else {
                    t_string!(i18n, compare.bleeding_no)
                }
                .to_string()
            }),
        ),
        (
            t_string!(i18n, compare.row.nose_and_lips),
            each(&|c| {
                if c.reaches_nose_and_lips {
                    t_string!(i18n, compare.yes)
                } else {
                    t_string!(i18n, compare.no)
                }
                .to_string()
            }),
        ),
        (
            t_string!(i18n, compare.row.enhancement),
            each(&|c| enhancement(l, c)),
        ),
        (
            t_string!(i18n, compare.row.collagen),
            each(&|c| format!("{} %", signed(l, c.collagen_6m_pct))),
        ),
    ]
}

/// Side of a drawn puncture on a tool's square, view units (the square is 1000 across).
const MARK: f64 = 8.0;
/// Most punctures drawn on a tool's square.
const MAX_DRAWN: usize = 4000;

/// One tool: its patch filling pass by pass in step with the others, its key figures, and links
/// that open the same setting on the single-tool screens.
#[component]
fn ToolColumn(#[prop(into)] column: Signal<Column>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let clock = use_clock();
    // The square fills left to right within each pass, at the tool's own pass time, so at any
    // moment it shows the channels made so far in the shared treatment time.
    let marks = Memo::new(move |_| {
        column.with(|c| {
            let at = |ch: &Channel| (ch.pass as f64 + ch.x.0 / PATCH_MM) * c.pass_seconds;
            Arc::new(Marks::new(&c.setup.place(1), at, MARK, None, MAX_DRAWN))
        })
    });
    let made = Memo::new(move |_| marks.with(|m| m.made_by(clock.time.get())));
    // What the square shows now: the pass under way (or all done) and the channels so far.
    let so_far = move || {
        let l = i18n.get_locale();
        let (passes, now) = column.with(|c| (c.setup.passes, c.passes_at(clock.time.get())));
        let count = whole(l, made.get() as f64 / (PATCH_MM * PATCH_MM / 100.0));
        let total = passes.to_string();
        if now >= passes as f64 {
            fill(
                t_string!(i18n, compare.surface_done),
                &[("total", &total), ("count", &count)],
            )
        } else {
            fill(
                t_string!(i18n, compare.surface_so_far),
                &[
                    ("n", &(now.floor() as u32 + 1).to_string()),
                    ("total", &total),
                    ("count", &count),
                ],
            )
        }
    };
    let key = move || column.with(|c| c.device.key());
    let id = move |what: &str| format!("compare-{}-{what}", key());
    let open = move |screen: Screen| {
        let s = column.with(|c| {
            let mut s = crate::app::settings::for_compare(c.goal, c.device, &state.settings());
            s.screen = screen;
            s
        });
        (href_for(&s), move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            state.update(|x| *x = s.clone());
        })
    };
    let link = move |screen: Screen, label: &'static str| {
        let (href, click) = open(screen);
        view! { <a href=href on:click=click>{label}</a> }
    };
    let locale = move || i18n.get_locale();
    view! {
        <section class="tool-column">
            <h2>{move || column.with(|c| device_name(i18n, c.device))}</h2>
            <svg class="surface mini" role="img" aria-label=text_of(i18n, |l| td_string!(l, compare.surface_label)) viewBox="0 0 1000 1000">
                <rect class="surface-bg" x="0" y="0" width="1000" height="1000"></rect>
                <SurfaceMarks marks=marks time=clock.time />
            </svg>
            <p class="drawn-note" data-testid=move || id("so-far")>{so_far}</p>
            <dl class="readouts compact">
                <Readout
                    label=text_of(i18n, |l| td_string!(l, compare.readout.per_cm2))
                    testid=Signal::derive(move || id("channels-per-cm2"))
                    value=Signal::derive(move || column.with(|c| whole(locale(), c.channels_per_cm2)))
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, compare.readout.depth_sd))
                    testid=Signal::derive(move || id("depth-sd-mm"))
                    value=Signal::derive(move || column.with(|c| fixed(locale(), c.depth_sd_mm, 3)))
                    unit=" mm"
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, compare.readout.enhancement))
                    testid=Signal::derive(move || id("enhancement"))
                    value=Signal::derive(move || column.with(|c| enhancement(locale(), c)))
                    prefix="× "
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, compare.readout.collagen))
                    testid=Signal::derive(move || id("collagen-6m-pct"))
                    value=Signal::derive(move || column.with(|c| signed(locale(), c.collagen_6m_pct)))
                    unit=" %"
                />
                <Readout
                    label=text_of(i18n, |l| td_string!(l, compare.readout.redness))
                    testid=Signal::derive(move || id("redness-days"))
                    value=Signal::derive(move || column.with(|c| fixed(locale(), c.days_after.redness_days, 1)))
                    unit=" d"
                />
            </dl>
            <p class="open-in">
                {text_of(i18n, |l| td_string!(l, compare.open_in))} " "
                {move || link(Screen::Treatment, t_string!(i18n, common.screen.treatment))} " · "
                {move || link(Screen::Absorption, t_string!(i18n, common.screen.absorption))} " · "
                {move || link(Screen::Collagen, t_string!(i18n, common.screen.collagen))}
            </p>
        </section>
    }
}

/// The Compare screen.
#[component]
pub fn Compare() -> impl IntoView {
    let (i18n, state, clock, announcer) = use_frame();

    // Only what the comparison depends on, so unrelated settings do not re-run three models.
    let inputs = Memo::new(move |_| {
        state.with(|s| (s.goal, s.device, s.region, s.sessions, s.interval_weeks))
    });
    let comparison = Memo::new(move |_| {
        let (goal, device, region, sessions, interval) = inputs.get();
        Comparison::new(goal, device, region, sessions, interval)
    });

    effect(move || {
        comparison.with(|cmp| {
            let l = i18n.get_locale();
            let (roller, pen, home) = (cmp.roller(), cmp.pen(), cmp.home());
            announcer.say(fill(
                t_string!(i18n, compare.announce),
                &[
                    ("goal", goal_name(i18n, cmp.goal)),
                    ("pen", &whole(l, pen.channels_per_cm2)),
                    ("roller", &whole(l, roller.channels_per_cm2)),
                    ("home", &whole(l, home.channels_per_cm2)),
                    ("pen_c", &signed(l, pen.collagen_6m_pct)),
                    ("roller_c", &signed(l, roller.collagen_6m_pct)),
                    ("home_c", &signed(l, home.collagen_6m_pct)),
                ],
            ));
        })
    });

    let roller = Signal::derive(move || comparison.with(|c| c.roller().clone()));
    let pen = Signal::derive(move || comparison.with(|c| c.pen().clone()));
    let home = Signal::derive(move || comparison.with(|c| c.home().clone()));
    let chart = Signal::derive(move || {
        comparison.with(|cmp| ChartData {
            title: t_string!(i18n, compare.chart_title).to_string(),
            x_label: t_string!(i18n, compare.x_label).to_string(),
            y_label: t_string!(i18n, compare.y_label).to_string(),
            y2: None,
            x_range: (MONTH.min, MONTH.max),
            y_range: {
                let hi = cmp
                    .columns
                    .iter()
                    .flat_map(|c| c.collagen_curve.iter().map(|p| p.1))
                    .fold(0.0, f64::max);
                (-5.0, (hi * 1.1).max(10.0))
            },
            series: cmp
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| Series {
                    label: device_name(i18n, c.device).to_string(),
                    points: c.collagen_curve.clone(),
                    color: i,
                    dashed: c.device.is_home(),
                    right: false,
                })
                .collect(),
            markers: vec![],
        })
    });
    let curve_rows = Signal::derive(move || {
        let l = i18n.get_locale();
        comparison.with(|cmp| {
            (0..=12)
                .map(|m| {
                    let mut row = vec![whole(l, m as f64)];
                    row.extend(
                        cmp.columns
                            .iter()
                            .map(|c| signed(l, c.collagen_at(m as f64))),
                    );
                    row
                })
                .collect::<Vec<_>>()
        })
    });
    let curve_headers = Signal::derive(move || {
        comparison.with(|cmp| {
            let mut h = vec![t_string!(i18n, compare.col_month)];
            h.extend(cmp.columns.iter().map(|c| device_name(i18n, c.device)));
            h
        })
    });
    let position = Signal::derive(move || {
        fill(
            t_string!(i18n, compare.clock),
            &[
                (
                    "seconds",
                    &whole(i18n.get_locale(), clock.time.get().floor()),
                ),
                ("total", &whole(i18n.get_locale(), SESSION_S)),
            ],
        )
    });

    view! {
        <article class="screen compare" aria-labelledby="compare-title">
            <h1 id="compare-title">{text_of(i18n, |l| td_string!(l, compare.title))}</h1>
            <p class="lead">{text_of(i18n, |l| td_string!(l, compare.intro))}</p>
            <div class="compare-controls">
                <Choice label=|l| td_string!(l, compare.goal_label) testid="goal-select"
                    options=&Goal::ALL key=Goal::key name=goal_name
                    get=|s| s.goal set=|s, g| s.goal = g />
                <Choice label=|l| td_string!(l, compare.home_label) testid="home-select"
                    options=&[Device::HomeRoller, Device::HomeStamp] key=Device::key name=device_name
                    get=|s| crate::model::compare::home_tool(s.device) set=|s, d| *s = s.with_device(d) />
                <TimeControls position=position />
            </div>
            <p class="drawn-note">
                {move || fill(t_string!(i18n, compare.time_note), &[("seconds", &whole(i18n.get_locale(), SESSION_S)), ("area", &whole(i18n.get_locale(), ZONE_CM2))])}
            </p>
            <div class="tool-columns">
                <ToolColumn column=roller />
                <ToolColumn column=pen />
                <ToolColumn column=home />
            </div>
            // Focusable, so keyboard users can scroll it sideways where it is wider than the screen.
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-table-caption">
                // `cards`: on a phone each row is a card, each cell after its tool's name (style/main.css);
                // the explicit roles keep it a table for screen readers once its parts are blocks.
                <table class="compare-table cards" role="table" data-testid="compare-table">
                    <caption id="compare-table-caption">{text_of(i18n, |l| td_string!(l, compare.table_caption))}</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <td role="cell"></td>
                            {move || comparison.with(|c| c.columns.iter().map(|c| view! { <th scope="col" role="columnheader">{device_name(i18n, c.device)}</th> }).collect_view())}
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        {move || {
                            comparison.with(|c| {
                                rows(i18n, &c.columns)
                                    .into_iter()
                                    .map(|(label, cells)| {
                                        view! {
                                            <tr role="row">
                                                <th scope="row" role="rowheader">{label}</th>
                                                {cells.into_iter().zip(&c.columns).map(|(x, col)| view! { <td role="cell" data-label=device_name(i18n, col.device)>{x}</td> }).collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            })
                        }}
                    </tbody>
                </table>
            </div>
            <p class="drawn-note">
                {move || state.with(|s| fill(t_string!(i18n, compare.course_note), &[("sessions", &whole(i18n.get_locale(), s.sessions as f64)), ("interval", &whole(i18n.get_locale(), s.interval_weeks as f64))]))}
            </p>
            <ChartSection data=chart label=|l| td_string!(l, compare.chart_label) table="compare-collagen-table"
                summary=|l| td_string!(l, compare.table_show) caption=|l| td_string!(l, compare.table2_caption)
                headers=curve_headers rows=curve_rows />
            <Bullets id="compare-guidance-h" heading=|l| td_string!(l, compare.guidance_heading)
                items=texts![compare.guidance.deeper, compare.guidance.home, compare.guidance.reuse, compare.guidance.serum] />
        </article>
    }
}
