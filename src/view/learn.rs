//! Learn: the patient journey (played by the shared clock), uses, who should not have it,
//! skin tones, professional versus at-home, where sources disagree, and every source.

use leptos::prelude::*;

use crate::i18n::*;
use crate::model::journey::{JourneyPlayer, Stage};
use crate::model::sources::REFERENCES;
use crate::view::clock::use_clock;
use crate::view::fill::fill;
use crate::view::live_region::use_announcer;
use crate::view::text::tr;
use crate::view::time_controls::TimeControls;

/// Name, timing and description of a stage, in the current language.
fn stage_text(
    i18n: leptos_i18n::I18nContext<Locale>,
    s: Stage,
) -> (&'static str, &'static str, &'static str) {
    match s {
        Stage::Consultation => (
            t_string!(i18n, learn.stage.consultation.name),
            t_string!(i18n, learn.stage.consultation.when),
            t_string!(i18n, learn.stage.consultation.text),
        ),
        Stage::Numbing => (
            t_string!(i18n, learn.stage.numbing.name),
            t_string!(i18n, learn.stage.numbing.when),
            t_string!(i18n, learn.stage.numbing.text),
        ),
        Stage::Treatment => (
            t_string!(i18n, learn.stage.treatment.name),
            t_string!(i18n, learn.stage.treatment.when),
            t_string!(i18n, learn.stage.treatment.text),
        ),
        Stage::Redness => (
            t_string!(i18n, learn.stage.redness.name),
            t_string!(i18n, learn.stage.redness.when),
            t_string!(i18n, learn.stage.redness.text),
        ),
        Stage::Aftercare => (
            t_string!(i18n, learn.stage.aftercare.name),
            t_string!(i18n, learn.stage.aftercare.when),
            t_string!(i18n, learn.stage.aftercare.text),
        ),
        Stage::VisibleChange => (
            t_string!(i18n, learn.stage.visible_change.name),
            t_string!(i18n, learn.stage.visible_change.when),
            t_string!(i18n, learn.stage.visible_change.text),
        ),
        Stage::NextSession => (
            t_string!(i18n, learn.stage.next_session.name),
            t_string!(i18n, learn.stage.next_session.when),
            t_string!(i18n, learn.stage.next_session.text),
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
    view! {
        <article class="screen learn" aria-labelledby="learn-title">
            <h1 id="learn-title">{tr(move || t_string!(i18n, learn.title))}</h1>
            <p class="lead">{tr(move || t_string!(i18n, learn.intro))}</p>
            <Journey />
            {move || rest.get().then(|| view! {
            <Uses />
            <section aria-labelledby="not-for-h">
                <h2 id="not-for-h">{tr(move || t_string!(i18n, learn.not_for_heading))}</h2>
                <p>{tr(move || t_string!(i18n, learn.not_for_intro))}</p>
                <ul class="bullets" data-testid="contraindications">
                    <li>{tr(move || t_string!(i18n, learn.not_for.infection))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.active_acne))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.keloid))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.eczema_psoriasis))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.bleeding))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.immunosuppression))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.skin_cancer))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.metal_allergy))}</li>
                    <li>{tr(move || t_string!(i18n, learn.not_for.isotretinoin))}</li>
                </ul>
            </section>
            <section aria-labelledby="tones-h">
                <h2 id="tones-h">{tr(move || t_string!(i18n, learn.skin_tones_heading))}</h2>
                <p>{tr(move || t_string!(i18n, learn.skin_tones_text))}</p>
                <p class="caveat">{tr(move || t_string!(i18n, learn.skin_tones_caveat))}</p>
            </section>
            <section aria-labelledby="risks-h">
                <h2 id="risks-h">{tr(move || t_string!(i18n, learn.risks_heading))}</h2>
                <p>{tr(move || t_string!(i18n, learn.risks_text))}</p>
                <p class="caveat" data-testid="serum-safety">{tr(move || t_string!(i18n, learn.serum_safety))}</p>
            </section>
            <section aria-labelledby="pro-home-h">
                <h2 id="pro-home-h">{tr(move || t_string!(i18n, learn.pro_home_heading))}</h2>
                <div class="two-col">
                    <p>{tr(move || t_string!(i18n, learn.pro_home.pro))}</p>
                    <p>{tr(move || t_string!(i18n, learn.pro_home.home))}</p>
                </div>
                <p class="caveat">{tr(move || t_string!(i18n, learn.pro_home.home_risks))}</p>
            </section>
            <section aria-labelledby="disagree-h">
                <h2 id="disagree-h">{tr(move || t_string!(i18n, learn.disagree_heading))}</h2>
                <ul class="bullets">
                    <li>{tr(move || t_string!(i18n, learn.disagree.closure))}</li>
                    <li>{tr(move || t_string!(i18n, learn.disagree.roller_tearing))}</li>
                    <li>{tr(move || t_string!(i18n, learn.disagree.hyaluronic))}</li>
                    <li>{tr(move || t_string!(i18n, learn.disagree.collagen_claim))}</li>
                </ul>
            </section>
            <section aria-labelledby="model-h">
                <h2 id="model-h">{tr(move || t_string!(i18n, learn.model_heading))}</h2>
                <p>{tr(move || t_string!(i18n, learn.model_text))}</p>
                <p>{tr(move || t_string!(i18n, learn.limits_text))}</p>
            </section>
            <Sources />
            <p class="disclaimer-block">{tr(move || t_string!(i18n, learn.disclaimer))}</p>
            })}
        </article>
    }
}

