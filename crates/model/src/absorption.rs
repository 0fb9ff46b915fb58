//! Needled skin: how much of an applied serum gets past the stratum corneum over 48 hours, with and
//! without microchannels (docs/science.md §2–§4 and §8).
//!
//! # Model [E]
//!
//! A finite-volume diffusion problem in one unit cell of the channel pattern, in the (r, z)
//! cross-section: r is the distance from a channel's axis, z the depth. Channels at n per cm² each
//! own a disc of the surface of radius R = 1/√(π n), so the channel area fraction is exactly
//! φ = n · π r_c². No solute crosses r = R (symmetry) or the bottom of the dermis. The state is the
//! concentration in water u; a cell holds capacity × u (the stratum corneum's capacity is its
//! partition coefficient, [`permeation::sc_partition`]).
//!
//! - **Product**: the serum as applied ([`Serum::product`]): 2 mg/cm² of a typical concentration,
//!   so each serum has its own dose. Only the dissolved part drives flux: the film's concentration
//!   is at most the water solubility (retinol hardly dissolves, so it barely moves).
//! - **Film**: uncovered, the film dries in [`DRY_TIME_H`]: its wet share of the surface falls
//!   linearly to 0 and the dry residue no longer drives flux. Covered (occluded), it stays wet and
//!   the hydrated stratum corneum's kp is × [`permeation::OCCLUSION_KP_FACTOR`].
//! - **Stratum corneum**: conductance kp (Potts–Guy, capped), partition K = Kow^0.71.
//! - **Channels**: docs/science.md §4/§8's 1-D conductance applies ε to the whole open path:
//!   P = φ · ε · f(t) · D · H · m / L_eff, with L_eff = the skin left below the channel tip (Davidson
//!   2008: effective thickness = thickness − penetration depth), never below [`L_EFF_MIN_CM`], and m
//!   the product's passage at the mouths (high-MW hyaluronic acid is held there). The channel's
//!   cells in the stratum corneum carry exactly that conductance; below, the collapsed track is
//!   no better than tissue. f(t) is the open fraction of [`super::closure`].
//! - **Viable epidermis and dermis**: diffusivity [`TISSUE_HINDRANCE`] × free diffusivity.
//! - **Clearance**: dermal capillaries remove free solutes at about 1 /h ([`clearance_per_h`]);
//!   vitamin C is held as a skin reservoir with a half-life of about 4 days.
//!
//! Intact skin is the same problem without channels. Time stepping is backward Euler with
//! locally one-dimensional splitting (an r sweep, then a z sweep that also couples the film), each a
//! tridiagonal M-matrix in flux form: concentrations stay non-negative and mass is conserved to
//! rounding for any time step. Steps are short while the film dries and channels close fast.

use super::channels::{study_roller, Setup};
use super::closure::Closure;
use super::device::Span;
use super::permeation;
use super::serum::{Active, Product, Serum};
use super::skin::SkinProfile;

/// Fraction of free diffusion left in a collapsed channel, over its whole open path:
/// ε = 0.02, inside docs/science.md §4's 0.003–0.1 [E], calibrated on You 2010's about 10× for
/// vitamin C at 24 h (docs/science.md §8).
pub const COLLAPSE_EPSILON: f64 = 0.02;
/// The donor of a diffusion-cell study: 0.5 mL of solution per cm² stays wet and is hardly
/// depleted (an infinite dose) [E]; the validation uses it where the study did.
pub const DONOR_MG_CM2: f64 = 500.0;
/// Shortest remaining path below a channel tip, cm (0.1 mm) [E]: channels through the whole
/// dermis do not become free paths.
pub const L_EFF_MIN_CM: f64 = 0.01;
/// An uncovered aqueous film of 2 mg/cm² dries in about 20 min (15–30) [E] (docs/science.md §8).
pub const DRY_TIME_H: f64 = 20.0 / 60.0;
/// Density of a serum, g/cm³ [E]: 2 mg/cm² make a 20 µm film (docs/science.md §8).
pub const SERUM_DENSITY_G_CM3: f64 = 1.0;
/// Diffusivity in viable epidermis and dermis relative to free solution: 0.1 [E] (cells and
/// matrix hinder and lengthen the path).
pub const TISSUE_HINDRANCE: f64 = 0.1;
/// Capillary clearance of a small solute (free diffusivity ≥ 1e-5 cm²/s), per hour: about 1 /h
/// [E] (docs/science.md §8).
pub const CLEARANCE_SMALL_PER_H: f64 = 1.0;
/// "Depth reached": the deepest point where the concentration has been at least this fraction of
/// the applied (dissolved) concentration.
pub const DEPTH_THRESHOLD: f64 = 0.01;
/// Hours after needling shown: 0–48, four by default (the one definition of this range).
pub const HOUR: Span = Span::new(0.0, 4.0, HOURS);
/// Length of the simulated course, hours.
pub const HOURS: f64 = 48.0;
/// Interval between stored samples, hours.
pub const SAMPLE_STEP_H: f64 = 0.25;
/// Interval between stored concentration fields, hours.
pub const SNAPSHOT_STEP_H: f64 = 0.25;
/// Default dose for [`Course::with_dose`]'s callers that want a round number, µg/cm²: the
/// niacinamide product's (2 mg/cm² of 5 %).
pub const DEFAULT_DOSE_UG_CM2: f64 = 100.0;

/// Seconds per hour: diffusivities come in cm²/s, the model runs in hours.
const S_PER_H: f64 = 3600.0;
/// Cells across the channel and across the tissue between channels.
const NX_CHANNEL: usize = 3;
const NX_TISSUE: usize = 9;
/// Cells per layer: stratum corneum, viable epidermis, papillary and reticular dermis.
const NZ_LAYERS: [usize; 4] = [2, 4, 8, 14];
/// Thinnest layer the grid accepts, cm (1 µm): odd profiles are clamped rather than rejected.
const MIN_LAYER_CM: f64 = 1e-4;
/// Channels never cover more than this share of the unit cell's radius (they merge beyond):
/// at most 96 % of the surface is opened.
const MAX_CHANNEL_SHARE: f64 = 0.98;
/// Intact delivery below this share of the dose (0.01 %) counts as nothing measurable, so no
/// enhancement ratio is given [E].
pub const RATIO_FLOOR: f64 = 1e-4;

/// Capillary clearance rate in the dermis, per hour [E]: [`CLEARANCE_SMALL_PER_H`] scaled by free
/// diffusivity relative to 1e-5 cm²/s (capillary walls pass large solutes slowly; hyaluronic acid
/// lingers for days), never above the small-solute rate.
pub fn clearance_per_h(diffusivity_cm2_s: f64) -> f64 {
    let d = if diffusivity_cm2_s.is_finite() {
        diffusivity_cm2_s.max(0.0)
    } else {
        0.0
    };
    (CLEARANCE_SMALL_PER_H * d / 1e-5).min(CLEARANCE_SMALL_PER_H)
}

