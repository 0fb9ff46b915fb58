//! The cross-section's colour image: the model's unit cell tiled into a picture about to scale,
//! coloured in viridis (perceptually uniform and readable with colour-blindness).
//!
//! Per frame nothing runs here. Per course (a settings change) the pixel → cell map is built once
//! ([`Layout`]); per shown time step the cells are coloured (a few hundred colours) and copied into
//! the pixels through that map, then put on the canvas.

use leptos::prelude::*;
use plotters::style::colors::colormaps::{ColorMap, ViridisRGB};
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, ImageData};

use crate::app::effect::effect;
use crate::model::absorption::Field;

/// The picture's pixels (4:3, the overlay's viewBox too).
pub const PIX_W: usize = 128;
pub const PIX_H: usize = 96;
/// Rows above the skin surface: air, the film and the dressing (drawn by the overlay).
pub const TOP: usize = 12;

/// Concentrations span orders of magnitude: a log scale from 1/10,000 of the applied
/// concentration (0) to all of it (1) shows where the serum went, not just the surface.
pub fn shade(v: f32) -> f32 {
    if v > 0.0 {
        ((v.log10() + 4.0) / 4.0).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Which model cell each pixel shows, for one course's grid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// Channels side by side across the picture.
    pub cells: usize,
    /// µm of skin per pixel, across and down.
    pub um_per_px_x: f64,
    pub um_per_px_z: f64,
    cols: Vec<u16>,
    rows: Vec<u16>,
    nx: usize,
}

impl Layout {
    /// Enough unit cells across that the picture is close to true scale; each mirrored about its
    /// channel.
    pub fn new(f: &Field) -> Layout {
        let radius = f.x_edges_um.last().copied().unwrap_or(1.0).max(1.0);
        let depth = f.z_edges_um.last().copied().unwrap_or(1.0).max(1.0);
        let skin_rows = (PIX_H - TOP) as f64;
        let cells = ((depth * PIX_W as f64 / skin_rows) / (2.0 * radius))
            .round()
            .clamp(1.0, 8.0) as usize;
        let width_um = cells as f64 * 2.0 * radius;
        let index = |edges: &[f64], v: f64| edges.partition_point(|&e| e <= v).saturating_sub(1);
        let cols = (0..PIX_W)
            .map(|i| {
                let x = (i as f64 + 0.5) / PIX_W as f64 * width_um;
                let r = (x % (2.0 * radius) - radius).abs();
                index(&f.x_edges_um, r).min(f.nx.saturating_sub(1)) as u16
            })
            .collect();
        let rows = (0..PIX_H - TOP)
            .map(|j| {
                let z = (j as f64 + 0.5) / skin_rows * depth;
                index(&f.z_edges_um, z).min(f.nz.saturating_sub(1)) as u16
            })
            .collect();
        Layout {
            cells,
            um_per_px_x: width_um / PIX_W as f64,
            um_per_px_z: depth / skin_rows,
            cols,
            rows,
            nx: f.nx,
        }
    }

    /// RGBA pixels of a field: transparent above the surface, viridis below.
    pub fn pixels(&self, values: &[f32]) -> Vec<u8> {
        let colours: Vec<[u8; 4]> = values
            .iter()
            .map(|&v| {
                let v = if v.is_finite() { shade(v) } else { 0.0 };
                let c = ViridisRGB.get_color(v);
                [c.0, c.1, c.2, 255]
            })
            .collect();
        let mut out = vec![0u8; PIX_W * PIX_H * 4];
        for (j, &iz) in self.rows.iter().enumerate() {
            let row = (TOP + j) * PIX_W * 4;
            for (i, &ix) in self.cols.iter().enumerate() {
                let k = iz as usize * self.nx + ix as usize;
                if let Some(c) = colours.get(k) {
                    out[row + 4 * i..row + 4 * i + 4].copy_from_slice(c);
                }
            }
        }
        out
    }
}

/// RGBA pixels, PIX_W × PIX_H.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Picture(pub Vec<u8>);

/// The field as an image stretched over its box; redrawn only when the picture changes.
#[component]
pub fn FieldImage(#[prop(into)] picture: Signal<Picture>) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    effect(move || {
        let Some(canvas) = canvas.get() else { return };
        picture.with(|p| {
            if p.0.len() != PIX_W * PIX_H * 4 {
                return;
            }
            // Setting the size reallocates and clears the canvas: only the first time.
            if canvas.width() != PIX_W as u32 || canvas.height() != PIX_H as u32 {
                canvas.set_width(PIX_W as u32);
                canvas.set_height(PIX_H as u32);
            }
            let context = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
            if let (Some(context), Ok(image)) = (
                context,
                ImageData::new_with_u8_clamped_array_and_sh(
                    Clamped(&p.0),
                    PIX_W as u32,
                    PIX_H as u32,
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
    use crate::model::absorption::Course;
    use crate::model::channels::Setup;
    use crate::model::device::Device;
    use crate::model::serum::Serum;
    use crate::model::skin::{Region, SkinProfile};

    #[test]
    fn pixels_are_transparent_above_the_skin_and_opaque_below() {
        let c = Course::new(
            Serum::Niacinamide,
            false,
            &Setup::for_device(Device::Pen),
            &SkinProfile::for_region(Region::Cheek),
        );
        let f = c.field_at(0.5);
        let layout = Layout::new(&f);
        let p = layout.pixels(&f.values);
        assert_eq!(p.len(), PIX_W * PIX_H * 4);
        assert!(p[..TOP * PIX_W * 4].chunks(4).all(|c| c[3] == 0));
        assert!(p[TOP * PIX_W * 4..].chunks(4).all(|c| c[3] == 255));
        assert!(layout.cells >= 1 && layout.um_per_px_z > 0.0);
        assert_eq!(shade(f32::NAN), 0.0);
        assert_eq!(shade(1.0), 1.0);
    }
}
