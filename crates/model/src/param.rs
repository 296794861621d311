//! The parameter registry: every assumption of the model, declared once.
//!
//! Each parameter has a stable dotted id (`power.distributed_gw_2030`), a short URL key, a label,
//! a unit, a default (the value of the `epoch-2030` preset), a plausible range (`low`..`high`,
//! about an 80 % interval), the hard limits a value must respect to be accepted (`min`..`max`),
//! how a sweep samples it, and the source of its default. The UI's controls, the URL state, the
//! CLI's `--set` and the GPU sweep's parameter layout are all derived from [`PARAMS`]; nothing
//! re-declares a default.

use crate::source::{self, Citation};

/// Which part of the model a parameter belongs to; the UI groups its controls by this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// How fast the frontier wants to grow, and how a run is carried out.
    Demand,
    /// The data wall.
    Data,
    /// Algorithms: no ceiling of their own, but they change effective compute.
    Software,
    /// Chip production.
    Compute,
    /// Memory, network, latency and the speed of light.
    MemoryNetwork,
    /// Power for one run.
    Power,
    /// Cooling capacity and its lead time.
    Cooling,
    /// The data center: accelerator, cooling technology, power chain, energy, size.
    Datacenter,
}

impl Group {
    /// Every group, in the order the UI shows them.
    pub const ALL: [Self; 8] = [
        Self::Demand,
        Self::Data,
        Self::Software,
        Self::Compute,
        Self::MemoryNetwork,
        Self::Power,
        Self::Cooling,
        Self::Datacenter,
    ];

    /// The group's heading.
    pub fn label(self) -> &'static str {
        match self {
            Self::Demand => "Demand and the training run",
            Self::Data => "Data",
            Self::Software => "Algorithms",
            Self::Compute => "Compute (chips)",
            Self::MemoryNetwork => "Memory & network",
            Self::Power => "Power",
            Self::Cooling => "Cooling",
            Self::Datacenter => "The data center",
        }
    }
}

/// How a sweep draws a parameter from its plausible range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Distribution {
    /// Log-normal with its median at the default and `low`/`high` at the 10th/90th percentiles,
    /// each side with its own spread (a two-piece log-normal, since published intervals are
    /// rarely symmetric). For positive quantities that span orders of magnitude.
    LogNormal,
    /// The same in linear space, for quantities near a central value.
    Normal,
    /// Uniform in log space between `low` and `high`.
    LogUniform,
    /// Uniform between `low` and `high`; for quantities that may be zero.
    Uniform,
    /// Not sampled: a choice the visitor makes (a cooling technology, an accelerator).
    Fixed,
}

/// One option of a choice parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable lowercase id, used in URLs and by the CLI (`direct-liquid`).
    pub id: &'static str,
    /// What people see.
    pub label: &'static str,
}

/// The options of a number: none.
const NUMBER: &[Choice] = &[];

/// One assumption of the model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Param {
    /// Stable dotted lowercase id, e.g. `power.distributed_gw_2030`.
    pub id: &'static str,
    /// Short stable key for URLs, e.g. `pd`.
    pub key: &'static str,
    /// What it is, in a few words.
    pub label: &'static str,
    /// One or two sentences for people: what it means and how it acts.
    pub help: &'static str,
    /// The unit, as shown after a value ("GW", "×/yr", "tokens").
    pub unit: &'static str,
    /// The wall or part of the model it belongs to.
    pub group: Group,
    /// The default: the value in the `epoch-2030` preset.
    pub default: f64,
    /// Low end of the plausible range (about the 10th percentile).
    pub low: f64,
    /// High end of the plausible range (about the 90th percentile).
    pub high: f64,
    /// Smallest value accepted at all.
    pub min: f64,
    /// Largest value accepted at all.
    pub max: f64,
    /// How a sweep samples it.
    pub distribution: Distribution,
    /// For a choice among named options (a cooling technology, an accelerator): the options, and
    /// the value is an option's index. Empty for a number.
    pub options: &'static [Choice],
    /// Where the default comes from.
    pub source: Citation,
    /// Where the plausible range comes from.
    pub range_note: &'static str,
}

impl Param {
    /// Whether `value` is inside the plausible range.
    pub fn is_plausible(&self, value: f64) -> bool {
        (self.low..=self.high).contains(&value)
    }

    /// Whether this parameter is a choice among named options.
    pub fn is_choice(&self) -> bool {
        !self.options.is_empty()
    }

    /// The option a value selects, for a choice parameter.
    pub fn option(&self, value: f64) -> Option<&'static Choice> {
        if value.fract() != 0.0 || value < 0.0 {
            return None;
        }
        // A valid index is small, so the conversion is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        self.options.get(value as usize)
    }

    /// The index of the option with `id`, as a value.
    pub fn option_value(&self, id: &str) -> Option<f64> {
        self.options
            .iter()
            .position(|choice| choice.id == id)
            .and_then(|index| u32::try_from(index).ok())
            .map(f64::from)
    }
}

