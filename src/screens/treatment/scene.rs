//! The cross-section with the device in it: the pen's head (or the roller's drum) above the skin,
//! its needles dimpling, piercing and leaving, and each channel drawn where and when its needle
//! left. Built once per setting; a frame changes only a few attributes (the head's transform, the
//! dimple, the slice's needles, and the channel paths when a needle has left), so playing stays
//! cheap at any channel count.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::clock::use_clock;
use crate::app::effect::effect;
use crate::app::math::{cos, sin};
use crate::i18n::names::layer_name;
use crate::i18n::numbers::fixed;
use crate::i18n::*;
use crate::model::channels::PATCH_MM;
use crate::model::skin::{Layer, SkinProfile};
use crate::screens::treatment::plan::{Frame, Plan, DRUM_BODY_MM, DRUM_NEEDLES, WINDOW};
use crate::widgets::steady_labels::steady_labels;

/// SVG user units per millimetre.
pub const U: f64 = 100.0;

/// The channels as thin slits (wider at the mouth; a roller's curved forward), and the drops of
/// blood at the mouths of those that reach the capillary loops, each with where it ends in the
/// string, so a frame shows the first `n` by slicing.
#[derive(PartialEq)]
pub struct Paths {
    pub slits: String,
    pub slit_ends: Vec<usize>,
    pub drops: String,
    pub drop_ends: Vec<usize>,
}

impl Paths {
    pub fn new(plan: &Plan) -> Paths {
        let mut p = Paths {
            slits: String::new(),
            slit_ends: Vec::with_capacity(plan.channels.len()),
            drops: String::new(),
            drop_ends: Vec::with_capacity(plan.channels.len()),
        };
        for c in &plan.channels {
            let (x, d, w) = (c.x * U, c.depth * U, (c.width * U).max(1.5));
            let (top, tip) = (w / 2.0, w / 6.0);
            if c.lean.abs() < 1e-9 {
                p.slits.push_str(&format!(
                    "M{:.1} 0L{:.1} {d:.1}L{:.1} {d:.1}L{:.1} 0Z",
                    x - top,
                    x - tip,
                    x + tip,
                    x + top
                ));
            } else {
                let lean = c.lean * U;
                p.slits.push_str(&format!(
                    "M{:.1} 0Q{:.1} {:.1} {:.1} {d:.1}L{:.1} {d:.1}Q{:.1} {:.1} {:.1} 0Z",
                    x - top,
                    x + lean * 0.2 - tip,
                    d * 0.6,
                    x + lean - tip,
                    x + lean + tip,
                    x + lean * 0.2 + tip,
                    d * 0.6,
                    x + top
                ));
            }
            p.slit_ends.push(p.slits.len());
            if c.bleeds {
                p.drops
                    .push_str(&format!("M{:.1} -1a4 4 0 1 0 8 0a4 4 0 1 0-8 0", x - 4.0));
            }
            p.drop_ends.push(p.drops.len());
        }
        p
    }

    /// The first `n` channels' slits and drops.
    pub fn first(&self, n: usize) -> (&str, &str) {
        if n == 0 {
            return ("", "");
        }
        let i = n.min(self.slit_ends.len()) - 1;
        (
            &self.slits[..self.slit_ends[i]],
            &self.drops[..self.drop_ends[i]],
        )
    }
}

/// SVG path data for the surface's dimples: the skin above each curve is painted over with the
/// page's colour, so the surface reads as pushed down.
fn dimple_path(f: &Frame) -> String {
    let mut d = String::new();
    for &(x, depth, half) in &f.dimples {
        let (a, b, y) = ((x - half) * U, (x + half) * U, depth * 2.0 * U);
        d.push_str(&format!("M{a:.1} -1Q{:.1} {y:.1} {b:.1} -1Z", x * U));
    }
    d
}

fn needles_path(f: &Frame) -> String {
    let mut d = String::new();
    for &(x1, y1, x2, y2) in &f.needles {
        d.push_str(&format!(
            "M{:.1} {:.1}L{:.1} {:.1}",
            x1 * U,
            y1 * U,
            x2 * U,
            y2 * U
        ));
    }
    d
}

fn set(el: &impl JsCast, name: &str, value: &str) {
    let _ = el
        .unchecked_ref::<web_sys::Element>()
        .set_attribute(name, value);
}

/// The middle of the widest gap between `top` and `bottom` left by the depths `marks` (mm).
fn free_middle(top: f64, bottom: f64, marks: &[f64]) -> f64 {
    let mut cuts: Vec<f64> = marks
        .iter()
        .copied()
        .filter(|m| *m > top && *m < bottom)
        .collect();
    cuts.push(top);
    cuts.push(bottom);
    cuts.sort_by(f64::total_cmp);
    cuts.windows(2)
        .max_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])))
        .map_or((top + bottom) / 2.0, |w| (w[0] + w[1]) / 2.0)
}

