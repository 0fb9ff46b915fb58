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
