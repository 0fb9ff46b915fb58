//! Compare: the dermaroller, the motorized pen and an at-home tool on the same goal, run through
//! the same models as the single-tool screens (docs/science.md §1, §2, §6, §7).
//!
//! Nothing here is a separate set of numbers: a tool's column is a [`Setup`] (the device's own
//! defaults, with a needle length chosen for the goal by [`depth_for`] and the passes it makes in
//! the same treatment time by [`passes_for`]) put through the Treatment model
//! ([`Setup::per_cm2`], [`Setup::mean_depth`], [`Setup::depth_spread`]), the Absorption model
//! ([`absorption::Course`]) and the Collagen model ([`collagen::Course`]). The same setup is
//! expressible in the URL ([`settings_for`]), so the single-tool screens reproduce every figure.
//!
//! Tags as in docs/science.md: [V] seen in a source's text, [S] secondary, vendor or clinic source,
//! [E] an estimate made for this project.

use super::absorption;
use super::channels::{Setup, DRUM_WIDTH_CM, PEN_TIP_WIDTH_CM, STAMP_AREA_CM2};
use super::collagen;
use super::days_after::DaysAfter;
use super::device::Device;
use super::serum::Serum;
use super::skin::{Layer, Region, SkinProfile};
use super::units::Mm;
use super::warnings::{self, Warning, HOME_RISK_MM};

/// What the visitor wants the treatment for (docs/science.md §6, "Indications").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Goal {
    /// Fine lines and pores: 0.5–1.0 mm.
    #[default]
    FineLines,
    /// Acne scars: 1.5 mm (1.0–2.0).
    AcneScars,
    /// Stretch marks: 1.5–2.5 mm.
    StretchMarks,
    /// Melasma and pigment: 0.25–0.5 mm with tranexamic acid, or 1.5 mm ⚠.
    Pigmentation,
    /// Getting a serum in: 0.2–0.3 mm.
    ProductUptake,
}

impl Goal {
    pub const ALL: [Goal; 5] = [
        Goal::FineLines,
        Goal::AcneScars,
        Goal::StretchMarks,
        Goal::Pigmentation,
        Goal::ProductUptake,
    ];

    /// The name for a URL or a test id.
    pub fn key(self) -> &'static str {
        match self {
            Goal::FineLines => "fine-lines",
            Goal::AcneScars => "acne-scars",
            Goal::StretchMarks => "stretch-marks",
            Goal::Pigmentation => "pigmentation",
            Goal::ProductUptake => "uptake",
        }
    }

    pub fn from_key(s: &str) -> Option<Goal> {
        Goal::ALL.into_iter().find(|g| g.key() == s)
    }
}

/// Longest needle the Compare screen gives an at-home tool, mm: the top of the at-home range
/// 0.13–0.3 mm (docs/science.md §1 [S]), safely below the 0.5 mm from which needling at home raises
/// risk (docs/science.md §7 [S]; [`HOME_RISK_MM`]).
pub const HOME_MAX_MM: f64 = 0.3;

/// Nominal needle length, mm, for a goal on a professional tool (pen and dermaroller alike) and on
/// an at-home tool. Round values the URL carries exactly.
fn goal_depths_mm(goal: Goal) -> (f64, f64) {
    match goal {
        // Fine lines, pores: 0.5–1.0 mm (clinics [S]; Exceed is cleared for wrinkles ≤ 1.5 mm [V]).
        // The top of the range, since real depth is only 0.5–0.7 of the needle (§2) [E].
        // At home: capped at HOME_MAX_MM.
        Goal::FineLines => (1.0, HOME_MAX_MM),
        // Acne scars: 1.5 mm (Harris 2015 review [V]; the Dermaroller MF8's needles are 1.5 mm [V]).
        Goal::AcneScars => (1.5, HOME_MAX_MM),
        // Stretch marks: 1.5–2.5 mm [S]; the middle. On facial skin this warns (beyond the
        // dermis), as it should: stretch marks are on the body.
        Goal::StretchMarks => (2.0, HOME_MAX_MM),
        // Pigment: 0.25–0.5 mm with tranexamic acid (Lima 2017 [V]); ⚠ 1.5 mm is also reported.
        // The shallow option: depth ≥ 1.5 mm multiplies the PIH risk by 2–3 (§7 [E]), and PIH is
        // the commonest lasting side effect (Chu 2021 [V]). At home: the low end, 0.25 mm.
        Goal::Pigmentation => (0.5, 0.25),
        // Product uptake: 0.2–0.3 mm (home use [S]); 0.25 mm, the at-home default (§1), is also
        // the pen's shortest setting (Dermapen 0.25–2.5 mm [S]).
        Goal::ProductUptake => (0.25, 0.25),
    }
}