/// The animated cross-section. `plan` is rebuilt when a setting changes; the clock moves it.
#[component]
pub fn Scene(
    #[prop(into)] plan: Signal<Arc<Plan>>,
    #[prop(into)] skin: Signal<SkinProfile>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    let head = NodeRef::<leptos::svg::G>::new();
    let dimple = NodeRef::<leptos::svg::Path>::new();
    let needles = NodeRef::<leptos::svg::Path>::new();
    let slits = NodeRef::<leptos::svg::Path>::new();
    let drops = NodeRef::<leptos::svg::Path>::new();
    let root = NodeRef::<leptos::svg::Svg>::new();
    let paths = Memo::new(move |_| Arc::new(Paths::new(&plan.get())));
    // Which plan and how many of its channels the paths show now, so they change only when a
    // needle has left or the setting changed.
    let drawn = Rc::new(Cell::new((0usize, usize::MAX)));
    effect(move || {
        let t = clock.time.get();
        let plan = plan.get();
        let f = plan.frame(t);
        let (Some(h), Some(dm), Some(nd)) = (head.get(), dimple.get(), needles.get()) else {
            return;
        };
        let transform = if plan.strokes > 0 {
            format!("translate({:.1} {:.1})", f.x * U, f.y * U)
        } else {
            format!(
                "translate({:.1} {:.1}) rotate({:.1})",
                f.x * U,
                f.y * U,
                f.turn_deg
            )
        };
        set(&h, "transform", &transform);
        set(&dm, "d", &dimple_path(&f));
        set(&nd, "d", &needles_path(&f));
        let now = (Arc::as_ptr(&plan) as usize, f.shown);
        if drawn.get() != now {
            drawn.set(now);
            if let (Some(s), Some(dr), Some(r)) = (slits.get(), drops.get(), root.get()) {
                paths.with(|p| {
                    let (a, b) = p.first(f.shown);
                    set(&s, "d", a);
                    set(&dr, "d", b);
                });
                set(&r, "data-count", &f.shown.to_string());
            }
        }
    });

    let (lo, hi) = WINDOW;
    let view_box = move || {
        let p = plan.get();
        let bottom = skin.get().total().0 + 0.3;
        let top = p.headroom();
        format!(
            "{:.0} {:.0} {:.0} {:.0}",
            lo * U,
            -top * U,
            (hi - lo) * U,
            (top + bottom) * U
        )
    };
    // Labels keep a steady on-screen size (style/main.css, `.layer-label`, `.depth-label`); the
    // viewBox's height follows the device and skin, so a change of it measures again.
    steady_labels(root, move || {
        view_box();
    });
    let layer_rects = move || {
        let sk = skin.get();
        Layer::SKIN
            .into_iter()
            .map(|l| {
                let (top, bottom) = sk.bounds(l);
                view! {
                    <rect class=format!("layer {}", l.key()) x="0" y=top.0 * U width=PATCH_MM * U height=(bottom.0 - top.0) * U></rect>
                }
            })
            .collect_view()
    };
    // Capillary loops under the papillae: small hairpins at the depth the model puts them.
    let loops = move || {
        let y = skin.get().capillary_loops().0 * U;
        let mut d = String::new();
        let mut x = lo * U + 12.0;
        while x < hi * U {
            d.push_str(&format!("M{:.0} {:.0}v-14a5 5 0 0 1 10 0v14", x, y + 16.0));
            x += 38.0;
        }
        d
    };
    let fat_top = move || skin.get().total().0 * U;
    let labels = move || {
        let sk = skin.get();
        let p = plan.get();
        [Layer::PapillaryDermis, Layer::ReticularDermis]
            .into_iter()
            .map(|l| {
                let (top, bottom) = sk.bounds(l);
                // Centred in the widest stretch of the layer free of the depth lines, the
                // needle length's label hung below its line (up to ~0.45 mm tall on a phone),
                // the capillary loops (drawn 0.03 mm above to 0.16 mm below their depth) and the
                // fibroblasts, so the label covers none of them.
                let loops = sk.capillary_loops().0;
                let fibroblasts = sk.bounds(Layer::ReticularDermis).0 .0;
                let marks = [
                    p.needle,
                    p.needle + 0.45,
                    p.mean_depth,
                    loops - 0.03,
                    loops + 0.16,
                    fibroblasts + 0.25,
                    fibroblasts + 0.45,
                ];
                let y = free_middle(top.0, bottom.0, &marks) * U;
                view! { <text class="layer-label" x=hi * U - 8.0 y=y text-anchor="end" dominant-baseline="central">{layer_name(i18n, l)}</text> }
            })
            .collect_view()
    };
    // The needle length (dashed) and the real depth (solid), labelled at the left edge.
    let depth_marks = move || {
        let p = plan.get();
        let locale = i18n.get_locale();
        let (n, d) = (p.needle * U, p.mean_depth * U);
        let needle_text = format!(
            "{} {} mm",
            td_string!(locale, treatment.scene.needle_length),
            fixed(locale, p.needle, 2)
        );
        let real_text = format!(
            "{} {} mm",
            td_string!(locale, treatment.scene.real_depth),
            fixed(locale, p.mean_depth, 2)
        );
        view! {
            <path class="nominal-line" d=format!("M{:.0} {n:.1}H{:.0}", lo * U, hi * U)></path>
            <path class="real-line" d=format!("M{:.0} {d:.1}H{:.0}", lo * U, hi * U)></path>
            <text class="depth-label nominal" x=lo * U + 8.0 y=n + 4.0 dominant-baseline="hanging">{needle_text}</text>
            <text class="depth-label real" x=lo * U + 8.0 y=d - 5.0>{real_text}</text>
        }
    };
    let device = move || {
        let p = plan.get();
        let l = p.needle * U;
        if p.strokes > 0 {
            let faint: String = p
                .columns
                .iter()
                .map(|c| format!("M{:.1} {:.1}V0", c * U, -l))
                .collect();
            let half = p.columns.iter().fold(0.0f64, |m, c| m.max(c.abs())) * U + 14.0;
            view! {
                <g class="head" node_ref=head>
                    <path class="needles-behind" d=faint></path>
                    <rect class="cartridge" x=-half y=-l - 30.0 width=2.0 * half height="30" rx="6"></rect>
                </g>
            }
            .into_any()
        } else {
            let r = DRUM_BODY_MM * U;
            let spikes: String = (0..DRUM_NEEDLES)
                .map(|i| {
                    let a = i as f64 / DRUM_NEEDLES as f64 * std::f64::consts::TAU;
                    let (s, c) = (sin(a), cos(a));
                    format!(
                        "M{:.1} {:.1}L{:.1} {:.1}",
                        r * s,
                        r * c,
                        (r + l) * s,
                        (r + l) * c
                    )
                })
                .collect();
            view! {
                <g class="head drum" node_ref=head>
                    <path class="needles-behind" d=spikes></path>
                    <circle class="drum-body" r=r></circle>
                    <path class="drum-spoke" d=format!("M0 {:.0}V{:.0}M{:.0} 0H{:.0}", -r * 0.6, r * 0.6, -r * 0.6, r * 0.6)></path>
                </g>
            }
            .into_any()
        }
    };

    view! {
        <svg
            class="section"
            role="img"
            aria-label=label
            data-testid="section-channels"
            data-count="0"
            node_ref=root
            viewBox=view_box
            preserveAspectRatio="xMidYMin meet"
        >
            <rect class="air" x="0" y="-1000" width=PATCH_MM * U height="1000"></rect>
            {layer_rects}
            <rect class="layer subcutis" x="0" y=fat_top width=PATCH_MM * U height=0.3 * U></rect>
            <path class="capillaries" d=loops aria-hidden="true"></path>
            <g class="fibroblasts" aria-hidden="true">
                <ellipse cx="420" cy=move || (skin.get().bounds(Layer::ReticularDermis).0 .0 + 0.25) * U rx="22" ry="6"></ellipse>
                <ellipse cx="610" cy=move || (skin.get().bounds(Layer::ReticularDermis).0 .0 + 0.45) * U rx="22" ry="6"></ellipse>
            </g>
            <path class="channels" node_ref=slits d=""></path>
            {depth_marks}
            <path class="dimple" node_ref=dimple d=""></path>
            <path class="drops" node_ref=drops d=""></path>
            {device}
            <path class="needles-slice" node_ref=needles d=""></path>
            {labels}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::channels::Setup;
    use crate::model::device::Device;
    use crate::model::skin::Region;

    #[test]
    fn labels_sit_in_the_widest_free_gap() {
        assert_eq!(free_middle(0.4, 2.0, &[1.0, 0.7]), 1.5);
        assert_eq!(free_middle(0.0, 1.0, &[3.0]), 0.5);
        assert_eq!(free_middle(0.0, 1.0, &[f64::NAN]), 0.5);
    }

    #[test]
    fn paths_grow_channel_by_channel() {
        let setup = Setup::for_device(Device::Pen);
        let plan = Plan::new(&setup, &SkinProfile::for_region(Region::Cheek), 1);
        let p = Paths::new(&plan);
        assert_eq!(p.first(0), ("", ""));
        let one = p.first(1).0.matches('M').count();
        let all = p.first(plan.channels.len()).0.matches('M').count();
        assert_eq!((one, all), (1, plan.channels.len()));
    }
}
