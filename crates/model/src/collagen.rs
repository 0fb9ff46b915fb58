//! Collagen induction over a course of sessions: a small dynamical model of the healing cascade
//! each session sets off, and what it leaves behind over 12 months (docs/science.md §5).
//!
//! Each session injures the dermis in proportion to how many channels it makes per cm² and how
//! far they reach below the epidermis. The injury sets off a chain of relative signals, each
//! driven by the one before and fading with its own time constant:
//!
//! ```text
//! platelets (haemostasis) → inflammation → growth factors → fibroblasts → type III collagen → type I
//!                                                                       ↘ elastin
//! ```
//!
//! Inflammation, growth factors and fibroblasts saturate (a factor `1 − level` on what drives
//! them), so a session made while the last one is still being answered adds less: spacing
//! matters. Every coupling is non-negative, so more or stronger sessions never give less of
//! anything (the system is cooperative and the integrator keeps that for its step).
//!
//! Collagen and elastin are given as percent change from the untreated skin at day 0; untreated
//! skin loses about 1 % of its dermal collagen a year, and the treated curves include that loss.
//! Calibrated on the device the studies used, a dermaroller: Lotfi 2013 (5 monthly sessions with
//! a 1.5 mm roller: papillary-dermis collagen +53 %), so the percentages are those of the treated
//! upper (papillary) dermis, not of the whole skin (docs/science.md §8).
//!
//! The stimulus depends on how far the channels reach into the dermis, averaged over their depth
//! spread (so less even channels do a little less), and saturates at clinical channel densities:
//! a pen and a roller differ only through their depth and evenness, as no controlled human study
//! shows one making more collagen than the other at the same depth (docs/science.md §8).
//!
//! Elastin, as El-Domyati 2015 measured it: tropoelastin (the precursor new fibres are made of)
//! rises with the fibroblasts, while total elastin dips (old fibres broken down in the
//! inflammation) and only slowly comes back as a small share of the tropoelastin is cross-linked.
//! Aust 2008's abstract reports a rise in elastin at 6 months: the sources disagree, and the app
//! says so (docs/science.md §5 ⚠).

use super::channels::{study_roller, Setup};
use super::device::Span;
use super::healing::Phase;
use super::skin::SkinProfile;
use super::units::Mm;

/// Days in a month, for the time line (365.25 / 12).
pub const MONTH_DAYS: f64 = 30.44;
/// Days in a year.
pub const YEAR_DAYS: f64 = 365.25;
/// The course is simulated over 12 months.
pub const HORIZON_MONTHS: f64 = 12.0;
/// Integration step, days. Fixed and small: see [`Course::simulate`] for why it is stable.
pub const STEP_DAYS: f64 = 0.25;
/// Sessions in a series: none to 8, three by default (the one definition of this range).
pub const SESSIONS: Span = Span::new(0.0, 3.0, 8.0);
/// Weeks between sessions offered: 2–12, four by default (clinics: every 4–6 weeks [S]).
pub const INTERVAL_WEEKS: Span = Span::new(2.0, 4.0, 12.0);
/// Month of the course shown, counted from the first session.
pub const MONTH: Span = Span::new(0.0, 6.0, HORIZON_MONTHS);
/// Most sessions a plan may hold.
pub const MAX_SESSIONS: u32 = SESSIONS.max as u32;
/// Interval between sessions, weeks: plans are clamped to the app's own range, [`INTERVAL_WEEKS`]
/// (one definition). Weekly is its lower end: the hair-loss protocol (Dhurat 2013) and at-home
/// rollers are used weekly (docs/science.md §6).
pub const INTERVAL_WEEKS_MIN: f64 = INTERVAL_WEEKS.min;
pub const INTERVAL_WEEKS_MAX: f64 = INTERVAL_WEEKS.max;

// ---- Stimulus from the device -------------------------------------------------------------

/// Channel density over which the stimulus saturates, per cm² [E]: 1 − e^(−n/50) is 99 % at a
/// dermaroller's 230 /cm² and all but 1 at a pen's thousands (docs/science.md §8: no study ties the
/// response to density at clinical settings; what they tie it to is depth).
pub const DENSITY_SCALE_PER_CM2: f64 = 50.0;
/// Depth of dermis below which the stimulus has reached 63 % of its largest, mm [E] (docs/science.md §5
/// default: stimulus ∝ depth reaching the dermis; a 1.5 mm roller's 0.75 mm sits near the top).
pub const REACH_SCALE_MM: f64 = 0.5;
/// Points across a session's depth spread over which the reach is averaged.
const SPREAD_POINTS: usize = 16;

// ---- The healing cascade --------------------------------------------------------------------