/// Share of the film still wet `hours` after application: 1 covered; uncovered, falling linearly
/// to 0 at [`DRY_TIME_H`] (the wet area recedes as water evaporates) [E].
pub fn film_wet(hours: f64, occluded: bool) -> f64 {
    if occluded {
        return 1.0;
    }
    let t = if hours.is_nan() { 0.0 } else { hours };
    (1.0 - t / DRY_TIME_H).clamp(0.0, 1.0)
}

/// Where the active is, µg per cm² of skin surface.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Budget {
    /// Still on the surface: the film, or its dry residue.
    pub film_ug_cm2: f64,
    /// In the stratum corneum between channels: held back by the barrier.
    pub stratum_corneum_ug_cm2: f64,
    /// In the channel mouths through the stratum corneum: not yet past the collapsed path.
    pub mouths_ug_cm2: f64,
    /// In viable epidermis and dermis: past the barrier.
    pub viable_ug_cm2: f64,
    /// Removed by dermal capillaries.
    pub cleared_ug_cm2: f64,
}

impl Budget {
    /// Delivered past the stratum corneum: in viable tissue or already cleared.
    pub fn delivered(&self) -> f64 {
        self.viable_ug_cm2 + self.cleared_ug_cm2
    }

    /// Everything accounted for; equals the applied dose.
    pub fn total(&self) -> f64 {
        self.film_ug_cm2
            + self.stratum_corneum_ug_cm2
            + self.mouths_ug_cm2
            + self.viable_ug_cm2
            + self.cleared_ug_cm2
    }

    fn lerp(a: &Budget, b: &Budget, w: f64) -> Budget {
        let l = |x: f64, y: f64| x + (y - x) * w;
        Budget {
            film_ug_cm2: l(a.film_ug_cm2, b.film_ug_cm2),
            stratum_corneum_ug_cm2: l(a.stratum_corneum_ug_cm2, b.stratum_corneum_ug_cm2),
            mouths_ug_cm2: l(a.mouths_ug_cm2, b.mouths_ug_cm2),
            viable_ug_cm2: l(a.viable_ug_cm2, b.viable_ug_cm2),
            cleared_ug_cm2: l(a.cleared_ug_cm2, b.cleared_ug_cm2),
        }
    }
}

/// The state of intact and needled skin at one time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// Hours since needling and application.
    pub hour: f64,
    pub intact: Budget,
    pub needled: Budget,
    /// Deepest depth the serum has reached so far in needled skin, µm below the surface: the
    /// deepest point where the concentration has been at least [`DEPTH_THRESHOLD`] of the applied
    /// concentration; 0 if none. Never decreases.
    pub depth_um: f64,
    /// Fraction of channels still open, 0 to 1.
    pub open_fraction: f64,
    /// Share of the film still wet, 0 to 1.
    pub film_wet: f64,
}

impl Sample {
    /// Delivered past the stratum corneum of intact skin, µg/cm² (cumulative).
    pub fn intact_delivered(&self) -> f64 {
        self.intact.delivered()
    }

    /// Delivered past the stratum corneum of needled skin, µg/cm² (cumulative).
    pub fn needled_delivered(&self) -> f64 {
        self.needled.delivered()
    }

    /// Cumulative needled over intact delivery; `None` while intact skin has delivered next to
    /// nothing (below [`RATIO_FLOOR`] of the dose), when the ratio means nothing.
    pub fn enhancement(&self) -> Option<f64> {
        let applied = self.intact.total().max(self.needled.total());
        let intact = self.intact_delivered();
        if intact > RATIO_FLOOR * applied && intact > 0.0 {
            Some(self.needled_delivered() / intact)
        } else {
            None
        }
    }
}

/// Concentration in the cross-section of one unit cell at one time, for drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub hour: f64,
    /// Cells across (r, from the channel axis outwards) and down (z).
    pub nx: usize,
    pub nz: usize,
    /// Cell edges, µm: `nx + 1` radial distances from the channel axis, `nz + 1` depths.
    pub x_edges_um: Vec<f64>,
    pub z_edges_um: Vec<f64>,
    /// Amount per volume over the applied concentration, 0 to 1, row by row from the surface:
    /// cell (ix, iz) is `values[iz * nx + ix]`.
    pub values: Vec<f32>,
    /// Fraction of channels still open: the screen narrows the drawn channel with it.
    pub open_fraction: f64,
    /// Share of the film still wet: the screen thins the drawn film with it.
    pub film_wet: f64,
    /// Channel radius at the surface and real depth, µm (as made; 0 without channels).
    pub channel_radius_um: f64,
    pub channel_depth_um: f64,
}

impl Field {
    /// The value of cell (ix, iz), 0 outside the grid.
    pub fn get(&self, ix: usize, iz: usize) -> f32 {
        if ix < self.nx && iz < self.nz {
            self.values[iz * self.nx + ix]
        } else {
            0.0
        }
    }
}

/// A 48-hour course of one product on intact and needled skin.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// Applied dose of active, µg/cm².
    pub dose_ug_cm2: f64,
    /// The product as applied (concentration, solubility, passage).
    pub product: Product,
    pub occluded: bool,
    /// Intact-skin kp used for the stratum corneum (× occlusion factor when covered), cm/h.
    pub kp_cm_h: f64,
    /// Closure half-life of the channels, hours.
    pub half_life_h: f64,
    /// Remaining path below the channel tips, µm (L_eff; 0 without channels).
    pub path_um: f64,
    samples: Vec<Sample>,
    snapshots: Vec<Vec<f32>>,
    x_edges_um: Vec<f64>,
    z_edges_um: Vec<f64>,
    channel_radius_um: f64,
    channel_depth_um: f64,
}

impl Course {
    /// The course of a serum's typical product ([`Serum::product`]).
    pub fn new(serum: Serum, occluded: bool, setup: &Setup, skin: &SkinProfile) -> Course {
        let product = serum.product();
        Course::simulate(serum.active(), product, occluded, setup, skin)
    }

    /// The course for another dose of a serum, µg/cm², the film and all else as its product
    /// (negative or non-finite doses count as 0).
    pub fn with_dose(
        serum: Serum,
        occluded: bool,
        setup: &Setup,
        skin: &SkinProfile,
        dose_ug_cm2: f64,
    ) -> Course {
        let base = serum.product();
        let dose = if dose_ug_cm2.is_finite() {
            dose_ug_cm2.max(0.0)
        } else {
            0.0
        };
        let product = Product {
            fraction: dose / (1000.0 * base.applied_mg_cm2),
            ..base
        };
        Course::simulate(serum.active(), product, occluded, setup, skin)
    }

