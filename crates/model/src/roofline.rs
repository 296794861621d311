//! The roofline of decoding: is a language model's token-by-token generation limited by memory
//! bandwidth or by compute on an accelerator, how fast can it go, and does it fit?
//!
//! ```text
//! one decode step (one new token for each of B sequences):
//!   FLOP      = 2 · N_active · B                       (a multiply and an add per active weight)
//!   bytes     = min(N, N_active · B) · b + B · T · k   (weights read once per step; KV cache)
//!   I         = FLOP / bytes                           arithmetic intensity, FLOP/byte
//!   ridge I*  = F_peak / BW                            (Gholami et al. 2024; H100: 989 / 3.35 ≈ 295)
//!   step      = max(FLOP / (n · F_peak), bytes / (n · BW))   on n devices, ideal tensor parallelism
//!   tokens/s  = B / step
//! ```
//! N: parameters, N_active: parameters used per token (mixture-of-experts), b: bytes per
//! parameter (2 for 16-bit, 1 for FP8/INT8, 0.5 for INT4), T: tokens of context, k: KV-cache
//! bytes per token. Attention's own FLOP are left out: at decode they are small next to the
//! weights' (a few per cent at 4k context). `n` is the smallest number of devices whose memory
//! holds the weights and the cache (at [`USABLE_MEMORY_SHARE`] of each device's HBM).

use crate::accelerators::Accelerator;
use crate::format::exact;
use crate::source::{self, Citation};

/// Share of HBM a serving stack can give to weights and KV cache (the rest goes to activations,
/// the runtime and fragmentation). First Wall's assumption, in line with vLLM's default
/// `gpu_memory_utilization` of 0.9.
pub const USABLE_MEMORY_SHARE: f64 = 0.9;

/// KV-cache bytes per token of context at 16 bits for a model shaped like Llama 2 70B:
/// 2 (K and V) × 80 layers × 8 KV heads × 128 dimensions × 2 bytes = 327,680 bytes
/// (Touvron et al. 2023, Table 1 and §2.2, grouped-query attention) \[derived\].
pub const LLAMA2_70B_KV_BYTES_PER_TOKEN: f64 = 2.0 * 80.0 * 8.0 * 128.0 * 2.0;

/// Where the KV-cache default comes from.
pub const KV_SOURCE: Citation = Citation {
    source: &source::LLAMA2,
    locator: "70B: 80 layers, grouped-query attention with 8 KV heads of 128 → 327,680 bytes per token at 16 bits [derived]",
};

/// The default KV-cache size per token for weights of `bytes_per_param` (the cache kept at the
/// weights' precision).
pub fn default_kv_bytes_per_token(bytes_per_param: f64) -> f64 {
    LLAMA2_70B_KV_BYTES_PER_TOKEN * bytes_per_param / 2.0
}

/// The most parameters a workload may have: a million times today's largest models, and small
/// enough that every product of the roofline stays a finite number.
pub const MAX_PARAMS: f64 = 1e18;

/// The most KV-cache bytes per token of context a workload may keep: over a million times Llama
/// 2 70B's 327,680, and small enough that the cache of the largest batch and context stays finite.
pub const MAX_KV_BYTES_PER_TOKEN: f64 = 1e12;

/// One input of a [`Workload`], so that an error can say which (the CLI names its flag).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// All parameters.
    Params,
    /// Parameters used per token.
    ActiveParams,
    /// Bytes per parameter.
    BytesPerParam,
    /// Sequences decoded together.
    Batch,
    /// Tokens of context per sequence.
    Context,
    /// KV-cache bytes per token.
    KvBytesPerToken,
}

impl Input {
    /// What it is, in words.
    pub fn label(self) -> &'static str {
        match self {
            Self::Params => "parameters",
            Self::ActiveParams => "active parameters",
            Self::BytesPerParam => "bytes per parameter",
            Self::Batch => "the batch",
            Self::Context => "the context",
            Self::KvBytesPerToken => "KV-cache bytes per token",
        }
    }
}

