//! A chart's picture (PNG, at twice its size, with title, key and source line) and its numbers
//! (CSV), downloaded under a name that says which screen and settings they show.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::settings::{to_query, Settings};
use crate::view::chart::{draw, ChartData};

/// `microneedling-collagen-pen-1.5mm-sessions-5`: the screen, the device, then every setting
/// that differs from the defaults (display settings left out).
pub fn file_stem(s: &Settings) -> String {
    let mut name = format!(
        "microneedling-{}-{}-{}mm",
        s.screen.key(),
        s.device.key(),
        crate::settings::format_number(s.depth_mm)
    );
    for (k, v) in to_query(s) {
        if !matches!(
            k,
            "screen"
                | "device"
                | "depth"
                | "lang"
                | "theme"
                | "accent"
                | "screens"
                | "embed"
                | "motion"
                | "tour"
        ) {
            name.push_str(&format!("-{k}-{v}"));
        }
    }
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The chart's series as columns against its x axis, one row per x value; each header names
/// its axis, which carries the unit. Values are full precision with a dot, as spreadsheets expect.
pub fn csv(data: &ChartData) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut xs: Vec<f64> = data
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .filter(|x| x.is_finite())
        .collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    let mut out = quote(&data.x_label);
    for s in &data.series {
        let axis = match (&data.y2, s.right) {
            (Some((label, _)), true) => label,
            _ => &data.y_label,
        };
        out.push(',');
        out.push_str(&quote(&format!("{} — {axis}", s.label)));
    }
    out.push_str("\r\n");
    for x in xs {
        out.push_str(&x.to_string());
        for s in &data.series {
            out.push(',');
            if let Some(&(_, y)) = s.points.iter().find(|p| p.0 == x) {
                if y.is_finite() {
                    out.push_str(&y.to_string());
                }
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// Starts a download of `href` as `name`.
pub fn download(name: &str, href: &str) {
    let doc = leptos::prelude::document();
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", href);
    let _ = a.set_attribute("download", name);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
}

/// The CSV as a `data:` URL (a strict CSP allows downloading one).
pub fn csv_href(data: &ChartData) -> String {
    // A byte-order mark, so spreadsheet programs read µ and accents as UTF-8.
    let text = format!("\u{feff}{}", csv(data));
    format!(
        "data:text/csv;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&text))
    )
}

/// The chart drawn at 2× on a fresh canvas, framed by its title, key and source line.
pub fn png_href(data: &ChartData, width: f64, height: f64, source: &str) -> Option<String> {
    const SCALE: f64 = 2.0;
    let doc = leptos::prelude::document();
    let make = |w: f64, h: f64| -> Option<HtmlCanvasElement> {
        let c: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
        c.set_width((w * SCALE) as u32);
        c.set_height((h * SCALE) as u32);
        Some(c)
    };
    let plot = make(width, height)?;
    // The new canvas takes the page's colours while it is in the document.
    doc.body()?.append_child(&plot).ok()?;
    let drawn = draw(&plot, data, SCALE);
    plot.remove();
    drawn.ok()?;

    let (top, bottom) = (40.0, 34.0 + 22.0 * data.series.len().div_ceil(3) as f64);
    let page = make(width, height + top + bottom)?;
    let cx: CanvasRenderingContext2d = page.get_context("2d").ok()??.dyn_into().ok()?;
    let _ = cx.scale(SCALE, SCALE);
    let style = leptos::prelude::window()
        .get_computed_style(&doc.document_element()?)
        .ok()??;
    let var = |name: &str| style.get_property_value(name).unwrap_or_default();
    cx.set_fill_style_str(var("--surface").trim());
    cx.fill_rect(0.0, 0.0, width, height + top + bottom);
    let _ = cx.draw_image_with_html_canvas_element_and_dw_and_dh(&plot, 0.0, top, width, height);
    cx.set_fill_style_str(var("--text").trim());
    cx.set_font("bold 18px sans-serif");
    let _ = cx.fill_text(&data.title, 10.0, 26.0);
    // The key, three entries a row, in the chart's own colours.
    cx.set_font("14px sans-serif");
    cx.set_line_width(3.0);
    for (i, s) in data.series.iter().enumerate() {
        let x = 10.0 + (i % 3) as f64 * (width - 20.0) / 3.0;
        let y = top + height + 18.0 + (i / 3) as f64 * 22.0;
        let color = if s.color == 0 {
            var("--accent")
        } else {
            var(&format!("--chart-{}", s.color))
        };
        cx.set_stroke_style_str(color.trim());
        let dash = js_sys::Array::new();
        if s.dashed {
            dash.push(&6.0.into());
            dash.push(&4.0.into());
        }
        let _ = cx.set_line_dash(&dash);
        cx.begin_path();
        cx.move_to(x, y - 5.0);
        cx.line_to(x + 24.0, y - 5.0);
        cx.stroke();
        let _ = cx.fill_text(&s.label, x + 30.0, y);
    }
    cx.set_font("12px sans-serif");
    cx.set_fill_style_str(var("--muted").trim());
    let _ = cx.fill_text(source, 10.0, height + top + bottom - 10.0);
    page.to_data_url().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::chart::Series;

    fn series(label: &str, points: &[(f64, f64)], right: bool) -> Series {
        Series {
            label: label.into(),
            points: points.to_vec(),
            color: 0,
            dashed: false,
            right,
        }
    }

    #[test]
    fn csv_has_a_header_with_units_and_a_row_per_time_point() {
        let data = ChartData {
            x_label: "Time (h)".into(),
            y_label: "Delivered (µg/cm²)".into(),
            y2: Some(("Channels open (%)".into(), (0.0, 100.0))),
            series: vec![
                series("Needled", &[(0.0, 0.0), (2.0, 10.5)], false),
                series("Open", &[(0.0, 100.0), (1.0, 37.0), (2.0, 13.5)], true),
            ],
            ..ChartData::default()
        };
        let text = csv(&data);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "\"Time (h)\",\"Needled — Delivered (µg/cm²)\",\"Open — Channels open (%)\"",
                "0,0,100",
                "1,,37",
                "2,10.5,13.5",
            ]
        );
    }

    #[test]
    fn file_names_say_screen_and_settings() {
        let (s, _) = crate::settings::parse([
            ("screen", "collagen"),
            ("sessions", "5"),
            ("lang", "es"),
            ("theme", "dark"),
        ]);
        assert_eq!(file_stem(&s), "microneedling-collagen-pen-1mm-sessions-5");
    }
}
