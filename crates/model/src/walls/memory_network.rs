//! The memory & network wall: the smallest of four limits on moving data.
//!
//! ```text
//! batch           B(D)  = B₀ · (D / 15.6T)^γ                        (tokens per step; Bergsma et al. 2025: γ ≈ ½)
//! latency         T_max ≥ t_L · k·N^⅓ · D / B(D),  D = r·N   → N,   C_lat = 6 · f · r · N²
//! speed of light  D / B(D) ≤ H · T_max / t_sync,  t_sync = 2d/v → D, C_c  = 6 · f · D² / r
//! bandwidth       (D / B(D) / H) · (2·N·b / BW(t) + t_sync) ≤ T(t) → N, C_bw = 6 · f · r · N²
//!                 (never below what one campus can power: such a run needs no bandwidth between sites)
//! data movement   C_dm  = the run at which utilization falls to the least a developer keeps
//! ```
//! Latency: a step needs one forward and backward pass through `L = k·N^⅓` layers, each at least
//! `t_L` (Epoch 2030, footnotes 93–96), and a run of `D = r·N` tokens in batches of `B` has `D/B`
//! sequential steps, all within the longest acceptable run `T_max`. Bandwidth: each
//! synchronisation all-reduces `N` gradients of `b` bits between sites (two passes of a ring)
//! and waits for the fibre (footnotes 37–43); low-communication training (DiLoCo) synchronises
//! only every `H` steps. Speed of light: every synchronisation waits for two one-way trips over
//! `d` km of fibre (footnote 38).
//!
//! Data movement within and between chips is not a second hard ceiling: past ~2e28 FLOP it
//! lowers utilization, and so every wall that counts chips ([`super::Ceilings::log10_flop`]).
//! Erdil & Schneider-Joseph's "infeasible even at low utilization" at ~1e31 FLOP is the latency
//! wall above, counted once. Only a developer who will not accept lower utilization makes the
//! knee a wall (the source diagram's view).

use std::f64::consts::{LN_10, LN_2};

use super::{sci, Penalty, RunLength, Walls, FLOP_PER_PARAM_TOKEN};
use crate::float::{exp, exp10, larger, smaller};
use crate::param::ParamId;
use crate::units::SECONDS_PER_YEAR;

/// Light in optical fibre, km/s (Epoch 2030 report, footnote 38).
pub const FIBRE_KM_PER_S: f64 = 200_000.0;

/// The dataset the batch size is quoted for, tokens: Llama 3.1 405B's 15.6T (Dubey et al. 2024).
pub const REFERENCE_DATASET_TOKENS: f64 = 15.6e12;

/// Newton steps that solve the bandwidth wall (quadratic convergence from an upper bound; five
/// leave it exact to far below a year's worth of growth).
pub const BANDWIDTH_NEWTON_STEPS: u32 = 5;

/// A Newton step this small, relative to `ln N`, leaves the root where it is to f64's precision
/// (derived: convergence is quadratic, so the next step would be near 1e-28).
const NEWTON_CONVERGED: f64 = 1e-14;

/// The bandwidth wall's equation in `x = ln N`: `(1−γ)·x + ln(e^(ln_a + x) + t_sync) = target`.
struct BandwidthEquation {
    ln_a: f64,
    target: f64,
    gamma: f64,
    ln_sync_s: f64,
}

impl BandwidthEquation {
    /// The smaller of the bandwidth-only and latency-only roots with `slack` taken off the
    /// target: an upper bound on the root with no slack, a lower bound with `ln 2`.
    fn root_above(&self, slack: f64) -> f64 {
        let target = self.target - slack;
        let bandwidth_only = (target - self.ln_a) / (2.0 - self.gamma);
        let latency_only = (target - self.ln_sync_s) / (1.0 - self.gamma);
        smaller(bandwidth_only, latency_only)
    }
}

/// The memory & network wall, reduced.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NetworkCurves {
    /// The latency wall, log10 FLOP.
    pub latency: f64,
    /// The speed-of-light wall, log10 FLOP.
    pub light: f64,
    /// The largest run past the knee a developer accepts, log10 H100-equivalents; `None` when any
    /// loss is accepted.
    pub floor_h100e: Option<f64>,
    /// `log10(6 · f · r)`: FLOP from parameters, `C = 6·f·r·N²`.
    pub log10_coefficient: f64,
    /// `ln` of the synchronisations per parameter^(1−γ): `(1−γ)·ln r + γ·ln D₀ − ln B₀ − ln H`.
    pub ln_syncs: f64,
    /// γ.
    pub gamma: f64,
    /// `ln(2 · bits per gradient)`.
    pub ln_two_bits: f64,
    /// `ln` of the bandwidth between sites in 2030, bit/s.
    pub ln_bandwidth_2030: f64,
    /// `ln` of its yearly growth.
    pub ln_bandwidth_growth: f64,
    /// `ln` of one synchronisation's wait for light, s.
    pub ln_sync_s: f64,
    /// One synchronisation's wait for light, s (`exp(ln_sync_s)`, kept to save the sweep an `exp`
    /// per evaluation).
    pub sync_s: f64,
}

