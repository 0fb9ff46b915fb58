//! Needled skin: how much of an applied serum gets past the stratum corneum over 48 hours, with and
//! without microchannels (docs/science.md §2–§4).
//!
//! # Model [E]
//!
//! A finite-volume diffusion problem in one unit cell of the channel pattern, in the (r, z)
//! cross-section: r is the distance from a channel's axis, z the depth. Channels at n per cm² each
//! own a disc of the surface of radius R = 1/√(π n), so the channel area fraction is exactly
//! φ = n · π r_c² as in docs/science.md's 1-D reduction; no solute crosses r = R (symmetry) or the
//! bottom of the dermis.
//!
//! - **Film**: the applied dose sits in a well-mixed film of [`FILM_THICKNESS_UM`] on the surface.
//! - **Stratum corneum**: a barrier of diffusivity D_sc = kp · h_sc (partition 1), so that its
//!   steady conductance is exactly the intact kp of [`permeation`].
//! - **Viable epidermis and dermis**: diffusivity [`TISSUE_HINDRANCE`] × free diffusivity.
//! - **Channels** (radius = half the surface width, real depth = `Setup::mean_depth`): while open, the
//!   track through viable tissue is a fluid-filled path at free diffusivity D · H (H = Renkin
//!   hindrance, ≈ 1), and the hole in the stratum corneum is collapsed to a fraction ε
//!   ([`COLLAPSE_EPSILON`]) of free diffusion. Both return to their tissue's value as the channels
//!   close: the open part is weighted by the open fraction f(t) of [`super::closure`], a mean over the
//!   channels of the patch, each of which is either open or resealed.
//! - **Clearance**: dermal capillaries remove solute at a first-order rate into a "cleared" sink
//!   ([`clearance_per_h`]); the epidermis has no vessels.
//!
//! Intact skin is the same problem without channels. Time stepping is backward Euler with
//! locally one-dimensional splitting (an r sweep, then a z sweep that also couples the film), each a
//! tridiagonal M-matrix in flux form: concentrations stay non-negative and mass is conserved to
//! rounding for any time step. Steps are short while the channels close fast and grow later.

use super::channels::Setup;
use super::closure::Closure;
use super::device::Span;
use super::permeation;
use super::serum::Serum;
use super::skin::SkinProfile;

/// Default applied dose of active, µg/cm² [E] (e.g. 2 mg/cm² of a 5 % serum; not in docs/science.md).
pub const DEFAULT_DOSE_UG_CM2: f64 = 100.0;
/// Thickness of the applied film, µm: 2 µL/cm², a thin layer of serum [E] (not in docs/science.md).
pub const FILM_THICKNESS_UM: f64 = 20.0;
/// Fraction of free diffusion left in the collapsed hole through the stratum corneum:
/// ε = 0.01 (0.003–0.1) [E] (docs/science.md §4 "Default model").
pub const COLLAPSE_EPSILON: f64 = 0.01;
/// Diffusivity in viable epidermis and dermis relative to free solution: 0.1 [E] (cells and
/// matrix hinder and lengthen the path; not in docs/science.md).
pub const TISSUE_HINDRANCE: f64 = 0.1;
/// Capillary clearance of a small solute (free diffusivity ≥ 1e-5 cm²/s), per hour: 1 /h, a
/// half-life of about 40 min [E] (not in docs/science.md).
pub const CLEARANCE_SMALL_PER_H: f64 = 1.0;
/// "Depth reached": the deepest point where the concentration is at least this fraction of the
/// applied (initial film) concentration.
pub const DEPTH_THRESHOLD: f64 = 0.01;
/// Hours after needling shown: 0–48, four by default (the one definition of this range).
pub const HOUR: Span = Span::new(0.0, 4.0, HOURS);
/// Length of the simulated course, hours.
pub const HOURS: f64 = 48.0;
/// Interval between stored samples, hours.
pub const SAMPLE_STEP_H: f64 = 0.25;
/// Interval between stored concentration fields, hours.
pub const SNAPSHOT_STEP_H: f64 = 0.5;

