//! A section of plain points: a heading and its bulleted list, in the current language.

use leptos::prelude::*;

use crate::i18n::text::text_of;
use crate::i18n::{use_i18n, Locale};

/// A `<section>` labelled by its heading (`id`), then the bulleted `items`, any number of them
/// (`texts![…]` writes the list); `children`, when given, follow the list inside the section.
#[component]
pub fn Bullets(
    /// The heading's id, which labels the section.
    id: &'static str,
    heading: fn(Locale) -> &'static str,
    items: &'static [fn(Locale) -> &'static str],
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{text_of(i18n, heading)}</h2>
            <ul class="bullets">
                {items.iter().map(|&item| view! { <li>{text_of(i18n, item)}</li> }).collect_view()}
            </ul>
            // An AnyView either way: an Option<AnyView> would compile rendering code of its own.
            {children.map_or_else(|| ().into_any(), |c| c())}
        </section>
    }
}