impl NetworkCurves {
    pub(crate) fn new(
        values: &[f64; ParamId::COUNT],
        penalty: &Penalty,
        log10_per_year: f64,
    ) -> Self {
        let v = |id: ParamId| values[id as usize];
        let r = v(ParamId::TokensPerParam);
        let active = v(ParamId::MoeActiveFraction);
        let gamma = v(ParamId::BatchExponent);
        let log10_b0 = v(ParamId::BatchTokens).log10();
        let log10_d0 = REFERENCE_DATASET_TOKENS.log10();
        let log10_max_run_s = (v(ParamId::MaxRunMonths) / 12.0).log10() + log10_per_year;
        let sync_s = 2.0 * v(ParamId::FibreKm) / FIBRE_KM_PER_S;
        let log10_coefficient = (FLOP_PER_PARAM_TOKEN * active * r).log10();

        // T_max = t_L · k · N^⅓ · (rN)^(1−γ) · D₀^γ / B₀, solved for N.
        let log10_latency_params = (log10_max_run_s + log10_b0
            - (v(ParamId::LayerLatencyUs) * 1e-6).log10()
            - v(ParamId::DepthCoefficient).log10()
            - (1.0 - gamma) * r.log10()
            - gamma * log10_d0)
            / (4.0 / 3.0 - gamma);
        // Steps = H · T_max / t_sync; D^(1−γ) = steps · B₀ / D₀^γ.
        let log10_light_tokens =
            ((v(ParamId::StepsPerSync) * exp10(log10_max_run_s) / sync_s).log10() + log10_b0
                - gamma * log10_d0)
                / (1.0 - gamma);
        // Keeping all of the utilization makes the knee itself a wall, whatever the slope.
        let floor = v(ParamId::MinUtilizationShare);
        // A floor more than twenty orders of magnitude past the knee is never reached.
        let floor_h100e = if floor >= 1.0 {
            Some(penalty.log10_knee_h100e)
        } else {
            (floor > 0.0 && penalty.slope > 0.0)
                .then(|| penalty.log10_knee_h100e - floor.log10() / penalty.slope)
                .filter(|&log10_h100e| log10_h100e < penalty.log10_knee_h100e + 20.0)
        };
        Self {
            latency: log10_coefficient + 2.0 * log10_latency_params,
            light: (FLOP_PER_PARAM_TOKEN * active / r).log10() + 2.0 * log10_light_tokens,
            floor_h100e,
            log10_coefficient,
            ln_syncs: (1.0 - gamma) * r.ln() + gamma * REFERENCE_DATASET_TOKENS.ln()
                - v(ParamId::BatchTokens).ln()
                - v(ParamId::StepsPerSync).ln(),
            gamma,
            ln_two_bits: (2.0 * v(ParamId::GradientBits)).ln(),
            ln_bandwidth_2030: (v(ParamId::InterSitePbps2030) * 1e15).ln(),
            ln_bandwidth_growth: v(ParamId::BandwidthGrowth).ln(),
            ln_sync_s: sync_s.ln(),
            sync_s,
        }
    }

    /// `ln` of the largest model a distributed run published in `year` can train over the links,
    /// parameters: the root of `ln syncs(N) + ln(a·N + t_sync) = ln T`, by Newton's method in
    /// `ln N` from the smaller of the bandwidth-only and latency-only roots (an upper bound; the
    /// function is convex, so the iterates fall monotonically onto the root).
    pub fn ln_bandwidth_params(&self, year: f64, run: &RunLength) -> f64 {
        let equation = self.bandwidth_equation(year, run);
        let mut x = equation.root_above(0.0);
        let one_minus_gamma = 1.0 - self.gamma;
        let wait = self.sync_s;
        for _ in 0..BANDWIDTH_NEWTON_STEPS {
            let transfer = exp(equation.ln_a + x);
            let g = one_minus_gamma * x + (transfer + wait).ln() - equation.target;
            let slope = one_minus_gamma + transfer / (transfer + wait);
            let step = g / slope;
            x -= step;
            // Converged to f64's precision: the remaining steps would not move it.
            if step.abs() <= NEWTON_CONVERGED * larger(x.abs(), 1.0) {
                break;
            }
        }
        x
    }