/// Seconds per hour: diffusivities come in cm²/s, the model runs in hours.
const S_PER_H: f64 = 3600.0;
/// Cells across the channel and across the tissue between channels.
const NX_CHANNEL: usize = 3;
const NX_TISSUE: usize = 9;
/// Cells per layer: stratum corneum, viable epidermis, papillary and reticular dermis.
const NZ_LAYERS: [usize; 4] = [2, 4, 8, 16];
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

/// Where the active is, µg per cm² of skin surface.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Budget {
    /// Still in the film on the surface.
    pub film_ug_cm2: f64,
    /// In the stratum corneum between channels: held back by the barrier.
    pub stratum_corneum_ug_cm2: f64,
    /// In viable epidermis and dermis, and in the channels, their mouths through the stratum
    /// corneum included: past the barrier.
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
        self.film_ug_cm2 + self.stratum_corneum_ug_cm2 + self.viable_ug_cm2 + self.cleared_ug_cm2
    }

    fn lerp(a: &Budget, b: &Budget, w: f64) -> Budget {
        let l = |x: f64, y: f64| x + (y - x) * w;
        Budget {
            film_ug_cm2: l(a.film_ug_cm2, b.film_ug_cm2),
            stratum_corneum_ug_cm2: l(a.stratum_corneum_ug_cm2, b.stratum_corneum_ug_cm2),
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
    /// Depth reached in needled skin, µm below the surface: the deepest point where the
    /// concentration (highest across the unit cell at that depth) is at least [`DEPTH_THRESHOLD`]
    /// of the applied concentration; 0 if none.
    pub depth_um: f64,
    /// Fraction of channels still open, 0 to 1.
    pub open_fraction: f64,
}

impl Sample {
    /// Delivered past the stratum corneum of intact skin, µg/cm².
    pub fn intact_delivered(&self) -> f64 {
        self.intact.delivered()
    }

    /// Delivered past the stratum corneum of needled skin, µg/cm².
    pub fn needled_delivered(&self) -> f64 {
        self.needled.delivered()
    }

    /// Needled over intact delivery; `None` while intact skin has delivered next to nothing
    /// (below [`RATIO_FLOOR`] of the dose), when the ratio means nothing.
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
    /// Concentration over the applied film concentration, 0 to 1, row by row from the surface:
    /// cell (ix, iz) is `values[iz * nx + ix]`.
    pub values: Vec<f32>,
    /// Fraction of channels still open: the screen narrows the drawn channel with it.
    pub open_fraction: f64,
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

/// A 48-hour course of one serum on intact and needled skin.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// Applied dose, µg/cm².
    pub dose_ug_cm2: f64,
    /// Intact-skin kp used for the stratum corneum, cm/h.
    pub kp_cm_h: f64,
    /// Closure half-life of the channels, hours.
    pub half_life_h: f64,
    samples: Vec<Sample>,
    snapshots: Vec<Vec<f32>>,
    x_edges_um: Vec<f64>,
    z_edges_um: Vec<f64>,
    channel_radius_um: f64,
    channel_depth_um: f64,
}

impl Course {
    /// The course for the default dose ([`DEFAULT_DOSE_UG_CM2`]).
    pub fn new(serum: Serum, occluded: bool, setup: &Setup, skin: &SkinProfile) -> Course {
        Course::with_dose(serum, occluded, setup, skin, DEFAULT_DOSE_UG_CM2)
    }

    /// The course for a dose in µg/cm² (negative or non-finite doses count as 0).
    pub fn with_dose(
        serum: Serum,
        occluded: bool,
        setup: &Setup,
        skin: &SkinProfile,
        dose_ug_cm2: f64,
    ) -> Course {
        let dose = if dose_ug_cm2.is_finite() {
            dose_ug_cm2.max(0.0)
        } else {
            0.0
        };
        let closure = Closure::new(occluded, setup);
        let props = Props::new(serum, skin);
        let c0 = dose / props.h_film;
        let channels = ChannelGeometry::new(setup);
        let mut needled = Solver::new(&props, &channels, c0);
        let mut intact = Solver::new(&props, &ChannelGeometry::NONE, c0);

        let n_samples = (HOURS / SAMPLE_STEP_H).round() as usize;
        let per_snapshot = (SNAPSHOT_STEP_H / SAMPLE_STEP_H).round() as usize;
        let mut samples = Vec::with_capacity(n_samples + 1);
        let mut snapshots = Vec::with_capacity(n_samples / per_snapshot + 1);
        let record = |s: &Solver, i: &Solver, t: f64| Sample {
            hour: t,
            intact: i.budget(),
            needled: s.budget(),
            depth_um: s.depth_reached_cm() * 1e4,
            open_fraction: closure.open_fraction(t),
        };
        samples.push(record(&needled, &intact, 0.0));
        snapshots.push(needled.snapshot());
        for j in 0..n_samples {
            let t0 = j as f64 * SAMPLE_STEP_H;
            let steps = (SAMPLE_STEP_H / step_target_h(t0)).ceil().max(1.0) as usize;
            let dt = SAMPLE_STEP_H / steps as f64;
            for s in 0..steps {
                // Backward Euler: coefficients at the end of the step.
                let f = closure.open_fraction(t0 + (s + 1) as f64 * dt);
                needled.step(dt, f);
                intact.step(dt, 0.0);
            }
            let t = (j + 1) as f64 * SAMPLE_STEP_H;
            samples.push(record(&needled, &intact, t));
            if (j + 1) % per_snapshot == 0 {
                snapshots.push(needled.snapshot());
            }
        }
        Course {
            dose_ug_cm2: dose,
            kp_cm_h: props.kp,
            half_life_h: closure.half_life_h,
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
        }
    }

    /// The needled concentration field at any hour, interpolated between the fields stored every
    /// [`SNAPSHOT_STEP_H`].
    pub fn field_at(&self, hour: f64) -> Field {
        let (j, w) = locate(hour, SNAPSHOT_STEP_H, self.snapshots.len());
        let a = &self.snapshots[j];
        let values = match self.snapshots.get(j + 1) {
            Some(b) => a
                .iter()
                .zip(b)
                .map(|(x, y)| x + (y - x) * w as f32)
                .collect(),
            None => a.clone(),
        };
        let hour = (j as f64 + w) * SNAPSHOT_STEP_H;
        Field {
            hour,
            nx: self.x_edges_um.len() - 1,
            nz: self.z_edges_um.len() - 1,
            x_edges_um: self.x_edges_um.clone(),
            z_edges_um: self.z_edges_um.clone(),
            values,
            open_fraction: self.at(hour).open_fraction,
            channel_radius_um: self.channel_radius_um,
            channel_depth_um: self.channel_depth_um,
        }
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

/// Time step by time since needling, hours: short while the film drains and channels close fast.
fn step_target_h(t: f64) -> f64 {
    match t {
        t if t < 0.25 => 1.0 / 64.0,
        t if t < 1.0 => 1.0 / 32.0,
        t if t < 4.0 => 1.0 / 16.0,
        t if t < 12.0 => 1.0 / 8.0,
        _ => 1.0 / 4.0,
    }
}

/// Channel radius and depth, cm, and channels per cm².
#[derive(Debug, Clone, Copy)]
struct ChannelGeometry {
    per_cm2: f64,
    radius_cm: f64,
    depth_cm: f64,
}

impl ChannelGeometry {
    const NONE: ChannelGeometry = ChannelGeometry {
        per_cm2: 0.0,
        radius_cm: 0.0,
        depth_cm: 0.0,
    };

    fn new(setup: &Setup) -> ChannelGeometry {
        let ok = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
        let g = ChannelGeometry {
            per_cm2: ok(setup.per_cm2()),
            radius_cm: ok(setup.surface_width().0) / 2.0 * 1e-4,
            depth_cm: ok(setup.mean_depth().0) * 0.1,
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

/// The active and skin as the solver needs them: lengths in cm, diffusivities in cm²/h.
struct Props {
    kp: f64,
    /// Free diffusivity.
    d_free: f64,
    radius_cm: f64,
    clearance: f64,
    h_film: f64,
    /// Layer thicknesses: stratum corneum, viable epidermis, papillary, reticular dermis.
    layers: [f64; 4],
}

impl Props {
    fn new(serum: Serum, skin: &SkinProfile) -> Props {
        let a = serum.active();
        let t = |v: f64| {
            if v.is_finite() {
                v.max(MIN_LAYER_CM)
            } else {
                MIN_LAYER_CM
            }
        };
        let papillary = t(skin.papillary_dermis.0 * 0.1);
        Props {
            kp: permeation::kp_cm_h(a.mw_da, a.log_p),
            d_free: a.diffusivity_cm2_s * S_PER_H,
            radius_cm: a.radius_nm() * 1e-7,
            clearance: clearance_per_h(a.diffusivity_cm2_s),
            h_film: FILM_THICKNESS_UM * 1e-4,
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
    /// Diffusivity of each row without channels, and of an open channel in that row.
    d_host: Vec<f64>,
    d_open: Vec<f64>,
    /// Share of each row's thickness the channel reaches (channel columns are i < nx_channel).
    cov_z: Vec<f64>,
    nx_channel: usize,
    /// Clearance rate of each row, per hour.
    k_clear: Vec<f64>,
    n_sc_rows: usize,
    c: Vec<f64>,
    film: f64,
    cleared: f64,
    h_film: f64,
    c0: f64,
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
    fn new(p: &Props, ch: &ChannelGeometry, c0: f64) -> Solver {
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
        let mut vol = vec![0.0; nx * nz];
        for k in 0..nz {
            for i in 0..nx {
                vol[k * nx + i] = area[i] * (ze[k + 1] - ze[k]);
            }
        }

        let hindrance = permeation::renkin_hindrance(if ch.radius_cm > 0.0 {
            p.radius_cm / ch.radius_cm
        } else {
            0.0
        });
        let d_channel = p.d_free * hindrance;
        let d_sc = p.kp * p.layers[0];
        let d_tissue = p.d_free * TISSUE_HINDRANCE;
        let d_host: Vec<f64> = layer_of_row
            .iter()
            .map(|&l| if l == 0 { d_sc } else { d_tissue })
            .collect();
        let d_open: Vec<f64> = layer_of_row
            .iter()
            .zip(&d_host)
            .map(|(&l, &h)| {
                let open = if l == 0 {
                    h + COLLAPSE_EPSILON * (d_channel - h)
                } else {
                    d_channel
                };
                open.max(h)
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
        let mut solver = Solver {
            nx,
            nz,
            re,
            ze,
            area,
            vol,
            d_host,
            d_open,
            cov_z,
            nx_channel,
            k_clear,
            n_sc_rows: NZ_LAYERS[0],
            c: vec![0.0; nx * nz],
            film: c0,
            cleared: 0.0,
            h_film: p.h_film,
            c0,
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

    /// One backward-Euler step of `dt` hours with a share `f` of channels open.
    fn step(&mut self, dt: f64, f: f64) {
        let (nx, nz) = (self.nx, self.nz);
        if self.nx_channel > 0 {
            self.set_diffusivity(f);
            self.update_transmissibility(self.nx_channel);
        }

        // r sweep, row by row (nothing to do for a single column).
        if nx > 1 {
            for k in 0..nz {
                for i in 0..nx {
                    self.diag[i] = self.vol[k * nx + i];
                    self.a[i] = self.vol[k * nx + i] * self.c[k * nx + i];
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

        // z sweep, column by column, with the film: column = a + film · b, then the film's balance.
        let mut film_num = self.h_film * self.film;
        let mut film_den = self.h_film;
        for i in 0..nx {
            for k in 0..nz {
                let v = self.vol[k * nx + i];
                self.diag[k] = v * (1.0 + dt * self.k_clear[k]);
                self.a[k] = v * self.c[k * nx + i];
                self.b[k] = 0.0;
            }
            for k in 0..nz - 1 {
                let t = dt * self.tz[i * (nz - 1) + k];
                self.diag[k] += t;
                self.diag[k + 1] += t;
                self.off[k] = -t;
            }
            let tf = dt * self.tf[i];
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
        self.film = if film_den > 0.0 {
            film_num / film_den
        } else {
            self.film
        };
        let mut cleared = 0.0;
        for i in 0..nx {
            for k in 0..nz {
                let v = self.col_a[k * nx + i] + self.film * self.col_b[k * nx + i];
                self.c[k * nx + i] = v;
                cleared += self.k_clear[k] * self.vol[k * nx + i] * v;
            }
        }
        self.cleared += dt * cleared;
    }

    fn budget(&self) -> Budget {
        let mut sc = 0.0;
        let mut viable = 0.0;
        for (j, (c, v)) in self.c.iter().zip(&self.vol).enumerate() {
            let (k, i) = (j / self.nx, j % self.nx);
            let m = c * v;
            if k < self.n_sc_rows {
                // The share of the cell the channel mouth reaches has bypassed the barrier.
                let mouth = if i < self.nx_channel {
                    self.cov_z[k]
                } else {
                    0.0
                };
                sc += m * (1.0 - mouth);
                viable += m * mouth;
            } else {
                viable += m;
            }
        }
        Budget {
            film_ug_cm2: self.film * self.h_film,
            stratum_corneum_ug_cm2: sc,
            viable_ug_cm2: viable,
            cleared_ug_cm2: self.cleared,
        }
    }

    /// Depth reached, cm (see [`Sample::depth_um`]).
    fn depth_reached_cm(&self) -> f64 {
        let threshold = DEPTH_THRESHOLD * self.c0;
        if threshold.is_nan() || threshold <= 0.0 {
            return 0.0;
        }
        let row_max = |k: usize| {
            self.c[k * self.nx..(k + 1) * self.nx]
                .iter()
                .fold(0.0f64, |m, &v| m.max(v))
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

    fn snapshot(&self) -> Vec<f32> {
        let scale = if self.c0 > 0.0 { 1.0 / self.c0 } else { 0.0 };
        self.c
            .iter()
            .map(|&v| (v * scale).clamp(0.0, 1.0) as f32)
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

#[cfg(test)]
mod tests {
    use super::*;
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
                    }
                }
                for k in 0..c.snapshots.len() {
                    let f = c.field_at(k as f64 * SNAPSHOT_STEP_H);
                    assert!(f.values.iter().all(|v| (0.0..=1.0).contains(v)));
                }
            }
        }
    }

    #[test]
    fn intact_steady_flux_matches_kp() {
        // An effectively infinite dose: after the lag, flux past the stratum corneum ≈ kp · C.
        let p = Props {
            h_film: 10.0,
            ..Props::new(Serum::Niacinamide, &cheek())
        };
        let mut s = Solver::new(&p, &ChannelGeometry::NONE, 1.0);
        let run = |s: &mut Solver, hours: f64| {
            for _ in 0..(hours * 16.0) as usize {
                s.step(1.0 / 16.0, 0.0);
            }
        };
        run(&mut s, 20.0);
        let before = s.budget().delivered();
        run(&mut s, 4.0);
        let flux = (s.budget().delivered() - before) / 4.0;
        assert!(
            (flux / p.kp - 1.0).abs() < 0.05,
            "flux {flux} vs kp {}",
            p.kp
        );
    }

    #[test]
    fn hyaluronic_acid_does_not_cross_intact_skin_but_enters_channels() {
        let c = Course::new(Serum::HaHigh, false, &pen(), &cheek());
        let s = c.at(24.0);
        assert_eq!(s.intact_delivered(), 0.0);
        assert!(s.needled_delivered() > 0.0);
        assert_eq!(s.enhancement(), None);
    }

    #[test]
    fn needling_helps_and_closure_shows() {
        let c = Course::new(Serum::Niacinamide, false, &pen(), &cheek());
        let s = c.at(4.0);
        assert!(s.enhancement().unwrap() > 1.0);
        // Early on the active fills the channels; later it is cleared and falls below 1 %.
        assert!(c.at(0.25).depth_um > 500.0);
        assert!(c.at(0.25).depth_um <= cheek().total().0 * 1000.0);
        assert!(c.at(0.0).open_fraction == 1.0 && c.at(48.0).open_fraction < 1e-6);
        let f = c.field_at(1.3);
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