    /// The course of any active applied as `product` (the validation uses actives that are not
    /// on the serum list).
    pub fn simulate(
        active: Active,
        product: Product,
        occluded: bool,
        setup: &Setup,
        skin: &SkinProfile,
    ) -> Course {
        let product = Product {
            fraction: if product.fraction.is_finite() {
                product.fraction.clamp(0.0, 1.0)
            } else {
                0.0
            },
            ..product
        };
        let dose = product.dose_ug_cm2();
        let closure = Closure::new(occluded, setup);
        let props = Props::new(active, &product, occluded, skin);
        let channels = ChannelGeometry::new(setup, skin);
        let mut needled = Solver::new(&props, &channels, dose);
        let mut intact = Solver::new(&props, &ChannelGeometry::NONE, dose);

        let n_samples = (HOURS / SAMPLE_STEP_H).round() as usize;
        let per_snapshot = (SNAPSHOT_STEP_H / SAMPLE_STEP_H).round() as usize;
        let mut samples = Vec::with_capacity(n_samples + 1);
        let mut snapshots = Vec::with_capacity(n_samples / per_snapshot + 1);
        let mut deepest = 0.0f64;
        let mut record = |s: &Solver, i: &Solver, t: f64| {
            deepest = deepest.max(s.depth_reached_cm() * 1e4);
            Sample {
                hour: t,
                intact: i.budget(),
                needled: s.budget(),
                depth_um: deepest,
                open_fraction: if channels.present() {
                    closure.open_fraction(t)
                } else {
                    0.0
                },
                film_wet: film_wet(t, occluded),
            }
        };
        samples.push(record(&needled, &intact, 0.0));
        snapshots.push(needled.snapshot());
        for j in 0..n_samples {
            let t0 = j as f64 * SAMPLE_STEP_H;
            let steps = (SAMPLE_STEP_H / step_target_h(t0)).ceil().max(1.0) as usize;
            let dt = SAMPLE_STEP_H / steps as f64;
            for s in 0..steps {
                // Backward Euler: coefficients at the end of the step; the film's wetness at the
                // middle (it falls linearly, so its mean over the step).
                let t_end = t0 + (s + 1) as f64 * dt;
                let wet = film_wet(t_end - 0.5 * dt, occluded);
                needled.step(dt, closure.open_fraction(t_end), wet);
                intact.step(dt, 0.0, wet);
            }
            let t = (j + 1) as f64 * SAMPLE_STEP_H;
            samples.push(record(&needled, &intact, t));
            if (j + 1) % per_snapshot == 0 {
                snapshots.push(needled.snapshot());
            }
        }
        Course {
            dose_ug_cm2: dose,
            product,
            occluded,
            kp_cm_h: props.kp,
            half_life_h: closure.half_life_h,
            path_um: if channels.present() {
                channels.path_cm * 1e4
            } else {
                0.0
            },
            samples,
            snapshots,
            x_edges_um: needled.re.iter().map(|r| r * 1e4).collect(),
            z_edges_um: needled.ze.iter().map(|z| z * 1e4).collect(),
            channel_radius_um: channels.radius_cm * 1e4,
            channel_depth_um: channels.depth_cm * 1e4,
        }
    }

    /// Every stored sample, one each [`SAMPLE_STEP_H`] from 0 to [`HOURS`].
    pub fn samples(&self) -> &[Sample] {
        &self.samples
    }

    /// The state at any hour, interpolated linearly between samples (clamped to 0–48 h;
    /// NaN counts as 0).
    pub fn at(&self, hour: f64) -> Sample {
        let (j, w) = locate(hour, SAMPLE_STEP_H, self.samples.len());
        let a = &self.samples[j];
        let Some(b) = self.samples.get(j + 1) else {
            return *a;
        };
        let l = |x: f64, y: f64| x + (y - x) * w;
        Sample {
            hour: l(a.hour, b.hour),
            intact: Budget::lerp(&a.intact, &b.intact, w),
            needled: Budget::lerp(&a.needled, &b.needled, w),
            depth_um: l(a.depth_um, b.depth_um),
            open_fraction: l(a.open_fraction, b.open_fraction),
            film_wet: l(a.film_wet, b.film_wet),
        }
    }

    /// Index of the stored field shown at `hour`: the one at or before it (fields are stored
    /// every [`SNAPSHOT_STEP_H`]); the screen redraws only when this changes.
    pub fn field_index(&self, hour: f64) -> usize {
        locate(hour, SNAPSHOT_STEP_H, self.snapshots.len()).0
    }

    /// The needled concentration field stored at index `k` (clamped to the last).
    pub fn field(&self, k: usize) -> Field {
        let k = k.min(self.snapshots.len() - 1);
        let hour = k as f64 * SNAPSHOT_STEP_H;
        let s = self.at(hour);
        Field {
            hour,
            nx: self.x_edges_um.len() - 1,
            nz: self.z_edges_um.len() - 1,
            x_edges_um: self.x_edges_um.clone(),
            z_edges_um: self.z_edges_um.clone(),
            values: self.snapshots[k].clone(),
            open_fraction: s.open_fraction,
            film_wet: s.film_wet,
            channel_radius_um: self.channel_radius_um,
            channel_depth_um: self.channel_depth_um,
        }
    }

    /// The stored field at or before any hour.
    pub fn field_at(&self, hour: f64) -> Field {
        self.field(self.field_index(hour))
    }
}

/// Index of the sample at or before `hour` and the weight towards the next one.
fn locate(hour: f64, step: f64, len: usize) -> (usize, f64) {
    let last = len.saturating_sub(1);
    let x = if hour.is_nan() { 0.0 } else { hour / step };
    let x = x.clamp(0.0, last as f64);
    let j = (x.floor() as usize).min(last);
    (j, x - j as f64)
}

/// Time step by time since needling, hours: short while the film dries and channels close fast.
/// The same for covered and uncovered skin, so that the two differ only by the model.
fn step_target_h(t: f64) -> f64 {
    match t {
        t if t < 0.5 => 1.0 / 48.0,
        t if t < 1.0 => 1.0 / 16.0,
        t if t < 6.0 => 1.0 / 8.0,
        _ => 1.0 / 4.0,
    }
}

/// Channel radius, depth and the path left below them, cm, and channels per cm².
struct ChannelGeometry {
    per_cm2: f64,
    radius_cm: f64,
    depth_cm: f64,
    /// L_eff: skin left below the channel tip, at least [`L_EFF_MIN_CM`].
    path_cm: f64,
}

impl ChannelGeometry {
    const NONE: ChannelGeometry = ChannelGeometry {
        per_cm2: 0.0,
        radius_cm: 0.0,
        depth_cm: 0.0,
        path_cm: 0.0,
    };

    fn new(setup: &Setup, skin: &SkinProfile) -> ChannelGeometry {
        let ok = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
        let depth_cm = ok(setup.mean_depth().0) * 0.1;
        let total_cm = ok(skin.total().0) * 0.1;
        let g = ChannelGeometry {
            per_cm2: ok(setup.per_cm2()),
            radius_cm: ok(setup.surface_width().0) / 2.0 * 1e-4,
            depth_cm,
            path_cm: (total_cm - depth_cm).max(L_EFF_MIN_CM),
        };
        if g.per_cm2 > 0.0 && g.radius_cm > 0.0 && g.depth_cm > 0.0 {
            g
        } else {
            ChannelGeometry::NONE
        }
    }

