//! How fast microchannels reseal (docs/science.md §3).
//!
//! Open fraction f(t) = exp(−ln2 · t / τ½): the share of channels still open t hours after needling.
//! Measured closure depends on the method (water loss recovers before imaging shows pores closed);
//! the defaults below are the project's estimates from Gupta 2011, Kalluri 2011 and Brogden 2021.

use super::channels::Setup;

/// Half-life of open channels left uncovered, hours (0.3–2.5) [E] (docs/science.md §3 default).
pub const UNCOVERED_HALF_LIFE_H: f64 = 1.0;
/// Half-life under occlusion, hours (3–26) [E] (docs/science.md §3; Brogden 2021 saw 20–26 h).
pub const OCCLUDED_HALF_LIFE_H: f64 = 12.0;
/// Longer needles reseal more slowly: × 1.5 for nominal needles ≥ 1 mm [E] (docs/science.md §3).
pub const LONG_NEEDLE_FACTOR: f64 = 1.5;
/// Nominal needle length from which the long-needle factor applies, mm.
pub const LONG_NEEDLE_MM: f64 = 1.0;

/// Closure of one treatment's channels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Closure {
    /// Half-life of the open fraction, hours (always positive and finite).
    pub half_life_h: f64,
}

impl Closure {
    /// Closure for a device setting, covered (occluded) or not.
    pub fn new(occluded: bool, setup: &Setup) -> Closure {
        let base = if occluded {
            OCCLUDED_HALF_LIFE_H
        } else {
            UNCOVERED_HALF_LIFE_H
        };
        let long = setup.needle.0 >= LONG_NEEDLE_MM;
        Closure {
            half_life_h: if long {
                base * LONG_NEEDLE_FACTOR
            } else {
                base
            },
        }
    }

    /// Fraction of channels still open `hours` after needling, 0 to 1 (1 before needling ends).
    pub fn open_fraction(&self, hours: f64) -> f64 {
        open_fraction(hours, self.half_life_h)
    }
}

/// f(t) = exp(−ln2 · t / τ½), in [0, 1] for any input; NaN time counts as "just needled".
pub fn open_fraction(hours: f64, half_life_h: f64) -> f64 {
    let t = if hours.is_nan() { 0.0 } else { hours.max(0.0) };
    let tau = if half_life_h.is_nan() {
        UNCOVERED_HALF_LIFE_H
    } else {
        half_life_h.max(1e-6)
    };
    let f = (-std::f64::consts::LN_2 * t / tau).exp();
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
        let c = Closure::new(false, &pen(0.5));
        assert_eq!(c.half_life_h, 1.0);
        assert!((c.open_fraction(1.0) - 0.5).abs() < 1e-12);
        assert_eq!(c.open_fraction(0.0), 1.0);
    }

    #[test]
    fn occlusion_and_long_needles_slow_closure() {
        assert_eq!(Closure::new(true, &pen(0.5)).half_life_h, 12.0);
        assert_eq!(Closure::new(false, &pen(1.0)).half_life_h, 1.5);
        assert_eq!(Closure::new(true, &pen(2.0)).half_life_h, 18.0);
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
    }
}
