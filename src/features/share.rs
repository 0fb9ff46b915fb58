//! Share, embed and print: what a teacher or a clinic's web person needs to pass a view on.

use leptos::prelude::*;

use crate::app::settings::Settings;
use crate::app::url::{href_for, use_app_state};
use crate::features::resize::RESIZE_MESSAGE;
use crate::features::shortcuts::use_help;
use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::widgets::copy::CopyButton;

/// The full address of a state, as a visitor would paste it.
fn full_url(s: &Settings) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", href_for(s))
}

/// The iframe code for a state, with the script that lets the frame fit its content; `title` is
/// the frame's accessible name, in the page's language.
pub fn embed_code(s: &Settings, title: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let src = full_url(&Settings {
        embed: true,
        tour: 0,
        ..s.clone()
    })
    .replace('&', "&amp;");
    let title = title.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "<iframe title=\"{title}\" src=\"{src}\" loading=\"lazy\" width=\"100%\" height=\"900\" allow=\"fullscreen; clipboard-write\"></iframe>\n\
         <script>\n\
         addEventListener(\"message\", (e) => {{\n  \
           if (e.origin !== \"{origin}\" || !e.data || e.data.type !== \"{RESIZE_MESSAGE}\") return;\n  \
           for (const f of document.querySelectorAll('iframe[src^=\"{origin}/\"]'))\n    \
             if (f.contentWindow === e.source) f.height = e.data.height;\n\
         }});\n\
         </script>"
    )
}

/// Share link, embed code, print, shortcuts and tour. Not shown inside an embed: the clinic's
/// visitors need none of it, and the frame stays compact.
#[component]
pub fn Share() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let help = use_help();
    let link = Signal::derive(move || {
        full_url(&Settings {
            embed: false,
            tour: 0,
            ..state.settings()
        })
    });
    let code = Signal::derive(move || {
        embed_code(
            &state.settings(),
            t_string!(i18n, common.share.iframe_title),
        )
    });
    let print = move |_| {
        let _ = window().print();
    };
    let open_shortcuts = move |_| help.set(true);
    let start_tour = move |_| crate::features::tour::start(state);
    view! {
        <section class="share" aria-labelledby="share-h">
            <h2 id="share-h">{text_of(i18n, |l| td_string!(l, common.share.heading))}</h2>
            <div class="share-row">
                <label for="share-link">{text_of(i18n, |l| td_string!(l, common.share.link_label))}</label>
                <input id="share-link" data-testid="share-link" type="url" readonly prop:value=link />
                <CopyButton text=link testid="copy-link" what=text_of(i18n, |l| td_string!(l, common.share.link_label)) />
            </div>
            <details class="embed-panel">
                <summary>{text_of(i18n, |l| td_string!(l, common.share.embed_summary))}</summary>
                <p>{text_of(i18n, |l| td_string!(l, common.share.embed_help))}</p>
                <label for="embed-snippet">{text_of(i18n, |l| td_string!(l, common.share.embed_label))}</label>
                <textarea id="embed-snippet" data-testid="embed-snippet" readonly rows="9" spellcheck="false" prop:value=code></textarea>
                <CopyButton text=code testid="copy-embed" what=text_of(i18n, |l| td_string!(l, common.share.embed_label)) />
            </details>
            <div class="share-tools">
                <button type="button" class="btn" data-testid="print" on:click=print>
                    {text_of(i18n, |l| td_string!(l, common.share.print))}
                </button>
                <button type="button" class="btn" data-testid="shortcuts-open" aria-keyshortcuts="Shift+?" on:click=open_shortcuts>
                    {text_of(i18n, |l| td_string!(l, common.share.shortcuts))}
                </button>
                <button type="button" class="btn" data-testid="tour-start" on:click=start_tour>
                    {text_of(i18n, |l| td_string!(l, common.share.tour))}
                </button>
            </div>
        </section>
    }
}
