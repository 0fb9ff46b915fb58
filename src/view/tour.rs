//! The guided tour: a few steps across the screens that a teacher starts from a link (`tour=1`)
//! and steps through with Back and Next. The step is in the URL like every other setting.

use leptos::prelude::*;

use crate::i18n::*;
use crate::settings::{Screen, Settings, TOUR_STEPS};
use crate::view::fill::fill;
use crate::view::state::{use_app_state, AppState};
use crate::view::text::{effect, text_of};

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
    let text = move |n: u32| match n {
        1 => t_string!(i18n, common.tour.steps.device),
        2 => t_string!(i18n, common.tour.steps.play),
        3 => t_string!(i18n, common.tour.steps.absorption),
        4 => t_string!(i18n, common.tour.steps.collagen),
        5 => t_string!(i18n, common.tour.steps.compare),
        6 => t_string!(i18n, common.tour.steps.sources),
        _ => t_string!(i18n, common.tour.steps.share),
    };
    let nav = move |forward: bool| {
        moved.set_value(true);
        let steps = state.with_untracked(shown);
        let n = step();
        let next = if forward {
            steps.iter().find(|&&k| k > n).copied().unwrap_or(0)
        } else {
            steps.iter().rev().find(|&&k| k < n).copied().unwrap_or(n)
        };
        go(state, next);
    };
    move || {
        let n = step();
        (n > 0).then(|| {
            let steps = state.with(shown);
            let index = steps.iter().position(|&k| k == n).map_or(1, |i| i + 1);
            let last = index >= steps.len();
            view! {
                <aside class="tour" data-testid="tour" aria-labelledby="tour-h">
                    <h2 id="tour-h" tabindex="-1" node_ref=heading>
                        {text_of(i18n, |l| td_string!(l, common.tour.label))}
                        " · "
                        {move || fill(
                            t_string!(i18n, common.tour.step),
                            &[("n", &index.to_string()), ("total", &steps.len().to_string())],
                        )}
                    </h2>
                    <p data-testid="tour-text">{move || text(n)}</p>
                    <div class="tour-buttons">
                        <button type="button" class="btn" data-testid="tour-back" disabled=index <= 1 on:click=move |_| nav(false)>
                            {text_of(i18n, |l| td_string!(l, common.tour.back))}
                        </button>
                        <button type="button" class="btn btn-primary" data-testid="tour-next" on:click=move |_| nav(true)>
                            {move || if last { t_string!(i18n, common.tour.finish) } else { t_string!(i18n, common.tour.next) }}
                        </button>
                        <button type="button" class="btn" data-testid="tour-close" on:click=move |_| go(state, 0)>
                            {text_of(i18n, |l| td_string!(l, common.tour.close))}
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
