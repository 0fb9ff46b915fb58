//! A magnifier on the top 0.3 mm of the skin: the stratum corneum, the living epidermis with its
//! ridges, the dermal papillae with their capillary loops, and one channel at the real mean depth,
//! so a student sees which layer a needle has reached (and whether it draws blood).

use leptos::prelude::*;

use crate::i18n::names::layer_name;
use crate::i18n::*;
use crate::model::skin::{Layer, SkinProfile};
use crate::widgets::steady_labels::steady_svg;

/// Depth shown, mm.
pub const SHOWN_MM: f64 = 0.3;
/// Units per mm inside the magnifier (1 µm = 1 unit).
const K: f64 = 1000.0;
/// Width shown, mm.
const WIDE_MM: f64 = 0.6;
/// Half the height of the rete ridges, mm [picture].
const RIDGE_MM: f64 = 0.025;
/// Distance between ridges, mm [picture].
const RIDGE_PITCH_MM: f64 = 0.1;

/// The lower edge of the epidermis: ridges pointing down between dermal papillae.
fn ridge_path(skin: &SkinProfile) -> String {
    let base = skin.epidermis().0 * K;
    let (amp, pitch) = (RIDGE_MM * K, RIDGE_PITCH_MM * K);
    let mut d = format!("M0 {:.0}", skin.stratum_corneum.0);
    d.push_str(&format!("H{:.0}V{:.0}", WIDE_MM * K, base));
    let mut x = WIDE_MM * K;
    while x > 0.0 {
        d.push_str(&format!(
            "Q{:.0} {:.0} {:.0} {:.0}T{:.0} {:.0}",
            x - pitch / 4.0,
            base + 2.0 * amp,
            x - pitch / 2.0,
            base,
            x - pitch,
            base
        ));
        x -= pitch;
    }
    d.push('Z');
    d
}

/// The magnifier. `depth_mm` is the real mean depth; `bleeds` whether channels reach the loops;
/// `made` whether any channel has been made yet (before that the skin is whole, as the status says).
#[component]
pub fn Magnifier(
    #[prop(into)] skin: Signal<SkinProfile>,
    #[prop(into)] depth_mm: Signal<f64>,
    #[prop(into)] bleeds: Signal<bool>,
    #[prop(into)] made: Signal<bool>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Labels keep a steady on-screen size (style/main.css, `.mag-label`), whatever the width.
    let svg = steady_svg();
    let loops = move || {
        let y = skin.get().capillary_loops().0 * K;
        let mut d = String::new();
        let mut x = 20.0;
        while x < WIDE_MM * K {
            // A hairpin: up one side of the papilla, over the top, down the other.
            d.push_str(&format!(
                "M{x:.0} {:.0}V{y:.0}a12 12 0 0 1 24 0V{:.0}",
                y + 80.0,
                y + 80.0
            ));
            x += RIDGE_PITCH_MM * K;
        }
        d
    };
    let channel = move || {
        if !made.get() {
            return String::new();
        }
        let d = depth_mm.get().min(SHOWN_MM + 0.02) * K;
        let x = WIDE_MM * K / 2.0 + 10.0;
        format!(
            "M{:.0} 0L{:.0} {d:.0}L{:.0} {d:.0}L{:.0} 0Z",
            x - 35.0,
            x - 8.0,
            x + 8.0,
            x + 35.0
        )
    };
    let drop = move || {
        (made.get() && bleeds.get()).then(|| {
            let x = WIDE_MM * K / 2.0 + 10.0;
            view! { <circle class="drop" cx=x cy="-16" r="16"></circle> }
        })
    };
    // Right-aligned, clear of the border's rounded corners (50% / 12% of the box).
    let label_at = move |l: Layer, y: f64| {
        view! { <text class="mag-label" x="580" y=y text-anchor="end">{move || layer_name(i18n, l)}</text> }
    };
    view! {
        <svg class="magnifier" node_ref=svg viewBox="0 -40 600 350" role="img" aria-label=label data-testid="magnifier">
            <rect class="layer papillary-dermis" x="0" y="0" width="600" height="310"></rect>
            <path class="mag-epidermis" d=move || ridge_path(&skin.get())></path>
            <rect class="layer stratum-corneum" x="0" y="0" width="600" height=move || skin.get().stratum_corneum.0></rect>
            <path class="capillaries" d=loops></path>
            <path class="channels" d=channel></path>
            {drop}
            {label_at(Layer::StratumCorneum, 14.0)}
            {move || label_at(Layer::ViableEpidermis, skin.get().stratum_corneum.0 + 42.0)}
            // In the free band between the ridges' tips and the loops' tops (hung from its top).
            <text class="mag-label" x="580" y=move || skin.get().epidermis().0 * K + 2.0 * RIDGE_MM * K + 8.0 text-anchor="end" dominant-baseline="hanging">
                {move || layer_name(i18n, Layer::PapillaryDermis)}
            </text>
            // Just above the loops' tops (12 units above their depth), clear of their arcs.
            <text class="mag-label loops" x="8" y=move || skin.get().capillary_loops().0 * K - 20.0>
                {move || t_string!(i18n, treatment.scene.loops)}
            </text>
        </svg>
    }
}
