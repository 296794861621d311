//! `firstwall datacenter`: size a data center — power, racks, cooling, energy, water, carbon,
//! cost and trainable FLOP.

use std::fmt;

use anyhow::Context as _;
use firstwall_model::accelerators::Accelerator;
use firstwall_model::datacenter::{design, Design, PowerChain};
use firstwall_model::format::{echo, exact};
use firstwall_model::scenario::parse_value;
use firstwall_model::{ParamId, PresetId, Scenario};
use serde::Serialize;

use super::by_id;
use super::parse::{self, positive_number};
use crate::table::{grouped, num, render};

/// Arguments of `datacenter`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Accelerator id (see `firstwall accelerators`).
    #[arg(long, value_name = "ID", value_parser = parse::accelerator)]
    accelerator: &'static Accelerator,
    /// Number of accelerators.
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        conflicts_with = "facility_mw",
        required_unless_present = "facility_mw",
        value_parser = count
    )]
    count: Option<f64>,
    /// Facility power budget, MW (the count follows from it).
    #[arg(
        long = "facility-mw",
        value_name = "P",
        allow_hyphen_values = true,
        value_parser = parse::positive("--facility-mw")
    )]
    facility_mw: Option<f64>,
    /// Cooling technology: air, rear-door, direct-liquid, immersion.
    #[arg(
        long,
        value_name = "TECH",
        default_value = "direct-liquid",
        value_parser = choice(ParamId::Cooling)
    )]
    cooling: Choice,
    /// Power chain: ac or dc-800v.
    #[arg(
        long = "power-chain",
        value_name = "CHAIN",
        default_value = "ac",
        value_parser = choice(ParamId::PowerChain)
    )]
    power_chain: Choice,
    /// Use this PUE instead of the one the cooling and power chain give (1 to 3).
    #[arg(long, value_name = "X", allow_hyphen_values = true, value_parser = pue)]
    pue: Option<f64>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
}

/// One option of a choice parameter (`--cooling`, `--power-chain`), read by the model's rules: its
/// id (`direct-liquid`) or its index.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    /// The option's index: the parameter's value.
    value: f64,
    /// The option's id.
    id: &'static str,
}

/// A parser of the options of `param`.
fn choice(param: ParamId) -> impl parse::Parser<Choice> {
    move |text| {
        let value = parse_value(param, text).map_err(|err| err.to_string())?;
        let option = param
            .spec()
            .option(value)
            .ok_or_else(|| format!("{} has no option {}", param.spec().id, echo(text)))?;
        Ok(Choice {
            value,
            id: option.id,
        })
    }
}

/// `--count`: a whole number of accelerators above 0 (the scenario checks the upper limit).
fn count(text: &str) -> Result<f64, String> {
    let count = positive_number("--count", text)?;
    if count.fract() != 0.0 {
        return Err(format!(
            "--count must be a whole number of accelerators, got {}",
            exact(count)
        ));
    }
    Ok(count)
}

/// `--pue`: between 1 and 3.
fn pue(text: &str) -> Result<f64, String> {
    let pue = positive_number("--pue", text)?;
    if !(1.0..=3.0).contains(&pue) {
        return Err(format!("--pue must be between 1 and 3, got {}", echo(text)));
    }
    Ok(pue)
}

impl Args {
    /// Designs the data center and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        let design = design(&self.scenario()?, self.accelerator, self.pue)?;
        super::print(&Report::new(self, design), self.json)
    }

    /// The default scenario with the data center's choices and size.
    fn scenario(&self) -> anyhow::Result<Scenario> {
        let scenario = Scenario::preset(PresetId::DEFAULT)
            .with(ParamId::Cooling, self.cooling.value)
            .context("in --cooling")?
            .with(ParamId::PowerChain, self.power_chain.value)
            .context("in --power-chain")?;
        match (self.count, self.facility_mw) {
            (Some(count), _) => scenario
                .with(ParamId::AcceleratorCount, count)
                .context("in --count"),
            (None, Some(mw)) => scenario
                .with(ParamId::Sizing, 1.0)
                .and_then(|s| s.with(ParamId::FacilityMw, mw))
                .context("in --facility-mw"),
            (None, None) => anyhow::bail!("give --count N or --facility-mw P"),
        }
    }
}

