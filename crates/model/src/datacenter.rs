//! The integrated data center: accelerators, power chain, cooling and energy as one system.
//!
//! From a scenario's data-center choices it computes, per accelerator and for the whole site,
//! the power at each stage from the grid to the chips, the PUE, how many racks of what density
//! and whether the cooling can take them, and the energy, water, carbon and cost of a year.
//! The power and cooling walls read [`PerAccelerator`] through [`crate::facility::FacilityPower`],
//! so a change here moves the walls too: compute, heat, cooling and power are one chain.
//!
//! ```text
//! node     = nameplate per accelerator                              (server input, AC)
//! IT       = node × η_PSU / η_chain-IT ÷ (1 − network share)        (at the IT equipment)
//! PUE      = 1 + electrical overhead(chain) + cooling overhead(technology, free-cooling share)
//! facility = IT × PUE                                               (what the site must supply)
//! energy   = facility × average load fraction × hours               (what it draws over a year)
//! ```
//! Power capacity is sized at nameplate; energy, water, carbon and cost use the average draw
//! (H100 nodes averaged 76 % of nameplate in training, Newkirk et al. 2025).
//! Cooling overhead: each technology's published PUE range, less the electrical losses of an AC
//! chain, interpolated by the free-cooling share (0 = the top of the range, 1 = the bottom).

use crate::accelerators::{Accelerator, Dc800v, SystemPower, ACCELERATORS};
use crate::param::{Choice, ParamId};
use crate::scenario::Scenario;
use crate::source::{self, Citation};
use crate::units::{HOURS_PER_YEAR, SECONDS_PER_MONTH};

/// A cooling technology.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cooling {
    /// Air with hot/cold-aisle containment.
    Air,
    /// Rear-door heat exchangers.
    RearDoor,
    /// Cold plates on the chips and coolant distribution units.
    DirectLiquid,
    /// Servers submerged in coolant.
    Immersion,
}

/// What a cooling technology can do, and where the figures come from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CoolingSpec {
    /// The most heat one rack may produce, kW.
    pub rack_limit_kw: f64,
    /// Whole-facility PUE of such halls (with an AC power chain): best and worst published.
    pub pue_low: f64,
    /// See [`Self::pue_low`].
    pub pue_high: f64,
    /// Water per kWh of IT energy, L/kWh.
    pub wue_l_per_kwh: f64,
    /// Where the figures come from.
    pub source: Citation,
}

impl Cooling {
    /// Every technology with its `datacenter.cooling` option, in the options' order: the one
    /// table the registry's options and [`Choices::of`] both read.
    pub const OPTIONS: [(Self, Choice); 4] = [
        (
            Self::Air,
            Choice {
                id: "air",
                label: "Air (containment)",
            },
        ),
        (
            Self::RearDoor,
            Choice {
                id: "rear-door",
                label: "Rear-door heat exchanger",
            },
        ),
        (
            Self::DirectLiquid,
            Choice {
                id: "direct-liquid",
                label: "Direct-to-chip liquid",
            },
        ),
        (
            Self::Immersion,
            Choice {
                id: "immersion",
                label: "Immersion",
            },
        ),
    ];

    /// Every technology, in the order of the `datacenter.cooling` options.
    pub const ALL: [Self; 4] = [
        Self::OPTIONS[0].0,
        Self::OPTIONS[1].0,
        Self::OPTIONS[2].0,
        Self::OPTIONS[3].0,
    ];

    /// The `datacenter.cooling` options.
    pub const CHOICES: [Choice; 4] = [
        Self::OPTIONS[0].1,
        Self::OPTIONS[1].1,
        Self::OPTIONS[2].1,
        Self::OPTIONS[3].1,
    ];

    /// Its figures.
    pub fn spec(self) -> CoolingSpec {
        match self {
            Self::Air => CoolingSpec {
                rack_limit_kw: 30.0,
                pue_low: 1.4,
                pue_high: 1.6,
                wue_l_per_kwh: 1.8,
                source: Citation {
                    source: &source::UPTIME_PUE,
                    locator: "industry average PUE 1.58 (2023); air with containment ≈25–30 kW per rack (crac.services); air-cooled colo PUE 1.4–1.6 (aiinframap); WUE 1.8–1.9 L/kWh (Yobitel)",
                },
            },
            Self::RearDoor => CoolingSpec {
                rack_limit_kw: 60.0,
                pue_low: 1.25,
                pue_high: 1.4,
                wue_l_per_kwh: 0.4,
                source: Citation {
                    source: &source::CRAC_DENSITY,
                    locator: "rear-door exchangers 20–80 kW per door (≈60 here); PUE between air and liquid [assumption]; adiabatic assist 0.1–0.4 L/kWh (Yobitel)",
                },
            },
            Self::DirectLiquid => CoolingSpec {
                rack_limit_kw: 250.0,
                pue_low: 1.1,
                pue_high: 1.25,
                wue_l_per_kwh: 0.1,
                source: Citation {
                    source: &source::TRENDFORCE_800V,
                    locator: "Vera Rubin NVL72 racks of 190–230 kW are direct-to-chip liquid-cooled (250 kW here [assumption]); liquid-cooled hyperscale PUE 1.10–1.25 (aiinframap); dry coolers 0–0.10 L/kWh (Yobitel)",
                },
            },
            Self::Immersion => CoolingSpec {
                rack_limit_kw: 250.0,
                pue_low: 1.03,
                pue_high: 1.1,
                wue_l_per_kwh: 0.05,
                source: Citation {
                    source: &source::IMMERSION_PUE,
                    locator: "immersion 100+ kW per tank, “effectively unlimited” (250 kW here [assumption]); PUE ≈1.03–1.10; NVIDIA's rack-scale systems are designed for cold plates, not immersion",
                },
            },
        }
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Air => "air",
            Self::RearDoor => "rear-door heat exchangers",
            Self::DirectLiquid => "direct-to-chip liquid",
            Self::Immersion => "immersion",
        }
    }
}

