//! The cross-section's animation as plain data: which channels the slice shows, when each needle
//! goes in and comes out, and where the device is at any moment. Computed once per setting; a frame
//! only evaluates [`Plan::frame`], a handful of numbers. No drawing, no DOM: tested natively.

use crate::app::math::{acos, cos, sin};
use crate::model::channels::{Setup, Shape};
use crate::model::device::Device;
use crate::model::skin::SkinProfile;

/// Seconds of animation per pass at normal speed.
pub const PASS_S: f64 = 3.0;
/// Pen strokes drawn per pass: 5 a second, the rate the slow-motion factor is computed for.
pub const PEN_STROKES: u32 = 15;
/// The slice of the 10 mm patch the cross-section shows, mm (a 4 mm window, magnified).
pub const WINDOW: (f64, f64) = (3.0, 7.0);
/// Half the thickness of the slab of skin whose channels the section shows, mm: a pen makes
/// many channels, so a thin slab; hand tools fewer, so a thicker one (the caption says which).
pub fn slab_half_mm(device: Device) -> f64 {
    match device {
        Device::Pen => 0.2,
        _ => 0.5,
    }
}
/// Radius of the drawn drum body, mm: the real drum (2 cm) would not fit the window.
pub const DRUM_BODY_MM: f64 = 0.35;
/// Needles drawn around the drum.
pub const DRUM_NEEDLES: usize = 12;
/// How high the pen lifts between strokes, mm.
pub const LIFT_MM: f64 = 0.35;
/// The pen head's middle stays this far inside the window, mm (its needles reach its edges).
pub const HEAD_HALF_MM: f64 = 0.95;
/// Half-width of the dimple under one pen needle, mm.
const DIMPLE_HALF_MM: f64 = 0.14;
/// Deepest drawn dimple, mm (the skin gives way by needle length − real depth, up to this).
const DIMPLE_MAX_MM: f64 = 0.35;

/// Phases of one stroke (fractions of its period): descend, dimple, pierce, hold, withdraw, rise.
const TOUCH: f64 = 0.15;
const PIERCE: f64 = 0.3;
const DEEPEST: f64 = 0.4;
const HOLD: f64 = 0.6;
/// The needle leaves the skin here: its channel appears.
pub const EXIT: f64 = 0.7;

/// One channel in the slice, in the order needles leave them.
#[derive(Debug, Clone, PartialEq)]
pub struct SliceChannel {
    pub x: f64,
    pub depth: f64,
    /// Forward lean of a roller's curved track at the bottom, mm (0 for straight channels).
    pub lean: f64,
    /// Width at the mouth, mm.
    pub width: f64,
    /// When the needle that makes it goes in (pen: the stroke's start; roller: the tip touches).
    pub t_in: f64,
    /// When the needle leaves it: the channel is drawn from here on.
    pub t_out: f64,
    /// It reaches the capillary loops: a drop of blood at its mouth.
    pub bleeds: bool,
}

/// The animation of one setting.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub device: Device,
    pub needle: f64,
    pub mean_depth: f64,
    pub passes: u32,
    pub channels: Vec<SliceChannel>,
    /// Strokes per pass (pens: 15; stamps: one press; rollers: none).
    pub strokes: u32,
    /// Needle positions across the pen cartridge or stamp head seen from the side, mm from its
    /// middle; the needles behind and in front of the slice (drawn faint).
    pub columns: Vec<f64>,
    /// Drum: distance from its axis to the needle tips, mm.
    pub tip_radius: f64,
    /// How far the skin gives way before it is pierced, mm.
    pub dimple: f64,
}

/// Where everything is at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Pen and stamp: the head's middle and its needle tips' depth (negative above the skin).
    /// Roller: the drum's axis x and y, and its turn in degrees.
    pub x: f64,
    pub y: f64,
    pub turn_deg: f64,
    /// Dimples in the surface: (x, depth, half-width), mm.
    pub dimples: Vec<(f64, f64, f64)>,
    /// Needles in the slice, as segments from the head (or axis) to the tip: (x1, y1, x2, y2).
    pub needles: Vec<(f64, f64, f64, f64)>,
    /// Channels drawn so far.
    pub shown: usize,
}

fn smooth(a: f64, b: f64, x: f64) -> f64 {
    let s = ((x - a) / (b - a)).clamp(0.0, 1.0);
    s * s * (3.0 - 2.0 * s)
}

