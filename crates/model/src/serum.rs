//! The serums a visitor can choose (`serum=` in the URL) and their chemistry (docs/science.md §4).

/// One active ingredient a visitor can apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Serum {
    /// Hyaluronic acid, low molecular weight (about 50 kDa).
    HaLow,
    /// Hyaluronic acid, high molecular weight (about 1 MDa).
    HaHigh,
    /// L-ascorbic acid.
    VitaminC,
    /// Niacinamide (vitamin B3 amide).
    Niacinamide,
    /// Palmitoyl pentapeptide-4.
    Peptide,
    /// Copper peptide (GHK-Cu).
    GhkCu,
    /// Retinol (vitamin A).
    Retinol,
}

impl Serum {
    pub const ALL: [Serum; 7] = [
        Serum::HaLow,
        Serum::HaHigh,
        Serum::VitaminC,
        Serum::Niacinamide,
        Serum::Peptide,
        Serum::GhkCu,
        Serum::Retinol,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Serum::HaLow => "ha-low",
            Serum::HaHigh => "ha-high",
            Serum::VitaminC => "vitamin-c",
            Serum::Niacinamide => "niacinamide",
            Serum::Peptide => "peptide",
            Serum::GhkCu => "ghk-cu",
            Serum::Retinol => "retinol",
        }
    }

    pub fn from_key(s: &str) -> Option<Serum> {
        Serum::ALL.into_iter().find(|x| x.key() == s)
    }
}

/// A known limit of the model for one active, kept as data: the screen words it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Caveat {
    /// MW above about 750 Da or log P outside −3..6: Potts–Guy was not fitted there (Potts & Guy 1992).
    OutsidePottsGuyRange,
    /// A macromolecule: Potts–Guy does not apply at all; it predicts essentially nothing.
    Macromolecule,
    /// Very lipophilic: Potts–Guy's kp (`potts_guy_cm_h`) overestimates, so it is capped at the
    /// viable-epidermis limit (docs/science.md §4).
    LipophilicCapped { potts_guy_cm_h: f64 },
    /// A measured kp far above the model's prediction (GHK-Cu: copper through human skin,
    /// Hostynek 2010).
    MeasuredAboveModel {
        measured_cm_h: f64,
        predicted_cm_h: f64,
    },
    /// Sources disagree on log P (⚠ in docs/science.md): the model uses `used`; `range` when docs/science.md
    /// gives one.
    LogPDisputed {
        used: f64,
        range: Option<(f64, f64)>,
    },
    /// Raman imaging (Essendoubi 2016) saw this hyaluronic acid cross the stratum corneum
    /// (`crosses`) or not, against the 500 Da rule (Bos & Meinardi 2000).
    RamanImaging { crosses: bool },
    /// Vitamin C enters skin only below pH 3.5 (Pinnell 2001).
    NeedsPhBelow3_5,
    /// Real delivery is solubility-limited and mostly stays in the stratum corneum (retinol).
    SolubilityLimited,
    /// Mouse skin: none reached the receptor; µg/cm² found in each layer (Choi 2014).
    MeasuredLayers {
        stratum_corneum_ug_cm2: f64,
        epidermis_ug_cm2: f64,
        dermis_ug_cm2: f64,
    },
    /// Granulomas were reported after a vitamin C serum applied during needling
    /// (Soltani-Arabshahi 2014): only sterile products made for needled skin.
    GranulomaReport,
}

impl Caveat {
    /// The id in `sources::REFERENCES` the caveat rests on.
    pub fn source_id(&self) -> &'static str {
        match self {
            Caveat::OutsidePottsGuyRange | Caveat::LipophilicCapped { .. } => "potts-guy-1992",
            Caveat::Macromolecule => "bos-meinardi-2000",
            Caveat::MeasuredAboveModel { .. } => "hostynek-2010",
            Caveat::LogPDisputed { .. } => "potts-guy-1992",
            Caveat::RamanImaging { .. } => "essendoubi-2016",
            Caveat::NeedsPhBelow3_5 => "pinnell-2001",
            Caveat::SolubilityLimited => "potts-guy-1992",
            Caveat::MeasuredLayers { .. } => "choi-2014",
            Caveat::GranulomaReport => "soltani-arabshahi-2014",
        }
    }
}

/// Physical chemistry of an active, as the permeation and absorption models take it (docs/science.md §4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Active {
    /// Molecular weight, Da (g/mol).
    pub mw_da: f64,
    /// Octanol–water partition coefficient, log10 Kow (the value the model uses).
    pub log_p: f64,
    /// Free diffusivity in water at 32 °C, cm²/s.
    pub diffusivity_cm2_s: f64,
    /// A polymer (hyaluronic acid): far outside what Potts–Guy describes.
    pub macromolecule: bool,
}

/// Stokes–Einstein at 32 °C: D ≈ 2.9e-6 / Rh[nm] cm²/s (docs/science.md §4) [E].
pub const STOKES_EINSTEIN_CM2_S_NM: f64 = 2.9e-6;

