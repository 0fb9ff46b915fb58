//! Intact skin: how fast an active crosses the stratum corneum (docs/science.md §4).
//!
//! Potts & Guy 1992: log kp [cm/h] = −2.7 + 0.71 · log Kow − 0.0061 · MW, fitted to 93 compounds
//! (log Kow −3 to +6, MW up to about 750), for neutral solutes in water at steady state.

use super::serum::Serum;

/// Intercept, log Kow slope and MW slope of Potts–Guy (log10 cm/h; per log unit; per Da).
const PG_INTERCEPT: f64 = -2.7;
const PG_LOG_KOW: f64 = 0.71;
const PG_MW: f64 = -0.0061;

/// The fit's range: MW up to about 750 Da, log Kow −3 to +6 (Potts & Guy 1992).
pub const PG_MAX_MW_DA: f64 = 750.0;
pub const PG_LOG_KOW_RANGE: (f64, f64) = (-3.0, 6.0);

/// Very lipophilic solutes are limited by the watery viable epidermis, not the stratum corneum:
/// kp ≤ 0.1 cm/h (docs/science.md §4, retinol) [E].
pub const VIABLE_EPIDERMIS_LIMIT_CM_H: f64 = 0.1;

/// Measured kp of copper (GHK-Cu) through human skin, cm/h (Hostynek 2010, docs/science.md §4).
pub const GHK_CU_MEASURED_KP_CM_H: f64 = 2.4e-4;

/// Potts–Guy permeability coefficient, cm/h, uncapped. Non-finite inputs give 0 (no permeation).
pub fn potts_guy_kp_cm_h(mw_da: f64, log_p: f64) -> f64 {
    if !mw_da.is_finite() || !log_p.is_finite() {
        return 0.0;
    }
    let log_kp = PG_INTERCEPT + PG_LOG_KOW * log_p + PG_MW * mw_da.max(0.0);
    // Below 10^-300 cm/h nothing crosses for any purpose (and the power would underflow anyway);
    // the upper clamp keeps absurd log P finite.
    if log_kp < -300.0 {
        0.0
    } else {
        10f64.powf(log_kp.min(10.0))
    }
}

/// Whether Potts–Guy was fitted for a molecule of this size and lipophilicity.
pub fn in_potts_guy_range(mw_da: f64, log_p: f64) -> bool {
    mw_da <= PG_MAX_MW_DA && (PG_LOG_KOW_RANGE.0..=PG_LOG_KOW_RANGE.1).contains(&log_p)
}

/// Intact-skin kp, cm/h: Potts–Guy capped at the viable-epidermis limit.
pub fn kp_cm_h(mw_da: f64, log_p: f64) -> f64 {
    potts_guy_kp_cm_h(mw_da, log_p).min(VIABLE_EPIDERMIS_LIMIT_CM_H)
}

/// Intact-skin kp of a serum's active, cm/h: the readout the screen shows.
pub fn intact_kp_cm_h(serum: Serum) -> f64 {
    let a = serum.active();
    kp_cm_h(a.mw_da, a.log_p)
}

/// Occlusion keeps the film wet and hydrates the stratum corneum: intact kp × 2.5 (2–3) [E]
/// (Zhai & Maibach 2001 [V]: occlusion raises intact-skin absorption; docs/science.md §8).
pub const OCCLUSION_KP_FACTOR: f64 = 2.5;

/// Intact-skin kp, cm/h, covered or not.
pub fn kp_under(mw_da: f64, log_p: f64, occluded: bool) -> f64 {
    let k = kp_cm_h(mw_da, log_p);
    if occluded {
        k * OCCLUSION_KP_FACTOR
    } else {
        k
    }
}

/// Stratum corneum / water partition coefficient: K = Kow^0.71, Potts–Guy's log Kow slope read
/// as the partition step (docs/science.md §4) [E], within 10⁻³–10⁶. Lipophilic actives load the
/// stratum corneum far beyond their water concentration; this is where retinol stays.
pub fn sc_partition(log_p: f64) -> f64 {
    if !log_p.is_finite() {
        return 1.0;
    }
    10f64.powf(PG_LOG_KOW * log_p).clamp(1e-3, 1e6)
}

