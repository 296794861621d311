//! The six walls: for each year, the largest training run (FLOP) each one allows.
//!
//! A wall's ceiling is the minimum over its components (the memory & network wall has four).
//! [`Walls`] precomputes what does not depend on the year, so a ceiling costs a few
//! multiplications; a whole projection takes microseconds.
//!
//! Algorithms (`software`) set no ceiling: no source publishes one, and better algorithms do not
//! make any physical limit bigger. They multiply *effective* compute instead, shown next to the
//! results (see [`Walls::effective_compute_multiplier`]); mixture-of-experts enters the data wall
//! through its active share.

use crate::accelerators::H100;
use crate::demand::DemandTrend;
use crate::facility::FacilityPower;
use crate::param::ParamId;
use crate::scenario::Scenario;

pub(crate) mod compute;
mod cooling;
mod data;
pub(crate) mod memory_network;
mod power;

pub use data::{effective_epochs, REPEAT_DECAY_EPOCHS};

/// Seconds in an average month (365.25 / 12 days).
pub const SECONDS_PER_MONTH: f64 = 30.4375 * 86_400.0;

/// FLOP per parameter per training token: forward and backward pass (`C ≈ 6·N·D`; Hoffmann et
/// al. 2022, as used in Epoch's 2030 report, footnotes 38 and 75).
pub const FLOP_PER_PARAM_TOKEN: f64 = 6.0;

/// The six walls, in the order of the source diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WallId {
    /// Not enough data to train on.
    Data,
    /// Algorithms: no ceiling of their own (see the module docs).
    Software,
    /// Not enough chips.
    Compute,
    /// Memory bandwidth, latency, bandwidth between sites, the speed of light.
    MemoryNetwork,
    /// Not enough power for one run.
    Power,
    /// Not enough cooling for dense racks, soon enough.
    Cooling,
}

impl WallId {
    /// Every wall, in the source diagram's order.
    pub const ALL: [Self; 6] = [
        Self::Data,
        Self::Software,
        Self::Compute,
        Self::MemoryNetwork,
        Self::Power,
        Self::Cooling,
    ];

    /// The stable id: `data`, `software`, `compute`, `memory_network`, `power`, `cooling`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Data => "data",
            Self::Software => "software",
            Self::Compute => "compute",
            Self::MemoryNetwork => "memory_network",
            Self::Power => "power",
            Self::Cooling => "cooling",
        }
    }

    /// Finds a wall by id.
    pub fn lookup(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|wall| wall.id() == id)
    }

    /// The name the source diagram gives it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Data => "Data",
            Self::Software => "Algorithms",
            Self::Compute => "Compute → Heat",
            Self::MemoryNetwork => "Memory & Network",
            Self::Power => "Power",
            Self::Cooling => "Cooling",
        }
    }

    /// Its components (none for algorithms).
    pub fn components(self) -> &'static [ComponentId] {
        match self {
            Self::Data => &[ComponentId::DataStock],
            Self::Software => &[],
            Self::Compute => &[ComponentId::ChipProduction],
            Self::MemoryNetwork => &[
                ComponentId::DataMovement,
                ComponentId::Latency,
                ComponentId::InterSiteBandwidth,
                ComponentId::SpeedOfLight,
            ],
            Self::Power => &[ComponentId::PowerForOneRun],
            Self::Cooling => &[ComponentId::LiquidCooling],
        }
    }

    /// How the wall works, in plain words.
    pub fn mechanism(self) -> &'static str {
        match self {
            Self::Data => {
                "A compute-optimal model needs about 20 tokens of training data per parameter, so \
                 compute grows with the square of the data. Human text grows only ~7 % a year. \
                 Repeating data, other modalities and synthetic data stretch the stock; \
                 overtrained and mixture-of-experts models use it up sooner."
            }
            Self::Software => {
                "Better algorithms make each FLOP worth more — compute needed for the same result \
                 halves every ~8 months — and test-time compute can stand in for training. That \
                 raises no physical ceiling, so algorithms are not drawn as a wall: they scale \
                 effective compute, and mixture-of-experts changes the data wall."
            }
            Self::Compute => {
                "A run can use only the chips one developer owns and devotes to it. Chips are \
                 limited by advanced packaging and high-bandwidth memory; production grows fast, \
                 each chip gets faster, and every chip turns its power into heat."
            }
            Self::MemoryNetwork => {
                "Chips wait for data. Beyond ~2e28 FLOP, moving data within and between chips \
                 drags utilization down; each layer's communication has a minimum latency, which \
                 caps the number of sequential steps in a run; runs across sites need bandwidth \
                 between them and wait for light in fibre."
            }
            Self::Power => {
                "Every chip draws power for the whole run, ~1.7 kW per H100 all in. One developer \
                 can bring only so many gigawatts to one run — at one campus, or across sites — \
                 and new plants, lines and transformers take years. Efficiency gains and lower \
                 precision stretch each watt."
            }
            Self::Cooling => {
                "All that power becomes heat. Dense racks (≈130 kW for a GB200 NVL72) need liquid \
                 cooling, and cooling equipment has lead times of a year or more: a run can use \
                 only the dense capacity that is already installed."
            }
        }
    }
}

