//! A chart and the table of its numbers, as every screen with a time series lays them out.

use leptos::prelude::*;

use crate::i18n::text::text_of;
use crate::i18n::{use_i18n, Locale};
use crate::widgets::chart::{Chart, ChartData};
use crate::widgets::data_table::DataTable;

/// The chart (with its PNG and CSV downloads) and, below it, its numbers as a [`DataTable`].
#[component]
pub fn ChartSection(
    #[prop(into)] data: Signal<ChartData>,
    /// The chart's accessible name.
    label: fn(Locale) -> &'static str,
    /// The table's `data-testid`.
    table: &'static str,
    /// The table's disclosure label.
    summary: fn(Locale) -> &'static str,
    caption: fn(Locale) -> &'static str,
    #[prop(into)] headers: Signal<Vec<&'static str>>,
    #[prop(into)] rows: Signal<Vec<Vec<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="chart-section">
            <Chart data=data label=text_of(i18n, label) />
            <DataTable
                testid=table
                summary=text_of(i18n, summary)
                caption=text_of(i18n, caption)
                headers=headers
                rows=rows
            />
        </section>
    }
}
