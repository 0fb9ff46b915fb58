//! Keyboard shortcuts for presenting: space, arrows, a digit per screen shown, r, f, and `?` for
//! the list.
//!
//! Single keys only act when the focus is not in a field, carry no Ctrl, Alt or Meta (the keys
//! screen readers and browsers use), and can be switched off in the list (WCAG 2.1.4).

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::app::context::use_frame;
use crate::app::effect::effect;
use crate::i18n::fill::fill;
use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::screens::SCREENS;
use crate::widgets::live_region::Announcer;

/// Whether the shortcut list is open; the Share section's button opens it too.
#[derive(Clone, Copy)]
struct Help(RwSignal<bool>);

pub fn provide_help() {
    provide_context(Help(RwSignal::new(false)));
}

pub fn use_help() -> RwSignal<bool> {
    expect_context::<Help>().0
}

/// Clicks a control of the current screen, if it has one, so a key does exactly what the button
/// does (pausing writes the time reached to the URL, for instance).
fn click(testid: &str) -> bool {
    document()
        .query_selector(&format!("[data-testid=\"{testid}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|e| e.click())
        .is_some()
}

/// Text of an element of the page.
fn page_text(selector: &str) -> String {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Says `what` once the view has caught up with the key, joined to what the screen itself said
/// about the change (its narration), so that neither replaces the other.
fn announce(announcer: Announcer, what: Box<dyn FnOnce() -> String>) {
    let before = announcer.current();
    request_animation_frame(move || {
        let now = announcer.current();
        let what = what();
        announcer.say(if now != before && !now.is_empty() {
            format!("{what} {now}")
        } else {
            what
        });
    });
}

/// The key listener and the list of shortcuts (a modal dialog).
#[component]
pub fn Shortcuts() -> impl IntoView {
    let (i18n, state, clock, announcer) = use_frame();
    let open = use_help();
    let enabled = RwSignal::new(true);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    effect(move || {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            let _ = d.show_modal();
        } else if !open.get() && d.open() {
            d.close();
        }
    });

    // A plain listener for the page's life (the app is never unmounted): leptos-use's generic
    // one would compile again for this event type.
    let on_key =
        Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
            // Only a person's key presses (a script's synthetic event may not even carry a key).
            if !ev.is_trusted()
                || ev.default_prevented()
                || ev.ctrl_key()
                || ev.alt_key()
                || ev.meta_key()
            {
                return;
            }
            let key = ev.key();
            if !enabled.get_untracked() || open.get_untracked() {
                return;
            }
            let target = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let inside = |selector: &str| {
                target
                    .as_ref()
                    .and_then(|t| t.closest(selector).ok().flatten())
                    .is_some()
            };
            if inside("input,select,textarea,[contenteditable],dialog[open]") {
                return;
            }
            let say =
                move |text: &'static str| announce(announcer, Box::new(move || text.to_string()));
            match key.as_str() {
                "?" => open.set(true),
                // Space on a button, link or disclosure keeps its own meaning.
                " " if !inside("button,a,summary") => {
                    if !click("play-pause") {
                        return;
                    }
                    say(if clock.playing.get_untracked() {
                        t_string!(i18n, common.keys.playing)
                    } else {
                        t_string!(i18n, common.keys.paused)
                    });
                }
                // Arrows scroll a focused wide table sideways: leave them to it.
                "ArrowRight" | "ArrowLeft" if !inside(".table-scroll") => {
                    if key == "ArrowRight" {
                        if !click("step") {
                            return;
                        }
                    } else {
                        clock.step_back();
                    }
                    let template = t_string!(i18n, common.keys.stepped);
                    announce(
                        announcer,
                        Box::new(move || {
                            fill(
                                template,
                                &[("position", &page_text("[data-testid=\"time-position\"]"))],
                            )
                        }),
                    );
                }
                // The n-th screen shown in the navigation.
                "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" => {
                    let n = key.parse::<usize>().unwrap_or(1) - 1;
                    let Some(screen) = state.with_untracked(|s| s.screens.get(n).copied()) else {
                        return;
                    };
                    state.update(|s| s.screen = screen);
                    announce(announcer, Box::new(|| page_text("main h1")));
                }
                "r" | "R" => {
                    if !click("reset") {
                        return;
                    }
                    say(t_string!(i18n, common.keys.reset));
                }
                "f" | "F" => {
                    let doc = document();
                    if doc.fullscreen_element().is_some() {
                        doc.exit_fullscreen();
                        say(t_string!(i18n, common.keys.fullscreen_off));
                    } else if let Some(root) = doc.document_element() {
                        let _ = root.request_fullscreen();
                        say(t_string!(i18n, common.keys.fullscreen));
                    }
                }
                _ => return,
            }
            ev.prevent_default();
        });
    let _ = window().add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();

    // The list, rebuilt when the language changes.
    let list = move || {
        let l = i18n.get_locale();
        let last = SCREENS.len().min(9).to_string();
        let keys = [
            (
                td_string!(l, common.keys.space_key).to_string(),
                td_string!(l, common.keys.space).to_string(),
            ),
            (
                "← →".to_string(),
                td_string!(l, common.keys.arrows).to_string(),
            ),
            (
                format!("1–{last}"),
                fill(td_string!(l, common.keys.numbers), &[("last", &last)]),
            ),
            ("R".to_string(), td_string!(l, common.keys.r).to_string()),
            ("F".to_string(), td_string!(l, common.keys.f).to_string()),
            ("?".to_string(), td_string!(l, common.keys.help).to_string()),
        ];
        view! {
            <h2 id="shortcuts-h">{td_string!(l, common.keys.heading)}</h2>
            <p>{td_string!(l, common.keys.intro)}</p>
            <dl class="keys">
                {keys.into_iter().map(|(key, what)| view! { <dt><kbd>{key}</kbd></dt><dd>{what}</dd> }).collect_view()}
            </dl>
        }
    };
    view! {
        <dialog
            class="shortcuts"
            node_ref=dialog
            data-testid="shortcuts-dialog"
            aria-labelledby="shortcuts-h"
            on:close=move |_| open.set(false)
        >
            {list}
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="shortcuts-enabled"
                    prop:checked=move || enabled.get()
                    on:change=move |ev| enabled.set(event_target_checked(&ev))
                />
                {text_of(i18n, |l| td_string!(l, common.keys.enable))}
            </label>
            <button type="button" class="btn btn-primary" data-testid="shortcuts-close" on:click=move |_| open.set(false)>
                {text_of(i18n, |l| td_string!(l, common.keys.close))}
            </button>
        </dialog>
    }
}
