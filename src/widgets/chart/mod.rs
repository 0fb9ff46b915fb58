//! One chart component for every time series: plotters drawing on a canvas sized for the device
//! pixel ratio, in the theme's colours, redrawn only when its data, size, theme or language
//! changes; below it, its PNG and CSV downloads.

mod data;
mod draw;
mod section;

pub use data::{ChartData, Series};
pub use draw::draw;
pub use section::ChartSection;

use leptos::prelude::*;

use crate::app::effect::effect;
use crate::app::url::use_app_state;
use crate::app::window_events::use_resized;
use crate::features::export::{csv_href, download, file_stem};
use crate::i18n::fill::fill;
use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::widgets::chart::draw::png_href;
use crate::widgets::live_region::use_announcer;

/// numbers).
#[component]
pub fn Chart(
    #[prop(into)] data: Signal<ChartData>,
    #[prop(into)] label: Signal<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    // The canvas's box follows the window's width, so a window resize redraws; the box is measured
    // at draw time (cheaper than a ResizeObserver, which costs ~7 KB of wasm).
    let resized = use_resized();
    effect(move || {
        resized.track();
        // Colours come from the stylesheet: redraw on a theme or accent change, one frame later,
        // once the new theme applies.
        state.with(|s| (s.theme, s.accent));
        // The axes' numbers follow the language.
        let locale = i18n.get_locale();
        let data = data.get();
        let Some(canvas) = canvas.get() else { return };
        request_animation_frame(move || {
            let (w, h) = (canvas.client_width() as f64, canvas.client_height() as f64);
            if w < 1.0 || h < 1.0 {
                return;
            }
            let dpr = window().device_pixel_ratio().clamp(1.0, 4.0);
            canvas.set_width((w * dpr).round() as u32);
            canvas.set_height((h * dpr).round() as u32);
            let _ = draw(&canvas, &data, locale, dpr, None);
        });
    });
    // The key is HTML: crisp at any zoom, translated with the page, and no text for plotters to
    // measure.
    let key = move || {
        data.with(|d| {
            d.series
                .iter()
                .map(|s| {
                    let class = format!(
                        "swatch series-{}{}",
                        s.color,
                        if s.dashed { " dashed" } else { "" }
                    );
                    let label = s.label.clone();
                    view! { <li><span class=class></span>{label}</li> }
                })
                .collect_view()
        })
    };
    let announcer = use_announcer();
    // Starts the download of one of the chart's files and says so.
    let deliver = move |extension: &str, href: Option<String>| {
        let Some(href) = href else { return };
        let name = format!("{}.{extension}", file_stem(&state.settings()));
        download(&name, &href);
        announcer.say(fill(
            t_string!(i18n, common.export.done),
            &[("name", &name)],
        ));
    };
    let save_png = move |_| {
        let href = canvas.get_untracked().and_then(|c| {
            let (w, h) = (c.client_width() as f64, c.client_height() as f64);
            data.with_untracked(|d| {
                png_href(
                    d,
                    i18n.get_locale_untracked(),
                    w.max(320.0),
                    h.max(200.0),
                    t_string!(i18n, common.export.source),
                )
            })
        });
        deliver("png", href);
    };
    let save_csv = move |_| {
        let note = t_string!(i18n, common.export.decimal_note);
        deliver("csv", Some(data.with_untracked(|d| csv_href(d, note))));
    };
    view! {
        <figure class="chart-figure">
            <figcaption class="chart-title">{move || data.with(|d| d.title.clone())}</figcaption>
            <canvas class="chart" node_ref=canvas role="img" aria-label=label></canvas>
            <ul class="key chart-key" aria-hidden="true">{key}</ul>
            <div class="export">
                <button type="button" class="btn" data-testid="export-png" on:click=save_png>
                    {text_of(i18n, |l| td_string!(l, common.export.png))}
                </button>
                <button type="button" class="btn" data-testid="export-csv" on:click=save_csv>
                    {text_of(i18n, |l| td_string!(l, common.export.csv))}
                </button>
            </div>
        </figure>
    }
}
