//! Property tests of the URL settings: any query parses into range and writes back losslessly.
#![cfg(not(target_arch = "wasm32"))]

use microneedling_explorer::app::number::parse_f64;
use microneedling_explorer::app::settings::{self, Settings};
use model::compare::{setup_for, Goal};
use model::device::Device;
use model::skin::Region;
use proptest::prelude::*;

proptest! {
    /// Any query string parses to settings inside every range, and writing them back is lossless.
    #[test]
    fn any_query_parses_to_valid_settings(
        pairs in proptest::collection::vec(
            (proptest::sample::select(settings::KEYS.to_vec()), ".{0,12}"),
            0..12,
        )
    ) {
        let (s, _) = settings::parse(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        let l = s.device.limits();
        prop_assert!(l.depth_mm.contains(s.depth_mm));
        prop_assert!(l.needles.contains(s.needles as f64));
        prop_assert!(l.passes.contains(s.passes as f64));
        prop_assert!(s.hours.is_finite() && settings::HOURS.contains(s.hours));
        prop_assert!(settings::MONTH.contains(s.month));
        prop_assert!(!s.screens.is_empty() && s.screens.contains(&s.screen));
        let q = settings::to_query(&s);
        let (back, changes) = settings::parse(q.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert_eq!(back, s);
        prop_assert!(changes.is_empty());
    }

    /// The app's number reader (the browser's `parseFloat` behind a grammar check) accepts exactly
    /// the strings Rust's own parser accepts, with the same value.
    #[test]
    fn numbers_read_as_rust_reads_them(s in "[-+]?[0-9.eEinftyaINFTYA_x ]{0,9}") {
        let ours = parse_f64(&s);
        let rust = s.parse::<f64>().ok();
        prop_assert!(
            match (ours, rust) {
                (Some(a), Some(b)) => a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                (a, b) => a.is_none() && b.is_none(),
            },
            "{:?}: ours {:?}, Rust {:?}", s, ours, rust
        );
    }

    /// Numbers of any size are clamped into range, never NaN.
    #[test]
    fn numbers_are_clamped(x in proptest::num::f64::ANY) {
        let v = x.to_string();
        let (s, _) = settings::parse([("depth", v.as_str()), ("hours", v.as_str())]);
        prop_assert!(s.depth_mm.is_finite() && s.hours.is_finite());
        let d = Settings::default();
        if x.is_nan() {
            prop_assert_eq!(s.depth_mm, d.depth_mm);
        }
    }

    /// A Compare column's setting, written to the URL and parsed back, is unchanged: the
    /// single-tool screens open on the same numbers.
    #[test]
    fn compare_settings_round_trip_through_the_url(
        g in proptest::sample::select(Goal::ALL.to_vec()),
        d in proptest::sample::select(Device::ALL.to_vec()),
        r in proptest::sample::select(Region::ALL.to_vec()),
        n in settings::SESSIONS.min as u32..=settings::SESSIONS.max as u32,
        w in settings::INTERVAL_WEEKS.min as u32..=settings::INTERVAL_WEEKS.max as u32,
    ) {
        let base = Settings { region: r, sessions: n, interval_weeks: w, ..Settings::default() };
        let s = settings::for_compare(g, d, &base);
        let q = settings::to_query(&s);
        let (back, changes) = settings::parse(q.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert!(changes.is_empty(), "{:?}", changes);
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(back.setup(), setup_for(g, d));
        prop_assert_eq!((back.region, back.sessions, back.interval_weeks), (r, n, w));
    }
}
