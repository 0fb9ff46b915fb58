//! Drawing a chart with plotters on a canvas: the theme's colours from the stylesheet, axes drawn
//! by hand (docs/architecture.md, "Size by structure"), numbers in the page's language.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::app::math::log10;
use crate::app::number::parse_f64;
use crate::i18n::numbers::up_to;
use crate::i18n::Locale;
use crate::widgets::chart::data::ChartData;

/// Error of the canvas wrapper; plotters-canvas does not export its own.
#[derive(Debug)]
pub struct ChartError(String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ChartError {}

type Drawn<T = ()> = Result<T, DrawingErrorKind<ChartError>>;

fn cast<T, E: std::error::Error + Send + Sync>(r: Result<T, DrawingErrorKind<E>>) -> Drawn<T> {
    r.map_err(|e| match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(ChartError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    })
}

/// plotters-canvas, except that text is measured with the canvas itself: plotters' own web font
/// measure appends a styled `<span>`, which a strict Content-Security-Policy blocks.
struct Canvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl DrawingBackend for Canvas {
    type ErrorType = ChartError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Drawn {
        cast(self.inner.ensure_prepared())
    }
    fn present(&mut self) -> Drawn {
        cast(self.inner.present())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        cast(self.inner.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        cast(self.inner.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        cast(self.inner.draw_rect(upper_left, bottom_right, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        cast(self.inner.draw_path(path, style))
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        cast(self.inner.draw_circle(center, radius, style, fill))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        cast(self.inner.fill_polygon(vert, style))
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        cast(self.inner.draw_text(text, style, pos))
    }
    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Drawn<(u32, u32)> {
        self.context.set_font(&font(
            style.style().as_str(),
            style.size(),
            style.family().as_str(),
        ));
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or(0.0);
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}

fn font(style: &str, size: f64, family: &str) -> String {
    format!("{style} {size}px {family}")
}

/// Colours and sizes of the current theme, read from the stylesheet's custom properties.
#[derive(Clone)]
struct Look {
    ink: RGBColor,
    grid: RGBColor,
    background: RGBColor,
    palette: [RGBColor; 4],
    /// Line width and font size in CSS pixels.
    line: f64,
    font: f64,
}

fn hex(s: &str) -> Option<RGBColor> {
    let s = s.trim().strip_prefix('#')?;
    if s.len() != 6 {
        return None;
    }
    let v = u32::from_str_radix(s, 16).ok()?;
    Some(RGBColor((v >> 16) as u8, (v >> 8) as u8, v as u8))
}

fn look(canvas: &HtmlCanvasElement) -> Look {
    let style = window().get_computed_style(canvas).ok().flatten();
    let var = |name: &str, fallback: RGBColor| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .and_then(|v| hex(&v))
            .unwrap_or(fallback)
    };
    let number = |name: &str, fallback: f64| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .and_then(|v| parse_f64(v.trim()))
            .filter(|x| x.is_finite() && *x > 0.0)
            .unwrap_or(fallback)
    };
    let ink = var("--text", RGBColor(0x1d, 0x1b, 0x1a));
    Look {
        ink,
        grid: var("--grid", RGBColor(0xd6, 0xd0, 0xca)),
        background: var("--surface", WHITE),
        palette: [
            var("--accent", RGBColor(0xa3, 0x34, 0x4f)),
            var("--chart-1", RGBColor(0x1f, 0x5f, 0x99)),
            var("--chart-2", RGBColor(0x2e, 0x7d, 0x32)),
            var("--chart-3", RGBColor(0x6a, 0x3d, 0x9a)),
        ],
        line: number("--chart-line", 2.0),
        font: number("--chart-font", 13.0),
    }
}

/// Draws `data` onto `canvas` at `scale` device pixels per CSS pixel, its numbers written for
/// `locale`. With a `source` line (for a picture that leaves the page), the canvas grows to take a
/// title above and the key and the source below.
pub fn draw(
    canvas: &HtmlCanvasElement,
    data: &ChartData,
    locale: Locale,
    scale: f64,
    source: Option<&str>,
) -> Drawn {
    let look = look(canvas);
    let font = look.font * scale;
    let rows = data.series.len().div_ceil(3) as f64;
    let (top, bottom) = match source {
        Some(_) => (font * 2.8, font * (2.0 * rows + 2.6)),
        None => (0.0, 0.0),
    };
    canvas.set_height(canvas.height() + (top + bottom) as u32);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| DrawingErrorKind::DrawingError(ChartError("no 2d context".into())))?;
    let inner = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| DrawingErrorKind::DrawingError(ChartError("no canvas backend".into())))?;
    let root = Canvas { inner, context }.into_drawing_area();
    cast_area(root.fill(&look.background))?;
    plot(
        &root,
        &root.margin(top as u32, bottom as u32, 0, 0),
        data,
        &look,
        locale,
        scale,
    )?;
    if let Some(source) = source {
        let text = (FontFamily::SansSerif, font).into_font().color(&look.ink);
        let at = |x: f64, y: f64| ((x * font) as i32, (y * font) as i32);
        let (_, h) = root.dim_in_pixel();
        let h = h as f64 / font;
        cast_area(
            root.draw(&Text::new(
                data.title.clone(),
                at(0.8, 0.8),
                (FontFamily::SansSerif, font * 1.3, FontStyle::Bold)
                    .into_font()
                    .color(&look.ink),
            )),
        )?;
        let column = canvas.width() as f64 / font / 3.0;
        for (i, s) in data.series.iter().enumerate() {
            let (x, y) = (
                0.8 + (i % 3) as f64 * column,
                h - bottom / font + 1.2 + (i / 3) as f64 * 2.0,
            );
            let style = ShapeStyle::from(&look.palette[s.color % look.palette.len()])
                .stroke_width((look.line * scale) as u32);
            let dash = if s.dashed { 0.8 } else { 2.0 };
            let mut k = 0.0;
            while k + dash <= 2.0 {
                cast_area(root.draw(&PathElement::new(
                    vec![at(x + k, y + 0.6), at(x + k + dash, y + 0.6)],
                    style,
                )))?;
                k += 1.2;
            }
            cast_area(root.draw(&Text::new(s.label.clone(), at(x + 2.8, y), text.clone())))?;
        }
        cast_area(root.draw(&Text::new(source.to_string(), at(0.8, h - 1.6), text)))?;
    }
    cast_area(root.present())
}

/// `title` in lines that fit `room` pixels at a font of `size` or a little smaller: one line if it
/// fits at 80 % of `size`, else two, split at the space nearest the middle.
fn fit_title(
    area: &DrawingArea<Canvas, Shift>,
    title: &str,
    room: f64,
    size: f64,
) -> (Vec<String>, f64) {
    let width = |s: &str, size: f64| {
        let style = TextStyle::from((FontFamily::SansSerif, size).into_font());
        area.estimate_text_size(s, &style)
            .map_or(0.0, |(w, _)| w as f64)
    };
    let shrink = |lines: &[&str]| {
        let widest = lines.iter().map(|l| width(l, size)).fold(0.0, f64::max);
        if widest <= room {
            size
        } else {
            size * room / widest
        }
    };
    let one = shrink(&[title]);
    if one >= 0.8 * size {
        return (vec![title.to_string()], one);
    }
    let middle = title.len() / 2;
    let split = title
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(middle));
    match split {
        Some(i) => {
            let (a, b) = (title[..i].trim(), title[i..].trim());
            (vec![a.to_string(), b.to_string()], shrink(&[a, b]))
        }
        None => (vec![title.to_string()], one),
    }
}

fn cast_area<T, E: std::error::Error + Send + Sync>(
    r: Result<T, plotters::drawing::DrawingAreaErrorKind<E>>,
) -> Drawn<T> {
    r.map_err(|e| DrawingErrorKind::DrawingError(ChartError(e.to_string())))
}

/// Plots into `inner`; axes and labels are drawn in `area`'s (the whole canvas's) pixels.
fn plot(
    area: &DrawingArea<Canvas, Shift>,
    inner: &DrawingArea<Canvas, Shift>,
    data: &ChartData,
    look: &Look,
    locale: Locale,
    scale: f64,
) -> Drawn {
    let px = |x: f64| (x * scale).round() as u32;
    let text = (FontFamily::SansSerif, look.font * scale)
        .into_font()
        .color(&look.ink);
    let finite = |(a, b): (f64, f64)| {
        if a.is_finite() && b.is_finite() && b > a {
            (a, b)
        } else {
            (0.0, 1.0)
        }
    };
    let (x0, x1) = finite(data.x_range);
    let (y0, y1) = finite(data.y_range);
    let right = data.y2.as_ref().map(|(label, r)| (label, finite(*r)));
    // One coordinate system only (a second one doubles plotters' code): right-axis series are
    // mapped onto the left axis, and the right axis is drawn by hand.
    let to_left = |v: f64| match right {
        Some((_, (z0, z1))) => y0 + (v - z0) / (z1 - z0) * (y1 - y0),
        None => v,
    };
    let mut chart = cast_area(
        ChartBuilder::on(inner)
            .margin(px(10.0))
            // The right axis goes in the margin: a right label area would repeat the left labels.
            .margin_right(if right.is_some() {
                px(look.font * 3.5)
            } else {
                px(10.0)
            })
            .x_label_area_size(px(look.font * 3.2))
            .y_label_area_size(px(look.font * 4.6))
            .build_cartesian_2d(x0..x1, y0..y1),
    )?;
    let line = (look.line * scale).max(1.0) as u32;
    let axis = ShapeStyle::from(&look.ink).stroke_width(line.max(1));
    let grid = ShapeStyle::from(&look.grid).stroke_width(1);
    // Axes, ticks and labels are drawn by hand on the whole canvas (plotters' mesh costs ~6 KB
    // of wasm more), in canvas pixels from the chart's own mapping.
    let at = |x: f64, y: f64| chart.backend_coord(&(x, y));
    let (left, bottom) = at(x0, y0);
    let (right_edge, top) = at(x1, y1);
    let (tick_len, gap) = (px(5.0) as i32, px(8.0) as i32);
    let path = |points: Vec<(i32, i32)>, style: ShapeStyle| {
        cast_area(area.draw(&PathElement::new(points, style)))
    };
    let label = |s: String, at: (i32, i32), h: HPos, v: VPos| {
        cast_area(area.draw(&Text::new(s, at, text.clone().pos(Pos::new(h, v)))))
    };
    for y in ticks(y0, y1) {
        let (_, py) = at(x0, y);
        path(vec![(left, py), (right_edge, py)], grid)?;
        path(vec![(left - tick_len, py), (left, py)], axis)?;
        label(tick(locale, y), (left - gap, py), HPos::Right, VPos::Center)?;
    }
    for x in ticks(x0, x1) {
        let (px_, _) = at(x, y0);
        path(vec![(px_, top), (px_, bottom)], grid)?;
        path(vec![(px_, bottom), (px_, bottom + tick_len)], axis)?;
        label(
            tick(locale, x),
            (px_, bottom + gap),
            HPos::Center,
            VPos::Top,
        )?;
    }
    path(
        vec![(left, top), (left, bottom), (right_edge, bottom)],
        axis,
    )?;
    let middle = |a: i32, b: i32| (a + b) / 2;
    label(
        data.x_label.clone(),
        (
            middle(left, right_edge),
            bottom + px(look.font * 1.9) as i32,
        ),
        HPos::Center,
        VPos::Top,
    )?;
    // The axis titles run along the axes, fitted to their height (a phone's chart is short).
    let (canvas_w, _) = area.dim_in_pixel();
    let vertical = |title: &str, x: f64, turn: FontTransform, step: f64| {
        let (lines, size) = fit_title(area, title, (bottom - top) as f64, look.font * scale);
        let style = (FontFamily::SansSerif, size).into_font().color(&look.ink);
        for (i, line) in lines.iter().enumerate() {
            cast_area(
                area.draw(&Text::new(
                    line.clone(),
                    (
                        (x + step * i as f64 * size * 1.15) as i32,
                        middle(top, bottom),
                    ),
                    style
                        .clone()
                        .transform(turn.clone())
                        .pos(Pos::new(HPos::Center, VPos::Top)),
                )),
            )?;
        }
        Ok(())
    };
    vertical(
        &data.y_label,
        look.font * scale * 0.4,
        FontTransform::Rotate270,
        1.0,
    )?;
    if let Some((title, (z0, z1))) = right {
        vertical(
            title,
            canvas_w as f64 - look.font * scale * 0.4,
            FontTransform::Rotate90,
            -1.0,
        )?;
        path(vec![(right_edge, top), (right_edge, bottom)], axis)?;
        for k in 0..=4 {
            let v = z0 + (z1 - z0) * k as f64 / 4.0;
            let (_, y) = at(x1, to_left(v));
            path(vec![(right_edge, y), (right_edge + tick_len, y)], axis)?;
            label(
                tick(locale, v),
                (right_edge + gap, y),
                HPos::Left,
                VPos::Center,
            )?;
        }
    }
    for &m in &data.markers {
        let style = ShapeStyle::from(&look.ink).stroke_width((line / 2).max(1));
        cast_area(chart.draw_series(std::iter::once(PathElement::new(
            vec![(m, y0), (m, y1)],
            style,
        ))))?;
    }
    for s in &data.series {
        let color = look.palette[s.color % look.palette.len()];
        let style = ShapeStyle::from(&color).stroke_width(line);
        let points = s
            .points
            .iter()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
            .map(|&(x, y)| (x, if s.right { to_left(y) } else { y }));
        if s.dashed {
            cast_area(chart.draw_series(DashedLineSeries::new(points, px(8.0), px(5.0), style)))?;
        } else {
            cast_area(chart.draw_series(LineSeries::new(points, style)))?;
        }
    }
    Ok(())
}

/// Round values (1, 2 or 5 × a power of ten) for about six ticks across `[a, b]`.
fn ticks(a: f64, b: f64) -> Vec<f64> {
    let raw = (b - a) / 6.0;
    let power = 10f64.powf(log10(raw).floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * power);
    let (first, last) = (
        (a / step - 1e-9).ceil() as i64,
        (b / step + 1e-9).floor() as i64,
    );
    (first..=last).map(|k| k as f64 * step).collect()
}

/// Axis numbers: as many decimals as the round tick value has (0.02, 0.0005, 10).
fn tick(locale: Locale, v: f64) -> String {
    up_to(locale, v, 6)
}

/// The chart drawn at 2× on a fresh canvas, framed by its title, key and source line.
pub fn png_href(
    data: &ChartData,
    locale: Locale,
    width: f64,
    height: f64,
    source: &str,
) -> Option<String> {
    let doc = leptos::prelude::document();
    let canvas: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width((width * 2.0) as u32);
    canvas.set_height((height * 2.0) as u32);
    // In the document while drawing, so it takes the page's colours.
    doc.body()?.append_child(&canvas).ok()?;
    let drawn = draw(&canvas, data, locale, 2.0, Some(source));
    canvas.remove();
    drawn.ok()?;
    canvas.to_data_url().ok()
}

#[cfg(test)]
mod tests {
    use super::{tick, ticks};
    use crate::i18n::Locale;

    #[test]
    fn ticks_are_round_and_inside_the_range() {
        assert_eq!(ticks(0.0, 12.0), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0]);
        assert_eq!(ticks(0.0, 48.0), [0.0, 10.0, 20.0, 30.0, 40.0]);
        assert_eq!(
            ticks(0.0, 1.0),
            [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        let t = ticks(-3.2, 57.9);
        assert_eq!(t, [0.0, 20.0, 40.0]);
    }

    #[test]
    fn tick_labels_keep_small_steps_apart() {
        let labels: Vec<String> = ticks(0.0, 0.06)
            .into_iter()
            .map(|v| tick(Locale::en, v))
            .collect();
        assert_eq!(
            labels,
            ["0", "0.01", "0.02", "0.03", "0.04", "0.05", "0.06"]
        );
        assert_eq!(tick(Locale::es, 0.0005), "0,0005");
        assert_eq!(tick(Locale::en, 20.0), "20");
    }
}
