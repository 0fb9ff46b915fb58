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

#[cfg(test)]
mod tests {
    use super::*;

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
