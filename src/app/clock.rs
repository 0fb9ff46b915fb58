//! The app's one animation clock: requestAnimationFrame, a capped `dt`, paused when the tab is
//! hidden; with reduced motion nothing starts by itself.

use leptos::prelude::*;
use leptos_use::{
    use_document_visibility, use_raf_fn_with_options, UseRafFnCallbackArgs, UseRafFnOptions,
};

/// Playback speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speed {
    Slow,
    #[default]
    Normal,
    Fast,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Slow, Speed::Normal, Speed::Fast];

    pub fn factor(self) -> f64 {
        match self {
            Speed::Slow => 0.5,
            Speed::Normal => 1.0,
            Speed::Fast => 2.0,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Speed::Slow => "slow",
            Speed::Normal => "normal",
            Speed::Fast => "fast",
        }
    }

    pub fn from_key(s: &str) -> Option<Speed> {
        Speed::ALL.into_iter().find(|x| x.key() == s)
    }
}

/// A frame longer than this (a stall, a background tab) advances time by this much only.
const MAX_DT_S: f64 = 0.1;

/// How a screen plays on the shared clock, in animation seconds (its entry in
/// `screens::SCREENS` says so).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClockPlan {
    /// How far one press of Step moves.
    pub step: f64,
    /// Where the animation ends and stops.
    pub duration: f64,
    /// Where the screen starts when opened: its beginning, or the moment the URL names
    /// (`hours=`, `month=`).
    pub start: f64,
}

/// Step boundaries closer than this (in steps) count as reached: `n × size / size` can come out a
/// hair under `n`, and Step would then stay on the same frame for ever (a pen's 0.05 s at 2.25 s).
const STEP_SLACK: f64 = 1e-6;

/// The next step boundary after `t`.
fn next_step(t: f64, size: f64) -> f64 {
    let size = size.max(1e-3);
    ((t / size + STEP_SLACK).floor() + 1.0) * size
}

/// The step boundary before `t`, never below 0.
fn previous_step(t: f64, size: f64) -> f64 {
    let size = size.max(1e-3);
    ((t / size - STEP_SLACK).ceil() - 1.0).max(0.0) * size
}

/// Shared clock state. Screens read `time`; the shell sets `step_size`, `duration` and the start
/// from the screen's [`ClockPlan`] when the screen opens.
#[derive(Clone, Copy)]
pub struct Clock {
    /// Animation time in seconds, already scaled by speed.
    pub time: RwSignal<f64>,
    pub playing: RwSignal<bool>,
    pub speed: RwSignal<Speed>,
    /// How far one press of Step moves, in animation seconds.
    pub step_size: RwSignal<f64>,
    /// Where the animation ends and stops; `None` runs on.
    pub duration: RwSignal<Option<f64>>,
}

impl Clock {
    /// Advances by `dt` seconds of wall time; stops at the end.
    pub fn advance(&self, dt_s: f64) {
        let dt = dt_s.clamp(0.0, MAX_DT_S) * self.speed.get_untracked().factor();
        let end = self.duration.get_untracked();
        let mut t = self.time.get_untracked() + dt;
        if let Some(end) = end {
            if t >= end {
                t = end;
                self.playing.set(false);
            }
        }
        self.time.set(t);
    }

    /// Moves to the next step boundary and pauses.
    pub fn step(&self) {
        self.playing.set(false);
        let mut t = next_step(self.time.get_untracked(), self.step_size.get_untracked());
        if let Some(end) = self.duration.get_untracked() {
            t = t.min(end);
        }
        self.time.set(t);
    }

    /// Moves to the previous step boundary and pauses.
    pub fn step_back(&self) {
        self.playing.set(false);
        let t = previous_step(self.time.get_untracked(), self.step_size.get_untracked());
        self.time.set(t);
    }

    /// A screen opens: its step and end, and its start; playing if `play`.
    pub fn open(&self, plan: ClockPlan, play: bool) {
        self.follow(plan);
        self.time.set(plan.start.clamp(0.0, plan.duration));
        self.playing.set(play);
    }

    /// The open screen's settings changed (e.g. the number of passes): new step and end, same
    /// time.
    pub fn follow(&self, plan: ClockPlan) {
        if self.step_size.get_untracked() != plan.step {
            self.step_size.set(plan.step);
        }
        if self.duration.get_untracked() != Some(plan.duration) {
            self.duration.set(Some(plan.duration));
        }
    }

    pub fn reset(&self) {
        self.playing.set(false);
        self.time.set(0.0);
    }

    pub fn toggle(&self) {
        let at_end = self
            .duration
            .get_untracked()
            .is_some_and(|end| self.time.get_untracked() >= end);
        if at_end {
            self.time.set(0.0);
        }
        self.playing.update(|p| *p = !*p);
    }
}

/// Creates the clock and its frame loop, and provides it to every component below.
/// `autoplay` is false when the visitor asked for reduced motion.
pub fn provide_clock(autoplay: bool) -> Clock {
    let clock = Clock {
        time: RwSignal::new(0.0),
        playing: RwSignal::new(autoplay),
        speed: RwSignal::new(Speed::Normal),
        step_size: RwSignal::new(1.0),
        duration: RwSignal::new(None),
    };
    let raf = use_raf_fn_with_options(
        move |a: UseRafFnCallbackArgs| clock.advance(a.delta / 1000.0),
        UseRafFnOptions::default().immediate(false),
    );
    let visibility = use_document_visibility();
    crate::app::effect::effect(move || {
        let visible = visibility.get() != web_sys::VisibilityState::Hidden;
        if clock.playing.get() && visible {
            (raf.resume)();
        } else {
            (raf.pause)();
        }
    });
    provide_context(clock);
    clock
}

pub fn use_clock() -> Clock {
    expect_context::<Clock>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_always_moves_on_and_back() {
        for size in [0.05, 0.1, 0.375, 1.0 / 3.0, 3.0] {
            let mut t = 0.0;
            for n in 1..=400 {
                let next = next_step(t, size);
                assert!(next > t + size / 2.0, "stuck at step {n} of {size}: {t}");
                assert!((next - n as f64 * size).abs() < 1e-9);
                assert!((previous_step(next, size) - t).abs() < 1e-9);
                t = next;
            }
        }
    }
}