/// The nominal needle length, mm, a tool is set to for a goal (docs/science.md §6), within what the device
/// can do; at-home tools never above [`HOME_MAX_MM`].
///
/// | goal | pen | dermaroller | home roller / stamp |
/// |---|---|---|---|
/// | fine lines | 1.0 | 1.0 | 0.3 |
/// | acne scars | 1.5 | 1.5 | 0.3 |
/// | stretch marks | 2.0 | 2.0 | 0.3 |
/// | pigmentation | 0.5 | 0.5 | 0.25 |
/// | product uptake | 0.25 | 0.25 | 0.25 |
pub fn depth_for(goal: Goal, device: Device) -> Mm {
    let (professional, home) = goal_depths_mm(goal);
    let wanted = if device.is_home() {
        home.min(HOME_MAX_MM)
    } else {
        professional
    };
    Mm(device.limits().depth_mm.clamp(wanted))
}

/// The skin zone the compared treatment time is spent on, cm² [E]: a patch of cheek about
/// 3 × 3.3 cm.
pub const ZONE_CM2: f64 = 10.0;
/// The treatment time every tool gets on the zone, seconds [E]. Origin: a face of a few hundred
/// cm² needled in about 10 minutes of a 30–60 minute session (docs/science.md §6, the patient journey)
/// is about 15 s per 10 cm². With the rates below the dermaroller then makes 15 passes, the
/// protocol behind docs/science.md §1's "15 passes give about 250 holes/cm²" (Fernandes [V]).
pub const SESSION_S: f64 = 15.0;
/// Rolling speed of a roller along the skin, cm/s [E]: a 5 cm stroke in about a second; no
/// figure in the sources.
pub const ROLL_SPEED_CM_S: f64 = 5.0;
/// Presses per second of a stamp (press, lift, move on by one head) [E]; no figure in the sources.
pub const STAMP_PRESSES_PER_S: f64 = 1.0;

/// Seconds one pass over the whole [`ZONE_CM2`] takes with a device at its default settings.
///
/// - Pen: zone / (tip width 0.8 cm × glide 2 cm/s), docs/science.md §1 [E]: 6.25 s.
/// - Rollers: zone / (drum width 2 cm × [`ROLL_SPEED_CM_S`]) [E]: 1 s.
/// - Stamp: zone / head area 1 cm² presses at [`STAMP_PRESSES_PER_S`] [E]: 10 s.
///
/// Turning at the ends of strokes is not counted, for any tool.
pub fn pass_seconds(device: Device) -> f64 {
    match device {
        Device::Pen => {
            let glide = device.limits().glide_cm_s.map_or(2.0, |s| s.default);
            ZONE_CM2 / (PEN_TIP_WIDTH_CM * glide)
        }
        Device::Roller | Device::HomeRoller => ZONE_CM2 / (DRUM_WIDTH_CM * ROLL_SPEED_CM_S),
        Device::HomeStamp => ZONE_CM2 / STAMP_AREA_CM2 / STAMP_PRESSES_PER_S,
    }
}

/// Whole passes a device completes in [`SESSION_S`] (a pass counts once it has covered the whole
/// zone), within the device's pass limits: pen 2, dermaroller 15, home roller 15, stamp 1.
pub fn passes_for(device: Device) -> u32 {
    // The small margin keeps an exact quotient (15 s / 1 s) from rounding down to 14.
    let whole = (SESSION_S / pass_seconds(device) + 1e-9).floor();
    device.limits().passes.clamp(whole) as u32
}

/// The serum the Compare screen's enhancement is for: niacinamide, a small water-soluble active
/// inside Potts–Guy's range (docs/science.md §4).
pub const REFERENCE_SERUM: Serum = Serum::Niacinamide;
/// The serum is left uncovered (channels reseal with a 1 h half-life, docs/science.md §3 [E]).
pub const REFERENCE_OCCLUDED: bool = false;
/// Hours after needling at which the enhancement is read.
pub const REFERENCE_HOURS: f64 = 4.0;
/// Month (counted from the first session, as on the Collagen screen) of the collagen readout.
pub const REFERENCE_MONTH: f64 = 6.0;

