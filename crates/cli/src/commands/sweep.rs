//! `firstwall sweep`: Monte Carlo over every uncertain assumption — how often each wall comes
//! first, and when. `--engine cpu` splits the samples over every core and merges the tallies;
//! `--engine gpu` runs the WGSL kernel and never falls back to the CPU.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Instant;

use anyhow::Context as _;
use firstwall_model::sweep::{parse_samples, quantile, Sweep, Tally};
use firstwall_model::{PresetId, Scenario, WallId};
use serde::{Serialize, Serializer};

use super::{by_id, open_gpu, EngineArg, ScenarioArgs};
use crate::table::{grouped, render};

/// Arguments of `sweep`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    base: ScenarioArgs,
    /// Number of samples (e.g. 1e6).
    #[arg(
        long,
        value_name = "N",
        default_value = "100000",
        allow_hyphen_values = true,
        value_parser = samples
    )]
    samples: u32,
    /// Seed of the random numbers: the same seed gives the same samples on every engine.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u32,
    /// Where to compute: `cpu` (f64, every core) or `gpu` (f32, wgpu; fails if no adapter).
    #[arg(long, value_enum, default_value_t = EngineArg::Cpu)]
    engine: EngineArg,
    /// Print one JSON document instead of a table.
    #[arg(long)]
    json: bool,
}

/// `--samples`: a whole number from 1 to `MAX_SAMPLES` (`1e6` and `1_000_000` allowed).
fn samples(text: &str) -> Result<u32, String> {
    parse_samples(text).map_err(|err| err.to_string())
}

impl Args {
    /// Runs the sweep and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        let base = self.base.scenario()?;
        let sweep = Sweep::new(&base, self.seed);
        let run = match self.engine {
            EngineArg::Gpu => self.on_gpu(&sweep)?,
            EngineArg::Cpu => self.on_cpu(&sweep),
        };
        super::print(&Report::new(self, &base, &run), self.json)
    }

    /// The sweep on the GPU.
    fn on_gpu(&self, sweep: &Sweep) -> anyhow::Result<Run> {
        let gpu = open_gpu()?;
        let started = Instant::now();
        let tally = pollster::block_on(gpu.monte_carlo(sweep, 0, self.samples))
            .context("the GPU sweep failed")?;
        Ok(Run {
            tally,
            engine: "gpu",
            adapter: gpu.adapter().to_string(),
            elapsed_s: started.elapsed().as_secs_f64(),
        })
    }

    /// The sweep on every core of the CPU.
    fn on_cpu(&self, sweep: &Sweep) -> Run {
        let threads = cpu_threads();
        let started = Instant::now();
        let tally = monte_carlo_threads(sweep, self.samples, threads);
        let elapsed_s = started.elapsed().as_secs_f64();
        Run {
            tally,
            engine: "cpu",
            adapter: format!(
                "CPU, f64, {threads} thread{}",
                if threads == 1 { "" } else { "s" }
            ),
            elapsed_s,
        }
    }
}

/// What one engine counted, and how fast.
struct Run {
    /// The tally of every sample.
    tally: Tally,
    /// `cpu` or `gpu`.
    engine: &'static str,
    /// The engine in words.
    adapter: String,
    /// How long the sweep took, s.
    elapsed_s: f64,
}

pub(crate) use firstwall_model::sweep::{cpu_threads, monte_carlo_threads};

/// The outcome of a sweep.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Samples drawn.
    samples: u32,
    /// The seed.
    seed: u32,
    /// The preset the scenario starts from.
    #[serde(serialize_with = "by_id")]
    preset: PresetId,
    /// What the scenario changes from the preset, by parameter id.
    changes: BTreeMap<&'static str, f64>,
    /// `cpu` or `gpu`.
    engine: &'static str,
    /// The engine in words.
    adapter: String,
    /// How often each wall comes first, and no wall before 2040.
    first_wall_share: Shares,
    /// The share of draws that contradicted history and were dropped.
    rejected_share: f64,
    /// The draws kept.
    accepted: u64,
    /// When the first wall binds.
    first_year_quantiles: Quantiles,
    /// When each wall binds.
    wall_years: ByWall<WallYears>,
    /// How long the sweep took, s.
    elapsed_s: f64,
    /// Samples per second.
    samples_per_s: f64,
}

/// How often each wall comes first, and how often none does.
#[derive(Debug, Serialize)]
struct Shares {
    #[serde(flatten)]
    walls: ByWall<f64>,
    none: f64,
}

/// One value per wall, in [`WallId::ALL`] order; JSON writes it as an object keyed by wall id.
#[derive(Debug)]
struct ByWall<T>(Vec<(WallId, T)>);

impl<T: Serialize> Serialize for ByWall<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(wall, value)| (wall.id(), value)))
    }
}