    fn present(&self) -> bool {
        self.per_cm2 > 0.0
    }
}

/// The active, product and skin as the solver needs them: lengths in cm, diffusivities in cm²/h,
/// concentrations in µg/cm³.
struct Props {
    kp: f64,
    /// Stratum corneum / water partition.
    partition: f64,
    /// Free diffusivity.
    d_free: f64,
    radius_cm: f64,
    clearance: f64,
    h_film: f64,
    /// Water solubility (infinite when none is given).
    solubility: f64,
    mouth_passage: f64,
    /// Layer thicknesses: stratum corneum, viable epidermis, papillary, reticular dermis.
    layers: [f64; 4],
}

impl Props {
    fn new(a: Active, product: &Product, occluded: bool, skin: &SkinProfile) -> Props {
        let t = |v: f64| {
            if v.is_finite() {
                v.max(MIN_LAYER_CM)
            } else {
                MIN_LAYER_CM
            }
        };
        let positive = |v: f64, default: f64| if v.is_finite() && v > 0.0 { v } else { default };
        let papillary = t(skin.papillary_dermis.0 * 0.1);
        Props {
            kp: permeation::kp_under(a.mw_da, a.log_p, occluded),
            partition: permeation::sc_partition(a.log_p),
            d_free: positive(a.diffusivity_cm2_s, 0.0) * S_PER_H,
            radius_cm: a.radius_nm() * 1e-7,
            clearance: product
                .reservoir_per_h
                .unwrap_or_else(|| clearance_per_h(a.diffusivity_cm2_s)),
            h_film: positive(product.applied_mg_cm2, 1.0) * 1e-3 / SERUM_DENSITY_G_CM3,
            solubility: product
                .solubility_ug_cm3
                .map_or(f64::INFINITY, |s| positive(s, f64::INFINITY)),
            mouth_passage: if product.mouth_passage.is_finite() {
                product.mouth_passage.clamp(0.0, 1.0)
            } else {
                1.0
            },
            layers: [
                t(skin.stratum_corneum.0 * 1e-4),
                t(skin.viable_epidermis.0 * 1e-4),
                papillary,
                t(skin.dermis.0 * 0.1 - papillary),
            ],
        }
    }
}

/// Finite-volume state of one unit cell. Cell (i, k) — i across, k down — is index k * nx + i.
/// Volumes and face areas are per cm² of skin surface, so masses come out in µg/cm².
struct Solver {
    nx: usize,
    nz: usize,
    re: Vec<f64>,
    ze: Vec<f64>,
    /// Share of the surface over each column.
    area: Vec<f64>,
    vol: Vec<f64>,
    /// Volume × capacity (partition) of each cell: its mass per unit of u.
    cap: Vec<f64>,
    /// Diffusivity of each row without channels, and of an open channel in that row.
    d_host: Vec<f64>,
    d_open: Vec<f64>,
    /// Share of each row's thickness the channel reaches (channel columns are i < nx_channel).
    cov_z: Vec<f64>,
    nx_channel: usize,
    /// Clearance rate of each row, per hour.
    k_clear: Vec<f64>,
    n_sc_rows: usize,
    /// Water concentration u of each cell.
    c: Vec<f64>,
    /// Mass of active on the surface, µg/cm².
    film_mass: f64,
    cleared: f64,
    h_film: f64,
    solubility: f64,
    /// Applied concentration (dose / film thickness).
    c_applied: f64,
    /// Face transmissibilities, per hour of step: radial (row k, face i: k * (nx − 1) + i),
    /// vertical (column i, face k: i * (nz − 1) + k) and film to top cell. Only faces touching
    /// channel columns change as channels close, so only those are recomputed.
    tr: Vec<f64>,
    tz: Vec<f64>,
    tf: Vec<f64>,
    // Scratch, kept to avoid allocating per step.
    d: Vec<f64>,
    col_a: Vec<f64>,
    col_b: Vec<f64>,
    a: Vec<f64>,
    b: Vec<f64>,
    diag: Vec<f64>,
    off: Vec<f64>,
    cp: Vec<f64>,
}

