//! The patient journey of one session, as a sequence of stages on a time line
//! (docs/science.md §6, "the seed articles' patient journey").

/// One stage of a treatment, in the order a patient meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    Consultation,
    Numbing,
    Treatment,
    Redness,
    Aftercare,
    VisibleChange,
    NextSession,
}

/// When a stage happens, in hours from the start of the needling (negative: before it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub from_h: f64,
    pub to_h: f64,
}

const DAY: f64 = 24.0;
const WEEK: f64 = 7.0 * DAY;

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Consultation,
        Stage::Numbing,
        Stage::Treatment,
        Stage::Redness,
        Stage::Aftercare,
        Stage::VisibleChange,
        Stage::NextSession,
    ];

    /// Translation key of the stage.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Consultation => "consultation",
            Stage::Numbing => "numbing",
            Stage::Treatment => "treatment",
            Stage::Redness => "redness",
            Stage::Aftercare => "aftercare",
            Stage::VisibleChange => "visible-change",
            Stage::NextSession => "next-session",
        }
    }

    pub fn index(self) -> usize {
        Stage::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }

    /// The stage's time window. Consultation and numbing are the clinics' usual practice [S];
    /// the rest follow docs/science.md §6: 30–60 minutes of needling, redness for 1–2 days,
    /// 48 h of aftercare, change visible in a few weeks, the next session 4–6 weeks later.
    pub fn window(self) -> Window {
        let w = |from_h, to_h| Window { from_h, to_h };
        match self {
            Stage::Consultation => w(-2.0 * WEEK, -1.0),
            Stage::Numbing => w(-1.0, 0.0),
            Stage::Treatment => w(0.0, 1.0),
            Stage::Redness => w(0.0, 2.0 * DAY),
            Stage::Aftercare => w(0.0, 2.0 * DAY),
            Stage::VisibleChange => w(2.0 * WEEK, 6.0 * WEEK),
            Stage::NextSession => w(4.0 * WEEK, 6.0 * WEEK),
        }
    }
}

/// Where the journey is at a moment of the animation: a pure function of the shared clock's time
/// ([`JourneyPlayer::at_time`]), which the Learn screen draws; the clock does the stepping.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JourneyPlayer {
    /// Position along the journey in stages: 2.5 is half-way through the third stage.
    pub position: f64,
}

impl JourneyPlayer {
    /// Seconds of animation one stage takes at normal speed: long enough to read its caption.
    pub const SECONDS_PER_STAGE: f64 = 4.0;

    pub fn at_time(seconds: f64) -> JourneyPlayer {
        let end = Stage::ALL.len() as f64;
        let pos = if seconds.is_finite() {
            (seconds / Self::SECONDS_PER_STAGE).clamp(0.0, end)
        } else {
            0.0
        };
        JourneyPlayer { position: pos }
    }

    /// Total animation time of the whole journey, in seconds.
    pub fn duration() -> f64 {
        Stage::ALL.len() as f64 * Self::SECONDS_PER_STAGE
    }

    pub fn stage(&self) -> Stage {
        let i = (self.position.floor() as usize).min(Stage::ALL.len() - 1);
        Stage::ALL[i]
    }

    /// Progress through the whole journey, 0 to 1.
    pub fn progress(&self) -> f64 {
        self.position / Stage::ALL.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_follow_in_order_and_end_on_the_last() {
        assert_eq!(JourneyPlayer::at_time(0.0).stage(), Stage::Consultation);
        assert_eq!(
            JourneyPlayer::at_time(JourneyPlayer::SECONDS_PER_STAGE * 2.5).stage(),
            Stage::Treatment
        );
        assert_eq!(JourneyPlayer::at_time(1e9).stage(), Stage::NextSession);
        assert_eq!(
            JourneyPlayer::at_time(f64::NAN).stage(),
            Stage::Consultation
        );
        assert_eq!(JourneyPlayer::at_time(-5.0).progress(), 0.0);
    }

    #[test]
    fn windows_match_the_patient_journey() {
        assert_eq!(Stage::Treatment.window().to_h, 1.0); // 30–60 minutes
        assert_eq!(Stage::Aftercare.window().to_h, 48.0); // 48 h aftercare
        assert_eq!(Stage::NextSession.window().from_h / WEEK, 4.0); // 4–6 weeks apart
        for s in Stage::ALL {
            assert!(s.window().from_h < s.window().to_h);
        }
    }
}
