//! The power wall: the power one developer can bring to one run.
//!
//! ```text
//! P(t)      = max(P_distributed, P_campus)₂₀₃₀ · g_P^(t − 2030)          W
//! W(t)      = W_TDP · overhead · PUE / e^(t − 2024)                    W per H100-equivalent
//! C_power(t)= P(t) / W(t) · F_H100 · precision · u · T                FLOP
//! ```
//! `W(2024) = 700 W × 2.02 × 1.2 ≈ 1,700 W` comes from the data-center model through the facility
//! seam ([`crate::facility::FacilityPower`]); `e` is the yearly gain in FLOP/s per watt (Epoch 2030:
//! 1.28×). A run that fits on one campus needs no bandwidth between sites; a bigger one is
//! distributed (the memory & network wall then checks the bandwidth).

use super::{sci, Walls};
use crate::param::ParamId;

/// Power one run can get in `year`, W.
pub(crate) fn run_power_w(walls: &Walls, year: f64) -> f64 {
    let gw_2030 = walls
        .get(ParamId::DistributedGw2030)
        .max(walls.get(ParamId::CampusGw2030));
    gw_2030 * 1e9 * walls.get(ParamId::PowerGrowth).powf(year - 2030.0)
}

/// Power one campus can give in `year`, W.
pub(crate) fn campus_power_w(walls: &Walls, year: f64) -> f64 {
    walls.get(ParamId::CampusGw2030) * 1e9 * walls.get(ParamId::PowerGrowth).powf(year - 2030.0)
}

/// Facility watts per H100-equivalent in `year`.
pub(crate) fn facility_w_per_h100e(walls: &Walls, year: f64) -> f64 {
    walls.facility.facility_w / walls.get(ParamId::EfficiencyGrowth).powf(year - 2024.0)
}

pub(crate) fn ceiling_flop(walls: &Walls, year: f64) -> f64 {
    run_power_w(walls, year) / facility_w_per_h100e(walls, year) * walls.flop_per_h100e_run()
}

/// The largest run one campus can power in `year`, FLOP.
pub(crate) fn campus_ceiling_flop(walls: &Walls, year: f64) -> f64 {
    campus_power_w(walls, year) / facility_w_per_h100e(walls, year) * walls.flop_per_h100e_run()
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    format!(
        "C = P / W · F · precision · u · T, P = max({} GW, {} GW) · {}^{} = {} W, W = {} W × {} (all in) × {} (PUE) / {}^{} = {} W \
         per H100e; C = {} H100e · {} FLOP/s · {} · {} · {} s = {} FLOP in {year:.0}",
        sci(walls.get(ParamId::DistributedGw2030)),
        sci(walls.get(ParamId::CampusGw2030)),
        sci(walls.get(ParamId::PowerGrowth)),
        sci(year - 2030.0),
        sci(run_power_w(walls, year)),
        sci(walls.facility.accelerator_w),
        sci(walls.facility.it_w / walls.facility.accelerator_w),
        sci(walls.facility.pue()),
        sci(walls.get(ParamId::EfficiencyGrowth)),
        sci(year - 2024.0),
        sci(facility_w_per_h100e(walls, year)),
        sci(run_power_w(walls, year) / facility_w_per_h100e(walls, year)),
        sci(crate::accelerators::H100.bf16_flop_per_s),
        sci(walls.get(ParamId::PrecisionSpeedup)),
        sci(walls.get(ParamId::Utilization)),
        sci(walls.run_s),
        sci(ceiling_flop(walls, year)),
    )
}