/// Platelet and clot signal decay, days [E]: haemostasis is over within hours (docs/science.md §5).
pub const TAU_PLATELETS_D: f64 = 0.5;
/// How fast platelet signals raise inflammation, per day [E]: puts the peak at 1–2 days.
pub const K_INFLAMMATION: f64 = 3.0;
/// Inflammation decay, days [E] (docs/science.md §5 default τ ≈ 2 d).
pub const TAU_INFLAMMATION_D: f64 = 2.0;
/// How fast inflammation raises growth factors (PDGF, TGF-β, FGF, VEGF lumped), per day [E].
pub const K_GROWTH: f64 = 1.0;
/// Growth-factor decay, days [E]: outlasts inflammation (TGF-β3 raised for 2 weeks in rats,
/// Aust 2010 [V]).
pub const TAU_GROWTH_D: f64 = 5.0;
/// How fast growth factors make fibroblasts multiply, per day per unit of growth factor [E].
pub const K_FIBROBLASTS: f64 = 1.5;
/// Resting fibroblasts that growth factors recruit, as a share of what the tissue can hold [E]:
/// the seed of the proliferation, so activation starts at once and multiplication follows.
pub const FIBROBLAST_SEED: f64 = 0.1;
/// Activated-fibroblast decay, days [E]: with the chain above, the peak falls on day 8
/// (docs/science.md §5 default: days 7–14).
pub const TAU_FIBROBLASTS_D: f64 = 6.0;
/// Type III collagen laid down per day by fibroblasts at full activation, as a fraction of the
/// baseline papillary collagen [E]: calibrated so a 1.5 mm dermaroller, 5 monthly sessions, gives
/// Lotfi 2013's +53 % at 6 months (docs/science.md §8).
pub const K_COLLAGEN3: f64 = 0.012;
/// Type III remodelled into type I, days [E] (docs/science.md §5 default τ ≈ 45 d, 30–90).
pub const TAU_REMODEL_D: f64 = 45.0;
/// Share of remodelled type III that ends as type I [E]: the rest is broken down by MMPs.
pub const REMODEL_YIELD: f64 = 0.9;
/// Turnover of the new type I, days [E]: remodelling goes on for 1–2 years (docs/science.md §5), and
/// Aust 2008 still saw thicker skin at 1 year.
pub const TAU_TURNOVER_D: f64 = 730.0;
/// Tropoelastin made per day at full fibroblast activation, fraction of the untreated skin's
/// tropoelastin [E]: El-Domyati 2015 saw it rise at 1 and 3 months (docs/science.md §5 [V]; the
/// size is an estimate).
pub const K_TROPOELASTIN: f64 = 0.03;
/// Tropoelastin lifetime before it is cross-linked or cleared, days [E].
pub const TAU_TROPOELASTIN_D: f64 = 30.0;
/// Share of the tropoelastin that ends as elastic fibre, as a fraction of baseline elastin per unit
/// of tropoelastin [E]: small, so total elastin comes back only slowly.
pub const ELASTIN_YIELD: f64 = 0.05;
/// Old elastic fibres broken down per day at full inflammation (elastase, MMPs), fraction of
/// baseline elastin [E]: makes total elastin dip, as El-Domyati 2015 found (docs/science.md §5 [V]).
pub const K_ELASTOLYSIS: f64 = 0.02;
/// Turnover of elastic fibres and repair of the broken ones, days [E].
pub const TAU_ELASTIN_D: f64 = 365.0;

// ---- Baseline -------------------------------------------------------------------------------

/// Untreated skin loses about 1 % of its dermal collagen a year [E] (docs/science.md §5 default).
pub const AGEING_PER_YEAR: f64 = 0.01;
/// Type I share of dermal collagen [E] (usual textbook figure, about 80 %).
pub const SHARE_TYPE1: f64 = 0.80;
/// Type III share of dermal collagen [E] (about 15 %; the rest is types V, VII and others).
pub const SHARE_TYPE3: f64 = 0.15;

/// How sure a figure is, as tagged in docs/science.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// [V]: checked against the cited source.
    Verified,
    /// [S]: from secondary sources (reviews, textbooks, clinics).
    Secondary,
    /// [E]: an estimate made for this model; the app labels it "model estimate".
    Estimate,
}

impl Tag {
    pub fn key(self) -> &'static str {
        match self {
            Tag::Verified => "verified",
            Tag::Secondary => "secondary",
            Tag::Estimate => "estimate",
        }
    }

    pub fn is_estimate(self) -> bool {
        self == Tag::Estimate
    }
}

/// One of the model's constants, for the app's "how it is computed" panel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Constant {
    /// Stable id, e.g. "tau-remodel".
    pub id: &'static str,
    pub value: f64,
    /// Unit as shown ("d", "/d", "mm", "/cm²", "%/yr", "%", "" for a pure number).
    pub unit: &'static str,
    pub tag: Tag,
    /// Where the figure comes from: a docs/science.md section and, when there is one, a reference id
    /// from [`super::sources::REFERENCES`].
    pub origin: &'static str,
}

/// Every constant the model uses, in the order of the cascade.
pub const CONSTANTS: &[Constant] = &[
    c(
        "density-scale",
        DENSITY_SCALE_PER_CM2,
        "/cm²",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "reach-scale",
        REACH_SCALE_MM,
        "mm",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "tau-platelets",
        TAU_PLATELETS_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "k-inflammation",
        K_INFLAMMATION,
        "/d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "tau-inflammation",
        TAU_INFLAMMATION_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "k-growth",
        K_GROWTH,
        "/d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "tau-growth",
        TAU_GROWTH_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5; aust-2010",
    ),
    c(
        "fibroblast-seed",
        FIBROBLAST_SEED,
        "",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "k-fibroblasts",
        K_FIBROBLASTS,
        "/d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "tau-fibroblasts",
        TAU_FIBROBLASTS_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "k-collagen3",
        K_COLLAGEN3,
        "/d",
        Tag::Estimate,
        "docs/science.md §5; lotfi-2013",
    ),
    c(
        "tau-remodel",
        TAU_REMODEL_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "remodel-yield",
        REMODEL_YIELD,
        "",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "tau-turnover",
        TAU_TURNOVER_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5; aust-2008",
    ),
    c(
        "k-tropoelastin",
        K_TROPOELASTIN,
        "/d",
        Tag::Estimate,
        "docs/science.md §5; el-domyati-2015",
    ),
    c(
        "tau-tropoelastin",
        TAU_TROPOELASTIN_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "elastin-yield",
        ELASTIN_YIELD,
        "",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "k-elastolysis",
        K_ELASTOLYSIS,
        "/d",
        Tag::Estimate,
        "docs/science.md §5 ⚠; el-domyati-2015, aust-2008",
    ),
    c(
        "tau-elastin",
        TAU_ELASTIN_D,
        "d",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "ageing",
        AGEING_PER_YEAR * 100.0,
        "%/yr",
        Tag::Estimate,
        "docs/science.md §5",
    ),
    c(
        "share-type1",
        SHARE_TYPE1 * 100.0,
        "%",
        Tag::Estimate,
        "textbook figure",
    ),
    c(
        "share-type3",
        SHARE_TYPE3 * 100.0,
        "%",
        Tag::Estimate,
        "textbook figure",
    ),
    c(
        "inflammation-end",
        crate::healing::INFLAMMATION_END_DAYS,
        "d",
        Tag::Secondary,
        "docs/science.md §5; guo-dipietro-2010",
    ),
    c(
        "proliferation-end",
        crate::healing::PROLIFERATION_END_DAYS,
        "d",
        Tag::Secondary,
        "docs/science.md §5; guo-dipietro-2010",
    ),
    c(
        "remodelling-end",
        crate::healing::REMODELLING_END_DAYS,
        "d",
        Tag::Secondary,
        "docs/science.md §5; guo-dipietro-2010",
    ),
];

