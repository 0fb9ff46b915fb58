//! "How close is the model to the studies?": a section with its heading, an introduction and the
//! table of published figures beside the model's. On a phone the table reads as cards
//! (style/main.css, `table.cards`): each row a card, each cell after its column's name (the cells'
//! `data-label`); its parts become blocks there, so it carries explicit table roles for screen
//! readers.

use leptos::prelude::*;

/// The section; `id` is the table's `data-testid` and the stem of its heading's and caption's ids.
#[component]
pub fn StudiesTable(
    id: &'static str,
    #[prop(into)] heading: Signal<&'static str>,
    #[prop(into)] intro: Signal<&'static str>,
    /// A caption, which then names the scrolling region (else the heading does).
    #[prop(optional, into)]
    caption: Option<Signal<&'static str>>,
    /// Extra classes of the table.
    #[prop(optional)]
    class: &'static str,
    /// The column names, in order.
    columns: Vec<Signal<&'static str>>,
    /// The rows (`<tr role="row">`, cells with `role="cell"` and their `data-label`).
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-h");
    let caption_id = format!("{id}-caption");
    let section_name = heading_id.clone();
    let names = if caption.is_some() {
        caption_id.clone()
    } else {
        heading_id.clone()
    };
    view! {
        <section aria-labelledby=section_name>
            <h2 id=heading_id>{heading}</h2>
            <p>{intro}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=names>
                <table class=format!("cards {class}") role="table" data-testid=id>
                    {caption.map(|c| view! { <caption id=caption_id>{c}</caption> })}
                    <thead role="rowgroup">
                        <tr role="row">
                            {columns
                                .into_iter()
                                .map(|name| view! { <th scope="col" role="columnheader">{name}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{children()}</tbody>
                </table>
            </div>
        </section>
    }
}