/// How power gets from the grid to the chips.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowerChain {
    /// Transformer, UPS, PDU, then AC–DC power supplies in every server.
    Ac,
    /// A solid-state rectifier to an 800 V DC bus, then DC–DC in the rack.
    Dc800v,
}

/// One conversion stage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stage {
    /// What it is.
    pub name: &'static str,
    /// Output over input power.
    pub efficiency: f64,
}

/// Server power supplies (AC to 54 V DC): 80 PLUS Titanium is 96 % at half load and 91 % at
/// full; 95 % here, derived (reference/datacenter.md §4, S66).
pub const PSU_EFFICIENCY: f64 = 0.95;

impl PowerChain {
    /// Both chains with their `datacenter.power_chain` options, in the options' order: the one
    /// table the registry's options and [`Choices::of`] both read.
    pub const OPTIONS: [(Self, Choice); 2] = [
        (
            Self::Ac,
            Choice {
                id: "ac",
                label: "AC (UPS, PDU, server PSUs)",
            },
        ),
        (
            Self::Dc800v,
            Choice {
                id: "dc-800v",
                label: "800 V DC",
            },
        ),
    ];

    /// Both chains, in the order of the `datacenter.power_chain` options.
    pub const ALL: [Self; 2] = [Self::OPTIONS[0].0, Self::OPTIONS[1].0];

    /// The `datacenter.power_chain` options.
    pub const CHOICES: [Choice; 2] = [Self::OPTIONS[0].1, Self::OPTIONS[1].1];

    /// The stages before the IT equipment (their losses count in the PUE).
    pub fn facility_stages(self) -> &'static [Stage] {
        match self {
            Self::Ac => &[
                Stage {
                    name: "transformer",
                    efficiency: 0.985,
                },
                Stage {
                    name: "UPS (eco mode)",
                    efficiency: 0.99,
                },
                Stage {
                    name: "PDU",
                    efficiency: 0.98,
                },
            ],
            Self::Dc800v => &[Stage {
                name: "solid-state rectifier to 800 V DC",
                efficiency: 0.975,
            }],
        }
    }

    /// The conversion inside the IT equipment, to the boards' DC.
    pub fn it_stage(self) -> Stage {
        match self {
            Self::Ac => Stage {
                name: "server power supplies",
                efficiency: PSU_EFFICIENCY,
            },
            Self::Dc800v => Stage {
                name: "800 V to 54 V DC–DC",
                efficiency: 0.98,
            },
        }
    }

    /// Voltage of the power that reaches a rack's bus, V (for the current).
    pub fn rack_bus_v(self) -> f64 {
        match self {
            Self::Ac => 48.0,
            Self::Dc800v => 800.0,
        }
    }

    /// Efficiency of the facility stages together.
    pub fn facility_efficiency(self) -> f64 {
        self.facility_stages()
            .iter()
            .map(|s| s.efficiency)
            .product()
    }

    /// Grid to board, all stages.
    pub fn grid_to_board_efficiency(self) -> f64 {
        self.facility_efficiency() * self.it_stage().efficiency
    }

    /// Where the stage figures come from.
    pub fn source(self) -> Citation {
        match self {
            Self::Ac => Citation {
                source: &source::POWER_CHAIN_STAGES,
                locator: "transformer 98.5–99 %; UPS eco mode up to 99 % (Schneider WP157); PDU 94–98 %; Titanium PSU 96 %/91 % at 50 %/100 % load",
            },
            Self::Dc800v => Citation {
                source: &source::NVIDIA_800V,
                locator: "“up to 5 %” better end to end than AC; 54 V → 800 V cuts current ~15×; native from Kyber racks (2027)",
            },
        }
    }
}

/// Where the electricity comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EnergySourceSpec {
    /// Its `datacenter.energy_source` option (its id and its name).
    pub choice: Choice,
    /// Price, US$/MWh.
    pub price_usd_per_mwh: f64,
    /// Operational carbon intensity, g CO₂/kWh (life-cycle emissions not included).
    pub gco2_per_kwh: f64,
    /// Average output over nameplate.
    pub capacity_factor: f64,
    /// How long until it delivers, in words.
    pub lead_time: &'static str,
    /// Where the figures come from.
    pub source: Citation,
}

/// The energy sources, in the order of the `datacenter.energy_source` options (each carries its
/// option: the one table the registry's options and [`Choices::of`] both read).
pub const ENERGY_SOURCES: [EnergySourceSpec; 3] = [
    EnergySourceSpec {
        choice: Choice { id: "grid", label: "US grid" },
        price_usd_per_mwh: 80.6,
        gco2_per_kwh: 369.0,
        capacity_factor: 1.0,
        lead_time: "over 4 years to connect a large load in primary markets (JLL 2026); large transformers ≈128 weeks (Wood Mackenzie)",
        source: Citation {
            source: &source::EIA_PRICES,
            locator: "US industrial average 8.06 ¢/kWh (2023); US grid 369 g/kWh (1,570 Mt / 4,252 TWh, Ember and EIA) [derived]",
        },
    },
    EnergySourceSpec {
        choice: Choice { id: "smr", label: "Small modular reactors" },
        price_usd_per_mwh: 119.0,
        gco2_per_kwh: 0.0,
        capacity_factor: 0.931,
        lead_time: "first units 2029–2032 (Darlington BWRX-300; Kairos–Google 2030)",
        source: Citation {
            source: &source::NUSCALE_PRICE,
            locator: "NuScale's CFPP target $89/MWh included ≈$30/MWh of IRA credits: ≈$119/MWh unsubsidised, like the solar figure [derived]; project ended Nov 2023; US nuclear capacity factor 93.1 % (2023)",
        },
    },
    EnergySourceSpec {
        choice: Choice { id: "solar-storage", label: "Solar with storage" },
        price_usd_per_mwh: 90.5,
        gco2_per_kwh: 0.0,
        capacity_factor: 0.233,
        lead_time: "under 2 years including planning, not permitting (Epoch 2030, footnote 48)",
        source: Citation {
            source: &source::LAZARD_LCOE_2025,
            locator: "solar PV + storage $50–131/MWh unsubsidized, midpoint [derived]; not firm round-the-clock power; US solar capacity factor 23.3 % (2023)",
        },
    },
];

