//! Skin layers by body region (docs/science.md §2).
//!
//! Four layers from the surface down: stratum corneum, viable epidermis, papillary dermis and
//! reticular dermis. Figures are the project's defaults; each region says where its numbers come from.

use super::units::{Mm, Um};

/// A body region a visitor can pick (`region=` in the URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    Forehead,
    Cheek,
    Nose,
    Eyelid,
    Neck,
    Abdomen,
    Thigh,
}

impl Region {
    pub const ALL: [Region; 7] = [
        Region::Forehead,
        Region::Cheek,
        Region::Nose,
        Region::Eyelid,
        Region::Neck,
        Region::Abdomen,
        Region::Thigh,
    ];

    /// The name used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Region::Forehead => "forehead",
            Region::Cheek => "cheek",
            Region::Nose => "nose",
            Region::Eyelid => "eyelid",
            Region::Neck => "neck",
            Region::Abdomen => "abdomen",
            Region::Thigh => "thigh",
        }
    }

    pub fn from_key(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.key() == s)
    }
}

/// One of the four layers, from the surface down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    StratumCorneum,
    ViableEpidermis,
    PapillaryDermis,
    ReticularDermis,
    /// Below the dermis: a needle reaching here has gone through the skin.
    Subcutis,
}

impl Layer {
    pub const SKIN: [Layer; 4] = [
        Layer::StratumCorneum,
        Layer::ViableEpidermis,
        Layer::PapillaryDermis,
        Layer::ReticularDermis,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Layer::StratumCorneum => "stratum-corneum",
            Layer::ViableEpidermis => "viable-epidermis",
            Layer::PapillaryDermis => "papillary-dermis",
            Layer::ReticularDermis => "reticular-dermis",
            Layer::Subcutis => "subcutis",
        }
    }
}

/// How sure a figure is, as tagged in docs/science.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Measured in a cited study.
    Measured,
    /// An estimate made for this project: the app labels it "model estimate".
    Estimate,
}

/// Layer thicknesses of one region.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SkinProfile {
    pub stratum_corneum: Um,
    pub viable_epidermis: Um,
    pub papillary_dermis: Mm,
    /// The whole dermis, papillary plus reticular.
    pub dermis: Mm,
    /// Whether the dermis figure is measured for this region or estimated.
    pub dermis_evidence: Evidence,
}

/// Default stratum corneum: 15 µm (OCT at 11 sites, Tsugita 2013: 14.1 ± 1.8 µm).
const SC: Um = Um(15.0);
/// Default viable epidermis: 60 µm (Tsugita 2013: epidermis 68.6 ± 23 µm).
const EPIDERMIS: Um = Um(60.0);
/// Default papillary dermis: 0.3 mm.
const PAPILLARY: Mm = Mm(0.3);

impl SkinProfile {
    /// Layer thicknesses for a region (docs/science.md §2).
    pub fn for_region(region: Region) -> SkinProfile {
        let p = |dermis: f64, evidence| SkinProfile {
            stratum_corneum: SC,
            viable_epidermis: EPIDERMIS,
            papillary_dermis: PAPILLARY,
            dermis: Mm(dermis),
            dermis_evidence: evidence,
        };
        match region {
            // Ultrasound (BMC Med Imaging 2022): 0.86 mm female, 1.17 mm male.
            Region::Forehead => p(1.0, Evidence::Measured),
            // Face 0.6–2.0 mm (Chopra 2015); cheek between eyelid and nose [E].
            Region::Cheek => p(1.4, Evidence::Estimate),
            // Chopra 2015: nasal sidewall 1.97 mm, the thickest facial dermis.
            Region::Nose => p(1.9, Evidence::Measured),
            // Ultrasound 0.58/0.67 mm; Chopra 0.76 mm. Thin epidermis too (Chopra: 30–63 µm).
            Region::Eyelid => SkinProfile {
                stratum_corneum: Um(10.0),
                viable_epidermis: Um(40.0),
                papillary_dermis: Mm(0.2),
                dermis: Mm(0.65),
                dermis_evidence: Evidence::Measured,
            },
            // Project default dermis 1.2 mm [E].
            Region::Neck => p(1.2, Evidence::Estimate),
            // Body skin is thicker than the face; no figure in the sources [E].
            Region::Abdomen => SkinProfile {
                viable_epidermis: Um(70.0),
                ..p(1.8, Evidence::Estimate)
            },
            Region::Thigh => SkinProfile {
                viable_epidermis: Um(70.0),
                ..p(1.6, Evidence::Estimate)
            },
        }
    }

    pub fn reticular_dermis(&self) -> Mm {
        self.dermis - self.papillary_dermis
    }

    pub fn epidermis(&self) -> Mm {
        (self.stratum_corneum + self.viable_epidermis).to_mm()
    }

    /// Thickness of a layer (zero for the subcutis, which the model does not draw to depth).
    pub fn thickness(&self, layer: Layer) -> Mm {
        match layer {
            Layer::StratumCorneum => self.stratum_corneum.to_mm(),
            Layer::ViableEpidermis => self.viable_epidermis.to_mm(),
            Layer::PapillaryDermis => self.papillary_dermis,
            Layer::ReticularDermis => self.reticular_dermis(),
            Layer::Subcutis => Mm(0.0),
        }
    }

    /// Depth below the surface at which a layer starts and ends.
    pub fn bounds(&self, layer: Layer) -> (Mm, Mm) {
        let mut top = Mm(0.0);
        for l in Layer::SKIN {
            let bottom = top + self.thickness(l);
            if l == layer {
                return (top, bottom);
            }
            top = bottom;
        }
        (top, top)
    }

    /// Total thickness from the surface to the bottom of the dermis.
    pub fn total(&self) -> Mm {
        self.epidermis() + self.dermis
    }

