//! Strategies shared by the property tests.

use model::channels::{Setup, NEEDLE_DIAMETER_MM};
use model::device::Device;
use model::units::Mm;
use proptest::prelude::*;

/// Any setting inside the device's own ranges.
pub fn setup() -> impl Strategy<Value = Setup> {
    proptest::sample::select(Device::ALL.to_vec()).prop_flat_map(|device| {
        let l = device.limits();
        let hz = l.hz.unwrap_or(l.depth_mm);
        let glide = l.glide_cm_s.unwrap_or(l.depth_mm);
        let pressure = l.pressure.unwrap_or(l.depth_mm);
        (
            l.depth_mm.min..=l.depth_mm.max,
            l.needles.min as u32..=l.needles.max as u32,
            hz.min..=hz.max,
            glide.min..=glide.max,
            l.passes.min as u32..=l.passes.max as u32,
            pressure.min..=pressure.max,
        )
            .prop_map(
                move |(needle, needles, hz, glide, passes, pressure)| Setup {
                    device,
                    needle: Mm(needle),
                    needles,
                    hz,
                    glide_cm_s: glide,
                    passes,
                    pressure,
                    needle_diameter: Mm(NEEDLE_DIAMETER_MM),
                },
            )
    })
}