/// The parts that make up a wall's ceiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ComponentId {
    /// Data: the effective token stock.
    DataStock,
    /// Compute: chips produced and devoted to one run.
    ChipProduction,
    /// Memory: how far past the data-movement knee runs can scale.
    DataMovement,
    /// Network: the latency wall (sequential steps × latency per layer).
    Latency,
    /// Network: bandwidth between the sites of a distributed run.
    InterSiteBandwidth,
    /// Network: the speed of light between the farthest sites.
    SpeedOfLight,
    /// Power: what one developer can bring to one run.
    PowerForOneRun,
    /// Cooling: liquid-cooled capacity installed in time.
    LiquidCooling,
}

impl ComponentId {
    /// Every component.
    pub const ALL: [Self; 8] = [
        Self::DataStock,
        Self::ChipProduction,
        Self::DataMovement,
        Self::Latency,
        Self::InterSiteBandwidth,
        Self::SpeedOfLight,
        Self::PowerForOneRun,
        Self::LiquidCooling,
    ];

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Self::DataStock => "data_stock",
            Self::ChipProduction => "chip_production",
            Self::DataMovement => "data_movement",
            Self::Latency => "latency",
            Self::InterSiteBandwidth => "intersite_bandwidth",
            Self::SpeedOfLight => "speed_of_light",
            Self::PowerForOneRun => "power_for_one_run",
            Self::LiquidCooling => "liquid_cooling",
        }
    }

    /// A short name.
    pub fn label(self) -> &'static str {
        match self {
            Self::DataStock => "Effective data stock",
            Self::ChipProduction => "Chip production",
            Self::DataMovement => "Data movement (memory wall)",
            Self::Latency => "Latency wall",
            Self::InterSiteBandwidth => "Bandwidth between sites",
            Self::SpeedOfLight => "Speed of light",
            Self::PowerForOneRun => "Power for one run",
            Self::LiquidCooling => "Liquid-cooled capacity",
        }
    }

    /// The label as it reads inside a sentence: "power for one run".
    pub fn noun(self) -> &'static str {
        match self {
            Self::DataStock => "the effective data stock",
            Self::ChipProduction => "chip production",
            Self::DataMovement => "data movement (the memory wall)",
            Self::Latency => "the latency wall",
            Self::InterSiteBandwidth => "bandwidth between sites",
            Self::SpeedOfLight => "the speed of light",
            Self::PowerForOneRun => "power for one run",
            Self::LiquidCooling => "liquid-cooled capacity",
        }
    }

    /// The wall it belongs to.
    pub fn wall(self) -> WallId {
        match self {
            Self::DataStock => WallId::Data,
            Self::ChipProduction => WallId::Compute,
            Self::DataMovement | Self::Latency | Self::InterSiteBandwidth | Self::SpeedOfLight => {
                WallId::MemoryNetwork
            }
            Self::PowerForOneRun => WallId::Power,
            Self::LiquidCooling => WallId::Cooling,
        }
    }
}

/// A scenario made ready to evaluate: everything that does not depend on the year, computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct Walls {
    scenario: Scenario,
    demand: DemandTrend,
    facility: FacilityPower,
    /// Achieved FLOP/s of one H100-equivalent: peak 16-bit × precision speed-up × utilization.
    achieved_flop_per_s_per_h100e: f64,
    /// Length of the run, s.
    run_s: f64,
    /// The static components of the memory & network wall, FLOP.
    latency_flop: f64,
    speed_of_light_flop: f64,
    data_movement_flop: f64,
}

impl Walls {
    /// Prepares a scenario.
    pub fn new(scenario: &Scenario) -> Self {
        let demand = DemandTrend {
            growth_per_year: scenario.get(ParamId::DemandGrowth),
            ..DemandTrend::EPOCH_2030_REPORT
        };
        let achieved_flop_per_s_per_h100e = H100.bf16_flop_per_s
            * scenario.get(ParamId::PrecisionSpeedup)
            * scenario.get(ParamId::Utilization);
        let mut walls = Self {
            scenario: scenario.clone(),
            demand,
            facility: FacilityPower::from_scenario(scenario),
            achieved_flop_per_s_per_h100e,
            run_s: scenario.get(ParamId::RunMonths) * SECONDS_PER_MONTH,
            latency_flop: 0.0,
            speed_of_light_flop: 0.0,
            data_movement_flop: 0.0,
        };
        walls.latency_flop = memory_network::latency_flop(&walls);
        walls.speed_of_light_flop = memory_network::speed_of_light_flop(&walls);
        walls.data_movement_flop = memory_network::data_movement_flop(&walls);
        walls
    }