/// The 10th, 50th and 90th percentiles of a year, where there is one.
#[derive(Debug, Serialize)]
struct Quantiles {
    p10: Option<f64>,
    p50: Option<f64>,
    p90: Option<f64>,
}

impl Quantiles {
    /// The percentiles of a histogram of years.
    fn of(bins: &[u32]) -> Self {
        Self {
            p10: quantile(bins, 0.1),
            p50: quantile(bins, 0.5),
            p90: quantile(bins, 0.9),
        }
    }
}

/// How often one wall binds by 2040, and when.
#[derive(Debug, Serialize)]
struct WallYears {
    binds_share: f64,
    #[serde(flatten)]
    quantiles: Quantiles,
}

impl Report {
    /// The report of `run`, a sweep around `base` made for `args`.
    fn new(args: &Args, base: &Scenario, run: &Run) -> Self {
        let tally = &run.tally;
        // Counts are far below 2^53, so the conversions are exact.
        #[allow(clippy::cast_precision_loss)]
        let accepted = tally.accepted().max(1) as f64;
        let wall_years = WallId::ALL
            .iter()
            .zip(&tally.wall_year_bins)
            .map(|(&wall, bins)| {
                let binds: u64 = bins.iter().map(|&n| u64::from(n)).sum();
                #[allow(clippy::cast_precision_loss)]
                let binds_share = binds as f64 / accepted;
                let years = WallYears {
                    binds_share,
                    quantiles: Quantiles::of(bins),
                };
                (wall, years)
            })
            .collect();
        Self {
            samples: args.samples,
            seed: args.seed,
            preset: base.preset_id(),
            changes: base.changes(),
            engine: run.engine,
            adapter: run.adapter.clone(),
            first_wall_share: Shares {
                walls: ByWall(
                    WallId::ALL
                        .iter()
                        .map(|&wall| (wall, tally.share(wall)))
                        .collect(),
                ),
                none: tally.none_share(),
            },
            rejected_share: tally.rejected_share(),
            accepted: tally.accepted(),
            first_year_quantiles: Quantiles::of(&tally.first_year_bins),
            wall_years: ByWall(wall_years),
            elapsed_s: run.elapsed_s,
            samples_per_s: f64::from(args.samples) / run.elapsed_s.max(1e-9),
        }
    }

    /// The table: each wall's share of first places, how often it binds, and when.
    fn table(&self) -> String {
        let mut rows = vec![[
            "first wall",
            "share",
            "",
            "binds by 2040",
            "median year it binds",
        ]
        .map(str::to_owned)
        .to_vec()];
        for ((wall, share), (_, years)) in
            self.first_wall_share.walls.0.iter().zip(&self.wall_years.0)
        {
            rows.push(vec![
                wall.label().to_owned(),
                format!("{:.1} %", share * 100.0),
                bar(*share),
                format!("{:.0} %", years.binds_share * 100.0),
                years
                    .quantiles
                    .p50
                    .map_or("—".to_owned(), |y| format!("{y:.1}")),
            ]);
        }
        let none = self.first_wall_share.none;
        rows.push(vec![
            "none by 2040".to_owned(),
            format!("{:.1} %", none * 100.0),
            bar(none),
            String::new(),
            String::new(),
        ]);
        render(&rows)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} samples around {} (seed {}) on {}, {:.2} s ({} samples/s)",
            grouped(f64::from(self.samples)),
            self.preset.id(),
            self.seed,
            self.adapter,
            self.elapsed_s,
            grouped(self.samples_per_s.round()),
        )?;
        writeln!(f)?;
        f.write_str(&self.table())?;
        writeln!(f)?;
        // Far below 2^53, so the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        let accepted = self.accepted as f64;
        writeln!(
            f,
            "{:.1} % of the draws put a wall below a run that already happened (Epoch AI's \
             records) and were dropped; the shares are of the other {}.",
            self.rejected_share * 100.0,
            grouped(accepted),
        )?;
        let q = &self.first_year_quantiles;
        match (q.p10, q.p50, q.p90) {
            _ if self.accepted == 0 => writeln!(
                f,
                "every draw contradicted history: this scenario leaves no plausible world"
            ),
            (Some(p10), Some(p50), Some(p90)) => writeln!(
                f,
                "the first wall binds in {p50:.1} (median); 80 % of samples between {p10:.1} and \
                 {p90:.1}"
            ),
            _ => writeln!(f, "no wall binds before 2040 in any sample"),
        }
    }
}

/// A bar of up to 30 blocks for a share.
fn bar(share: f64) -> String {
    // 0–30 blocks; the share is within 0–1.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let blocks = (share.clamp(0.0, 1.0) * 30.0).round() as usize;
    "█".repeat(blocks)
}