/// The `datacenter.energy_source` options.
pub const ENERGY_SOURCE_CHOICES: [Choice; 3] = [
    ENERGY_SOURCES[0].choice,
    ENERGY_SOURCES[1].choice,
    ENERGY_SOURCES[2].choice,
];

/// The figures of one accelerator in this data center, W unless said.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PerAccelerator {
    /// The accelerator.
    pub accelerator: &'static Accelerator,
    /// Its own power (TDP).
    pub chip_w: f64,
    /// The server's draw per accelerator at its input (chain-adjusted).
    pub node_w: f64,
    /// IT power per accelerator, network and storage included.
    pub it_w: f64,
    /// Facility power per accelerator (IT × PUE).
    pub facility_w: f64,
    /// Power usage effectiveness.
    pub pue: f64,
}

/// The site as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Design {
    /// Per accelerator.
    pub per_accelerator: PerAccelerator,
    /// The cooling technology.
    pub cooling: Cooling,
    /// The power chain.
    pub chain: PowerChain,
    /// The energy source.
    pub energy: &'static EnergySourceSpec,
    /// How many accelerators.
    pub accelerators: f64,
    /// IT power, MW.
    pub it_power_mw: f64,
    /// Facility power, MW.
    pub facility_power_mw: f64,
    /// Power of one rack, kW (nameplate).
    pub rack_power_kw: f64,
    /// Accelerators per rack.
    pub accelerators_per_rack: f64,
    /// Racks.
    pub racks: f64,
    /// Current on a rack's bus, A.
    pub rack_current_a: f64,
    /// Whether the cooling can remove the racks' heat.
    pub cooling_feasible: bool,
    /// Why (or why not), in words.
    pub cooling_reason: String,
    /// Energy in a year at the average load, GWh.
    pub annual_energy_gwh: f64,
    /// CO₂ in a year, t.
    pub annual_co2_t: f64,
    /// Water in a year, m³.
    pub annual_water_m3: f64,
    /// Energy cost in a year, US$.
    pub annual_energy_cost_usd: f64,
    /// Generation capacity to build for this load at the source's capacity factor, MW.
    pub generation_capacity_mw: f64,
    /// Training compute the site can deliver in a year, FLOP.
    pub training_flop_per_year: f64,
    /// … and in one run of the scenario's length, FLOP.
    pub training_flop_per_run: f64,
    /// The power flows, grid to heat, MW, in drawing order.
    pub flows: Vec<Flow>,
    /// What the reader should know: preliminary figures, 800 V DC availability.
    pub notes: Vec<String>,
}

/// One flow of the power diagram, MW.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flow {
    /// Where it comes from.
    pub from: Node,
    /// Where it goes.
    pub to: Node,
    /// How much, MW.
    pub mw: f64,
}

/// A node of the power diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    /// Power drawn from the grid (or the plant).
    Grid,
    /// Losses in transformers, UPS, PDUs or the rectifier.
    ConversionLosses,
    /// Chillers, pumps, fans of the cooling plant.
    CoolingPlant,
    /// Power that reaches the IT equipment.
    It,
    /// Losses in the servers' power supplies or DC–DC stage.
    ServerConversion,
    /// Switches, optics, storage.
    NetworkStorage,
    /// CPUs, memory, fans and boards.
    Hosts,
    /// The accelerators themselves.
    Accelerators,
    /// All of it, finally, as heat.
    Heat,
}

impl Node {
    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Grid => "From the grid",
            Self::ConversionLosses => "Conversion losses",
            Self::CoolingPlant => "Cooling plant",
            Self::It => "IT equipment",
            Self::ServerConversion => "Server power conversion",
            Self::NetworkStorage => "Network and storage",
            Self::Hosts => "Host CPUs, memory, fans",
            Self::Accelerators => "Accelerators",
            Self::Heat => "Heat to reject",
        }
    }
}

/// Why a design cannot be made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum DesignError {
    /// The accelerator's power is not published.
    #[error("{0}: its power draw is not published, so its data center cannot be sized")]
    NoPowerFigures(&'static str),
}

/// The data-center choices of a scenario, read from its parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Choices {
    /// The accelerator.
    pub accelerator: &'static Accelerator,
    /// The cooling technology.
    pub cooling: Cooling,
    /// The power chain.
    pub chain: PowerChain,
    /// The energy source.
    pub energy: &'static EnergySourceSpec,
}

/// The position of a choice parameter's value among its `len` options. A scenario validates its
/// choices, so the value is a whole index below `len`; the clamp only keeps the lookup total.
fn option_index(scenario: &Scenario, id: ParamId, len: usize) -> usize {
    // A validated choice is a small whole number.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let index = scenario.get(id) as usize;
    index.min(len.saturating_sub(1))
}

impl Choices {
    /// Reads the choices: each option's position picks from the table its options were made
    /// from (`Cooling::OPTIONS`, `PowerChain::OPTIONS`, [`ENERGY_SOURCES`]); the accelerator is
    /// found by its option's id.
    pub fn of(scenario: &Scenario) -> Self {
        let spec = ParamId::Accelerator.spec();
        let accelerator = spec
            .option(scenario.get(ParamId::Accelerator))
            .or_else(|| spec.option(spec.default))
            .and_then(|choice| Accelerator::lookup(choice.id))
            // Every option is an accelerator (tested); the first one keeps this total.
            .unwrap_or(&ACCELERATORS[0]);
        Self {
            accelerator,
            cooling: Cooling::ALL[option_index(scenario, ParamId::Cooling, Cooling::ALL.len())],
            chain: PowerChain::ALL
                [option_index(scenario, ParamId::PowerChain, PowerChain::ALL.len())],
            energy: &ENERGY_SOURCES
                [option_index(scenario, ParamId::EnergySource, ENERGY_SOURCES.len())],
        }
    }
}

