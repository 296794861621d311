//! `firstwall accelerators`: peak dense BF16 and FP8, memory, bandwidth, power and sources.

use std::fmt;

use firstwall_model::accelerators::ACCELERATORS;
use serde::Serialize;

use super::Cited;
use crate::table::{num, render};

/// Arguments of `accelerators`.
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

/// Every accelerator the model knows.
#[derive(Debug, Serialize)]
pub struct Report {
    /// In [`ACCELERATORS`] order.
    accelerators: Vec<Accelerator>,
}

/// One accelerator.
#[derive(Debug, Serialize)]
struct Accelerator {
    id: &'static str,
    name: &'static str,
    bf16_flop_per_s: f64,
    fp8_flop_per_s: Option<f64>,
    hbm_bytes: f64,
    hbm_bytes_per_s: f64,
    tdp_w: Option<f64>,
    source: Cited,
}

impl Report {
    /// The accelerators as they are.
    pub fn build() -> Self {
        let accelerators = ACCELERATORS
            .iter()
            .map(|a| Accelerator {
                id: a.id,
                name: a.name,
                bf16_flop_per_s: a.bf16_flop_per_s,
                fp8_flop_per_s: a.fp8_flop_per_s,
                hbm_bytes: a.hbm_bytes,
                hbm_bytes_per_s: a.hbm_bytes_per_s,
                tdp_w: a.tdp_w,
                source: Cited(a.source),
            })
            .collect();
        Self { accelerators }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rows = vec![[
            "id",
            "BF16 TFLOP/s",
            "FP8 TFLOP/s",
            "HBM GB",
            "HBM TB/s",
            "TDP W",
            "name",
        ]
        .map(str::to_owned)
        .to_vec()];
        rows.extend(self.accelerators.iter().map(|a| {
            vec![
                a.id.to_owned(),
                num(a.bf16_flop_per_s / 1e12),
                a.fp8_flop_per_s
                    .map_or("—".to_owned(), |flop| num(flop / 1e12)),
                num(a.hbm_bytes / 1e9),
                num(a.hbm_bytes_per_s / 1e12),
                a.tdp_w.map_or("—".to_owned(), num),
                a.name.to_owned(),
            ]
        }));
        f.write_str(&render(&rows))?;
        writeln!(f, "\nSources:")?;
        for a in &self.accelerators {
            writeln!(f, "  {}: {}", a.id, a.source)?;
        }
        Ok(())
    }
}
