//! "How close is the model to the studies?": each published absorption figure of
//! docs/science.md §8 beside the model's own number for the same setting, and a plain verdict.
//! The model runs these settings once per visit, just after the screen is first painted.

use leptos::prelude::*;

use crate::i18n::numbers::{fixed, significant};
use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::model::absorption::{checks, Check, Unit, Verdict};
use crate::widgets::card_table::StudiesTable;

/// A check's texts: study, what was measured, the published figure.
fn texts(i18n: leptos_i18n::I18nContext<Locale>, id: &str) -> [&'static str; 3] {
    macro_rules! t3 {
        ($k:ident) => {
            [
                t_string!(i18n, absorption.check.$k.study),
                t_string!(i18n, absorption.check.$k.measured),
                t_string!(i18n, absorption.check.$k.published),
            ]
        };
    }
    match id {
        "you-2010" => t3!(you_2010),
        "amantadine-2015" => t3!(amantadine_2015),
        "needle-length" => t3!(needle_length),
        "brogden-2021-half-life" => t3!(brogden_half_life),
        "brogden-2021-closed" => t3!(brogden_closed),
        "gupta-2011" => t3!(gupta_2011),
        "zhai-maibach-2001" => t3!(zhai_maibach_2001),
        "ha-high" => t3!(ha_high),
        "retinol" => t3!(retinol),
        _ => t3!(pinnell_2001),
    }
}

/// The model's number with its unit, in the language's digits.
fn model_number(locale: Locale, c: &Check) -> String {
    match c.unit {
        Unit::Times => format!("{} ×", significant(locale, c.model, 2)),
        Unit::Hours => format!("{} h", fixed(locale, c.model, 1)),
        Unit::Days => format!("{} d", fixed(locale, c.model, 1)),
        Unit::Percent if c.model < 0.1 => format!("< {} %", fixed(locale, 0.1, 1)),
        Unit::Percent => format!("{} %", significant(locale, c.model, 2)),
    }
}

/// The validation table (`absorption-validation`).
#[component]
pub fn Validation() -> impl IntoView {
    let i18n = use_i18n();
    let rows = RwSignal::new(None::<Vec<Check>>);
    // After the first paint: the screen's controls come first.
    set_timeout(
        move || rows.set(Some(checks())),
        std::time::Duration::from_millis(0),
    );
    // Column names: the headers, and on a phone each card's labels (`data-label`, style/main.css).
    let col = |f: fn(Locale) -> &'static str| text_of(i18n, f);
    let study_h = col(|l| td_string!(l, absorption.validation_col.study));
    let species_h = col(|l| td_string!(l, absorption.validation_col.species));
    let measured_h = col(|l| td_string!(l, absorption.validation_col.measured));
    let published_h = col(|l| td_string!(l, absorption.validation_col.published));
    let model_h = col(|l| td_string!(l, absorption.validation_col.model));
    let verdict_h = col(|l| td_string!(l, absorption.validation_col.verdict));
    let body = move || {
        let l = i18n.get_locale();
        rows.with(|r| match r {
            None => view! {
                <tr role="row"><td role="cell" colspan="6">{t_string!(i18n, absorption.validation_running)}</td></tr>
            }
            .into_any(),
            Some(r) => r
                .iter()
                .map(|c| {
                    let [study, measured, published] = texts(i18n, c.id);
                    let species = match c.species.key() {
                        "human" => t_string!(i18n, absorption.species.human),
                        "pig" => t_string!(i18n, absorption.species.pig),
                        _ => t_string!(i18n, absorption.species.rat),
                    };
                    let (verdict, key) = match c.verdict() {
                        Verdict::Within => (t_string!(i18n, absorption.verdict.within), "within"),
                        Verdict::Below => (t_string!(i18n, absorption.verdict.below), "below"),
                        Verdict::Above => (t_string!(i18n, absorption.verdict.above), "above"),
                    };
                    view! {
                        <tr role="row" data-testid=format!("check-{}", c.id) data-verdict=key data-model=c.model.to_string() data-low=c.low.to_string() data-high=c.high.to_string()>
                            <th scope="row" role="rowheader">{study}</th>
                            <td role="cell" data-label=species_h>{species}</td>
                            <td role="cell" data-label=measured_h>{measured}</td>
                            <td role="cell" data-label=published_h>{published}</td>
                            <td role="cell" data-label=model_h>{model_number(l, c)}</td>
                            <td role="cell" data-label=verdict_h>{verdict}</td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any(),
        })
    };
    view! {
        <StudiesTable
            id="absorption-validation"
            heading=text_of(i18n, |l| td_string!(l, absorption.validation_heading))
            intro=text_of(i18n, |l| td_string!(l, absorption.validation_intro))
            columns=vec![study_h, species_h, measured_h, published_h, model_h, verdict_h]
        >
            {body}
        </StudiesTable>
    }
}
