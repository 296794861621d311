//! The six walls: for each year, the largest training run (FLOP) each one allows.
//!
//! Every wall's physics is written once, here and in `walls/`: [`Ceilings`] holds a scenario's
//! walls reduced to numbers in log10 space, [`Ceilings::log10_ceiling`] evaluates any component in
//! any year, and [`Ceilings::crossing`] finds the year demand first exceeds it. The projection
//! ([`crate::projection`]) and the Monte Carlo sweep ([`crate::sweep`]) both use them, and the GPU
//! kernel (`crates/gpu/shaders/sweep.wgsl`) mirrors them in f32 (keep the two in sync; the GPU
//! crate's tests compare them sample by sample).
//!
//! Time is the calendar year a run is published, as in the observed data. A run of length T
//! published at t started at t − T and could use only the chips delivered and the power
//! energised by then ([`Ceilings::run_start`]).
//!
//! Every wall that counts chips shares three factors: the chips' achieved FLOP/s (peak × 8-bit
//! speed-up × utilization), the run's length T(t), and the utilization lost to data movement once
//! a run needs more chips than the knee ([`Ceilings::log10_flop`], Erdil & Schneider-Joseph 2024).
//! Chips and power share the largest developer's share, its training share and the run's share.
//!
//! Algorithms (`software`) set no ceiling: no source publishes one, and better algorithms do not
//! make any physical limit bigger. They multiply *effective* compute instead, shown next to the
//! results ([`Walls::effective_compute_multiplier`]); mixture-of-experts enters the data wall
//! through its active share.

use std::f64::consts::LN_10;

use crate::accelerators::H100;
use crate::datacenter::{rack_fit, Choices};
use crate::demand::DemandTrend;
use crate::facility::{FacilityModel, FacilityPower};
use crate::float::{exp10, larger, smaller};
use crate::param::ParamId;
use crate::projection::{FIRST_YEAR, LAST_YEAR};
use crate::scenario::Scenario;
use crate::units::{SECONDS_PER_MONTH, SECONDS_PER_YEAR};

pub mod compute;
mod cooling;
pub mod data;
pub mod memory_network;
pub mod power;

pub use data::{effective_epochs, REPEAT_DECAY_EPOCHS};

/// FLOP per parameter per training token: forward and backward pass (`C ≈ 6·N·D`; Hoffmann et
/// al. 2022, as used in Epoch's 2030 report, footnotes 38 and 75).
pub const FLOP_PER_PARAM_TOKEN: f64 = 6.0;

/// The wall's ceiling of a component that cannot bind, in log10 FLOP: above any demand.
pub const UNBOUNDED: f64 = f64::INFINITY;

/// The six walls, in the order of the source diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WallId {
    /// Not enough data to train on.
    Data,
    /// Algorithms: no ceiling of their own (see the module docs).
    Software,
    /// Not enough chips.
    Compute,
    /// Latency, bandwidth between sites, the speed of light (and a utilization floor).
    MemoryNetwork,
    /// Not enough power for one run.
    Power,
    /// Cooling that cannot take the racks, or is installed later than the power.
    Cooling,
}

/// How many first walls a sample or a phase-diagram cell can have: each wall, or none before the
/// horizon.
pub const OUTCOMES: usize = WallId::ALL.len() + 1;

/// "No wall before the horizon" as an index, after the walls: the layout every engine shares for a
/// first wall ([`first_wall_index`]) — the tally's counts, the worker's grid cells, the GPU
/// kernel's cells (`NO_WALL` in `crates/gpu/shaders/sweep.wgsl`; keep in sync).
pub const NO_WALL: usize = WallId::ALL.len();

/// A first wall as an index: its place in [`WallId::ALL`], or [`NO_WALL`].
pub fn first_wall_index(first: Option<WallId>) -> usize {
    first.map_or(NO_WALL, |wall| wall as usize)
}

/// The first wall an index stands for; `None` for [`NO_WALL`] (and anything else past the walls).
pub fn first_wall_of(index: usize) -> Option<WallId> {
    WallId::ALL.get(index).copied()
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
                "A model needs tokens in proportion to its parameters — 20 per parameter at the \
                 compute-optimal point, more for overtrained models — so compute grows with the \
                 square of the data. Human text grows only ~7 % a year. Repeating data, other \
                 modalities and synthetic data stretch the stock; mixture-of-experts models use \
                 it up sooner."
            }
            Self::Software => {
                "Better algorithms make each FLOP worth more — compute needed for the same result \
                 halves every ~8 months. That raises no physical ceiling, so algorithms are not \
                 drawn as a wall: they scale effective compute. Test-time compute buys capability \
                 at inference, paid for with chips and power taken from training."
            }
            Self::Compute => {
                "A run can use only the chips delivered before it starts that one developer owns \
                 and devotes to it; inference and research take the rest. Chips are limited by \
                 advanced packaging and high-bandwidth memory; the stock grows fast, each chip \
                 gets faster, and every chip turns its power into heat."
            }
            Self::MemoryNetwork => {
                "Chips wait for data. Beyond ~2e28 FLOP, moving data within and between chips \
                 takes longer than the arithmetic and utilization falls — that lowers every wall \
                 that counts chips. Each layer's communication has a minimum latency, which caps \
                 the sequential steps of a run (the latency wall); runs across sites need \
                 bandwidth between them and wait for light in fibre."
            }
            Self::Power => {
                "Every chip draws power for the whole run, ~1 kW per H100-equivalent at the \
                 meter in 2026. One developer can bring only so much to one run — a whole campus, \
                 or its share of all its data centers across sites — and new plants, turbines, \
                 transformers and grid connections take years. Efficiency gains stretch each watt."
            }
            Self::Cooling => {
                "All that power becomes heat. Dense racks (≈140 kW for a GB300 NVL72, 190–230 kW \
                 for Vera Rubin) need liquid cooling, which is ordered with the power and installed \
                 in 12–18 months — faster than the power it cools. Cooling binds only if the racks \
                 are too dense for the chosen cooling, or if it takes longer than the power."
            }
        }
    }
}