    /// A lower bound on [`Self::log10_bandwidth_flop`], with no `exp` or `ln`: since
    /// `ln(u + v) ≤ ln max(u, v) + ln 2`, the root lies at most `ln 2` of the right-hand side
    /// below the bandwidth-only and latency-only roots.
    pub fn log10_bandwidth_flop_floor(&self, year: f64, run: &RunLength) -> f64 {
        let x = self.bandwidth_equation(year, run).root_above(LN_2);
        self.log10_coefficient + 2.0 * x / LN_10
    }

    fn bandwidth_equation(&self, year: f64, run: &RunLength) -> BandwidthEquation {
        let ln_run_s = run.log10_years(year) * LN_10 + SECONDS_PER_YEAR.ln();
        BandwidthEquation {
            ln_a: self.ln_two_bits
                - self.ln_bandwidth_2030
                - self.ln_bandwidth_growth * (year - 2030.0),
            target: ln_run_s - self.ln_syncs,
            gamma: self.gamma,
            ln_sync_s: self.ln_sync_s,
        }
    }

    /// `log10` of the largest run the bandwidth between sites allows in `year`, FLOP.
    pub fn log10_bandwidth_flop(&self, year: f64, run: &RunLength) -> f64 {
        self.log10_coefficient + 2.0 * self.ln_bandwidth_params(year, run) / LN_10
    }

    /// The fastest the bandwidth wall can grow, orders of magnitude per year, when the run grows
    /// `run_slope` orders of magnitude per year.
    pub fn max_slope(&self, run_slope: f64) -> f64 {
        2.0 * (run_slope + self.ln_bandwidth_growth / LN_10) / (1.0 - self.gamma)
    }
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    use super::ComponentId;
    let get = |id| walls.scenario().get(id);
    let c = walls.ceilings();
    let n = &c.network;
    let latency_params = 10f64.powf((n.latency - n.log10_coefficient) / 2.0);
    let bandwidth_params = n.ln_bandwidth_params(year, &c.run).exp();
    let sync_s = n.ln_sync_s.exp();
    let floor = match n.floor_h100e {
        Some(h100e) => format!(
            "data movement: runs past the knee ({} FLOP for 3 months) lose utilization as (N/N_knee)^−{}; \
             keeping at least {} of it allows {} H100e, C = {} FLOP; ",
            sci(get(ParamId::KneeFlop)),
            sci(get(ParamId::UtilizationSlope)),
            sci(get(ParamId::MinUtilizationShare)),
            sci(10f64.powf(h100e)),
            sci(walls.component_ceiling(ComponentId::DataMovement, year)),
        ),
        None => format!(
            "data movement: past {} FLOP (3 months) utilization falls as (N/N_knee)^−{}, which lowers \
             the chips, power and cooling walls rather than setting a ceiling of its own; ",
            sci(get(ParamId::KneeFlop)),
            sci(get(ParamId::UtilizationSlope)),
        ),
    };
    format!(
        "C = min(latency, bandwidth between sites, speed of light) in {year:.0}; {floor}\
         latency: T_max = t_L · k·N^⅓ · D/B(D), B(D) = {} · (D/15.6T)^{} tokens, {} months, t_L = {} s, \
         k = {}, r = {} → N = {} parameters, C = 6 · f · r · N² = {} FLOP; \
         bandwidth: {} bit/s between sites, {}-bit gradients, a sync every {} steps, {} s per sync → \
         N = {} parameters, C = {} FLOP (never below one campus); \
         speed of light over {} km: C = {} FLOP",
        sci(get(ParamId::BatchTokens)),
        sci(get(ParamId::BatchExponent)),
        sci(get(ParamId::MaxRunMonths)),
        sci(get(ParamId::LayerLatencyUs) * 1e-6),
        sci(get(ParamId::DepthCoefficient)),
        sci(get(ParamId::TokensPerParam)),
        sci(latency_params),
        sci(walls.component_ceiling(ComponentId::Latency, year)),
        sci((n.ln_bandwidth_2030 + n.ln_bandwidth_growth * (year - 2030.0)).exp()),
        sci(get(ParamId::GradientBits)),
        sci(get(ParamId::StepsPerSync)),
        sci(sync_s),
        sci(bandwidth_params),
        sci(walls.component_ceiling(ComponentId::InterSiteBandwidth, year)),
        sci(get(ParamId::FibreKm)),
        sci(walls.component_ceiling(ComponentId::SpeedOfLight, year)),
    )
}
