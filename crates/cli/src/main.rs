//! `firstwall`: First Wall's models from a terminal.
//!
//! Human-readable output by default; `--json` prints exactly one JSON document on stdout. Errors
//! go to stderr with exit code 2 and say what to fix.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

/// Which wall does AI scaling hit first? The First Wall model from the command line.
#[derive(Debug, Parser)]
#[command(name = "firstwall", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the GPU kernel on this machine's adapter and compare every answer with the f64 model.
    GpuCheck {
        /// How many cases to compare.
        #[arg(long, default_value_t = 65_536, value_parser = clap::value_parser!(u32).range(1..=16_777_216))]
        cases: u32,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // --help and --version are not errors; clap decides where they print.
            let code = if err.use_stderr() { 2 } else { 0 };
            err.print().ok();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("firstwall: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::GpuCheck { cases, json } => gpu_check(cases, json),
    }
}

#[allow(clippy::print_stdout)] // The CLI's job is to print.
fn gpu_check(cases: u32, json: bool) -> anyhow::Result<()> {
    let started = Instant::now();
    let gpu = pollster::block_on(firstwall_gpu::GpuContext::new()).context("no usable GPU")?;
    let setup_s = started.elapsed().as_secs_f64();
    let trend_cases = firstwall_gpu::reference_cases(cases);
    let started = Instant::now();
    let agreement = pollster::block_on(gpu.check_against_model(&trend_cases))
        .context("the GPU check failed")?;
    let elapsed_s = started.elapsed().as_secs_f64();
    if json {
        let report = serde_json::json!({
            "adapter": gpu.adapter().to_string(),
            "cases": agreement.cases,
            "max_abs_diff_years": agreement.max_abs_diff_years,
            "agrees": agreement.agrees(),
            "setup_s": setup_s,
            "elapsed_s": elapsed_s,
        });
        println!("{report}");
    } else {
        println!("adapter             {}", gpu.adapter());
        println!("cases               {}", agreement.cases);
        println!(
            "largest difference  {:.2e} years",
            agreement.max_abs_diff_years
        );
        println!(
            "verdict             {}",
            if agreement.agrees() {
                "GPU and CPU agree"
            } else {
                "GPU and CPU DISAGREE"
            }
        );
        println!(
            "time                {:.1} ms (setup {:.1} ms)",
            elapsed_s * 1e3,
            setup_s * 1e3
        );
    }
    if !agreement.agrees() {
        anyhow::bail!(
            "the GPU differs from the model by {:e} years, more than the {:e} allowed",
            agreement.max_abs_diff_years,
            firstwall_gpu::AGREEMENT_TOLERANCE_YEARS
        );
    }
    Ok(())
}
