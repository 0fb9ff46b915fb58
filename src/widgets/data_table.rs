//! The numbers behind a chart, as a table a screen reader, a test and a student all read.

use leptos::prelude::*;

/// A table behind a disclosure; it stays in the page (and its numbers in the DOM) when closed.
#[component]
pub fn DataTable(
    testid: &'static str,
    /// The disclosure's label.
    #[prop(into)]
    summary: Signal<&'static str>,
    #[prop(into)] caption: Signal<&'static str>,
    #[prop(into)] headers: Signal<Vec<&'static str>>,
    #[prop(into)] rows: Signal<Vec<Vec<String>>>,
) -> impl IntoView {
    view! {
        <details class="data-table">
            <summary>{summary}</summary>
            // Focusable, so keyboard users can scroll a wide table sideways.
            <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
                <table data-testid=testid>
                    <caption>{caption}</caption>
                    <thead>
                        <tr>{move || headers.get().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|row| {
                                    let mut cells = row.into_iter();
                                    let first = cells.next().unwrap_or_default();
                                    view! {
                                        <tr>
                                            <th scope="row">{first}</th>
                                            {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
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
