//! Microchannels: how many a device makes per cm², how deep they really go, and where they land
//! (docs/science.md §1 and §2).

use super::device::Device;
use super::random::SplitMix64;
use super::skin::{Layer, SkinProfile};
use super::units::{Mm, Um};

/// Dermaroller MF8 drum: 2 cm diameter × 2 cm wide (Schwarz & Laaff 2011); home rollers alike [E].
pub const DRUM_DIAMETER_CM: f64 = 2.0;
pub const DRUM_WIDTH_CM: f64 = 2.0;
/// Pen tip width for the density formula (docs/science.md §1) [E].
pub const PEN_TIP_WIDTH_CM: f64 = 0.8;
/// Area of an at-home stamp head [E].
pub const STAMP_AREA_CM2: f64 = 1.0;
/// Default needle diameter, mm (0.07–0.25; docs/science.md §1).
pub const NEEDLE_DIAMETER_MM: f64 = 0.1;
/// A pen's needle-length tolerance: ±0.15 mm (Exceed, FDA K182407; docs/science.md §1 and §8).
pub const JITTER_MM: f64 = 0.15;
/// A pen's depth spread never exceeds this share of its mean depth (short needles stay short) [E].
pub const PEN_SPREAD_SHARE: f64 = 0.15;
/// Hand-held tools: depth follows hand pressure, which varies stroke to stroke by about ±30 % [E]
/// (docs/science.md §8: "a wider spread").
pub const HAND_SPREAD_SHARE: f64 = 0.3;
/// The side of the square patch the model fills, mm (1 cm²).
pub const PATCH_MM: f64 = 10.0;

/// One device with its settings, as the model needs them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Setup {
    pub device: Device,
    /// Nominal needle length.
    pub needle: Mm,
    pub needles: u32,
    /// Stroke frequency, Hz (pens).
    pub hz: f64,
    /// Glide speed, cm/s (pens).
    pub glide_cm_s: f64,
    /// Passes over the patch (stamps: presses on one spot).
    pub passes: u32,
    /// Hand pressure relative to a normal press (hand tools).
    pub pressure: f64,
    pub needle_diameter: Mm,
}

impl Setup {
    /// A device at its own defaults (needle length, needles, frequency, glide, passes, pressure).
    pub fn for_device(device: Device) -> Setup {
        let l = device.limits();
        Setup {
            device,
            needle: Mm(l.depth_mm.default),
            needles: l.needles.default as u32,
            hz: l.hz.map_or(0.0, |s| s.default),
            glide_cm_s: l.glide_cm_s.map_or(0.0, |s| s.default),
            passes: l.passes.default as u32,
            pressure: l.pressure.map_or(1.0, |s| s.default),
            needle_diameter: Mm(NEEDLE_DIAMETER_MM),
        }
    }
}

/// Shape of a channel in the cross-section.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// Pen and stamp: in and out vertically.
    Straight,
    /// Roller: the needle enters on the turning drum, so the track curves and the top is wider.
    /// `lean` is how far the tip sits from the entry point along the direction of travel.
    Curved { lean: Mm },
}

/// One needle strike.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Channel {
    /// Entry point on the surface, within the 10 mm × 10 mm patch.
    pub x: Mm,
    pub y: Mm,
    /// Real depth reached.
    pub depth: Mm,
    /// Width at the surface.
    pub width: Um,
    pub shape: Shape,
    /// Which pass made it (0-based).
    pub pass: u32,
}

impl Setup {
    /// Real depth over nominal needle length: skin deforms before it is pierced. Pen 0.7
    /// (0.5–0.9), roller 0.5 (0.2–0.8) scaled by hand pressure (docs/science.md §2) [E].
    pub fn penetration_factor(&self) -> f64 {
        let pressure = self.pressure.clamp(0.5, 1.5);
        match self.device {
            Device::Pen => 0.7,
            Device::Roller | Device::HomeRoller | Device::HomeStamp => 0.5 * pressure,
        }
    }

    /// Mean real depth of the channels.
    pub fn mean_depth(&self) -> Mm {
        Mm(self.needle.0.max(0.0) * self.penetration_factor())
    }