/// Why a workload was refused. Each message names the input and what to fix.
///
/// The limits are what keeps every figure of [`roofline`] a finite number: a workload that is
/// accepted never gives an infinite or NaN tokens per second, intensity or device count.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RooflineError {
    /// A count or size outside its limits (or NaN).
    #[error("{} must be a number from {} to {max:e}, got {}", .input.label(), exact(*.min), exact(*.value))]
    OutOfRange {
        /// Which input.
        input: Input,
        /// The value.
        value: f64,
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
    },
    /// More active parameters than parameters.
    #[error("active parameters ({}) cannot exceed parameters ({})", exact(*.active), exact(*.total))]
    ActiveAboveTotal {
        /// Active per token.
        active: f64,
        /// All.
        total: f64,
    },
    /// Bytes per parameter outside what any format uses.
    #[error("bytes per parameter must be between 0.25 (2-bit) and 4 (32-bit), got {}", exact(*.0))]
    BytesPerParam(f64),
    /// A batch below one or not whole.
    #[error("the batch must be a whole number of sequences from 1 to 1,000,000, got {}", exact(*.0))]
    Batch(f64),
    /// A context that is negative or absurdly long.
    #[error("the context must be 0 to 100,000,000 tokens, got {}", exact(*.0))]
    Context(f64),
}

impl RooflineError {
    /// The input this error is about.
    pub fn input(&self) -> Input {
        match self {
            Self::OutOfRange { input, .. } => *input,
            Self::ActiveAboveTotal { .. } => Input::ActiveParams,
            Self::BytesPerParam(_) => Input::BytesPerParam,
            Self::Batch(_) => Input::Batch,
            Self::Context(_) => Input::Context,
        }
    }
}

/// What is being decoded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Workload {
    /// Parameters (all of them: they must all sit in memory).
    pub params: f64,
    /// Parameters used per token (fewer than `params` for mixture-of-experts).
    pub active_params: f64,
    /// Bytes per parameter: 2 (BF16/FP16), 1 (FP8/INT8), 0.5 (INT4).
    pub bytes_per_param: f64,
    /// Sequences decoded together.
    pub batch: f64,
    /// Tokens of context each sequence keeps in the KV cache.
    pub context_tokens: f64,
    /// KV-cache bytes per token of context.
    pub kv_bytes_per_token: f64,
}

impl Workload {
    /// A checked workload: every input within its limits, so that [`roofline`] gives finite
    /// figures for it on any accelerator.
    pub fn new(
        params: f64,
        active_params: f64,
        bytes_per_param: f64,
        batch: f64,
        context_tokens: f64,
        kv_bytes_per_token: f64,
    ) -> Result<Self, RooflineError> {
        let within = |input: Input, value: f64, min: f64, max: f64| {
            if (min..=max).contains(&value) {
                Ok(value)
            } else {
                Err(RooflineError::OutOfRange {
                    input,
                    value,
                    min,
                    max,
                })
            }
        };
        // A model has at least one parameter; below that the arithmetic would divide by
        // numbers that round to 0.
        let params = within(Input::Params, params, 1.0, MAX_PARAMS)?;
        let active_params = within(Input::ActiveParams, active_params, 1.0, MAX_PARAMS)?;
        if active_params > params {
            return Err(RooflineError::ActiveAboveTotal {
                active: active_params,
                total: params,
            });
        }
        if !(0.25..=4.0).contains(&bytes_per_param) {
            return Err(RooflineError::BytesPerParam(bytes_per_param));
        }
        if !(1.0..=1e6).contains(&batch) || batch.fract() != 0.0 {
            return Err(RooflineError::Batch(batch));
        }
        if !(0.0..=1e8).contains(&context_tokens) {
            return Err(RooflineError::Context(context_tokens));
        }
        let kv_bytes_per_token = within(
            Input::KvBytesPerToken,
            kv_bytes_per_token,
            0.0,
            MAX_KV_BYTES_PER_TOKEN,
        )?;
        Ok(Self {
            params,
            active_params,
            bytes_per_param,
            batch,
            context_tokens,
            kv_bytes_per_token,
        })
    }

    /// Weights and KV cache together, bytes.
    pub fn memory_bytes(&self) -> f64 {
        self.params * self.bytes_per_param
            + self.batch * self.context_tokens * self.kv_bytes_per_token
    }
}

/// What limits decoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Reading weights and cache from memory takes longer than the arithmetic.
    Memory,
    /// The arithmetic takes longer than the reading.
    Compute,
}

