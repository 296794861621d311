//! `firstwall roofline`: decoding on an accelerator — memory- or compute-bound, tokens per
//! second, and whether the model fits.

use std::fmt;

use firstwall_model::accelerators::Accelerator;
use firstwall_model::roofline::{self, default_kv_bytes_per_token, Bound, Input, Workload};
use serde::Serialize;

use super::by_id;
use super::parse;
use crate::table::{num, render};

/// Arguments of `roofline`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Accelerator id (see `firstwall accelerators`).
    #[arg(long, value_name = "ID", value_parser = parse::accelerator)]
    accelerator: &'static Accelerator,
    /// Parameters of the model (e.g. 70e9).
    #[arg(long, value_name = "N", allow_hyphen_values = true, value_parser = parse::positive("--params"))]
    params: f64,
    /// Parameters used per token, for mixture-of-experts (default: all).
    #[arg(
        long = "active-params",
        value_name = "N",
        allow_hyphen_values = true,
        value_parser = parse::positive("--active-params")
    )]
    active_params: Option<f64>,
    /// Bytes per parameter: 2 (BF16), 1 (FP8/INT8), 0.5 (INT4).
    #[arg(
        long = "bytes-per-param",
        value_name = "B",
        default_value = "2",
        allow_hyphen_values = true,
        value_parser = parse::positive("--bytes-per-param")
    )]
    bytes_per_param: f64,
    /// Sequences decoded together.
    #[arg(
        long,
        value_name = "B",
        default_value = "1",
        allow_hyphen_values = true,
        value_parser = parse::number("--batch")
    )]
    batch: f64,
    /// Tokens of context per sequence (KV cache).
    #[arg(
        long,
        value_name = "T",
        default_value = "4096",
        allow_hyphen_values = true,
        value_parser = parse::number("--context")
    )]
    context: f64,
    /// KV-cache bytes per token (default: Llama 2 70B's shape at the weights' precision).
    #[arg(
        long = "kv-bytes-per-token",
        value_name = "K",
        allow_hyphen_values = true,
        value_parser = parse::number("--kv-bytes-per-token")
    )]
    kv_bytes_per_token: Option<f64>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Computes the roofline and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        let workload = self.workload()?;
        super::print(&Report::new(self.accelerator, &workload), self.json)
    }

    /// The workload, checked as a whole; an error names the flag to change.
    fn workload(&self) -> anyhow::Result<Workload> {
        Workload::new(
            self.params,
            self.active_params.unwrap_or(self.params),
            self.bytes_per_param,
            self.batch,
            self.context,
            self.kv_bytes_per_token
                .unwrap_or_else(|| default_kv_bytes_per_token(self.bytes_per_param)),
        )
        .map_err(|err| {
            let flag = match err.input() {
                Input::Params => "--params",
                Input::ActiveParams => "--active-params",
                Input::BytesPerParam => "--bytes-per-param",
                Input::Batch => "--batch",
                Input::Context => "--context",
                Input::KvBytesPerToken => "--kv-bytes-per-token",
            };
            anyhow::Error::new(err).context(format!("in {flag}"))
        })
    }
}

/// Decoding one workload on one accelerator.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The accelerator.
    #[serde(serialize_with = "by_id")]
    accelerator: &'static Accelerator,
    /// FLOP per byte moved by one decoding step.
    arithmetic_intensity_flop_per_byte: f64,
    /// The accelerator's FLOP per byte at the ridge.
    ridge_flop_per_byte: f64,
    /// What limits decoding.
    #[serde(serialize_with = "by_id")]
    bound: Bound,
    /// Tokens per second across the batch (upper bound).
    tokens_per_s: f64,
    /// … per sequence.
    tokens_per_s_per_sequence: f64,
    /// Whether weights and KV cache fit on one device.
    fits_in_memory: bool,
    /// Devices needed to hold them.
    devices: f64,
    /// Weights and KV cache, bytes.
    memory_bytes: f64,
    /// The accelerator's peak, FLOP/s.
    peak_flop_per_s: f64,
    /// Its memory bandwidth, bytes/s.
    bandwidth_bytes_per_s: f64,
    /// FLOP per decoding step.
    flop_per_step: f64,
    /// Bytes per decoding step.
    bytes_per_step: f64,
    /// The batch from which decoding is compute-bound.
    batch_at_ridge: f64,
    /// KV-cache bytes per token.
    kv_bytes_per_token: f64,
}

impl Report {
    /// The roofline of `workload` on `accelerator`.
    fn new(accelerator: &'static Accelerator, workload: &Workload) -> Self {
        let r = roofline::roofline(accelerator, workload);
        Self {
            accelerator,
            arithmetic_intensity_flop_per_byte: r.arithmetic_intensity_flop_per_byte,
            ridge_flop_per_byte: r.ridge_flop_per_byte,
            bound: r.bound,
            tokens_per_s: r.tokens_per_s,
            tokens_per_s_per_sequence: r.tokens_per_s_per_sequence,
            fits_in_memory: r.fits_in_memory,
            devices: r.devices,
            memory_bytes: r.memory_bytes,
            peak_flop_per_s: r.peak_flop_per_s,
            bandwidth_bytes_per_s: r.bandwidth_bytes_per_s,
            flop_per_step: r.flop_per_step,
            bytes_per_step: r.bytes_per_step,
            batch_at_ridge: r.batch_at_ridge,
            kv_bytes_per_token: workload.kv_bytes_per_token,
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = |label: &str, value: String| vec![label.to_owned(), value];
        let rows = vec![
            row("accelerator", self.accelerator.name.to_owned()),
            row(
                "arithmetic intensity",
                format!("{} FLOP/byte", num(self.arithmetic_intensity_flop_per_byte)),
            ),
            row(
                "ridge point",
                format!(
                    "{} FLOP/byte ({} FLOP/s ÷ {} byte/s)",
                    num(self.ridge_flop_per_byte),
                    num(self.peak_flop_per_s),
                    num(self.bandwidth_bytes_per_s)
                ),
            ),
            row("bound", format!("{}-bound", self.bound.id())),
            row(
                "tokens per second",
                format!(
                    "{} across the batch, {} per sequence (upper bound)",
                    num(self.tokens_per_s),
                    num(self.tokens_per_s_per_sequence)
                ),
            ),
            row(
                "memory",
                format!(
                    "{} GB of weights and KV cache: {}",
                    num(self.memory_bytes / 1e9),
                    if self.fits_in_memory {
                        "fits on one device".to_owned()
                    } else {
                        format!("needs {} devices", num(self.devices))
                    }
                ),
            ),
            row(
                "compute-bound from",
                format!(
                    "a batch of about {} (dense, cache aside)",
                    num(self.batch_at_ridge)
                ),
            ),
        ];
        f.write_str(&render(&rows))
    }
}