/// The PUE of a cooling technology and power chain at a free-cooling share.
pub fn pue(cooling: Cooling, chain: PowerChain, free_cooling_share: f64) -> f64 {
    PueLine::of(cooling, chain).at(free_cooling_share)
}

/// PUE as a function of the free-cooling share, for fixed cooling and power chain:
/// `1 + chain overhead + max(0.01, cooling overhead in a hot climate − share × range)`.
/// The sweep kernels evaluate this form (keep `crates/gpu/shaders/sweep.wgsl` in sync).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PueLine {
    /// Power-chain losses over IT load.
    pub chain_overhead: f64,
    /// The cooling plant's overhead with no free cooling (the top of the published range, less
    /// an AC chain's losses, which the published PUEs include).
    pub cooling_overhead_hot: f64,
    /// How much full free cooling takes off (the published range).
    pub cooling_overhead_range: f64,
}

/// The cooling plant never drops below this overhead (pumps and fans).
pub const MIN_COOLING_OVERHEAD: f64 = 0.01;

impl PueLine {
    /// The line for a cooling technology and power chain.
    pub fn of(cooling: Cooling, chain: PowerChain) -> Self {
        let spec = cooling.spec();
        let ac_overhead = 1.0 / PowerChain::Ac.facility_efficiency() - 1.0;
        Self {
            chain_overhead: 1.0 / chain.facility_efficiency() - 1.0,
            cooling_overhead_hot: spec.pue_high - 1.0 - ac_overhead,
            cooling_overhead_range: spec.pue_high - spec.pue_low,
        }
    }

    /// The PUE at a free-cooling share.
    pub fn at(&self, free_cooling_share: f64) -> f64 {
        let cooling_overhead = (self.cooling_overhead_hot
            - free_cooling_share * self.cooling_overhead_range)
            .max(MIN_COOLING_OVERHEAD);
        1.0 + self.chain_overhead + cooling_overhead
    }
}

/// Per-accelerator power for `accelerator` in this scenario's data center, at nameplate: the
/// capacity a site must be built for.
pub fn per_accelerator(
    scenario: &Scenario,
    accelerator: &'static Accelerator,
    system: &SystemPower,
    pue_override: Option<f64>,
) -> PerAccelerator {
    let choices = Choices::of(scenario);
    let chain = choices.chain;
    // Server input on an AC chain; a DC chain swaps the power supplies for a DC–DC stage.
    let node_w = system.node_w_per_accelerator * PSU_EFFICIENCY / chain.it_stage().efficiency;
    let it_w = node_w / (1.0 - scenario.get(ParamId::NetworkShare));
    let pue = pue_override.unwrap_or_else(|| {
        pue(
            choices.cooling,
            chain,
            scenario.get(ParamId::FreeCoolingShare),
        )
    });
    PerAccelerator {
        accelerator,
        chip_w: accelerator.tdp_w.unwrap_or(0.0),
        node_w,
        it_w,
        facility_w: it_w * pue,
        pue,
    }
}

/// How a system's racks meet a cooling technology.
#[derive(Clone, Debug, PartialEq)]
pub struct RackFit {
    /// Servers per rack (the vendor's, or fewer to fit the cooling).
    pub nodes_per_rack: f64,
    /// Whether the cooling can remove the racks' heat at all.
    pub feasible: bool,
    /// Why (or why not), in words.
    pub reason: String,
}

/// Whether `cooling` can take `system`'s racks: within its kW limit at the vendor's density, or
/// with servers spread over more racks. A rack-scale system cannot be spread, and a system its
/// vendor designs for liquid only cannot be air-cooled. The cooling wall reads the same answer.
pub fn rack_fit(system: &SystemPower, cooling: Cooling) -> RackFit {
    let limit_kw = cooling.spec().rack_limit_kw;
    let node_kw = system.node_w_per_accelerator * f64::from(system.accelerators_per_node) / 1000.0;
    let reference_nodes = f64::from(system.nodes_per_rack);
    let liquid = matches!(cooling, Cooling::DirectLiquid | Cooling::Immersion);
    if system.liquid_only && !liquid {
        return RackFit {
            nodes_per_rack: reference_nodes,
            feasible: false,
            reason: format!(
                "{} is designed for liquid cooling only ({:.0} kW racks); {} cannot cool it",
                system.name,
                node_kw * reference_nodes,
                cooling.label()
            ),
        };
    }
    if node_kw * reference_nodes <= limit_kw {
        RackFit {
            nodes_per_rack: reference_nodes,
            feasible: true,
            reason: format!(
                "{:.0} kW racks are within what {} removes (about {:.0} kW per rack)",
                node_kw * reference_nodes,
                cooling.label(),
                limit_kw
            ),
        }
    } else if !system.rack_scale && node_kw <= limit_kw {
        let fit = (limit_kw / node_kw).floor();
        RackFit {
            nodes_per_rack: fit,
            feasible: true,
            reason: format!(
                "{} removes about {limit_kw:.0} kW per rack, so {fit:.0} of {reference_nodes:.0} servers fit in a rack ({:.0} kW): more racks, longer cables",
                capitalized(cooling.label()),
                node_kw * fit
            ),
        }
    } else {
        RackFit {
            nodes_per_rack: reference_nodes,
            feasible: false,
            reason: format!(
                "{} racks draw {:.0} kW; {} removes at most about {limit_kw:.0} kW per rack{}",
                system.name,
                node_kw * reference_nodes,
                cooling.label(),
                if system.rack_scale {
                    ", and a rack-scale system cannot be spread over more racks"
                } else {
                    ""
                }
            ),
        }
    }
}

