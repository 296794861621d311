//! `firstwall goal --after YEAR`: what would have to change, one assumption at a time, for the
//! first wall to come after YEAR — the smallest change of each uncertain assumption that does it,
//! found by bisection over the assumption's limits, and whether it stays in the sources' range.

use std::fmt;

use anyhow::anyhow;
use firstwall_model::goal::{seek, Change, Goal};
use firstwall_model::{PresetId, WallId};
use serde::Serialize;

use super::{by_id, by_id_or_null, ScenarioArgs};
use crate::table::{num, render};

/// Arguments of `goal`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    base: ScenarioArgs,
    /// The year the first wall should come after (2024–2039).
    #[arg(long, value_name = "YEAR")]
    after: i32,
    /// Print one JSON document instead of a table.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Seeks the changes and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        let scenario = self.base.scenario()?;
        let goal = seek(&scenario, self.after).map_err(|err| anyhow!("--after: {err}"))?;
        let now = firstwall_model::project(&scenario)
            .first_wall
            .map(|b| (b.wall, b.year));
        super::print(
            &Report::new(scenario.preset_id(), self.after, now, &goal),
            self.json,
        )
    }
}

/// What it takes to push the first wall past a year.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The preset the scenario starts from.
    #[serde(serialize_with = "by_id")]
    preset: PresetId,
    /// The year the first wall should come after.
    after: i32,
    /// Whether the scenario's first wall already comes after it.
    already_past: bool,
    /// The scenario's first wall now (null: none before 2040).
    #[serde(serialize_with = "by_id_or_null")]
    first_wall: Option<WallId>,
    /// Its year.
    first_wall_year: Option<f64>,
    /// Each assumption that can do it alone, smallest move first.
    changes: Vec<Row>,
}

/// One assumption's smallest change.
#[derive(Debug, Serialize)]
struct Row {
    id: &'static str,
    label: &'static str,
    unit: &'static str,
    from: f64,
    to: f64,
    /// How far the change moves it, as a share of its plausible range.
    share_of_range: f64,
    /// Whether the new value lies in the sources' plausible range.
    plausible: bool,
    /// Whether the scenario with it puts a wall below a run that already happened.
    contradicts_history: bool,
    /// The first wall with it (null: none before 2040).
    #[serde(serialize_with = "by_id_or_null")]
    first_wall: Option<WallId>,
    first_wall_year: Option<f64>,
}

impl Row {
    fn new(change: &Change) -> Self {
        let spec = change.param.spec();
        Self {
            id: spec.id,
            label: spec.label,
            unit: spec.unit,
            from: change.from,
            to: change.to,
            share_of_range: change.share_of_range,
            plausible: change.plausible,
            contradicts_history: change.contradicts_history,
            first_wall: change.first_wall.map(|(wall, _)| wall),
            first_wall_year: change.first_wall.map(|(_, year)| year),
        }
    }
}

impl Report {
    /// The report of `goal` for a scenario from `preset` whose first wall is `now`.
    pub fn new(preset: PresetId, after: i32, now: Option<(WallId, f64)>, goal: &Goal) -> Self {
        let (already_past, changes) = match goal {
            Goal::AlreadyPast(_) => (true, Vec::new()),
            Goal::Changes(changes) => (false, changes.iter().map(Row::new).collect()),
        };
        Self {
            preset,
            after,
            already_past,
            first_wall: now.map(|(wall, _)| wall),
            first_wall_year: now.map(|(_, year)| year),
            changes,
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.already_past {
            return match (self.first_wall, self.first_wall_year) {
                (Some(wall), Some(year)) => writeln!(
                    f,
                    "The first wall already comes after {}: {} in {:.0}.",
                    self.after,
                    wall.label(),
                    year.floor()
                ),
                _ => writeln!(f, "No wall binds before 2040 in this scenario."),
            };
        }
        if self.changes.is_empty() {
            return writeln!(
                f,
                "No single assumption, changed alone within its limits, pushes the first wall past {}.",
                self.after
            );
        }
        writeln!(
            f,
            "To push the first wall past {}, change one of these (each alone; smallest move first):",
            self.after
        )?;
        let mut rows = vec![[
            "assumption",
            "now",
            "to",
            "move",
            "in range",
            "first wall then",
        ]
        .map(str::to_owned)
        .to_vec()];
        rows.extend(self.changes.iter().map(|row| {
            vec![
                row.label.to_owned(),
                format!("{} {}", num(row.from), row.unit),
                format!("{} {}", num(row.to), row.unit),
                format!("{:.0} % of range", row.share_of_range * 100.0),
                match (row.plausible, row.contradicts_history) {
                    (_, true) => "contradicts history".to_owned(),
                    (true, false) => "yes".to_owned(),
                    (false, false) => "no".to_owned(),
                },
                match (row.first_wall, row.first_wall_year) {
                    (Some(wall), Some(year)) => format!("{}, {:.0}", wall.label(), year.floor()),
                    _ => "none before 2040".to_owned(),
                },
            ]
        }));
        f.write_str(&render(&rows))
    }
}
