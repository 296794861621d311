//! `firstwall project`: a scenario from 2024 to 2040 — demand, every wall's ceiling, the first
//! wall, and what the run demand wants costs.

use std::collections::BTreeMap;
use std::fmt;

use firstwall_model::cost::RunCost;
use firstwall_model::format::dollars;
use firstwall_model::projection::{Binding, LAST_YEAR};
use firstwall_model::walls::ComponentId;
use firstwall_model::{PresetId, WallId};
use serde::Serialize;

use super::{by_id, by_id_or_null, ScenarioArgs};
use crate::table::{grouped, num, render};

/// GPT-4's training compute, for "× GPT-4" (Epoch 2030 report, footnote 2).
const GPT4_FLOP: f64 = firstwall_model::demand::DemandTrend::EPOCH_2030_REPORT.reference_flop;

/// The year whose effective-compute multiplier the text quotes.
const MULTIPLIER_YEAR: i32 = 2030;

/// Arguments of `project`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    base: ScenarioArgs,
    /// Print one JSON document instead of tables.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Projects the scenario and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        let scenario = self.base.scenario()?;
        let report = Report::new(&scenario);
        super::print(&report, self.json)
    }
}

/// A projection, as `project` shows it.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The preset the scenario starts from.
    #[serde(serialize_with = "by_id")]
    preset: PresetId,
    /// What the scenario changes from the preset, by parameter id.
    values: BTreeMap<&'static str, f64>,
    /// Every whole year of the projection.
    years: Vec<i32>,
    /// The largest run the frontier wants, per year, FLOP.
    demand_flop: Vec<f64>,
    /// All six walls.
    walls: Vec<Wall>,
    /// The first wall to bind, if any.
    first_wall: Option<Binds>,
    /// The walls that bind, earliest first.
    order: Vec<Ordered>,
    /// How much more a FLOP is worth than in 2024, per year.
    effective_compute_multiplier: Vec<f64>,
    /// What the run demand wants costs, per year, US$.
    run_cost_usd: Vec<f64>,
    /// … and its parts.
    run_cost: Vec<Cost>,
    /// What the run demand wants when the first wall binds costs.
    first_wall_run_cost: Option<Cost>,
    /// What the reader should know.
    warnings: Vec<String>,
}

/// One wall's ceiling over the years.
#[derive(Debug, Serialize)]
struct Wall {
    #[serde(serialize_with = "by_id")]
    id: WallId,
    label: &'static str,
    ceiling_flop: Option<Vec<f64>>,
    binds_in_year: Option<f64>,
    #[serde(serialize_with = "by_id_or_null")]
    binding_component: Option<ComponentId>,
    can_bind: bool,
    components: Vec<Component>,
    formula: String,
}

/// One component of a wall.
#[derive(Debug, Serialize)]
struct Component {
    #[serde(serialize_with = "by_id")]
    id: ComponentId,
    label: &'static str,
    ceiling_flop: Option<Vec<f64>>,
    binds_in_year: Option<f64>,
}

/// When and where a wall binds.
#[derive(Debug, Serialize)]
struct Binds {
    #[serde(rename = "id", serialize_with = "by_id")]
    wall: WallId,
    #[serde(serialize_with = "by_id")]
    component: ComponentId,
    year: f64,
    flop: f64,
}

/// A wall in the order they bind.
#[derive(Debug, Serialize)]
struct Ordered {
    #[serde(flatten)]
    binding: Binds,
    tied_with_previous: bool,
}

/// What a run costs.
#[derive(Debug, Serialize)]
struct Cost {
    h100e: f64,
    hardware_usd: f64,
    energy_usd: f64,
    energy_mwh: f64,
    total_usd: f64,
}

impl From<&Binding> for Binds {
    fn from(binding: &Binding) -> Self {
        Self {
            wall: binding.wall,
            component: binding.component,
            year: binding.year,
            flop: binding.flop,
        }
    }
}

impl From<&RunCost> for Cost {
    fn from(cost: &RunCost) -> Self {
        Self {
            h100e: cost.h100e,
            hardware_usd: cost.hardware_usd,
            energy_usd: cost.energy_usd,
            energy_mwh: cost.energy_mwh,
            total_usd: cost.total_usd(),
        }
    }
}