/// The parts that make up a wall's ceiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ComponentId {
    /// Data: the effective token stock.
    DataStock,
    /// Compute: chips delivered and devoted to one run.
    ChipProduction,
    /// Memory: the run past which data movement costs more utilization than a developer accepts.
    DataMovement,
    /// Network: the latency wall (sequential steps × latency per layer).
    Latency,
    /// Network: bandwidth between the sites of a distributed run.
    InterSiteBandwidth,
    /// Network: the speed of light between the farthest sites.
    SpeedOfLight,
    /// Power: what one developer can bring to one run.
    PowerForOneRun,
    /// Cooling: racks the cooling can take, installed in time.
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
            Self::ChipProduction => "Chips delivered before the run",
            Self::DataMovement => "Data movement (utilization floor)",
            Self::Latency => "Latency wall",
            Self::InterSiteBandwidth => "Bandwidth between sites",
            Self::SpeedOfLight => "Speed of light",
            Self::PowerForOneRun => "Power for one run",
            Self::LiquidCooling => "Cooling installed in time",
        }
    }

    /// The label as it reads inside a sentence: "power for one run".
    pub fn noun(self) -> &'static str {
        match self {
            Self::DataStock => "the effective data stock",
            Self::ChipProduction => "the chips delivered before the run",
            Self::DataMovement => "data movement (the memory wall)",
            Self::Latency => "the latency wall",
            Self::InterSiteBandwidth => "bandwidth between sites",
            Self::SpeedOfLight => "the speed of light",
            Self::PowerForOneRun => "power for one run",
            Self::LiquidCooling => "cooling installed in time",
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

/// A straight line in log10 space: `at + slope · (t − t0)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    /// Reference year.
    pub t0: f64,
    /// `log10` of the value at `t0`.
    pub at: f64,
    /// Orders of magnitude per year.
    pub slope: f64,
}

impl Line {
    /// `log10` of the value in `year`.
    pub fn at_year(&self, year: f64) -> f64 {
        self.at + self.slope * (year - self.t0)
    }
}

/// A quantity observed up to an anchor year and projected after it, in log10 space: it follows
/// the observed trend (`history`, orders of magnitude a year) before the anchor and the scenario's
/// growth (`forecast`) after. The anchor value is the scenario's; the history is what happened.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anchored {
    /// The anchor year.
    pub t0: f64,
    /// `log10` of the value at the anchor.
    pub at: f64,
    /// Growth before the anchor, orders of magnitude per year (observed).
    pub history: f64,
    /// Growth after the anchor, orders of magnitude per year (the scenario's).
    pub forecast: f64,
}

impl Anchored {
    /// `log10` of the value in `year`.
    pub fn at_year(&self, year: f64) -> f64 {
        let dt = year - self.t0;
        self.at
            + dt * if dt < 0.0 {
                self.history
            } else {
                self.forecast
            }
    }
}

/// The length of the largest run: flat at its observed length before 2025 (2023–2025 frontier
/// runs all lasted about three months), growing by the scenario's rate after, never longer than
/// the longest run a developer accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunLength {
    /// `log10` of the run's length in 2025, years.
    pub at: f64,
    /// Orders of magnitude per year after 2025.
    pub slope: f64,
    /// `log10` of the longest run accepted, years.
    pub cap: f64,
    /// `10^at` and `10^cap`, years: kept because many runs a sweep meets are at one or the other.
    years_at_cap: (f64, f64),
}

/// The year the run length is anchored.
pub const RUN_LENGTH_YEAR: f64 = 2025.0;

impl RunLength {
    /// A run length from its `log10`s, years: in 2025, the yearly growth, and the cap.
    pub fn new(at: f64, slope: f64, cap: f64) -> Self {
        Self {
            at,
            slope,
            cap,
            years_at_cap: (exp10(at), exp10(cap)),
        }
    }

    /// The run's length in `year`, years: `10^log10_years(year)` (within a few ulp).
    pub fn years(&self, year: f64) -> f64 {
        let log10 = self.log10_years(year);
        if log10 == self.at {
            self.years_at_cap.0
        } else if log10 == self.cap {
            self.years_at_cap.1
        } else {
            exp10(log10)
        }
    }

    /// `log10` of the run's length in `year`, years.
    pub fn log10_years(&self, year: f64) -> f64 {
        smaller(
            self.at + self.slope * larger(year - RUN_LENGTH_YEAR, 0.0),
            self.cap,
        )
    }
}

/// What the data-movement penalty needs: utilization falls as `(N / N_knee)^(−β)` once a run
/// needs more than `N_knee` H100-equivalents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Penalty {
    /// `log10` of the knee, H100-equivalents.
    pub log10_knee_h100e: f64,
    /// β.
    pub slope: f64,
}

