//! Property tests of the collagen model over every plan and device setting it accepts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use model::channels::Setup;
use model::collagen::{Course, Plan, Snapshot, INTERVAL_WEEKS, MONTH_DAYS};
use model::days_after::DaysAfter;
use model::skin::{Region, SkinProfile};
use model::units::Mm;
use proptest::prelude::*;

use common::setup;

fn region() -> impl Strategy<Value = Region> {
    proptest::sample::select(Region::ALL.to_vec())
}

/// Any plan the app can make: 0–8 sessions, 1–12 weeks apart, any stimulus.
fn plan() -> impl Strategy<Value = Plan> {
    (
        0u32..=8,
        INTERVAL_WEEKS.min as u32..=INTERVAL_WEEKS.max as u32,
        0.0f64..=1.0,
    )
        .prop_map(|(sessions, weeks, stimulus)| Plan {
            sessions,
            interval_weeks: weeks as f64,
            stimulus,
        })
}

/// Allowed slack for rounding in the integrator, percentage points.
const EPS: f64 = 1e-9;

fn all_finite(s: &Snapshot) -> bool {
    [
        s.day,
        s.month,
        s.collagen1_pct,
        s.collagen3_pct,
        s.collagen_pct,
        s.elastin_pct,
        s.tropoelastin_pct,
        s.untreated_pct,
        s.fibroblasts,
        s.inflammation,
    ]
    .iter()
    .all(|x| x.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// One more session, same interval and depth, never leaves less collagen at any moment.
    #[test]
    fn more_sessions_never_less_collagen(p in plan()) {
        prop_assume!(p.sessions < 8);
        let fewer = Course::simulate(&p);
        let more = Course::simulate(&Plan { sessions: p.sessions + 1, ..p });
        prop_assert!(more.at(12.0).collagen_pct >= fewer.at(12.0).collagen_pct - EPS);
        for (a, b) in fewer.samples().zip(more.samples()) {
            prop_assert!(b.collagen_pct >= a.collagen_pct - EPS, "day {}: {} < {}", a.day, b.collagen_pct, a.collagen_pct);
            prop_assert!(b.collagen1_pct >= a.collagen1_pct - EPS && b.collagen3_pct >= a.collagen3_pct - EPS);
            prop_assert!(b.tropoelastin_pct >= a.tropoelastin_pct - EPS);
        }
    }

    /// Amounts are never negative: treated skin never falls below the untreated line, tropoelastin
    /// never below its untreated level, total elastin only dips (never below zero, never far),
    /// signals stay in 0..1 and amounts are non-negative.
    #[test]
    fn no_negative_amounts(p in plan()) {
        let c = Course::simulate(&p);
        for s in c.samples() {
            prop_assert!(all_finite(&s));
            prop_assert!(s.collagen_pct >= s.untreated_pct - EPS);
            prop_assert!(s.collagen1_pct >= s.untreated_pct - EPS);
            prop_assert!(s.collagen3_pct >= s.untreated_pct - EPS);
            prop_assert!(s.tropoelastin_pct >= 0.0);
            // Total elastin: flat or lower during a course (El-Domyati 2015), and never gone.
            prop_assert!(s.elastin_pct > -50.0 && s.elastin_pct < 5.0, "{}", s.elastin_pct);
            let l = s.levels;
            for x in [l.platelets, l.inflammation, l.growth_factors, l.fibroblasts] {
                prop_assert!((0.0..=1.0).contains(&x), "{l:?}");
            }
            for x in [l.collagen3, l.collagen1, l.elastin] {
                prop_assert!(x >= 0.0, "{l:?}");
            }
        }
    }

    /// After a single session, type III collagen peaks before type I.
    #[test]
    fn type_three_peaks_before_type_one(stimulus in 0.01f64..=1.0) {
        let c = Course::simulate(&Plan { sessions: 1, interval_weeks: 4.0, stimulus });
        let peak = |f: fn(&Snapshot) -> f64| {
            c.samples().max_by(|a, b| f(a).total_cmp(&f(b))).map_or(0.0, |s| s.day)
        };
        // New collagen: above the untreated line (which alone peaks on day 0, as ageing goes on).
        let three = peak(|s| s.collagen3_pct - s.untreated_pct);
        let one = peak(|s| s.collagen1_pct - s.untreated_pct);
        prop_assert!(three < one, "type III on day {three}, type I on day {one}");
    }

    /// The untreated line falls slowly and steadily: about 1 % a year.
    #[test]
    fn untreated_line_declines_slowly(a in 0.0f64..=12.0, b in 0.0f64..=12.0) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (x, y) = (Course::untreated_pct(lo), Course::untreated_pct(hi));
        prop_assert!(y <= x);
        // Never faster than 1.05 % a year, and not much slower than 0.95 %.
        let years = (hi - lo) * MONTH_DAYS / 365.25;
        prop_assert!(x - y <= 1.05 * years + EPS);
        prop_assert!(x - y >= 0.95 * years - EPS);
    }

    /// A longer needle, all else equal, never gives less collagen.
    #[test]
    fn deeper_needle_never_less_collagen(
        s in setup(),
        r in region(),
        extra in 0.0f64..1.0,
        sessions in 1u32..=8,
        weeks in 1u32..=12,
    ) {
        let skin = SkinProfile::for_region(r);
        let deeper = Setup { needle: Mm(s.needle.0 + extra), ..s };
        let a = Course::simulate(&Plan::new(&s, &skin, sessions, weeks as f64));
        let b = Course::simulate(&Plan::new(&deeper, &skin, sessions, weeks as f64));
        prop_assert!(b.plan().stimulus >= a.plan().stimulus - EPS);
        for m in [1.0, 3.0, 6.0, 12.0] {
            prop_assert!(b.at(m).collagen_pct >= a.at(m).collagen_pct - EPS);
        }
        // The first days last no less either (within a week).
        let (x, y) = (DaysAfter::new(&s, &skin), DaysAfter::new(&deeper, &skin));
        prop_assert!(y.redness_days >= x.redness_days && y.barrier_recovery_h >= x.barrier_recovery_h);
        prop_assert!(y.redness_days <= 7.0 && y.barrier_recovery_h <= 168.0);
    }

    /// Past the bottom of the region's dermis, a longer needle adds nothing to the reach.
    #[test]
    fn no_gain_past_the_dermis(s in setup(), r in region(), extra in 0.0f64..1.0) {
        let skin = SkinProfile::for_region(r);
        let past = skin.epidermis().0 + skin.dermis.0 + 0.5;
        // A needle whose shallowest channels (mean less the spread) are already below the dermis.
        let mut deep = Setup { needle: Mm(s.needle.0.max(1e-3)), ..s };
        for _ in 0..100 {
            if deep.mean_depth().0 - deep.depth_spread().0 >= past {
                break;
            }
            deep.needle = Mm(deep.needle.0 * 1.5 + 0.1);
        }
        prop_assume!(deep.mean_depth().0 - deep.depth_spread().0 >= past);
        let deeper = Setup { needle: Mm(deep.needle.0 + extra), ..deep };
        let (a, b) = (model::collagen::reach_factor(&deep, &skin), model::collagen::reach_factor(&deeper, &skin));
        prop_assert!((a - b).abs() < 1e-12, "{a} {b}");
    }

    /// Untreated skin: no session, the collagen falls about 1 % a year and nothing else moves.
    #[test]
    fn untreated_falls_about_one_percent_a_year(weeks in 1u32..=12) {
        let c = Course::simulate(&Plan { sessions: 0, interval_weeks: weeks as f64, stimulus: 1.0 });
        let s = c.at(12.0);
        prop_assert!((-1.05..=-0.95).contains(&s.collagen_pct), "{}", s.collagen_pct);
        prop_assert!(s.tropoelastin_pct == 0.0 && s.elastin_pct == 0.0);
    }

    /// Any plan and any moment, however odd, gives finite numbers.
    #[test]
    fn finite_everywhere(
        sessions in any::<u32>(),
        weeks in proptest::num::f64::ANY,
        stimulus in proptest::num::f64::ANY,
        month in proptest::num::f64::ANY,
    ) {
        let c = Course::simulate(&Plan { sessions, interval_weeks: weeks, stimulus });
        prop_assert!(all_finite(&c.at(month)));
        prop_assert!(Course::untreated_pct(month).is_finite());
        prop_assert!(c.session_days().iter().all(|d| d.is_finite()));
    }

    /// The stimulus from any device setting on any region is a number in 0..1.
    #[test]
    fn stimulus_in_range(s in setup(), r in region()) {
        let p = Plan::new(&s, &SkinProfile::for_region(r), 5, 4.0);
        prop_assert!((0.0..=1.0).contains(&p.stimulus));
    }
}