/// Seconds between two frames of a stroke that Step walks through (a quarter stroke for pens and
/// stamps; an eighth of a pass for rollers).
pub fn step_s(device: Device) -> f64 {
    match device {
        Device::Pen => PASS_S / PEN_STROKES as f64 / 4.0,
        Device::HomeStamp => PASS_S / 4.0,
        Device::Roller | Device::HomeRoller => PASS_S / 8.0,
    }
}

/// When the needle that makes a channel of the 1 cm² surface view leaves it, s: the surface fills
/// left to right within each pass, as the section's head or drum moves (pens and stamps stroke
/// by stroke, rollers continuously), so the picture, the pass count and the "so far" figures
/// all describe the same moment.
pub fn surface_made_at(device: Device, pass: u32, x_mm: f64) -> f64 {
    let start = pass as f64 * PASS_S;
    let across = (x_mm / crate::model::channels::PATCH_MM).clamp(0.0, 1.0);
    let strokes = match device {
        Device::Pen => PEN_STROKES,
        Device::HomeStamp => 1,
        Device::Roller | Device::HomeRoller => return start + across * PASS_S,
    };
    let stroke_s = PASS_S / strokes as f64;
    let k = (across * strokes as f64).floor().min(strokes as f64 - 1.0);
    start + (k + EXIT) * stroke_s
}

impl Plan {
    pub fn new(setup: &Setup, skin: &SkinProfile, seed: u64) -> Plan {
        let device = setup.device;
        let needle = setup.needle.0.max(0.0);
        let mean_depth = setup.mean_depth().0;
        let passes = setup.passes.max(1);
        let (lo, hi) = WINDOW;
        let w = hi - lo;
        let mid = crate::model::channels::PATCH_MM / 2.0;
        let half = slab_half_mm(device);
        let loops = skin.capillary_loops().0;
        let rolls = matches!(device, Device::Roller | Device::HomeRoller);
        let strokes = match device {
            Device::Pen => PEN_STROKES,
            Device::HomeStamp => 1,
            _ => 0,
        };
        let tip_radius = DRUM_BODY_MM + needle;
        let dimple = (needle - mean_depth).clamp(0.0, DIMPLE_MAX_MM);
        let stroke_s = PASS_S / strokes.max(1) as f64;
        let mut channels: Vec<SliceChannel> = setup
            .place(seed)
            .into_iter()
            .filter(|c| (c.y.0 - mid).abs() < half && (lo..hi).contains(&c.x.0))
            .map(|c| {
                let x = c.x.0;
                let start = c.pass as f64 * PASS_S;
                let (t_in, t_out) = if rolls {
                    // The drum's axis crosses the window (and a tip radius each side) in one pass.
                    let span = w + 2.0 * tip_radius;
                    let exit = acos(1.0 - c.depth.0.min(tip_radius) / tip_radius) * tip_radius;
                    let at = |x_axis: f64| start + (x_axis - lo + tip_radius) / span * PASS_S;
                    (at(x - exit), at(x + exit))
                } else {
                    let k =
                        (((x - lo) / w * strokes as f64).floor()).clamp(0.0, strokes as f64 - 1.0);
                    let t = start + k * stroke_s;
                    (t, t + EXIT * stroke_s)
                };
                SliceChannel {
                    x,
                    depth: c.depth.0,
                    lean: match c.shape {
                        Shape::Curved { lean } => lean.0,
                        Shape::Straight => 0.0,
                    },
                    width: c.width.0 / 1000.0,
                    t_in,
                    t_out,
                    bleeds: c.depth.0 >= loops,
                }
            })
            .collect();
        channels.sort_by(|a, b| a.t_out.total_cmp(&b.t_out));
        let cols = match device {
            Device::Pen => (setup.needles as f64).sqrt().ceil().clamp(2.0, 7.0) as usize,
            Device::HomeStamp => 9,
            _ => 0,
        };
        let head = if device == Device::HomeStamp {
            w * 0.9
        } else {
            2.0 * HEAD_HALF_MM
        };
        let columns = (0..cols)
            .map(|i| i as f64 / (cols - 1).max(1) as f64 * head - head / 2.0)
            .collect();
        Plan {
            device,
            needle,
            mean_depth,
            passes,
            channels,
            strokes,
            columns,
            tip_radius,
            dimple,
        }
    }

    /// Seconds of the whole animation.
    pub fn duration(&self) -> f64 {
        self.passes as f64 * PASS_S
    }

