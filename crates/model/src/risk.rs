//! What a session feels like and risks for the skin: a relative pain score (Gill 2008) and the
//! chance of lasting pigment change by skin type (docs/science.md §7 and §8).

use super::channels::Setup;
use super::device::Device;
use super::skin::SkinType;

/// Gill 2008 (humans): 3× longer microneedles hurt about 7× more, so pain ∝ length^(ln 7 / ln 3).
pub fn pain_length_exponent() -> f64 {
    7f64.ln() / 3f64.ln()
}

/// Gill 2008: 10× more needles hurt about 2–2.5× more (2.25 taken), so pain ∝ count^(ln 2.25 / ln 10).
pub fn pain_count_exponent() -> f64 {
    2.25f64.ln() / 10f64.ln()
}
/// Scale of the 0–10 score: a 12-needle pen at 1.5 mm without numbing scores 6 [E].
pub const PAIN_SCALE: f64 = 6.0;
/// Numbing cream is usual from this needle length up (clinics numb before 0.5 mm and deeper) [S].
pub const NUMBING_FROM_MM: f64 = 0.5;
/// Drum needles in the skin at one time: about one per ring of the drum (MF8: 192 in 8 rows of
/// 24 around), so a roller hurts like a cartridge of as many needles as it has rings [E].
pub const DRUM_NEEDLES_PER_RING: f64 = 24.0;

/// Needles in the skin at the same moment.
pub fn needles_at_once(setup: &Setup) -> f64 {
    let n = setup.needles.max(1) as f64;
    match setup.device {
        Device::Roller | Device::HomeRoller => (n / DRUM_NEEDLES_PER_RING).max(1.0),
        Device::Pen | Device::HomeStamp => n,
    }
}

/// Relative pain, 0–10, without numbing cream: a model estimate scaled on Gill 2008's ratios,
/// steep with needle length, gentle with needle count.
pub fn pain_score(setup: &Setup) -> f64 {
    let length = (setup.needle.0 / 1.5).max(0.0).powf(pain_length_exponent());
    let count = (needles_at_once(setup) / 12.0).powf(pain_count_exponent());
    let s = PAIN_SCALE * length * count;
    if s.is_finite() {
        s.clamp(0.0, 10.0)
    } else {
        0.0
    }
}

/// Whether clinics usually put numbing cream on first.
pub fn numbing_usual(setup: &Setup) -> bool {
    setup.needle.0 >= NUMBING_FROM_MM - 1e-9
}

/// Chance of post-inflammatory hyperpigmentation per session, % , for types I–VI at shallow depth:
/// 1–5 % a session, × 2–3 for types IV–VI (docs/science.md §7) [E].
pub const PIH_BASE_PCT: [f64; 6] = [1.0, 1.0, 1.25, 2.0, 2.5, 3.0];
/// Deep needles double it: × 1 up to 1 mm, rising linearly to × 2 at 1.5 mm and beyond [E].
pub const PIH_DEPTH_FACTOR: f64 = 2.0;

/// Risk of lasting pigment change from one session, %: higher for types IV–VI and deep needles.
pub fn pih_risk_pct(setup: &Setup, skin: SkinType) -> f64 {
    let base = PIH_BASE_PCT[(skin.number() - 1) as usize];
    let ramp = ((setup.needle.0 - 1.0) / 0.5).clamp(0.0, 1.0);
    base * (1.0 + (PIH_DEPTH_FACTOR - 1.0) * ramp)
}

/// Chance of at least one episode over `sessions` independent sessions, %.
pub fn over_sessions_pct(per_session_pct: f64, sessions: u32) -> f64 {
    let p = (per_session_pct / 100.0).clamp(0.0, 1.0);
    (1.0 - (1.0 - p).powi(sessions as i32)) * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::{test_pen, Setup};
    use crate::units::Mm;

    #[test]
    fn exponents_reproduce_gill_2008_ratios() {
        assert!((3f64.powf(pain_length_exponent()) - 7.0).abs() < 1e-9);
        assert!((10f64.powf(pain_count_exponent()) - 2.25).abs() < 1e-9);
        // 3× longer: 7× the score (below the cap).
        let short = pain_score(&test_pen(0.25));
        let long = pain_score(&test_pen(0.75));
        assert!((long / short - 7.0).abs() < 1e-9, "{}", long / short);
        // 10× the needles (6 → 60, beyond a cartridge, as a ratio check): 2.25×.
        let few = Setup {
            needles: 3,
            ..test_pen(0.5)
        };
        let many = Setup {
            needles: 30,
            ..test_pen(0.5)
        };
        assert!((pain_score(&many) / pain_score(&few) - 2.25).abs() < 1e-9);
    }

    #[test]
    fn pain_is_bounded_and_numbing_is_usual_from_half_a_millimetre() {
        assert!((pain_score(&test_pen(1.5)) - PAIN_SCALE).abs() < 1e-9);
        assert_eq!(pain_score(&test_pen(3.0)), 10.0);
        assert_eq!(pain_score(&test_pen(0.0)), 0.0);
        assert!(!numbing_usual(&test_pen(0.25)));
        assert!(numbing_usual(&test_pen(0.5)));
        // A roller's 192 needles hurt like 8 at once, not 192.
        let roller = Setup::for_device(Device::Roller);
        assert_eq!(needles_at_once(&roller), 8.0);
    }

    #[test]
    fn pigment_risk_rises_for_darker_skin_and_deep_needles() {
        let shallow = test_pen(0.5);
        let deep = test_pen(1.5);
        let (ii, vi) = (SkinType::new(2), SkinType::new(6));
        assert_eq!(pih_risk_pct(&shallow, ii), 1.0);
        assert_eq!(pih_risk_pct(&shallow, vi), 3.0);
        assert_eq!(pih_risk_pct(&deep, vi), 6.0);
        // Within docs/science.md §7's 1–5 % a session × 2–3 for types IV–VI.
        for t in SkinType::ALL {
            let r = pih_risk_pct(&shallow, t);
            assert!((1.0..=5.0).contains(&r));
            if t.is_darker() {
                let ratio = r / pih_risk_pct(&shallow, ii);
                assert!((2.0..=3.0).contains(&ratio), "{t:?} {ratio}");
            }
        }
    }

    #[test]
    fn five_deep_roller_sessions_in_darker_skin_match_dogra_2014() {
        // Dogra 2014: PIH in 5 of 30 patients (types IV–V, 1.5 mm roller, 5 sessions), 17 %
        // (95 % interval about 6–35 %).
        let roller = Setup {
            needle: Mm(1.5),
            ..Setup::for_device(Device::Roller)
        };
        for t in [4, 5] {
            let p = over_sessions_pct(pih_risk_pct(&roller, SkinType::new(t)), 5);
            assert!((6.0..=35.0).contains(&p), "type {t}: {p}");
        }
    }
}