    /// Half-width of the depth spread (depths are uniform within mean ± this).
    ///
    /// Pen: its ±0.15 mm length tolerance carried through the penetration factor, and at most
    /// 15 % of the mean for short needles. Hand tools: ±30 % of the mean, because depth follows
    /// hand pressure; a firmer press goes deeper and spreads wider (docs/science.md §8) [E].
    /// Either way mean ± spread stays within 0 and the needle length, so nothing is clamped.
    pub fn depth_spread(&self) -> Mm {
        let mean = self.mean_depth().0;
        Mm(match self.device {
            Device::Pen => (JITTER_MM * self.penetration_factor()).min(PEN_SPREAD_SHARE * mean),
            Device::Roller | Device::HomeRoller | Device::HomeStamp => HAND_SPREAD_SHARE * mean,
        })
    }

    /// Standard deviation of the real depths, mm: the spread / √3 of a uniform distribution.
    pub fn depth_sd(&self) -> Mm {
        Mm(self.depth_spread().0 / 3f64.sqrt())
    }

    /// The deepest a channel of this setup reaches.
    pub fn deepest(&self) -> Mm {
        self.mean_depth() + self.depth_spread()
    }

    /// The longest needle whose deepest channel stays within `depth` (bisection: depth is
    /// monotone in needle length).
    pub fn longest_needle_within(&self, depth: Mm) -> Mm {
        let reach = |needle: f64| {
            Setup {
                needle: Mm(needle),
                ..*self
            }
            .deepest()
            .0
        };
        let (mut lo, mut hi) = (0.0, 10.0);
        for _ in 0..50 {
            let mid = (lo + hi) / 2.0;
            if reach(mid) <= depth.0 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Mm(lo)
    }

    /// How far the pen moves between two strokes, mm (v / f): below about a channel's width
    /// the punctures of each needle run together into lines (docs/science.md §1). `None` for
    /// devices without strokes.
    pub fn stroke_advance(&self) -> Option<Mm> {
        (self.device == Device::Pen && self.hz > 0.0)
            .then(|| Mm(self.glide_cm_s.max(0.0) * 10.0 / self.hz))
    }

    /// Punctures per cm² from one pass (docs/science.md §1).
    pub fn per_pass_per_cm2(&self) -> f64 {
        let n = self.needles as f64;
        let v = match self.device {
            // N · f / (w · v)
            Device::Pen => n * self.hz / (PEN_TIP_WIDTH_CM * self.glide_cm_s.max(0.1)),
            // N / (π · D · W): one turn of the drum covers π·D × W.
            Device::Roller | Device::HomeRoller => {
                n / (std::f64::consts::PI * DRUM_DIAMETER_CM * DRUM_WIDTH_CM)
            }
            Device::HomeStamp => n / STAMP_AREA_CM2,
        };
        if v.is_finite() {
            v.max(0.0)
        } else {
            0.0
        }
    }

    /// Punctures per cm² after all passes.
    pub fn per_cm2(&self) -> f64 {
        self.per_cm2_after(self.passes)
    }

    /// Punctures per cm² once `passes` of the passes are done (never more than all of them).
    pub fn per_cm2_after(&self, passes: u32) -> f64 {
        self.per_pass_per_cm2() * passes.min(self.passes) as f64
    }

    /// Channel width at the surface: about 0.7 × needle diameter (Kalluri 2011 saw ~70 µm) [E];
    /// rollers' tilted entry leaves the top wider.
    pub fn surface_width(&self) -> Um {
        let w = self.needle_diameter.to_um().0 * 0.7;
        match self.device {
            Device::Roller | Device::HomeRoller => Um(w * 1.4),
            _ => Um(w),
        }
    }

    /// Area fraction of the surface opened by all channels, 0 to 1.
    pub fn area_opened(&self) -> f64 {
        let r_cm = self.surface_width().0 / 2.0 / 10_000.0;
        (self.per_cm2() * std::f64::consts::PI * r_cm * r_cm).clamp(0.0, 1.0)
    }

    /// The deepest layer the mean channel reaches in a region.
    pub fn layer_reached(&self, skin: &SkinProfile) -> Layer {
        skin.layer_at(self.mean_depth())
    }

    /// Places every channel in the 1 cm² patch, pass by pass; the same seed gives the same patch.
    pub fn place(&self, seed: u64) -> Vec<Channel> {
        let per_pass = self.per_pass_per_cm2() * (PATCH_MM * PATCH_MM / 100.0);
        let mean = self.mean_depth().0;
        let spread = self.depth_spread().0;
        let width = self.surface_width();
        let curved = matches!(self.device, Device::Roller | Device::HomeRoller);
        let mut rng = SplitMix64::new(seed);
        // A pen's needles sit across its tip; each leaves a track of punctures v/f apart as it
        // glides, so slow glides draw lines (docs/science.md §1). Other tools land at random.
        let tracks: Vec<f64> = (0..self.needles.max(1))
            .map(|_| rng.unit() * PEN_TIP_WIDTH_CM * 10.0)
            .collect();
        let advance = self.stroke_advance().map(|a| a.0.max(1e-3));
        let mut out = Vec::with_capacity((per_pass * self.passes as f64).ceil() as usize);
        let mut owed = 0.0;
        for pass in 0..self.passes {
            // Carry the fraction so the total matches the formula to the nearest channel.
            owed += per_pass;
            let n = owed.floor();
            owed -= n;
            // Where this pass starts.
            let (start_x, start_y) = (rng.unit() * PATCH_MM, rng.unit() * PATCH_MM);
            for i in 0..n as u64 {
                let (x, y) = match advance {
                    Some(adv) => {
                        let stroke = (i / tracks.len() as u64) as f64;
                        let along = start_x + stroke * adv + rng.signed() * 0.02;
                        let lane = (along / PATCH_MM).floor();
                        let across = start_y
                            + lane * PEN_TIP_WIDTH_CM * 10.0
                            + tracks[(i % tracks.len() as u64) as usize]
                            + rng.signed() * 0.02;
                        // Glides run along y, across the Treatment section's plane.
                        (across.rem_euclid(PATCH_MM), along.rem_euclid(PATCH_MM))
                    }
                    None => (rng.unit() * PATCH_MM, rng.unit() * PATCH_MM),
                };
                let (x, y) = (Mm(x.min(PATCH_MM - 1e-9)), Mm(y.min(PATCH_MM - 1e-9)));
                let depth = Mm((mean + rng.signed() * spread).clamp(0.0, self.needle.0.max(0.0)));
                let shape = if curved {
                    // The drum's turn drags the tip forward by up to a fifth of the depth [E].
                    Shape::Curved {
                        lean: Mm(depth.0 * 0.2 * rng.unit()),
                    }
                } else {
                    Shape::Straight
                };
                out.push(Channel {
                    x,
                    y,
                    depth,
                    width,
                    shape,
                    pass,
                });
            }
        }
        out
    }
}

/// A clinic dermaroller as the studies used it: 192 needles of `needle_mm`, 15 passes (about
/// 230 /cm²); the collagen and absorption checks and the unit tests set their studies with it.
pub fn study_roller(needle_mm: f64) -> Setup {
    Setup {
        needle: Mm(needle_mm),
        ..Setup::for_device(Device::Roller)
    }
}

/// A pen at docs/science.md §1's defaults (12 needles, 100 Hz, 2 cm/s, 3 passes) with a needle length,
/// for the model's unit tests.
#[cfg(test)]
pub(crate) fn test_pen(needle_mm: f64) -> Setup {
    Setup {
        device: Device::Pen,
        needle: Mm(needle_mm),
        needles: 12,
        hz: 100.0,
        glide_cm_s: 2.0,
        passes: 3,
        pressure: 1.0,
        needle_diameter: Mm(NEEDLE_DIAMETER_MM),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skin::Region;

    fn roller() -> Setup {
        study_roller(1.5)
    }

    fn pen() -> Setup {
        Setup {
            passes: 1,
            ..test_pen(1.5)
        }
    }

    #[test]
    fn roller_density_matches_the_geometric_check() {
        // docs/science.md: 192 × 15 / 12.6 ≈ 230 /cm² (Fernandes reports about 250).
        let d = roller().per_cm2();
        assert!((d - 229.2).abs() < 1.0, "{d}");
    }

    #[test]
    fn pen_density_matches_the_worked_example() {
        // 12 × 100 Hz / (0.8 cm × 2 cm/s) = 750 /cm² per pass.
        assert!((pen().per_pass_per_cm2() - 750.0).abs() < 1e-9);
    }

    #[test]
    fn real_depth_is_a_fraction_of_the_needle() {
        assert!((pen().mean_depth().0 - 1.05).abs() < 1e-9);
        assert!((roller().mean_depth().0 - 0.75).abs() < 1e-9);
        let firm = Setup {
            pressure: 1.5,
            ..roller()
        };
        assert!(firm.mean_depth() > roller().mean_depth());
    }

    #[test]
    fn placed_count_matches_the_formula() {
        for s in [pen(), roller()] {
            let placed = s.place(1).len() as f64;
            assert!(
                (placed - s.per_cm2()).abs() <= 1.0,
                "{placed} vs {}",
                s.per_cm2()
            );
        }
    }

    #[test]
    fn channels_lie_in_the_patch_and_never_deeper_than_the_needle() {
        for c in roller().place(3) {
            assert!((0.0..PATCH_MM).contains(&c.x.0) && (0.0..PATCH_MM).contains(&c.y.0));
            assert!(c.depth.0 <= 1.5 && c.depth.0 >= 0.0);
            assert!(matches!(c.shape, Shape::Curved { .. }));
        }
        assert!(pen().place(3).iter().all(|c| c.shape == Shape::Straight));
    }

    #[test]
    fn pen_at_one_and_a_half_mm_reaches_the_reticular_dermis_of_the_cheek() {
        let cheek = SkinProfile::for_region(Region::Cheek);
        assert_eq!(pen().layer_reached(&cheek), Layer::ReticularDermis);
        let short = Setup {
            needle: Mm(0.5),
            ..pen()
        };
        assert_eq!(short.layer_reached(&cheek), Layer::PapillaryDermis);
    }

    #[test]
    fn the_pen_is_more_even_than_hand_tools() {
        // docs/science.md §8: pen tolerance ±0.15 mm; hand tools wider, following pressure.
        let pen = test_pen(1.0);
        let roller = Setup {
            needle: Mm(1.0),
            ..roller()
        };
        assert!(pen.depth_spread().0 <= JITTER_MM);
        assert!((pen.depth_spread().0 - 0.105).abs() < 1e-9);
        assert!((pen.depth_sd().0 - 0.0606).abs() < 1e-3);
        assert!((roller.depth_sd().0 - 0.0866).abs() < 1e-3);
        assert!(pen.depth_sd() < roller.depth_sd());
        let firm = Setup {
            pressure: 1.5,
            ..roller
        };
        assert!(firm.depth_spread() > roller.depth_spread());
    }

    #[test]
    fn longest_needle_within_a_depth_keeps_every_channel_above_it() {
        for s in [pen(), roller()] {
            let l = s.longest_needle_within(Mm(1.0));
            assert!(Setup { needle: l, ..s }.deepest().0 <= 1.0 + 1e-9);
            assert!(
                Setup {
                    needle: Mm(l.0 + 0.01),
                    ..s
                }
                .deepest()
                .0 > 1.0
            );
        }
    }

    #[test]
    fn slow_glides_stack_punctures_into_lines() {
        // 12 needles at 100 Hz: 2 cm/s advances 0.2 mm a stroke, 0.5 cm/s only 0.05 mm.
        assert!((pen().stroke_advance().unwrap().0 - 0.2).abs() < 1e-12);
        assert_eq!(roller().stroke_advance(), None);
        let slow = Setup {
            glide_cm_s: 0.5,
            ..pen()
        };
        // The same needle's punctures on one track: nearest neighbours about v/f apart.
        let gap = |s: &Setup| {
            let c = s.place(4);
            let n = s.needles as usize;
            (0..20)
                .map(|i| (c[(i + 1) * n].y.0 - c[i * n].y.0).abs())
                .fold(f64::MAX, f64::min)
        };
        assert!(gap(&slow) < 0.1, "{}", gap(&slow));
        assert!(gap(&pen()) > 0.1, "{}", gap(&pen()));
    }

    #[test]
    fn same_seed_same_patch() {
        assert_eq!(pen().place(9), pen().place(9));
        assert_ne!(pen().place(9), pen().place(10));
    }
}
