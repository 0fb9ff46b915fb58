//! Labels drawn inside an SVG picture scale with the picture: tiny on a phone, huge on a desktop.
//! This keeps them at a steady on-screen size instead: it sets `--k`, the picture's user units per
//! CSS pixel, on the `<svg>`, and the stylesheet sizes each label as `calc(13px * var(--k))`.
//!
//! Measured only when the picture's box changes (a ResizeObserver, which also fires once on mount)
//! or when `watch` changes (a new viewBox); nothing runs per frame.

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{CssStyleDeclaration, Element, ResizeObserver};

use crate::app::effect::effect;

/// User units per CSS pixel for a viewBox `vw` × `vh` units drawn in a `w` × `h` px box: with
/// "meet" the tighter direction sets the scale; with "none" (the box keeps the viewBox's aspect)
/// both directions agree. `None` while the box is not laid out.
pub fn units_per_px(vw: f64, vh: f64, w: f64, h: f64) -> Option<f64> {
    if w < 1.0 || h < 1.0 {
        return None;
    }
    let k = (vw / w).max(vh / h);
    (k.is_finite() && k > 0.0).then_some(k)
}

/// A property of a JS object (read generically: these SVG DOM types are not compiled into
/// web-sys here, and parsing the viewBox text would link Rust's float parser, ~15 KB of wasm).
fn prop(of: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(of, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn measure(el: &Element) {
    // The viewBox as the browser parsed it.
    let view_box = prop(&prop(el, "viewBox"), "baseVal");
    let size = |name| prop(&view_box, name).as_f64().unwrap_or(0.0);
    let Some(k) = units_per_px(
        size("width"),
        size("height"),
        el.client_width() as f64,
        el.client_height() as f64,
    ) else {
        return;
    };
    // Through the CSS object model (allowed by the CSP, unlike a `style` attribute); `style` on
    // an SVG element is not `HtmlElement::style`.
    let _ = prop(el, "style")
        .unchecked_into::<CssStyleDeclaration>()
        .set_property("--k", &format!("{k:.4}"));
}

/// A node ref for an `<svg>` whose viewBox never changes, its labels kept at a steady size.
pub fn steady_svg() -> NodeRef<leptos::svg::Svg> {
    let svg = NodeRef::new();
    steady_labels(svg, || ());
    svg
}

/// Keeps the labels of the picture `svg` at a steady on-screen size; `watch` is read so that a
/// change of the picture's viewBox measures again.
pub fn steady_labels(svg: NodeRef<leptos::svg::Svg>, watch: impl Fn() + 'static) {
    effect(move || {
        watch();
        let Some(svg) = svg.get() else { return };
        let el: Element = svg.unchecked_into();
        let target = el.clone();
        let changed = Closure::<dyn FnMut()>::new(move || measure(&target));
        // A new observer reports the box once, after the new viewBox is laid out.
        let Ok(observer) = ResizeObserver::new(changed.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&el);
        let held = SendWrapper::new((observer, changed));
        on_cleanup(move || held.take().0.disconnect());
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_follows_the_tighter_direction() {
        assert_eq!(units_per_px(400.0, 200.0, 200.0, 100.0), Some(2.0));
        // Height-limited ("meet" letterboxes the width).
        assert_eq!(units_per_px(600.0, 300.0, 600.0, 150.0), Some(2.0));
        assert_eq!(units_per_px(128.0, 96.0, 512.0, 384.0), Some(0.25));
        assert_eq!(units_per_px(400.0, 200.0, 0.0, 0.0), None);
        // No viewBox yet.
        assert_eq!(units_per_px(0.0, 0.0, 100.0, 100.0), None);
    }
}
