//! The frame around every screen: header, navigation, preferences, notice, footer.

use leptos::prelude::*;
use leptos_use::use_prefers_reduced_motion;

use crate::app::clock::provide_clock;
use crate::app::effect::effect;
use crate::app::notice::Notice;
use crate::app::panic_notice;
use crate::app::settings::{Lang, Screen, Settings, Theme};
use crate::app::url::{href_for, provide_app_state, use_app_state};
use crate::app::window_events::provide_resized;
use crate::features::resize::post_height_to_parent;
use crate::features::share::Share;
use crate::features::shortcuts::{provide_help, Shortcuts};
use crate::features::tour::Tour;
use crate::i18n::names::{lang_name, theme_name};
use crate::i18n::numbers::tag;
use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::screens::entry;
use crate::widgets::live_region::{provide_announcer, LiveRegion};
use wasm_bindgen::JsCast;

fn locale_of(l: Lang) -> Locale {
    match l {
        Lang::En => Locale::en,
        Lang::Es => Locale::es,
    }
}

fn lang_of(l: Locale) -> Lang {
    match l {
        Locale::en => Lang::En,
        Locale::es => Lang::Es,
    }
}

/// The app's frame; provides state, clock and announcer to the screens inside it.
#[component]
pub fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    let state = provide_app_state();
    let prefers_reduced = use_prefers_reduced_motion();
    let reduce_motion =
        Signal::derive(move || prefers_reduced.get() || state.with(|s| s.reduce_motion));
    let clock = provide_clock(!reduce_motion.get_untracked());
    // The media query may answer after the first render: stop then too. Play still works.
    effect(move || {
        if reduce_motion.get() {
            clock.playing.set(false);
        }
    });
    provide_announcer();

    // `lang=` wins over the browser's language.
    effect(move || {
        if let Some(l) = state.with(|s| s.lang) {
            if i18n.get_locale_untracked() != locale_of(l) {
                i18n.set_locale(locale_of(l));
            }
        }
    });
    // `<html lang>` follows the language shown (screen readers' voice, hyphenation, `:lang()`).
    effect(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", tag(i18n.get_locale()));
        }
    });
    effect(move || panic_notice::set_message(t_string!(i18n, common.panic)));
    // The theme goes on <html> so the page background follows it; the value is one of our keys.
    // A clinic's accent is made readable on that theme's background, and buttons filled with it
    // get black or white text, whichever reads better. Set through the CSSOM: a strict CSP
    // blocks `style` attributes, not this.
    effect(move || {
        let (theme, accent) = state.with(|s| (s.theme, s.accent));
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = root.set_attribute("data-theme", theme.key());
        let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
            return;
        };
        let style = root.style();
        match accent.map(|a| a.readable_on(theme.background())) {
            Some(a) => {
                let _ = style.set_property("--accent", &a.css());
                let _ = style.set_property("--accent-text", &a.text_on().css());
            }
            None => {
                let _ = style.remove_property("--accent");
                let _ = style.remove_property("--accent-text");
            }
        }
    });
    provide_help();
    provide_resized();
    let app = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        if let Some(el) = app.get() {
            post_height_to_parent(el.into());
        }
    });

    // The screen is rebuilt only when it changes, not on every change of the URL.
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    // Every screen starts from its own beginning (or the moment the URL names) when opened, and
    // its step and end follow its settings while it is open.
    let open_screen = move |sc: Screen| {
        let plan = untrack(|| state.with(|s| (entry(sc).clock)(s)));
        clock.open(plan, !reduce_motion.get_untracked());
    };
    effect(move || clock.follow(state.with(|s| (entry(s.screen).clock)(s))));
    view! {
        <div class="app" class:embed=move || state.with(|s| s.embed) node_ref=app>
            <header class="app-header" data-testid="app-header">
                <div class="brand">
                    <p class="app-name">{text_of(i18n, |l| td_string!(l, common.app_name))}</p>
                    <p class="disclaimer">{text_of(i18n, |l| td_string!(l, common.disclaimer))}</p>
                </div>
                <Preferences />
            </header>
            <Navigation />
            <Notice />
            <Tour />
            <main id="main" class="app-main">
                {move || {
                    let sc = screen.get();
                    open_screen(sc);
                    (entry(sc).view)()
                }}
            </main>
            {move || (!state.with(|s| s.embed)).then(|| view! { <Share /> })}
            <Footer />
            <Shortcuts />
            <LiveRegion />
        </div>
    }
}

/// One entry per screen of the registry that `screens=` shows, in the URL's order.
#[component]
fn Navigation() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    view! {
        <nav class="app-nav" aria-label=move || t_string!(i18n, common.nav_label)>
            <ul>
                {move || {
                    state
                        .with(|s| s.screens.clone())
                        .into_iter()
                        .map(|sc| {
                            let current = move || state.with(|s| s.screen == sc);
                            view! {
                                <li>
                                    <ScreenLink screen=sc testid=format!("nav-{}", sc.key())>
                                        <span aria-current=move || current().then_some("page")>
                                            {text_of(i18n, entry(sc).name)}
                                        </span>
                                    </ScreenLink>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </nav>
    }
}

/// A link to a screen that replaces the history entry (so an embedding page's Back still works);
/// the href keeps "open in a new tab" working.
#[component]
pub fn ScreenLink(
    screen: Screen,
    #[prop(into)] testid: String,
    /// Element to scroll to after switching, if any.
    #[prop(optional)]
    fragment: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let state = use_app_state();
    let href = move || {
        let s = Settings {
            screen,
            ..state.settings()
        };
        let base = href_for(&s);
        match fragment {
            Some(f) => format!("{base}#{f}"),
            None => base,
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        state.update(|s| s.screen = screen);
        if let Some(f) = fragment {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(f) {
                    el.scroll_into_view();
                    if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = h.focus();
                    }
                }
            });
        }
    };
    view! {
        <a href=href data-testid=testid on:click=on_click>
            {children()}
        </a>
    }
}

/// Language and theme switches.
#[component]
fn Preferences() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    view! {
        <div class="prefs">
            <label>
                <span>{text_of(i18n, |l| td_string!(l, common.language_label))}</span>
                <select
                    data-testid="lang-select"
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_key(&event_target_value(&ev)) {
                            state.update(|s| s.lang = Some(l));
                        }
                    }
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option
                                    value=l.key()
                                    lang=l.key()
                                    selected=move || lang_of(i18n.get_locale()) == l
                                >
                                    {move || lang_name(i18n.get_locale(), l)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span>{text_of(i18n, |l| td_string!(l, common.theme_label))}</span>
                <select
                    data-testid="theme-select"
                    on:change=move |ev| {
                        if let Some(t) = Theme::from_key(&event_target_value(&ev)) {
                            state.update(|s| s.theme = t);
                        }
                    }
                >
                    {Theme::ALL
                        .into_iter()
                        .map(|t| {
                            view! {
                                <option value=t.key() selected=move || state.with(|s| s.theme == t)>
                                    {move || theme_name(i18n.get_locale(), t)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="app-footer">
            <p>
                <ScreenLink screen=Screen::Learn testid="footer-sources" fragment="sources">
                    {text_of(i18n, |l| td_string!(l, common.footer.sources_link))}
                </ScreenLink>
            </p>
            <p>{text_of(i18n, |l| td_string!(l, common.footer.disclaimer))}</p>
            <p>{text_of(i18n, |l| td_string!(l, common.footer.privacy))}</p>
        </footer>
    }
}
