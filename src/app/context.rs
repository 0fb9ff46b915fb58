//! What an animated part of the app reads from the frame: the language, the URL state, the shared
//! clock and the live region. One call, so each screen starts the same way.

use crate::app::clock::{use_clock, Clock};
use crate::app::url::{use_app_state, AppState};
use crate::i18n::{use_i18n, Locale};
use crate::widgets::live_region::{use_announcer, Announcer};

/// The frame's shared handles, from the context the shell provides, as
/// `let (i18n, state, clock, announcer) = use_frame();` (four types, so no two can be swapped).
pub fn use_frame() -> (leptos_i18n::I18nContext<Locale>, AppState, Clock, Announcer) {
    (use_i18n(), use_app_state(), use_clock(), use_announcer())
}
