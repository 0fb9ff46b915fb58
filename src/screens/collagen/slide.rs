//! The dermis drawn as a picrosirius-red slide under polarised light: on a dark field, thick
//! type I bundles shine orange-red and thin type III fibres green-yellow; how many bundles and how
//! thick follow the model's amounts. Fibroblasts, elastic fibres and the first hours' platelets and
//! growth factors are drawn over it for the explanation (picrosirius does not show them).

use leptos::prelude::*;

use crate::app::math::sin;
use crate::model::collagen::Levels;

/// One panel, in SVG units.
pub const PANEL_W: f64 = 400.0;
pub const PANEL_H: f64 = 260.0;
/// Space above a panel for its name.
pub const LABEL_H: f64 = 32.0;
/// Epidermis band at the top of a panel (not birefringent: dark).
const EPIDERMIS_H: f64 = 18.0;

/// Polarised-light colours of picrosirius red: thick, tightly packed fibres orange to red, thin
/// ones green to yellow (the usual reading of the stain).
pub const TYPE1: &str = "#ff5a24";
/// The thickest bundles look redder.
const TYPE1_DEEP: &str = "#e0301e";
pub const TYPE3: &str = "#b9e84a";
pub const ELASTIN: &str = "#a99bff";
pub const FIBROBLAST: &str = "#d9ecf7";
const NUCLEUS: &str = "#3d6a8f";
pub const PLATELET: &str = "#ff3030";
pub const GROWTH: &str = "#5fb4ff";
/// The halo around collagen fibres the model added since before the first session.
pub const NEW_HALO: &str = "#fff4c2";
const FIELD: &str = "#0d0a09";
const EPIDERMIS: &str = "#3b2d27";

/// The epidermis with its rete ridges dipping into the papillary dermis.
const EPIDERMIS_PATH: &str = "M0 0H400V14q-12 14-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0t-25 0z";

/// Bundles of type I at day 0 and their stroke width; type III fibres, elastic fibres.
const TYPE1_COUNT: f64 = 40.0;
const TYPE1_WIDTH: f64 = 3.6;
const TYPE3_COUNT: f64 = 22.0;
const ELASTIN_COUNT: f64 = 9.0;
/// Resting fibroblasts, and how many more at full activation.
const FIBROBLASTS_REST: f64 = 4.0;
const FIBROBLASTS_MORE: f64 = 26.0;

/// A position spread evenly over the dermis (a low-discrepancy sequence: never clumped), and a
/// tilt in −1..1; the same `i` always lands in the same place, so before and now line up.
fn spot(i: usize, top: f64, bottom: f64) -> (f64, f64, f64) {
    // The R2 sequence (plastic number): even in two dimensions without a visible lattice.
    let k = i as f64 + 1.0;
    let x = (0.5 + k * 0.754_877_67).fract() * (PANEL_W - 40.0) + 20.0;
    let y = top + (0.5 + k * 0.569_840_29).fract() * (bottom - top);
    // A tilt that looks random but is fixed for the spot.
    let tilt = (sin(k * 12.989_8) * 43_758.545_3).fract().abs() * 2.0 - 1.0;
    (x, y, tilt)
}

fn count(x: f64) -> usize {
    if x.is_finite() {
        x.max(0.0).round() as usize
    } else {
        0
    }
}

/// A set of crimped fibres: the `n` first spots from `offset` on, between depths `top` and
/// `bottom`, keeping every `every`-th one from `phase` (so two colours share one sequence). A fibre
/// runs roughly along the surface, as dermal collagen does, tilted by up to ±15 %, crimped in six
/// half-waves of height `wave`.
#[derive(Debug, Clone, Copy)]
struct Fibres {
    /// The first fibre drawn: 0, or the untreated count for only the new ones.
    from: usize,
    n: usize,
    offset: usize,
    top: f64,
    bottom: f64,
    len: f64,
    wave: f64,
    every: usize,
    phase: usize,
}

impl Fibres {
    fn path(self) -> String {
        (self.from..self.n)
            .filter(|i| i % self.every.max(1) == self.phase)
            .map(|i| {
                let (x, y, tilt) = spot(i + self.offset, self.top, self.bottom);
                let h = self.len / 6.0;
                let rise = tilt * self.len * 0.15 / 6.0;
                let mut d = format!(
                    "M{:.0} {:.0}q{:.1} {:.1} {h:.1} {rise:.1}",
                    x - self.len / 2.0,
                    y - tilt * self.len * 0.075,
                    h / 2.0,
                    -self.wave + rise / 2.0
                );
                for _ in 0..5 {
                    d.push_str(&format!("t{h:.1} {rise:.1}"));
                }
                d
            })
            .collect()
    }
}

/// Spindle-shaped fibroblasts lying along the fibres.
fn spindles(n: usize) -> (String, String) {
    let mut body = String::new();
    let mut nuclei = String::new();
    for i in 0..n {
        let (x, y, tilt) = spot(i + 300, EPIDERMIS_H + 14.0, PANEL_H - 10.0);
        let dy = tilt * 4.0;
        body.push_str(&format!(
            "M{:.0} {:.0}q13 -8 26 {:.0}q-13 8 -26 {:.0}z",
            x - 13.0,
            y - dy / 2.0,
            dy,
            -dy
        ));
        nuclei.push_str(&format!(
            "M{:.0} {y:.0}a3 2 0 1 0 6 0a3 2 0 1 0 -6 0z",
            x - 3.0
        ));
    }
    (body, nuclei)
}

