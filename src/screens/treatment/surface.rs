//! The 1 cm² of skin surface seen from above, filling as the needles leave it. Each puncture
//! appears at the moment its needle comes out, so the picture, the pass count and the "so far"
//! figures describe the same moment (Treatment times the marks with
//! [`surface_made_at`](crate::screens::treatment::plan::surface_made_at); Compare with each
//! tool's pass time). Built once per setting; a frame only counts and slices prebuilt paths.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::channels::{Channel, PATCH_MM};

/// Surface view units per mm (the view is `0 0 1000 1000` for the 10 mm patch).
pub const SU: f64 = 100.0;

/// Every channel of the patch in the order it is made, and the drawn sample's path data (small
/// squares; drops of blood at those reaching the capillary loops), each with where it ends in
/// its string, so the first `n` are a slice.
#[derive(Debug, PartialEq)]
pub struct Marks {
    /// When each channel of the patch is made, s, in order.
    made: Vec<f64>,
    /// When each drawn channel is made: every `stride`-th of `made`, so a capped sample stays
    /// spread evenly over the passes and the patch.
    drawn: Vec<f64>,
    marks: String,
    mark_ends: Vec<usize>,
    drops: String,
    drop_ends: Vec<usize>,
}

impl Marks {
    /// `made_at` says when a channel is made; `size` is a mark's side in view units; `loops_mm`
    /// is the depth of the capillary loops (`None`: no drops drawn); at most `max_drawn` drawn.
    pub fn new(
        channels: &[Channel],
        made_at: impl Fn(&Channel) -> f64,
        size: f64,
        loops_mm: Option<f64>,
        max_drawn: usize,
    ) -> Marks {
        let mut order: Vec<(f64, &Channel)> = channels.iter().map(|c| (made_at(c), c)).collect();
        order.sort_by(|a, b| a.0.total_cmp(&b.0));
        let stride = order.len().div_ceil(max_drawn.max(1)).max(1);
        let mut m = Marks {
            made: order.iter().map(|o| o.0).collect(),
            drawn: Vec::with_capacity(order.len() / stride + 1),
            marks: String::new(),
            mark_ends: Vec::new(),
            drops: String::new(),
            drop_ends: Vec::new(),
        };
        let drop = size * 1.4;
        for (t, c) in order.into_iter().step_by(stride) {
            let (x, y) = (c.x.0.min(PATCH_MM) * SU, c.y.0.min(PATCH_MM) * SU);
            m.drawn.push(t);
            m.marks.push_str(&format!(
                "M{:.0} {:.0}h{size}v{size}h-{size}z",
                x - size / 2.0,
                y - size / 2.0
            ));
            m.mark_ends.push(m.marks.len());
            if loops_mm.is_some_and(|l| c.depth.0 >= l) {
                m.drops.push_str(&format!(
                    "M{:.0} {:.0}h{drop}v{drop}h-{drop}z",
                    x - drop / 2.0,
                    y - drop / 2.0
                ));
            }
            m.drop_ends.push(m.drops.len());
        }
        m
    }

    /// Channels of the patch made by time `t`.
    pub fn made_by(&self, t: f64) -> usize {
        self.made.partition_point(|&m| m <= t + 1e-9)
    }

    /// Drawn channels made by time `t`.
    pub fn drawn_by(&self, t: f64) -> usize {
        self.drawn.partition_point(|&m| m <= t + 1e-9)
    }

    /// The first `n` drawn channels' marks and drops.
    pub fn first(&self, n: usize) -> (&str, &str) {
        match n.min(self.mark_ends.len()) {
            0 => ("", ""),
            n => (
                &self.marks[..self.mark_ends[n - 1]],
                &self.drops[..self.drop_ends[n - 1]],
            ),
        }
    }
}

/// The punctures (and drops) made by `time`, inside a surface `<svg>` the screen draws. The
/// path data changes only when another drawn channel has been made.
#[component]
pub fn SurfaceMarks(
    #[prop(into)] marks: Signal<Arc<Marks>>,
    #[prop(into)] time: Signal<f64>,
) -> impl IntoView {
    let n = Memo::new(move |_| marks.with(|m| m.drawn_by(time.get())));
    let punctures = Memo::new(move |_| marks.with(|m| m.first(n.get()).0.to_string()));
    let drops = Memo::new(move |_| marks.with(|m| m.first(n.get()).1.to_string()));
    view! {
        <path class="punctures" d=punctures data-count=n></path>
        <path class="surface-drops" d=drops></path>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::channels::Setup;
    use crate::model::device::Device;

    fn marks(max: usize) -> (Vec<Channel>, Marks) {
        let all = Setup::for_device(Device::Pen).place(1);
        let m = Marks::new(
            &all,
            |c| c.pass as f64 + c.x.0 / PATCH_MM,
            5.0,
            Some(0.5),
            max,
        );
        (all, m)
    }

    #[test]
    fn what_is_drawn_is_what_has_been_made_pass_by_pass() {
        let (all, m) = marks(usize::MAX);
        assert_eq!(m.made_by(-1.0), 0);
        assert_eq!(m.first(m.drawn_by(-1.0)), ("", ""));
        let first_pass = all.iter().filter(|c| c.pass == 0).count();
        assert_eq!(m.made_by(1.0), first_pass);
        assert_eq!(m.drawn_by(1.0), first_pass);
        let n = m.drawn_by(0.5);
        assert!(n > 0 && n < first_pass, "half a pass: {n} of {first_pass}");
        assert_eq!(m.first(n).0.matches('M').count(), n);
        assert_eq!(m.made_by(1e9), all.len());
    }

    #[test]
    fn a_capped_sample_is_spread_over_every_pass() {
        let (_, m) = marks(500);
        let drawn = m.drawn_by(1e9);
        assert!((400..=500).contains(&drawn), "{drawn}");
        for pass in 1..=3 {
            let d = m.drawn_by(pass as f64) - m.drawn_by(pass as f64 - 1.0);
            let even = drawn as f64 / 3.0;
            assert!(
                (d as f64 - even).abs() <= 0.05 * even + 1.0,
                "pass {pass}: {d} of {drawn}"
            );
        }
    }
}
