//! One polite live region that says, in words, what the animation just did.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    pub fn say(&self, text: String) {
        if self.0.get_untracked() != text {
            self.0.set(text);
        }
    }
}

impl Announcer {
    /// What the region says now.
    pub fn current(&self) -> String {
        self.0.get_untracked()
    }
}

pub fn provide_announcer() -> Announcer {
    let a = Announcer(RwSignal::new(String::new()));
    provide_context(a);
    a
}

pub fn use_announcer() -> Announcer {
    expect_context::<Announcer>()
}

/// The visually hidden region screen readers listen to.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let a = use_announcer();
    view! {
        <div class="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
            {move || a.0.get()}
        </div>
    }
}