/// The channel model's setting for a tool on a goal: the device's own defaults for needles,
/// frequency, glide and pressure, the needle length of [`depth_for`] and the passes of
/// [`passes_for`]. Every value lies on the URL's ranges and steps, so the app can open the
/// single-tool screens on the same numbers.
pub fn setup_for(goal: Goal, device: Device) -> Setup {
    Setup {
        needle: depth_for(goal, device),
        passes: passes_for(device),
        ..Setup::for_device(device)
    }
}

/// How a tool's needles enter the skin (docs/science.md §1 ⚠ "Do rollers tear?").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    /// Pen and stamp: straight in and out, perpendicular to the surface.
    Vertical,
    /// Rollers: the needle enters on the turning drum, so the track leans and the top is wider
    /// (the Treatment model draws it curved). Disputed: pen makers say roller needles enter and
    /// leave at an angle and tear the surface [S]; the roller's inventor (Fernandes) describes a
    /// curved track and a round or oval hole, not a slit. The screen states both.
    Angled,
}

impl Entry {
    /// The entry of a device's needles, as the Treatment model places them
    /// (`channels::Shape::Curved` for rollers).
    pub fn of(device: Device) -> Entry {
        match device {
            Device::Roller | Device::HomeRoller => Entry::Angled,
            Device::Pen | Device::HomeStamp => Entry::Vertical,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Entry::Vertical => "vertical",
            Entry::Angled => "angled",
        }
    }

    /// Whether the sources disagree about this channel shape.
    pub fn disputed(self) -> bool {
        matches!(self, Entry::Angled)
    }
}

/// How clean the needles are when they go in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sterility {
    /// Pen: a sterile needle cartridge used once on a reused handpiece [S] (pen makers; docs/science.md
    /// §1 lists cartridges).
    SingleUseCartridge,
    /// Clinic dermaroller: a sterile-packed roller used for one patient [E] (clinic practice; not
    /// in docs/science.md).
    SingleUseRoller,
    /// At-home roller: kept and reused, cleaned by the user, may be non-sterile (docs/science.md §7 [S]).
    ReusedRoller,
    /// At-home stamp: likewise reused (docs/science.md §7 [S]).
    ReusedStamp,
}

impl Sterility {
    pub fn of(device: Device) -> Sterility {
        match device {
            Device::Pen => Sterility::SingleUseCartridge,
            Device::Roller => Sterility::SingleUseRoller,
            Device::HomeRoller => Sterility::ReusedRoller,
            Device::HomeStamp => Sterility::ReusedStamp,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Sterility::SingleUseCartridge => "single-use-cartridge",
            Sterility::SingleUseRoller => "single-use-roller",
            Sterility::ReusedRoller => "reused-roller",
            Sterility::ReusedStamp => "reused-stamp",
        }
    }
}

/// A relative risk level, for words on screen rather than a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Risk {
    Low,
    Moderate,
    Higher,
}

impl Risk {
    pub fn key(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Moderate => "moderate",
            Risk::Higher => "higher",
        }
    }
}

/// Infection risk of a setting (docs/science.md §7): infection is a risk factor for lasting harm
/// (Chu 2021 [V]); home devices may be non-sterile, reused or uneven, and needles ≥ 0.5 mm at home
/// raise risk [S]. Professional tools with sterile single-use needles: low; at-home tools: moderate,
/// higher from 0.5 mm. A relative ranking [E], not a measured rate.
pub fn infection_risk(setup: &Setup) -> Risk {
    if !setup.device.is_home() {
        Risk::Low
    } else if setup.needle.0 >= HOME_RISK_MM - 1e-9 {
        Risk::Higher
    } else {
        Risk::Moderate
    }
}

/// Pain and downtime, by how deep the injury goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Downtime {
    /// Needles under 0.5 mm: the at-home range (0.13–0.3 mm, docs/science.md §1 [S]); little or no
    /// redness expected [E].
    Minimal,
    /// 0.5 mm to under 1 mm: reaches the papillary dermis, a light injury (Lima 2013 [V]);
    /// redness like a mild sunburn for 1–2 days (§6 [S]).
    Light,
    /// 1 mm to under 2 mm: a moderate injury (Lima 2013 [V]); numbing cream, redness 1–2 days,
    /// all transient effects gone within 7 days (Chu 2021 [V]).
    Moderate,
    /// 2 mm and over: reaches the reticular dermis (Lima 2013 [V]); the most pain and swelling,
    /// still transient (under 7 days, Chu 2021 [V]).
    Deep,
}

