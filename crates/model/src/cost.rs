//! What the demand run costs: the hardware it needs and the electricity it draws. A readout, not
//! a wall — no source gives a sourced ceiling on what one developer will spend.
//!
//! ```text
//! N       = the H100-equivalents that train the demand run C(t) in T(t) (inverting the walls'
//!           FLOP per chip, data-movement losses included)
//! price   = p₂₀₂₄ / g_$^(start − 2024)                           US$ per H100e of cluster hardware
//! energy  = N · W(start) · load · T                              facility energy at the average draw
//! cost    = N · price + energy · electricity price
//! ```
//! Checks: Epoch's 2030 report (footnote 103) puts the hardware for a 2e29 run at ~$200B; xAI's
//! Colossus cost ~$7B for 200,000 chips (Pilz et al. 2025).

use crate::datacenter::Choices;
use crate::param::ParamId;
use crate::units::SECONDS_PER_YEAR;
use crate::walls::Walls;

/// Joules in a megawatt-hour.
const JOULES_PER_MWH: f64 = 3.6e9;

/// The cost of the run demand wants in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunCost {
    /// H100-equivalents the run needs.
    pub h100e: f64,
    /// Cluster hardware (chips, servers, networking) for them, US$.
    pub hardware_usd: f64,
    /// Electricity for the run, US$.
    pub energy_usd: f64,
    /// Energy drawn, MWh.
    pub energy_mwh: f64,
}

impl RunCost {
    /// Hardware and energy together, US$.
    pub fn total_usd(&self) -> f64 {
        self.hardware_usd + self.energy_usd
    }
}

/// What the run demand wants in `year` costs in this scenario.
pub fn run_cost(walls: &Walls, year: f64) -> RunCost {
    let c = walls.ceilings();
    let scenario = walls.scenario();
    let get = |id| scenario.get(id);
    let log10_years = c.run.log10_years(year);
    // Invert log10 C = n − β·max(0, n − knee) + log10 F + log10 T.
    let base =
        c.demand.at_year(year) - c.log10_flop_per_h100e_s - log10_years - SECONDS_PER_YEAR.log10();
    let knee = c.penalty.log10_knee_h100e;
    let beta = c.penalty.slope;
    let log10_h100e = if base <= knee || beta <= 0.0 {
        base
    } else if beta < 1.0 {
        (base - beta * knee) / (1.0 - beta)
    } else {
        f64::INFINITY
    };
    let h100e = 10f64.powf(log10_h100e);
    let start = c.run_start(year);
    let price = get(ParamId::HardwareUsdPerH100e2024)
        / get(ParamId::HardwarePriceDecline).powf(start - 2024.0);
    let watts = 10f64.powf(c.power.watts.at_year(start)) * get(ParamId::LoadFraction);
    let seconds = 10f64.powf(log10_years) * SECONDS_PER_YEAR;
    let energy_mwh = h100e * watts * seconds / JOULES_PER_MWH;
    RunCost {
        h100e,
        hardware_usd: h100e * price,
        energy_usd: energy_mwh * Choices::of(scenario).energy.price_usd_per_mwh,
        energy_mwh,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::PresetId;
    use crate::scenario::Scenario;

    /// Epoch 2030 report, footnote 103: a 2e29 FLOP run on ~30M H100e at 40 % for three months
    /// needs about $200B of hardware. Under Epoch's assumptions the 2030 demand run (2.5e29) needs
    /// about as much.
    #[test]
    fn epoch_2030_footnote_103_hardware_for_2e29_about_200_billion() {
        let walls = Walls::new(&Scenario::preset(PresetId::Epoch2030));
        let cost = run_cost(&walls, 2030.0);
        assert!((2e7..5e7).contains(&cost.h100e), "{cost:?}");
        assert!((1e11..4e11).contains(&cost.hardware_usd), "{cost:?}");
        assert!(cost.energy_usd < 0.1 * cost.hardware_usd, "{cost:?}");
    }

    /// Pilz et al. 2025: Colossus's ~$7B of hardware for 200,000 chips. The 2024 price per H100e
    /// times that many chips is that much.
    #[test]
    fn pilz_2025_colossus_hardware_7_billion() {
        let price = Scenario::preset(PresetId::Evidence2026).get(ParamId::HardwareUsdPerH100e2024);
        let total = 200_000.0 * price;
        assert!((6e9..8e9).contains(&total), "{total}");
    }

    /// Cost grows every year demand grows, and stays finite.
    #[test]
    fn cost_grows_with_demand() {
        let walls = Walls::new(&Scenario::preset(PresetId::Evidence2026));
        let costs: Vec<f64> = (2024..=2040)
            .map(|y| run_cost(&walls, f64::from(y)).total_usd())
            .collect();
        assert!(costs.iter().all(|c| c.is_finite() && *c > 0.0));
        assert!(costs.windows(2).all(|w| w[1] > w[0]), "{costs:?}");
    }
}
