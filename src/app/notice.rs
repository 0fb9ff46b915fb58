//! The polite notice naming each URL value the app had to change.

use leptos::prelude::*;

use crate::app::effect::effect;
use crate::app::settings::Change;
use crate::app::url::use_app_state;
use crate::i18n::fill::fill;
use crate::i18n::numbers::up_to;
use crate::i18n::text::text_of;
use crate::i18n::*;

/// Lists what the settings parser changed; absent when the URL was clean or once dismissed.
#[component]
pub fn Notice() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let dismissed = RwSignal::new(false);
    let changes = Memo::new(move |_| state.changes());
    // A new set of changes (another bad link) shows the notice again.
    effect(move || {
        changes.track();
        dismissed.set(false);
    });
    let shown = move || !dismissed.get() && !changes.with(Vec::is_empty);
    let line = move |c: Change| -> String {
        match c {
            Change::Clamped { key, given, to } => fill(
                t_string!(i18n, common.notice.clamped),
                &[
                    ("param", key),
                    ("given", &given),
                    ("to", &up_to(i18n.get_locale(), to, 3)),
                ],
            ),
            Change::Replaced { key, given, to } => fill(
                t_string!(i18n, common.notice.replaced),
                &[("param", key), ("given", &given), ("to", &to)],
            ),
            Change::Repeated { key } => {
                fill(t_string!(i18n, common.notice.repeated), &[("param", key)])
            }
            Change::Unknown { key } => {
                fill(t_string!(i18n, common.notice.unknown), &[("param", &key)])
            }
        }
    };
    view! {
        {move || shown().then(|| view! {
                <div class="notice" data-testid="notice" role="status" aria-live="polite">
                    <p class="notice-heading">{text_of(i18n, |l| td_string!(l, common.notice.heading))}</p>
                    <ul>
                        {move || {
                            changes
                                .get()
                                .into_iter()
                                .map(|c| view! { <li>{line(c)}</li> })
                                .collect_view()
                        }}
                    </ul>
                    <button type="button" class="notice-dismiss" on:click=move |_| dismissed.set(true)>
                        {text_of(i18n, |l| td_string!(l, common.notice.dismiss))}
                    </button>
                </div>
        })}
    }
}