    /// Seconds between two frames of a stroke that Step walks through (a quarter stroke for
    /// pens and stamps; an eighth of a pass for rollers).
    pub fn step_s(&self) -> f64 {
        step_s(self.device)
    }

    /// Height of the device above the skin, mm (what the picture reserves over the surface).
    pub fn headroom(&self) -> f64 {
        if self.strokes > 0 {
            self.needle + LIFT_MM + 0.32
        } else {
            2.0 * self.tip_radius - self.mean_depth + 0.1
        }
    }

    /// Channels whose needle has left by time `t`.
    pub fn shown_at(&self, t: f64) -> usize {
        self.channels.partition_point(|c| c.t_out <= t + 1e-9)
    }

    pub fn frame(&self, t: f64) -> Frame {
        let t = if t.is_finite() {
            t.clamp(0.0, self.duration())
        } else {
            0.0
        };
        let shown = self.shown_at(t);
        if self.strokes > 0 {
            self.stroke_frame(t, shown)
        } else {
            self.roll_frame(t, shown)
        }
    }

    /// Pen and stamp: the head steps along between strokes; its needles descend, dimple the
    /// surface, pierce to their real depth and come out.
    fn stroke_frame(&self, t: f64, shown: usize) -> Frame {
        let (lo, hi) = WINDOW;
        let stroke_s = PASS_S / self.strokes as f64;
        let n = (t / stroke_s).floor();
        let phase = t / stroke_s - n;
        let at_end = t >= self.duration() - 1e-9;
        let k = (n as u32 % self.strokes) as f64;
        // The head glides so that its needles sweep the window from edge to edge.
        let margin = HEAD_HALF_MM;
        let step = (hi - lo - 2.0 * margin) / self.strokes as f64;
        let x = if self.strokes == 1 {
            (lo + hi) / 2.0
        } else {
            let last = k + 1.0 >= self.strokes as f64;
            let glide = if last { 0.0 } else { smooth(EXIT, 1.0, phase) };
            lo + margin + step * (k + 0.5 + glide)
        };
        let d = self.mean_depth;
        let (tip, dip) = if at_end {
            (-LIFT_MM, 0.0)
        } else if phase < TOUCH {
            (-LIFT_MM * (1.0 - smooth(0.0, TOUCH, phase)), 0.0)
        } else if phase < PIERCE {
            let s = smooth(TOUCH, PIERCE, phase);
            (self.dimple * s, self.dimple * s)
        } else if phase < DEEPEST {
            let s = smooth(PIERCE, DEEPEST, phase);
            (self.dimple + (d - self.dimple) * s, self.dimple * (1.0 - s))
        } else if phase < HOLD {
            (d, 0.0)
        } else if phase < EXIT {
            (d * (1.0 - smooth(HOLD, EXIT, phase)), 0.0)
        } else {
            (-LIFT_MM * smooth(EXIT, 1.0, phase), 0.0)
        };
        let dimples = if dip > 1e-6 {
            self.columns
                .iter()
                .map(|c| (x + c, dip, DIMPLE_HALF_MM))
                .collect()
        } else {
            Vec::new()
        };
        // The slice's own needles: those whose channels this stroke makes.
        let now = n * stroke_s;
        let needles = if at_end || phase >= EXIT {
            Vec::new()
        } else {
            self.channels
                .iter()
                .filter(|c| (c.t_in - now).abs() < 1e-6)
                .map(|c| {
                    let reach = if d > 0.0 {
                        tip * c.depth / d.max(1e-9)
                    } else {
                        tip
                    };
                    let y = if tip > 0.0 && phase >= PIERCE {
                        reach
                    } else {
                        tip
                    };
                    (c.x, y - self.needle, c.x, y)
                })
                .collect()
        };
        Frame {
            x,
            y: tip,
            turn_deg: 0.0,
            dimples,
            needles,
            shown,
        }
    }