    /// The layer at a depth below the surface (the deepest layer a channel of that depth reaches).
    pub fn layer_at(&self, depth: Mm) -> Layer {
        Layer::SKIN
            .into_iter()
            .find(|&l| depth.0 <= self.bounds(l).1 .0)
            .unwrap_or(Layer::Subcutis)
    }
}

/// Fitzpatrick skin type I–VI (`skin=1..6` in the URL; 3 by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SkinType(u8);

impl SkinType {
    pub const DEFAULT: SkinType = SkinType(3);
    pub const ALL: [SkinType; 6] = [
        SkinType(1),
        SkinType(2),
        SkinType(3),
        SkinType(4),
        SkinType(5),
        SkinType(6),
    ];

    /// Any number, clamped to 1–6.
    pub fn new(n: u32) -> SkinType {
        SkinType(n.clamp(1, 6) as u8)
    }

    pub fn number(self) -> u32 {
        self.0 as u32
    }

    /// Types IV–VI: more pigment, more risk of lasting pigment change (docs/science.md §7).
    pub fn is_darker(self) -> bool {
        self.0 >= 4
    }
}

impl Default for SkinType {
    fn default() -> Self {
        SkinType::DEFAULT
    }
}

/// The capillary loops in the dermal papillae lie about this far below the epidermis (its mean
/// lower edge): a channel this much deeper than the epidermis draws blood (docs/science.md §8) [E].
pub const CAPILLARY_LOOPS_BELOW_EPIDERMIS: Mm = Mm(0.15);

/// Whether needling draws blood, from the depths the channels reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bleeding {
    /// No channel reaches the capillary loops.
    None,
    /// The deepest channels reach them: a few pinpoint spots.
    Few,
    /// Most channels reach them: pinpoint bleeding, the usual endpoint of 1–1.5 mm treatments.
    Pinpoint,
}

impl Bleeding {
    pub fn key(self) -> &'static str {
        match self {
            Bleeding::None => "none",
            Bleeding::Few => "few",
            Bleeding::Pinpoint => "pinpoint",
        }
    }
}

impl SkinProfile {
    /// Depth of the papillary capillary loops' tops.
    pub fn capillary_loops(&self) -> Mm {
        self.epidermis() + CAPILLARY_LOOPS_BELOW_EPIDERMIS
    }

    /// Share of channels, 0 to 1, reaching the capillary loops when depths are uniform in
    /// `mean ± spread`.
    pub fn bleeding_share(&self, mean: Mm, spread: Mm) -> f64 {
        let loops = self.capillary_loops().0;
        if spread.0 <= 1e-12 {
            return if mean.0 >= loops { 1.0 } else { 0.0 };
        }
        ((mean.0 + spread.0 - loops) / (2.0 * spread.0)).clamp(0.0, 1.0)
    }

    /// What to expect: pinpoint bleeding once at least half the channels reach the loops.
    pub fn bleeding(&self, mean: Mm, spread: Mm) -> Bleeding {
        match self.bleeding_share(mean, spread) {
            s if s >= 0.5 => Bleeding::Pinpoint,
            s if s > 0.0 => Bleeding::Few,
            _ => Bleeding::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skin_types_clamp_and_darker_types_are_four_to_six() {
        assert_eq!(SkinType::new(0).number(), 1);
        assert_eq!(SkinType::new(9).number(), 6);
        assert_eq!(SkinType::default().number(), 3);
        let darker: Vec<u32> = SkinType::ALL
            .into_iter()
            .filter(|t| t.is_darker())
            .map(SkinType::number)
            .collect();
        assert_eq!(darker, [4, 5, 6]);
    }

    #[test]
    fn capillary_loops_lie_in_the_papillary_dermis() {
        for r in Region::ALL {
            let p = SkinProfile::for_region(r);
            assert_eq!(
                p.layer_at(p.capillary_loops()),
                Layer::PapillaryDermis,
                "{r:?}"
            );
        }
        let cheek = SkinProfile::for_region(Region::Cheek);
        // 15 + 60 µm of epidermis, loops 0.15 mm below: 0.225 mm.
        assert!((cheek.capillary_loops().0 - 0.225).abs() < 1e-12);
        assert_eq!(cheek.bleeding(Mm(0.1), Mm(0.02)), Bleeding::None);
        assert_eq!(cheek.bleeding(Mm(0.2), Mm(0.05)), Bleeding::Few);
        assert_eq!(cheek.bleeding(Mm(1.05), Mm(0.1)), Bleeding::Pinpoint);
    }

    #[test]
    fn eyelid_is_thinnest_and_nose_thickest_on_the_face() {
        let d = |r| SkinProfile::for_region(r).dermis.0;
        assert!(d(Region::Eyelid) < d(Region::Forehead));
        assert!(d(Region::Nose) > d(Region::Cheek));
    }

    #[test]
    fn half_millimetre_reaches_the_papillary_dermis_on_the_cheek() {
        // Lima 2013: 0.5 mm reaches the papillary dermis.
        let cheek = SkinProfile::for_region(Region::Cheek);
        assert_eq!(cheek.layer_at(Mm(0.3)), Layer::PapillaryDermis);
        assert_eq!(cheek.layer_at(Mm(0.01)), Layer::StratumCorneum);
        assert_eq!(cheek.layer_at(Mm(1.0)), Layer::ReticularDermis);
        assert_eq!(cheek.layer_at(Mm(3.0)), Layer::Subcutis);
    }

    #[test]
    fn region_keys_round_trip() {
        for r in Region::ALL {
            assert_eq!(Region::from_key(r.key()), Some(r));
        }
        assert_eq!(Region::from_key("elbow"), None);
    }
}