const fn c(
    id: &'static str,
    value: f64,
    unit: &'static str,
    tag: Tag,
    origin: &'static str,
) -> Constant {
    Constant {
        id,
        value,
        unit,
        tag,
        origin,
    }
}

/// How deep the mean channel goes below the epidermis, up to the bottom of the dermis.
pub fn dermal_reach(setup: &Setup, skin: &SkinProfile) -> Mm {
    let below = setup.mean_depth().0 - skin.epidermis().0;
    if below.is_finite() {
        Mm(below.clamp(0.0, skin.dermis.0.max(0.0)))
    } else {
        Mm(0.0)
    }
}

/// How much of the channels' density counts, 0 to 1: saturated at clinical densities.
pub fn coverage(per_cm2: f64) -> f64 {
    if per_cm2.is_finite() && per_cm2 > 0.0 {
        1.0 - (-per_cm2 / DENSITY_SCALE_PER_CM2).exp()
    } else {
        0.0
    }
}

/// The reach term of the stimulus, 0 to 1, averaged over the channels' depths (uniform within mean ±
/// spread, as the Treatment model places them): a less even setting reaches a little less on
/// average, as the term is concave. Depth beyond the bottom of the dermis adds nothing.
pub fn reach_factor(setup: &Setup, skin: &SkinProfile) -> f64 {
    let mean = setup.mean_depth().0;
    let spread = setup.depth_spread().0;
    let epidermis = skin.epidermis().0;
    let dermis = skin.dermis.0.max(0.0);
    if !(mean.is_finite() && spread.is_finite()) {
        return 0.0;
    }
    let sum: f64 = (0..SPREAD_POINTS)
        .map(|i| {
            let u = (i as f64 + 0.5) / SPREAD_POINTS as f64 * 2.0 - 1.0;
            let reach = (mean + u * spread - epidermis).clamp(0.0, dermis);
            1.0 - (-reach / REACH_SCALE_MM).exp()
        })
        .sum();
    (sum / SPREAD_POINTS as f64).clamp(0.0, 1.0)
}

/// One session's injury signal, 0 to 1: the reach into the dermis ([`reach_factor`]) times the
/// share of density that counts ([`coverage`]). A 0.25 mm home roller barely reaches the dermis
/// and gives almost nothing.
pub fn stimulus(setup: &Setup, skin: &SkinProfile) -> f64 {
    (coverage(setup.per_cm2()) * reach_factor(setup, skin)).clamp(0.0, 1.0)
}

/// A course of sessions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plan {
    /// Number of sessions, 0–8 (more is taken as 8).
    pub sessions: u32,
    /// Weeks from one session to the next (clamped to [`INTERVAL_WEEKS`]; NaN is its default).
    pub interval_weeks: f64,
    /// One session's injury signal, 0 to 1 (see [`stimulus`]).
    pub stimulus: f64,
}

impl Plan {
    /// A plan for a device setting on a region.
    pub fn new(setup: &Setup, skin: &SkinProfile, sessions: u32, interval_weeks: f64) -> Plan {
        Plan {
            sessions,
            interval_weeks,
            stimulus: stimulus(setup, skin),
        }
    }

    fn interval_days(&self) -> f64 {
        let w = if self.interval_weeks.is_nan() {
            INTERVAL_WEEKS.default
        } else {
            self.interval_weeks
                .clamp(INTERVAL_WEEKS_MIN, INTERVAL_WEEKS_MAX)
        };
        w * 7.0
    }

    fn strength(&self) -> f64 {
        if self.stimulus.is_nan() {
            0.0
        } else {
            self.stimulus.clamp(0.0, 1.0)
        }
    }

    /// Days of the sessions that fall inside the 12 months, the first on day 0.
    pub fn session_days(&self) -> Vec<f64> {
        let horizon = HORIZON_MONTHS * MONTH_DAYS;
        let step = self.interval_days();
        (0..self.sessions.min(MAX_SESSIONS))
            .map(|k| k as f64 * step)
            .filter(|&d| d <= horizon)
            .collect()
    }
}

/// The model's state: relative signal levels (0 to 1) and new matrix as fractions of baseline.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct State {
    platelets: f64,
    inflammation: f64,
    growth: f64,
    fibroblasts: f64,
    /// New type III collagen, fraction of baseline dermal collagen.
    collagen3: f64,
    /// New type I collagen, fraction of baseline dermal collagen.
    collagen1: f64,
    /// Tropoelastin above the untreated level, fraction of that level.
    tropoelastin: f64,
    /// New elastic fibre, fraction of baseline elastin.
    elastin_new: f64,
    /// Old elastic fibre broken down and not yet replaced, fraction of baseline elastin.
    elastin_lost: f64,
}

