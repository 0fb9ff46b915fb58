//! Warnings about a treatment's settings (docs/science.md §6 and §7).

use super::channels::Setup;
use super::device::Device;
use super::skin::{Layer, Region, SkinProfile};

/// Above this many punctures per cm² in one spot: tram-track risk (docs/science.md §7) [E].
pub const MAX_PER_CM2: f64 = 2000.0;
/// More passes than this over a bony area: tram-track risk (docs/science.md §7) [E].
pub const MAX_PASSES_BONY: u32 = 4;
/// At-home needles from this length up raise infection and scarring risk (docs/science.md §7).
pub const HOME_RISK_MM: f64 = 0.5;

/// Something a visitor should know about these settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Warning {
    /// The needle is longer than the region's skin suits (`max_mm` is the longest advised).
    TooDeepForRegion { max_mm: f64 },
    /// Channels would pass through the dermis.
    BeyondDermis,
    /// Too many punctures per cm²: tram-track scarring risk.
    TooDense { per_cm2: f64 },
    /// Too many passes over a bony area.
    TooManyPassesBony { passes: u32 },
    /// At-home needles of 0.5 mm or more.
    HomeNeedleTooLong,
}

/// Longest nominal needle advised for a region: eyelids ≤ 0.5 mm (thin dermis); elsewhere from
/// the indications table, up to 2.5 mm on the body for stretch marks (docs/science.md §6) [E].
pub fn max_depth_mm(region: Region) -> f64 {
    match region {
        Region::Eyelid => 0.5,
        Region::Forehead | Region::Nose | Region::Neck => 1.5,
        Region::Cheek => 2.0,
        Region::Abdomen | Region::Thigh => 2.5,
    }
}

/// Bony areas, where skin lies thin over bone.
pub fn is_bony(region: Region) -> bool {
    matches!(region, Region::Forehead | Region::Nose)
}

/// Every warning that applies, most serious first.
pub fn warnings(setup: &Setup, region: Region) -> Vec<Warning> {
    let mut out = Vec::new();
    let skin = SkinProfile::for_region(region);
    let deepest = setup.mean_depth().0 + setup.depth_spread().0;
    if skin.layer_at(super::units::Mm(deepest)) == Layer::Subcutis {
        out.push(Warning::BeyondDermis);
    }
    let max = max_depth_mm(region);
    if setup.needle.0 > max + 1e-9 {
        out.push(Warning::TooDeepForRegion { max_mm: max });
    }
    if setup.device.is_home() && setup.needle.0 >= HOME_RISK_MM - 1e-9 {
        out.push(Warning::HomeNeedleTooLong);
    }
    let per_cm2 = setup.per_cm2();
    if per_cm2 > MAX_PER_CM2 {
        out.push(Warning::TooDense { per_cm2 });
    }
    if is_bony(region) && setup.passes > MAX_PASSES_BONY && setup.device == Device::Pen {
        out.push(Warning::TooManyPassesBony {
            passes: setup.passes,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::NEEDLE_DIAMETER_MM;
    use crate::units::Mm;

    fn setup(device: Device, needle: f64, passes: u32) -> Setup {
        let l = device.limits();
        Setup {
            device,
            needle: Mm(needle),
            needles: l.needles.default as u32,
            hz: l.hz.map_or(0.0, |s| s.default),
            glide_cm_s: l.glide_cm_s.map_or(0.0, |s| s.default),
            passes,
            pressure: 1.0,
            needle_diameter: Mm(NEEDLE_DIAMETER_MM),
        }
    }

    #[test]
    fn defaults_on_the_cheek_are_quiet() {
        assert!(warnings(&setup(Device::Pen, 1.0, 1), Region::Cheek).is_empty());
        assert!(warnings(&setup(Device::HomeRoller, 0.25, 4), Region::Cheek).is_empty());
    }

    #[test]
    fn eyelid_over_half_a_millimetre_warns() {
        let w = warnings(&setup(Device::Pen, 1.0, 1), Region::Eyelid);
        assert!(
            w.contains(&Warning::TooDeepForRegion { max_mm: 0.5 }),
            "{w:?}"
        );
    }

    #[test]
    fn three_pen_passes_at_default_speed_are_too_dense() {
        // 3 × 750 = 2,250 punctures per cm², above the 2,000 tram-track line.
        let w = warnings(&setup(Device::Pen, 1.0, 3), Region::Cheek);
        assert!(matches!(w[0], Warning::TooDense { .. }), "{w:?}");
    }

    #[test]
    fn home_needles_of_half_a_millimetre_warn() {
        let w = warnings(&setup(Device::HomeStamp, 0.5, 1), Region::Cheek);
        assert!(w.contains(&Warning::HomeNeedleTooLong));
    }

    #[test]
    fn many_passes_over_the_forehead_warn() {
        let mut s = setup(Device::Pen, 0.5, 5);
        s.glide_cm_s = 5.0;
        s.hz = 50.0;
        let w = warnings(&s, Region::Forehead);
        assert!(
            w.contains(&Warning::TooManyPassesBony { passes: 5 }),
            "{w:?}"
        );
    }
}