/// Designs the scenario's data center. Fails only for an accelerator whose power is not
/// published (a TPU chosen from the CLI).
pub fn design(
    scenario: &Scenario,
    accelerator: &'static Accelerator,
    pue_override: Option<f64>,
) -> Result<Design, DesignError> {
    let system = accelerator
        .system
        .as_ref()
        .ok_or(DesignError::NoPowerFigures(accelerator.id))?;
    let choices = Choices::of(scenario);
    let per = per_accelerator(scenario, accelerator, system, pue_override);

    let by_power = scenario.get(ParamId::Sizing) >= 1.0;
    let accelerators = if by_power {
        (scenario.get(ParamId::FacilityMw) * 1e6 / per.facility_w).floor()
    } else {
        scenario.get(ParamId::AcceleratorCount)
    };

    let fit = rack_fit(system, choices.cooling);
    let node_kw = system.node_w_per_accelerator * f64::from(system.accelerators_per_node) / 1000.0;
    let accelerators_per_rack = fit.nodes_per_rack * f64::from(system.accelerators_per_node);
    let rack_power_kw = node_kw * fit.nodes_per_rack;
    let it_power_mw = per.it_w * accelerators / 1e6;
    let facility_power_mw = per.facility_w * accelerators / 1e6;
    // A year's energy at the average draw, not the nameplate the site is built for.
    let load = scenario.get(ParamId::LoadFraction);
    let annual_energy_gwh = facility_power_mw * load * HOURS_PER_YEAR / 1000.0;
    let it_energy_kwh = it_power_mw * load * 1000.0 * HOURS_PER_YEAR;
    let peak_flop_per_s = accelerator.bf16_flop_per_s
        * scenario
            .get(ParamId::PrecisionSpeedup)
            .min(accelerator.max_precision_speedup);
    let year_s = HOURS_PER_YEAR * 3600.0;
    let training_flop_per_year =
        accelerators * peak_flop_per_s * scenario.get(ParamId::Utilization) * year_s;

    Ok(Design {
        per_accelerator: per,
        cooling: choices.cooling,
        chain: choices.chain,
        energy: choices.energy,
        accelerators,
        it_power_mw,
        facility_power_mw,
        rack_power_kw,
        accelerators_per_rack,
        racks: (accelerators / accelerators_per_rack).ceil(),
        rack_current_a: rack_power_kw * 1000.0 / choices.chain.rack_bus_v(),
        cooling_feasible: fit.feasible,
        cooling_reason: fit.reason,
        annual_energy_gwh,
        annual_co2_t: annual_energy_gwh * 1e6 * choices.energy.gco2_per_kwh / 1e6,
        annual_water_m3: it_energy_kwh * choices.cooling.spec().wue_l_per_kwh / 1000.0,
        annual_energy_cost_usd: annual_energy_gwh * 1000.0 * choices.energy.price_usd_per_mwh,
        generation_capacity_mw: facility_power_mw * load / choices.energy.capacity_factor,
        training_flop_per_year,
        training_flop_per_run: training_flop_per_year
            * scenario.get(ParamId::RunMonths)
            * SECONDS_PER_MONTH
            / year_s,
        flows: flows(&per, accelerators, scenario, choices.chain),
        notes: notes(accelerator, system, choices.chain),
    })
}

/// What the reader should know about a design that the numbers do not say.
fn notes(accelerator: &Accelerator, system: &SystemPower, chain: PowerChain) -> Vec<String> {
    let mut notes = Vec::new();
    if accelerator.preliminary {
        notes.push(format!(
            "{}: figures as announced, not yet measured on shipping hardware.",
            accelerator.name
        ));
    }
    if chain == PowerChain::Dc800v {
        match system.dc_800v {
            Dc800v::NotOffered => notes.push(format!(
                "{} racks are fed 54 V from AC power shelves; 800 V DC comes as an option with \
                 Vera Rubin (from about Q3 2026) and natively with Kyber racks (2027). These \
                 numbers show what 800 V DC would change.",
                system.name
            )),
            Dc800v::OptionalFrom(year) => notes.push(format!(
                "800 V DC racks are offered for {} from about {}.",
                system.name,
                crate::format::quarter(year)
            )),
        }
    }
    notes
}

/// The scenario's own data center (its chosen accelerator always has published power).
pub fn design_scenario(scenario: &Scenario) -> Result<Design, DesignError> {
    design(scenario, Choices::of(scenario).accelerator, None)
}

fn flows(
    per: &PerAccelerator,
    accelerators: f64,
    scenario: &Scenario,
    chain: PowerChain,
) -> Vec<Flow> {
    let mw = |w: f64| w * accelerators / 1e6;
    let facility = per.facility_w;
    let it = per.it_w;
    let losses = it * (1.0 / chain.facility_efficiency() - 1.0);
    let cooling = (facility - it - losses).max(0.0);
    let network = it * scenario.get(ParamId::NetworkShare);
    let server_conversion = per.node_w * (1.0 - chain.it_stage().efficiency);
    let board = per.node_w - server_conversion;
    let chips = per.chip_w.min(board);
    let hosts = board - chips;
    vec![
        Flow {
            from: Node::Grid,
            to: Node::ConversionLosses,
            mw: mw(losses),
        },
        Flow {
            from: Node::Grid,
            to: Node::CoolingPlant,
            mw: mw(cooling),
        },
        Flow {
            from: Node::Grid,
            to: Node::It,
            mw: mw(it),
        },
        Flow {
            from: Node::It,
            to: Node::ServerConversion,
            mw: mw(server_conversion),
        },
        Flow {
            from: Node::It,
            to: Node::NetworkStorage,
            mw: mw(network),
        },
        Flow {
            from: Node::It,
            to: Node::Hosts,
            mw: mw(hosts),
        },
        Flow {
            from: Node::It,
            to: Node::Accelerators,
            mw: mw(chips),
        },
    ]
}

