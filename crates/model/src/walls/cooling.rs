//! The cooling wall: dense (liquid-cooled) capacity installed in time.
//!
//! ```text
//! Q(t)        = Q₂₀₃₀ · g_Q^(t − L − 2030)                          W of IT load
//! W_IT(t)     = W_TDP · overhead / e^(t − 2024)                      W per H100-equivalent
//! C_cool(t)   = Q(t) / W_IT(t) · F_H100 · precision · u · T          FLOP
//! ```
//! Capacity secured for a year runs only `L` years later (equipment lead time). Cooling's other
//! cost, its overhead power, enters the power wall through PUE (reference/walls.md §6: "a
//! multiplier on the power wall plus a deployment-rate cap").

use super::{sci, Walls};
use crate::param::ParamId;

/// Liquid-cooled IT capacity running in `year`, W.
pub(crate) fn liquid_capacity_w(walls: &Walls, year: f64) -> f64 {
    let lead_years = walls.get(ParamId::CoolingLeadYears);
    walls.get(ParamId::LiquidGw2030)
        * 1e9
        * walls
            .get(ParamId::LiquidGrowth)
            .powf(year - lead_years - 2030.0)
}

/// IT watts per H100-equivalent in `year`.
pub(crate) fn it_w_per_h100e(walls: &Walls, year: f64) -> f64 {
    walls.facility.it_w / walls.get(ParamId::EfficiencyGrowth).powf(year - 2024.0)
}

pub(crate) fn ceiling_flop(walls: &Walls, year: f64) -> f64 {
    liquid_capacity_w(walls, year) / it_w_per_h100e(walls, year) * walls.flop_per_h100e_run()
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    format!(
        "C = Q / W_IT · F · precision · u · T, Q = {} GW · {}^({} − {} − 2030) = {} W, W_IT = {} W · {} / {}^{} = {} W \
         per H100e; C = {} H100e · … = {} FLOP in {year:.0} (PUE {} counts in the power wall)",
        sci(walls.get(ParamId::LiquidGw2030)),
        sci(walls.get(ParamId::LiquidGrowth)),
        sci(year),
        sci(walls.get(ParamId::CoolingLeadYears)),
        sci(liquid_capacity_w(walls, year)),
        sci(walls.facility.accelerator_w),
        sci(walls.facility.it_w / walls.facility.accelerator_w),
        sci(walls.get(ParamId::EfficiencyGrowth)),
        sci(year - 2024.0),
        sci(it_w_per_h100e(walls, year)),
        sci(liquid_capacity_w(walls, year) / it_w_per_h100e(walls, year)),
        sci(ceiling_flop(walls, year)),
        sci(walls.facility.pue()),
    )
}
