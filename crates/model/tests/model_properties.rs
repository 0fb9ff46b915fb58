//! Property tests of the model's invariants, over every input it accepts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use model::journey::{JourneyPlayer, Stage};
use model::skin::{Layer, Region, SkinProfile};
use model::units::Mm;
use proptest::prelude::*;

fn region() -> impl Strategy<Value = Region> {
    proptest::sample::select(Region::ALL.to_vec())
}

proptest! {
    /// Every region's layers are positive, stacked in order, and sum to the total.
    #[test]
    fn layers_positive_ordered_and_summing(r in region()) {
        let p = SkinProfile::for_region(r);
        let mut top = 0.0;
        let mut sum = 0.0;
        for l in Layer::SKIN {
            let t = p.thickness(l).0;
            prop_assert!(t > 0.0, "{l:?} of {r:?} is {t}");
            let (a, b) = p.bounds(l);
            prop_assert!((a.0 - top).abs() < 1e-12);
            prop_assert!(b.0 > a.0);
            top = b.0;
            sum += t;
        }
        prop_assert!((sum - p.total().0).abs() < 1e-12);
        // The epidermis is thinner than the papillary dermis, which is thinner than the dermis.
        prop_assert!(p.epidermis().0 < p.papillary_dermis.0);
        prop_assert!(p.papillary_dermis.0 < p.dermis.0);
    }

    /// Deeper never reaches a shallower layer.
    #[test]
    fn layer_at_is_monotone_in_depth(r in region(), a in 0.0f64..4.0, b in 0.0f64..4.0) {
        let p = SkinProfile::for_region(r);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(p.layer_at(Mm(lo)) <= p.layer_at(Mm(hi)));
    }

    /// The journey player never leaves its stages, for any time, finite or not.
    #[test]
    fn journey_stays_in_range(t in proptest::num::f64::ANY) {
        let j = JourneyPlayer::at_time(t);
        prop_assert!(j.position.is_finite());
        prop_assert!((0.0..=1.0).contains(&j.progress()));
        prop_assert!(Stage::ALL.contains(&j.stage()));
    }
}

mod channels {
    use model::channels::Setup;
    use model::skin::{Region, SkinProfile};
    use model::units::Mm;
    use model::warnings::warnings;
    use proptest::prelude::*;

    use crate::common::setup;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn outputs_are_finite_and_physical(s in setup(), seed in any::<u64>()) {
            prop_assert!(s.per_cm2().is_finite() && s.per_cm2() >= 0.0);
            prop_assert!((0.0..=1.0).contains(&s.area_opened()));
            let skin = SkinProfile::for_region(Region::Cheek);
            let _ = s.layer_reached(&skin);
            for c in s.place(seed) {
                prop_assert!(c.depth.0.is_finite() && c.depth.0 >= 0.0);
                prop_assert!(c.depth.0 <= s.needle.0, "real depth {} beyond needle {}", c.depth.0, s.needle.0);
                prop_assert!(c.width.0 > 0.0);
            }
            for r in Region::ALL {
                let _ = warnings(&s, r);
            }
        }

        #[test]
        fn placed_count_matches_the_formula(s in setup(), seed in any::<u64>()) {
            let placed = s.place(seed).len() as f64;
            let formula = s.per_cm2();
            prop_assert!((placed - formula).abs() <= (0.05 * formula).max(1.0), "{placed} vs {formula}");
        }

        #[test]
        fn more_passes_never_fewer_channels(s in setup(), seed in any::<u64>()) {
            let more = Setup { passes: s.passes + 1, ..s };
            prop_assert!(more.place(seed).len() >= s.place(seed).len());
        }

        #[test]
        fn a_longer_needle_never_gives_a_shallower_channel(s in setup(), extra in 0.0f64..1.0, seed in any::<u64>()) {
            let longer = Setup { needle: Mm(s.needle.0 + extra), ..s };
            for (a, b) in s.place(seed).iter().zip(longer.place(seed).iter()) {
                prop_assert!(b.depth.0 >= a.depth.0 - 1e-12);
            }
        }
    }
}

mod skin_side {
    use model::channels::Setup;
    use model::device::Device;
    use model::risk::{pain_score, pih_risk_pct};
    use model::skin::{Region, SkinProfile, SkinType};
    use model::units::Mm;
    use model::warnings::{warnings, Warning};
    use proptest::prelude::*;

    use crate::common::setup;

    fn region() -> impl Strategy<Value = Region> {
        proptest::sample::select(Region::ALL.to_vec())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Pain stays on its 0–10 scale and never falls with a longer needle or more needles.
        #[test]
        fn pain_is_bounded_and_monotone(s in setup(), extra in 0.0f64..1.0, more in 0u32..20) {
            let p = pain_score(&s);
            prop_assert!((0.0..=10.0).contains(&p));
            let longer = Setup { needle: Mm(s.needle.0 + extra), ..s };
            prop_assert!(pain_score(&longer) >= p - 1e-12);
            let denser = Setup { needles: s.needles + more, ..s };
            prop_assert!(pain_score(&denser) >= p - 1e-12);
        }

        /// Pigment risk is a percentage, never lower for a darker type or a longer needle.
        #[test]
        fn pigment_risk_is_monotone(s in setup(), t in 1u32..6, extra in 0.0f64..1.0) {
            let (a, b) = (SkinType::new(t), SkinType::new(t + 1));
            let r = pih_risk_pct(&s, a);
            prop_assert!(r > 0.0 && r <= 100.0);
            prop_assert!(pih_risk_pct(&s, b) >= r);
            let longer = Setup { needle: Mm(s.needle.0 + extra), ..s };
            prop_assert!(pih_risk_pct(&longer, a) >= r);
        }

        /// "Through the dermis" always comes with "too deep for the region", never alone.
        #[test]
        fn warnings_never_contradict(s in setup(), r in region()) {
            let w = warnings(&s, r);
            if w.contains(&Warning::BeyondDermis) {
                prop_assert!(w.iter().any(|x| matches!(x, Warning::TooDeepForRegion { .. })), "{w:?}");
            }
        }

        /// Depths spread inside the needle, the pen within its ±0.15 mm tolerance and below a
        /// hand tool's spread at the same needle and a normal press.
        #[test]
        fn depth_spread_is_physical(s in setup(), needle in 0.2f64..2.5) {
            prop_assert!(s.depth_sd().0 >= 0.0);
            prop_assert!(s.deepest().0 <= s.needle.0 + 1e-12);
            prop_assert!(s.mean_depth().0 - s.depth_spread().0 >= -1e-12);
            let pen = Setup { needle: Mm(needle), ..Setup::for_device(Device::Pen) };
            let roller = Setup { needle: Mm(needle), ..Setup::for_device(Device::Roller) };
            prop_assert!(pen.depth_spread().0 <= 0.15 + 1e-12);
            prop_assert!(pen.depth_sd() < roller.depth_sd());
        }

        /// The share of bleeding channels never falls as channels go deeper.
        #[test]
        fn bleeding_is_monotone_in_depth(r in region(), a in 0.0f64..3.0, b in 0.0f64..3.0, spread in 0.0f64..0.2) {
            let p = SkinProfile::for_region(r);
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(p.bleeding_share(Mm(lo), Mm(spread)) <= p.bleeding_share(Mm(hi), Mm(spread)));
            prop_assert!(p.bleeding(Mm(lo), Mm(spread)) <= p.bleeding(Mm(hi), Mm(spread)));
        }
    }
}