/// `text` with its first letter a capital (the labels it is used on start with an ASCII letter;
/// ASCII-only keeps Unicode's case tables out of the web build).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::PresetId;
    use crate::units::SECONDS_PER_DAY;

    /// The registry's choices are the enums' tables, so an option's position always names the
    /// technology it says (issue 15: no magic indices).
    #[test]
    fn choice_options_are_the_enums_tables() {
        assert_eq!(ParamId::Cooling.spec().options, &Cooling::CHOICES);
        assert_eq!(ParamId::PowerChain.spec().options, &PowerChain::CHOICES);
        assert_eq!(ParamId::EnergySource.spec().options, &ENERGY_SOURCE_CHOICES);
        for (at, (cooling, choice)) in Cooling::OPTIONS.iter().enumerate() {
            assert_eq!(
                (Cooling::ALL[at], Cooling::CHOICES[at]),
                (*cooling, *choice)
            );
        }
        for (at, source) in ENERGY_SOURCES.iter().enumerate() {
            let scenario = Scenario::preset(PresetId::DEFAULT)
                .with(ParamId::EnergySource, at as f64)
                .unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(Choices::of(&scenario).energy, source);
        }
        for choice in ParamId::Accelerator.spec().options {
            let scenario = Scenario::preset(PresetId::DEFAULT)
                .with(
                    ParamId::Accelerator,
                    ParamId::Accelerator
                        .spec()
                        .option_value(choice.id)
                        .unwrap_or_else(|| panic!("{}", choice.id)),
                )
                .unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(Choices::of(&scenario).accelerator.id, choice.id);
        }
    }

    fn scenario(changes: &[(ParamId, f64)]) -> Scenario {
        changes
            .iter()
            .fold(Scenario::preset(PresetId::Epoch2030), |s, &(id, v)| {
                s.with(id, v).unwrap()
            })
    }

    fn choice(id: ParamId, option: &str) -> (ParamId, f64) {
        (id, id.spec().option_value(option).unwrap())
    }

    #[track_caller]
    fn check_within(got: f64, want: f64, factor: f64) {
        assert!(
            got >= want / factor && got <= want * factor,
            "got {got}, want {want} (×{factor})"
        );
    }

    /// Epoch 2030: "each H100 requires about 1,700 W" all in, at PUE 1.2.
    #[test]
    fn epoch_all_in_h100_about_1700_w() {
        let design = design_scenario(&scenario(&[])).unwrap();
        check_within(design.per_accelerator.facility_w, 1_700.0, 1.02);
        assert!((design.per_accelerator.pue - 1.2).abs() < 1e-9);
    }

    /// SemiAnalysis (2024): a 100,000-H100 cluster needs "over 150 MW" of critical IT.
    #[test]
    fn semianalysis_100k_h100_about_150_mw_it() {
        let design = design_scenario(&scenario(&[(ParamId::AcceleratorCount, 100_000.0)])).unwrap();
        check_within(design.it_power_mw, 150.0, 1.1);
    }

    /// A 132 kW GB200 NVL72 rack needs liquid: air removes ~30 kW. On a 48 V bus it carries
    /// ≈2,800 A; on 800 V about 15× less.
    #[test]
    fn nvl72_needs_liquid_and_800v_cuts_the_current() {
        let air = design_scenario(&scenario(&[
            choice(ParamId::Accelerator, "gb200"),
            choice(ParamId::Cooling, "air"),
        ]))
        .unwrap();
        assert!(!air.cooling_feasible);
        assert!(
            air.cooling_reason.contains("132 kW"),
            "{}",
            air.cooling_reason
        );
        assert!(
            air.cooling_reason.contains("liquid cooling only"),
            "{}",
            air.cooling_reason
        );
        let liquid = design_scenario(&scenario(&[choice(ParamId::Accelerator, "gb200")])).unwrap();
        assert!(liquid.cooling_feasible);
        check_within(liquid.rack_power_kw, 132.0, 1.001);
        check_within(liquid.rack_current_a, 2_750.0, 1.02);
        let dc = design_scenario(&scenario(&[
            choice(ParamId::Accelerator, "gb200"),
            choice(ParamId::PowerChain, "dc-800v"),
        ]))
        .unwrap();
        check_within(liquid.rack_current_a / dc.rack_current_a, 16.7, 1.15);
    }

    /// Air cooling spreads DGX H100s (10.2 kW each) over more racks instead of failing.
    #[test]
    fn air_spreads_dgx_h100_over_more_racks() {
        let air = design_scenario(&scenario(&[choice(ParamId::Cooling, "air")])).unwrap();
        assert!(air.cooling_feasible);
        assert_eq!(air.accelerators_per_rack, 16.0);
        check_within(air.rack_power_kw, 20.4, 1.001);
        let liquid = design_scenario(&scenario(&[])).unwrap();
        assert_eq!(liquid.accelerators_per_rack, 24.0);
        assert!(air.racks > liquid.racks);
    }

    /// NVIDIA and SemiAnalysis: 800 V DC saves ~5 % of the power at the meter.
    #[test]
    fn dc_800v_saves_about_five_percent() {
        let ac = design_scenario(&scenario(&[])).unwrap();
        let dc = design_scenario(&scenario(&[choice(ParamId::PowerChain, "dc-800v")])).unwrap();
        let saving = 1.0 - dc.facility_power_mw / ac.facility_power_mw;
        assert!((0.04..=0.07).contains(&saving), "{saving}");
        // Grid to board: 0.85–0.92 on AC (reference/datacenter.md §4 derives 0.75–0.89 to the
        // PSU output with double-conversion UPS); over 92 % on the 800 V path.
        assert!(PowerChain::Dc800v.grid_to_board_efficiency() > 0.92);
        assert!((0.85..0.92).contains(&PowerChain::Ac.grid_to_board_efficiency()));
    }

    /// Published PUEs come back at the ends of the free-cooling range.
    #[test]
    fn pue_spans_the_published_ranges() {
        for cooling in Cooling::ALL {
            let spec = cooling.spec();
            let hot = pue(cooling, PowerChain::Ac, 0.0);
            let cool = pue(cooling, PowerChain::Ac, 1.0);
            assert!((hot - spec.pue_high).abs() < 1e-9, "{cooling:?}");
            assert!(
                cool >= spec.pue_low - 1e-9 && cool <= spec.pue_low + 0.03,
                "{cooling:?} {cool}"
            );
        }
        // Epoch's 1.2 with direct liquid at a third free cooling.
        assert!((pue(Cooling::DirectLiquid, PowerChain::Ac, 1.0 / 3.0) - 1.2).abs() < 1e-9);
    }

    /// The flows add up: grid = losses + cooling + IT; IT = its four parts.
    #[test]
    fn power_flows_balance() {
        let design = design_scenario(&scenario(&[choice(ParamId::Cooling, "air")])).unwrap();
        let sum = |from: Node| {
            design
                .flows
                .iter()
                .filter(|f| f.from == from)
                .map(|f| f.mw)
                .sum::<f64>()
        };
        check_within(sum(Node::Grid), design.facility_power_mw, 1.000_001);
        check_within(sum(Node::It), design.it_power_mw, 1.000_001);
        assert!(design.flows.iter().all(|f| f.mw >= 0.0));
    }

    /// A year of 100 MW at the US grid's 369 g/kWh is ~323,000 t of CO₂ and $70.7M at
    /// $80.6/MWh (EIA 2023) at nameplate; sites draw less on average.
    #[test]
    fn a_year_of_energy_carbon_and_cost() {
        let s = scenario(&[
            choice(ParamId::Sizing, "facility"),
            (ParamId::FacilityMw, 100.0),
        ]);
        let design = design_scenario(&s).unwrap();
        check_within(design.facility_power_mw, 100.0, 1.001);
        // Drawn at 80 % of nameplate on average (Newkirk et al. 2025: 76 %).
        check_within(design.annual_energy_gwh, 0.8 * 876.6, 1.001);
        check_within(design.annual_co2_t, 0.8 * 323_465.0, 1.001);
        check_within(design.annual_energy_cost_usd, 0.8 * 70.65e6, 1.001);
    }

    /// Llama 3.1 405B: 16,000 H100 drew ~27 MW (Epoch 2030) and trained 4e25 FLOP in 72 days at
    /// 40 % of 1e15 FLOP/s.
    #[test]
    fn llama_3_1_site() {
        let s = scenario(&[
            (ParamId::AcceleratorCount, 16_000.0),
            (ParamId::PrecisionSpeedup, 1.0),
            (
                ParamId::RunMonths,
                72.0 * SECONDS_PER_DAY / SECONDS_PER_MONTH,
            ),
        ]);
        let design = design_scenario(&s).unwrap();
        check_within(design.facility_power_mw, 27.0, 1.05);
        check_within(design.training_flop_per_run, 4e25, 1.05);
    }

    /// SemiAnalysis: a 100,000-H100 cluster is "over 150 MW" and uses 1.59 TWh a year. With air
    /// cooling our model gives ~142 MW of IT and ~1.9 TWh at the meter (nameplate, all year).
    #[test]
    fn sites_apply_their_settings() {
        let base = scenario(&[]);
        let site = SITES.iter().find(|s| s.id == "h100-100k").unwrap();
        let design = design_scenario(&site.apply(&base)).unwrap();
        assert_eq!(design.cooling, Cooling::Air);
        check_within(design.it_power_mw, 150.0, 1.1);
        check_within(design.annual_energy_gwh, 1_590.0, 1.25);
        let campus = SITES.iter().find(|s| s.id == "gigawatt").unwrap();
        let design = design_scenario(&campus.apply(&base)).unwrap();
        check_within(design.facility_power_mw, 1_000.0, 1.001);
        assert_eq!(design.chain, PowerChain::Ac);
        assert!(design.cooling_feasible);
        assert!(design.notes.is_empty());
        let rubin = SITES.iter().find(|s| s.id == "vera-rubin-800v").unwrap();
        let design = design_scenario(&rubin.apply(&base)).unwrap();
        assert_eq!(design.chain, PowerChain::Dc800v);
        assert!(
            design.notes.iter().any(|n| n.contains("announced")),
            "{:?}",
            design.notes
        );
        assert!(
            design.notes.iter().any(|n| n.contains("Q3 2026")),
            "{:?}",
            design.notes
        );
        for site in SITES {
            assert!(
                design_scenario(&site.apply(&base))
                    .unwrap()
                    .cooling_feasible,
                "{}",
                site.id
            );
        }
    }

    /// NVIDIA: 800 V DC arrives with Vera Rubin (option) and Kyber (2027); a GB300 NVL72 on
    /// 800 V DC is a what-if, and the design says so.
    #[test]
    fn dc_800v_on_a_system_that_lacks_it_is_flagged() {
        let design = design_scenario(&scenario(&[
            choice(ParamId::Accelerator, "gb300"),
            choice(ParamId::PowerChain, "dc-800v"),
        ]))
        .unwrap();
        assert!(
            design.notes.iter().any(|n| n.contains("fed 54 V")),
            "{:?}",
            design.notes
        );
    }

    #[test]
    fn a_tpu_has_no_published_power() {
        let tpu = Accelerator::lookup("tpu-v5p").unwrap();
        assert_eq!(
            design(&scenario(&[]), tpu, None).unwrap_err().to_string(),
            "tpu-v5p: its power draw is not published, so its data center cannot be sized"
        );
    }
}