impl State {
    fn rate(&self) -> State {
        State {
            platelets: -self.platelets / TAU_PLATELETS_D,
            inflammation: K_INFLAMMATION * self.platelets * (1.0 - self.inflammation)
                - self.inflammation / TAU_INFLAMMATION_D,
            growth: K_GROWTH * self.inflammation * (1.0 - self.growth) - self.growth / TAU_GROWTH_D,
            // Recruitment and multiplication, limited by room: growth at rate ∝ (seed + f)(1 − f).
            fibroblasts: K_FIBROBLASTS
                * self.growth
                * (FIBROBLAST_SEED + self.fibroblasts)
                * (1.0 - self.fibroblasts)
                - self.fibroblasts / TAU_FIBROBLASTS_D,
            collagen3: K_COLLAGEN3 * self.fibroblasts - self.collagen3 / TAU_REMODEL_D,
            collagen1: REMODEL_YIELD * self.collagen3 / TAU_REMODEL_D
                - self.collagen1 / TAU_TURNOVER_D,
            tropoelastin: K_TROPOELASTIN * self.fibroblasts
                - self.tropoelastin / TAU_TROPOELASTIN_D,
            elastin_new: ELASTIN_YIELD * self.tropoelastin / TAU_TROPOELASTIN_D
                - self.elastin_new / TAU_ELASTIN_D,
            elastin_lost: K_ELASTOLYSIS * self.inflammation - self.elastin_lost / TAU_ELASTIN_D,
        }
    }

    fn plus(&self, d: &State, h: f64) -> State {
        State {
            platelets: self.platelets + h * d.platelets,
            inflammation: self.inflammation + h * d.inflammation,
            growth: self.growth + h * d.growth,
            fibroblasts: self.fibroblasts + h * d.fibroblasts,
            collagen3: self.collagen3 + h * d.collagen3,
            collagen1: self.collagen1 + h * d.collagen1,
            tropoelastin: self.tropoelastin + h * d.tropoelastin,
            elastin_new: self.elastin_new + h * d.elastin_new,
            elastin_lost: self.elastin_lost + h * d.elastin_lost,
        }
    }

    /// One classic Runge–Kutta step; levels kept in 0..1 and amounts non-negative (clamping is
    /// monotone, so it keeps the ordering of courses).
    fn step(&self, h: f64) -> State {
        let k1 = self.rate();
        let k2 = self.plus(&k1, h / 2.0).rate();
        let k3 = self.plus(&k2, h / 2.0).rate();
        let k4 = self.plus(&k3, h).rate();
        let mut s = *self;
        let sum = |a: f64, b: f64, c: f64, d: f64| h / 6.0 * (a + 2.0 * b + 2.0 * c + d);
        s.platelets += sum(k1.platelets, k2.platelets, k3.platelets, k4.platelets);
        s.inflammation += sum(
            k1.inflammation,
            k2.inflammation,
            k3.inflammation,
            k4.inflammation,
        );
        s.growth += sum(k1.growth, k2.growth, k3.growth, k4.growth);
        s.fibroblasts += sum(
            k1.fibroblasts,
            k2.fibroblasts,
            k3.fibroblasts,
            k4.fibroblasts,
        );
        s.collagen3 += sum(k1.collagen3, k2.collagen3, k3.collagen3, k4.collagen3);
        s.collagen1 += sum(k1.collagen1, k2.collagen1, k3.collagen1, k4.collagen1);
        s.tropoelastin += sum(
            k1.tropoelastin,
            k2.tropoelastin,
            k3.tropoelastin,
            k4.tropoelastin,
        );
        s.elastin_new += sum(
            k1.elastin_new,
            k2.elastin_new,
            k3.elastin_new,
            k4.elastin_new,
        );
        s.elastin_lost += sum(
            k1.elastin_lost,
            k2.elastin_lost,
            k3.elastin_lost,
            k4.elastin_lost,
        );
        s.platelets = s.platelets.clamp(0.0, 1.0);
        s.inflammation = s.inflammation.clamp(0.0, 1.0);
        s.growth = s.growth.clamp(0.0, 1.0);
        s.fibroblasts = s.fibroblasts.clamp(0.0, 1.0);
        s.collagen3 = s.collagen3.max(0.0);
        s.collagen1 = s.collagen1.max(0.0);
        s.tropoelastin = s.tropoelastin.max(0.0);
        s.elastin_new = s.elastin_new.max(0.0);
        // Never more broken down than there was.
        s.elastin_lost = s.elastin_lost.clamp(0.0, 1.0);
        s
    }

    /// A session: the injury adds to the platelet signal, saturating at 1.
    fn injure(&mut self, stimulus: f64) {
        self.platelets += stimulus * (1.0 - self.platelets);
    }

    fn lerp(&self, o: &State, t: f64) -> State {
        let d = State {
            platelets: o.platelets - self.platelets,
            inflammation: o.inflammation - self.inflammation,
            growth: o.growth - self.growth,
            fibroblasts: o.fibroblasts - self.fibroblasts,
            collagen3: o.collagen3 - self.collagen3,
            collagen1: o.collagen1 - self.collagen1,
            tropoelastin: o.tropoelastin - self.tropoelastin,
            elastin_new: o.elastin_new - self.elastin_new,
            elastin_lost: o.elastin_lost - self.elastin_lost,
        };
        self.plus(&d, t)
    }
}

/// What the dermis holds at a moment, for drawing: signals 0 to 1 (0 is untreated skin) and
/// amounts relative to the untreated skin at day 0 (1 is as before).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Levels {
    /// Platelets and clot (haemostasis), 0 to 1.
    pub platelets: f64,
    /// Inflammatory cytokines, 0 to 1.
    pub inflammation: f64,
    /// Growth factors (PDGF, TGF-β, FGF, VEGF lumped), 0 to 1.
    pub growth_factors: f64,
    /// Activated fibroblasts, as a share of the most the tissue can hold, 0 to 1.
    pub fibroblasts: f64,
    /// Thin type III fibres, relative to day 0.
    pub collagen3: f64,
    /// Thick type I fibres, relative to day 0.
    pub collagen1: f64,
    /// Elastic fibres (total elastin), relative to day 0.
    pub elastin: f64,
}