fn dots(n: usize, offset: usize, top: f64, bottom: f64) -> String {
    (0..n)
        .map(|i| {
            let (x, y, _) = spot(i + offset, top, bottom);
            format!(
                "M{:.0} {y:.0}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z",
                x - 2.5
            )
        })
        .collect()
}

fn diamonds(n: usize, offset: usize, top: f64, bottom: f64) -> String {
    (0..n)
        .map(|i| {
            let (x, y, _) = spot(i + offset, top, bottom);
            format!("M{x:.0} {:.0}l3 3-3 3-3-3z", y - 3.0)
        })
        .collect()
}

/// Everything one panel draws, as path data and widths (plain data: testable natively).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawing {
    pub type1: String,
    /// Every third type I bundle, drawn redder and thicker.
    pub type1_deep: String,
    pub type1_width: f64,
    pub type3: String,
    /// The collagen fibres beyond the untreated amount (both types), outlined so the change shows.
    pub new_fibres: String,
    pub elastin: String,
    pub fibroblasts: String,
    pub nuclei: String,
    pub platelets: String,
    pub growth: String,
    /// Opacity of the red haze of inflammation (the redness one sees), 0 to 0.4.
    pub inflammation: f64,
}

/// What the slide shows for the model's levels: bundle count and thickness each grow with the
/// square root of the amount, so the drawn area follows it.
pub fn drawing(l: &Levels) -> Drawing {
    let top = EPIDERMIS_H + 6.0;
    let root = |x: f64| {
        if x.is_finite() {
            x.max(0.0).sqrt()
        } else {
            0.0
        }
    };
    let (fibroblasts, nuclei) =
        spindles(count(FIBROBLASTS_REST + FIBROBLASTS_MORE * l.fibroblasts));
    let type1 = Fibres {
        from: 0,
        n: count(TYPE1_COUNT * root(l.collagen1)),
        offset: 0,
        top: top + 24.0,
        bottom: PANEL_H - 8.0,
        len: 70.0,
        wave: 4.0,
        every: 3,
        phase: 0,
    };
    // New type III is laid down first in the papillary dermis, just below the epidermis.
    let type3 = Fibres {
        from: 0,
        n: count(TYPE3_COUNT * l.collagen3),
        offset: 100,
        top,
        bottom: PANEL_H * 0.75,
        len: 36.0,
        wave: 2.5,
        every: 1,
        phase: 0,
    };
    // The same spots in the same order in both panels: the fibres past the untreated count are
    // the new ones.
    let new_type1 = Fibres {
        from: count(TYPE1_COUNT),
        ..type1
    };
    let new_type3 = Fibres {
        from: count(TYPE3_COUNT),
        ..type3
    };
    Drawing {
        type1: Fibres { phase: 1, ..type1 }.path() + &Fibres { phase: 2, ..type1 }.path(),
        type1_deep: Fibres { len: 80.0, ..type1 }.path(),
        type1_width: TYPE1_WIDTH * root(l.collagen1),
        type3: type3.path(),
        new_fibres: Fibres {
            len: 80.0,
            ..new_type1
        }
        .path()
            + &Fibres {
                phase: 1,
                ..new_type1
            }
            .path()
            + &Fibres {
                phase: 2,
                ..new_type1
            }
            .path()
            + &new_type3.path(),
        elastin: Fibres {
            from: 0,
            n: count(ELASTIN_COUNT * l.elastin),
            offset: 200,
            top: top + 10.0,
            bottom: PANEL_H - 10.0,
            len: 110.0,
            wave: 7.0,
            every: 1,
            phase: 0,
        }
        .path(),
        fibroblasts,
        nuclei,
        platelets: dots(count(24.0 * l.platelets), 400, top, top + 50.0),
        growth: diamonds(count(30.0 * l.growth_factors), 450, top, PANEL_H * 0.6),
        inflammation: 0.4 * l.inflammation.clamp(0.0, 1.0),
    }
}

/// The untreated dermis: every amount as at day 0, no signals.
pub fn untreated() -> Levels {
    Levels {
        collagen1: 1.0,
        collagen3: 1.0,
        elastin: 1.0,
        ..Levels::default()
    }
}

