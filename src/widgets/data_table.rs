//! The numbers behind a chart, as a table a screen reader, a test and a student all read.

use leptos::prelude::*;

/// A table behind a disclosure; it stays in the page (and its numbers in the DOM) when closed.
/// A numbers-only table stays a table on a phone (scrolling sideways, with a shadow, if it must);
/// a table of text (`cards`) reads there as one card a row, each cell after its column's name.
#[component]
pub fn DataTable(
    testid: &'static str,
    /// The disclosure's label.
    #[prop(into)]
    summary: Signal<&'static str>,
    #[prop(into)] caption: Signal<&'static str>,
    #[prop(into)] headers: Signal<Vec<&'static str>>,
    #[prop(into)] rows: Signal<Vec<Vec<String>>>,
    /// Cards on a phone (style/main.css, `table.cards`), for a table of text.
    #[prop(optional)]
    cards: bool,
) -> impl IntoView {
    view! {
        <details class="data-table">
            <summary>{summary}</summary>
            // Focusable, so keyboard users can scroll a wide table sideways.
            <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
                // The explicit roles keep it a table for screen readers when its parts are cards.
                <table class=cards.then_some("cards") role="table" data-testid=testid>
                    <caption>{caption}</caption>
                    <thead role="rowgroup">
                        <tr role="row">{move || headers.get().into_iter().map(|h| view! { <th scope="col" role="columnheader">{h}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody role="rowgroup">
                        {move || {
                            let heads = headers.get();
                            rows.get()
                                .into_iter()
                                .map(|row| {
                                    let mut cells = row.into_iter();
                                    let first = cells.next().unwrap_or_default();
                                    view! {
                                        <tr role="row">
                                            <th scope="row" role="rowheader">{first}</th>
                                            {cells.enumerate().map(|(i, c)| view! { <td role="cell" data-label=heads.get(i + 1).copied()>{c}</td> }).collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