/// The course at one moment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Snapshot {
    /// Days since the start (the first session is on day 0).
    pub day: f64,
    pub month: f64,
    /// Type I collagen, percent change from day 0.
    pub collagen1_pct: f64,
    /// Type III collagen, percent change from day 0.
    pub collagen3_pct: f64,
    /// Upper-dermis (papillary) collagen, percent change from day 0: what Lotfi 2013 measured
    /// (types I and III weighted by their shares).
    pub collagen_pct: f64,
    /// Tropoelastin (new elastin being made), percent change from the untreated level.
    pub tropoelastin_pct: f64,
    /// Total elastin, percent change from day 0: dips as old fibres are broken down (El-Domyati
    /// 2015), comes back slowly.
    pub elastin_pct: f64,
    /// The untreated skin's collagen at the same moment, percent change from day 0.
    pub untreated_pct: f64,
    /// Activated fibroblasts, 0 to 1.
    pub fibroblasts: f64,
    /// Inflammation, 0 to 1.
    pub inflammation: f64,
    pub levels: Levels,
    pub phase: Phase,
}

/// A simulated course: the state every [`STEP_DAYS`] over 12 months.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    plan: Plan,
    sessions: Vec<f64>,
    step: f64,
    states: Vec<State>,
}

impl Course {
    /// Integrates the cascade over 12 months with classic RK4 at a fixed 0.25-day step.
    ///
    /// Stable: each signal is driven only by the one before it, so the Jacobian is lower
    /// triangular and its eigenvalues are its diagonal: at most 1/τ_platelets = 2 per day,
    /// K_inflammation + 1/τ_inflammation = 3.5, 1 + 1/τ_growth = 1.2 and about 1.8 for the
    /// fibroblasts. So |λ·h| ≤ 0.9, well inside RK4's real-axis limit of 2.78 (and inside the
    /// range where each step keeps the ordering of courses). A unit test checks that a step
    /// 4 × smaller changes no percentage by more than half a point. A session's injury is
    /// applied at the start of the step nearest its day.
    pub fn simulate(plan: &Plan) -> Course {
        Course::integrate(plan, STEP_DAYS)
    }

    fn integrate(plan: &Plan, step: f64) -> Course {
        let sessions = plan.session_days();
        let strength = plan.strength();
        let steps = (HORIZON_MONTHS * MONTH_DAYS / step).ceil() as usize;
        let mut at_step: Vec<usize> = sessions
            .iter()
            .map(|d| (d / step).round() as usize)
            .collect();
        at_step.reverse();
        let mut states = Vec::with_capacity(steps + 1);
        let mut s = State::default();
        for i in 0..=steps {
            while at_step.last() == Some(&i) {
                at_step.pop();
                s.injure(strength);
            }
            states.push(s);
            s = s.step(step);
        }
        Course {
            plan: *plan,
            sessions,
            step,
            states,
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Days of the sessions within the 12 months.
    pub fn session_days(&self) -> &[f64] {
        &self.sessions
    }

    /// The course at a month (0–12; clamped, NaN is 0).
    pub fn at(&self, month: f64) -> Snapshot {
        self.at_day(month * MONTH_DAYS)
    }

    /// The course at a day (0 to 12 months; clamped, NaN is 0).
    pub fn at_day(&self, day: f64) -> Snapshot {
        let horizon = HORIZON_MONTHS * MONTH_DAYS;
        let day = if day.is_nan() {
            0.0
        } else {
            day.clamp(0.0, horizon)
        };
        let x = day / self.step;
        let last = self.states.len() - 1;
        let i = (x.floor() as usize).min(last);
        let j = (i + 1).min(last);
        let s = self.states[i].lerp(&self.states[j], (x - i as f64).clamp(0.0, 1.0));
        let since = self
            .sessions
            .iter()
            .rev()
            .find(|&&d| d <= day)
            .map(|&d| day - d);
        snapshot(day, &s, Phase::after(since))
    }

    /// The course every day from day 0 to 12 months (366 points), for the chart and the table.
    pub fn samples(&self) -> impl Iterator<Item = Snapshot> + '_ {
        let days = (HORIZON_MONTHS * MONTH_DAYS).floor() as usize;
        (0..=days).map(move |d| self.at_day(d as f64))
    }

    /// The phase on a day.
    pub fn phase_at_day(&self, day: f64) -> Phase {
        self.at_day(day).phase
    }

    /// Untreated skin's dermal collagen at a month, percent change from month 0: about −1 % a year.
    pub fn untreated_pct(month: f64) -> f64 {
        let m = if month.is_nan() { 0.0 } else { month.max(0.0) };
        100.0 * (ageing(m * MONTH_DAYS) - 1.0)
    }
}

/// What is left of the day-0 collagen after `day` days of ageing.
fn ageing(day: f64) -> f64 {
    (1.0 - AGEING_PER_YEAR).powf(day / YEAR_DAYS)
}

fn snapshot(day: f64, s: &State, phase: Phase) -> Snapshot {
    let age = ageing(day);
    let relative = |now: f64, before: f64| now * age / before;
    let pct = |now: f64, before: f64| 100.0 * (relative(now, before) - 1.0);
    // No ageing figure for elastin in docs/science.md: only the treatment's change is counted.
    let elastin = (1.0 + s.elastin_new - s.elastin_lost).max(0.0);
    Snapshot {
        day,
        month: day / MONTH_DAYS,
        collagen1_pct: pct(SHARE_TYPE1 + s.collagen1, SHARE_TYPE1),
        collagen3_pct: pct(SHARE_TYPE3 + s.collagen3, SHARE_TYPE3),
        collagen_pct: pct(1.0 + s.collagen1 + s.collagen3, 1.0),
        tropoelastin_pct: 100.0 * s.tropoelastin,
        elastin_pct: 100.0 * (elastin - 1.0),
        untreated_pct: 100.0 * (age - 1.0),
        fibroblasts: s.fibroblasts,
        inflammation: s.inflammation,
        levels: Levels {
            platelets: s.platelets,
            inflammation: s.inflammation,
            growth_factors: s.growth,
            fibroblasts: s.fibroblasts,
            collagen3: relative(SHARE_TYPE3 + s.collagen3, SHARE_TYPE3),
            collagen1: relative(SHARE_TYPE1 + s.collagen1, SHARE_TYPE1),
            elastin,
        },
        phase,
    }
}

// ---- How close is the model to the studies? ---------------------------------------------------

/// How a published figure and the model's number for the same course compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Within the stated range of a published number.
    Close,
    /// The study gives a direction (up or down), and the model goes the same way.
    SameDirection,
    /// The model does not do what the study reports: said plainly (the sources disagree).
    Disagrees,
}

