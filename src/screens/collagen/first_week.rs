//! The first week after a session, hour 0 to day 7: redness fading, water loss through the
//! barrier (TEWL) coming back to normal, swelling and pinpoint bleeding on day 0, and the 48 h
//! aftercare rules laid on the same time axis.

use leptos::prelude::*;

use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::model::days_after::{DaysAfter, Rule, AFTERCARE_H, NORMAL_ACTIVITIES_H, WEEK_H};
use crate::widgets::steady_labels::steady_svg;

const W: f64 = 400.0;
const H: f64 = 208.0;
/// Plot area.
const X0: f64 = 16.0;
/// Room at the right for the last day's number at any label size.
const X1: f64 = 384.0;
const TOP: f64 = 52.0;
const BOTTOM: f64 = 160.0;

pub const REDNESS: &str = "#d0342c";
pub const BARRIER: &str = "#2f7fd0";
pub const SWELLING: &str = "#d98a1c";
const AFTERCARE: &str = "#f2c14e";

fn x_of(hours: f64) -> f64 {
    X0 + hours / WEEK_H * (X1 - X0)
}

/// Path data of a curve 0..1 over the week, hourly.
fn curve(f: impl Fn(f64) -> f64) -> String {
    (0..=WEEK_H as usize)
        .map(|h| {
            let v = f(h as f64);
            let v = if v.is_finite() {
                v.clamp(0.0, 1.0)
            } else {
                0.0
            };
            let y = BOTTOM - v * (BOTTOM - TOP);
            format!(
                "{}{:.1} {y:.1}",
                if h == 0 { "M" } else { "L" },
                x_of(h as f64)
            )
        })
        .collect()
}

/// The first week's picture for one session's setting.
#[component]
pub fn FirstWeek(
    #[prop(into)] after: Signal<DaysAfter>,
    #[prop(into)] label: Signal<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Labels keep a steady on-screen size (style/main.css, `.week-label`), whatever the width.
    let svg = steady_svg();
    let rules = move || {
        Rule::ALL
            .iter()
            .map(|r| match r {
                Rule::NoSun => t_string!(i18n, collagen.week.no_sun),
                Rule::NoHarshProducts => t_string!(i18n, collagen.week.no_harsh),
                Rule::NoHeavyMakeup => t_string!(i18n, collagen.week.no_makeup),
                Rule::NormalActivities => "",
            })
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let days = (0..=7).map(|d| {
        let x = x_of(d as f64 * 24.0);
        view! {
            <line x1=x x2=x y1=TOP y2=BOTTOM + 4.0 stroke="currentColor" stroke-opacity="0.25"></line>
            <text class="week-label" x=x y=BOTTOM + 20.0 text-anchor="middle" fill="currentColor">
                {move || crate::i18n::numbers::whole(i18n.get_locale(), d as f64)}
            </text>
        }
    });
    view! {
        <p class="drawn-note" data-testid="aftercare-rules">{rules}</p>
        <svg class="dermis first-week" node_ref=svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=label data-testid="first-week">
            // The 48 h band, its words above it: on a phone they are wider than 48 h of the axis.
            <rect x=X0 y="22" width=x_of(AFTERCARE_H) - X0 height="7" rx="2" fill=AFTERCARE stroke="#8a6400" stroke-width="1"></rect>
            <text class="week-label aftercare-label" x=X0 y="18" fill="currentColor">{text_of(i18n, |l| td_string!(l, collagen.week.aftercare))}</text>
            <line x1=x_of(NORMAL_ACTIVITIES_H) x2=x_of(NORMAL_ACTIVITIES_H) y1="22" y2=BOTTOM stroke="currentColor" stroke-dasharray="3 3"></line>
            <text class="week-label" x=x_of(NORMAL_ACTIVITIES_H) + 4.0 y="47" fill="currentColor">
                {text_of(i18n, |l| td_string!(l, collagen.week.normal_activities))}
            </text>
            {days.collect_view()}
            <line x1=X0 x2=X1 y1=BOTTOM y2=BOTTOM stroke="currentColor"></line>
            <path d=move || after.with(|a| curve(|h| a.swelling_at(h))) fill="none" stroke=SWELLING stroke-width="2.5" stroke-dasharray="2 3"></path>
            <path d=move || after.with(|a| curve(|h| a.barrier_at(h))) fill="none" stroke=BARRIER stroke-width="3" stroke-dasharray="8 4"></path>
            <path d=move || after.with(|a| curve(|h| a.redness_at(h))) fill="none" stroke=REDNESS stroke-width="3.5"></path>
            <Show when=move || after.with(|a| a.bleeding)>
                <path d=format!("M{X0} {}l-5 9a5 5 0 1 0 10 0z", TOP - 6.0) fill=REDNESS></path>
            </Show>
            <text class="week-label" x=(X0 + X1) / 2.0 y=H - 6.0 text-anchor="middle" fill="currentColor">
                {text_of(i18n, |l| td_string!(l, collagen.week.x_label))}
            </text>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_stay_in_the_plot() {
        let d = curve(|h| 1.0 - h / WEEK_H);
        assert!(d.starts_with("M16.0 52.0") && d.ends_with("L384.0 160.0"));
        assert!(!curve(|_| f64::NAN).contains("NaN"));
    }
}
