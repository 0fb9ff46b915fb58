//! A scalar field painted as a colour image: one canvas pixel per model cell, smoothed by the
//! browser when scaled, in viridis (perceptually uniform and readable with colour-blindness).

use leptos::prelude::*;
use plotters::style::colors::colormaps::{ColorMap, ViridisRGB};
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, ImageData};

use crate::i18n::text::effect;

/// Values on a grid, row by row from the surface down; 0 is none, 1 the highest the scale shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    pub nx: usize,
    pub nz: usize,
    pub values: Vec<f32>,
}

/// RGBA pixels for `grid`; values outside 0..1 (or not numbers) are clamped.
pub fn pixels(grid: &Grid) -> Vec<u8> {
    let mut out = Vec::with_capacity(grid.nx * grid.nz * 4);
    for &v in grid.values.iter().take(grid.nx * grid.nz) {
        let v = if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let c = ViridisRGB.get_color(v);
        out.extend_from_slice(&[c.0, c.1, c.2, 255]);
    }
    out
}

/// The field as an image stretched over its box; redrawn only when the grid changes.
#[component]
pub fn FieldImage(#[prop(into)] grid: Signal<Grid>) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    effect(move || {
        let Some(canvas) = canvas.get() else { return };
        grid.with(|g| {
            if g.nx == 0 || g.nz == 0 || g.values.len() < g.nx * g.nz {
                return;
            }
            canvas.set_width(g.nx as u32);
            canvas.set_height(g.nz as u32);
            let context = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
            let data = pixels(g);
            if let (Some(context), Ok(image)) = (
                context,
                ImageData::new_with_u8_clamped_array_and_sh(
                    Clamped(&data),
                    g.nx as u32,
                    g.nz as u32,
                ),
            ) {
                let _ = context.put_image_data(&image, 0.0, 0.0);
            }
        });
    });
    view! { <canvas class="field" node_ref=canvas aria-hidden="true"></canvas> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixels_are_opaque_and_clamped() {
        let g = Grid {
            nx: 2,
            nz: 2,
            values: vec![0.0, 1.0, f32::NAN, 7.0],
        };
        let p = pixels(&g);
        assert_eq!(p.len(), 16);
        assert!(p.chunks(4).all(|c| c[3] == 255));
        // NaN paints as none, above 1 as the top of the scale.
        assert_eq!(&p[8..12], &p[0..4]);
        assert_eq!(&p[12..16], &p[4..8]);
        assert_ne!(&p[0..4], &p[4..8]);
    }
}