/// Whether and how cooling can hold a run back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CoolingCase {
    /// Cooling is installed before the power it serves, and can take the racks: it cannot bind.
    CannotBind,
    /// The chosen cooling cannot take the chosen racks at all: it binds from the start.
    RacksTooDense,
    /// Cooling takes this many years longer than the power: the run gets only the power whose
    /// cooling is installed.
    LateBy(f64),
}

/// The most frontier records the history check holds (the GPU's configuration has room for
/// eight).
pub const MAX_RECORDS: usize = 8;

/// The frontier records as (publication year, `log10` FLOP), for the history check
/// ([`Ceilings::contradicts_history`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Records {
    /// The first [`Self::count`] are records.
    pub points: [(f64, f64); MAX_RECORDS],
    /// How many.
    pub count: usize,
}

impl Records {
    /// Epoch AI's frontier records ([`crate::history::records`]).
    pub fn observed() -> Self {
        let mut records = Self {
            points: [(0.0, 0.0); MAX_RECORDS],
            count: 0,
        };
        for run in crate::history::records().take(MAX_RECORDS) {
            records.points[records.count] = (run.year(), run.flop.log10());
            records.count += 1;
        }
        records
    }

    /// The records.
    pub fn iter(&self) -> impl Iterator<Item = &(f64, f64)> {
        self.points[..self.count].iter()
    }
}

/// How fast the observed series grew before their anchors, orders of magnitude a year
/// ([`crate::history`]): worked out once per [`Context`], not once per sample.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HistorySlopes {
    /// The AI chip stock in 2025.
    pub chip_stock: f64,
    /// The largest campus, to the first gigawatt sites.
    pub campus: f64,
    /// US AI data-center power, end 2023 to mid-2025.
    pub ai_capacity: f64,
    /// FLOP per watt, H100 to GB300 (watts per H100e fall by this).
    pub efficiency: f64,
}

impl HistorySlopes {
    /// The slopes of what happened.
    pub fn observed() -> Self {
        use crate::history;
        Self {
            chip_stock: history::chip_stock_history_slope(),
            campus: history::campus_history_slope(),
            ai_capacity: history::ai_capacity_history_slope(),
            efficiency: history::efficiency_history_slope(),
        }
    }
}

/// Everything a scenario's walls need that its data-center *choices* fix: the sweep draws none of
/// it, so it is worked out once per sweep (the GPU receives it in its configuration).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Context {
    /// The data center's power per H100-equivalent.
    pub facility: FacilityModel,
    /// Demand's reference year and `log10` FLOP (the observed frontier or GPT-4).
    pub demand_t0: f64,
    /// See [`Self::demand_t0`].
    pub demand_log10_flop: f64,
    /// Whether the chosen cooling can take the chosen accelerator's racks.
    pub racks_fit: bool,
    /// What happened: the frontier records a plausible world's walls must lie above.
    pub records: Records,
    /// Today, as a publication year ([`crate::history::evidence_as_of_year`]).
    pub today: f64,
    /// How the observed series grew before their anchors.
    pub history: HistorySlopes,
}

impl Context {
    /// From a scenario's choices.
    pub fn of(scenario: &Scenario) -> Self {
        let demand = DemandTrend::anchored(scenario.get(ParamId::DemandAnchor), 1.0);
        let choices = Choices::of(scenario);
        let racks_fit = choices
            .accelerator
            .system
            .as_ref()
            .is_none_or(|system| rack_fit(system, choices.cooling).feasible);
        Self {
            facility: FacilityModel::of(scenario),
            demand_t0: demand.reference_year,
            demand_log10_flop: demand.reference_flop.log10(),
            racks_fit,
            records: Records::observed(),
            today: crate::history::evidence_as_of_year(),
            history: HistorySlopes::observed(),
        }
    }
}

/// A scenario's walls, reduced to numbers in log10 space: the one definition of every wall that
/// the projection, the sweep and (mirrored) the GPU kernel evaluate. Built from a scenario's
/// values and its [`Context`] in a few dozen operations.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ceilings {
    /// Demand, `log10` FLOP.
    pub demand: Line,
    /// The run's length.
    pub run: RunLength,
    /// `log10` of one H100-equivalent's achieved FLOP/s (peak 16-bit × 8-bit speed-up × MFU).
    pub log10_flop_per_h100e_s: f64,
    /// Utilization lost to data movement.
    pub penalty: Penalty,
    /// Chips, power and cooling.
    pub compute: compute::ChipCurve,
    /// Power for one run.
    pub power: power::PowerCurve,
    /// Cooling.
    pub cooling: CoolingCase,
    /// Today, as a publication year: capacity running by then was cooled ([`CoolingCase::LateBy`]
    /// holds back only what is built after it).
    pub today: f64,
    /// Data.
    pub data: data::DataCurve,
    /// Latency, bandwidth, light and the utilization floor.
    pub network: memory_network::NetworkCurves,
}