impl Solver {
    fn new(p: &Props, ch: &ChannelGeometry, dose: f64) -> Solver {
        // Depth grid: uniform within each layer, so layer bounds fall on cell faces.
        let mut ze = vec![0.0];
        let mut layer_of_row = Vec::new();
        for (l, (&h, &n)) in p.layers.iter().zip(NZ_LAYERS.iter()).enumerate() {
            let top = *ze.last().unwrap_or(&0.0);
            for j in 1..=n {
                ze.push(top + h * j as f64 / n as f64);
                layer_of_row.push(l);
            }
        }
        let nz = ze.len() - 1;

        // Radial grid: the channel, then tissue cells that widen away from it (denser near the
        // wall where gradients are steep, more so the farther apart the channels are).
        let (re, nx_channel) = if ch.present() {
            // Once channels touch they merge: the cell stops shrinking, so denser settings give
            // the same, fully opened surface.
            let rc = ch.radius_cm;
            let big_r =
                (1.0 / (std::f64::consts::PI * ch.per_cm2).sqrt()).max(rc / MAX_CHANNEL_SHARE);
            let span = big_r - rc;
            let power = 1.0 + (span / (10.0 * rc)).min(1.5);
            let mut re: Vec<f64> = (0..=NX_CHANNEL)
                .map(|j| rc * j as f64 / NX_CHANNEL as f64)
                .collect();
            for j in 1..=NX_TISSUE {
                let s = j as f64 / NX_TISSUE as f64;
                re.push(rc + span * s.powf(power));
            }
            (re, NX_CHANNEL)
        } else {
            // Intact skin has no radial structure: one column.
            (vec![0.0, 1.0], 0)
        };
        let nx = re.len() - 1;
        let r2 = re[nx] * re[nx];
        let area: Vec<f64> = (0..nx)
            .map(|i| (re[i + 1] * re[i + 1] - re[i] * re[i]) / r2)
            .collect();
        let n_sc_rows = NZ_LAYERS[0];
        let mut vol = vec![0.0; nx * nz];
        let mut cap = vec![0.0; nx * nz];
        for k in 0..nz {
            for i in 0..nx {
                let v = area[i] * (ze[k + 1] - ze[k]);
                vol[k * nx + i] = v;
                // The collapsed mouths hold water only in the ε of them that is open; the rest of
                // the stratum corneum partitions.
                cap[k * nx + i] = match (k < n_sc_rows, i < nx_channel) {
                    (true, true) => v * COLLAPSE_EPSILON,
                    (true, false) => v * p.partition,
                    _ => v,
                };
            }
        }

        let hindrance = permeation::renkin_hindrance(if ch.radius_cm > 0.0 {
            p.radius_cm / ch.radius_cm
        } else {
            0.0
        });
        let d_sc = p.kp * p.layers[0];
        let d_tissue = p.d_free * TISSUE_HINDRANCE;
        // The 1-D path conductance ε · D · H · m / L_eff carried by the channel's cells in the
        // stratum corneum (docs/science.md §4, §8): their diffusivity over the layer's thickness.
        let collapsed = COLLAPSE_EPSILON * p.d_free * hindrance;
        let d_mouth = if ch.present() {
            collapsed * p.mouth_passage * p.layers[0] / ch.path_cm
        } else {
            0.0
        };
        let d_host: Vec<f64> = layer_of_row
            .iter()
            .map(|&l| if l == 0 { d_sc } else { d_tissue })
            .collect();
        let d_open: Vec<f64> = layer_of_row
            .iter()
            .zip(&d_host)
            .map(|(&l, &h)| {
                if l == 0 {
                    d_mouth.max(h)
                } else {
                    collapsed.max(h)
                }
            })
            .collect();
        let cov_z = (0..nz)
            .map(|k| ((ch.depth_cm - ze[k]) / (ze[k + 1] - ze[k])).clamp(0.0, 1.0))
            .collect();
        let k_clear = layer_of_row
            .iter()
            .map(|&l| if l >= 2 { p.clearance } else { 0.0 })
            .collect();
        let n = nx.max(nz);
        let c_applied = dose / p.h_film;
        let mut solver = Solver {
            nx,
            nz,
            re,
            ze,
            area,
            vol,
            cap,
            d_host,
            d_open,
            cov_z,
            nx_channel,
            k_clear,
            n_sc_rows,
            c: vec![0.0; nx * nz],
            film_mass: dose,
            cleared: 0.0,
            h_film: p.h_film,
            solubility: p.solubility,
            c_applied,
            d: vec![0.0; nx * nz],
            col_a: vec![0.0; nx * nz],
            col_b: vec![0.0; nx * nz],
            a: vec![0.0; n],
            b: vec![0.0; n],
            diag: vec![0.0; n],
            off: vec![0.0; n],
            cp: vec![0.0; n],
            tr: vec![0.0; nz * (nx - 1)],
            tz: vec![0.0; nx * (nz - 1)],
            tf: vec![0.0; nx],
        };
        solver.set_diffusivity(0.0);
        solver.update_transmissibility(nx);
        solver
    }

    /// Recomputes the transmissibility of every face touching the first `columns` columns.
    fn update_transmissibility(&mut self, columns: usize) {
        let (nx, nz) = (self.nx, self.nz);
        let r2 = self.re[nx] * self.re[nx];
        for k in 0..nz {
            let dz = self.ze[k + 1] - self.ze[k];
            for i in 0..(nx - 1).min(columns) {
                let face = self.re[i + 1];
                let g = 2.0 * face * dz / r2;
                let da = face - 0.5 * (self.re[i] + face);
                let db = 0.5 * (face + self.re[i + 2]) - face;
                self.tr[k * (nx - 1) + i] =
                    transmissibility(g, da, self.d[k * nx + i], db, self.d[k * nx + i + 1]);
            }
        }
        for i in 0..nx.min(columns) {
            for k in 0..nz - 1 {
                let da = 0.5 * (self.ze[k + 1] - self.ze[k]);
                let db = 0.5 * (self.ze[k + 2] - self.ze[k + 1]);
                self.tz[i * (nz - 1) + k] = transmissibility(
                    self.area[i],
                    da,
                    self.d[k * nx + i],
                    db,
                    self.d[(k + 1) * nx + i],
                );
            }
            self.tf[i] = self.area[i] * self.d[i] / (0.5 * (self.ze[1] - self.ze[0]));
        }
    }

    /// Diffusivity of every cell with a share `f` of the channels open.
    fn set_diffusivity(&mut self, f: f64) {
        let nx = self.nx;
        for k in 0..self.nz {
            let host = self.d_host[k];
            let full = host + f * (self.d_open[k] - host);
            let cov = self.cov_z[k];
            // A cell the channel only partly reaches: channel and tissue in series down the cell.
            let den = cov * host + (1.0 - cov) * full;
            let chan = if cov >= 1.0 {
                full
            } else if cov <= 0.0 || den <= 0.0 {
                host
            } else {
                host * full / den
            };
            for i in 0..nx {
                self.d[k * nx + i] = if i < self.nx_channel { chan } else { host };
            }
        }
    }

