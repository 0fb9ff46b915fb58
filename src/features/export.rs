//! A chart's numbers as CSV, and the download of a chart's files (the PNG is drawn by
//! `widgets::chart`) under a name that says which screen and settings they show.

use wasm_bindgen::JsCast;

use crate::app::settings::{to_query, Settings};
use crate::widgets::chart::ChartData;

/// `microneedling-collagen-pen-1.5mm-sessions-5`: the screen, the device, then every setting
/// that differs from the defaults (display settings left out).
pub fn file_stem(s: &Settings) -> String {
    let mut name = format!(
        "microneedling-{}-{}-{}mm",
        s.screen.key(),
        s.device.key(),
        crate::app::settings::format_number(s.depth_mm)
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

/// The chart's series as columns against its x axis, one row per point of the first series (the
/// screens sample every series at the same times); each header names its axis, which carries the
/// unit. Values are full precision with a decimal point in every language, as spreadsheets and
/// scripts expect; the first header says so in the page's language (`decimal_note`).
pub fn csv(data: &ChartData, decimal_note: &str) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = quote(&format!("{} · {decimal_note}", data.x_label));
    for s in &data.series {
        let axis = match (&data.y2, s.right) {
            (Some((label, _)), true) => label,
            _ => &data.y_label,
        };
        out.push(',');
        out.push_str(&quote(&format!("{} — {axis}", s.label)));
    }
    out.push_str("\r\n");
    let xs = data.series.first().map_or(&[][..], |s| &s.points[..]);
    for &(x, _) in xs {
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
pub fn csv_href(data: &ChartData, decimal_note: &str) -> String {
    // A byte-order mark, so spreadsheet programs read µ and accents as UTF-8.
    let text = format!("\u{feff}{}", csv(data, decimal_note));
    format!(
        "data:text/csv;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&text))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widgets::chart::Series;

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
                series("Needled", &[(0.0, 0.0), (1.0, 7.25), (2.0, 10.5)], false),
                series("Open", &[(0.0, 100.0), (2.0, 13.5)], true),
            ],
            ..ChartData::default()
        };
        let text = csv(&data, "decimal point: .");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "\"Time (h) · decimal point: .\",\"Needled — Delivered (µg/cm²)\",\"Open — Channels open (%)\"",
                "0,0,100",
                "1,7.25,",
                "2,10.5,13.5",
            ]
        );
    }

    #[test]
    fn file_names_say_screen_and_settings() {
        let (s, _) = crate::app::settings::parse([
            ("screen", "collagen"),
            ("sessions", "5"),
            ("lang", "es"),
            ("theme", "dark"),
        ]);
        assert_eq!(file_stem(&s), "microneedling-collagen-pen-1mm-sessions-5");
    }
}
