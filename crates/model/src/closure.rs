//! How fast microchannels close as paths for serum (docs/science.md §3).
//!
//! Open fraction f(t) = exp(−ln2 · (t / τ½)^k): the share of channels still open t hours after
//! needling, with k = [`SHAPE`] = 2 so that covered channels with a half-life of 20–26 h are also
//! closed "fully by about 60 h" (Brogden 2021). τ½ depends on covering, needle length and channel
//! density (Gupta 2011: more, longer needles reseal more slowly). This is closure as a path for
//! serum (impedance); the barrier's water loss recovers over days and belongs to the healing
//! timeline, not here.

use super::channels::Setup;

/// Half-life of open channels left uncovered, for the reference array, hours: 1 h (0.3–2.5) [E]
/// (docs/science.md §3; Gupta 2011: uncovered sites reseal within hours).
pub const UNCOVERED_HALF_LIFE_H: f64 = 1.0;
/// Half-life under occlusion for the reference array, hours: 23 h, the middle of Brogden 2021's
/// 20–26 h on covered human sites [V] (docs/science.md §3, §8).
pub const OCCLUDED_HALF_LIFE_H: f64 = 23.0;
/// The reference array the two half-lives are for [E]: 0.75 mm nominal needles (the length used
/// in the closure studies' arrays), 100 channels per cm².
pub const REFERENCE_NEEDLE_MM: f64 = 0.75;
pub const REFERENCE_PER_CM2: f64 = 100.0;
/// τ½ ∝ (needle / reference)^0.5, within 0.4–2.5 × [E] (Gupta 2011: longer needles reseal more slowly).
pub const LENGTH_EXPONENT: f64 = 0.5;
/// τ½ ∝ (density / reference)^0.1, within 0.7–1.6 × [E] (Gupta 2011: more needles reseal more slowly).
pub const DENSITY_EXPONENT: f64 = 0.1;
/// Shape k of the closure curve: 2 [E] (slow at first, then fast; fits 20–26 h half-life and
/// closed by about 60 h, Brogden 2021).
pub const SHAPE: f64 = 2.0;

/// Closure of one treatment's channels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Closure {
    /// Half-life of the open fraction, hours (always positive and finite).
    pub half_life_h: f64,
}

impl Closure {
    /// Closure for a device setting, covered (occluded) or not.
    pub fn new(occluded: bool, setup: &Setup) -> Closure {
        Closure::for_array(occluded, setup.needle.0, setup.per_cm2())
    }

    /// Closure for channels of a nominal needle length (mm) at a density (per cm²).
    pub fn for_array(occluded: bool, needle_mm: f64, per_cm2: f64) -> Closure {
        let base = if occluded {
            OCCLUDED_HALF_LIFE_H
        } else {
            UNCOVERED_HALF_LIFE_H
        };
        let ratio = |x: f64, reference: f64, exponent: f64, lo: f64, hi: f64| {
            let r = if x.is_finite() { x.max(0.0) } else { 0.0 } / reference;
            r.powf(exponent).clamp(lo, hi)
        };
        let length = ratio(needle_mm, REFERENCE_NEEDLE_MM, LENGTH_EXPONENT, 0.4, 2.5);
        let density = ratio(per_cm2, REFERENCE_PER_CM2, DENSITY_EXPONENT, 0.7, 1.6);
        Closure {
            half_life_h: base * length * density,
        }
    }

    /// Fraction of channels still open `hours` after needling, 0 to 1 (1 before needling ends).
    pub fn open_fraction(&self, hours: f64) -> f64 {
        open_fraction(hours, self.half_life_h)
    }
}

/// f(t) = exp(−ln2 · (t / τ½)^k), in [0, 1] for any input; NaN time counts as "just needled".
pub fn open_fraction(hours: f64, half_life_h: f64) -> f64 {
    let t = if hours.is_nan() { 0.0 } else { hours.max(0.0) };
    let tau = if half_life_h.is_nan() {
        UNCOVERED_HALF_LIFE_H
    } else {
        half_life_h.max(1e-6)
    };
    let f = (-std::f64::consts::LN_2 * (t / tau).powf(SHAPE)).exp();
    if f.is_finite() {
        f.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pen(mm: f64) -> Setup {
        crate::channels::test_pen(mm)
    }

    #[test]
    fn half_open_after_one_half_life() {
        let c = Closure::for_array(false, REFERENCE_NEEDLE_MM, REFERENCE_PER_CM2);
        assert!((c.half_life_h - 1.0).abs() < 1e-12);
        assert!((c.open_fraction(1.0) - 0.5).abs() < 1e-12);
        assert_eq!(c.open_fraction(0.0), 1.0);
    }

    #[test]
    fn covered_human_sites_close_with_a_day_half_life_and_fully_by_60_h() {
        // Brogden 2021: covered human sites, half-life 20–26 h, closed by about 60 h.
        let c = Closure::for_array(true, REFERENCE_NEEDLE_MM, REFERENCE_PER_CM2);
        assert!((20.0..=26.0).contains(&c.half_life_h));
        assert!(c.open_fraction(60.0) < 0.02);
    }

    #[test]
    fn occlusion_longer_and_denser_needles_slow_closure() {
        let t = |occ, mm| Closure::new(occ, &pen(mm)).half_life_h;
        assert!(t(true, 0.5) > t(false, 0.5));
        assert!(t(false, 1.0) > t(false, 0.5));
        let sparse = Closure::for_array(false, 1.0, 50.0).half_life_h;
        let dense = Closure::for_array(false, 1.0, 2000.0).half_life_h;
        assert!(dense > sparse);
    }

    #[test]
    fn odd_inputs_stay_in_range() {
        for (t, tau) in [
            (f64::NAN, 1.0),
            (f64::INFINITY, 1.0),
            (-3.0, 1.0),
            (1.0, 0.0),
            (1.0, f64::NAN),
            (1.0, -2.0),
            (1e308, 1e-308),
        ] {
            let f = open_fraction(t, tau);
            assert!((0.0..=1.0).contains(&f), "{t} {tau} → {f}");
        }
        let c = Closure::for_array(true, f64::NAN, f64::INFINITY);
        assert!(c.half_life_h.is_finite() && c.half_life_h > 0.0);
    }
}
