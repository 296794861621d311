//! `firstwall presets`: the presets, who holds each, and what it changes.

use std::fmt;

use firstwall_model::PresetId;
use serde::Serialize;

use super::{by_id, Cited};
use crate::table::{num, render};

/// Arguments of `presets`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print one JSON document instead of a table.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        super::print(&Report::build(), self.json)
    }
}

/// Every preset.
#[derive(Debug, Serialize)]
pub struct Report {
    /// In [`PresetId::ALL`] order.
    presets: Vec<Preset>,
}

/// One preset.
#[derive(Debug, Serialize)]
struct Preset {
    #[serde(serialize_with = "by_id")]
    id: PresetId,
    title: &'static str,
    description: &'static str,
    source: Cited,
    overrides: Vec<Override>,
}

/// One value a preset sets.
#[derive(Debug, Serialize)]
struct Override {
    id: &'static str,
    value: f64,
    reason: &'static str,
    evidence: &'static str,
    as_of: &'static str,
}

impl Report {
    /// The presets as they are.
    pub fn build() -> Self {
        let presets = PresetId::ALL
            .iter()
            .map(|&preset| Preset {
                id: preset,
                title: preset.title(),
                description: preset.description(),
                source: Cited(preset.source()),
                overrides: preset
                    .overrides()
                    .iter()
                    .map(|o| Override {
                        id: o.id.spec().id,
                        value: o.value,
                        reason: o.why,
                        evidence: o.evidence.id(),
                        as_of: o.as_of,
                    })
                    .collect(),
            })
            .collect();
        Self { presets }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rows = vec![vec!["id".to_owned(), "title".to_owned()]];
        rows.extend(
            self.presets
                .iter()
                .map(|p| vec![p.id.id().to_owned(), p.title.to_owned()]),
        );
        f.write_str(&render(&rows))?;
        for preset in &self.presets {
            writeln!(f, "\n{} — {}", preset.id.id(), preset.description)?;
            for o in &preset.overrides {
                writeln!(
                    f,
                    "  {} = {} [{}, {}]: {}",
                    o.id,
                    num(o.value),
                    o.evidence,
                    o.as_of,
                    o.reason
                )?;
            }
        }
        Ok(())
    }
}