    /// One backward-Euler step of `dt` hours with a share `f` of channels open and a share `wet`
    /// of the film still wet.
    fn step(&mut self, dt: f64, f: f64, wet: f64) {
        let (nx, nz) = (self.nx, self.nz);
        if self.nx_channel > 0 {
            self.set_diffusivity(f);
            self.update_transmissibility(self.nx_channel);
        }

        // r sweep, row by row (nothing to do for a single column).
        if nx > 1 {
            for k in 0..nz {
                for i in 0..nx {
                    self.diag[i] = self.cap[k * nx + i];
                    self.a[i] = self.cap[k * nx + i] * self.c[k * nx + i];
                }
                for i in 0..nx - 1 {
                    let t = dt * self.tr[k * (nx - 1) + i];
                    self.diag[i] += t;
                    self.diag[i + 1] += t;
                    self.off[i] = -t;
                }
                thomas(
                    &self.diag[..nx],
                    &self.off[..nx],
                    &mut self.a[..nx],
                    None,
                    &mut self.cp[..nx],
                );
                self.c[k * nx..(k + 1) * nx].copy_from_slice(&self.a[..nx]);
            }
        }

        // z sweep, column by column, with the film: column = a + film · b, then the film's
        // balance. The film's capacity is its thickness while the active is all dissolved; above
        // the solubility the undissolved part is a reservoir at the saturated concentration
        // (capacity mass / solubility), so the driving concentration never exceeds it.
        let wet = if wet.is_finite() {
            wet.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let film_cap = if self.solubility.is_finite() && self.solubility > 0.0 {
            self.h_film.max(self.film_mass / self.solubility)
        } else {
            self.h_film
        };
        let mut film_num = self.film_mass;
        let mut film_den = film_cap;
        for i in 0..nx {
            for k in 0..nz {
                let v = self.cap[k * nx + i];
                self.diag[k] = v + dt * self.k_clear[k] * self.vol[k * nx + i];
                self.a[k] = v * self.c[k * nx + i];
                self.b[k] = 0.0;
            }
            for k in 0..nz - 1 {
                let t = dt * self.tz[i * (nz - 1) + k];
                self.diag[k] += t;
                self.diag[k + 1] += t;
                self.off[k] = -t;
            }
            let tf = dt * self.tf[i] * wet;
            self.diag[0] += tf;
            self.b[0] = tf;
            thomas(
                &self.diag[..nz],
                &self.off[..nz],
                &mut self.a[..nz],
                Some(&mut self.b[..nz]),
                &mut self.cp[..nz],
            );
            film_num += tf * self.a[0];
            film_den += tf * (1.0 - self.b[0]);
            for k in 0..nz {
                self.col_a[k * nx + i] = self.a[k];
                self.col_b[k * nx + i] = self.b[k];
            }
        }
        let film_c = if film_den > 0.0 {
            film_num / film_den
        } else {
            0.0
        };
        let mut cleared = 0.0;
        for i in 0..nx {
            for k in 0..nz {
                let j = k * nx + i;
                let v = self.col_a[j] + film_c * self.col_b[j];
                self.c[j] = v;
                cleared += self.k_clear[k] * self.vol[j] * v;
            }
        }
        self.cleared += dt * cleared;
        // The film's implicit balance: what it holds at the end of the step is its capacity ×
        // its concentration; the rest went into the skin (mass conserved to rounding).
        self.film_mass = film_cap * film_c;
    }

    fn budget(&self) -> Budget {
        let mut sc = 0.0;
        let mut mouths = 0.0;
        let mut viable = 0.0;
        for (j, (c, v)) in self.c.iter().zip(&self.cap).enumerate() {
            let (k, i) = (j / self.nx, j % self.nx);
            let m = c * v;
            if k < self.n_sc_rows {
                if i < self.nx_channel {
                    mouths += m;
                } else {
                    sc += m;
                }
            } else {
                viable += m;
            }
        }
        Budget {
            film_ug_cm2: self.film_mass,
            stratum_corneum_ug_cm2: sc,
            mouths_ug_cm2: mouths,
            viable_ug_cm2: viable,
            cleared_ug_cm2: self.cleared,
        }
    }

    /// Depth where the amount per volume is at least [`DEPTH_THRESHOLD`] of the applied
    /// concentration now (what the picture shows), cm.
    fn depth_reached_cm(&self) -> f64 {
        let threshold = DEPTH_THRESHOLD * self.c_applied;
        if threshold.is_nan() || threshold <= 0.0 {
            return 0.0;
        }
        let nx = self.nx;
        let row_max = |k: usize| {
            (0..nx).fold(0.0f64, |m, i| {
                let j = k * nx + i;
                m.max(self.c[j] * self.cap[j] / self.vol[j])
            })
        };
        let centre = |k: usize| 0.5 * (self.ze[k] + self.ze[k + 1]);
        let Some(k) = (0..self.nz).rev().find(|&k| row_max(k) >= threshold) else {
            return 0.0;
        };
        if k + 1 == self.nz {
            return self.ze[self.nz];
        }
        let (va, vb) = (row_max(k), row_max(k + 1));
        let w = if va > vb {
            (va - threshold) / (va - vb)
        } else {
            0.0
        };
        centre(k) + w.clamp(0.0, 1.0) * (centre(k + 1) - centre(k))
    }

    /// Amount per volume of each cell over the applied concentration, 0 to 1.
    fn snapshot(&self) -> Vec<f32> {
        let scale = if self.c_applied > 0.0 {
            1.0 / self.c_applied
        } else {
            0.0
        };
        self.c
            .iter()
            .zip(self.cap.iter().zip(&self.vol))
            .map(|(&u, (&cap, &vol))| {
                let m = if vol > 0.0 { u * cap / vol } else { 0.0 };
                (m * scale).clamp(0.0, 1.0) as f32
            })
            .collect()
    }
}

/// Face transmissibility g / (da/Da + db/Db): two half-cells in series; 0 if either is blocked.
fn transmissibility(g: f64, da: f64, d_a: f64, db: f64, d_b: f64) -> f64 {
    let den = da * d_b + db * d_a;
    if den > 0.0 {
        g * d_a * d_b / den
    } else {
        0.0
    }
}

/// Solves a symmetric tridiagonal system in place (Thomas algorithm): `diag` on the diagonal,
/// `off[j]` between j and j + 1. With a diagonally dominant M-matrix (positive diagonal,
/// non-positive `off`) every operation keeps a non-negative right-hand side non-negative.
/// A second right-hand side shares the elimination.
fn thomas(diag: &[f64], off: &[f64], x: &mut [f64], mut y: Option<&mut [f64]>, cp: &mut [f64]) {
    let n = diag.len();
    let mut inv = 1.0 / diag[0];
    x[0] *= inv;
    if let Some(y) = y.as_deref_mut() {
        y[0] *= inv;
    }
    for j in 1..n {
        cp[j - 1] = off[j - 1] * inv;
        inv = 1.0 / (diag[j] - off[j - 1] * cp[j - 1]);
        x[j] = (x[j] - off[j - 1] * x[j - 1]) * inv;
        if let Some(y) = y.as_deref_mut() {
            y[j] = (y[j] - off[j - 1] * y[j - 1]) * inv;
        }
    }
    for j in (0..n - 1).rev() {
        x[j] -= cp[j] * x[j + 1];
        if let Some(y) = y.as_deref_mut() {
            y[j] -= cp[j] * y[j + 1];
        }
    }
}

/// What a published figure was measured on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Species {
    Human,
    Pig,
    Rat,
}

impl Species {
    pub fn key(self) -> &'static str {
        match self {
            Species::Human => "human",
            Species::Pig => "pig",
            Species::Rat => "rat",
        }
    }
}

/// The unit of a check's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A ratio ("× more").
    Times,
    Hours,
    Days,
    Percent,
}

/// How the model's number sits against the published range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Within,
    Below,
    Above,
}

/// One published absorption figure of docs/science.md §8 beside the model's number for the same
/// setting, computed by the same course the screen shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Check {
    /// Stable id: the screen's text key and test id.
    pub id: &'static str,
    /// The id in `sources::REFERENCES`.
    pub source_id: &'static str,
    pub species: Species,
    /// The range the published figure stands for (the model should land inside).
    pub low: f64,
    pub high: f64,
    pub unit: Unit,
    /// The model's number.
    pub model: f64,
}

impl Check {
    pub fn verdict(&self) -> Verdict {
        if self.model.is_nan() || self.model < self.low {
            Verdict::Below
        } else if self.model > self.high {
            Verdict::Above
        } else {
            Verdict::Within
        }
    }
}

/// Amantadine (MW 151.2, log P 2.44 [E, handbook values]; diffusivity by Stokes–Einstein scaled
/// from niacinamide's radius as MW^(1/3) [E]), 1 % in water [E] (Pharmaceutics 2015).
pub const AMANTADINE: Active = Active {
    mw_da: 151.2,
    log_p: 2.44,
    diffusivity_cm2_s: 9.3e-6,
    macromolecule: false,
};

