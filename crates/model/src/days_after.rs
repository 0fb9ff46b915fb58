//! The first week after a session, hour 0 to day 7: redness fading, the skin barrier (water loss,
//! TEWL) recovering, pinpoint bleeding and swelling on day 0, and the aftercare rules placed on it
//! (docs/science.md §6, §8).
//!
//! Both curves fall exponentially from their day-0 level; the "days" and "hours" readouts are when
//! they are down to a tenth of it ([`VISIBLE_SHARE`]). How long each lasts grows with depth:
//! redness with how far the channels reach into the dermis, the barrier with how deep the holes
//! through it go. Everything transient is over within 7 days (Chu 2021).

use super::channels::Setup;
use super::collagen::dermal_reach;
use super::skin::SkinProfile;

/// The timeline covers the first week, hours.
pub const WEEK_H: f64 = 168.0;
/// A curve counts as gone when it is below this share of its day-0 level [E].
pub const VISIBLE_SHARE: f64 = 0.1;

/// Redness after a session that barely reaches the dermis, days [E]: a few hours to half a day.
pub const REDNESS_BASE_D: f64 = 0.5;
/// Extra redness per mm of reach into the dermis, days [E]: puts 1–1.5 mm needles at 1–2 days, the
/// seed articles' "like a mild sunburn for 1–2 days" (docs/science.md §6, §8), and deeper longer.
pub const REDNESS_PER_MM_D: f64 = 1.5;
/// All transient effects (redness, swelling) are gone within 7 days (Chu 2021 [V]).
pub const TRANSIENT_MAX_D: f64 = 7.0;

/// Barrier recovery after a session whose channels stay shallow, hours [E]: with
/// [`BARRIER_PER_MM_H`], 0.15–0.25 mm rollers recover within 72 h (Dermatol Surg 2012;38:1816 [V])
/// and 0.5–1.5 mm leave water loss still raised at 48 h (Sasaki 2019 [V]; docs/science.md §8).
pub const BARRIER_BASE_H: f64 = 48.0;
/// Extra barrier recovery per mm of mean channel depth, hours [E].
pub const BARRIER_PER_MM_H: f64 = 40.0;

/// Swelling after a session reaching the dermis, hours per mm of reach, on top of a few hours [E]:
/// it is a day-0 effect, gone within a day or two (transient, Chu 2021 [V]).
pub const SWELLING_BASE_H: f64 = 6.0;
pub const SWELLING_PER_MM_H: f64 = 24.0;

/// Reach into the dermis at which the mean channel opens the capillary loops of the dermal
/// papillae, mm [E]: the loops rise to just below the viable epidermis (docs/science.md §8), so a
/// tenth of a millimetre into the papillary dermis; pinpoint bleeding is the usual endpoint at
/// 1–1.5 mm (Lima 2013 [V]) and not seen with 0.25 mm home rollers.
pub const CAPILLARY_LOOPS_MM: f64 = 0.1;

/// No sun, harsh products or heavy makeup for 48 h (seed articles, docs/science.md §6 [S]).
pub const AFTERCARE_H: f64 = 48.0;
/// Normal activities within 24 h (docs/science.md §6 [S]).
pub const NORMAL_ACTIVITIES_H: f64 = 24.0;

/// The aftercare rules on the first week's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// No sun (and sunscreen after): 0–48 h.
    NoSun,
    /// No harsh products (acids, retinoids, fragrance): 0–48 h.
    NoHarshProducts,
    /// No heavy makeup: 0–48 h.
    NoHeavyMakeup,
    /// Normal activities again: from 24 h.
    NormalActivities,
}

impl Rule {
    pub const ALL: [Rule; 4] = [
        Rule::NoSun,
        Rule::NoHarshProducts,
        Rule::NoHeavyMakeup,
        Rule::NormalActivities,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Rule::NoSun => "no-sun",
            Rule::NoHarshProducts => "no-harsh-products",
            Rule::NoHeavyMakeup => "no-heavy-makeup",
            Rule::NormalActivities => "normal-activities",
        }
    }

    /// Hours after the session the rule applies, from and to.
    pub fn hours(self) -> (f64, f64) {
        match self {
            Rule::NormalActivities => (NORMAL_ACTIVITIES_H, WEEK_H),
            _ => (0.0, AFTERCARE_H),
        }
    }
}

/// The first week after one session of a setting on a region.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DaysAfter {
    /// Days until the redness is down to a tenth.
    pub redness_days: f64,
    /// Hours until water loss through the barrier is back within a tenth of its day-0 excess.
    pub barrier_recovery_h: f64,
    /// Hours until the swelling is gone (0: none).
    pub swelling_h: f64,
    /// Pinpoint bleeding on day 0: the channels reach the capillary loops of the dermal papillae
    /// ([`CAPILLARY_LOOPS_MM`]).
    pub bleeding: bool,
    /// Redness on day 0, 0 to 1 [E]: deeper reach, stronger.
    redness_peak: f64,
}

