//! `firstwall train-time`: how long `--count` accelerators take to compute `--flop` operations.

use std::fmt;

use anyhow::{bail, Context as _};
use firstwall_model::accelerators::{Accelerator, Precision};
use firstwall_model::compute::checked_duration_s_from_flop;
use firstwall_model::format::echo;
use firstwall_model::units::{SECONDS_PER_DAY, SECONDS_PER_MONTH};
use serde::Serialize;

use super::by_id;
use super::parse::{self, positive_number};
use crate::table::num;

/// The most accelerators `--count` takes.
const MAX_COUNT: f64 = 1e12;

/// Arguments of `train-time`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Total training compute, FLOP (e.g. 3.14e23).
    #[arg(long, value_name = "F", allow_hyphen_values = true, value_parser = parse::positive("--flop"))]
    flop: f64,
    /// Accelerator id (see `firstwall accelerators`).
    #[arg(long, value_name = "ID", value_parser = parse::accelerator)]
    accelerator: &'static Accelerator,
    /// Number of accelerators.
    #[arg(long, value_name = "N", allow_hyphen_values = true, value_parser = count)]
    count: f64,
    /// Share of peak throughput achieved (default 0.4, Epoch AI 2024).
    #[arg(
        long,
        value_name = "U",
        allow_hyphen_values = true,
        default_value = "0.4",
        value_parser = utilization
    )]
    utilization: f64,
    /// Arithmetic precision.
    #[arg(long, value_enum, default_value_t = PrecisionArg::Bf16)]
    precision: PrecisionArg,
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
}

/// `--precision` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum PrecisionArg {
    /// 16-bit brain float.
    Bf16,
    /// 8-bit float.
    Fp8,
}

impl From<PrecisionArg> for Precision {
    fn from(precision: PrecisionArg) -> Self {
        match precision {
            PrecisionArg::Bf16 => Self::Bf16,
            PrecisionArg::Fp8 => Self::Fp8,
        }
    }
}

/// `--count`: a whole number of accelerators above 0, up to [`MAX_COUNT`].
fn count(text: &str) -> Result<f64, String> {
    let count = positive_number("--count", text)?;
    if count.fract() != 0.0 || count > MAX_COUNT {
        return Err(format!(
            "--count must be a whole number of accelerators up to 1e12, got {}",
            echo(text)
        ));
    }
    Ok(count)
}

/// `--utilization`: a share of peak above 0, at most 1.
fn utilization(text: &str) -> Result<f64, String> {
    let utilization = positive_number("--utilization", text)?;
    if utilization > 1.0 {
        return Err(format!(
            "--utilization must be at most 1 (100 % of peak), got {}",
            echo(text)
        ));
    }
    Ok(utilization)
}

impl Args {
    /// Computes the time and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        super::print(&self.report()?, self.json)
    }

    /// The time, or why it cannot be computed: an accelerator without the precision, or a time
    /// too long or too short for a number.
    fn report(&self) -> anyhow::Result<Report> {
        let precision = Precision::from(self.precision);
        let Some(peak_flop_per_s) = self.accelerator.peak_flop_per_s(precision) else {
            bail!(
                "{} has no {} arithmetic; use --precision bf16",
                self.accelerator.name,
                precision.as_str()
            );
        };
        let seconds =
            checked_duration_s_from_flop(self.flop, self.count, peak_flop_per_s, self.utilization)
                .context("the time of --flop on --count accelerators at --utilization")?;
        Ok(Report {
            seconds,
            days: seconds / SECONDS_PER_DAY,
            months: seconds / SECONDS_PER_MONTH,
            flop: self.flop,
            accelerator: self.accelerator,
            count: self.count,
            precision,
            utilization: self.utilization,
            peak_flop_per_s,
            achieved_flop_per_s: self.count * peak_flop_per_s * self.utilization,
        })
    }
}

/// How long a training run takes.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The time, s.
    seconds: f64,
    /// … in days.
    days: f64,
    /// … in months.
    months: f64,
    /// The compute, FLOP.
    flop: f64,
    /// The accelerator.
    #[serde(serialize_with = "by_id")]
    accelerator: &'static Accelerator,
    /// How many.
    count: f64,
    /// The arithmetic.
    #[serde(serialize_with = "by_id")]
    precision: Precision,
    /// Share of peak achieved.
    utilization: f64,
    /// One accelerator's peak at that precision, FLOP/s.
    peak_flop_per_s: f64,
    /// All of them at the utilization, FLOP/s.
    achieved_flop_per_s: f64,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} FLOP on {} × {} ({}, {} % of {} FLOP/s peak each): {} days ({} s)",
            num(self.flop),
            num(self.count),
            self.accelerator.name,
            self.precision.as_str(),
            num(self.utilization * 100.0),
            num(self.peak_flop_per_s),
            num(self.days),
            num(self.seconds)
        )
    }
}
