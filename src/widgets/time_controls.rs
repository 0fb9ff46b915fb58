//! Play, pause, step, speed and reset: the same controls on every animated screen.

use leptos::prelude::*;

use crate::app::clock::{use_clock, Speed};
use crate::app::effect::effect;
use crate::app::settings::Settings;
use crate::app::url::use_app_state;
use crate::i18n::names::speed_name;
use crate::i18n::text::text_of;
use crate::i18n::*;

/// Whenever playing stops, writes the moment shown (`moment`, read untracked) into the setting
/// `get`/`set` name, so the URL, and a link copied then, keep the moment reached; never per frame.
pub fn keep_moment_when_paused(
    moment: impl Fn() -> f64 + 'static,
    get: fn(&Settings) -> f64,
    set: fn(&mut Settings, f64),
) {
    let clock = use_clock();
    let state = use_app_state();
    effect(move || {
        if !clock.playing.get() {
            let m = untrack(&moment);
            if untrack(|| state.with(get)) != m {
                state.update(|s| set(s, m));
            }
        }
    });
}

/// The shared time controls, driving the app's one clock.
#[component]
pub fn TimeControls(
    /// Text after the buttons that says where the animation is (e.g. "Stage 3 of 7").
    #[prop(into)]
    position: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    view! {
        <div class="time-controls" role="group" aria-label=text_of(i18n, |l| td_string!(l, common.time.controls_label))>
            <button
                type="button"
                class="btn btn-primary"
                data-testid="play-pause"
                aria-pressed=move || if clock.playing.get() { "true" } else { "false" }
                on:click=move |_| clock.toggle()
            >
                <span aria-hidden="true" class="icon">{move || if clock.playing.get() { "❚❚" } else { "▶" }}</span>
                " "
                {move || if clock.playing.get() { t_string!(i18n, common.time.pause) } else { t_string!(i18n, common.time.play) }}
            </button>
            {icon_button("step", "▶❙", text_of(i18n, |l| td_string!(l, common.time.step)), move || clock.step())}
            <label class="speed">
                <span>{text_of(i18n, |l| td_string!(l, common.time.speed_label))}</span>
                <select
                    data-testid="speed"
                    on:change=move |ev| {
                        if let Some(s) = Speed::from_key(&event_target_value(&ev)) {
                            clock.speed.set(s);
                        }
                    }
                >
                    {Speed::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <option value=s.key() selected=move || clock.speed.get() == s>
                                    {move || speed_name(i18n.get_locale(), s)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            {icon_button("reset", "↺", text_of(i18n, |l| td_string!(l, common.time.reset)), move || clock.reset())}
            <span class="time-position" data-testid="time-position">{position}</span>
        </div>
    }
}

/// A button with an icon for the eye (hidden from screen readers) and a word for everyone.
fn icon_button(
    testid: &'static str,
    icon: &'static str,
    text: Signal<&'static str>,
    act: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class="btn" data-testid=testid on:click=move |_| act()>
            <span aria-hidden="true" class="icon">{icon}</span>
            " "
            {text}
        </button>
    }
}
