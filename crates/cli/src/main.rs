//! `firstwall`: First Wall's models from a terminal.
//!
//! Human-readable tables by default; `--json` prints exactly one JSON document on stdout. Errors
//! go to stderr with exit code 2 and say what to fix; the tool never panics on bad input.

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod commands;
mod table;

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
    Params {
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// The presets: ids, titles and what they change.
    Presets {
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Project a scenario from 2024 to 2040: demand, every wall's ceiling, the first wall.
    Project {
        #[command(flatten)]
        base: commands::ScenarioArgs,
        /// Print one JSON document instead of tables.
        #[arg(long)]
        json: bool,
    },
    /// A scenario against history: each record training run and the lowest wall when it was published.
    Backtest {
        #[command(flatten)]
        base: commands::ScenarioArgs,
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Accelerators: peak dense BF16 and FP8, memory, bandwidth, power, sources.
    Accelerators {
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// How long `--count` accelerators take to compute `--flop` operations.
    TrainTime {
        /// Total training compute, FLOP (e.g. 3.14e23).
        #[arg(long, value_name = "F", allow_hyphen_values = true)]
        flop: String,
        /// Accelerator id (see `firstwall accelerators`).
        #[arg(long, value_name = "ID")]
        accelerator: String,
        /// Number of accelerators.
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        count: String,
        /// Share of peak throughput achieved (default 0.4, Epoch AI 2024).
        #[arg(
            long,
            value_name = "U",
            allow_hyphen_values = true,
            default_value = "0.4"
        )]
        utilization: String,
        /// Arithmetic precision.
        #[arg(long, value_enum, default_value_t = PrecisionArg::Bf16)]
        precision: PrecisionArg,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Size a data center: power, racks, cooling, energy, water, carbon, cost, trainable FLOP.
    Datacenter {
        /// Accelerator id (see `firstwall accelerators`).
        #[arg(long, value_name = "ID")]
        accelerator: String,
        /// Number of accelerators.
        #[arg(
            long,
            value_name = "N",
            allow_hyphen_values = true,
            conflicts_with = "facility_mw",
            required_unless_present = "facility_mw"
        )]
        count: Option<String>,
        /// Facility power budget, MW (the count follows from it).
        #[arg(long = "facility-mw", value_name = "P", allow_hyphen_values = true)]
        facility_mw: Option<String>,
        /// Cooling technology: air, rear-door, direct-liquid, immersion.
        #[arg(long, value_name = "TECH", default_value = "direct-liquid")]
        cooling: String,
        /// Power chain: ac or dc-800v.
        #[arg(long = "power-chain", value_name = "CHAIN", default_value = "ac")]
        power_chain: String,
        /// Use this PUE instead of the one the cooling and power chain give (1 to 3).
        #[arg(long, value_name = "X", allow_hyphen_values = true)]
        pue: Option<String>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Every numeric claim of the source diagrams, checked: verdict, explanation, sources.
    Claims {
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Decoding on an accelerator: memory- or compute-bound, tokens per second, does it fit.
    Roofline {
        /// Accelerator id (see `firstwall accelerators`).
        #[arg(long, value_name = "ID")]
        accelerator: String,
        /// Parameters of the model (e.g. 70e9).
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        params: String,
        /// Parameters used per token, for mixture-of-experts (default: all).
        #[arg(long = "active-params", value_name = "N", allow_hyphen_values = true)]
        active_params: Option<String>,
        /// Bytes per parameter: 2 (BF16), 1 (FP8/INT8), 0.5 (INT4).
        #[arg(
            long = "bytes-per-param",
            value_name = "B",
            default_value = "2",
            allow_hyphen_values = true
        )]
        bytes_per_param: String,
        /// Sequences decoded together.
        #[arg(
            long,
            value_name = "B",
            default_value = "1",
            allow_hyphen_values = true
        )]
        batch: String,
        /// Tokens of context per sequence (KV cache).
        #[arg(
            long,
            value_name = "T",
            default_value = "4096",
            allow_hyphen_values = true
        )]
        context: String,
        /// KV-cache bytes per token (default: Llama 2 70B's shape at the weights' precision).
        #[arg(
            long = "kv-bytes-per-token",
            value_name = "K",
            allow_hyphen_values = true
        )]
        kv_bytes_per_token: Option<String>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Monte Carlo over every uncertain assumption: how often each wall comes first, and when.
    Sweep {
        #[command(flatten)]
        base: commands::ScenarioArgs,
        /// Number of samples (e.g. 1e6).
        #[arg(
            long,
            value_name = "N",
            default_value = "100000",
            allow_hyphen_values = true
        )]
        samples: String,
        /// Seed of the random numbers: the same seed gives the same samples on every engine.
        #[arg(long, value_name = "S", default_value_t = 1)]
        seed: u32,
        /// Where to compute: `cpu` (f64, every core) or `gpu` (f32, wgpu; fails if no adapter).
        #[arg(long, value_enum, default_value_t = EngineArg::Cpu)]
        engine: EngineArg,
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// The phase diagram: the first wall and its year over a grid of two parameters.
    Grid {
        /// The horizontal axis: `ID:LOW:HIGH:N` (log-spaced for log-distributed parameters).
        #[arg(long, value_name = "ID:LOW:HIGH:N")]
        x: String,
        /// The vertical axis: `ID:LOW:HIGH:N`.
        #[arg(long, value_name = "ID:LOW:HIGH:N")]
        y: String,
        #[command(flatten)]
        base: commands::ScenarioArgs,
        /// Where to compute: `cpu` or `gpu`.
        #[arg(long, value_enum, default_value_t = EngineArg::Cpu)]
        engine: EngineArg,
        /// Print every cell as CSV (`x,y,first_wall,year`) instead of a map.
        #[arg(long)]
        csv: bool,
    },
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

