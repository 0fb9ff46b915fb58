//! The serums a visitor can choose (`serum=` in the URL); their chemistry arrives with the
//! Absorption screen (science.md §4).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Serum {
    /// Hyaluronic acid, low molecular weight (about 50 kDa).
    HaLow,
    /// Hyaluronic acid, high molecular weight (about 1 MDa).
    HaHigh,
    /// L-ascorbic acid.
    VitaminC,
    Niacinamide,
    /// Palmitoyl pentapeptide-4.
    Peptide,
    /// Copper peptide.
    GhkCu,
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