impl Downtime {
    /// By nominal needle length, as Lima, Lima & Takano 2013 grade injury (docs/science.md §2).
    pub fn of(setup: &Setup) -> Downtime {
        let mm = setup.needle.0;
        if mm >= 2.0 - 1e-9 {
            Downtime::Deep
        } else if mm >= 1.0 - 1e-9 {
            Downtime::Moderate
        } else if mm >= 0.5 - 1e-9 {
            Downtime::Light
        } else {
            Downtime::Minimal
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Downtime::Minimal => "minimal",
            Downtime::Light => "light",
            Downtime::Moderate => "moderate",
            Downtime::Deep => "deep",
        }
    }
}

/// Whether a tool reaches the curved skin around the nose and lips: the pen's narrow tip does
/// (pen makers [S]); a 2 cm wide drum cannot follow those curves [E]; a 1 cm² flat stamp head
/// can be pressed there [E].
pub fn reaches_nose_and_lips(device: Device) -> bool {
    matches!(device, Device::Pen | Device::HomeStamp)
}

/// Width of the part that touches the skin, cm: pen tip 0.8 cm [E], drum 2 cm (Dermaroller MF8
/// [V]), stamp head 1 cm × 1 cm [E] (docs/science.md §1; `channels`).
pub fn head_width_cm(device: Device) -> f64 {
    match device {
        Device::Pen => PEN_TIP_WIDTH_CM,
        Device::Roller | Device::HomeRoller => DRUM_WIDTH_CM,
        Device::HomeStamp => STAMP_AREA_CM2.sqrt(),
    }
}

/// Standard deviation of the real channel depths of the Treatment model, mm.
///
/// [`Setup::place`] draws each depth uniformly within mean ± [`Setup::depth_spread`], and never
/// clamps it (the spread is at most a quarter of the mean, and the mean at most 0.75 of the needle),
/// so the SD is exactly spread / √3 for every seed's distribution; a placed patch's sample SD
/// scatters around it. Note that the model gives every device the same jitter rule (±0.15 mm,
/// ≤ ¼ of the mean): it does not yet make hand-pressed depth less even than the pen's.
pub fn depth_sd_mm(setup: &Setup) -> f64 {
    setup.depth_spread().0 / 3f64.sqrt()
}

/// One tool's column of the Compare screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub goal: Goal,
    pub device: Device,
    pub region: Region,
    /// The channel model's setting ([`setup_for`]).
    pub setup: Setup,
    /// Seconds one pass over the zone takes ([`pass_seconds`]).
    pub pass_seconds: f64,
    /// Channels per cm² after all passes in [`SESSION_S`]: `setup.per_cm2()`.
    pub channels_per_cm2: f64,
    /// Mean real depth, mm: `setup.mean_depth()`.
    pub mean_depth_mm: f64,
    /// SD of the real depth, mm ([`depth_sd_mm`]).
    pub depth_sd_mm: f64,
    /// Deepest layer the mean channel reaches in the region.
    pub layer_reached: Layer,
    pub entry: Entry,
    pub sterility: Sterility,
    pub infection_risk: Risk,
    pub downtime: Downtime,
    pub reaches_nose_and_lips: bool,
    /// Width of the tip, drum or stamp head, cm.
    pub head_width_cm: f64,
    /// The Treatment screen's warnings for this setting and region.
    pub warnings: Vec<Warning>,
    /// Needled over intact delivery of [`REFERENCE_SERUM`] at [`REFERENCE_HOURS`]
    /// (`absorption::Sample::enhancement`; `None` when intact delivery is too small to divide by).
    pub enhancement: Option<f64>,
    /// Upper-dermis (papillary) collagen at [`REFERENCE_MONTH`], percent change from month 0.
    pub collagen_6m_pct: f64,
    /// (month, upper-dermis collagen %) every day from month 0 to 12, the Collagen screen's curve.
    pub collagen_curve: Vec<(f64, f64)>,
    /// Share of the channels' density that counts for collagen ([`collagen::coverage`]): saturated
    /// at clinical densities.
    pub coverage: f64,
    /// How far the channels reach into the dermis, averaged over their spread
    /// ([`collagen::reach_factor`]), 0 to 1.
    pub reach: f64,
    /// The first week after a session (redness, barrier, bleeding), from [`DaysAfter`].
    pub days_after: DaysAfter,
}

