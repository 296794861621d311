//! `firstwall`: First Wall's models from a terminal.
//!
//! Human-readable tables by default; `--json` prints exactly one JSON document on stdout. Errors
//! go to stderr with exit code 2 and say what to fix; the tool never panics on bad input.
//!
//! This file holds the command line (one variant per subcommand, each with its typed `Args`) and
//! the process around it; each subcommand lives in its own file under `commands/`.

use std::error::Error as _;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod commands;
mod table;

use commands::{
    accelerators, backtest, claims, datacenter, first_paint, goal, gpu_check, grid, params,
    presets, preview, project, roofline, sweep, train_time,
};

/// Which wall does AI scaling hit first? The First Wall model from the command line.
#[derive(Debug, Parser)]
#[command(name = "firstwall", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Every parameter of the model: id, label, unit, default, plausible range, source.
    Params(params::Args),
    /// The presets: ids, titles and what they change.
    Presets(presets::Args),
    /// Project a scenario from 2024 to 2040: demand, every wall's ceiling, the first wall.
    Project(project::Args),
    /// A scenario against history: each record training run and the lowest wall when it was published.
    Backtest(backtest::Args),
    /// Accelerators: peak dense BF16 and FP8, memory, bandwidth, power, sources.
    Accelerators(accelerators::Args),
    /// How long `--count` accelerators take to compute `--flop` operations.
    TrainTime(train_time::Args),
    /// Size a data center: power, racks, cooling, energy, water, carbon, cost, trainable FLOP.
    Datacenter(datacenter::Args),
    /// Every numeric claim of the source diagrams, checked: verdict, explanation, sources.
    Claims(claims::Args),
    /// Decoding on an accelerator: memory- or compute-bound, tokens per second, does it fit.
    Roofline(roofline::Args),
    /// What would push the first wall past a year: the smallest change of each assumption alone.
    Goal(goal::Args),
    /// Monte Carlo over every uncertain assumption: how often each wall comes first, and when.
    Sweep(sweep::Args),
    /// The phase diagram: the first wall and its year over a grid of two parameters.
    Grid(grid::Args),
    /// Run the sweep kernel's phase diagram on this machine's adapter and compare every cell with
    /// the f64 model.
    GpuCheck(gpu_check::Args),
    /// Draw each view's link-preview image: a 1200 × 630 PNG card from the model.
    Preview(preview::Args),
    /// The HTML each view shows before the app's wasm arrives: its answer for the default scenario.
    FirstPaint(first_paint::Args),
}

impl Command {
    /// Runs the subcommand: it prints its report, or returns why it could not.
    fn run(&self) -> anyhow::Result<()> {
        match self {
            Self::Params(args) => args.run(),
            Self::Presets(args) => args.run(),
            Self::Project(args) => args.run(),
            Self::Backtest(args) => args.run(),
            Self::Accelerators(args) => args.run(),
            Self::TrainTime(args) => args.run(),
            Self::Datacenter(args) => args.run(),
            Self::Claims(args) => args.run(),
            Self::Roofline(args) => args.run(),
            Self::Goal(args) => args.run(),
            Self::Sweep(args) => args.run(),
            Self::Grid(args) => args.run(),
            Self::GpuCheck(args) => args.run(),
            Self::Preview(args) => args.run(),
            Self::FirstPaint(args) => args.run(),
        }
    }
}

/// `firstwall claims | head` closes the pipe early; Rust's `println!` then panics. A reader that
/// stopped reading is not an error: leave quietly, as `cat` would.
fn quiet_on_closed_pipe() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.contains("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default_hook(info);
    }));
}

/// Clap's message with every quoted piece of input (`'…'`) cut to 60 characters and its length,
/// so that a pasted megabyte is not printed back whole.
fn cap_quoted(message: &str) -> String {
    message
        .split('\'')
        .enumerate()
        .map(|(i, part)| {
            let chars = part.chars().count();
            if i % 2 == 1 && chars > firstwall_model::format::ECHO_MAX_CHARS {
                let head: String = part
                    .chars()
                    .take(firstwall_model::format::ECHO_MAX_CHARS)
                    .collect();
                // A count of characters is far below 2^53, so the conversion is exact.
                #[allow(clippy::cast_precision_loss)]
                let chars = firstwall_model::format::grouped(chars as f64);
                format!("{head}… ({chars} characters)")
            } else {
                part.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("'")
}

/// A clap error as printed: [`cap_quoted`] around the message of the flag's value parser, which
/// is passed through whole. That message caps what it echoes itself (`format::echo`), and an
/// apostrophe in it ("First Wall's model v2") would otherwise unbalance the quotes.
fn render_clap_error(err: &clap::Error) -> String {
    let rendered = err.render().to_string();
    let parser_message = err.source().map(ToString::to_string).unwrap_or_default();
    match rendered.split_once(parser_message.as_str()) {
        Some((before, after)) if !parser_message.is_empty() => {
            format!(
                "{}{parser_message}{}",
                cap_quoted(before),
                cap_quoted(after)
            )
        }
        _ => cap_quoted(&rendered),
    }
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if !err.use_stderr() => {
            // --help and --version are not errors; clap decides where they print.
            err.print().ok();
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprint!("{}", render_clap_error(&err));
            return ExitCode::from(2);
        }
    };
    match cli.command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("firstwall: {err:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_quoted_cuts_long_quoted_input_only() {
        let long = "a".repeat(100);
        let capped = cap_quoted(&format!("invalid value '{long}' for '--x'"));
        assert!(capped.contains("… (100 characters)' for '--x'"), "{capped}");
        assert_eq!(cap_quoted("no quotes here"), "no quotes here");
    }

    #[test]
    fn a_parser_message_with_an_apostrophe_is_printed_whole() {
        let err = Cli::try_parse_from([
            "firstwall",
            "grid",
            "--x",
            "power.distributed_gw_2030:1:5:8",
            "--y",
            "demand.growth_per_year:2:8:5",
        ])
        .err()
        .map(|err| render_clap_error(&err))
        .unwrap_or_default();
        let removed = firstwall_model::ScenarioError::not_a_param("power.distributed_gw_2030");
        assert!(err.contains(&removed.to_string()), "{err}");
        assert!(!err.contains("characters)"), "{err}");
    }

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory as _;
        Cli::command().debug_assert();
    }
}
