//! `firstwall params`: every parameter of the model, and the shared drivers of the sweep.

use std::fmt;

use firstwall_model::sweep::FACTORS;
use firstwall_model::PARAMS;
use serde::Serialize;

use super::Cited;
use crate::table::{num, render};

/// Arguments of `params`.
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

/// The registry of parameters and the sweep's factors.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Every parameter, in registry order.
    params: Vec<Param>,
    /// The shared drivers of the sweep.
    factors: Vec<Factor>,
}

/// One parameter.
#[derive(Debug, Serialize)]
struct Param {
    id: &'static str,
    key: &'static str,
    label: &'static str,
    help: &'static str,
    unit: &'static str,
    group: String,
    default: f64,
    low: f64,
    high: f64,
    min: f64,
    max: f64,
    whole: bool,
    distribution: String,
    source: Cited,
    evidence: &'static str,
    as_of: &'static str,
    range_note: &'static str,
}

/// One shared driver of the sweep.
#[derive(Debug, Serialize)]
struct Factor {
    id: &'static str,
    label: &'static str,
    why: &'static str,
    source: Cited,
    loadings: Vec<Loading>,
}

/// How strongly a factor moves one parameter.
#[derive(Debug, Serialize)]
struct Loading {
    param: &'static str,
    loading: f64,
}

impl Report {
    /// The registry as it is.
    pub fn build() -> Self {
        let params = PARAMS
            .iter()
            .map(|p| Param {
                id: p.id,
                key: p.key,
                label: p.label,
                help: p.help,
                unit: p.unit,
                group: format!("{:?}", p.group),
                default: p.default,
                low: p.low,
                high: p.high,
                min: p.min,
                max: p.max,
                whole: p.whole,
                distribution: format!("{:?}", p.distribution),
                source: Cited(p.source),
                evidence: p.evidence.id(),
                as_of: p.as_of,
                range_note: p.range_note,
            })
            .collect();
        let factors = FACTORS
            .iter()
            .map(|f| Factor {
                id: f.id,
                label: f.label,
                why: f.why,
                source: Cited(f.source),
                loadings: f
                    .loadings
                    .iter()
                    .map(|&(id, loading)| Loading {
                        param: id.spec().id,
                        loading,
                    })
                    .collect(),
            })
            .collect();
        Self { params, factors }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rows = vec![["id", "default", "range", "unit", "evidence", "label"]
            .map(str::to_owned)
            .to_vec()];
        rows.extend(self.params.iter().map(|p| {
            vec![
                p.id.to_owned(),
                num(p.default),
                format!("{}–{}", num(p.low), num(p.high)),
                p.unit.to_owned(),
                format!("{} ({})", p.evidence, p.as_of),
                p.label.to_owned(),
            ]
        }));
        f.write_str(&render(&rows))?;
        writeln!(f, "\nSources:")?;
        for p in &self.params {
            writeln!(f, "  {}: {}", p.id, p.source)?;
        }
        writeln!(
            f,
            "\nShared drivers of the sweep (two parameters on one driver correlate by the product \
             of their loadings):"
        )?;
        for factor in &self.factors {
            let loadings: Vec<String> = factor
                .loadings
                .iter()
                .map(|l| format!("{} {}", l.param, l.loading))
                .collect();
            writeln!(
                f,
                "  {} ({}): {}. {}",
                factor.label,
                loadings.join(", "),
                factor.why,
                factor.source
            )?;
        }
        Ok(())
    }
}
