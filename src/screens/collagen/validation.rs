//! "How close is the model to the studies?": each published figure of docs/science.md §5 and §8, the
//! model's number for the same course, and a plain verdict.

use leptos::prelude::*;

use crate::i18n::numbers::{fixed, signed, significant, whole};
use crate::i18n::text::text_of;
use crate::i18n::*;
use crate::model::collagen::{checks, Check, Verdict};
use crate::widgets::card_table::StudiesTable;

/// The study and its published figure, in the visitor's language.
fn texts(l: Locale, id: &str) -> (&'static str, &'static str) {
    match id {
        "lotfi-collagen" => (
            td_string!(l, collagen.check.lotfi_collagen.study),
            td_string!(l, collagen.check.lotfi_collagen.published),
        ),
        "el-domyati-type1" => (
            td_string!(l, collagen.check.el_domyati_type1.study),
            td_string!(l, collagen.check.el_domyati_type1.published),
        ),
        "el-domyati-type3" => (
            td_string!(l, collagen.check.el_domyati_type3.study),
            td_string!(l, collagen.check.el_domyati_type3.published),
        ),
        "el-domyati-tropoelastin" => (
            td_string!(l, collagen.check.el_domyati_tropoelastin.study),
            td_string!(l, collagen.check.el_domyati_tropoelastin.published),
        ),
        "el-domyati-elastin" => (
            td_string!(l, collagen.check.el_domyati_elastin.study),
            td_string!(l, collagen.check.el_domyati_elastin.published),
        ),
        "aust-collagen" => (
            td_string!(l, collagen.check.aust_collagen.study),
            td_string!(l, collagen.check.aust_collagen.published),
        ),
        "aust-elastin" => (
            td_string!(l, collagen.check.aust_elastin.study),
            td_string!(l, collagen.check.aust_elastin.published),
        ),
        "pen-roller" => (
            td_string!(l, collagen.check.pen_roller.study),
            td_string!(l, collagen.check.pen_roller.published),
        ),
        "redness" => (
            td_string!(l, collagen.check.redness.study),
            td_string!(l, collagen.check.redness.published),
        ),
        "barrier-shallow" => (
            td_string!(l, collagen.check.barrier_shallow.study),
            td_string!(l, collagen.check.barrier_shallow.published),
        ),
        "barrier-deep" => (
            td_string!(l, collagen.check.barrier_deep.study),
            td_string!(l, collagen.check.barrier_deep.published),
        ),
        "transient" => (
            td_string!(l, collagen.check.transient.study),
            td_string!(l, collagen.check.transient.published),
        ),
        _ => ("", ""),
    }
}

fn verdict(l: Locale, v: Verdict) -> &'static str {
    match v {
        Verdict::Close => td_string!(l, collagen.verdict.close),
        Verdict::SameDirection => td_string!(l, collagen.verdict.same_direction),
        Verdict::Disagrees => td_string!(l, collagen.verdict.disagrees),
    }
}

/// The model's number with its unit, e.g. "+54.2 %", "1.5 days", "1.04×".
fn model_text(l: Locale, c: &Check) -> String {
    // No-break spaces keep a number and its unit on one line.
    match c.unit {
        "%" => format!("{}\u{a0}%", signed(l, c.model)),
        "share" => format!("{}\u{a0}%", whole(l, c.model)),
        "d" => format!(
            "{}\u{a0}{}",
            fixed(l, c.model, 1),
            td_string!(l, collagen.unit_days)
        ),
        "h" => format!("{}\u{a0}h", significant(l, c.model, 2)),
        "×" => format!("{}×", fixed(l, c.model, 2)),
        _ => significant(l, c.model, 3),
    }
}

/// The validation table: fixed courses, so it is computed once.
#[component]
pub fn Validation() -> impl IntoView {
    let i18n = use_i18n();
    let all = checks();
    // Column names: the headers, and on a phone each card's labels (`data-label`, style/main.css).
    let col = |f: fn(Locale) -> &'static str| text_of(i18n, f);
    let study_h = col(|l| td_string!(l, collagen.col_study));
    let published_h = col(|l| td_string!(l, collagen.col_published));
    let model_h = col(|l| td_string!(l, collagen.col_model));
    let verdict_h = col(|l| td_string!(l, collagen.col_verdict));
    let rows = move || {
        let l = i18n.get_locale();
        all.iter()
            .map(|c| {
                let (study, published) = texts(l, c.id);
                let class = format!("verdict {}", c.verdict.key());
                view! {
                    <tr role="row" data-check=c.id data-verdict=c.verdict.key()>
                        <th scope="row" role="rowheader">{study}</th>
                        <td role="cell" data-label=published_h>{published}</td>
                        <td role="cell" data-label=model_h>{model_text(l, c)}</td>
                        <td role="cell" data-label=verdict_h class=class>{verdict(l, c.verdict)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <StudiesTable
            id="collagen-validation"
            heading=text_of(i18n, |l| td_string!(l, collagen.validation_heading))
            intro=text_of(i18n, |l| td_string!(l, collagen.validation_intro))
            caption=text_of(i18n, |l| td_string!(l, collagen.validation_caption))
            class="compare-table"
            columns=vec![study_h, published_h, model_h, verdict_h]
        >
            {rows}
        </StudiesTable>
    }
}
