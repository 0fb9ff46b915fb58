//! The app frame: the URL as state, the shell around the screens, the shared animation clock,
//! window listeners, and the notices.

pub mod clock;
pub mod context;
pub mod effect;
pub mod math;
pub mod notice;
pub mod number;
pub mod panic_notice;
pub mod root;
pub mod settings;
pub mod shell;
pub mod url;
pub mod window_events;