/// Renkin hindrance for a solute of radius ratio λ = solute radius / pore radius, 0 to 1:
/// H(λ) = (1−λ)² (1 − 2.104λ + 2.09λ³ − 0.95λ⁵) (docs/science.md §4). Microchannels are tens of µm
/// wide, so H is close to 1 even for hyaluronic acid.
pub fn renkin_hindrance(lambda: f64) -> f64 {
    if lambda.is_nan() {
        return 0.0;
    }
    let l = lambda.clamp(0.0, 1.0);
    let h = (1.0 - l).powi(2) * (1.0 - 2.104 * l + 2.09 * l.powi(3) - 0.95 * l.powi(5));
    h.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs()
    }

    #[test]
    fn stated_kp_values() {
        // docs/science.md §4: niacinamide ≈ 2.0e-4, L-ascorbic acid ≈ 8e-6 cm/h.
        let n = intact_kp_cm_h(Serum::Niacinamide);
        assert!(close(n, 2.0e-4, 0.05), "{n}");
        let c = intact_kp_cm_h(Serum::VitaminC);
        assert!(close(c, 8e-6, 0.05), "{c}");
    }

    #[test]
    fn retinol_is_capped_at_the_viable_epidermis_limit() {
        let a = Serum::Retinol.active();
        // Potts–Guy ≈ 0.4 cm/h, an overestimate.
        assert!(close(potts_guy_kp_cm_h(a.mw_da, a.log_p), 0.4, 0.05));
        assert_eq!(intact_kp_cm_h(Serum::Retinol), VIABLE_EPIDERMIS_LIMIT_CM_H);
    }

    #[test]
    fn ghk_cu_is_measured_far_above_the_model() {
        let a = Serum::GhkCu.active();
        let predicted = potts_guy_kp_cm_h(a.mw_da, a.log_p);
        assert!(GHK_CU_MEASURED_KP_CM_H / predicted > 1000.0);
    }

    #[test]
    fn range_check() {
        assert!(in_potts_guy_range(122.1, -0.37));
        assert!(!in_potts_guy_range(802.1, 2.5));
        assert!(!in_potts_guy_range(300.0, 6.5));
        assert!(!in_potts_guy_range(300.0, -3.5));
        assert!(!in_potts_guy_range(f64::NAN, 0.0));
    }

    #[test]
    fn macromolecules_and_odd_inputs_give_finite_zero_ish_kp() {
        assert_eq!(intact_kp_cm_h(Serum::HaHigh), 0.0);
        assert!(intact_kp_cm_h(Serum::HaLow) < 1e-200);
        for (mw, lp) in [
            (f64::NAN, 1.0),
            (1.0, f64::INFINITY),
            (-5.0, 100.0),
            (1e300, -1e300),
        ] {
            let k = kp_cm_h(mw, lp);
            assert!(k.is_finite() && k >= 0.0, "{mw} {lp} → {k}");
        }
    }

    #[test]
    fn occlusion_raises_kp_two_to_three_fold_and_retinol_partitions_into_the_sc() {
        let a = Serum::Niacinamide.active();
        let r = kp_under(a.mw_da, a.log_p, true) / kp_under(a.mw_da, a.log_p, false);
        assert!((2.0..=3.0).contains(&r));
        assert!(sc_partition(Serum::Retinol.active().log_p) > 1e3);
        assert!(sc_partition(Serum::VitaminC.active().log_p) < 1.0);
        assert_eq!(sc_partition(f64::NAN), 1.0);
    }

    #[test]
    fn renkin_is_one_for_a_point_and_zero_for_a_plug() {
        assert_eq!(renkin_hindrance(0.0), 1.0);
        assert_eq!(renkin_hindrance(1.0), 0.0);
        assert_eq!(renkin_hindrance(f64::NAN), 0.0);
        // HA 1 MDa (Rh ≈ 58 nm) in a 35 µm-radius channel.
        assert!(renkin_hindrance(58e-9 / 35e-6) > 0.99);
        let mut last = 1.0;
        for i in 0..=100 {
            let h = renkin_hindrance(i as f64 / 100.0);
            assert!(h <= last + 1e-12);
            last = h;
        }
    }
}