macro_rules! registry {
    ($( $(#[$doc:meta])* $variant:ident = $param:expr ),* $(,)?) => {
        /// Identifies a parameter; its index into [`PARAMS`] and into a scenario's values.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ParamId {
            $( $(#[$doc])* $variant ),*
        }

        impl ParamId {
            /// Every parameter, in registry order.
            pub const ALL: &'static [ParamId] = &[$(ParamId::$variant),*];
            /// How many parameters there are.
            pub const COUNT: usize = Self::ALL.len();

            /// The parameter's declaration.
            pub fn spec(self) -> &'static Param {
                &PARAMS[self as usize]
            }

            /// Finds a parameter by its dotted id or its short URL key.
            pub fn lookup(name: &str) -> Option<Self> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|id| id.spec().id == name || id.spec().key == name)
            }
        }

        /// Every parameter, indexed by [`ParamId`].
        pub static PARAMS: [Param; ParamId::COUNT] = [$($param),*];
    };
}

const fn cite(source: &'static source::Source, locator: &'static str) -> Citation {
    Citation { source, locator }
}

registry! {
    /// Growth of the largest training run, ×/yr.
    DemandGrowth = Param {
        id: "demand.growth_per_year",
        key: "g",
        label: "Growth of the largest training run",
        help: "How many times larger the largest training run gets each year. Demand is \
               GPT-4's 2×10²⁵ FLOP (March 2023) grown at this rate.",
        unit: "×/yr",
        group: Group::Demand,
        default: 4.0,
        low: 4.0,
        high: 5.0,
        min: 1.01,
        max: 20.0,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "“the historical trend of 4x/year”; footnote 10: 4.1×/yr"),
        range_note: "Sevilla & Roldán (Epoch AI, 2024): frontier compute is “best described as 4-5x/year”",
    },
    /// Length of the training run, months.
    RunMonths = Param {
        id: "run.duration_months",
        key: "t",
        label: "Length of the training run",
        help: "How long the run computes. Every wall that counts chips or watts allows more \
               FLOP in a longer run.",
        unit: "months",
        group: Group::Demand,
        default: 4.2,
        low: 2.0,
        high: 9.0,
        min: 0.25,
        max: 24.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "runs of 2 to 9 months assumed; 4.2 months is their geometric mean [derived]"),
        range_note: "Epoch 2030 report: 2–9 months",
    },
    /// Hardware utilization.
    Utilization = Param {
        id: "run.utilization",
        key: "u",
        label: "Hardware utilization (MFU)",
        help: "The share of the chips' peak arithmetic that the run actually achieves.",
        unit: "fraction",
        group: Group::Demand,
        default: 0.4,
        low: 0.2,
        high: 0.55,
        min: 0.01,
        max: 1.0,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "40 % utilization, footnotes 59, 60 and 103"),
        range_note: "≈20 % for Llama 4 Behemoth (MoE, FP8; Meta 2025) to 55 % for MegaScale (NSDI 2024)",
    },
    /// Speed-up from lower precision.
    PrecisionSpeedup = Param {
        id: "run.precision_speedup",
        key: "ps",
        label: "Speed-up from lower precision",
        help: "Peak throughput relative to 16-bit arithmetic: 2 for FP8, 4 for FP4.",
        unit: "× vs 16-bit",
        group: Group::Demand,
        default: 2.0,
        low: 1.3,
        high: 4.0,
        min: 1.0,
        max: 8.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "H100: 2e15 FLOP/s at 8-bit vs 1e15 at 16-bit"),
        range_note: "1.3× measured end to end with FP8 on TPU7x (Google Cloud 2025) to 4× for FP4 (B200 dense FP4 = 2× FP8)",
    },

    /// Stock of public text, tokens (2024).
    TextStock = Param {
        id: "data.text_stock_tokens",
        key: "dt",
        label: "Public text on the indexed web (2024)",
        help: "Deduplicated tokens of human-written public text available for training.",
        unit: "tokens",
        group: Group::Data,
        default: 5e14,
        low: 1e14,
        high: 3e15,
        min: 1e11,
        max: 1e18,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "data section: the indexed web holds “around 500 trillion tokens”"),
        range_note: "Epoch 2030 report: 100T (compiled corpora such as Common Crawl) to 3,000T (with private data)",
    },
    /// Growth of the data stock.
    StockGrowth = Param {
        id: "data.stock_growth_per_year",
        key: "dg",
        label: "Growth of the data stock",
        help: "How fast the stock of text (and other data) grows each year.",
        unit: "×/yr",
        group: Group::Data,
        default: 1.07,
        low: 1.03,
        high: 1.10,
        min: 1.0,
        max: 2.0,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 78: about 7 %/yr (Villalobos et al. 2022)"),
        range_note: "First Wall's assumption: ±3–4 points around 7 %/yr (Villalobos et al. 2022 expect the growth to slow)",
    },
    /// Share of text worth training on.
    QualityFraction = Param {
        id: "data.quality_fraction",
        key: "dq",
        label: "Share of text good enough to train on",
        help: "A quality filter: the fraction of the stock kept. 0.2 is Epoch's 5× quality penalty.",
        unit: "fraction",
        group: Group::Data,
        default: 0.2,
        low: 0.1,
        high: 0.5,
        min: 0.001,
        max: 1.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 74: a 5× quality penalty"),
        range_note: "First Wall's assumption around Epoch's 1/5",
    },
    /// Passes over the data.
    Epochs = Param {
        id: "data.epochs",
        key: "de",
        label: "Passes over the data (epochs)",
        help: "How often each token is reused. Repeats are worth less each time: 5 epochs count \
               as 4.5, and no number of repeats counts as more than 16.4 (Muennighoff et al. 2023).",
        unit: "epochs",
        group: Group::Data,
        default: 5.0,
        low: 1.0,
        high: 16.0,
        min: 1.0,
        max: 100.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 74: 5 epochs"),
        range_note: "Muennighoff et al. 2023: up to 4 epochs cost almost nothing; the value of repetition decays towards 16 epochs",
    },
    /// Multimodal data, effective tokens (2024).
    MultimodalTokens = Param {
        id: "data.multimodal_tokens",
        key: "dm",
        label: "Images, video and audio, as effective tokens (2024)",
        help: "Non-text data converted to text-equivalent tokens. It grows with the data stock.",
        unit: "tokens",
        group: Group::Data,
        default: 1.07e15,
        low: 2.7e14,
        high: 8e15,
        min: 0.0,
        max: 1e18,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(
            &source::EPOCH_2030,
            "Figure 1: data wall median 2e30 FLOP in 2030 (digitized 1.65e30 ⇒ 2.35e15 effective tokens) minus text \
             (7.5e14 × quality × epochs), deflated to 2024 at 7 %/yr [derived]",
        ),
        range_note: "Epoch 2030 report: “roughly 400T” image and video tokens (low) to the sum of Figure 5a's upper bounds (high), in 2024 terms [derived]",
    },
    /// Synthetic data, tokens.
    SyntheticTokens = Param {
        id: "data.synthetic_tokens",
        key: "ds",
        label: "Synthetic data, useful tokens",
        help: "Model-generated tokens that train as well as human text. The source diagram's \
               answer to the data wall; Epoch's median counts none.",
        unit: "tokens",
        group: Group::Data,
        default: 0.0,
        low: 0.0,
        high: 1e15,
        min: 0.0,
        max: 1e18,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "the data-wall median counts no synthetic data"),
        range_note: "First Wall's assumption: up to twice today's public text",
    },
    /// Tokens per parameter.
    TokensPerParam = Param {
        id: "data.tokens_per_param",
        key: "dr",
        label: "Training tokens per parameter",
        help: "20 is compute-optimal (Chinchilla). Overtrained models (smaller, cheaper to run) \
               use more tokens per parameter and reach the data wall at less compute.",
        unit: "tokens/parameter",
        group: Group::Data,
        default: 20.0,
        low: 20.0,
        high: 400.0,
        min: 1.0,
        max: 10_000.0,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(&source::HOFFMANN_2022, "≈20 tokens per parameter, as used in Epoch 2030 footnote 75"),
        range_note: "Llama-3-70B used ≈214 (10× overtrained); Villalobos et al. 2024 consider up to 100× overtraining",
    },
    /// Active fraction of a mixture-of-experts model.
    MoeActiveFraction = Param {
        id: "data.moe_active_fraction",
        key: "da",
        label: "Active share of parameters (1 = dense)",
        help: "A mixture-of-experts model uses only part of its parameters per token, so it \
               exhausts the data at a fraction of the compute of a dense model.",
        unit: "fraction",
        group: Group::Data,
        default: 1.0,
        low: 0.055,
        high: 1.0,
        min: 0.001,
        max: 1.0,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "the medians are for dense models; footnote 76: MoE hits the data wall “at least 10x” sooner"),
        range_note: "DeepSeek-V3: 37B of 671B parameters active (5.5 %) to dense",
    },

    /// Algorithmic progress: compute-halving time.
    HalvingMonths = Param {
        id: "software.halving_time_months",
        key: "sh",
        label: "Months for algorithms to halve the compute needed",
        help: "Better algorithms make each FLOP worth more. This sets no ceiling; it scales \
               effective compute (shown with the results).",
        unit: "months",
        group: Group::Software,
        default: 8.0,
        low: 5.0,
        high: 14.0,
        min: 1.0,
        max: 240.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::HO_2024, "“halved approximately every 8 months”; 95 % CI 5–14 months"),
        range_note: "Ho et al. 2024: 95 % interval 5–14 months",
    },
    /// Test-time compute in place of training compute.
    TestTimeOom = Param {
        id: "software.test_time_oom",
        key: "st",
        label: "Training compute replaced by test-time compute",
        help: "Orders of magnitude of training compute that more inference (reasoning at test \
               time) stands in for. Like algorithms, it scales effective compute.",
        unit: "orders of magnitude",
        group: Group::Software,
        default: 0.0,
        low: 0.0,
        high: 1.0,
        min: 0.0,
        max: 4.0,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "algorithms and test-time compute are kept out of the FLOP walls"),
        range_note: "Villalobos & Atkinson 2023: 1 OOM of training ↔ 1–2 OOM of inference; gains plateau after 1–2 OOM (Epoch 2030 footnote 90)",
    },

    /// H100-equivalents shipped in 2024.
    Shipments2024 = Param {
        id: "compute.h100e_shipped_2024",
        key: "cs",
        label: "AI chips made in 2024 (H100-equivalents)",
        help: "Accelerators produced in 2024, counted in H100s of performance.",
        unit: "H100e",
        group: Group::Compute,
        default: 1.75e6,
        low: 1.5e6,
        high: 2.0e6,
        min: 1e3,
        max: 1e10,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "chips section: 1.5M to 2M H100 shipped in 2024; midpoint [derived]"),
        range_note: "Epoch 2030 report: 1.5–2M",
    },
    /// Growth of chip production.
    ProductionGrowth = Param {
        id: "compute.production_growth_per_year",
        key: "cg",
        label: "Growth of AI chip production",
        help: "How fast the number of GPU dies made each year grows (packaging and HBM permitting).",
        unit: "×/yr",
        group: Group::Compute,
        default: 1.6,
        low: 1.3,
        high: 2.0,
        min: 1.0,
        max: 5.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "GPU die production growing 30 % to 100 % a year; 1.6 is their geometric mean [derived]"),
        range_note: "Epoch 2030 report: 30–100 %/yr",
    },
    /// Growth of performance per chip.
    ChipPerfGrowth = Param {
        id: "compute.chip_perf_growth_per_year",
        key: "cp",
        label: "Growth of performance per chip",
        help: "Each new chip does more FLOP/s than an H100; production is counted in H100-equivalents.",
        unit: "×/yr",
        group: Group::Compute,
        default: 1.4,
        low: 1.28,
        high: 1.44,
        min: 1.0,
        max: 3.0,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 61: about 40 %/yr"),
        range_note: "28 %/yr (Epoch ML Hardware, FP16 trend) to 44 %/yr (Epoch 2030 footnote 103)",
    },
    /// Share of chips held by the largest developer.
    LabShare = Param {
        id: "compute.largest_lab_share",
        key: "cl",
        label: "Share of all chips held by the largest developer",
        help: "One developer's part of the world's AI chips.",
        unit: "fraction",
        group: Group::Compute,
        default: 0.25,
        low: 0.1,
        high: 0.4,
        min: 0.001,
        max: 1.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "Meta bought about a quarter of 2023's H100s sold to major companies"),
        range_note: "Epoch 2030 report, Appendix B: 10–40 %",
    },
    /// Share used for training.
    TrainingFraction = Param {
        id: "compute.training_fraction",
        key: "cf",
        label: "Share of the developer's chips in the training run",
        help: "The rest serve inference and experiments.",
        unit: "fraction",
        group: Group::Compute,
        default: 0.8,
        low: 0.5,
        high: 0.9,
        min: 0.01,
        max: 1.0,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 72: 80 %"),
        range_note: "First Wall's assumption around Epoch's 80 %",
    },

    /// Data-movement knee, FLOP.
    KneeFlop = Param {
        id: "memory.knee_flop",
        key: "mk",
        label: "Run size where data movement starts to bite",
        help: "Beyond this, moving data within and between chips lowers utilization (the memory wall).",
        unit: "FLOP",
        group: Group::MemoryNetwork,
        default: 2e28,
        low: 1e28,
        high: 2e28,
        min: 1e22,
        max: 1e36,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(&source::EPOCH_DATA_MOVEMENT, "“limit LLM scaling beyond 2e28 FLOP” (3-month runs)"),
        range_note: "1e28 (Erdil & Schneider-Joseph 2024, abstract) to 2e28 (Epoch's summary)",
    },
    /// How far past the knee runs can still scale.
    BeyondKnee = Param {
        id: "memory.beyond_knee_factor",
        key: "mh",
        label: "How far past the knee runs can still scale",
        help: "1 makes the knee a hard wall, as the source diagram does for memory in 2025. \
               1,000 reaches the size that is “infeasible even at low utilization”.",
        unit: "×",
        group: Group::MemoryNetwork,
        default: 1000.0,
        low: 100.0,
        high: 1000.0,
        min: 1.0,
        max: 1e8,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(&source::ERDIL_2024, "abstract: knee at ~1e28 FLOP; beyond ~1e31 FLOP infeasible even at low utilization (1,000×)"),
        range_note: "First Wall's assumption: 100× to Erdil & Schneider-Joseph's 1,000×",
    },
    /// Latency per layer.
    LayerLatencyUs = Param {
        id: "network.layer_latency_us",
        key: "nl",
        label: "Minimum latency per layer (forward and backward)",
        help: "The all-reduces of one layer cannot go faster than this, whatever the cluster size.",
        unit: "µs",
        group: Group::MemoryNetwork,
        default: 350.0,
        low: 270.0,
        high: 437.0,
        min: 1.0,
        max: 1e5,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "Figure 6a: 334 µs (fixed batch) and 363 µs (scaled batch) in 2030 [digitized]"),
        range_note: "Epoch 2030 Figure 6a: 80 % interval 270–437 µs [digitized]",
    },
    /// Batch size.
    BatchTokens = Param {
        id: "network.batch_tokens",
        key: "nb",
        label: "Batch size",
        help: "Tokens per optimizer step. Bigger batches mean fewer sequential steps.",
        unit: "tokens",
        group: Group::MemoryNetwork,
        default: 6e7,
        low: 3e7,
        high: 1.2e8,
        min: 1e4,
        max: 1e12,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "latency section: 60M tokens, the speculated batch of GPT-4"),
        range_note: "First Wall's assumption: half to twice Epoch's 60M",
    },
    /// Batch growth at the latency wall.
    BatchScaling = Param {
        id: "network.batch_scaling",
        key: "ns",
        label: "Batch growth with model size at the wall",
        help: "How much larger the batch can be at the wall if it grows with the model \
               (1 = fixed batch). Epoch finds this pushes the wall back about an order of magnitude.",
        unit: "×",
        group: Group::MemoryNetwork,
        default: 3.8,
        low: 1.0,
        high: 10.0,
        min: 1.0,
        max: 1000.0,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(
            &source::EPOCH_2030,
            "Figure 6b: latency wall 4.5e30 FLOP with a fixed batch, 2.9e31 with batch scaling [digitized]; \
             3.8 reproduces the ratio with this formula [derived]",
        ),
        range_note: "1 (no batch scaling) to First Wall's assumption of 10",
    },
    /// Depth coefficient.
    DepthCoefficient = Param {
        id: "network.depth_coefficient",
        key: "nk",
        label: "Model depth per cube root of parameters",
        help: "Layers = k · N^⅓. Shorter, fatter models (smaller k) have fewer sequential steps \
               and push the latency wall back.",
        unit: "layers/param^⅓",
        group: Group::MemoryNetwork,
        default: 0.019,
        low: 0.012,
        high: 0.025,
        min: 0.001,
        max: 1.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(
            &source::EPOCH_2030,
            "Figure 6b fixed-batch median 4.5e30 FLOP at 334 µs, 60M tokens, 9 months [derived]; GPT-3 has k = 0.017 (96 layers, 175B)",
        ),
        range_note: "First Wall's assumption around GPT-3's 0.017 (Brown et al. 2020)",
    },
    /// Longest run a developer accepts.
    MaxRunMonths = Param {
        id: "network.max_run_months",
        key: "nt",
        label: "Longest run a developer would accept",
        help: "The latency and speed-of-light walls cap the number of sequential steps in this time.",
        unit: "months",
        group: Group::MemoryNetwork,
        default: 9.0,
        low: 6.0,
        high: 15.0,
        min: 1.0,
        max: 60.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 96: at most 9 months"),
        range_note: "First Wall's assumption up to 15 months (Epoch, The longest training run, 2022: 14–15 months)",
    },
    /// Distance between sites.
    FibreKm = Param {
        id: "network.fibre_km",
        key: "nf",
        label: "Fibre path between the farthest sites",
        help: "Light in fibre covers 200,000 km/s; each step waits two one-way trips for the \
               gradients. Tens to hundreds of milliseconds for continent-scale runs.",
        unit: "km",
        group: Group::MemoryNetwork,
        default: 11_000.0,
        low: 2_000.0,
        high: 20_000.0,
        min: 1.0,
        max: 40_000.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 38: an 11,000 km US fibre ring, 55 ms one way, 110 ms per sync"),
        range_note: "First Wall's assumption: one region (2,000 km) to half the globe (20,000 km)",
    },
    /// Bandwidth between sites in 2030.
    InterSitePbps2030 = Param {
        id: "network.intersite_pbps_2030",
        key: "nw",
        label: "Bandwidth between sites (2030)",
        help: "What links the data centers of one distributed run. Gradients of every parameter \
               cross it at each step.",
        unit: "Pbit/s",
        group: Group::MemoryNetwork,
        default: 8.9,
        low: 4.0,
        high: 20.0,
        min: 0.001,
        max: 1e5,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "4–20 Pbps achievable by 2030; 8.9 is their geometric mean [derived]"),
        range_note: "Epoch 2030 report: 4–20 Pbps",
    },
    /// Growth of bandwidth.
    BandwidthGrowth = Param {
        id: "network.bandwidth_growth_per_year",
        key: "ng",
        label: "Growth of network bandwidth",
        help: "Switch bandwidth improves each year; applied around 2030.",
        unit: "×/yr",
        group: Group::MemoryNetwork,
        default: 1.5,
        low: 1.4,
        high: 1.6,
        min: 1.0,
        max: 4.0,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "switch ASIC bandwidth trend 1.4–1.6×/yr (33 ASICs, 2001–2023)"),
        range_note: "Epoch 2030 report: 1.4–1.6×/yr",
    },
    /// Bits per gradient.
    GradientBits = Param {
        id: "network.gradient_bits",
        key: "nq",
        label: "Bits per gradient value",
        help: "Compressing gradients means less to send between sites.",
        unit: "bits",
        group: Group::MemoryNetwork,
        default: 8.0,
        low: 4.0,
        high: 16.0,
        min: 1.0,
        max: 32.0,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "8-bit gradients in the bandwidth calculation"),
        range_note: "First Wall's assumption: 4-bit to 16-bit",
    },

    /// Power for one distributed run in 2030.
    DistributedGw2030 = Param {
        id: "power.distributed_gw_2030",
        key: "pd",
        label: "Power one developer can bring to one run across sites (2030)",
        help: "All the sites of one distributed training run together. The source diagram's “2–45 GW by 2030”.",
        unit: "GW",
        group: Group::Power,
        default: 8.2,
        low: 2.0,
        high: 45.0,
        min: 0.001,
        max: 10_000.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "Figure 3a: distributed median 8.2 GW [digitized]; text: ~8 GW (30 GW × 26 %)"),
        range_note: "Epoch 2030 report: 2–45 GW (80 % interval)",
    },
    /// Power for one campus in 2030.
    CampusGw2030 = Param {
        id: "power.campus_gw_2030",
        key: "pc",
        label: "Power of one campus (2030)",
        help: "The most one site can draw. A run that fits here needs no bandwidth between sites.",
        unit: "GW",
        group: Group::Power,
        default: 2.6,
        low: 1.0,
        high: 5.0,
        min: 0.001,
        max: 10_000.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "Figure 3a: single-campus median 2.6 GW [digitized]"),
        range_note: "Epoch 2030 report: 1–5 GW",
    },
    /// Growth of power for one run.
    PowerGrowth = Param {
        id: "power.growth_per_year",
        key: "pg",
        label: "Growth of the power one run can get",
        help: "Applied around 2030 to both the distributed and the campus figure.",
        unit: "×/yr",
        group: Group::Power,
        default: 1.47,
        low: 1.15,
        high: 2.2,
        min: 1.0,
        max: 5.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "AI data-center capacity ~3 GW (end 2023) to ~30 GW (2030), about 47 %/yr"),
        range_note: "15 %/yr (all US data centers, Epoch 2030) to 2.2×/yr (power of frontier runs so far, Epoch & EPRI 2025)",
    },
    /// Efficiency growth, FLOP/s per W.
    EfficiencyGrowth = Param {
        id: "power.efficiency_growth_per_year",
        key: "pe",
        label: "Growth of FLOP per watt",
        help: "Each year's chips do more arithmetic per watt.",
        unit: "×/yr",
        group: Group::Power,
        default: 1.28,
        low: 1.26,
        high: 1.5,
        min: 1.0,
        max: 3.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "FLOP/s per W of ML GPUs grew 1.28×/yr (2010–2024)"),
        range_note: "26 %/yr (broader GPUs, Epoch 2025) to 50 %/yr (leading ML hardware, Epoch ML Hardware page)",
    },

    /// Liquid-cooled capacity for one developer in 2030.
    LiquidGw2030 = Param {
        id: "cooling.liquid_gw_2030",
        key: "qc",
        label: "Liquid-cooled IT capacity one developer can secure (2030)",
        help: "Dense racks (≈130 kW for a GB200 NVL72) need liquid cooling; this is the IT load \
               such halls can hold.",
        unit: "GW",
        group: Group::Cooling,
        default: 10.0,
        low: 4.0,
        high: 25.0,
        min: 0.001,
        max: 10_000.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(
            &source::EPOCH_2030,
            "~30 GW of AI data centers in 2030 × 33 % for the largest company (footnote 35), all liquid-cooled [derived]",
        ),
        range_note: "First Wall's assumption: the largest company's 20–50 % share (Epoch footnote 35) of 20–50 GW",
    },
    /// Growth of liquid-cooled capacity.
    LiquidGrowth = Param {
        id: "cooling.growth_per_year",
        key: "qg",
        label: "Growth of liquid-cooled capacity",
        help: "Applied around 2030.",
        unit: "×/yr",
        group: Group::Cooling,
        default: 1.47,
        low: 1.15,
        high: 2.2,
        min: 1.0,
        max: 5.0,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "the same ~47 %/yr as AI data-center capacity"),
        range_note: "As for power: 15 %/yr to 2.2×/yr",
    },
    /// Lead time of cooling equipment.
    CoolingLeadYears = Param {
        id: "cooling.lead_time_years",
        key: "ql",
        label: "Lead time of cooling equipment",
        help: "Capacity secured for a year is running only this much later. Epoch counts cooling \
               only through PUE (no lead time); suppliers quote 12–18 months.",
        unit: "years",
        group: Group::Cooling,
        default: 0.0,
        low: 0.0,
        high: 1.5,
        min: 0.0,
        max: 10.0,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "cooling enters only through PUE = 1.2; no cooling lead time"),
        range_note: "0 (Epoch) to 18 months (cooling components, DCD 2025; CDUs “year-long lead times”, Fierce Network)",
    },
    /// The accelerator the data center is built with.
    Accelerator = Param {
        id: "datacenter.accelerator",
        key: "acc",
        label: "Accelerator",
        help: "The chip the halls are built with. Its all-in power per chip and its rack density \
               feed the power and cooling walls.",
        unit: "choice",
        group: Group::Datacenter,
        default: 1.0,
        low: 0.0,
        high: 5.0,
        min: 0.0,
        max: 5.0,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "a100", label: "NVIDIA A100 (DGX)" },
            Choice { id: "h100", label: "NVIDIA H100 (DGX)" },
            Choice { id: "h200", label: "NVIDIA H200 (DGX)" },
            Choice { id: "b200", label: "NVIDIA B200 (DGX)" },
            Choice { id: "gb200", label: "NVIDIA GB200 NVL72 (rack-scale)" },
            Choice { id: "mi300x", label: "AMD MI300X" },
        ],
        source: cite(&source::EPOCH_2030, "the H100 is the reference chip of every wall"),
        range_note: "reference/datacenter.md §1 (per-chip and per-system figures)",
    },
    /// Cooling technology.
    Cooling = Param {
        id: "datacenter.cooling",
        key: "cool",
        label: "Cooling technology",
        help: "Sets how dense a rack can be and the PUE. Epoch's PUE of 1.2 matches direct-to-chip \
               liquid cooling here.",
        unit: "choice",
        group: Group::Datacenter,
        default: 2.0,
        low: 0.0,
        high: 3.0,
        min: 0.0,
        max: 3.0,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "air", label: "Air (containment)" },
            Choice { id: "rear-door", label: "Rear-door heat exchanger" },
            Choice { id: "direct-liquid", label: "Direct-to-chip liquid" },
            Choice { id: "immersion", label: "Immersion" },
        ],
        source: cite(&source::EPOCH_2030, "PUE 1.2 for AI data centers (footnotes 8, 30)"),
        range_note: "reference/datacenter.md §3 (rack limits and PUE by technology)",
    },
    /// Power chain.
    PowerChain = Param {
        id: "datacenter.power_chain",
        key: "chain",
        label: "Power chain",
        help: "AC through transformer, UPS, PDU and server power supplies, or 800 V DC to the rack.",
        unit: "choice",
        group: Group::Datacenter,
        default: 0.0,
        low: 0.0,
        high: 1.0,
        min: 0.0,
        max: 1.0,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "ac", label: "AC (UPS, PDU, server PSUs)" },
            Choice { id: "dc-800v", label: "800 V DC" },
        ],
        source: cite(&source::EPOCH_2030, "today's data centers distribute AC"),
        range_note: "reference/datacenter.md §4 (conversion stages)",
    },
    /// Share of the year with free cooling.
    FreeCoolingShare = Param {
        id: "datacenter.free_cooling_share",
        key: "fc",
        label: "Free-cooling share (climate)",
        help: "How much of the year outside air or water can cool without chillers. It moves the PUE \
               of each cooling technology within its published range: 0 is the top of the range \
               (a hot climate), 1 the bottom.",
        unit: "fraction",
        group: Group::Datacenter,
        default: 1.0 / 3.0,
        low: 0.0,
        high: 1.0,
        min: 0.0,
        max: 1.0,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(
            &source::EPOCH_2030,
            "⅓ puts direct-to-chip liquid cooling (PUE 1.10–1.25) at Epoch's 1.2 [derived]",
        ),
        range_note: "no credible source for free-cooling hours by climate was found (reference/datacenter.md §3.3); 0–1 spans each technology's published PUE range",
    },
    /// Measured draw as a share of nameplate.
    LoadFraction = Param {
        id: "datacenter.load_fraction",
        key: "lf",
        label: "Measured power as a share of nameplate",
        help: "Servers rarely draw their rated power: H100 nodes drew 76–82 % of it in training. \
               Epoch plans with nameplate (1).",
        unit: "fraction",
        group: Group::Datacenter,
        default: 1.0,
        low: 0.76,
        high: 1.0,
        min: 0.3,
        max: 1.0,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "power per GPU from nameplate (footnote 8)"),
        range_note: "76 % of the 10.2 kW rating in compute-intensive training (Newkirk et al. 2025); 8.4 kW measured max (Latif et al.)",
    },
    /// Network and storage share of IT power.
    NetworkShare = Param {
        id: "datacenter.network_share",
        key: "net",
        label: "Network and storage share of IT power",
        help: "Switches, optics and storage servers on top of the GPU servers.",
        unit: "fraction",
        group: Group::Datacenter,
        default: 0.10,
        low: 0.05,
        high: 0.15,
        min: 0.0,
        max: 0.5,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::SEMIANALYSIS_100K, "storage servers, switches and optics ≈10 % of cluster power"),
        range_note: "5–10 % of IT load for network (secondary); First Wall's assumption up to 15 %",
    },
    /// Energy source.
    EnergySource = Param {
        id: "datacenter.energy_source",
        key: "src",
        label: "Energy source",
        help: "Where the electricity comes from: its price, carbon, capacity factor and lead time.",
        unit: "choice",
        group: Group::Datacenter,
        default: 0.0,
        low: 0.0,
        high: 2.0,
        min: 0.0,
        max: 2.0,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "grid", label: "US grid" },
            Choice { id: "smr", label: "Small modular reactors" },
            Choice { id: "solar-storage", label: "Solar with storage" },
        ],
        source: cite(&source::EIA_PRICES, "US industrial electricity, 2023"),
        range_note: "reference/datacenter.md §5",
    },
    /// How the data center is sized.
    Sizing = Param {
        id: "datacenter.sizing",
        key: "size",
        label: "Size the data center by",
        help: "A number of accelerators, or the power the site can draw.",
        unit: "choice",
        group: Group::Datacenter,
        default: 0.0,
        low: 0.0,
        high: 1.0,
        min: 0.0,
        max: 1.0,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "count", label: "Accelerator count" },
            Choice { id: "facility", label: "Facility power" },
        ],
        source: cite(&source::SEMIANALYSIS_100K, "clusters are counted in GPUs"),
        range_note: "—",
    },
    /// Number of accelerators.
    AcceleratorCount = Param {
        id: "datacenter.count",
        key: "n",
        label: "Accelerators",
        help: "How many accelerators the site holds (when sizing by count).",
        unit: "accelerators",
        group: Group::Datacenter,
        default: 100_000.0,
        low: 16_000.0,
        high: 1_000_000.0,
        min: 1.0,
        max: 1e9,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::SEMIANALYSIS_100K, "the 100,000-H100 cluster"),
        range_note: "Llama 3.1's 16,000 H100 (Epoch 2030) to a million-GPU site",
    },
    /// Facility power budget.
    FacilityMw = Param {
        id: "datacenter.facility_mw",
        key: "mw",
        label: "Facility power",
        help: "What the site may draw from the grid (when sizing by power).",
        unit: "MW",
        group: Group::Datacenter,
        default: 1000.0,
        low: 27.0,
        high: 5000.0,
        min: 0.01,
        max: 1e6,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "gigawatt campuses by 2030 (1–5 GW)"),
        range_note: "Llama 3.1's 27 MW to a 5 GW campus (Epoch 2030)",
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_keys_are_unique_and_well_formed() {
        for (i, a) in PARAMS.iter().enumerate() {
            assert!(
                a.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_'),
                "{}",
                a.id
            );
            assert!(a.id.contains('.'), "{}", a.id);
            assert!(a.key.chars().all(|c| c.is_ascii_lowercase()), "{}", a.key);
            for b in &PARAMS[i + 1..] {
                assert_ne!(a.id, b.id);
                assert_ne!(a.key, b.key, "{} and {}", a.id, b.id);
                assert_ne!(a.key, b.id);
            }
        }
    }

    #[test]
    fn ranges_are_ordered_and_hold_the_default() {
        for p in &PARAMS {
            assert!(
                p.min <= p.low && p.low <= p.high && p.high <= p.max,
                "{}",
                p.id
            );
            assert!(p.min <= p.default && p.default <= p.max, "{}", p.id);
            assert!(
                p.low <= p.default && p.default <= p.high,
                "{}: default outside plausible range",
                p.id
            );
            assert!(p.low < p.high, "{}: empty plausible range", p.id);
            for v in [p.min, p.max, p.default, p.low, p.high] {
                assert!(v.is_finite(), "{}", p.id);
            }
            if matches!(
                p.distribution,
                Distribution::LogNormal | Distribution::LogUniform
            ) {
                assert!(
                    p.low > 0.0,
                    "{}: log distributions need positive values",
                    p.id
                );
            }
        }
    }

    #[test]
    fn every_param_has_words_and_a_source() {
        for p in &PARAMS {
            assert!(
                !p.label.is_empty() && !p.help.is_empty() && !p.unit.is_empty(),
                "{}",
                p.id
            );
            assert!(
                !p.source.locator.is_empty() && !p.range_note.is_empty(),
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn lookup_by_id_and_key() {
        assert_eq!(
            ParamId::lookup("power.distributed_gw_2030"),
            Some(ParamId::DistributedGw2030)
        );
        assert_eq!(ParamId::lookup("pd"), Some(ParamId::DistributedGw2030));
        assert_eq!(ParamId::lookup("power.nope"), None);
        for &id in ParamId::ALL {
            assert_eq!(ParamId::lookup(id.spec().id), Some(id));
        }
    }
}
