//! Learn: the patient journey (played by the shared clock), uses, who should not have it,
//! skin tones, professional versus at-home, where sources disagree, and every source.

use leptos::prelude::*;

use crate::app::clock::use_clock;
use crate::app::effect::effect;
use crate::i18n::fill::fill;
use crate::i18n::numbers::whole;
use crate::i18n::*;
use crate::model::journey::{JourneyPlayer, Stage};
use crate::model::sources::REFERENCES;
use crate::widgets::live_region::use_announcer;
use crate::widgets::time_controls::TimeControls;

/// Name, timing and description of a stage, in the current language.
fn stage_text(l: Locale, s: Stage) -> (&'static str, &'static str, &'static str) {
    match s {
        Stage::Consultation => (
            td_string!(l, learn.stage.consultation.name),
            td_string!(l, learn.stage.consultation.when),
            td_string!(l, learn.stage.consultation.text),
        ),
        Stage::Numbing => (
            td_string!(l, learn.stage.numbing.name),
            td_string!(l, learn.stage.numbing.when),
            td_string!(l, learn.stage.numbing.text),
        ),
        Stage::Treatment => (
            td_string!(l, learn.stage.treatment.name),
            td_string!(l, learn.stage.treatment.when),
            td_string!(l, learn.stage.treatment.text),
        ),
        Stage::Redness => (
            td_string!(l, learn.stage.redness.name),
            td_string!(l, learn.stage.redness.when),
            td_string!(l, learn.stage.redness.text),
        ),
        Stage::Aftercare => (
            td_string!(l, learn.stage.aftercare.name),
            td_string!(l, learn.stage.aftercare.when),
            td_string!(l, learn.stage.aftercare.text),
        ),
        Stage::VisibleChange => (
            td_string!(l, learn.stage.visible_change.name),
            td_string!(l, learn.stage.visible_change.when),
            td_string!(l, learn.stage.visible_change.text),
        ),
        Stage::NextSession => (
            td_string!(l, learn.stage.next_session.name),
            td_string!(l, learn.stage.next_session.when),
            td_string!(l, learn.stage.next_session.text),
        ),
    }
}

/// The Learn screen.
#[component]
pub fn Learn() -> impl IntoView {
    let i18n = use_i18n();
    // The long article below the journey is built a frame later, so the controls are ready sooner
    // on a slow phone.
    let rest = RwSignal::new(false);
    request_animation_frame(move || rest.set(true));
    // Each block of text is one closure of the language, rebuilt on a switch.
    view! {
        <article class="screen learn" aria-labelledby="learn-title">
            {move || {
                let l = i18n.get_locale();
                view! {
                    <h1 id="learn-title">{td_string!(l, learn.title)}</h1>
                    <p class="lead">{td_string!(l, learn.intro)}</p>
                }
            }}
            <Journey />
            {move || rest.get().then(|| article(i18n.get_locale()))}
        </article>
    }
}

/// Everything below the journey, in language `l`: text that changes only with the language, so
/// the whole article is rebuilt when the language changes, from plain texts.
fn article(l: Locale) -> impl IntoView {
    let not_for = [
        td_string!(l, learn.not_for.infection),
        td_string!(l, learn.not_for.active_acne),
        td_string!(l, learn.not_for.keloid),
        td_string!(l, learn.not_for.eczema_psoriasis),
        td_string!(l, learn.not_for.bleeding),
        td_string!(l, learn.not_for.immunosuppression),
        td_string!(l, learn.not_for.skin_cancer),
        td_string!(l, learn.not_for.metal_allergy),
        td_string!(l, learn.not_for.isotretinoin),
    ];
    let disagree = [
        td_string!(l, learn.disagree.closure),
        td_string!(l, learn.disagree.roller_tearing),
        td_string!(l, learn.disagree.hyaluronic),
        td_string!(l, learn.disagree.collagen_claim),
    ];
    view! {
        {uses(l)}
        <section aria-labelledby="not-for-h">
            <h2 id="not-for-h">{td_string!(l, learn.not_for_heading)}</h2>
            <p>{td_string!(l, learn.not_for_intro)}</p>
            <ul class="bullets" data-testid="contraindications">{bullets(&not_for)}</ul>
        </section>
        <section aria-labelledby="tones-h">
            <h2 id="tones-h">{td_string!(l, learn.skin_tones_heading)}</h2>
            <p>{td_string!(l, learn.skin_tones_text)}</p>
            <p class="caveat">{td_string!(l, learn.skin_tones_caveat)}</p>
        </section>
        <section aria-labelledby="risks-h">
            <h2 id="risks-h">{td_string!(l, learn.risks_heading)}</h2>
            <p>{td_string!(l, learn.risks_text)}</p>
            <p class="caveat" data-testid="serum-safety">{td_string!(l, learn.serum_safety)}</p>
        </section>
        <section aria-labelledby="pro-home-h">
            <h2 id="pro-home-h">{td_string!(l, learn.pro_home_heading)}</h2>
            <div class="two-col">
                <p>{td_string!(l, learn.pro_home.pro)}</p>
                <p>{td_string!(l, learn.pro_home.home)}</p>
            </div>
            <p class="caveat">{td_string!(l, learn.pro_home.home_risks)}</p>
        </section>
        <section aria-labelledby="disagree-h">
            <h2 id="disagree-h">{td_string!(l, learn.disagree_heading)}</h2>
            <ul class="bullets">{bullets(&disagree)}</ul>
        </section>
        <section aria-labelledby="model-h">
            <h2 id="model-h">{td_string!(l, learn.model_heading)}</h2>
            <p>{td_string!(l, learn.model_text)}</p>
            <p>{td_string!(l, learn.limits_text)}</p>
        </section>
        {sources(l)}
        <p class="disclaimer-block">{td_string!(l, learn.disclaimer)}</p>
    }
}