impl Column {
    /// Passes completed `seconds` into the compared time, as a fraction (for the synchronized
    /// animation): 0 at the start, `setup.passes` once they are done.
    pub fn passes_at(&self, seconds: f64) -> f64 {
        let t = if seconds.is_nan() { 0.0 } else { seconds };
        (t / self.pass_seconds).clamp(0.0, self.setup.passes as f64)
    }

    /// Upper-dermis collagen change at `month`, %: the daily curve read linearly between its
    /// samples (the data table's rows, at whole months, fall between two days).
    pub fn collagen_at(&self, month: f64) -> f64 {
        let c = &self.collagen_curve;
        let Some(i) = c.iter().position(|p| p.0 >= month) else {
            return c.last().map_or(0.0, |p| p.1);
        };
        if i == 0 || c[i].0 == month {
            return c[i].1;
        }
        let (a, b) = (c[i - 1], c[i]);
        a.1 + (b.1 - a.1) * (month - a.0) / (b.0 - a.0)
    }
}

/// One tool's column for a goal, on a region, after `sessions` sessions `interval_weeks` apart.
pub fn compare(
    goal: Goal,
    device: Device,
    region: Region,
    sessions: u32,
    interval_weeks: u32,
) -> Column {
    let setup = setup_for(goal, device);
    let skin = SkinProfile::for_region(region);
    let enhancement = absorption::Course::new(REFERENCE_SERUM, REFERENCE_OCCLUDED, &setup, &skin)
        .at(REFERENCE_HOURS)
        .enhancement();
    let plan = collagen::Plan::new(&setup, &skin, sessions, interval_weeks as f64);
    let course = collagen::Course::simulate(&plan);
    Column {
        goal,
        device,
        region,
        setup,
        pass_seconds: pass_seconds(device),
        channels_per_cm2: setup.per_cm2(),
        mean_depth_mm: setup.mean_depth().0,
        depth_sd_mm: depth_sd_mm(&setup),
        layer_reached: setup.layer_reached(&skin),
        entry: Entry::of(device),
        sterility: Sterility::of(device),
        infection_risk: infection_risk(&setup),
        downtime: Downtime::of(&setup),
        reaches_nose_and_lips: reaches_nose_and_lips(device),
        head_width_cm: head_width_cm(device),
        warnings: warnings::warnings(&setup, region),
        enhancement,
        collagen_6m_pct: course.at(REFERENCE_MONTH).collagen_pct,
        collagen_curve: course
            .samples()
            .map(|s| (s.month, s.collagen_pct))
            .collect(),
        coverage: collagen::coverage(setup.per_cm2()),
        reach: collagen::reach_factor(&setup, &skin),
        days_after: DaysAfter::new(&setup, &skin),
    }
}

/// The at-home tool shown: the visitor's choice if it is one, else the home roller.
pub fn home_tool(device: Device) -> Device {
    if device.is_home() {
        device
    } else {
        Device::HomeRoller
    }
}

/// The whole Compare screen: dermaroller, pen and one at-home tool, in that order.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub goal: Goal,
    pub columns: [Column; 3],
}

impl Comparison {
    pub fn new(
        goal: Goal,
        home: Device,
        region: Region,
        sessions: u32,
        interval_weeks: u32,
    ) -> Comparison {
        let column = |d| compare(goal, d, region, sessions, interval_weeks);
        Comparison {
            goal,
            columns: [
                column(Device::Roller),
                column(Device::Pen),
                column(home_tool(home)),
            ],
        }
    }

    /// The clinic dermaroller's column.
    pub fn roller(&self) -> &Column {
        &self.columns[0]
    }

    /// The motorized pen's column.
    pub fn pen(&self) -> &Column {
        &self.columns[1]
    }