/// One panel, named `label`: a picture of its own, so that the two stack on a phone.
#[component]
fn Panel(
    /// Id of the panel's clip path (unique in the page).
    clip: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] drawing: Signal<Drawing>,
) -> impl IntoView {
    // One closure draws the whole field: it changes as a whole, frame by frame.
    let field = move || {
        drawing.with(|d| {
            view! {
                <rect x="0" y=EPIDERMIS_H width=PANEL_W height=PANEL_H - EPIDERMIS_H fill="#ff2a2a" fill-opacity=d.inflammation></rect>
                <path d=d.new_fibres.clone() fill="none" stroke=NEW_HALO stroke-linecap="round" stroke-opacity="0.5" stroke-width=d.type1_width + 6.0></path>
                <path d=d.elastin.clone() fill="none" stroke=ELASTIN stroke-width="1.3" stroke-opacity="0.8"></path>
                <path d=d.type1_deep.clone() fill="none" stroke=TYPE1_DEEP stroke-linecap="round" stroke-opacity="0.9" stroke-width=1.4 * d.type1_width></path>
                <path d=d.type1.clone() fill="none" stroke=TYPE1 stroke-linecap="round" stroke-opacity="0.9" stroke-width=d.type1_width></path>
                <path d=d.type3.clone() fill="none" stroke=TYPE3 stroke-linecap="round" stroke-width="1.4"></path>
                <path d=d.fibroblasts.clone() fill=FIBROBLAST fill-opacity="0.9"></path>
                <path d=d.nuclei.clone() fill=NUCLEUS></path>
                <path d=d.growth.clone() fill=GROWTH></path>
                <path d=d.platelets.clone() fill=PLATELET></path>
            }
        })
    };
    view! {
        <svg class="dermis slide" viewBox=format!("0 0 {PANEL_W} {}", PANEL_H + LABEL_H) aria-hidden="true">
            <text x="2" y="23" font-size="22" font-weight="600" fill="currentColor">{label}</text>
            <clipPath id=clip>
                <rect x="0" y="0" width=PANEL_W height=PANEL_H rx="6"></rect>
            </clipPath>
            <g transform=format!("translate(0 {LABEL_H})") clip-path=format!("url(#{clip})")>
                <rect x="0" y="0" width=PANEL_W height=PANEL_H rx="6" fill=FIELD></rect>
                <path d=EPIDERMIS_PATH fill=EPIDERMIS></path>
                {field}
            </g>
        </svg>
    }
}

/// Before and now, the same field of the dermis: side by side where there is room, one above the
/// other on a phone (style/main.css, `.slide-pair`), each panel then as wide as the screen.
#[component]
pub fn Slide(
    #[prop(into)] before_label: Signal<String>,
    #[prop(into)] now_label: Signal<String>,
    #[prop(into)] now: Signal<Levels>,
    #[prop(into)] label: Signal<&'static str>,
) -> impl IntoView {
    let before = drawing(&untreated());
    let now = Memo::new(move |_| drawing(&now.get()));
    view! {
        <div class="slide-pair" role="img" aria-label=label data-testid="dermis-slide">
            <Panel clip="slide-before" label=before_label drawing=Signal::stored(before) />
            <Panel clip="slide-now" label=now_label drawing=now />
        </div>
    }
}

/// A key swatch: a short stroke or a dot in the slide's colour.
#[component]
pub fn Swatch(
    colour: &'static str,
    #[prop(optional)] width: f64,
    #[prop(optional)] dot: bool,
) -> impl IntoView {
    let w = if width > 0.0 { width } else { 2.0 };
    view! {
        <svg class="swatch" viewBox="0 0 24 12" aria-hidden="true">
            <rect x="0" y="0" width="24" height="12" rx="2" fill=FIELD></rect>
            {if dot {
                view! { <circle cx="12" cy="6" r="3.5" fill=colour></circle> }.into_any()
            } else {
                view! { <path d="M2 8q5-5 10 0t10 0" fill="none" stroke=colour stroke-width=w stroke-linecap="round"></path> }.into_any()
            }}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_collagen_more_and_thicker_bundles() {
        let before = drawing(&untreated());
        let after = drawing(&Levels {
            collagen1: 1.6,
            collagen3: 2.0,
            ..untreated()
        });
        assert!(
            after.type1.len() > before.type1.len()
                && after.type1_deep.len() > before.type1_deep.len()
        );
        assert!(after.type1_width > before.type1_width);
        assert!(after.type3.len() > before.type3.len());
        assert!(before.platelets.is_empty() && before.inflammation == 0.0);
        // Only what the model added is outlined; less collagen outlines nothing.
        assert!(before.new_fibres.is_empty() && !after.new_fibres.is_empty());
        let fewer = drawing(&Levels {
            collagen1: 0.8,
            collagen3: 0.9,
            ..untreated()
        });
        assert!(fewer.new_fibres.is_empty());
    }

    #[test]
    fn fibroblasts_multiply_with_activation() {
        let rest = drawing(&untreated());
        let busy = drawing(&Levels {
            fibroblasts: 1.0,
            ..untreated()
        });
        assert!(busy.fibroblasts.len() > 3 * rest.fibroblasts.len());
        assert!(!drawing(&Levels::default()).fibroblasts.is_empty());
    }

    #[test]
    fn odd_levels_draw_nothing_strange() {
        let d = drawing(&Levels {
            collagen1: f64::NAN,
            collagen3: -1.0,
            elastin: f64::INFINITY,
            ..Levels::default()
        });
        assert!(
            d.type1.is_empty()
                && d.type1_deep.is_empty()
                && d.type3.is_empty()
                && d.type1_width == 0.0
        );
    }
}