/// `--engine` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum EngineArg {
    /// The f64 reference on the CPU, on every core.
    Cpu,
    /// The f32 WGSL kernel through wgpu (Vulkan, Metal or DX12).
    Gpu,
}

/// `--precision` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum PrecisionArg {
    /// 16-bit brain float.
    Bf16,
    /// 8-bit float.
    Fp8,
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
            eprint!("{}", cap_quoted(&err.render().to_string()));
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Params { json } => commands::params(json),
        Command::Presets { json } => commands::presets(json),
        Command::Project { base, json } => commands::project(&base, json),
        Command::Backtest { base, json } => commands::backtest(&base, json),
        Command::Accelerators { json } => commands::accelerators(json),
        Command::TrainTime {
            flop,
            accelerator,
            count,
            utilization,
            precision,
            json,
        } => commands::train_time(&commands::TrainTimeArgs {
            flop: &flop,
            accelerator: &accelerator,
            count: &count,
            utilization: &utilization,
            precision: match precision {
                PrecisionArg::Bf16 => firstwall_model::accelerators::Precision::Bf16,
                PrecisionArg::Fp8 => firstwall_model::accelerators::Precision::Fp8,
            },
            json,
        }),
        Command::Datacenter {
            accelerator,
            count,
            facility_mw,
            cooling,
            power_chain,
            pue,
            json,
        } => commands::datacenter(&commands::DatacenterArgs {
            accelerator: &accelerator,
            count: count.as_deref(),
            facility_mw: facility_mw.as_deref(),
            cooling: &cooling,
            power_chain: &power_chain,
            pue: pue.as_deref(),
            json,
        }),
        Command::Claims { json } => commands::claims(json),
        Command::Roofline {
            accelerator,
            params,
            active_params,
            bytes_per_param,
            batch,
            context,
            kv_bytes_per_token,
            json,
        } => commands::roofline(&commands::RooflineArgs {
            accelerator: &accelerator,
            params: &params,
            active_params: active_params.as_deref(),
            bytes_per_param: &bytes_per_param,
            batch: &batch,
            context: &context,
            kv_bytes_per_token: kv_bytes_per_token.as_deref(),
            json,
        }),
        Command::Sweep {
            base,
            samples,
            seed,
            engine,
            json,
        } => commands::sweep(&commands::SweepArgs {
            base: &base,
            samples: &samples,
            seed,
            gpu: engine == EngineArg::Gpu,
            json,
        }),
        Command::Grid {
            x,
            y,
            base,
            engine,
            csv,
        } => commands::grid(&commands::GridArgs {
            x: &x,
            y: &y,
            base: &base,
            gpu: engine == EngineArg::Gpu,
            csv,
        }),
        Command::GpuCheck { cases, json } => commands::gpu_check(cases, json),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("firstwall: {err:#}");
            ExitCode::from(2)
        }
    }
}