impl Active {
    /// Hydrodynamic radius from the diffusivity by Stokes–Einstein, nm.
    pub fn radius_nm(&self) -> f64 {
        STOKES_EINSTEIN_CM2_S_NM / self.diffusivity_cm2_s.max(1e-12)
    }
}

/// How a serum is applied as a product (docs/science.md §8): a typical concentration of active in
/// the usual test amount of 2 mg/cm², and what limits how much of it is dissolved and mobile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Product {
    /// Mass fraction of active in the product (0.05 = 5 %).
    pub fraction: f64,
    /// Applied amount of product, mg/cm².
    pub applied_mg_cm2: f64,
    /// Water solubility of the active, µg/cm³ (= µg/mL); `None` when every typical product is far
    /// below it. Flux is capped at kp × solubility (docs/science.md §8).
    pub solubility_ug_cm3: Option<f64>,
    /// Share of free passage through a channel mouth: 1 for solutes; high-MW hyaluronic acid is
    /// viscous and entangled and mostly stays at the mouths (docs/science.md §8) [E].
    pub mouth_passage: f64,
    /// Clearance from the dermis, per hour, when the active is held in the skin as a reservoir
    /// (vitamin C: half-life about 4 days, Pinnell 2001); `None`: cleared as a free solute.
    pub reservoir_per_h: Option<f64>,
}

/// Applied amount of product: 2 mg/cm², the usual test amount (docs/science.md §8) [S].
pub const APPLIED_MG_CM2: f64 = 2.0;
/// High-MW hyaluronic acid's share of free passage through a channel mouth: 0.03 [E]
/// (docs/science.md §8: "most of it stays at the channel mouths").
pub const HA_HIGH_MOUTH_PASSAGE: f64 = 0.03;
/// Vitamin C's skin reservoir: half-life about 4 days = 96 h (Pinnell 2001) [V].
pub const VITAMIN_C_RESERVOIR_HALF_LIFE_H: f64 = 96.0;

impl Product {
    /// Applied dose of active, µg/cm²: 1,000 × mg/cm² × fraction.
    pub fn dose_ug_cm2(&self) -> f64 {
        1000.0 * self.applied_mg_cm2 * self.fraction
    }

    /// Concentration of active in the product as applied, µg/cm³ (a serum's density is taken as
    /// 1 g/cm³ [E]).
    pub fn concentration_ug_cm3(&self) -> f64 {
        1e6 * self.fraction
    }
}

impl Serum {
    /// The typical product (docs/science.md §8): concentration, solubility, passage at the mouths.
    pub fn product(self) -> Product {
        let p = |fraction| Product {
            fraction,
            applied_mg_cm2: APPLIED_MG_CM2,
            solubility_ug_cm3: None,
            mouth_passage: 1.0,
            reservoir_per_h: None,
        };
        match self {
            // Hyaluronic acid 0.1–2 %: 1 % [S/E].
            Serum::HaLow => p(0.01),
            Serum::HaHigh => Product {
                mouth_passage: HA_HIGH_MOUTH_PASSAGE,
                ..p(0.01)
            },
            // L-ascorbic acid 10–20 % at pH < 3.5: 15 % [S/E]; water solubility about 330 mg/mL
            // [E, handbook value]; reservoir half-life about 4 days (Pinnell 2001).
            Serum::VitaminC => Product {
                solubility_ug_cm3: Some(3.3e5),
                reservoir_per_h: Some(std::f64::consts::LN_2 / VITAMIN_C_RESERVOIR_HALF_LIFE_H),
                ..p(0.15)
            },
            // Niacinamide 2–10 %: 5 % [S/E]; about 500 mg/mL in water [E, handbook value].
            Serum::Niacinamide => Product {
                solubility_ug_cm3: Some(5e5),
                ..p(0.05)
            },
            // Palmitoyl pentapeptide-4 at parts per million of active: 5 ppm [S/E].
            Serum::Peptide => p(5e-6),
            // GHK-Cu 0.01–1 %: 0.1 % [S/E].
            Serum::GhkCu => p(0.001),
            // Retinol 0.1–0.3 % (EU face limit 0.3 %): 0.2 % [S/E]; practically insoluble in water
            // (docs/science.md §4 [V]): 0.02 µg/mL, an order-of-magnitude estimate [E].
            Serum::Retinol => Product {
                solubility_ug_cm3: Some(0.02),
                ..p(0.002)
            },
        }
    }
}