/// A data center's design.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The accelerator.
    #[serde(serialize_with = "by_id")]
    accelerator: &'static Accelerator,
    /// The cooling technology's id.
    cooling: &'static str,
    /// The power chain's id.
    power_chain: &'static str,
    /// How many accelerators.
    accelerators: f64,
    it_power_mw: f64,
    facility_power_mw: f64,
    pue: f64,
    rack_power_kw: f64,
    racks: f64,
    cooling_feasible: bool,
    cooling_reason: String,
    annual_energy_gwh: f64,
    annual_co2_t: f64,
    annual_water_m3: f64,
    annual_energy_cost_usd: f64,
    training_flop_per_year: f64,
    facility_w_per_accelerator: f64,
    it_w_per_accelerator: f64,
    accelerators_per_rack: f64,
    rack_current_a: f64,
    training_flop_per_run: f64,
    /// The cooling technology, for people.
    #[serde(skip)]
    cooling_label: &'static str,
    /// The power chain, for people.
    #[serde(skip)]
    chain_label: &'static str,
    /// The power flows, grid to heat, MW.
    power_flows_mw: Vec<Flow>,
}

/// One flow of the power diagram.
#[derive(Debug, Serialize)]
struct Flow {
    from: &'static str,
    to: &'static str,
    mw: f64,
}

impl Report {
    /// The report of `design`, made for `args`.
    fn new(args: &Args, design: Design) -> Self {
        let power_flows_mw = design
            .flows
            .iter()
            .map(|flow| Flow {
                from: flow.from.label(),
                to: flow.to.label(),
                mw: flow.mw,
            })
            .collect();
        Self {
            accelerator: args.accelerator,
            cooling: args.cooling.id,
            power_chain: args.power_chain.id,
            accelerators: design.accelerators,
            it_power_mw: design.it_power_mw,
            facility_power_mw: design.facility_power_mw,
            pue: design.per_accelerator.pue,
            rack_power_kw: design.rack_power_kw,
            racks: design.racks,
            cooling_feasible: design.cooling_feasible,
            cooling_reason: design.cooling_reason,
            annual_energy_gwh: design.annual_energy_gwh,
            annual_co2_t: design.annual_co2_t,
            annual_water_m3: design.annual_water_m3,
            annual_energy_cost_usd: design.annual_energy_cost_usd,
            training_flop_per_year: design.training_flop_per_year,
            facility_w_per_accelerator: design.per_accelerator.facility_w,
            it_w_per_accelerator: design.per_accelerator.it_w,
            accelerators_per_rack: design.accelerators_per_rack,
            rack_current_a: design.rack_current_a,
            training_flop_per_run: design.training_flop_per_run,
            cooling_label: design.cooling.label(),
            chain_label: if design.chain == PowerChain::Ac {
                "AC"
            } else {
                "800 V DC"
            },
            power_flows_mw,
        }
    }
}

impl Report {
    /// The table for people: one row per figure, its label and its value with the unit.
    fn rows(&self) -> Vec<Vec<String>> {
        let row = |label: &str, value: String| vec![label.to_owned(), value];
        vec![
            row("IT power", format!("{} MW", num(self.it_power_mw))),
            row(
                "facility power",
                format!("{} MW", num(self.facility_power_mw)),
            ),
            row("PUE", num(self.pue)),
            row(
                "per accelerator",
                format!(
                    "{} W IT, {} W facility",
                    num(self.it_w_per_accelerator),
                    num(self.facility_w_per_accelerator)
                ),
            ),
            row(
                "racks",
                format!(
                    "{} of {} kW ({} accelerators each, {} A on the rack bus)",
                    grouped(self.racks),
                    num(self.rack_power_kw),
                    num(self.accelerators_per_rack),
                    grouped(self.rack_current_a)
                ),
            ),
            row(
                "cooling",
                format!(
                    "{}: {}",
                    if self.cooling_feasible {
                        "feasible"
                    } else {
                        "NOT FEASIBLE"
                    },
                    self.cooling_reason
                ),
            ),
            row(
                "energy per year",
                format!("{} GWh", num(self.annual_energy_gwh)),
            ),
            row("CO₂ per year", format!("{} t", grouped(self.annual_co2_t))),
            row(
                "water per year",
                format!("{} m³", grouped(self.annual_water_m3)),
            ),
            row(
                "energy cost per year",
                format!("${}", grouped(self.annual_energy_cost_usd)),
            ),
            row(
                "training compute per year",
                format!("{} FLOP", num(self.training_flop_per_year)),
            ),
        ]
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} × {} with {} cooling and {} power",
            grouped(self.accelerators),
            self.accelerator.name,
            self.cooling_label,
            self.chain_label
        )?;
        f.write_str(&render(&self.rows()))
    }
}
