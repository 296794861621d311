//! The compute wall: chips produced, held by one developer, and devoted to one run.
//!
//! ```text
//! H(t)      = s · f · G₀ · ((g·p)^(t − 2023) − 1) / (g·p − 1)      H100-equivalents
//! C_chip(t) = H(t) · F_H100 · precision · u · T                      FLOP
//! ```
//! `G₀` H100-equivalents are made in 2024; volume grows `g`×/yr and each chip `p`×/yr, so the
//! stock made from 2024 through year t is a geometric sum (Epoch 2030 chips section, as
//! reconstructed in reference/walls.md). `s` is the largest developer's share, `f` the share of its
//! chips in the run, `u` utilization, `T` the run's length.

use super::{sci, Walls};
use crate::accelerators::H100;
use crate::param::ParamId;

/// H100-equivalents made from the start of 2024 through `year`.
pub(crate) fn chips_made(walls: &Walls, year: f64) -> f64 {
    let growth = walls.get(ParamId::ProductionGrowth) * walls.get(ParamId::ChipPerfGrowth);
    let years = year - 2023.0;
    let sum = if (growth - 1.0).abs() < 1e-12 {
        years
    } else {
        (growth.powf(years) - 1.0) / (growth - 1.0)
    };
    walls.get(ParamId::Shipments2024) * sum
}

/// H100-equivalents in the run.
pub(crate) fn chips_in_run(walls: &Walls, year: f64) -> f64 {
    chips_made(walls, year) * walls.get(ParamId::LabShare) * walls.get(ParamId::TrainingFraction)
}

pub(crate) fn ceiling_flop(walls: &Walls, year: f64) -> f64 {
    chips_in_run(walls, year) * walls.flop_per_h100e_run()
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    format!(
        "C = H · F · precision · u · T, H = s · f · G₀ · ((g·p)^(t − 2023) − 1)/(g·p − 1) = {} · {} · {} · \
         (({}·{})^{} − 1)/({}·{} − 1) = {} H100e; C = {} · {} FLOP/s · {} · {} · {} s = {} FLOP in {year:.0}",
        sci(walls.get(ParamId::LabShare)),
        sci(walls.get(ParamId::TrainingFraction)),
        sci(walls.get(ParamId::Shipments2024)),
        sci(walls.get(ParamId::ProductionGrowth)),
        sci(walls.get(ParamId::ChipPerfGrowth)),
        sci(year - 2023.0),
        sci(walls.get(ParamId::ProductionGrowth)),
        sci(walls.get(ParamId::ChipPerfGrowth)),
        sci(chips_in_run(walls, year)),
        sci(chips_in_run(walls, year)),
        sci(H100.bf16_flop_per_s),
        sci(walls.get(ParamId::PrecisionSpeedup)),
        sci(walls.get(ParamId::Utilization)),
        sci(walls.run_s),
        sci(ceiling_flop(walls, year)),
    )
}