/// The patient journey as a timeline the shared clock plays stage by stage.
#[component]
fn Journey() -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    let announcer = use_announcer();
    clock.step_size.set(JourneyPlayer::SECONDS_PER_STAGE);
    clock.duration.set(Some(JourneyPlayer::duration()));

    // Time moves every frame; the stage only a few times a run.
    let stage = Memo::new(move |_| JourneyPlayer::at_time(clock.time.get()).stage());
    let total = Stage::ALL.len();
    let position = Signal::derive(move || {
        let n = (stage.get().index() + 1).to_string();
        fill(
            t_string!(i18n, learn.position),
            &[("n", &n), ("total", &total.to_string())],
        )
    });
    // Say each new stage once, in words.
    Effect::new(move |prev: Option<Stage>| {
        let s = stage.get();
        if prev.is_some_and(|p| p != s) {
            let (name, when, _) = stage_text(i18n, s);
            announcer.say(format!("{}: {name}. {when}.", position.get_untracked()));
        }
        s
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
                <h2 id="journey-h">{tr(move || t_string!(i18n, learn.journey_heading))}</h2>
                <p>{tr(move || t_string!(i18n, learn.journey_intro))}</p>
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
                    <p class="stage-when">{move || stage_text(i18n, stage.get()).1}</p>
                    <h3>{move || stage_text(i18n, stage.get()).0}</h3>
                    <p>{move || stage_text(i18n, stage.get()).2}</p>
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
                                        {move || stage_text(i18n, s).0}
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

/// What it is used for, with the needle depths science.md §6 gives.
#[component]
fn Uses() -> impl IntoView {
    let i18n = use_i18n();
    let row = |name: &'static str, depth: &'static str, text: &'static str| {
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td class="num">{depth}</td>
                <td>{text}</td>
            </tr>
        }
    };
    view! {
        <section aria-labelledby="uses-h">
            <h2 id="uses-h">{tr(move || t_string!(i18n, learn.uses_heading))}</h2>
            <p>{tr(move || t_string!(i18n, learn.uses_intro))}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="uses-h">
                <table class="stack" data-testid="uses-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(move || t_string!(i18n, learn.uses_col_use))}</th>
                            <th scope="col">{tr(move || t_string!(i18n, learn.uses_col_depth))}</th>
                            <th scope="col">{tr(move || t_string!(i18n, learn.uses_col_about))}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            view! {
                                {row(t_string!(i18n, learn.uses.fine_lines.name), t_string!(i18n, learn.uses.fine_lines.depth), t_string!(i18n, learn.uses.fine_lines.text))}
                                {row(t_string!(i18n, learn.uses.acne_scars.name), t_string!(i18n, learn.uses.acne_scars.depth), t_string!(i18n, learn.uses.acne_scars.text))}
                                {row(t_string!(i18n, learn.uses.stretch_marks.name), t_string!(i18n, learn.uses.stretch_marks.depth), t_string!(i18n, learn.uses.stretch_marks.text))}
                                {row(t_string!(i18n, learn.uses.pigmentation.name), t_string!(i18n, learn.uses.pigmentation.depth), t_string!(i18n, learn.uses.pigmentation.text))}
                                {row(t_string!(i18n, learn.uses.pores.name), t_string!(i18n, learn.uses.pores.depth), t_string!(i18n, learn.uses.pores.text))}
                                {row(t_string!(i18n, learn.uses.hair_loss.name), t_string!(i18n, learn.uses.hair_loss.depth), t_string!(i18n, learn.uses.hair_loss.text))}
                            }
                        }}
                    </tbody>
                </table>
            </div>
            <p class="caveat">{tr(move || t_string!(i18n, learn.depth_note))}</p>
        </section>
    }
}

/// Every reference of science.md.
#[component]
fn Sources() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section id="sources" tabindex="-1" aria-labelledby="sources-h">
            <h2 id="sources-h">{tr(move || t_string!(i18n, learn.sources_heading))}</h2>
            <p>{tr(move || t_string!(i18n, learn.sources_intro))}</p>
            <ol class="sources" data-testid="sources-list">
                {REFERENCES
                    .iter()
                    .map(|r| {
                        view! {
                            <li id=format!("ref-{}", r.id)>
                                <span class="ref-authors">{r.authors}</span>
                                " (" {r.year} ")."
                                {r.venue.map(|v| view! { " " <cite>{v}</cite> "." })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
