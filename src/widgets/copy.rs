//! A button that copies a text to the clipboard and says, aloud too, whether it worked.

use leptos::prelude::*;

use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::widgets::live_region::use_announcer;

/// Copies `text`. Where the clipboard is refused (an iframe without permission), the visitor is
/// told to copy by hand: the text is in a read-only field beside the button.
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    testid: &'static str,
    /// What is copied, for screen readers ("Copy link to exactly this view").
    #[prop(into)]
    what: Signal<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let announcer = use_announcer();
    let status = RwSignal::new("");
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&text.get_untracked());
        leptos::task::spawn_local(async move {
            let said = if promise.await.is_ok() {
                t_string!(i18n, common.share.copied)
            } else {
                t_string!(i18n, common.share.copy_failed)
            };
            status.set(said);
            announcer.say(said.to_string());
        });
    };
    view! {
        <button type="button" class="btn" data-testid=testid on:click=copy>
            {text_of(i18n, |l| td_string!(l, common.share.copy))}
            <span class="visually-hidden">" " {what}</span>
        </button>
        <span class="copy-status">{move || status.get()}</span>
    }
}
