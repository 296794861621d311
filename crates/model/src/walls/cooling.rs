//! The cooling wall: racks the cooling can take, installed in time.
//!
//! Cooling is not a copy of power. Its overhead power is already in the power wall (PUE), and
//! liquid-cooling equipment is ordered with the power it serves and installed in 12–18 months,
//! faster than new power is energised (years). So cooling binds only in two cases:
//!
//! ```text
//! racks too dense for the chosen cooling (GB300 NVL72 with air)  → binds from the start
//! L_cool > L_power                                              → C_cool(t) = C_power with P(max(s − L, min(s, today)))
//! otherwise                                                     → cannot bind
//! ```
//! The second case runs only on the power whose cooling is installed: the power wall's formula
//! with power from `L = L_cool − L_power` years before the run's start `s` — but everything
//! running today was cooled, so the lag holds back only what is built after today.

use super::{sci, CoolingCase, Walls};
use crate::datacenter::{rack_fit, Choices};
use crate::param::ParamId;

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    let get = |id| walls.scenario().get(id);
    match walls.ceilings().cooling {
        CoolingCase::CannotBind => format!(
            "Cannot bind: liquid cooling is installed in {} years, sooner than the {} years it takes \
             to energise the power it cools, and {}. Cooling acts through the power wall's PUE ({}).",
            sci(get(ParamId::CoolingLeadYears)),
            sci(get(ParamId::PowerLeadYears)),
            racks_text(walls),
            sci(walls.facility().pue()),
        ),
        CoolingCase::RacksTooDense => format!(
            "Binds from the start: {}.",
            racks_text(walls)
        ),
        CoolingCase::LateBy(late) => format!(
            "C = the power wall with the power energised by {:.2} (the run starts {:.2}; power built after \
             today waits {} years for cooling): cooling takes {} years, power {} years, so a run gets \
             only the power whose cooling is installed; {} H100e, C = {} FLOP in {year:.0}",
            walls.ceilings().cooled(walls.ceilings().run_start(year), late),
            walls.ceilings().run_start(year),
            sci(late),
            sci(get(ParamId::CoolingLeadYears)),
            sci(get(ParamId::PowerLeadYears)),
            sci(walls.h100e(super::ComponentId::LiquidCooling, year).unwrap_or(0.0)),
            sci(walls.component_ceiling(super::ComponentId::LiquidCooling, year)),
        ),
    }
}

/// Whether the chosen cooling takes the chosen racks, in words.
fn racks_text(walls: &Walls) -> String {
    let choices = Choices::of(walls.scenario());
    match choices.accelerator.system.as_ref() {
        Some(system) => rack_fit(system, choices.cooling).reason,
        None => "the chosen accelerator's racks are not published".to_owned(),
    }
}
