//! The phases of wound healing after a needling session, named by the time since the last one
//! (docs/science.md §5: Guo & DiPietro 2010 [S]).

/// Haemostasis and inflammation last from day 0 to about day 3 (docs/science.md §5 [S]).
pub const INFLAMMATION_END_DAYS: f64 = 3.0;
/// Proliferation lasts to about 3 weeks (docs/science.md §5 [S]).
pub const PROLIFERATION_END_DAYS: f64 = 21.0;
/// Remodelling goes on for up to 1–2 years (docs/science.md §5 [S]); the model's 12 months stay inside it.
pub const REMODELLING_END_DAYS: f64 = 730.0;

/// Where the skin is in its response to needling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// No session yet (or none planned), or the last one so long ago that healing is over.
    Untreated,
    /// Haemostasis and inflammation: platelets, clot, cytokines and growth factors (days 0–3).
    Inflammation,
    /// Proliferation: fibroblasts multiply, new vessels, type III collagen (about day 3 to week 3).
    Proliferation,
    /// Remodelling: type III replaced by type I and cross-linked (week 3 to 1–2 years).
    Remodelling,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::Untreated,
        Phase::Inflammation,
        Phase::Proliferation,
        Phase::Remodelling,
    ];

    /// Translation key of the phase.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Untreated => "untreated",
            Phase::Inflammation => "inflammation",
            Phase::Proliferation => "proliferation",
            Phase::Remodelling => "remodelling",
        }
    }

    pub fn from_key(s: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.key() == s)
    }

    /// The phase a given number of days after the last session; `None` (no session yet) is
    /// untreated. Negative or NaN days count as no session.
    pub fn after(days_since_last: Option<f64>) -> Phase {
        let d = days_since_last.unwrap_or(f64::NAN);
        if (0.0..INFLAMMATION_END_DAYS).contains(&d) {
            Phase::Inflammation
        } else if (0.0..PROLIFERATION_END_DAYS).contains(&d) {
            Phase::Proliferation
        } else if (0.0..REMODELLING_END_DAYS).contains(&d) {
            Phase::Remodelling
        } else {
            Phase::Untreated
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_follow_the_days_since_the_last_session() {
        assert_eq!(Phase::after(None), Phase::Untreated);
        assert_eq!(Phase::after(Some(0.0)), Phase::Inflammation);
        assert_eq!(Phase::after(Some(1.0)), Phase::Inflammation);
        assert_eq!(Phase::after(Some(10.0)), Phase::Proliferation);
        assert_eq!(Phase::after(Some(60.0)), Phase::Remodelling);
        assert_eq!(Phase::after(Some(1000.0)), Phase::Untreated);
        assert_eq!(Phase::after(Some(f64::NAN)), Phase::Untreated);
        assert_eq!(Phase::after(Some(-1.0)), Phase::Untreated);
    }

    #[test]
    fn keys_round_trip() {
        for p in Phase::ALL {
            assert_eq!(Phase::from_key(p.key()), Some(p));
        }
    }
}