impl Ceilings {
    /// The walls of a scenario's values (all within their limits) in its context.
    pub fn new(values: &[f64; ParamId::COUNT], context: &Context) -> Self {
        let v = |id: ParamId| values[id as usize];
        let log10_flop_per_h100e_s =
            (H100.bf16_flop_per_s * v(ParamId::PrecisionSpeedup) * v(ParamId::Utilization)).log10();
        let log10_per_year = SECONDS_PER_YEAR.log10();
        let run = RunLength::new(
            (v(ParamId::RunMonths) / 12.0).log10(),
            v(ParamId::RunGrowth).log10(),
            (v(ParamId::MaxRunMonths) / 12.0).log10(),
        );
        // The knee is quoted for a 3-month run: that many H100e at this scenario's FLOP/s.
        let penalty = Penalty {
            log10_knee_h100e: v(ParamId::KneeFlop).log10()
                - log10_flop_per_h100e_s
                - (3.0 * SECONDS_PER_MONTH).log10(),
            slope: v(ParamId::UtilizationSlope),
        };
        let log10_run_share =
            (v(ParamId::LabShare) * v(ParamId::TrainingFraction) * v(ParamId::RunShare)).log10();
        let facility = context
            .facility
            .power(v(ParamId::NetworkShare), v(ParamId::FreeCoolingShare));
        let power = power::PowerCurve::new(values, &facility, log10_run_share, &context.history);
        let cooling = if !context.racks_fit {
            CoolingCase::RacksTooDense
        } else {
            let late = v(ParamId::CoolingLeadYears) - v(ParamId::PowerLeadYears);
            if late > 0.0 {
                CoolingCase::LateBy(late)
            } else {
                CoolingCase::CannotBind
            }
        };
        let network = memory_network::NetworkCurves::new(values, &penalty, log10_per_year);
        Self {
            demand: Line {
                t0: context.demand_t0,
                at: context.demand_log10_flop,
                slope: v(ParamId::DemandGrowth).log10(),
            },
            run,
            log10_flop_per_h100e_s,
            penalty,
            compute: compute::ChipCurve::new(values, log10_run_share, context.history.chip_stock),
            power,
            cooling,
            today: context.today,
            data: data::DataCurve::new(values),
            network,
        }
    }

    /// When the power a run starting at `start` can use was energised, if cooling is installed
    /// `late` years after it: everything running today was cooled; after today the run waits for
    /// the cooling, down to today's power while the first late cooling is installed.
    pub fn cooled(&self, start: f64, late: f64) -> f64 {
        larger(start - late, smaller(start, self.today))
    }

    /// The year a run published in `year` started: `year − T(year)`.
    pub fn run_start(&self, year: f64) -> f64 {
        year - self.run.years(year)
    }

    /// `log10` FLOP of a run on `10^log10_h100e` H100-equivalents published in `year`: chips ×
    /// achieved FLOP/s × run length, less what data movement costs past the knee.
    pub fn log10_flop(&self, log10_h100e: f64, year: f64) -> f64 {
        let past_knee = larger(log10_h100e - self.penalty.log10_knee_h100e, 0.0);
        log10_h100e - self.penalty.slope * past_knee
            + self.log10_flop_per_h100e_s
            + self.run.log10_years(year)
            + SECONDS_PER_YEAR.log10()
    }

    /// The share of utilization kept by a run on `10^log10_h100e` H100-equivalents (1 below the
    /// knee).
    pub fn utilization_kept(&self, log10_h100e: f64) -> f64 {
        let past_knee = (log10_h100e - self.penalty.log10_knee_h100e).max(0.0);
        10f64.powf(-self.penalty.slope * past_knee)
    }

    /// `log10` of the largest run one component allows in `year`, FLOP ([`UNBOUNDED`] where it
    /// cannot bind, −∞ where it binds from the start).
    pub fn log10_ceiling(&self, component: ComponentId, year: f64) -> f64 {
        match component {
            ComponentId::DataStock => self.data.log10_flop(year),
            ComponentId::ChipProduction
            | ComponentId::PowerForOneRun
            | ComponentId::LiquidCooling => match self.log10_h100e(component, year) {
                Some(log10_h100e) => self.log10_flop(log10_h100e, year),
                None if self.cooling == CoolingCase::RacksTooDense => f64::NEG_INFINITY,
                None => UNBOUNDED,
            },
            ComponentId::DataMovement => self
                .network
                .floor_h100e
                .map_or(UNBOUNDED, |log10_h100e| self.log10_flop(log10_h100e, year)),
            ComponentId::Latency => self.network.latency,
            ComponentId::SpeedOfLight => self.network.light,
            ComponentId::InterSiteBandwidth => larger(
                self.network.log10_bandwidth_flop(year, &self.run),
                self.log10_campus_flop(year),
            ),
        }
    }