/// Every absorption figure of docs/science.md §8 against the model, computed now. About seven
/// courses: run once per visit, not per frame.
pub fn checks() -> Vec<Check> {
    use crate::skin::Region;
    let skin = SkinProfile::for_region(Region::Cheek);
    let pen = Setup::for_device(crate::device::Device::Pen);
    let ratio_24 = |c: &Course| c.at(24.0).enhancement().unwrap_or(0.0);

    // You 2010: a polymer microneedle roller applied 9 times in 4 directions, rat skin, vitamin C
    // kept wet: about 10× at 24 h. Needle length not in the abstract: 0.5 mm [E].
    let donor = |serum: Serum| Product {
        applied_mg_cm2: DONOR_MG_CM2,
        ..serum.product()
    };
    let you = Course::simulate(
        Serum::VitaminC.active(),
        donor(Serum::VitaminC),
        true,
        &Setup {
            passes: 36,
            ..study_roller(0.5)
        },
        &skin,
    );
    // Pharmaceutics 2015: steel roller on porcine ear skin, amantadine: 49.0 vs 22.4 µg/cm²/h,
    // 2.2×, not significant. Roller 0.5 mm, 15 passes [E].
    let amantadine = Course::simulate(
        AMANTADINE,
        Product {
            fraction: 0.01,
            ..donor(Serum::Niacinamide)
        },
        true,
        &study_roller(0.5),
        &skin,
    );
    // Davidson 2008 and the Dermaroller 1 vs 1.5 mm FITC-dextran figure (a donor as in the lab): delivery proportional to
    // needle length (1.5×). A polysaccharide: low-MW hyaluronic acid stands in for dextran [E].
    let delivered = |mm| {
        let (a, p) = (Serum::HaLow.active(), donor(Serum::HaLow));
        Course::simulate(a, p, true, &study_roller(mm), &skin)
            .at(24.0)
            .needled_delivered()
    };
    let by_length = delivered(1.5) / delivered(1.0).max(1e-300);
    // Brogden 2021 and Gupta 2011: closure of the reference array.
    let covered = Closure::for_array(
        true,
        super::closure::REFERENCE_NEEDLE_MM,
        super::closure::REFERENCE_PER_CM2,
    );
    let uncovered = Closure::for_array(
        false,
        super::closure::REFERENCE_NEEDLE_MM,
        super::closure::REFERENCE_PER_CM2,
    );
    // Time to 90 % closed: f = 0.1 at t = τ½ · log2(10)^(1/k).
    let t90 = uncovered.half_life_h * 10f64.log2().powf(1.0 / super::closure::SHAPE);
    // Zhai & Maibach 2001: occlusion raises intact-skin absorption (niacinamide, 24 h).
    let wet = Course::new(Serum::Niacinamide, true, &pen, &skin).at(24.0);
    let dry = Course::new(Serum::Niacinamide, false, &pen, &skin).at(24.0);
    let occlusion = wet.intact_delivered() / dry.intact_delivered().max(1e-300);
    // Essendoubi 2016 and §8: high-MW hyaluronic acid mostly stays at the mouths and on the
    // surface: share of the dose past the barrier of needled skin at 24 h, covered.
    let ha = Course::new(Serum::HaHigh, true, &pen, &skin);
    let ha_in = 100.0 * ha.at(24.0).needled_delivered() / ha.dose_ug_cm2.max(1e-300);
    // Retinol stays mostly in the stratum corneum (docs/science.md §4, §8): share of what entered
    // intact skin that is still there at 24 h.
    let retinol = Course::new(Serum::Retinol, false, &pen, &skin).at(24.0);
    let entered = retinol.intact.stratum_corneum_ug_cm2 + retinol.intact_delivered();
    let in_sc = 100.0 * retinol.intact.stratum_corneum_ug_cm2 / entered.max(1e-300);
    // Pinnell 2001: vitamin C's skin reservoir, half-life about 4 days (pig skin).
    let reservoir_days = Serum::VitaminC
        .product()
        .reservoir_per_h
        .map_or(0.0, |k| std::f64::consts::LN_2 / k / 24.0);

    let check = |id, source_id, species, (low, high), unit, model| Check {
        id,
        source_id,
        species,
        low,
        high,
        unit,
        model,
    };
    vec![
        check(
            "you-2010",
            "you-2010",
            Species::Rat,
            (5.0, 20.0),
            Unit::Times,
            ratio_24(&you),
        ),
        check(
            "amantadine-2015",
            "amantadine-2015",
            Species::Pig,
            (1.0, 4.0),
            Unit::Times,
            ratio_24(&amantadine),
        ),
        check(
            "needle-length",
            "davidson-2008",
            Species::Pig,
            (1.2, 2.5),
            Unit::Times,
            by_length,
        ),
        check(
            "brogden-2021-half-life",
            "brogden-2021",
            Species::Human,
            (20.0, 26.0),
            Unit::Hours,
            covered.half_life_h,
        ),
        check(
            "brogden-2021-closed",
            "brogden-2021",
            Species::Human,
            (0.0, 5.0),
            Unit::Percent,
            100.0 * covered.open_fraction(60.0),
        ),
        check(
            "gupta-2011",
            "gupta-2011",
            Species::Human,
            (0.5, 12.0),
            Unit::Hours,
            t90,
        ),
        check(
            "zhai-maibach-2001",
            "zhai-maibach-2001",
            Species::Human,
            (2.0, f64::INFINITY),
            Unit::Times,
            occlusion,
        ),
        check(
            "ha-high",
            "essendoubi-2016",
            Species::Human,
            (0.0, 20.0),
            Unit::Percent,
            ha_in,
        ),
        check(
            "retinol",
            "potts-guy-1992",
            Species::Human,
            (50.0, 100.0),
            Unit::Percent,
            in_sc,
        ),
        check(
            "pinnell-2001",
            "pinnell-2001",
            Species::Pig,
            (3.0, 5.0),
            Unit::Days,
            reservoir_days,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::Device;
    use crate::skin::Region;
    use crate::units::Mm;

    fn pen() -> Setup {
        crate::channels::test_pen(1.0)
    }

    fn cheek() -> SkinProfile {
        SkinProfile::for_region(Region::Cheek)
    }

    #[test]
    fn mass_is_conserved_and_nothing_goes_negative() {
        for serum in Serum::ALL {
            for occluded in [false, true] {
                let c = Course::new(serum, occluded, &pen(), &cheek());
                for s in c.samples() {
                    for b in [s.intact, s.needled] {
                        let err = (b.total() - c.dose_ug_cm2).abs() / c.dose_ug_cm2;
                        assert!(err < 1e-9, "{serum:?} at {} h: {b:?}", s.hour);
                        assert!(b.film_ug_cm2 >= 0.0 && b.stratum_corneum_ug_cm2 >= 0.0);
                        assert!(b.viable_ug_cm2 >= 0.0 && b.cleared_ug_cm2 >= 0.0);
                        assert!(b.mouths_ug_cm2 >= 0.0);
                    }
                }
                for k in 0..c.snapshots.len() {
                    let f = c.field(k);
                    assert!(f.values.iter().all(|v| (0.0..=1.0).contains(v)));
                }
            }
        }
    }

    #[test]
    fn every_published_figure_lands_in_its_range() {
        let all = checks();
        for c in &all {
            println!(
                "{:24} model {:10.3} range {}–{}",
                c.id, c.model, c.low, c.high
            );
        }
        for c in all {
            assert_eq!(c.verdict(), Verdict::Within, "{c:?}");
            assert!(
                crate::sources::by_id(c.source_id).is_some(),
                "{}",
                c.source_id
            );
        }
    }

    #[test]
    fn intact_steady_flux_matches_kp() {
        // A saturated, effectively infinite film: after the lag, flux past the stratum corneum
        // ≈ kp · C.
        let product = Product {
            applied_mg_cm2: 10_000.0,
            ..Serum::Niacinamide.product()
        };
        let p = Props::new(Serum::Niacinamide.active(), &product, true, &cheek());
        let dose = product.dose_ug_cm2();
        let mut s = Solver::new(&p, &ChannelGeometry::NONE, dose);
        let run = |s: &mut Solver, hours: f64| {
            for _ in 0..(hours * 16.0) as usize {
                s.step(1.0 / 16.0, 0.0, 1.0);
            }
        };
        run(&mut s, 20.0);
        let before = s.budget().delivered();
        run(&mut s, 4.0);
        let flux = (s.budget().delivered() - before) / 4.0;
        let want = p.kp * product.concentration_ug_cm3();
        assert!((flux / want - 1.0).abs() < 0.05, "flux {flux} vs {want}");
    }

    #[test]
    fn each_serum_has_its_own_dose() {
        let dose = |s: Serum| Course::new(s, false, &pen(), &cheek()).dose_ug_cm2;
        assert!((dose(Serum::Niacinamide) - 100.0).abs() < 1e-9);
        assert!((dose(Serum::VitaminC) - 300.0).abs() < 1e-9);
        assert!(dose(Serum::Peptide) < 0.1);
    }

    #[test]
    fn an_uncovered_film_dries_and_stops_driving_flux() {
        let c = Course::new(Serum::Niacinamide, false, &pen(), &cheek());
        assert_eq!(c.at(0.0).film_wet, 1.0);
        assert_eq!(c.at(0.5).film_wet, 0.0);
        // Once dry, what is on the surface stays there.
        let (a, b) = (
            c.at(1.0).needled.film_ug_cm2,
            c.at(24.0).needled.film_ug_cm2,
        );
        assert!(a > 0.0 && (a - b).abs() < 1e-9 * c.dose_ug_cm2);
        let covered = Course::new(Serum::Niacinamide, true, &pen(), &cheek());
        assert!(covered.at(24.0).needled.film_ug_cm2 < b);
    }

    #[test]
    fn longer_needles_deliver_clearly_more() {
        let at = |mm| {
            Course::new(
                Serum::Niacinamide,
                false,
                &crate::channels::test_pen(mm),
                &cheek(),
            )
            .at(4.0)
            .needled_delivered()
        };
        let (short, mid, long) = (at(0.25), at(1.0), at(2.5));
        assert!(
            mid > 1.2 * short && long > 1.2 * mid,
            "{short} {mid} {long}"
        );
    }

    #[test]
    fn a_home_roller_does_far_less_than_a_pen() {
        let home = Setup::for_device(Device::HomeRoller);
        let r = |s: &Setup| {
            Course::new(Serum::Niacinamide, false, s, &cheek())
                .at(4.0)
                .enhancement()
                .unwrap_or(1.0)
        };
        assert!(
            r(&pen()) - 1.0 > 3.0 * (r(&home) - 1.0),
            "{} {}",
            r(&pen()),
            r(&home)
        );
    }

    #[test]
    fn retinol_stays_in_the_stratum_corneum() {
        let s = Course::new(Serum::Retinol, true, &pen(), &cheek()).at(24.0);
        assert!(s.intact.stratum_corneum_ug_cm2 > s.intact_delivered());
        assert!(s.intact_delivered() < 0.05 * s.intact.total());
    }

    #[test]
    fn depth_reached_never_goes_back() {
        let c = Course::new(Serum::Niacinamide, false, &pen(), &cheek());
        assert!(c
            .samples()
            .windows(2)
            .all(|w| w[1].depth_um >= w[0].depth_um));
        assert!(c.at(48.0).depth_um > 0.0);
        assert!(c.at(48.0).depth_um <= cheek().total().0 * 1000.0 + 1e-9);
    }

    #[test]
    fn hyaluronic_acid_does_not_cross_intact_skin_but_enters_channels() {
        let c = Course::new(Serum::HaLow, false, &pen(), &cheek());
        let s = c.at(24.0);
        assert!(s.intact_delivered() < 1e-12 * c.dose_ug_cm2);
        assert!(s.needled_delivered() > 0.0);
        assert_eq!(s.enhancement(), None);
    }

    #[test]
    fn fields_are_stored_every_step_and_shown_at_or_before_the_hour() {
        let c = Course::new(Serum::Niacinamide, false, &pen(), &cheek());
        assert_eq!(c.field_index(1.3), 5);
        let f = c.field_at(1.3);
        assert_eq!(f.hour, 1.25);
        assert_eq!(f.values.len(), f.nx * f.nz);
        assert_eq!(f.x_edges_um.len(), f.nx + 1);
        assert!((f.z_edges_um[f.nz] - cheek().total().0 * 1000.0).abs() < 1e-6);
    }

    #[test]
    fn odd_times_are_clamped() {
        let c = Course::new(Serum::VitaminC, true, &pen(), &cheek());
        for t in [f64::NAN, -1.0, 1e9, f64::INFINITY, f64::NEG_INFINITY] {
            let s = c.at(t);
            assert!(s.needled.total().is_finite() && s.depth_um.is_finite());
            assert!(c.field_at(t).values.iter().all(|v| v.is_finite()));
        }
        assert_eq!(c.at(48.0).hour, 48.0);
    }

    #[test]
    fn odd_setups_degrade_to_intact_skin() {
        let none = Setup { passes: 0, ..pen() };
        let c = Course::new(Serum::Niacinamide, false, &none, &cheek());
        let s = c.at(10.0);
        assert!((s.needled_delivered() - s.intact_delivered()).abs() < 1e-9);
        let dense = Setup {
            needles: 42,
            hz: 150.0,
            glide_cm_s: 0.5,
            passes: 8,
            needle: Mm(3.0),
            ..pen()
        };
        let c = Course::with_dose(Serum::Retinol, true, &dense, &cheek(), f64::NAN);
        assert_eq!(c.dose_ug_cm2, 0.0);
        assert!(c.at(5.0).needled.total() == 0.0);
    }
}