impl Bound {
    /// `memory` or `compute`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Memory => "memory",
            Self::Compute => "compute",
        }
    }
}

/// The roofline of one workload on one accelerator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Roofline {
    /// The accelerator.
    pub accelerator: &'static Accelerator,
    /// Peak dense FLOP/s per device at the workload's precision (FP8 peak for 8-bit and below
    /// where the chip has it).
    pub peak_flop_per_s: f64,
    /// Memory bandwidth per device, bytes/s.
    pub bandwidth_bytes_per_s: f64,
    /// The ridge point: arithmetic intensity above which the device is compute-bound, FLOP/byte.
    pub ridge_flop_per_byte: f64,
    /// FLOP of one decode step.
    pub flop_per_step: f64,
    /// Bytes read in one decode step.
    pub bytes_per_step: f64,
    /// FLOP per byte read.
    pub arithmetic_intensity_flop_per_byte: f64,
    /// What limits it.
    pub bound: Bound,
    /// Weights and cache, bytes.
    pub memory_bytes: f64,
    /// Devices needed to hold them.
    pub devices: f64,
    /// Whether one device holds them.
    pub fits_in_memory: bool,
    /// Seconds per decode step on `devices`.
    pub step_s: f64,
    /// Tokens per second across the batch, an upper bound.
    pub tokens_per_s: f64,
    /// Tokens per second each sequence sees.
    pub tokens_per_s_per_sequence: f64,
    /// The batch at which a dense model's decoding reaches the ridge point (KV cache aside).
    pub batch_at_ridge: f64,
}

/// The roofline of `workload` on `accelerator`.
pub fn roofline(accelerator: &'static Accelerator, workload: &Workload) -> Roofline {
    let peak_flop_per_s = match accelerator.fp8_flop_per_s {
        Some(fp8) if workload.bytes_per_param <= 1.0 => fp8,
        _ => accelerator.bf16_flop_per_s,
    };
    let bandwidth_bytes_per_s = accelerator.hbm_bytes_per_s;
    let ridge_flop_per_byte = peak_flop_per_s / bandwidth_bytes_per_s;
    let w = workload;
    let flop_per_step = 2.0 * w.active_params * w.batch;
    let weight_bytes = w.params.min(w.active_params * w.batch) * w.bytes_per_param;
    let bytes_per_step = weight_bytes + w.batch * w.context_tokens * w.kv_bytes_per_token;
    let intensity = flop_per_step / bytes_per_step;
    let memory_bytes = w.memory_bytes();
    let devices = (memory_bytes / (accelerator.hbm_bytes * USABLE_MEMORY_SHARE))
        .ceil()
        .max(1.0);
    let compute_s = flop_per_step / (devices * peak_flop_per_s);
    let memory_s = bytes_per_step / (devices * bandwidth_bytes_per_s);
    let step_s = compute_s.max(memory_s);
    Roofline {
        accelerator,
        peak_flop_per_s,
        bandwidth_bytes_per_s,
        ridge_flop_per_byte,
        flop_per_step,
        bytes_per_step,
        arithmetic_intensity_flop_per_byte: intensity,
        bound: if memory_s >= compute_s {
            Bound::Memory
        } else {
            Bound::Compute
        },
        memory_bytes,
        devices,
        fits_in_memory: devices <= 1.0,
        step_s,
        tokens_per_s: w.batch / step_s,
        tokens_per_s_per_sequence: 1.0 / step_s,
        batch_at_ridge: ridge_flop_per_byte * w.bytes_per_param / 2.0,
    }
}

/// A hardware or model trend of the memory wall: growth per two years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub label: &'static str,
    /// Growth factor per two years.
    pub per_two_years: f64,
    /// What it measures (the source diagram's "2×" is capacity, not bandwidth).
    pub measures: &'static str,
    /// Where the rate comes from.
    pub source: Citation,
}

impl Trend {
    /// Growth over `years` years (from 1 at the start).
    pub fn growth(&self, years: f64) -> f64 {
        self.per_two_years.powf(years / 2.0)
    }
}

const fn gholami(locator: &'static str) -> Citation {
    Citation {
        source: &source::GHOLAMI_2024,
        locator,
    }
}