    /// `log10` of the H100-equivalents a component's chips or watts give a run published in
    /// `year` — chips delivered, power energised, or power whose cooling is installed — or `None`
    /// for a component not counted in chips (or cooling that is not late).
    pub fn log10_h100e(&self, component: ComponentId, year: f64) -> Option<f64> {
        let start = self.run_start(year);
        match component {
            ComponentId::ChipProduction => Some(self.compute.log10_h100e(start)),
            ComponentId::PowerForOneRun => Some(self.power.log10_h100e(start, start)),
            ComponentId::LiquidCooling => match self.cooling {
                CoolingCase::LateBy(years) => {
                    Some(self.power.log10_h100e(self.cooled(start, years), start))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The publication year from which every series a component reads is in its forecast
    /// segment (the run starts after every anchor): before it the ceiling may grow faster than
    /// demand — the largest campus grew 4× a year to 2026 — so the crossing search scans it
    /// every quarter year.
    pub fn history_end(&self, component: ComponentId) -> f64 {
        let longest_run = self.run.years_at_cap.1;
        let power = self
            .power
            .campus
            .t0
            .max(self.power.distributed.t0)
            .max(self.power.watts.t0);
        let end = match component {
            ComponentId::ChipProduction => self.compute.stock.t0 + longest_run,
            ComponentId::PowerForOneRun | ComponentId::InterSiteBandwidth => power + longest_run,
            ComponentId::LiquidCooling => match self.cooling {
                CoolingCase::LateBy(years) => power.max(self.today) + longest_run + years,
                _ => f64::from(FIRST_YEAR),
            },
            ComponentId::DataStock
            | ComponentId::DataMovement
            | ComponentId::Latency
            | ComponentId::SpeedOfLight => f64::from(FIRST_YEAR),
        };
        end.clamp(f64::from(FIRST_YEAR), f64::from(LAST_YEAR))
    }

    /// An upper bound on how fast a component's ceiling can grow after [`Self::history_end`],
    /// orders of magnitude per year. Where demand grows at least this fast, the two cross at most
    /// once there.
    fn max_slope(&self, component: ComponentId) -> f64 {
        let run = self.run.slope;
        let p = &self.power;
        let power = p.campus.forecast.max(p.distributed.forecast) - p.watts.forecast + run;
        match component {
            ComponentId::DataStock => 2.0 * self.data.ln_growth / LN_10,
            ComponentId::ChipProduction => self.compute.stock.forecast + run,
            ComponentId::PowerForOneRun | ComponentId::LiquidCooling => power,
            ComponentId::DataMovement => run,
            ComponentId::Latency | ComponentId::SpeedOfLight => 0.0,
            ComponentId::InterSiteBandwidth => self.network.max_slope(run).max(power),
        }
    }

    /// When demand first exceeds a component, within [`FIRST_YEAR`]–[`LAST_YEAR`].
    ///
    /// Static ceilings cross in closed form. Otherwise the observed era (to
    /// [`Self::history_end`]) is scanned every quarter year; after it, where demand outgrows the
    /// ceiling's fastest growth the excess (demand over ceiling, log10) can cross once and the rest
    /// of the horizon is one bracket, else a yearly scan finds the first year it crosses. Regula
    /// falsi refines to [`YEAR_TOLERANCE`]. Demand that only grazes a ceiling between two scan
    /// points — by under 2 %, for weeks, where two kinks meet — can be passed over: far inside the
    /// ceilings' uncertainty, and the same on every engine.
    pub fn crossing(&self, component: ComponentId) -> Option<f64> {
        let (first, last) = (f64::from(FIRST_YEAR), f64::from(LAST_YEAR));
        match component {
            ComponentId::Latency | ComponentId::SpeedOfLight => {
                return self.static_crossing(self.log10_ceiling(component, first))
            }
            ComponentId::LiquidCooling if self.cooling == CoolingCase::CannotBind => return None,
            ComponentId::DataMovement if self.network.floor_h100e.is_none() => return None,
            _ => {}
        }
        let excess = |t: f64| self.demand.at_year(t) - self.log10_ceiling(component, t);
        // The scan needs only the sign until it brackets a crossing; the excess at the bracket's
        // start is computed then if the probe skipped it.
        let probe = |t: f64| self.probe_excess(component, t);
        let bracket = |lo: f64, f_lo: Option<f64>, hi: f64, f_hi: f64| {
            refine(&excess, lo, f_lo.unwrap_or_else(|| excess(lo)), hi, f_hi)
        };
        let mut lo = first;
        let mut f_lo = probe(lo);
        if f_lo.is_some_and(|f| f > 0.0) {
            return Some(first);
        }
        let history_end = self.history_end(component);
        while lo < history_end {
            let hi = smaller(lo + HISTORY_SCAN_YEARS, history_end);
            let f_hi = probe(hi);
            if let Some(f_hi) = f_hi.filter(|&f| f > 0.0) {
                return Some(bracket(lo, f_lo, hi, f_hi));
            }
            (lo, f_lo) = (hi, f_hi);
        }
        if self.demand.slope >= self.max_slope(component) {
            let f_last = excess(last);
            return (f_last > 0.0).then(|| bracket(lo, f_lo, last, f_last));
        }
        while lo < last {
            let hi = smaller(lo + 1.0, last);
            let f_hi = probe(hi);
            if let Some(f_hi) = f_hi.filter(|&f| f > 0.0) {
                return Some(bracket(lo, f_lo, hi, f_hi));
            }
            (lo, f_lo) = (hi, f_hi);
        }
        None
    }

    /// Demand over a component's ceiling in `year` (log10), or `None` where a cheaper bound
    /// already shows demand within it: the bandwidth wall is never below one campus's run nor
    /// below its closed-form floor, so demand within either needs no Newton solve. Where it
    /// returns a value, it is the excess.
    fn probe_excess(&self, component: ComponentId, year: f64) -> Option<f64> {
        let demand = self.demand.at_year(year);
        if component == ComponentId::InterSiteBandwidth {
            let campus = self.log10_campus_flop(year);
            if demand <= self.bandwidth_bound(year, campus) {
                return None;
            }
            let bandwidth = self.network.log10_bandwidth_flop(year, &self.run);
            return Some(demand - larger(bandwidth, campus));
        }
        Some(demand - self.log10_ceiling(component, year))
    }

    /// A lower bound on the bandwidth wall in `year` with no Newton solve, log10 FLOP: the larger
    /// of one campus's run (`campus`) and the wall's closed-form floor.
    fn bandwidth_bound(&self, year: f64, campus: f64) -> f64 {
        larger(
            campus,
            self.network.log10_bandwidth_flop_floor(year, &self.run),
        )
    }

    /// `log10` FLOP of the largest run one campus powers, published in `year`: the floor of the
    /// bandwidth wall (such a run needs no bandwidth between sites).
    fn log10_campus_flop(&self, year: f64) -> f64 {
        let start = self.run_start(year);
        self.log10_flop(self.power.log10_campus_h100e(start), year)
    }

    /// When demand first exceeds a constant ceiling of `10^log10_flop`.
    fn static_crossing(&self, log10_flop: f64) -> Option<f64> {
        let (first, last) = (f64::from(FIRST_YEAR), f64::from(LAST_YEAR));
        if self.demand.at_year(first) > log10_flop {
            return Some(first);
        }
        if self.demand.slope <= 0.0 {
            return None;
        }
        let year = self.demand.t0 + (log10_flop - self.demand.at) / self.demand.slope;
        (year <= last).then_some(year.max(first))
    }

    /// Whether any wall lies below a frontier record when it was published: a world that says a
    /// run that happened was impossible. Walls that cannot bind, and racks the cooling cannot
    /// take (a design choice, not a claim about history), are left out.
    pub fn contradicts_history(&self, records: &Records) -> bool {
        records.iter().any(|&(year, log10_flop)| {
            ComponentId::ALL.iter().any(|&component| {
                // A run within the bandwidth wall's lower bound is within the wall: no Newton solve.
                if component == ComponentId::InterSiteBandwidth
                    && self.bandwidth_bound(year, self.log10_campus_flop(year)) >= log10_flop
                {
                    return false;
                }
                let ceiling = self.log10_ceiling(component, year);
                ceiling.is_finite() && ceiling < log10_flop
            })
        })
    }

    /// The binding year of every wall and the first.
    pub fn outcome(&self) -> Outcome {
        let mut wall_years = [None; WallId::ALL.len()];
        let mut first: Option<(WallId, f64)> = None;
        for (slot, wall) in wall_years.iter_mut().zip(WallId::ALL) {
            let year = wall
                .components()
                .iter()
                .filter_map(|&component| self.crossing(component))
                .reduce(f64::min);
            *slot = year;
            if let Some(year) = year {
                // Ties go to the wall drawn first; a tie is anything closer than the crossings
                // are refined, so f32 and f64 break it alike.
                if first.is_none_or(|(_, best)| year < best - TIE_YEARS) {
                    first = Some((wall, year));
                }
            }
        }
        Outcome { wall_years, first }
    }
}

/// What one scenario gives: the year each wall binds (if before the horizon), and the first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// Binding year per wall, in [`WallId::ALL`] order; `None` past the horizon (and always for
    /// algorithms).
    pub wall_years: [Option<f64>; WallId::ALL.len()],
    /// The first wall and its year.
    pub first: Option<(WallId, f64)>,
}

/// The step of the crossing search through the observed era, years.
pub const HISTORY_SCAN_YEARS: f64 = 0.25;

/// Walls binding within this of each other are tied (four times [`YEAR_TOLERANCE`], ~9 hours);
/// the first in the source diagram's order counts as first.
pub const TIE_YEARS: f64 = 4.0 * YEAR_TOLERANCE;

/// How close the bracket around a crossing gets: 2⁻¹² year, about two hours.
pub const YEAR_TOLERANCE: f64 = 1.0 / 4096.0;

/// A crossing is found once demand and ceiling are this close (log10 units: 0.002 %, well under
/// [`YEAR_TOLERANCE`] at any growth rate the registry allows).
pub const EXCESS_TOLERANCE: f64 = 1e-5;

/// At most this many refining steps (bisection alone needs 16 over the whole horizon).
pub const REFINE_STEPS: u32 = 24;

/// The root of `f` in `[lo, hi]`, where `f(lo) ≤ 0 < f(hi)`, to within [`YEAR_TOLERANCE`]:
/// regula falsi with the Illinois modification (Dowell & Jarratt 1971), which converges
/// superlinearly on smooth functions, falling back to bisection when a step would not shrink the
/// bracket. Returns the bracket's upper end, where demand already exceeds the ceiling.
fn refine(f: &impl Fn(f64) -> f64, mut lo: f64, mut f_lo: f64, mut hi: f64, mut f_hi: f64) -> f64 {
    let mut side = 0i8;
    for _ in 0..REFINE_STEPS {
        if hi - lo <= YEAR_TOLERANCE {
            break;
        }
        let falsi = (lo * f_hi - hi * f_lo) / (f_hi - f_lo);
        let t = if falsi > lo && falsi < hi {
            falsi
        } else {
            0.5 * (lo + hi)
        };
        let f_t = f(t);
        if f_t.abs() <= EXCESS_TOLERANCE {
            return t;
        }
        if f_t > 0.0 {
            (hi, f_hi) = (t, f_t);
            if side == 1 {
                f_lo *= 0.5;
            }
            side = 1;
        } else {
            (lo, f_lo) = (t, f_t);
            if side == -1 {
                f_hi *= 0.5;
            }
            side = -1;
        }
    }
    hi
}

/// A scenario made ready to project: its [`Ceilings`], and the scenario itself for the formulas.
#[derive(Clone, Debug, PartialEq)]
pub struct Walls {
    scenario: Scenario,
    context: Context,
    ceilings: Ceilings,
    facility: FacilityPower,
}

impl Walls {
    /// Prepares a scenario.
    pub fn new(scenario: &Scenario) -> Self {
        let context = Context::of(scenario);
        Self {
            ceilings: Ceilings::new(scenario.values(), &context),
            facility: FacilityPower::from_scenario(scenario),
            context,
            scenario: scenario.clone(),
        }
    }

    /// The scenario these walls come from.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The walls in log10 space.
    pub fn ceilings(&self) -> &Ceilings {
        &self.ceilings
    }

    /// The fixed part of the scenario (data-center choices, demand anchor).
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// The demand trend.
    pub fn demand(&self) -> DemandTrend {
        DemandTrend {
            reference_year: self.context.demand_t0,
            reference_flop: 10f64.powf(self.context.demand_log10_flop),
            growth_per_year: self.get(ParamId::DemandGrowth),
        }
    }

    /// Power per H100-equivalent in the chosen accelerator's baseline year, from the facility
    /// seam.
    pub fn facility(&self) -> &FacilityPower {
        &self.facility
    }

    fn get(&self, id: ParamId) -> f64 {
        self.scenario.get(id)
    }

    /// The largest run one component allows in `year`, FLOP (∞ where it cannot bind, 0 where it
    /// binds from the start).
    pub fn component_ceiling(&self, component: ComponentId, year: f64) -> f64 {
        10f64.powf(self.ceilings.log10_ceiling(component, year))
    }

    /// Whether a component can bind at all in this scenario.
    pub fn can_bind(&self, component: ComponentId) -> bool {
        match component {
            ComponentId::LiquidCooling => self.ceilings.cooling != CoolingCase::CannotBind,
            ComponentId::DataMovement => self.ceilings.network.floor_h100e.is_some(),
            _ => true,
        }
    }

    /// The largest run a wall allows in `year`, FLOP; `None` for algorithms, which set no
    /// ceiling, and for a wall none of whose components can bind.
    pub fn ceiling(&self, wall: WallId, year: f64) -> Option<f64> {
        wall.components()
            .iter()
            .filter(|&&component| self.can_bind(component))
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
    /// (`2^(12·(t − 2024)/τ)`, Ho et al. 2024).
    ///
    /// This is the software wall's effect: it multiplies effective compute; it does not move any
    /// physical ceiling.
    pub fn effective_compute_multiplier(&self, year: f64) -> f64 {
        let halving_months = self.get(ParamId::HalvingMonths);
        2f64.powf(12.0 * (year - 2024.0) / halving_months)
    }

    fn software_formula(&self, year: f64) -> String {
        let tau = self.get(ParamId::HalvingMonths);
        format!(
            "No ceiling: algorithms multiply effective compute, A(t) = 2^(12·(t − 2024)/τ) \
             = 2^(12·({year:.0} − 2024)/{tau}) = {} in {year:.0} (τ = {tau} months); a {} FLOP run \
             in {year:.0} is worth {} FLOP of 2024 algorithms. Mixture-of-experts enters the data \
             wall; test-time compute takes its chips and power from training (the training share).",
            sci(self.effective_compute_multiplier(year)),
            sci(self.demand().flop_in(year)),
            sci(self.demand().flop_in(year) * self.effective_compute_multiplier(year)),
        )
    }

    /// The run's length in `year`, months.
    pub fn run_months(&self, year: f64) -> f64 {
        self.ceilings.run.years(year) * 12.0
    }

    /// H100-equivalents a wall's chips or watts give a run published in `year` (chips, power or
    /// cooling), or `None` for walls that are not counted in chips.
    pub fn h100e(&self, component: ComponentId, year: f64) -> Option<f64> {
        self.ceilings
            .log10_h100e(component, year)
            .map(|log10| 10f64.powf(log10))
    }

    /// The largest run `power_w` watts can train if the run starts in `start` (watts per
    /// H100-equivalent of that year, data-movement losses included), FLOP.
    pub fn flop_from_power_w(&self, power_w: f64, start: f64) -> f64 {
        let c = &self.ceilings;
        // The run published when a run starting in `start` ends: two fixed-point steps of
        // t = start + T(t), exact while the run length is constant or capped.
        let years = |t: f64| c.run.years(t);
        let published = start + years(start + years(start));
        let log10_h100e = power_w.log10() - c.power.watts.at_year(start);
        10f64.powf(c.log10_flop(log10_h100e, published))
    }

    /// The share of utilization a run on `h100e` H100-equivalents keeps after data movement.
    pub fn utilization_kept(&self, h100e: f64) -> f64 {
        self.ceilings.utilization_kept(h100e.log10())
    }
}

pub(crate) use crate::format::short as sci;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::PresetId;

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

    #[test]
    fn anchored_series_follow_history_then_the_forecast() {
        let series = Anchored {
            t0: 2026.0,
            at: 9.0,
            history: 0.5,
            forecast: 0.25,
        };
        assert_eq!(series.at_year(2026.0), 9.0);
        assert_eq!(series.at_year(2024.0), 8.0);
        assert_eq!(series.at_year(2030.0), 10.0);
    }

    /// Epoch 2025: the frontier's runs grow 1.4×/yr from about three months and stop at nine.
    #[test]
    fn run_length_grows_then_stops() {
        let walls = Walls::new(&Scenario::preset(PresetId::Evidence2026));
        assert!((walls.run_months(2024.0) - 3.0).abs() < 1e-9);
        assert!((walls.run_months(2026.0) - 4.2).abs() < 1e-9);
        assert!((walls.run_months(2035.0) - 9.0).abs() < 1e-9);
        let start = walls.ceilings().run_start(2030.0);
        assert!((start - 2029.25).abs() < 1e-9, "{start}");
    }

    /// The sweep's shortcuts change no answer: the bandwidth probe skips a year only where demand
    /// is within the wall's lower bound (and so within the wall), and is otherwise the excess
    /// exactly; the lower bound is below the solved wall; the history check that skips the same
    /// solve rejects exactly the samples the plain check does; a run's length in years is
    /// `10^log10_years` within a few ulp.
    #[test]
    fn the_sweeps_shortcuts_change_no_answer() {
        let sweep = crate::sweep::Sweep::new(&Scenario::preset(PresetId::Evidence2026), 7);
        let records = &sweep.context().records;
        let mut skipped = 0;
        for i in 0..2_000 {
            let c = sweep.ceilings(i);
            for component in ComponentId::ALL {
                for step in 0..=64 {
                    let t = f64::from(FIRST_YEAR) + f64::from(step) * 0.25;
                    let excess = c.demand.at_year(t) - c.log10_ceiling(component, t);
                    match c.probe_excess(component, t) {
                        Some(probed) => assert_eq!(probed.to_bits(), excess.to_bits()),
                        None => {
                            assert!(excess <= 0.0, "{component:?} {t}: skipped {excess}");
                            skipped += 1;
                        }
                    }
                    let campus = c.log10_campus_flop(t);
                    let solved = c.log10_ceiling(ComponentId::InterSiteBandwidth, t);
                    assert!(c.bandwidth_bound(t, campus) <= solved + 1e-12, "{t}");
                    let years = c.run.years(t);
                    let exact = 10f64.powf(c.run.log10_years(t));
                    assert!(((years - exact) / exact).abs() < 1e-14, "{t}: {years}");
                }
            }
            let plain = records.iter().any(|&(year, log10_flop)| {
                ComponentId::ALL.iter().any(|&component| {
                    let ceiling = c.log10_ceiling(component, year);
                    ceiling.is_finite() && ceiling < log10_flop
                })
            });
            assert_eq!(c.contradicts_history(records), plain, "sample {i}");
        }
        assert!(skipped > 0, "the probe never skipped a solve");
    }

    /// The bandwidth wall's Newton solve, stopped once a step is below f64's precision, is the
    /// root of its equation: bisection on the same equation agrees to 1e-9 in `ln N`.
    #[test]
    fn the_bandwidth_solve_finds_its_root() {
        let sweep = crate::sweep::Sweep::new(&Scenario::preset(PresetId::Evidence2026), 3);
        for i in 0..500 {
            let c = sweep.ceilings(i);
            let n = &c.network;
            for year in [2024.0, 2027.5, 2031.0, 2040.0] {
                let ln_run_s = c.run.log10_years(year) * LN_10 + SECONDS_PER_YEAR.ln();
                let ln_a =
                    n.ln_two_bits - n.ln_bandwidth_2030 - n.ln_bandwidth_growth * (year - 2030.0);
                let g = |x: f64| {
                    (1.0 - n.gamma) * x + ((ln_a + x).exp() + n.sync_s).ln()
                        - (ln_run_s - n.ln_syncs)
                };
                let (mut lo, mut hi) = (-200.0, 200.0);
                for _ in 0..200 {
                    let mid = 0.5 * (lo + hi);
                    if g(mid) > 0.0 {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                let x = n.ln_bandwidth_params(year, &c.run);
                assert!((x - lo).abs() < 1e-9, "sample {i} {year}: {x} against {lo}");
            }
        }
    }

    /// A brute-force scan (every 2⁻¹² year) agrees with the crossing finder on every component of
    /// every preset and of scenarios pushed around the plausible ranges — except where demand only
    /// grazes a ceiling between two scan points (by under 2 %), which the finder may pass over.
    #[test]
    fn crossings_are_the_first_year_demand_exceeds_the_ceiling() {
        let mut scenarios: Vec<Scenario> =
            PresetId::ALL.into_iter().map(Scenario::preset).collect();
        let sweep = crate::sweep::Sweep::new(&Scenario::preset(PresetId::Evidence2026), 11);
        scenarios.extend((0..300).map(|i| sweep.scenario(i)));
        for scenario in &scenarios {
            let walls = Walls::new(scenario);
            let c = walls.ceilings();
            for component in ComponentId::ALL {
                let excess = |t: f64| c.demand.at_year(t) - c.log10_ceiling(component, t);
                let grid =
                    || (0..=16 * 4096).map(|i| f64::from(FIRST_YEAR) + f64::from(i) / 4096.0);
                let found = c.crossing(component);
                let brute = grid().find(|&t| excess(t) > 0.0);
                if let Some(year) = found {
                    assert!(excess(year + 1.0 / 4096.0) > 0.0, "{component:?} {year}");
                }
                let before = found.unwrap_or(f64::INFINITY) - 2.0 / 4096.0;
                let grazing = grid()
                    .take_while(|&t| t < before)
                    .map(excess)
                    .fold(f64::NEG_INFINITY, f64::max);
                assert!(
                    grazing < 0.01,
                    "{component:?}: found {found:?}, brute force {brute:?}, excess {grazing} before"
                );
            }
        }
    }
}