    /// The scenario these walls come from.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The demand trend.
    pub fn demand(&self) -> &DemandTrend {
        &self.demand
    }

    /// Power per H100-equivalent (2024), from the facility seam.
    pub fn facility(&self) -> &FacilityPower {
        &self.facility
    }

    fn get(&self, id: ParamId) -> f64 {
        self.scenario.get(id)
    }

    /// The largest run one component allows in `year`, FLOP.
    pub fn component_ceiling(&self, component: ComponentId, year: f64) -> f64 {
        match component {
            ComponentId::DataStock => data::ceiling_flop(self, year),
            ComponentId::ChipProduction => compute::ceiling_flop(self, year),
            ComponentId::DataMovement => self.data_movement_flop,
            ComponentId::Latency => self.latency_flop,
            ComponentId::InterSiteBandwidth => memory_network::intersite_flop(self, year),
            ComponentId::SpeedOfLight => self.speed_of_light_flop,
            ComponentId::PowerForOneRun => power::ceiling_flop(self, year),
            ComponentId::LiquidCooling => cooling::ceiling_flop(self, year),
        }
    }

    /// The largest run a wall allows in `year`, FLOP; `None` for algorithms, which set no ceiling.
    pub fn ceiling(&self, wall: WallId, year: f64) -> Option<f64> {
        wall.components()
            .iter()
            .map(|&component| self.component_ceiling(component, year))
            .reduce(f64::min)
    }

    /// The wall's formula with this scenario's numbers substituted, for `year`.
    pub fn formula(&self, wall: WallId, year: f64) -> String {
        match wall {
            WallId::Data => data::formula(self, year),
            WallId::Software => self.software_formula(year),
            WallId::Compute => compute::formula(self, year),
            WallId::MemoryNetwork => memory_network::formula(self, year),
            WallId::Power => power::formula(self, year),
            WallId::Cooling => cooling::formula(self, year),
        }
    }

    /// How much more a FLOP of `year` is worth than a FLOP of 2024, from algorithmic progress
    /// (`2^(12·(t − 2024)/τ)`, Ho et al. 2024) and from test-time compute standing in for training
    /// (`10^oom`).
    ///
    /// This is the software wall's effect: it multiplies effective compute; it does not move any
    /// physical ceiling.
    pub fn effective_compute_multiplier(&self, year: f64) -> f64 {
        let halving_months = self.get(ParamId::HalvingMonths);
        let algorithms = 2f64.powf(12.0 * (year - 2024.0) / halving_months);
        algorithms * 10f64.powf(self.get(ParamId::TestTimeOom))
    }

    fn software_formula(&self, year: f64) -> String {
        let tau = self.get(ParamId::HalvingMonths);
        let oom = self.get(ParamId::TestTimeOom);
        format!(
            "No ceiling: algorithms multiply effective compute, A(t) = 2^(12·(t − 2024)/τ) · 10^oom \
             = 2^(12·({year:.0} − 2024)/{tau}) · 10^{oom} = {} in {year:.0} (τ = {tau} months, \
             test-time compute {oom} orders of magnitude); a {} FLOP run in {year:.0} is worth {} \
             FLOP of 2024 algorithms. Mixture-of-experts enters the data wall.",
            sci(self.effective_compute_multiplier(year)),
            sci(self.demand.flop_in(year)),
            sci(self.demand.flop_in(year) * self.effective_compute_multiplier(year)),
        )
    }

    /// FLOP one H100-equivalent delivers over the whole run.
    fn flop_per_h100e_run(&self) -> f64 {
        self.achieved_flop_per_s_per_h100e * self.run_s
    }
}

pub(crate) use crate::format::short as sci;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_ids_are_the_contract() {
        let ids: Vec<&str> = WallId::ALL.iter().map(|w| w.id()).collect();
        assert_eq!(
            ids,
            [
                "data",
                "software",
                "compute",
                "memory_network",
                "power",
                "cooling"
            ]
        );
        for wall in WallId::ALL {
            assert_eq!(WallId::lookup(wall.id()), Some(wall));
            for component in wall.components() {
                assert_eq!(component.wall(), wall);
            }
        }
        assert_eq!(
            ComponentId::ALL.len(),
            WallId::ALL
                .iter()
                .map(|w| w.components().len())
                .sum::<usize>()
        );
    }
}