    /// The at-home tool's column.
    pub fn home(&self) -> &Column {
        &self.columns[2]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::Shape;

    #[test]
    fn goal_keys_round_trip_and_default_is_fine_lines() {
        for g in Goal::ALL {
            assert_eq!(Goal::from_key(g.key()), Some(g));
        }
        assert_eq!(Goal::default(), Goal::FineLines);
        assert_eq!(Goal::from_key("uptake"), Some(Goal::ProductUptake));
        assert_eq!(Goal::from_key("tattoo"), None);
    }

    #[test]
    fn depth_table() {
        use Device::*;
        let want = [
            (Goal::FineLines, [1.0, 1.0, 0.3, 0.3]),
            (Goal::AcneScars, [1.5, 1.5, 0.3, 0.3]),
            (Goal::StretchMarks, [2.0, 2.0, 0.3, 0.3]),
            (Goal::Pigmentation, [0.5, 0.5, 0.25, 0.25]),
            (Goal::ProductUptake, [0.25, 0.25, 0.25, 0.25]),
        ];
        for (g, depths) in want {
            for (d, mm) in [Pen, Roller, HomeRoller, HomeStamp].into_iter().zip(depths) {
                assert_eq!(depth_for(g, d).0, mm, "{g:?} {d:?}");
            }
        }
    }

    #[test]
    fn passes_in_the_same_time() {
        assert_eq!(passes_for(Device::Pen), 2);
        assert_eq!(passes_for(Device::Roller), 15);
        assert_eq!(passes_for(Device::HomeRoller), 15);
        assert_eq!(passes_for(Device::HomeStamp), 1);
        for d in Device::ALL {
            assert!(passes_for(d) as f64 * pass_seconds(d) <= SESSION_S + 1e-9);
        }
        // The dermaroller's 15 passes give docs/science.md's ≈ 230 /cm².
        let roller = setup_for(Goal::AcneScars, Device::Roller);
        assert!((roller.per_cm2() - 229.2).abs() < 1.0);
    }

    #[test]
    fn sd_matches_the_placed_channels() {
        for g in Goal::ALL {
            for d in Device::ALL {
                let s = setup_for(g, d);
                let depths: Vec<f64> = s.place(1).iter().map(|c| c.depth.0).collect();
                let n = depths.len() as f64;
                let mean = depths.iter().sum::<f64>() / n;
                let var = depths.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
                let sd = depth_sd_mm(&s);
                // Four standard errors of a uniform sample's SD: ½·√(0.8/n) relative each.
                let tol = 2.0 * (0.8 / n).sqrt() * sd;
                assert!(
                    (var.sqrt() - sd).abs() <= tol,
                    "{g:?} {d:?} {} vs {sd}",
                    var.sqrt()
                );
            }
        }
    }

    #[test]
    fn entry_matches_the_placed_shapes() {
        for d in Device::ALL {
            let s = setup_for(Goal::FineLines, d);
            let curved = s
                .place(1)
                .iter()
                .all(|c| matches!(c.shape, Shape::Curved { .. }));
            assert_eq!(Entry::of(d) == Entry::Angled, curved, "{d:?}");
        }
        assert!(Entry::Angled.disputed() && !Entry::Vertical.disputed());
    }

    #[test]
    fn qualitative_rows() {
        let pen = setup_for(Goal::AcneScars, Device::Pen);
        let home = setup_for(Goal::AcneScars, Device::HomeRoller);
        assert_eq!(infection_risk(&pen), Risk::Low);
        assert_eq!(infection_risk(&home), Risk::Moderate);
        let long_home = Setup {
            needle: Mm(0.5),
            ..home
        };
        assert_eq!(infection_risk(&long_home), Risk::Higher);
        assert_eq!(Downtime::of(&pen), Downtime::Moderate);
        assert_eq!(Downtime::of(&home), Downtime::Minimal);
        assert!(reaches_nose_and_lips(Device::Pen) && !reaches_nose_and_lips(Device::Roller));
    }

    #[test]
    fn comparison_has_roller_pen_and_home() {
        let c = Comparison::new(Goal::FineLines, Device::Pen, Region::Cheek, 3, 4);
        let devices = c.columns.each_ref().map(|c| c.device);
        assert_eq!(devices, [Device::Roller, Device::Pen, Device::HomeRoller]);
        let c = Comparison::new(Goal::FineLines, Device::HomeStamp, Region::Cheek, 3, 4);
        assert_eq!(c.columns[2].device, Device::HomeStamp);
        let pen = &c.columns[1];
        assert_eq!(pen.passes_at(0.0), 0.0);
        assert_eq!(pen.passes_at(SESSION_S), 2.0);
        assert_eq!(pen.passes_at(f64::NAN), 0.0);
        assert_eq!(pen.collagen_curve.len(), 366);
        // Between two daily samples the curve is read linearly; at a sample, exactly.
        let (a, b) = (pen.collagen_curve[30], pen.collagen_curve[31]);
        let mid = pen.collagen_at((a.0 + b.0) / 2.0);
        assert!((mid - (a.1 + b.1) / 2.0).abs() < 1e-12);
        assert_eq!(pen.collagen_at(a.0), a.1);
        assert_eq!(pen.collagen_at(99.0), pen.collagen_curve.last().unwrap().1);
    }
}
