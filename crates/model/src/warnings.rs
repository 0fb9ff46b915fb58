//! Warnings about a treatment's settings (docs/science.md §6 and §7).

use super::channels::Setup;
use super::device::Device;
use super::skin::{Layer, Region, SkinProfile};

/// Above this many punctures per cm² in one spot: tram-track risk. docs/science.md §7 put the line
/// at about 2,000; §8 moves it above routine settings (a 3-pass pen is 2,250) [E].
pub const MAX_PER_CM2: f64 = 3000.0;
/// A pen moving less than this between strokes stacks each needle's punctures into a line
/// (about a channel's width, docs/science.md §1) [E].
pub const MIN_STROKE_ADVANCE_MM: f64 = 0.1;
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
    /// A glide so slow that punctures run together into lines.
    TooSlowGlide { advance_mm: f64 },
    /// Too many passes over a bony area (`max` is the most advised for this device).
    TooManyPassesBony { passes: u32, max: u32 },
    /// At-home needles of 0.5 mm or more.
    HomeNeedleTooLong,
}

/// Longest nominal needle advised in a region, from the indications table: eyelids ≤ 0.5 mm (thin
/// dermis), up to 2.5 mm on the body for stretch marks (docs/science.md §6) [E].
pub fn advised_depth_mm(region: Region) -> f64 {
    match region {
        Region::Eyelid => 0.5,
        Region::Forehead | Region::Nose | Region::Neck => 1.5,
        Region::Cheek => 2.0,
        Region::Abdomen | Region::Thigh => 2.5,
    }
}

/// Longest needle for this device in a region: the advised length, shortened where the region's
/// skin is too thin for this device's deepest channels, so "too deep for the region" always comes
/// with "through the dermis" and never contradicts it. Rounded down to 0.05 mm.
pub fn max_depth_mm(setup: &Setup, region: Region) -> f64 {
    let skin = SkinProfile::for_region(region);
    let within = setup.longest_needle_within(skin.total()).0;
    let max = advised_depth_mm(region).min(within);
    (max * 20.0 + 1e-6).floor() / 20.0
}

/// Bony areas, where skin lies thin over bone.
pub fn is_bony(region: Region) -> bool {
    matches!(region, Region::Forehead | Region::Nose)
}

/// Most passes advised over a bony area, by each device's usual technique: a pen passes a few
/// times, a roller is rolled many more times (15 in Fernandes's protocol), a stamp is pressed a
/// few times on one spot (docs/science.md §7 and §8) [E].
pub fn max_passes_bony(device: Device) -> u32 {
    match device {
        Device::Pen => 4,
        Device::Roller => 15,
        Device::HomeRoller => 10,
        Device::HomeStamp => 4,
    }
}

/// Every warning that applies, most serious first.
pub fn warnings(setup: &Setup, region: Region) -> Vec<Warning> {
    let mut out = Vec::new();
    let skin = SkinProfile::for_region(region);
    if skin.layer_at(setup.deepest()) == Layer::Subcutis {
        out.push(Warning::BeyondDermis);
    }
    let max = max_depth_mm(setup, region);
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
    if let Some(adv) = setup.stroke_advance() {
        if adv.0 < MIN_STROKE_ADVANCE_MM - 1e-9 {
            out.push(Warning::TooSlowGlide { advance_mm: adv.0 });
        }
    }
    let max_passes = max_passes_bony(setup.device);
    if is_bony(region) && setup.passes > max_passes {
        out.push(Warning::TooManyPassesBony {
            passes: setup.passes,
            max: max_passes,
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
    fn defaults_are_quiet_for_every_device_on_the_cheek() {
        for d in Device::ALL {
            let s = Setup::for_device(d);
            assert!(warnings(&s, Region::Cheek).is_empty(), "{d:?}");
            assert!(warnings(&s, Region::Forehead).is_empty(), "{d:?}");
        }
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
    fn three_pen_passes_are_routine_and_five_are_too_dense() {
        // 3 × 750 = 2,250 punctures per cm²: routine (docs/science.md §8); 5 × 750 = 3,750: not.
        assert!(warnings(&setup(Device::Pen, 1.0, 3), Region::Cheek).is_empty());
        let w = warnings(&setup(Device::Pen, 1.0, 5), Region::Cheek);
        assert!(matches!(w[0], Warning::TooDense { .. }), "{w:?}");
    }

    #[test]
    fn slow_glides_warn() {
        let mut s = setup(Device::Pen, 1.0, 1);
        s.glide_cm_s = 0.5; // 0.05 mm a stroke at 100 Hz
        let w = warnings(&s, Region::Cheek);
        assert!(
            w.iter().any(|w| matches!(w, Warning::TooSlowGlide { .. })),
            "{w:?}"
        );
    }

    #[test]
    fn home_needles_of_half_a_millimetre_warn() {
        let w = warnings(&setup(Device::HomeStamp, 0.5, 1), Region::Cheek);
        assert!(w.contains(&Warning::HomeNeedleTooLong));
    }

    #[test]
    fn many_passes_over_the_forehead_warn_for_every_device() {
        for d in Device::ALL {
            let max = max_passes_bony(d);
            assert!(max >= 1 && (max as f64) < d.limits().passes.max, "{d:?}");
            let mut s = setup(d, d.limits().depth_mm.min, max + 1);
            s.glide_cm_s = s.glide_cm_s.max(0.0);
            let w = warnings(&s, Region::Forehead);
            assert!(
                w.contains(&Warning::TooManyPassesBony {
                    passes: max + 1,
                    max
                }),
                "{d:?} {w:?}"
            );
            assert!(
                !warnings(&setup(d, d.limits().depth_mm.min, max), Region::Forehead)
                    .iter()
                    .any(|w| matches!(w, Warning::TooManyPassesBony { .. }))
            );
        }
        // A roller is rolled many more times than a pen passes.
        assert!(max_passes_bony(Device::Roller) > 3 * max_passes_bony(Device::Pen));
    }

    #[test]
    fn through_the_dermis_always_comes_with_too_deep_for_the_region() {
        // A pen's deepest channel at 2 mm on the cheek (1.4 + 0.105 mm) passes its 1.475 mm.
        let s = setup(Device::Pen, 2.0, 1);
        let w = warnings(&s, Region::Cheek);
        assert!(w.contains(&Warning::BeyondDermis), "{w:?}");
        assert!(
            matches!(w[1], Warning::TooDeepForRegion { max_mm } if max_mm < 2.0),
            "{w:?}"
        );
        // At the region's maximum, never through the dermis.
        for r in Region::ALL {
            for d in Device::ALL {
                let base = setup(d, 1.0, 1);
                let at_max = Setup {
                    needle: Mm(max_depth_mm(&base, r)),
                    ..base
                };
                assert!(
                    !warnings(&at_max, r).contains(&Warning::BeyondDermis),
                    "{r:?} {d:?}"
                );
            }
        }
    }
}