impl Verdict {
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Close => "close",
            Verdict::SameDirection => "same-direction",
            Verdict::Disagrees => "disagrees",
        }
    }
}

/// One published figure of docs/science.md §5 and §8 beside the model's number for the same course.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Check {
    /// Stable id (and translation key), e.g. "lotfi-collagen".
    pub id: &'static str,
    /// Reference id in [`super::sources::REFERENCES`], or "" for the seed articles.
    pub source: &'static str,
    /// The model's number.
    pub model: f64,
    /// Unit of `model`: "%" (signed change), "share" (percent of something), "d", "h", "×".
    pub unit: &'static str,
    pub verdict: Verdict,
}

/// Every published collagen and days-after figure beside the model's number, on the cheek.
pub fn checks() -> Vec<Check> {
    use crate::days_after::DaysAfter;
    use crate::device::Device;
    use crate::skin::Region;
    let cheek = SkinProfile::for_region(Region::Cheek);
    let run =
        |setup: &Setup, n: u32, weeks: f64| Course::simulate(&Plan::new(setup, &cheek, n, weeks));
    let roller = study_roller(1.5);
    let pen = Setup {
        needle: Mm(1.5),
        ..Setup::for_device(Device::Pen)
    };
    let check = |id, source, model: f64, unit, ok: bool, close: bool| Check {
        id,
        source,
        model,
        unit,
        verdict: match (ok, close) {
            (false, _) => Verdict::Disagrees,
            (true, true) => Verdict::Close,
            (true, false) => Verdict::SameDirection,
        },
    };
    // Lotfi 2013: 5 monthly sessions with a 1.5 mm roller, +53 % papillary collagen; read at 6 months.
    let lotfi = run(&roller, 5, 4.0).at(6.0).collagen_pct;
    // El-Domyati 2015: 6 sessions 2 weeks apart; read 1 and 3 months after the last (the smaller).
    let el = run(&roller, 6, 2.0);
    let last = el.session_days().last().copied().unwrap_or(0.0) / MONTH_DAYS;
    let (a, b) = (el.at(last + 1.0), el.at(last + 3.0));
    let least = |f: fn(&Snapshot) -> f64| f(&a).min(f(&b));
    let most = |f: fn(&Snapshot) -> f64| f(&a).max(f(&b));
    // Aust 2008: 1–4 sessions; four a month apart, read at 6 months.
    let aust = run(&roller, 4, 4.0).at(6.0);
    // Pen and roller at the same needle and course.
    let gain = |setup: &Setup| {
        let s = run(setup, 5, 4.0).at(6.0);
        s.collagen_pct - s.untreated_pct
    };
    let ratio = gain(&pen) / gain(&roller).max(1e-9);
    let home = Setup {
        needle: Mm(0.25),
        ..Setup::for_device(Device::HomeRoller)
    };
    let after = |s: &Setup| DaysAfter::new(s, &cheek);
    let deepest = Setup {
        needle: Mm(Device::Pen.limits().depth_mm.max),
        ..pen
    };
    let redness = after(&roller).redness_days.max(after(&pen).redness_days);
    let barrier_48 = 100.0 * after(&pen).barrier_at(48.0);
    let transient = (after(&deepest).redness_days).max(after(&deepest).barrier_recovery_h / 24.0);
    vec![
        check(
            "lotfi-collagen",
            "lotfi-2013",
            lotfi,
            "%",
            true,
            (40.0..=66.0).contains(&lotfi),
        ),
        check(
            "el-domyati-type1",
            "el-domyati-2015",
            least(|s| s.collagen1_pct),
            "%",
            least(|s| s.collagen1_pct) > 0.0,
            false,
        ),
        check(
            "el-domyati-type3",
            "el-domyati-2015",
            least(|s| s.collagen3_pct),
            "%",
            least(|s| s.collagen3_pct) > 0.0,
            false,
        ),
        check(
            "el-domyati-tropoelastin",
            "el-domyati-2015",
            least(|s| s.tropoelastin_pct),
            "%",
            least(|s| s.tropoelastin_pct) > 0.0,
            false,
        ),
        check(
            "el-domyati-elastin",
            "el-domyati-2015",
            most(|s| s.elastin_pct),
            "%",
            most(|s| s.elastin_pct) < 0.0,
            false,
        ),
        check(
            "aust-collagen",
            "aust-2008",
            aust.collagen_pct,
            "%",
            aust.collagen_pct > 0.0,
            false,
        ),
        check(
            "aust-elastin",
            "aust-2008",
            aust.elastin_pct,
            "%",
            aust.elastin_pct > 0.0,
            false,
        ),
        check("pen-roller", "", ratio, "×", ratio < 2.0, ratio < 1.5),
        check(
            "redness",
            "",
            redness,
            "d",
            true,
            (1.0..=2.2).contains(&redness),
        ),
        check(
            "barrier-shallow",
            "",
            after(&home).barrier_recovery_h,
            "h",
            true,
            after(&home).barrier_recovery_h <= 72.0,
        ),
        check(
            "barrier-deep",
            "sasaki-2019",
            barrier_48,
            "share",
            barrier_48 > 100.0 * crate::days_after::VISIBLE_SHARE,
            false,
        ),
        check(
            "transient",
            "chu-2021",
            transient,
            "d",
            transient <= 7.0,
            true,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::NEEDLE_DIAMETER_MM;
    use crate::device::Device;
    use crate::skin::Region;

    fn pen(mm: f64) -> Setup {
        crate::channels::test_pen(mm)
    }

    fn home_roller() -> Setup {
        Setup {
            device: Device::HomeRoller,
            needle: Mm(0.25),
            needles: 192,
            hz: 0.0,
            glide_cm_s: 0.0,
            passes: 4,
            pressure: 1.0,
            needle_diameter: Mm(NEEDLE_DIAMETER_MM),
        }
    }

    fn course(setup: Setup, sessions: u32, weeks: f64) -> Course {
        let cheek = SkinProfile::for_region(Region::Cheek);
        Course::simulate(&Plan::new(&setup, &cheek, sessions, weeks))
    }

    /// Gain over the untreated line at a month.
    fn gain(c: &Course, month: f64) -> f64 {
        let s = c.at(month);
        s.collagen_pct - s.untreated_pct
    }

    #[test]
    fn lotfi_course_on_a_roller_lands_near_plus_53_percent() {
        // Lotfi 2013: 5 monthly sessions with a 1.5 mm dermaroller, papillary collagen +53 %.
        let s = course(study_roller(1.5), 5, 4.0).at(6.0);
        assert!((45.0..=61.0).contains(&s.collagen_pct), "{s:?}");
        assert!(s.collagen1_pct > 0.0 && s.collagen3_pct > 0.0);
        // El-Domyati 2015: tropoelastin up, total elastin down.
        assert!(s.tropoelastin_pct > 0.0 && s.elastin_pct <= 0.0, "{s:?}");
    }

    #[test]
    fn el_domyati_course_raises_types_one_and_three_and_tropoelastin() {
        // 6 sessions 2 weeks apart: collagen I, III and tropoelastin up at 1 and 3 months after
        // the course, total elastin down.
        let c = course(study_roller(1.5), 6, 2.0);
        let last = c.session_days()[5] / MONTH_DAYS;
        for m in [last + 1.0, last + 3.0] {
            let s = c.at(m);
            assert!(s.collagen1_pct > 5.0 && s.collagen3_pct > 5.0, "{s:?}");
            assert!(s.tropoelastin_pct > 5.0 && s.elastin_pct < 0.0, "{s:?}");
        }
    }

    #[test]
    fn pen_and_roller_at_the_same_needle_differ_by_depth_only() {
        // No 2× gap: the roller's 230 /cm² saturates the stimulus as the pen's thousands do.
        for mm in [1.0, 1.5] {
            let pen = gain(&course(pen(mm), 5, 4.0), 6.0);
            let roller = gain(&course(study_roller(mm), 5, 4.0), 6.0);
            assert!(
                pen >= roller && pen < 1.5 * roller,
                "{mm} mm: pen {pen} roller {roller}"
            );
        }
        assert!(coverage(229.0) > 0.98 && coverage(2250.0) > 0.999);
    }

    #[test]
    fn home_roller_does_far_less() {
        let roller = gain(&course(study_roller(1.5), 5, 4.0), 6.0);
        let home = gain(&course(home_roller(), 8, 1.0), 6.0);
        assert!(
            home >= 0.0 && home < roller / 4.0,
            "home {home} roller {roller}"
        );
    }

    #[test]
    fn every_check_agrees_but_aust_elastin() {
        for c in checks() {
            let disputed = c.id == "aust-elastin";
            assert_eq!(c.verdict == Verdict::Disagrees, disputed, "{c:?}");
            assert!(c.model.is_finite());
            assert!(
                c.source.is_empty() || crate::sources::by_id(c.source).is_some(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn phases_after_a_session() {
        let c = course(pen(1.5), 1, 4.0);
        assert_eq!(c.phase_at_day(1.0), Phase::Inflammation);
        assert_eq!(c.phase_at_day(10.0), Phase::Proliferation);
        assert_eq!(c.phase_at_day(60.0), Phase::Remodelling);
        assert_eq!(course(pen(1.5), 0, 4.0).at(3.0).phase, Phase::Untreated);
        // Phases count from the last session: day 30 is 2 days after the second one.
        assert_eq!(
            course(pen(1.5), 2, 4.0).phase_at_day(30.0),
            Phase::Inflammation
        );
    }

    #[test]
    fn the_cascade_peaks_in_order() {
        let c = course(pen(1.5), 1, 4.0);
        let peak = |f: fn(&Snapshot) -> f64| {
            (0..=(120.0 / 0.25) as usize)
                .map(|i| c.at_day(i as f64 * 0.25))
                .max_by(|a, b| f(a).total_cmp(&f(b)))
                .map_or(0.0, |s| s.day)
        };
        let inflammation = peak(|s| s.inflammation);
        let fibroblasts = peak(|s| s.fibroblasts);
        let type3 = peak(|s| s.collagen3_pct);
        assert!((0.5..=2.0).contains(&inflammation), "{inflammation}");
        assert!((7.0..=14.0).contains(&fibroblasts), "{fibroblasts}");
        assert!((17.0..=28.0).contains(&type3), "{type3}");
        // Type I is still rising when type III peaks.
        assert!(c.at_day(type3 + 30.0).collagen1_pct > c.at_day(type3).collagen1_pct);
    }

    #[test]
    fn closer_sessions_add_less() {
        let two = gain(&course(pen(1.5), 5, 2.0), 6.0);
        let four = gain(&course(pen(1.5), 5, 4.0), 6.0);
        assert!(two < four, "2 weeks {two}, 4 weeks {four}");
        // A second session while fibroblasts are busy adds less than one after they settle.
        let one = gain(&course(pen(1.5), 1, 4.0), 6.0);
        let soon = gain(&course(pen(1.5), 2, 1.0), 6.0) - one;
        let later = gain(&course(pen(1.5), 2, 4.0), 6.0) - one;
        assert!(soon < later, "soon {soon}, later {later}");
    }

    #[test]
    fn the_step_is_small_enough() {
        let plan = Plan::new(&pen(1.5), &SkinProfile::for_region(Region::Cheek), 8, 2.0);
        let coarse = Course::integrate(&plan, STEP_DAYS);
        let fine = Course::integrate(&plan, STEP_DAYS / 4.0);
        for d in 0..=365 {
            let (a, b) = (coarse.at_day(d as f64), fine.at_day(d as f64));
            for (x, y) in [
                (a.collagen_pct, b.collagen_pct),
                (a.collagen1_pct, b.collagen1_pct),
                (a.collagen3_pct, b.collagen3_pct),
                (a.elastin_pct, b.elastin_pct),
                (a.tropoelastin_pct, b.tropoelastin_pct),
            ] {
                assert!((x - y).abs() < 0.5, "day {d}: {x} vs {y}");
            }
        }
    }

    #[test]
    fn untreated_skin_loses_about_one_percent_a_year() {
        let y = Course::untreated_pct(12.0);
        assert!((-1.05..=-0.95).contains(&y), "{y}");
        assert_eq!(Course::untreated_pct(0.0), 0.0);
        let none = course(pen(1.5), 0, 4.0).at(12.0);
        assert!((none.collagen_pct - none.untreated_pct).abs() < 1e-12);
        assert_eq!(none.elastin_pct, 0.0);
        assert_eq!(none.tropoelastin_pct, 0.0);
    }

    #[test]
    fn odd_inputs_stay_finite() {
        for plan in [
            Plan {
                sessions: u32::MAX,
                interval_weeks: f64::NAN,
                stimulus: f64::INFINITY,
            },
            Plan {
                sessions: 3,
                interval_weeks: -5.0,
                stimulus: f64::NAN,
            },
            Plan {
                sessions: 8,
                interval_weeks: f64::INFINITY,
                stimulus: -1.0,
            },
        ] {
            let c = Course::simulate(&plan);
            assert!(c.session_days().len() <= MAX_SESSIONS as usize);
            for m in [f64::NAN, -1.0, 0.0, 6.0, 99.0, f64::INFINITY] {
                let s = c.at(m);
                assert!(
                    s.collagen_pct.is_finite() && s.collagen3_pct.is_finite(),
                    "{plan:?} {s:?}"
                );
            }
        }
        assert!(Course::untreated_pct(f64::NAN).is_finite());
    }

    #[test]
    fn samples_cover_the_year_daily() {
        let c = course(pen(1.5), 3, 4.0);
        let v: Vec<_> = c.samples().collect();
        assert!(v.len() >= 120);
        assert_eq!(v[0].day, 0.0);
        assert!(v.last().is_some_and(|s| s.month > 11.9));
        assert_eq!(c.session_days(), &[0.0, 28.0, 56.0]);
    }

    #[test]
    fn every_estimate_is_flagged_and_ids_are_unique() {
        let estimates = CONSTANTS.iter().filter(|c| c.tag.is_estimate()).count();
        assert!(estimates >= 15);
        for (i, a) in CONSTANTS.iter().enumerate() {
            assert!(a.value.is_finite() && !a.origin.is_empty());
            assert!(CONSTANTS[i + 1..].iter().all(|b| b.id != a.id), "{}", a.id);
        }
    }

    #[test]
    fn references_named_in_origins_exist() {
        use crate::sources::REFERENCES;
        for c in CONSTANTS {
            for id in c.origin.split("; ").skip(1).flat_map(|s| s.split(", ")) {
                assert!(REFERENCES.iter().any(|r| r.id == id), "{id}");
            }
        }
    }

    /// The calibration table: `cargo test --lib collagen -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_figures() {
        let app = |d: Device, mm: f64| Setup {
            needle: Mm(mm),
            ..Setup::for_device(d)
        };
        for (name, c) in [
            (
                "roller 1.5 mm, 5 × 4 weeks",
                course(study_roller(1.5), 5, 4.0),
            ),
            (
                "pen 1.5 mm (app defaults), 5 × 4 weeks",
                course(app(Device::Pen, 1.5), 5, 4.0),
            ),
            (
                "home roller 0.25 mm (app defaults), 8 × 1 week",
                course(app(Device::HomeRoller, 0.25), 8, 1.0),
            ),
            (
                "home roller 0.25 mm (app defaults), 5 × 1 week",
                course(app(Device::HomeRoller, 0.25), 5, 1.0),
            ),
            (
                "roller 1.5 mm, 6 × 2 weeks",
                course(study_roller(1.5), 6, 2.0),
            ),
            (
                "roller 1.5 mm, 1 session",
                course(study_roller(1.5), 1, 4.0),
            ),
        ] {
            println!("{name}: stimulus {:.3}", c.plan().stimulus);
            for m in [1.0, 3.0, 6.0, 12.0] {
                let s = c.at(m);
                println!(
                    "  month {m:>4}: papillary {:+.1} %, I {:+.1} %, III {:+.1} %, tropoelastin {:+.1} %, elastin {:+.1} %",
                    s.collagen_pct, s.collagen1_pct, s.collagen3_pct, s.tropoelastin_pct, s.elastin_pct
                );
            }
        }
    }
}