/// A real kind of site, as a set of data-center choices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Site {
    /// Stable id.
    pub id: &'static str,
    /// Its name.
    pub title: &'static str,
    /// The choices it sets (option ids for choices).
    pub settings: &'static [(ParamId, SiteValue)],
    /// Where it comes from.
    pub source: Citation,
}

/// A value a site sets: a number, or a choice's option id.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SiteValue {
    /// A number in the parameter's unit.
    Number(f64),
    /// An option of a choice parameter.
    Option(&'static str),
}

impl Site {
    /// The scenario with this site's settings.
    pub fn apply(&self, scenario: &Scenario) -> Scenario {
        self.settings
            .iter()
            .fold(scenario.clone(), |s, &(id, value)| {
                let value = match value {
                    SiteValue::Number(n) => n,
                    SiteValue::Option(option) => {
                        id.spec().option_value(option).unwrap_or(s.get(id))
                    }
                };
                s.with_clamped(id, value).0
            })
    }
}

/// Sites to start from.
pub const SITES: [Site; 5] = [
    Site {
        id: "llama-3-1",
        title: "Llama 3.1's cluster: 16,000 H100",
        settings: &[
            (ParamId::Accelerator, SiteValue::Option("h100")),
            (ParamId::Sizing, SiteValue::Option("count")),
            (ParamId::AcceleratorCount, SiteValue::Number(16_000.0)),
        ],
        source: Citation {
            source: &source::EPOCH_2030,
            locator: "Llama 3.1 405B: 16,000 H100 for 72 days, about 27 MW",
        },
    },
    Site {
        id: "h100-100k",
        title: "A 100,000-H100 cluster",
        settings: &[
            (ParamId::Accelerator, SiteValue::Option("h100")),
            (ParamId::Sizing, SiteValue::Option("count")),
            (ParamId::AcceleratorCount, SiteValue::Number(100_000.0)),
            (ParamId::Cooling, SiteValue::Option("air")),
        ],
        source: Citation {
            source: &source::SEMIANALYSIS_100K,
            locator: "“over 150 MW of data-center capacity”, 1.59 TWh a year",
        },
    },
    Site {
        id: "nvl72-hall",
        title: "A hall of 100 GB200 NVL72 racks",
        settings: &[
            (ParamId::Accelerator, SiteValue::Option("gb200")),
            (ParamId::Sizing, SiteValue::Option("count")),
            (ParamId::AcceleratorCount, SiteValue::Number(7_200.0)),
            (ParamId::Cooling, SiteValue::Option("direct-liquid")),
        ],
        source: Citation {
            source: &source::NVL72_POWER,
            locator: "132 kW per NVL72 rack of 72 GPUs",
        },
    },
    Site {
        id: "gigawatt",
        title: "A 1 GW campus of GB300 NVL72 (2026)",
        settings: &[
            (ParamId::Accelerator, SiteValue::Option("gb300")),
            (ParamId::Sizing, SiteValue::Option("facility")),
            (ParamId::FacilityMw, SiteValue::Number(1_000.0)),
            (ParamId::Cooling, SiteValue::Option("direct-liquid")),
            (ParamId::PowerChain, SiteValue::Option("ac")),
        ],
        source: Citation {
            source: &source::EPOCH_FIVE_GIGAWATT_SITES,
            locator: "five AI data centers cross 1 GW in 2026",
        },
    },
    Site {
        id: "vera-rubin-800v",
        title: "Vera Rubin NVL72 on 800 V DC (announced, 2027)",
        settings: &[
            (ParamId::Accelerator, SiteValue::Option("vr200")),
            (ParamId::Sizing, SiteValue::Option("facility")),
            (ParamId::FacilityMw, SiteValue::Number(1_000.0)),
            (ParamId::Cooling, SiteValue::Option("direct-liquid")),
            (ParamId::PowerChain, SiteValue::Option("dc-800v")),
        ],
        source: Citation {
            source: &source::TRENDFORCE_800V,
            locator: "Vera Rubin racks 190–230 kW, liquid-cooled; 800 V DC optional from Q3 2026",
        },
    },
];