/// The memory wall's trends, as Gholami et al. (2024) published them.
pub const TRENDS: [Trend; 6] = [
    Trend {
        id: "params",
        label: "Model size (parameters)",
        per_two_years: 410.0,
        measures: "parameters of state-of-the-art Transformers, fit to 2017–2020",
        source: gholami("410× every 2 years (an earlier version: 240×)"),
    },
    Trend {
        id: "train-compute",
        label: "Training compute",
        per_two_years: 750.0,
        measures: "FLOP to train state-of-the-art Transformers, fit to 2017–2020",
        source: gholami("750× every 2 years"),
    },
    Trend {
        id: "peak-flops",
        label: "Peak hardware FLOP/s",
        per_two_years: 3.0,
        measures: "peak server FLOP/s (about 60,000× in 20 years)",
        source: gholami("3.0× every 2 years"),
    },
    Trend {
        id: "memory-capacity",
        label: "Accelerator memory capacity",
        per_two_years: 2.0,
        measures:
            "GB per accelerator: the source diagram's \"2×\", which is capacity, not bandwidth",
        source: gholami("single-GPU DRAM memory: 2× every 2 years"),
    },
    Trend {
        id: "dram-bandwidth",
        label: "Memory (DRAM) bandwidth",
        per_two_years: 1.6,
        measures: "bytes per second from memory (about 100× in 20 years)",
        source: gholami("DRAM bandwidth 1.6× every 2 years"),
    },
    Trend {
        id: "interconnect",
        label: "Interconnect bandwidth",
        per_two_years: 1.4,
        measures: "bytes per second between chips (about 30× in 20 years)",
        source: gholami("interconnect bandwidth 1.4× every 2 years"),
    },
];

/// A technique that speeds decoding up, with its published factor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DecodeLever {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub label: &'static str,
    /// What it does to the roofline, in plain words.
    pub effect: &'static str,
    /// Tokens per second multiplied by this when decoding is memory-bound (1 where the lever
    /// acts through the workload instead, e.g. fewer bytes per parameter).
    pub memory_bound_speedup: f64,
    /// Where the factor comes from.
    pub source: Citation,
}

