//! One folder per screen, and the **screen registry**: one entry per screen, in navigation order.
//! The navigation, the number keys (1 opens the first screen shown, 2 the second, …), the guided
//! tour and the shared clock all read [`SCREENS`]; nothing else lists the screens.
//!
//! Adding a screen: its folder here, a `Screen` key in `app/settings.rs` (the URL's vocabulary),
//! one entry below, and its translation file (see docs/architecture.md).

pub mod absorption;
pub mod collagen;
pub mod compare;
pub mod learn;
pub mod treatment;

use leptos::prelude::*;

use crate::app::clock::ClockPlan;
use crate::app::settings::{Screen, Settings, TOUR_STEPS};
use crate::i18n::*;
use crate::model::compare::SESSION_S;
use crate::model::journey::JourneyPlayer;

/// One screen: what the frame needs to know about it.
pub struct Entry {
    pub screen: Screen,
    /// Its name in the navigation.
    pub name: fn(Locale) -> &'static str,
    /// The screen itself.
    pub view: fn() -> AnyView,
    /// The guided tour's steps on this screen, in order.
    pub tour: &'static [TourStep],
    /// How the screen uses the shared clock, for the current settings.
    pub clock: fn(&Settings) -> ClockPlan,
}

/// One step of the guided tour: the part of the screen it highlights and what it says.
pub struct TourStep {
    /// A CSS selector of the highlighted part.
    pub target: &'static str,
    pub text: fn(Locale) -> &'static str,
}

/// Every screen, in navigation order.
pub const SCREENS: [Entry; 5] = [
    Entry {
        screen: Screen::Treatment,
        name: |l| td_string!(l, common.screen.treatment),
        view: || view! { <treatment::Treatment /> }.into_any(),
        tour: &[
            TourStep {
                target: ".play-layout",
                text: |l| td_string!(l, common.tour.steps.device),
            },
            TourStep {
                target: "[data-testid=\"play-pause\"]",
                text: |l| td_string!(l, common.tour.steps.play),
            },
        ],
        // One pass after another; the animation ends after the last pass.
        clock: |s| ClockPlan {
            step: treatment::plan::step_s(s.device),
            duration: s.passes.max(1) as f64 * treatment::plan::PASS_S,
            start: 0.0,
        },
    },
    Entry {
        screen: Screen::Absorption,
        name: |l| td_string!(l, common.screen.absorption),
        view: || view! { <absorption::Absorption /> }.into_any(),
        tour: &[TourStep {
            target: ".chart-figure",
            text: |l| td_string!(l, common.tour.steps.absorption),
        }],
        // The 48 hours after needling, two hours a step, from the hour in the URL.
        clock: |s| ClockPlan {
            step: 2.0,
            duration: crate::app::settings::HOURS.max / absorption::HOURS_PER_SECOND,
            start: s.hours / absorption::HOURS_PER_SECOND,
        },
    },
    Entry {
        screen: Screen::Collagen,
        name: |l| td_string!(l, common.screen.collagen),
        view: || view! { <collagen::Collagen /> }.into_any(),
        tour: &[TourStep {
            target: ".play-layout",
            text: |l| td_string!(l, common.tour.steps.collagen),
        }],
        // The months of a series, one second a step, from the month in the URL.
        clock: |s| ClockPlan {
            step: 1.0,
            duration: crate::app::settings::MONTH.max / collagen::MONTHS_PER_SECOND,
            start: s.month / collagen::MONTHS_PER_SECOND,
        },
    },
    Entry {
        screen: Screen::Compare,
        name: |l| td_string!(l, common.screen.compare),
        view: || view! { <compare::Compare /> }.into_any(),
        tour: &[TourStep {
            target: "[data-testid=\"compare-table\"]",
            text: |l| td_string!(l, common.tour.steps.compare),
        }],
        // One treatment time, in five steps.
        clock: |_| ClockPlan {
            step: SESSION_S / 5.0,
            duration: SESSION_S,
            start: 0.0,
        },
    },
    Entry {
        screen: Screen::Learn,
        name: |l| td_string!(l, common.screen.learn),
        view: || view! { <learn::Learn /> }.into_any(),
        tour: &[
            TourStep {
                target: "[data-testid=\"sources-list\"]",
                text: |l| td_string!(l, common.tour.steps.sources),
            },
            TourStep {
                target: ".share",
                text: |l| td_string!(l, common.tour.steps.share),
            },
        ],
        // The patient journey, a stage a step.
        clock: |_| ClockPlan {
            step: JourneyPlayer::SECONDS_PER_STAGE,
            duration: JourneyPlayer::duration(),
            start: 0.0,
        },
    },
];

/// The registry's entry of a screen.
pub fn entry(screen: Screen) -> &'static Entry {
    SCREENS
        .iter()
        .find(|e| e.screen == screen)
        .unwrap_or(&SCREENS[0])
}

/// The tour's steps across the screens, numbered from 1 as in `tour=`.
pub fn tour_steps() -> impl Iterator<Item = (u32, Screen, &'static TourStep)> {
    SCREENS
        .iter()
        .flat_map(|e| e.tour.iter().map(move |t| (e.screen, t)))
        .zip(1..)
        .map(|((screen, step), n)| (n, screen, step))
}

// The URL's `tour=` range (app/settings.rs) must cover exactly the steps listed above.
const _: () = {
    let (mut n, mut i) = (0, 0);
    while i < SCREENS.len() {
        n += SCREENS[i].tour.len();
        i += 1;
    }
    assert!(
        n == TOUR_STEPS as usize,
        "TOUR_STEPS must count the tour steps of SCREENS"
    );
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_one_entry_in_url_order() {
        let listed: Vec<Screen> = SCREENS.iter().map(|e| e.screen).collect();
        assert_eq!(listed, Screen::ALL);
    }

    #[test]
    fn every_screen_starts_at_its_beginning_unless_the_url_names_a_moment() {
        let s = Settings::default();
        for e in &SCREENS {
            let plan = (e.clock)(&s);
            assert!(
                plan.step > 0.0 && plan.duration >= plan.step,
                "{:?}",
                e.screen
            );
            assert!((0.0..=plan.duration).contains(&plan.start));
        }
        let (s, _) = crate::app::settings::parse([("month", "8")]);
        assert!((entry(Screen::Collagen).clock)(&s).start > 0.0);
        assert_eq!((entry(Screen::Treatment).clock)(&s).start, 0.0);
    }

    #[test]
    fn tour_steps_are_numbered_across_the_screens() {
        let steps: Vec<(u32, Screen)> = tour_steps().map(|(n, s, _)| (n, s)).collect();
        assert_eq!(steps.len() as u32, TOUR_STEPS);
        assert_eq!(steps[0], (1, Screen::Treatment));
        assert_eq!(steps[6], (7, Screen::Learn));
    }
}
