//! The device above the cross-section: a pen stamping as it glides, a roller's drum turning as it
//! travels, a stamp pressing. Moved only by CSS transform animations on their own layers, so the
//! compositor animates them and no frame costs main-thread work; the clock only starts, stops and
//! re-times them.

use leptos::prelude::*;

use crate::app::clock::use_clock;
use crate::i18n::text::effect;
use crate::model::device::Device;

/// Pen strokes shown per second at normal speed; the real pen is slowed by `hz / this`.
pub const SHOWN_STROKES_PER_S: f64 = 5.0;
/// Drum turns drawn per pass (a picture: the drum is not to scale).
const TURNS_PER_PASS: f64 = 3.0;

/// How many times slower than life the pen's strokes are drawn.
pub fn slow_motion_factor(hz: f64, speed: f64) -> f64 {
    hz / (SHOWN_STROKES_PER_S * speed.max(0.01))
}

/// The animated device. `pass_s` is the seconds one pass takes at normal speed.
#[component]
pub fn DeviceAnimation(#[prop(into)] device: Signal<Device>, pass_s: f64) -> impl IntoView {
    let clock = use_clock();
    // Set through the CSSOM: a strict CSP blocks `style` attributes, not style properties.
    let band = NodeRef::<leptos::html::Div>::new();
    // Re-timed when play starts or the speed changes, so the drawing stays in step with the clock.
    effect(move || {
        clock.playing.track();
        let speed = clock.speed.get().factor();
        let pass = pass_s / speed;
        let offset = clock.time.get_untracked() / speed % pass;
        if let Some(el) = band.get() {
            let style = web_sys::HtmlElement::style(&el);
            let stroke = pass / (SHOWN_STROKES_PER_S * pass_s);
            for (name, seconds) in [
                ("--pass", pass),
                ("--stroke", stroke),
                ("--spin", pass / TURNS_PER_PASS),
                ("--delay", -offset),
            ] {
                let _ = style.set_property(name, &format!("{seconds:.3}s"));
            }
        }
    });
    let class = move || {
        format!(
            "device-band {}{}",
            device.get().key(),
            if clock.playing.get() { " playing" } else { "" }
        )
    };
    view! {
        <div class=class node_ref=band aria-hidden="true">
            <div class="device-glide">
                {move || match device.get() {
                    Device::Pen => view! {
                        <svg class="pen-body" viewBox="0 0 32 52">
                            <rect x="6" y="0" width="20" height="40" rx="6"></rect>
                            <rect class="cartridge" x="9" y="38" width="14" height="14" rx="2"></rect>
                        </svg>
                        <svg class="pen-needles" viewBox="0 0 32 20">
                            <path d="M10 0v16M14 0v16M18 0v16M22 0v16"></path>
                        </svg>
                    }
                    .into_any(),
                    Device::Roller | Device::HomeRoller => view! {
                        <svg class="roller-handle" viewBox="0 0 40 48">
                            <path d="M36 46L6 4"></path>
                        </svg>
                        <svg class="roller-drum" viewBox="-22 -22 44 44">
                            <circle r="15"></circle>
                            <path d="M0-15v-6M0 15v6M-15 0h-6M15 0h6M10.6-10.6l4.2-4.2M-10.6 10.6l-4.2 4.2M10.6 10.6l4.2 4.2M-10.6-10.6l-4.2-4.2"></path>
                        </svg>
                    }
                    .into_any(),
                    Device::HomeStamp => view! {
                        <svg class="stamp" viewBox="0 0 40 64">
                            <rect x="16" y="0" width="8" height="34" rx="3"></rect>
                            <rect class="cartridge" x="4" y="34" width="32" height="12" rx="2"></rect>
                            <path d="M8 46v14M14 46v14M20 46v14M26 46v14M32 46v14"></path>
                        </svg>
                    }
                    .into_any(),
                }}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_motion_factor_follows_frequency_and_speed() {
        assert_eq!(slow_motion_factor(100.0, 1.0), 20.0);
        assert_eq!(slow_motion_factor(100.0, 2.0), 10.0);
        assert!(slow_motion_factor(150.0, 0.5) > slow_motion_factor(150.0, 1.0));
        assert!(slow_motion_factor(100.0, 0.0).is_finite());
    }
}