impl Serum {
    /// The active's molecular weight, log P and diffusivity (docs/science.md §4).
    pub fn active(self) -> Active {
        let a = |mw_da, log_p, diffusivity_cm2_s| Active {
            mw_da,
            log_p,
            diffusivity_cm2_s,
            macromolecule: false,
        };
        match self {
            // HA "low MW" 5–300 kDa: 50 kDa, D 3e-7 cm²/s. No log P in docs/science.md; HA is very
            // hydrophilic, so the bottom of Potts–Guy's range, −3 [E] (MW alone already makes kp ≈ 0).
            Serum::HaLow => Active {
                macromolecule: true,
                ..a(50_000.0, -3.0, 3e-7)
            },
            // HA "high MW" 1,000–1,800 kDa: 1 MDa, D 5e-8 cm²/s; log P as for HA-low [E].
            Serum::HaHigh => Active {
                macromolecule: true,
                ..a(1_000_000.0, -3.0, 5e-8)
            },
            // 176.1; log P ≈ −1.85 ⚠; D 1.06e-5 cm²/s (measured).
            Serum::VitaminC => a(176.1, -1.85, 1.06e-5),
            // 122.1; −0.37; D 1e-5 cm²/s.
            Serum::Niacinamide => a(122.1, -0.37, 1e-5),
            // 802.1; log P 1–4 ⚠: the middle, 2.5 [E]; D 4e-6 cm²/s.
            Serum::Peptide => a(802.1, 2.5, 4e-6),
            // ≈ 400 with copper; ≈ −3 ⚠; D 6e-6 cm²/s.
            Serum::GhkCu => a(400.0, -3.0, 6e-6),
            // 286.5; log P 5.7–7.6 ⚠: 5.7 gives docs/science.md's Potts–Guy ≈ 0.4 cm/h. docs/science.md gives
            // no diffusivity: Stokes–Einstein with Rh scaled from niacinamide's as MW^(1/3) [E]
            // (0.29 nm × (286.5/122.1)^(1/3) ≈ 0.385 nm → 7.5e-6 cm²/s).
            Serum::Retinol => a(286.5, 5.7, 7.5e-6),
        }
    }

    /// What the model cannot say well about this active, from docs/science.md §4 and §7.
    pub fn caveats(self) -> Vec<Caveat> {
        use super::permeation;
        let act = self.active();
        let mut out = Vec::new();
        if !permeation::in_potts_guy_range(act.mw_da, act.log_p) {
            out.push(Caveat::OutsidePottsGuyRange);
        }
        if act.macromolecule {
            out.push(Caveat::Macromolecule);
        }
        let pg = permeation::potts_guy_kp_cm_h(act.mw_da, act.log_p);
        if pg > permeation::VIABLE_EPIDERMIS_LIMIT_CM_H {
            out.push(Caveat::LipophilicCapped { potts_guy_cm_h: pg });
        }
        match self {
            Serum::HaLow => out.push(Caveat::RamanImaging { crosses: true }),
            Serum::HaHigh => out.push(Caveat::RamanImaging { crosses: false }),
            Serum::VitaminC => {
                out.push(Caveat::LogPDisputed {
                    used: act.log_p,
                    range: None,
                });
                out.push(Caveat::NeedsPhBelow3_5);
                out.push(Caveat::GranulomaReport);
            }
            Serum::Niacinamide => {}
            Serum::Peptide => {
                out.push(Caveat::LogPDisputed {
                    used: act.log_p,
                    range: Some((1.0, 4.0)),
                });
                out.push(Caveat::MeasuredLayers {
                    stratum_corneum_ug_cm2: 4.2,
                    epidermis_ug_cm2: 2.8,
                    dermis_ug_cm2: 0.3,
                });
            }
            Serum::GhkCu => {
                out.push(Caveat::LogPDisputed {
                    used: act.log_p,
                    range: None,
                });
                out.push(Caveat::MeasuredAboveModel {
                    measured_cm_h: permeation::GHK_CU_MEASURED_KP_CM_H,
                    predicted_cm_h: pg,
                });
            }
            Serum::Retinol => {
                out.push(Caveat::LogPDisputed {
                    used: act.log_p,
                    range: Some((5.7, 7.6)),
                });
                out.push(Caveat::SolubilityLimited);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_active_is_physical() {
        for s in Serum::ALL {
            let a = s.active();
            assert!(a.mw_da > 0.0 && a.diffusivity_cm2_s > 0.0 && a.log_p.is_finite());
            assert!(a.radius_nm() > 0.0);
            assert_eq!(Serum::from_key(s.key()), Some(s));
            for c in s.caveats() {
                assert!(crate::sources::by_id(c.source_id()).is_some(), "{c:?}");
            }
        }
    }

    #[test]
    fn caveats_follow_the_science_notes() {
        let has = |s: Serum, f: fn(&Caveat) -> bool| s.caveats().iter().any(f);
        let outside = |c: &Caveat| *c == Caveat::OutsidePottsGuyRange;
        assert!(has(Serum::Peptide, outside));
        assert!(has(Serum::HaHigh, outside) && has(Serum::HaLow, outside));
        assert!(!has(Serum::Niacinamide, outside));
        assert!(has(Serum::Retinol, |c| matches!(
            c,
            Caveat::LipophilicCapped { .. }
        )));
        assert!(has(Serum::VitaminC, |c| *c == Caveat::NeedsPhBelow3_5));
        assert!(has(Serum::GhkCu, |c| matches!(
            c,
            Caveat::MeasuredAboveModel { measured_cm_h, predicted_cm_h }
                if measured_cm_h / predicted_cm_h > 1000.0
        )));
    }
}