/// The decode levers the Memory view offers.
pub const DECODE_LEVERS: [DecodeLever; 4] = [
    DecodeLever {
        id: "int8",
        label: "8-bit weights (FP8/INT8)",
        effect: "Half the bytes per parameter: half the memory and, memory-bound, twice the tokens per second.",
        memory_bound_speedup: 1.0,
        source: Citation {
            source: &source::SMOOTHQUANT,
            locator: "W8A8: 2× memory reduction, up to 1.56× speed-up, half the GPUs",
        },
    },
    DecodeLever {
        id: "speculative",
        label: "Speculative decoding (EAGLE)",
        effect: "A small draft model proposes tokens that the big one checks together: several tokens per read of the weights.",
        memory_bound_speedup: 2.0,
        source: Citation {
            source: &source::EAGLE,
            locator: "2.7–3.5× latency, about 2× throughput; the gain shrinks as the batch grows",
        },
    },
    DecodeLever {
        id: "mtp",
        label: "Multi-token prediction",
        effect: "The model predicts the next two tokens; the second is accepted 85–90 % of the time.",
        memory_bound_speedup: 1.8,
        source: Citation {
            source: &source::DEEPSEEK_V3,
            locator: "85–90 % acceptance of the second token → 1.8× tokens per second",
        },
    },
    DecodeLever {
        id: "flash",
        label: "FlashAttention",
        effect: "Attention without writing the full attention matrix to memory: memory linear in the context; 1.5–2× faster attention kernels (FA-3). Decoding's weight reads are unchanged.",
        memory_bound_speedup: 1.0,
        source: Citation {
            source: &source::FLASH_ATTENTION,
            locator: "attention memory linear in sequence length; FA-3 1.5–2.0× over FA-2 on H100",
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accelerators::{Accelerator, H100};

    fn h100() -> &'static Accelerator {
        Accelerator::lookup("h100").unwrap_or(&H100)
    }

    fn dense(params: f64, bytes: f64, batch: f64, context: f64) -> Workload {
        Workload::new(
            params,
            params,
            bytes,
            batch,
            context,
            default_kv_bytes_per_token(bytes),
        )
        .unwrap_or_else(|err| panic!("{err}"))
    }

    /// walls.md §4A: "H100 ridge point: 989e12 / 3.35e12 ≈ 295 FLOP/byte".
    #[test]
    fn h100_ridge_point() {
        let r = roofline(h100(), &dense(7e9, 2.0, 1.0, 0.0));
        assert!(
            (r.ridge_flop_per_byte - 295.3).abs() < 0.1,
            "{}",
            r.ridge_flop_per_byte
        );
        // At batch 1 a 16-bit dense model does 1 FLOP per byte: deep in the memory-bound region.
        assert!((r.arithmetic_intensity_flop_per_byte - 1.0).abs() < 1e-12);
        assert_eq!(r.bound, Bound::Memory);
        // It takes a batch of about 295 sequences to reach the ridge.
        assert!((r.batch_at_ridge - 295.3).abs() < 0.1);
        let big = roofline(h100(), &dense(7e9, 2.0, 512.0, 0.0));
        assert_eq!(big.bound, Bound::Compute);
    }

    /// A 70B model at 16 bits (140 GB) does not fit one 80 GB H100; on two, decoding at batch 1
    /// is bound by reading the weights: 2 × 3.35 TB/s / 141 GB ≈ 47 tokens/s.
    #[test]
    fn a_70b_model_at_batch_one() {
        let r = roofline(h100(), &dense(70e9, 2.0, 1.0, 4096.0));
        assert!(!r.fits_in_memory);
        assert_eq!(r.devices, 2.0);
        assert_eq!(r.bound, Bound::Memory);
        assert!((46.0..48.5).contains(&r.tokens_per_s), "{}", r.tokens_per_s);
        // 8-bit weights halve the bytes: it fits on one H100 at the same speed per device, or
        // runs twice as fast on the same two (SmoothQuant: half the GPUs; 2× memory reduction).
        let int8 = roofline(h100(), &dense(70e9, 1.0, 1.0, 4096.0));
        assert!(int8.fits_in_memory);
        let per_device = |r: &Roofline| r.tokens_per_s / r.devices;
        assert!((per_device(&int8) / per_device(&r) - 2.0).abs() < 0.05);
    }

    /// DeepSeek-V3: 671B parameters, 37B active per token. At FP8 all 671 GB must be in memory,
    /// but each token reads only its 37 GB: it decodes like a 37B model on many devices.
    #[test]
    fn mixture_of_experts_reads_only_the_active_weights() {
        let moe = Workload::new(671e9, 37e9, 1.0, 1.0, 4096.0, 70_000.0)
            .unwrap_or_else(|err| panic!("{err}"));
        let r = roofline(h100(), &moe);
        assert_eq!(r.devices, 10.0);
        let dense_671 = roofline(h100(), &dense(671e9, 1.0, 1.0, 4096.0));
        assert!(r.tokens_per_s > 15.0 * dense_671.tokens_per_s);
        // A big batch touches all the experts: the weights read per step are capped at all of them.
        let batch = Workload { batch: 64.0, ..moe };
        let rb = roofline(h100(), &batch);
        assert!(rb.bytes_per_step < 671e9 * 1.0 + 64.0 * 4096.0 * 70_000.0 + 1.0);
    }

    #[test]
    fn bad_workloads_are_refused() {
        assert!(Workload::new(0.0, 0.0, 2.0, 1.0, 0.0, 0.0).is_err());
        assert!(Workload::new(7e9, 8e9, 2.0, 1.0, 0.0, 0.0).is_err());
        assert!(Workload::new(7e9, 7e9, 9.0, 1.0, 0.0, 0.0).is_err());
        assert!(Workload::new(7e9, 7e9, 2.0, 0.5, 0.0, 0.0).is_err());
        assert!(Workload::new(7e9, 7e9, 2.0, 1.0, -1.0, 0.0).is_err());
        assert!(Workload::new(f64::NAN, 7e9, 2.0, 1.0, 0.0, 0.0).is_err());
        assert!(Workload::new(7e9, 7e9, 2.0, 1.0, 0.0, f64::INFINITY).is_err());
    }

    #[track_caller]
    fn check_refused(workload: Result<Workload, RooflineError>, input: Input, want: &str) {
        let err = workload.unwrap_err();
        assert_eq!(err.input(), input);
        assert_eq!(err.to_string(), want);
    }

    /// Finite inputs whose products overflow (F7): refused, naming the input, instead of an
    /// infinite tokens per second or a NaN intensity.
    #[test]
    fn inputs_whose_products_overflow_are_refused_by_name() {
        check_refused(
            Workload::new(70e9, 70e9, 2.0, 1.0, 4096.0, 1e308),
            Input::KvBytesPerToken,
            "KV-cache bytes per token must be a number from 0 to 1e12, got 1e308",
        );
        check_refused(
            Workload::new(1e308, 1e308, 2.0, 1.0, 4096.0, 327_680.0),
            Input::Params,
            "parameters must be a number from 1 to 1e18, got 1e308",
        );
        check_refused(
            Workload::new(5e-324, 5e-324, 2.0, 1.0, 4096.0, 327_680.0),
            Input::Params,
            "parameters must be a number from 1 to 1e18, got 5e-324",
        );
        check_refused(
            Workload::new(70e9, 5e-324, 2.0, 1.0, 0.0, 0.0),
            Input::ActiveParams,
            "active parameters must be a number from 1 to 1e18, got 5e-324",
        );
        check_refused(
            Workload::new(7e9, 7e9, 2.0, 1.0, f64::NAN, 0.0),
            Input::Context,
            "the context must be 0 to 100,000,000 tokens, got NaN",
        );
    }

    /// At every corner of the accepted inputs, on every accelerator, every figure is finite and
    /// the bound is the slower of the two times.
    #[test]
    fn every_accepted_workload_gives_finite_figures() {
        let corners = |low: f64, high: f64| [low, high];
        let mut checked = 0;
        for accelerator in &crate::accelerators::ACCELERATORS {
            for params in corners(1.0, MAX_PARAMS) {
                for active in corners(1.0, params) {
                    for bytes in corners(0.25, 4.0) {
                        for batch in corners(1.0, 1e6) {
                            for context in corners(0.0, 1e8) {
                                for kv in corners(0.0, MAX_KV_BYTES_PER_TOKEN) {
                                    let w =
                                        Workload::new(params, active, bytes, batch, context, kv)
                                            .unwrap_or_else(|err| panic!("{err}"));
                                    let r = roofline(accelerator, &w);
                                    let figures = [
                                        r.flop_per_step,
                                        r.bytes_per_step,
                                        r.arithmetic_intensity_flop_per_byte,
                                        r.memory_bytes,
                                        r.devices,
                                        r.step_s,
                                        r.tokens_per_s,
                                        r.tokens_per_s_per_sequence,
                                        r.batch_at_ridge,
                                    ];
                                    assert!(
                                        figures.iter().all(|f| f.is_finite() && *f > 0.0),
                                        "{w:?} on {}: {figures:?}",
                                        accelerator.id
                                    );
                                    checked += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 0);
    }

    /// Gholami et al.: peak FLOP/s ~60,000× over 20 years, DRAM bandwidth ~100×, interconnect
    /// ~30×; the ridge point drifts up by 3.0/1.6 ≈ 1.9× every two years.
    #[test]
    fn the_trends_compound_to_the_published_twenty_year_factors() {
        let twenty = |id: &str| {
            TRENDS
                .iter()
                .find(|t| t.id == id)
                .map(|t| t.growth(20.0))
                .unwrap_or(0.0)
        };
        assert!(
            (50_000.0..70_000.0).contains(&twenty("peak-flops")),
            "{}",
            twenty("peak-flops")
        );
        assert!((90.0..120.0).contains(&twenty("dram-bandwidth")));
        assert!((25.0..35.0).contains(&twenty("interconnect")));
        let drift = TRENDS[2].per_two_years / TRENDS[4].per_two_years;
        assert!((drift - 1.875).abs() < 1e-12);
    }

    #[test]
    fn the_kv_default_is_llama_2_70b() {
        assert_eq!(LLAMA2_70B_KV_BYTES_PER_TOKEN, 327_680.0);
        assert_eq!(default_kv_bytes_per_token(1.0), 163_840.0);
    }
}
