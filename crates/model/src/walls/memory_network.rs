//! The memory & network wall: the smallest of four limits on moving data.
//!
//! ```text
//! data movement   C_dm  = K · h                                   (knee K, headroom h)
//! latency         N_lat = (T_max · B / (r · k · t_L))^(3/4),  C_lat = 6 · f · r · N_lat²
//! bandwidth       T = (r·N/B) · (2·N·b/BW(t) + t_sync),  solved for N;  C_bw = 6 · f · r · N²
//!                 (never below what one campus can power: such a run needs no bandwidth between sites)
//! speed of light  C_c   = 6 · f · (T_max / t_sync · B)² / r,  t_sync = 2 · d / (200,000 km/s)
//! ```
//! Latency: a step needs one forward and backward pass through `L = k·N^⅓` layers, each at least
//! `t_L` (Epoch 2030, footnotes 93–96); a run of `D = r·N` tokens in batches of `B` has `D/B`
//! sequential steps, all within the longest acceptable run `T_max`. `B` is the batch at the wall,
//! 60M tokens times the batch-scaling factor. Bandwidth: each step all-reduces `N` gradients of `b`
//! bits between sites (two passes of a ring) and waits for the fibre (Epoch 2030, footnotes 37–43).
//! Speed of light: each step waits for two one-way trips over `d` km of fibre (footnote 38).

use super::{power, sci, Walls, SECONDS_PER_MONTH};
use crate::param::ParamId;

/// Light in optical fibre, km/s (Epoch 2030 report, footnote 38).
pub const FIBRE_KM_PER_S: f64 = 200_000.0;

fn max_run_s(walls: &Walls) -> f64 {
    walls.get(ParamId::MaxRunMonths) * SECONDS_PER_MONTH
}

/// Batch at the wall, tokens.
fn batch_tokens(walls: &Walls) -> f64 {
    walls.get(ParamId::BatchTokens) * walls.get(ParamId::BatchScaling)
}

/// Time of one gradient sync between the farthest sites: two one-way trips, s.
pub(crate) fn sync_s(walls: &Walls) -> f64 {
    2.0 * walls.get(ParamId::FibreKm) / FIBRE_KM_PER_S
}

/// FLOP of a model of `params` parameters trained on `r` tokens per parameter.
fn flop_from_params(walls: &Walls, params: f64) -> f64 {
    let tokens_per_param = walls.get(ParamId::TokensPerParam);
    super::FLOP_PER_PARAM_TOKEN
        * walls.get(ParamId::MoeActiveFraction)
        * tokens_per_param
        * params
        * params
}

pub(crate) fn data_movement_flop(walls: &Walls) -> f64 {
    walls.get(ParamId::KneeFlop) * walls.get(ParamId::BeyondKnee)
}

/// Largest model the latency wall allows, parameters.
pub(crate) fn latency_params(walls: &Walls) -> f64 {
    let layer_latency_s = walls.get(ParamId::LayerLatencyUs) * 1e-6;
    let denominator =
        walls.get(ParamId::TokensPerParam) * walls.get(ParamId::DepthCoefficient) * layer_latency_s;
    (max_run_s(walls) * batch_tokens(walls) / denominator).powf(0.75)
}

pub(crate) fn latency_flop(walls: &Walls) -> f64 {
    flop_from_params(walls, latency_params(walls))
}

pub(crate) fn speed_of_light_flop(walls: &Walls) -> f64 {
    let tokens = max_run_s(walls) / sync_s(walls) * batch_tokens(walls);
    super::FLOP_PER_PARAM_TOKEN * walls.get(ParamId::MoeActiveFraction) * tokens * tokens
        / walls.get(ParamId::TokensPerParam)
}

/// Bandwidth between sites in `year`, bit/s.
pub(crate) fn intersite_bit_per_s(walls: &Walls, year: f64) -> f64 {
    walls.get(ParamId::InterSitePbps2030)
        * 1e15
        * walls.get(ParamId::BandwidthGrowth).powf(year - 2030.0)
}

/// Largest model a distributed run of the scenario's length can train over the links, parameters.
pub(crate) fn bandwidth_params(walls: &Walls, year: f64) -> f64 {
    let tokens_per_param = walls.get(ParamId::TokensPerParam);
    let batch = batch_tokens(walls);
    let alpha = 2.0 * tokens_per_param * walls.get(ParamId::GradientBits)
        / (batch * intersite_bit_per_s(walls, year));
    let beta = tokens_per_param * sync_s(walls) / batch;
    let run_s = walls.run_s;
    // The positive root of α·N² + β·N − T = 0, in the form that stays exact when α is tiny.
    2.0 * run_s / (beta + (beta * beta + 4.0 * alpha * run_s).sqrt())
}

pub(crate) fn intersite_flop(walls: &Walls, year: f64) -> f64 {
    flop_from_params(walls, bandwidth_params(walls, year))
        .max(power::campus_ceiling_flop(walls, year))
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    format!(
        "C = min(data movement, latency, bandwidth between sites, speed of light) in {year:.0}: \
         data movement K · h = {} · {} = {} FLOP; \
         latency N = (T_max · B / (r · k · t_L))^¾ = ({} s · {} / ({} · {} · {} s))^¾ = {} parameters, C = 6 · f · r · N² = {} FLOP; \
         bandwidth {} bit/s between sites with {}-bit gradients and {} s per sync gives N = {} parameters, C = {} FLOP \
         (never below one campus, {} FLOP); \
         speed of light over {} km: {} s per step, C = {} FLOP",
        sci(walls.get(ParamId::KneeFlop)),
        sci(walls.get(ParamId::BeyondKnee)),
        sci(data_movement_flop(walls)),
        sci(max_run_s(walls)),
        sci(batch_tokens(walls)),
        sci(walls.get(ParamId::TokensPerParam)),
        sci(walls.get(ParamId::DepthCoefficient)),
        sci(walls.get(ParamId::LayerLatencyUs) * 1e-6),
        sci(latency_params(walls)),
        sci(latency_flop(walls)),
        sci(intersite_bit_per_s(walls, year)),
        sci(walls.get(ParamId::GradientBits)),
        sci(sync_s(walls)),
        sci(bandwidth_params(walls, year)),
        sci(flop_from_params(walls, bandwidth_params(walls, year))),
        sci(power::campus_ceiling_flop(walls, year)),
        sci(walls.get(ParamId::FibreKm)),
        sci(sync_s(walls)),
        sci(speed_of_light_flop(walls)),
    )
}
