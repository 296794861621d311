//! The power wall: the power one developer can bring to one run.
//!
//! ```text
//! P_campus(t) = P₂₀₂₆ · g_c^(t − 2026)                 the largest single campus (observed before 2026)
//! P_dist(t)   = A₂₀₂₅ · g_A^(t − 2025.5) · s · f_train · f_run   the developer's share of all AI data centers
//! P(t)        = max(P_campus, P_dist)                  a campus needs no bandwidth between sites
//! W(t)        = W_chosen / e^(t − t_chosen)            facility watts per H100-equivalent
//! C_power(t)  = P(t − T) / W(t − T) · F · precision · u · T · kept(N)
//! ```
//! Epoch's 2030 report has the same structure: `max(local, min(distributed, bandwidth))` — the
//! bandwidth half is the memory & network wall's, floored by the campus. `W` comes from the data
//! center (the chosen system's nameplate watts per H100-equivalent × PUE) in the year the chosen
//! accelerator led the frontier, and falls with the FLOP-per-watt trend `e`. The run draws power
//! and chips energised and delivered by its start, `t − T`. Time to energise new capacity is in
//! the growth rates; the cooling wall compares it with cooling's lead time.

use super::{sci, Anchored, HistorySlopes, Walls};
use crate::facility::FacilityPower;
use crate::float::larger;
use crate::param::ParamId;

/// The year the campus is anchored: the start of 2026, when the first sites reached 1 GW.
pub const CAMPUS_YEAR: f64 = 2026.0;
/// The year AI data-center power is anchored: mid-2025.
pub const CAPACITY_YEAR: f64 = 2025.5;

/// Power for one run, log10 W, and the watts each H100-equivalent needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PowerCurve {
    /// The largest single campus, log10 W.
    pub campus: Anchored,
    /// The developer's share of all AI data centers in one run, log10 W.
    pub distributed: Anchored,
    /// Facility watts per H100-equivalent, log10: observed efficiency gains before the chosen
    /// accelerator's year, the scenario's after.
    pub watts: Anchored,
}

impl PowerCurve {
    pub(crate) fn new(
        values: &[f64; ParamId::COUNT],
        facility: &FacilityPower,
        log10_run_share: f64,
        history: &HistorySlopes,
    ) -> Self {
        let v = |id: ParamId| values[id as usize];
        Self {
            campus: Anchored {
                t0: CAMPUS_YEAR,
                at: (v(ParamId::CampusGw2026) * 1e9).log10(),
                history: history.campus,
                forecast: v(ParamId::CampusGrowth).log10(),
            },
            distributed: Anchored {
                t0: CAPACITY_YEAR,
                at: (v(ParamId::AiCapacityGw2025) * 1e9).log10() + log10_run_share,
                history: history.ai_capacity,
                forecast: v(ParamId::PowerGrowth).log10(),
            },
            watts: Anchored {
                t0: facility.baseline_year,
                at: facility.facility_w.log10(),
                history: -history.efficiency,
                forecast: -v(ParamId::EfficiencyGrowth).log10(),
            },
        }
    }

    /// Power one run can get if it starts in `year`, log10 W.
    pub fn log10_w(&self, year: f64) -> f64 {
        larger(self.campus.at_year(year), self.distributed.at_year(year))
    }

    /// H100-equivalents the power of `power_year` feeds with chips of `chip_year`, log10.
    pub fn log10_h100e(&self, power_year: f64, chip_year: f64) -> f64 {
        self.log10_w(power_year) - self.watts.at_year(chip_year)
    }

    /// H100-equivalents one campus feeds in `year`, log10.
    pub fn log10_campus_h100e(&self, year: f64) -> f64 {
        self.campus.at_year(year) - self.watts.at_year(year)
    }
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    let c = walls.ceilings();
    let start = c.run_start(year);
    let campus = 10f64.powf(c.power.campus.at_year(start));
    let distributed = 10f64.powf(c.power.distributed.at_year(start));
    let watts = 10f64.powf(c.power.watts.at_year(start));
    let chips = 10f64.powf(c.power.log10_h100e(start, start));
    let facility = walls.facility();
    let get = |id| walls.scenario().get(id);
    format!(
        "C = P / W · F · precision · u · T · kept(N), at the run's start {start:.2}: P = max(campus {} GW, \
         across sites {} GW) = {} GW (campus {} GW in 2026 ×{}/yr; AI data centers {} GW in mid-2025 \
         ×{}/yr × share {} · {} · {}); W = {} W per H100e in {} ({} W of chip, IT {} W, PUE {}) / {}^{:.2} \
         = {} W; N = {} H100e; C = {} H100e · {} FLOP/s · {} · {} · {:.1} months · {} kept = {} FLOP in {year:.0}",
        sci(campus / 1e9),
        sci(distributed / 1e9),
        sci(campus.max(distributed) / 1e9),
        sci(get(ParamId::CampusGw2026)),
        sci(get(ParamId::CampusGrowth)),
        sci(get(ParamId::AiCapacityGw2025)),
        sci(get(ParamId::PowerGrowth)),
        sci(get(ParamId::LabShare)),
        sci(get(ParamId::TrainingFraction)),
        sci(get(ParamId::RunShare)),
        sci(facility.facility_w),
        facility.baseline_year,
        sci(facility.chip_w),
        sci(facility.it_w),
        sci(facility.pue()),
        sci(get(ParamId::EfficiencyGrowth)),
        start - facility.baseline_year,
        sci(watts),
        sci(chips),
        sci(chips),
        sci(crate::accelerators::H100.bf16_flop_per_s),
        sci(get(ParamId::PrecisionSpeedup)),
        sci(get(ParamId::Utilization)),
        walls.run_months(year),
        sci(walls.utilization_kept(chips)),
        sci(walls.component_ceiling(super::ComponentId::PowerForOneRun, year)),
    )
}