impl Report {
    /// Projects `scenario`.
    pub fn new(scenario: &firstwall_model::Scenario) -> Self {
        let projection = firstwall_model::project(scenario);
        let walls = projection
            .walls
            .iter()
            .map(|wall| Wall {
                id: wall.id,
                label: wall.id.label(),
                ceiling_flop: wall.ceiling_flop.clone(),
                binds_in_year: wall.binds_in_year,
                binding_component: wall.binding_component,
                can_bind: wall.ceiling_flop.is_some(),
                components: wall
                    .components
                    .iter()
                    .map(|c| Component {
                        id: c.id,
                        label: c.id.label(),
                        ceiling_flop: c.ceiling_flop.clone(),
                        binds_in_year: c.binds_in_year,
                    })
                    .collect(),
                formula: wall.formula.clone(),
            })
            .collect();
        Self {
            preset: projection.preset,
            values: scenario.changes(),
            years: projection.years,
            demand_flop: projection.demand_flop,
            walls,
            first_wall: projection.first_wall.as_ref().map(Binds::from),
            order: projection
                .order
                .iter()
                .map(|b| Ordered {
                    binding: b.into(),
                    tied_with_previous: b.tied_with_previous,
                })
                .collect(),
            effective_compute_multiplier: projection.effective_compute_multiplier,
            run_cost_usd: projection.run_cost.iter().map(RunCost::total_usd).collect(),
            run_cost: projection.run_cost.iter().map(Cost::from).collect(),
            first_wall_run_cost: projection.first_wall_cost.as_ref().map(Cost::from),
            warnings: projection
                .warnings
                .iter()
                .map(ToString::to_string)
                .collect(),
        }
    }

    /// The summary above the table: the preset, the changes, the walls in order, the cost.
    fn fmt_summary(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Preset: {} ({})", self.preset.title(), self.preset.id())?;
        for (id, value) in &self.values {
            writeln!(f, "  changed: {id} = {}", num(*value))?;
        }
        match &self.first_wall {
            Some(first) => writeln!(
                f,
                "First wall: {} in {:.1}, at {} FLOP ({} × GPT-4), through {}",
                first.wall.label(),
                first.year,
                num(first.flop),
                grouped(first.flop / GPT4_FLOP),
                first.component.noun(),
            )?,
            None => writeln!(f, "No wall binds before {LAST_YEAR}.")?,
        }
        for ordered in self.order.iter().skip(1) {
            writeln!(
                f,
                "  then {} in {:.1}{}",
                ordered.binding.wall.label(),
                ordered.binding.year,
                if ordered.tied_with_previous {
                    " (tied)"
                } else {
                    ""
                }
            )?;
        }
        let multiplier = self
            .years
            .iter()
            .position(|&year| year == MULTIPLIER_YEAR)
            .and_then(|i| self.effective_compute_multiplier.get(i))
            .copied()
            .unwrap_or(f64::NAN);
        writeln!(
            f,
            "Algorithms set no ceiling; they multiply effective compute: ×{} by {MULTIPLIER_YEAR}.",
            num(multiplier)
        )?;
        if let Some(cost) = &self.first_wall_run_cost {
            writeln!(
                f,
                "The run demand wants then needs {} H100-equivalents: {} of hardware and {} of \
                 electricity.",
                num(cost.h100e),
                dollars(cost.hardware_usd),
                dollars(cost.energy_usd),
            )?;
        }
        Ok(())
    }

    /// The table: per year, demand, its cost and every ceiling of a wall that can bind.
    fn table(&self) -> String {
        let can_bind = || {
            self.walls
                .iter()
                .filter_map(|w| Some((w.id, w.ceiling_flop.as_ref()?)))
        };
        let mut header = vec!["year".to_owned(), "demand".to_owned(), "cost".to_owned()];
        header.extend(can_bind().map(|(id, _)| id.id().to_owned()));
        let mut rows = vec![header];
        for (i, year) in self.years.iter().enumerate() {
            let mut row = vec![
                year.to_string(),
                self.demand_flop
                    .get(i)
                    .copied()
                    .map_or_else(String::new, num),
                self.run_cost_usd
                    .get(i)
                    .copied()
                    .map_or_else(String::new, dollars),
            ];
            row.extend(can_bind().map(|(_, c)| c.get(i).copied().map_or_else(String::new, num)));
            rows.push(row);
        }
        render(&rows)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fmt_summary(f)?;
        writeln!(f, "\nLargest run, FLOP (demand and each wall's ceiling):")?;
        f.write_str(&self.table())?;
        if !self.warnings.is_empty() {
            writeln!(f, "\nWarnings:")?;
            for warning in &self.warnings {
                writeln!(f, "  {warning}")?;
            }
        }
        Ok(())
    }
}