/// One `<li>` per text.
fn bullets(items: &[&'static str]) -> impl IntoView {
    items
        .iter()
        .map(|&item| view! { <li>{item}</li> })
        .collect_view()
}

/// The patient journey as a timeline the shared clock plays stage by stage.
#[component]
fn Journey() -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    let announcer = use_announcer();

    // Time moves every frame; the stage only a few times a run.
    let stage = Memo::new(move |_| JourneyPlayer::at_time(clock.time.get()).stage());
    let total = Stage::ALL.len();
    let position = Signal::derive(move || {
        let l = i18n.get_locale();
        fill(
            td_string!(l, learn.position),
            &[
                ("n", &whole(l, (stage.get().index() + 1) as f64)),
                ("total", &whole(l, total as f64)),
            ],
        )
    });
    // Say each new stage once, in words.
    let mut prev: Option<Stage> = None;
    effect(move || {
        let s = stage.get();
        if prev.is_some_and(|p| p != s) {
            let (name, when, _) = stage_text(i18n.get_locale_untracked(), s);
            announcer.say(format!("{}: {name}. {when}.", position.get_untracked()));
        }
        prev = Some(s);
    });

    // Geometry of the drawn timeline, in SVG user units.
    const X0: f64 = 20.0;
    const X1: f64 = 380.0;
    let x_of = move |i: usize| X0 + (X1 - X0) * i as f64 / (total - 1) as f64;
    // The filled track ends at the current stage: it changes once a stage, not every frame,
    // so playing costs no paint between stages.
    let progress_x = move || format!("{:.1}", x_of(stage.get().index()) - X0);

    view! {
        <section class="journey play-layout" aria-labelledby="journey-h">
            <div class="play-area">
                {move || {
                    let l = i18n.get_locale();
                    view! {
                        <h2 id="journey-h">{td_string!(l, learn.journey_heading)}</h2>
                        <p>{td_string!(l, learn.journey_intro)}</p>
                    }
                }}
                <svg class="journey-line" viewBox="0 0 400 60" aria-hidden="true" focusable="false">
                    <rect class="track" x=X0 y="26" width=X1 - X0 height="8" rx="4"></rect>
                    <rect class="done" x=X0 y="26" width=progress_x height="8" rx="4"></rect>
                    {Stage::ALL
                        .into_iter()
                        .enumerate()
                        .map(|(i, s)| {
                            view! {
                                <circle
                                    class=move || {
                                        let now = stage.get();
                                        if now == s {
                                            "dot current"
                                        } else if now.index() > i {
                                            "dot passed"
                                        } else {
                                            "dot"
                                        }
                                    }
                                    cx=x_of(i)
                                    cy="30"
                                    r=move || if stage.get() == s { "13" } else { "8" }
                                ></circle>
                            }
                        })
                        .collect_view()}
                </svg>
                <div class="stage-card" data-testid="journey-stage">
                    {move || {
                        let (name, when, text) = stage_text(i18n.get_locale(), stage.get());
                        view! {
                            <p class="stage-when">{when}</p>
                            <h3>{name}</h3>
                            <p>{text}</p>
                        }
                    }}
                </div>
            </div>
            <div class="control-panel">
                <TimeControls position=position />
                <ol class="stage-list" aria-label=move || t_string!(i18n, learn.stages_label)>
                    {Stage::ALL
                        .into_iter()
                        .map(|s| {
                            let go = move |_| {
                                clock.playing.set(false);
                                clock.time.set(s.index() as f64 * JourneyPlayer::SECONDS_PER_STAGE);
                            };
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="stage-button"
                                        aria-current=move || (stage.get() == s).then_some("step")
                                        on:click=go
                                    >
                                        {move || stage_text(i18n.get_locale(), s).0}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </div>
        </section>
    }
}

/// What it is used for, with the needle depths docs/science.md §6 gives, in language `l`.
fn uses(l: Locale) -> impl IntoView {
    let rows = [
        (
            td_string!(l, learn.uses.fine_lines.name),
            td_string!(l, learn.uses.fine_lines.depth),
            td_string!(l, learn.uses.fine_lines.text),
        ),
        (
            td_string!(l, learn.uses.acne_scars.name),
            td_string!(l, learn.uses.acne_scars.depth),
            td_string!(l, learn.uses.acne_scars.text),
        ),
        (
            td_string!(l, learn.uses.stretch_marks.name),
            td_string!(l, learn.uses.stretch_marks.depth),
            td_string!(l, learn.uses.stretch_marks.text),
        ),
        (
            td_string!(l, learn.uses.pigmentation.name),
            td_string!(l, learn.uses.pigmentation.depth),
            td_string!(l, learn.uses.pigmentation.text),
        ),
        (
            td_string!(l, learn.uses.pores.name),
            td_string!(l, learn.uses.pores.depth),
            td_string!(l, learn.uses.pores.text),
        ),
        (
            td_string!(l, learn.uses.hair_loss.name),
            td_string!(l, learn.uses.hair_loss.depth),
            td_string!(l, learn.uses.hair_loss.text),
        ),
    ];
    view! {
        <section aria-labelledby="uses-h">
            <h2 id="uses-h">{td_string!(l, learn.uses_heading)}</h2>
            <p>{td_string!(l, learn.uses_intro)}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="uses-h">
                <table class="stack" data-testid="uses-table">
                    <thead>
                        <tr>
                            <th scope="col">{td_string!(l, learn.uses_col_use)}</th>
                            <th scope="col">{td_string!(l, learn.uses_col_depth)}</th>
                            <th scope="col">{td_string!(l, learn.uses_col_about)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(name, depth, text)| {
                                view! {
                                    <tr>
                                        <th scope="row">{name}</th>
                                        <td class="num">{depth}</td>
                                        <td>{text}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="caveat">{td_string!(l, learn.depth_note)}</p>
        </section>
    }
}

/// Every reference of docs/science.md, introduced in language `l`: authors (year). Title.
/// Venue. Then the DOI and PubMed id as plain text, no trailing stop (so they copy cleanly)
/// and no link (the app requests nothing from another origin).
fn sources(l: Locale) -> impl IntoView {
    view! {
        <section id="sources" tabindex="-1" aria-labelledby="sources-h">
            <h2 id="sources-h">{td_string!(l, learn.sources_heading)}</h2>
            <p>{td_string!(l, learn.sources_intro)}</p>
            <ol class="sources" data-testid="sources-list">
                {REFERENCES
                    .iter()
                    .map(|r| {
                        view! {
                            <li id=format!("ref-{}", r.id)>
                                <span class="ref-authors">{r.authors}</span>
                                {format!(" ({}). ", r.year)}
                                <span class="ref-title">{r.title}</span>
                                // A title ending in "?" takes no full stop.
                                {if r.title.ends_with('?') { " " } else { ". " }}
                                <cite>{r.venue}</cite>
                                "."
                                {r
                                    .doi
                                    .map(|d| {
                                        view! {
                                            " "
                                            <span class="ref-doi">"doi:" {breakable(d)}</span>
                                        }
                                    })}
                                {r
                                    .pubmed
                                    .map(|p| {
                                        // "PMID 123" never splits across lines.
                                        let p = p.replace(' ', "\u{a0}");
                                        view! { " " <span class="ref-pubmed">{p}</span> }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// A DOI with line-break opportunities after its registrant prefix ("10.1097/") and after each
/// "." of the rest: a DOI has no spaces and would otherwise run past a 360 px screen (in the
/// projector theme's larger type too).
fn breakable(doi: &'static str) -> impl IntoView {
    let (prefix, suffix) = match doi.split_once('/') {
        Some((prefix, suffix)) => (&doi[..=prefix.len()], suffix),
        None => (doi, ""),
    };
    view! {
        {prefix}
        <wbr />
        {suffix.split_inclusive('.').map(|part| view! { {part} <wbr /> }).collect_view()}
    }
}