/// One layer of the data center, then and now, with a figure that shows the difference.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EraRow {
    /// The layer in a traditional data center (diagram "Data Center Shift with AI").
    pub traditional: &'static str,
    /// Its AI-era counterpart in the diagram.
    pub ai_era: &'static str,
    /// A traditional figure.
    pub traditional_figure: &'static str,
    /// The AI-era figure.
    pub ai_figure: &'static str,
    /// Where the figures come from.
    pub source: Citation,
}

/// The diagram's five layers, each with the numbers that changed.
pub const ERAS: [EraRow; 5] = [
    EraRow {
        traditional: "Software",
        ai_era: "LLM model",
        traditional_figure: "applications on a few servers each",
        ai_figure: "one model trained on 16,000–200,000+ GPUs at once",
        source: Citation {
            source: &source::EPOCH_LARGE_SCALE_MODELS,
            locator: "Llama 3.1: 16,384 H100; Grok 3: 80,000 H100; Grok 4: ~200,000 GPUs",
        },
    },
    EraRow {
        traditional: "Server",
        ai_era: "GPU",
        traditional_figure: "3–15 kW per rack",
        ai_figure: "≈32 kW (Hopper) to 135–150 kW (GB300 NVL72) and 190–230 kW (Vera Rubin) per rack",
        source: Citation {
            source: &source::BOFA_RACK_POWER,
            locator: "traditional 10–15 kW; Hopper ~32; Blackwell ~120; Rubin Ultra >600 kW (BofA “Watts to Tokens”, 2026); Vera Rubin 190–230 kW (TrendForce)",
        },
    },
    EraRow {
        traditional: "Network",
        ai_era: "High bandwidth",
        traditional_figure: "Ethernet for clients and storage",
        ai_figure: "400–800 Gb/s per GPU; 900 GB/s–1.8 TB/s NVLink inside the rack",
        source: Citation {
            source: &source::CONNECTX8,
            locator: "ConnectX-8: 800 Gb/s XDR; H100 clusters 400 Gb/s per GPU (MLPerf system descriptions); NVLink 4/5",
        },
    },
    EraRow {
        traditional: "Power",
        ai_era: "SMR / HVDC",
        traditional_figure: "AC through UPS and server power supplies; over 4 years to a grid connection",
        ai_figure: "800 V DC to the rack from 2027 (up to 5 % less loss, 15× less current); on-site gas now, reactors beside the campus around 2030",
        source: Citation {
            source: &source::NVIDIA_800V,
            locator: "800 V DC: up to 5 %; 54 → 800 V cuts current ~15×; Kyber racks 2027",
        },
    },
    EraRow {
        traditional: "Cooling",
        ai_era: "Liquid / CDU",
        traditional_figure: "air, PUE ≈1.58 (industry average)",
        ai_figure: "direct-to-chip liquid, PUE 1.10–1.25, racks of 140–230 kW",
        source: Citation {
            source: &source::UPTIME_PUE,
            locator: "Uptime Institute 1.58 (2023); liquid-cooled hyperscale 1.10–1.25 (aiinframap)",
        },
    },
];