    /// Roller: the drum rolls across; the surface gives way under it; each needle of the slice
    /// pivots about its entry point, in and out.
    fn roll_frame(&self, t: f64, shown: usize) -> Frame {
        let (lo, hi) = WINDOW;
        let r = self.tip_radius;
        let pass = ((t / PASS_S).floor()).min(self.passes as f64 - 1.0);
        let tau = (t - pass * PASS_S) / PASS_S;
        let x = lo - r + (hi - lo + 2.0 * r) * tau.clamp(0.0, 1.0);
        let y = self.mean_depth - r;
        let turn_deg = (x / r).to_degrees();
        let needles = self
            .channels
            .iter()
            .filter(|c| c.t_in <= t && t < c.t_out)
            .map(|c| {
                let reach = r - self.mean_depth + c.depth;
                let a = (x - c.x) / r;
                (x, y, x - reach * sin(a), y + reach * cos(a))
            })
            .collect();
        let dip = (self.needle - self.mean_depth).clamp(0.0, DIMPLE_MAX_MM) * 0.6;
        Frame {
            x,
            y,
            turn_deg,
            dimples: vec![(x, dip, 0.5)],
            needles,
            shown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::skin::Region;
    use crate::model::units::Mm;

    fn plan(device: Device, needle: f64) -> Plan {
        let setup = Setup {
            needle: Mm(needle),
            ..Setup::for_device(device)
        };
        Plan::new(&setup, &SkinProfile::for_region(Region::Cheek), 1)
    }

    #[test]
    fn channels_appear_one_stroke_after_another_and_all_by_the_end() {
        let p = plan(Device::Pen, 1.0);
        assert!(p.channels.len() > 5, "{}", p.channels.len());
        assert_eq!(p.shown_at(0.0), 0);
        assert_eq!(p.shown_at(p.duration()), p.channels.len());
        let mut last = 0;
        for i in 0..=300 {
            let n = p.frame(i as f64 * p.duration() / 300.0).shown;
            assert!(n >= last);
            last = n;
        }
    }

    #[test]
    fn a_pen_needle_dimples_the_skin_then_reaches_the_real_depth_and_leaves() {
        let p = plan(Device::Pen, 1.0);
        let stroke = PASS_S / PEN_STROKES as f64;
        let c = &p.channels[0];
        let at = |phase: f64| p.frame(c.t_in + phase * stroke);
        assert!(at(0.0).y < 0.0, "above the skin at first");
        let dimpling = at(0.25);
        assert!(!dimpling.dimples.is_empty() && dimpling.dimples[0].1 > 0.0);
        let deepest = at(0.5);
        assert!(deepest.dimples.is_empty());
        let needle = deepest
            .needles
            .iter()
            .find(|n| n.2 == c.x)
            .expect("the slice's needle");
        assert!(
            (needle.3 - c.depth).abs() < 1e-9,
            "tip {} vs channel {}",
            needle.3,
            c.depth
        );
        assert!(c.depth < p.needle, "real depth below the nominal");
        assert!(at(0.75).needles.is_empty());
        // Its channel appears exactly when it leaves, where it was.
        assert_eq!(p.shown_at(c.t_out - 1e-6), 0);
        assert!(p.shown_at(c.t_out) >= 1);
    }

    #[test]
    fn a_roller_needle_pivots_in_and_out_at_its_channel() {
        let p = plan(Device::Roller, 1.5);
        assert!(!p.channels.is_empty());
        let c = &p.channels[0];
        let mid = (c.t_in + c.t_out) / 2.0;
        let f = p.frame(mid);
        let n = f
            .needles
            .iter()
            .find(|n| (n.2 - c.x).abs() < 0.05)
            .expect("its needle");
        assert!(n.3 > 0.0 && n.3 <= c.depth + 1e-9);
        assert!(f.x >= WINDOW.0 - p.tip_radius && f.x <= WINDOW.1 + p.tip_radius);
    }

    #[test]
    fn the_surface_fills_within_its_pass_and_nothing_is_made_before_a_needle_leaves() {
        for d in Device::ALL {
            for pass in 0..3 {
                let mut last = f64::NEG_INFINITY;
                for i in 0..=100 {
                    let t = surface_made_at(d, pass, i as f64 / 10.0);
                    assert!(t >= last, "{d:?}: left to right");
                    assert!(t >= pass as f64 * PASS_S && t <= (pass + 1) as f64 * PASS_S);
                    last = t;
                }
            }
            // A pen or stamp channel appears when its stroke's needles leave, as in the section.
            if d != Device::Roller && d != Device::HomeRoller {
                assert!(surface_made_at(d, 0, 0.0) >= EXIT * step_s(d));
            }
        }
    }

    #[test]
    fn frames_are_finite_for_any_time() {
        for d in Device::ALL {
            let p = plan(d, d.limits().depth_mm.default);
            for t in [f64::NAN, -1.0, 0.0, 0.1, 7.3, 1e9] {
                let f = p.frame(t);
                assert!(
                    f.x.is_finite() && f.y.is_finite() && f.turn_deg.is_finite(),
                    "{d:?} {t}"
                );
            }
        }
    }
}
