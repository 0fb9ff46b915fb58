//! The business end of the device, as an inset: a pen cartridge's or a stamp's face with one mark
//! per needle, or a roller's drum unrolled (its rings of needles side by side).

use leptos::prelude::*;

use crate::app::math::{cos, sin};
use crate::model::device::Device;

/// Mark positions in a 100 × 100 box: a round face filled ring by ring for pens; a grid for
/// stamps; rows of a drum's rings for rollers. Exactly `needles` marks.
pub fn marks(device: Device, needles: u32) -> Vec<(f64, f64)> {
    let n = needles.max(1) as usize;
    match device {
        Device::Pen => {
            // Rings of 1, 6, 12, 18 … (hexagonal packing) until all needles are placed.
            let mut out = Vec::with_capacity(n);
            let rings = {
                let mut r = 0;
                while 1 + 3 * r * (r + 1) < n {
                    r += 1;
                }
                r.max(1)
            };
            let spacing = 38.0 / rings as f64;
            let mut ring = 0usize;
            while out.len() < n {
                let count = if ring == 0 { 1 } else { 6 * ring };
                for i in 0..count.min(n - out.len()) {
                    let a = i as f64 / count as f64 * std::f64::consts::TAU + ring as f64 * 0.3;
                    let r = ring as f64 * spacing;
                    out.push((50.0 + r * cos(a), 50.0 + r * sin(a)));
                }
                ring += 1;
            }
            out
        }
        _ => {
            let cols = match device {
                Device::HomeStamp => (n as f64).sqrt().ceil() as usize,
                // A drum's needles around its circumference, rings across its width.
                _ => (n as f64 / 8.0).ceil() as usize,
            };
            let rows = n.div_ceil(cols);
            (0..n)
                .map(|i| {
                    let (c, r) = (i % cols, i / cols);
                    (
                        6.0 + (c as f64 + 0.5) / cols as f64 * 88.0,
                        6.0 + (r as f64 + 0.5) / rows as f64 * 88.0,
                    )
                })
                .collect()
        }
    }
}

/// The inset: one `data-needle` mark per needle.
#[component]
pub fn CartridgeFace(
    #[prop(into)] device: Signal<Device>,
    #[prop(into)] needles: Signal<u32>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let dots = move || {
        let d = device.get();
        let pts = marks(d, needles.get());
        let r = if pts.len() > 100 {
            1.6
        } else if pts.len() > 20 {
            3.0
        } else {
            4.5
        };
        pts.into_iter()
            .enumerate()
            .map(|(i, (x, y))| view! { <circle class="needle-mark" data-needle=i cx=x cy=y r=r></circle> })
            .collect_view()
    };
    let outline = move || match device.get() {
        Device::Pen => {
            view! { <circle class="face-outline" cx="50" cy="50" r="47"></circle> }.into_any()
        }
        _ => view! { <rect class="face-outline" x="2" y="2" width="96" height="96" rx="8"></rect> }
            .into_any(),
    };
    view! {
        <svg class="cartridge-face" data-testid="cartridge-face" viewBox="0 0 100 100" role="img" aria-label=label>
            {outline}
            {dots}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_mark_per_needle_inside_the_face() {
        for d in Device::ALL {
            let l = d.limits().needles;
            for n in [l.min as u32, l.default as u32, l.max as u32, 13] {
                let m = marks(d, n);
                assert_eq!(m.len(), n as usize, "{d:?} {n}");
                assert!(m
                    .iter()
                    .all(|&(x, y)| (0.0..=100.0).contains(&x) && (0.0..=100.0).contains(&y)));
            }
        }
    }
}