impl DaysAfter {
    pub fn new(setup: &Setup, skin: &SkinProfile) -> DaysAfter {
        let reach = dermal_reach(setup, skin).0;
        let depth = finite(setup.mean_depth().0);
        DaysAfter {
            redness_days: (REDNESS_BASE_D + REDNESS_PER_MM_D * reach).min(TRANSIENT_MAX_D),
            barrier_recovery_h: (BARRIER_BASE_H + BARRIER_PER_MM_H * depth)
                .min(TRANSIENT_MAX_D * 24.0),
            swelling_h: if reach > 0.0 {
                (SWELLING_BASE_H + SWELLING_PER_MM_H * reach).min(TRANSIENT_MAX_D * 24.0)
            } else {
                0.0
            },
            bleeding: reach >= CAPILLARY_LOOPS_MM,
            redness_peak: (0.3 + reach).clamp(0.3, 1.0),
        }
    }

    /// Redness `hours` after the session, 0 to 1.
    pub fn redness_at(&self, hours: f64) -> f64 {
        self.redness_peak * fade(hours, self.redness_days * 24.0)
    }

    /// Water loss above baseline `hours` after the session, as a share of its day-0 excess, 0 to 1.
    pub fn barrier_at(&self, hours: f64) -> f64 {
        fade(hours, self.barrier_recovery_h)
    }

    /// Swelling `hours` after the session, 0 to 1.
    pub fn swelling_at(&self, hours: f64) -> f64 {
        if self.swelling_h > 0.0 {
            fade(hours, self.swelling_h)
        } else {
            0.0
        }
    }
}

fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x.max(0.0)
    } else {
        0.0
    }
}

/// 1 at hour 0, [`VISIBLE_SHARE`] at `gone_h`, exponential between (0 before the session).
fn fade(hours: f64, gone_h: f64) -> f64 {
    let valid = hours.is_finite() && hours >= 0.0 && gone_h.is_finite() && gone_h > 0.0;
    if valid {
        (VISIBLE_SHARE.ln() * hours / gone_h).exp()
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::test_pen;
    use crate::compare::{setup_for, Goal};
    use crate::device::Device;
    use crate::skin::Region;
    use crate::units::Mm;

    fn after(setup: Setup) -> DaysAfter {
        DaysAfter::new(&setup, &SkinProfile::for_region(Region::Cheek))
    }

    fn roller(mm: f64) -> Setup {
        Setup {
            needle: Mm(mm),
            ..setup_for(Goal::AcneScars, Device::Roller)
        }
    }

    #[test]
    fn redness_fades_in_one_to_two_days_at_usual_settings() {
        // Seed articles: "like a mild sunburn for 1–2 days" (docs/science.md §6, §8).
        for s in [roller(1.0), roller(1.5), test_pen(1.0), test_pen(1.5)] {
            let d = after(s).redness_days;
            assert!((1.0..=2.2).contains(&d), "{s:?}: {d}");
        }
        // Deeper, longer; everything within a week (Chu 2021).
        assert!(after(test_pen(2.5)).redness_days > after(test_pen(1.5)).redness_days);
        assert!(after(test_pen(3.0)).redness_days <= TRANSIENT_MAX_D);
        let home = after(setup_for(Goal::ProductUptake, Device::HomeRoller));
        assert!(home.redness_days < 1.0, "{home:?}");
    }

    #[test]
    fn barrier_recovers_as_the_studies_saw() {
        // 0.15–0.25 mm rollers: recovered within 72 h (Dermatol Surg 2012).
        let home = after(setup_for(Goal::ProductUptake, Device::HomeRoller));
        assert!(home.barrier_recovery_h <= 72.0, "{home:?}");
        // 0.5 mm and 1.5 mm pens: still raised at 48 h (Sasaki 2019), 1.5 mm the longest.
        let half = after(test_pen(0.5));
        let deep = after(test_pen(1.5));
        assert!(
            half.barrier_at(48.0) > VISIBLE_SHARE && deep.barrier_at(48.0) > half.barrier_at(48.0)
        );
        assert!(deep.barrier_recovery_h <= TRANSIENT_MAX_D * 24.0);
    }

    #[test]
    fn bleeding_and_swelling_on_day_zero_only_when_the_dermis_is_reached() {
        let deep = after(test_pen(1.5));
        assert!(deep.bleeding && deep.swelling_at(0.0) == 1.0 && deep.swelling_h < 48.0);
        let home = after(setup_for(Goal::ProductUptake, Device::HomeRoller));
        assert!(!home.bleeding, "{home:?}");
        let shallowest = after(Setup {
            needle: Mm(0.13),
            ..setup_for(Goal::ProductUptake, Device::HomeRoller)
        });
        assert!(shallowest.swelling_at(0.0) == 0.0, "{shallowest:?}");
        assert!(after(roller(0.5)).bleeding);
    }

    #[test]
    fn curves_fall_and_stay_finite() {
        let d = after(test_pen(1.5));
        let mut last = (f64::INFINITY, f64::INFINITY);
        for h in 0..=168 {
            let now = (d.redness_at(h as f64), d.barrier_at(h as f64));
            assert!(now.0 <= last.0 && now.1 <= last.1 && now.0 >= 0.0 && now.1 >= 0.0);
            last = now;
        }
        assert_eq!(d.redness_at(f64::NAN), 0.0);
        assert_eq!(d.barrier_at(-1.0), 0.0);
        let rules: Vec<_> = Rule::ALL.iter().map(|r| r.hours()).collect();
        assert!(rules.iter().all(|(a, b)| a < b && *b <= WEEK_H));
        assert_eq!(Rule::NoSun.hours(), (0.0, 48.0));
    }
}
