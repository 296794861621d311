//! `firstwall backtest`: a scenario against history — each frontier record and the lowest wall
//! when it was published.

use std::fmt;

use firstwall_model::backtest::{backtest, Check};
use firstwall_model::{PresetId, WallId, Walls};
use serde::Serialize;

use super::{by_id, by_id_or_null, Cited, ScenarioArgs};
use crate::table::{num, render};

/// Arguments of `backtest`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    base: ScenarioArgs,
    /// Print one JSON document instead of a table.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Sets the scenario against the records and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        let scenario = self.base.scenario()?;
        let report = Report::new(scenario.preset_id(), &backtest(&Walls::new(&scenario)));
        super::print(&report, self.json)
    }
}

/// The backtest of one scenario.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The preset the scenario starts from.
    #[serde(serialize_with = "by_id")]
    preset: PresetId,
    /// Where the records come from.
    source: Cited,
    /// Every record, in order of publication.
    records: Vec<Record>,
    /// Whether history holds: no record lies above a wall's ceiling.
    holds: bool,
}

/// One record against the scenario.
#[derive(Debug, Serialize)]
struct Record {
    model: &'static str,
    organization: &'static str,
    published: String,
    flop: f64,
    confidence: &'static str,
    #[serde(serialize_with = "by_id_or_null")]
    lowest_wall: Option<WallId>,
    lowest_ceiling_flop: Option<f64>,
    headroom: Option<f64>,
    demand_flop: f64,
    holds: bool,
    /// The demand trend over the record's compute.
    #[serde(skip)]
    demand_ratio: f64,
}

impl Report {
    /// The report of `checks`, the backtest of a scenario from `preset`.
    pub fn new(preset: PresetId, checks: &[Check]) -> Self {
        let records = checks
            .iter()
            .map(|check| Record {
                model: check.run.model,
                organization: check.run.organization,
                published: check.run.date(),
                flop: check.run.flop,
                confidence: check.run.confidence.label(),
                lowest_wall: check.lowest.map(|(wall, _)| wall),
                lowest_ceiling_flop: check.lowest.map(|(_, ceiling)| ceiling),
                headroom: check.headroom(),
                demand_flop: check.demand_flop,
                holds: check.holds(),
                demand_ratio: check.demand_ratio(),
            })
            .collect();
        Self {
            preset,
            source: Cited(firstwall_model::history::RUNS_SOURCE),
            records,
            holds: checks.iter().all(Check::holds),
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Backtest of {} against the frontier records (Epoch AI, Data on Large-Scale AI \
             Models, CC BY 4.0):",
            self.preset.id()
        )?;
        let mut rows = vec![[
            "published",
            "model",
            "FLOP",
            "lowest wall then",
            "ceiling",
            "headroom",
            "demand trend",
        ]
        .map(str::to_owned)
        .to_vec()];
        rows.extend(self.records.iter().map(|record| {
            vec![
                record.published.clone(),
                record.model.to_owned(),
                num(record.flop),
                record
                    .lowest_wall
                    .map_or("none".to_owned(), |wall| wall.label().to_owned()),
                record.lowest_ceiling_flop.map_or("–".to_owned(), num),
                record.headroom.map_or("–".to_owned(), |h| {
                    format!("×{h:.2}{}", if h < 1.0 { " FALSIFIED" } else { "" })
                }),
                format!("×{:.2}", record.demand_ratio),
            ]
        }));
        f.write_str(&render(&rows))?;
        writeln!(
            f,
            "{}",
            if self.holds {
                "History holds: every wall's ceiling was above every record when it was published."
            } else {
                "History contradicts this scenario: a record was trained above a wall's ceiling."
            }
        )
    }
}
