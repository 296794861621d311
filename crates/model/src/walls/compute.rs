//! The compute wall: chips delivered before the run starts, held by one developer, devoted to one
//! run.
//!
//! ```text
//! S(t)      = S₂₀₂₅ · G^(t − 2026)             H100-equivalents delivered, all vendors (observed before 2026)
//! N(t)      = S(t − T) · s · f_train · f_run   in the run
//! C_chip(t) = N · F · precision · u · T · kept(N)
//! ```
//! `S₂₀₂₅` is the stock at the end of 2025 (Epoch AI's chip counts); before it the stock follows
//! its observed growth, after it the scenario's `G`. `s` is the largest developer's share, `f_train`
//! the share of its compute that trains rather than serves inference, `f_run` the share of its
//! training compute the largest run takes while it runs — the same shares the power wall uses.
//! `kept(N)` is the utilization left after data movement ([`super::Ceilings::log10_flop`]).

use super::{sci, Anchored, Walls};
use crate::accelerators::H100;
use crate::param::ParamId;

/// The year the chip stock is anchored: the end of 2025.
pub const STOCK_YEAR: f64 = 2026.0;

/// Chips for one run, log10 H100-equivalents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChipCurve {
    /// The world's stock of AI chips, log10 H100-equivalents.
    pub stock: Anchored,
    /// log10 of the share of the stock in the run (developer × training × run).
    pub log10_run_share: f64,
}

impl ChipCurve {
    pub(crate) fn new(
        values: &[f64; ParamId::COUNT],
        log10_run_share: f64,
        history_slope: f64,
    ) -> Self {
        let v = |id: ParamId| values[id as usize];
        Self {
            stock: Anchored {
                t0: STOCK_YEAR,
                at: v(ParamId::ChipStock2025).log10(),
                history: history_slope,
                forecast: v(ParamId::ChipStockGrowth).log10(),
            },
            log10_run_share,
        }
    }

    /// H100-equivalents in a run that starts in `start`, log10.
    pub fn log10_h100e(&self, start: f64) -> f64 {
        self.stock.at_year(start) + self.log10_run_share
    }
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    let c = walls.ceilings();
    let start = c.run_start(year);
    let stock = 10f64.powf(c.compute.stock.at_year(start));
    let chips = 10f64.powf(c.compute.log10_h100e(start));
    let get = |id| walls.scenario().get(id);
    format!(
        "C = N · F · precision · u · T · kept(N), N = S(t − T) · s · f_train · f_run = {} H100e delivered \
         by {start:.2} · {} · {} · {} = {} H100e (S = {} at the end of 2025, ×{}/yr); \
         C = {} · {} FLOP/s · {} · {} · {:.1} months · {} kept = {} FLOP in {year:.0}",
        sci(stock),
        sci(get(ParamId::LabShare)),
        sci(get(ParamId::TrainingFraction)),
        sci(get(ParamId::RunShare)),
        sci(chips),
        sci(get(ParamId::ChipStock2025)),
        sci(get(ParamId::ChipStockGrowth)),
        sci(chips),
        sci(H100.bf16_flop_per_s),
        sci(get(ParamId::PrecisionSpeedup)),
        sci(get(ParamId::Utilization)),
        walls.run_months(year),
        sci(walls.utilization_kept(chips)),
        sci(walls.component_ceiling(super::ComponentId::ChipProduction, year)),
    )
}
