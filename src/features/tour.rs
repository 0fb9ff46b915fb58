//! The guided tour: a few steps across the screens that a teacher starts from a link (`tour=1`)
//! and steps through with Back and Next. The step is in the URL like every other setting.

use leptos::prelude::*;

use crate::app::settings::{Screen, Settings, TOUR_STEPS};
use crate::app::url::{use_app_state, AppState};
use crate::i18n::fill::fill;
use crate::i18n::text::effect;
use crate::i18n::*;

/// Each step: the screen it shows and the part of it that is highlighted.
const STEPS: [(Screen, &str); TOUR_STEPS as usize] = [
    (Screen::Treatment, ".play-layout"),
    (Screen::Treatment, "[data-testid=\"play-pause\"]"),
    (Screen::Absorption, ".chart-figure"),
    (Screen::Collagen, ".play-layout"),
    (Screen::Compare, "[data-testid=\"compare-table\"]"),
    (Screen::Learn, "[data-testid=\"sources-list\"]"),
    (Screen::Learn, ".share"),
];

/// The steps a visitor can reach: those on screens that `screens=` shows.
fn shown(s: &Settings) -> Vec<u32> {
    (1..=TOUR_STEPS)
        .filter(|&n| s.screens.contains(&STEPS[n as usize - 1].0))
        .collect()
}

/// Goes to step `n` (0 ends the tour), switching to its screen.
fn go(state: AppState, n: u32) {
    state.update(|s| {
        s.tour = n;
        if n > 0 {
            s.screen = STEPS[n as usize - 1].0;
        }
    });
}

/// The tour panel, while a tour runs; it marks the step's part of the screen.
#[component]
pub fn Tour() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let heading = NodeRef::<leptos::html::H2>::new();
    let step = move || state.with(|s| s.tour);
    // Highlight the step's target once the screen has drawn it; moving focus to the panel's
    // heading lets a screen reader read the new step (never on load, which would steal focus
    // from an embedding page).
    let moved = StoredValue::new(false);
    effect(move || {
        let n = step();
        let screen = state.with(|s| s.screen);
        request_animation_frame(move || {
            let doc = document();
            // Only one part is ever marked.
            if let Ok(Some(old)) = doc.query_selector(".tour-target") {
                let _ = old.class_list().remove_1("tour-target");
            }
            let Some(&(on, selector)) = STEPS.get((n as usize).wrapping_sub(1)) else {
                return;
            };
            if on != screen {
                return;
            }
            if let Ok(Some(target)) = doc.query_selector(selector) {
                let _ = target.class_list().add_1("tour-target");
                target.scroll_into_view();
                // Then down from under the panel, which sticks to the top of the window.
                if let Ok(Some(panel)) = doc.query_selector(".tour") {
                    window().scroll_by_with_x_and_y(0.0, -(panel.client_height() as f64 + 16.0));
                }
            }
            if moved.get_value() {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            }
        });
    });
    // One handler type for the three buttons: Back, Next, or (None) Close.
    let click = move |forward: Option<bool>| {
        move |_| {
            moved.set_value(true);
            let steps = state.with_untracked(shown);
            let n = state.with_untracked(|s| s.tour);
            let to = match forward {
                Some(true) => steps.iter().find(|&&k| k > n).copied().unwrap_or(0),
                Some(false) => steps.iter().rev().find(|&&k| k < n).copied().unwrap_or(n),
                None => 0,
            };
            go(state, to);
        }
    };
    // The panel is rebuilt for each step and language, from plain texts.
    move || {
        let n = step();
        let l = i18n.get_locale();
        (n > 0).then(|| {
            let steps = state.with(shown);
            let index = steps.iter().position(|&k| k == n).map_or(1, |i| i + 1);
            let text = match n {
                1 => td_string!(l, common.tour.steps.device),
                2 => td_string!(l, common.tour.steps.play),
                3 => td_string!(l, common.tour.steps.absorption),
                4 => td_string!(l, common.tour.steps.collagen),
                5 => td_string!(l, common.tour.steps.compare),
                6 => td_string!(l, common.tour.steps.sources),
                _ => td_string!(l, common.tour.steps.share),
            };
            let heading_text = format!(
                "{} · {}",
                td_string!(l, common.tour.label),
                fill(
                    td_string!(l, common.tour.step),
                    &[("n", &index.to_string()), ("total", &steps.len().to_string())],
                )
            );
            view! {
                <aside class="tour" data-testid="tour" aria-labelledby="tour-h">
                    <h2 id="tour-h" tabindex="-1" node_ref=heading>{heading_text}</h2>
                    <p data-testid="tour-text">{text}</p>
                    <div class="tour-buttons">
                        <button type="button" class="btn" data-testid="tour-back" disabled=index <= 1 on:click=click(Some(false))>
                            {td_string!(l, common.tour.back)}
                        </button>
                        <button type="button" class="btn btn-primary" data-testid="tour-next" on:click=click(Some(true))>
                            {if index >= steps.len() { td_string!(l, common.tour.finish) } else { td_string!(l, common.tour.next) }}
                        </button>
                        <button type="button" class="btn" data-testid="tour-close" on:click=click(None)>
                            {td_string!(l, common.tour.close)}
                        </button>
                    </div>
                </aside>
            }
        })
    }
}

/// Starts the tour at its first step on a shown screen.
pub fn start(state: AppState) {
    let first = state.with_untracked(shown).first().copied().unwrap_or(0);
    go(state, first);
}
