//! The guided tour: a few steps across the screens that a teacher starts from a link (`tour=1`)
//! and steps through with Back and Next. The step is in the URL like every other setting; the
//! steps themselves are listed with their screens in `screens::SCREENS`.

use leptos::prelude::*;

use crate::app::effect::effect;
use crate::app::settings::Settings;
use crate::app::url::{use_app_state, AppState};
use crate::i18n::fill::fill;
use crate::i18n::numbers::whole;
use crate::i18n::*;
use crate::screens::tour_steps;

/// The steps a visitor can reach: those on screens that `screens=` shows.
fn shown(s: &Settings) -> Vec<u32> {
    tour_steps()
        .filter(|(_, screen, _)| s.screens.contains(screen))
        .map(|(n, _, _)| n)
        .collect()
}

/// Goes to step `n` (0 ends the tour), switching to its screen.
fn go(state: AppState, n: u32) {
    state.update(|s| {
        s.tour = n;
        if let Some((_, screen, _)) = tour_steps().find(|(k, _, _)| *k == n) {
            s.screen = screen;
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
            let Some((_, on, tour_step)) = tour_steps().find(|(k, _, _)| *k == n) else {
                return;
            };
            if on != screen {
                return;
            }
            if let Ok(Some(target)) = doc.query_selector(tour_step.target) {
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
    // A button press moves the focus to the new step's heading (see above).
    let move_to = move |to: u32| {
        moved.set_value(true);
        go(state, to);
    };
    let back = move |_| {
        let n = state.with_untracked(|s| s.tour);
        let steps = state.with_untracked(shown);
        move_to(steps.iter().rev().find(|&&k| k < n).copied().unwrap_or(n));
    };
    let next = move |_| {
        let n = state.with_untracked(|s| s.tour);
        let steps = state.with_untracked(shown);
        move_to(steps.iter().find(|&&k| k > n).copied().unwrap_or(0));
    };
    let close = move |_| move_to(0);
    // The panel is rebuilt for each step and language, from plain texts.
    move || {
        let n = step();
        let l = i18n.get_locale();
        let (_, _, tour_step) = tour_steps().find(|(k, _, _)| *k == n)?;
        let steps = state.with(shown);
        let index = steps.iter().position(|&k| k == n).map_or(1, |i| i + 1);
        let heading_text = format!(
            "{} · {}",
            td_string!(l, common.tour.label),
            fill(
                td_string!(l, common.tour.step),
                &[
                    ("n", &whole(l, index as f64)),
                    ("total", &whole(l, steps.len() as f64)),
                ],
            )
        );
        let last = index >= steps.len();
        Some(view! {
            <aside class="tour" data-testid="tour" aria-labelledby="tour-h">
                <h2 id="tour-h" tabindex="-1" node_ref=heading>{heading_text}</h2>
                <p data-testid="tour-text">{(tour_step.text)(l)}</p>
                <div class="tour-buttons">
                    <button type="button" class="btn" data-testid="tour-back" disabled=index <= 1 on:click=back>
                        {td_string!(l, common.tour.back)}
                    </button>
                    <button type="button" class="btn btn-primary" data-testid="tour-next" on:click=next>
                        {if last { td_string!(l, common.tour.finish) } else { td_string!(l, common.tour.next) }}
                    </button>
                    <button type="button" class="btn" data-testid="tour-close" on:click=close>
                        {td_string!(l, common.tour.close)}
                    </button>
                </div>
            </aside>
        })
    }
}

/// Starts the tour at its first step on a shown screen.
pub fn start(state: AppState) {
    let first = state.with_untracked(shown).first().copied().unwrap_or(0);
    go(state, first);
}
