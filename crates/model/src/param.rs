//! The parameter registry: every assumption of the model, declared once.
//!
//! Each parameter has a stable dotted id (`power.campus_gw_2026`), a short URL key, a label, a
//! unit, a default (the value of the `evidence-2026` preset), a plausible range (`low`..`high`,
//! about an 80 % interval), the hard limits a value must respect to be accepted (`min`..`max`),
//! how a sweep samples it, the source of its default, and how that default is known: its
//! [`Evidence`] tier and the date the evidence is from. The UI's controls, the URL state, the
//! CLI's `--set` and the GPU sweep's parameter layout are all derived from [`PARAMS`]; nothing
//! re-declares a default.

use crate::datacenter::{Cooling, PowerChain, ENERGY_SOURCE_CHOICES};
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
    /// What the run costs: hardware and its price trend.
    Cost,
}

impl Group {
    /// Every group, in the order the UI shows them.
    pub const ALL: [Self; 9] = [
        Self::Demand,
        Self::Data,
        Self::Software,
        Self::Compute,
        Self::MemoryNetwork,
        Self::Power,
        Self::Cooling,
        Self::Datacenter,
        Self::Cost,
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
            Self::Cost => "Cost of the run",
        }
    }
}

/// How a number is known: the evidence behind a default or a preset's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Evidence {
    /// Observed or published as a measurement: a reported training run, a datasheet, a count.
    Measured,
    /// Computed from published figures by stated arithmetic, by the source or by First Wall.
    Derived,
    /// A judgement, stated as such: a range chosen, a scenario's choice.
    Assumption,
    /// Solved backwards from a target result; the citation says which target.
    Fitted,
}

impl Evidence {
    /// Every tier, strongest first.
    pub const ALL: [Self; 4] = [
        Self::Measured,
        Self::Derived,
        Self::Assumption,
        Self::Fitted,
    ];

    /// The stable id: `measured`, `derived`, `assumption`, `fitted`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Measured => "measured",
            Self::Derived => "derived",
            Self::Assumption => "assumption",
            Self::Fitted => "fitted",
        }
    }

    /// The word on a badge.
    pub fn label(self) -> &'static str {
        match self {
            Self::Measured => "Measured",
            Self::Derived => "Derived",
            Self::Assumption => "Assumption",
            Self::Fitted => "Fitted",
        }
    }

    /// What the tier means, for people.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Measured => "observed or published as a measurement",
            Self::Derived => "computed from published figures",
            Self::Assumption => "a judgement, stated as such",
            Self::Fitted => "solved backwards from a published result",
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
    /// The default: the value in the `evidence-2026` preset.
    pub default: f64,
    /// Low end of the plausible range (about the 10th percentile).
    pub low: f64,
    /// High end of the plausible range (about the 90th percentile).
    pub high: f64,
    /// Smallest value accepted at all.
    pub min: f64,
    /// Largest value accepted at all.
    pub max: f64,
    /// Whether only whole numbers make sense: a count (accelerators, steps) or a choice's index.
    /// A fractional value is refused where it is typed and rounded where it is clamped.
    pub whole: bool,
    /// How a sweep samples it.
    pub distribution: Distribution,
    /// For a choice among named options (a cooling technology, an accelerator): the options, and
    /// the value is an option's index. Empty for a number.
    pub options: &'static [Choice],
    /// Where the default comes from.
    pub source: Citation,
    /// How the default is known.
    pub evidence: Evidence,
    /// When the evidence for the default is from: `YYYY` or `YYYY-MM`.
    pub as_of: &'static str,
    /// Where the plausible range comes from.
    pub range_note: &'static str,
}

impl Param {
    /// Whether `value` is inside the plausible range.
    pub fn is_plausible(&self, value: f64) -> bool {
        (self.low..=self.high).contains(&value)
    }

    /// Whether its values live on a log scale (log-normal or log-uniform): drawn, spaced and
    /// shown in log space wherever a stretch of its values is positive ([`Span`]).
    pub fn is_log_scaled(&self) -> bool {
        matches!(
            self.distribution,
            Distribution::LogNormal | Distribution::LogUniform
        )
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
        help: "How many times larger the largest training run gets each year. Demand is this \
               trend through the record runs of 2023–2025 (or through GPT-4, as Epoch's 2030 \
               report draws it).",
        unit: "×/yr",
        group: Group::Demand,
        default: 4.1,
        low: 3.7,
        high: 4.8,
        min: 1.01,
        max: 20.0,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_LARGE_SCALE_MODELS, "the running maximum of training compute grew ~4.1×/yr since late 2019 (95 % CI 3.7–4.5) [derived]"),
        evidence: Evidence::Derived,
        as_of: "2026-04",
        range_note: "3.7×/yr (low end of the fit) to 4.8×/yr (Epoch 2025: frontier models since 2020)",
    },
    /// Where the demand trend is anchored.
    DemandAnchor = Param {
        id: "demand.anchor",
        key: "ga",
        label: "Demand trend drawn through",
        help: "The record runs of 2023–2025 (GPT-4, Gemini 1.0 Ultra, Grok 3, GPT-4.5, Grok 4; \
               the trend pivots about their centre), or GPT-4's 2×10²⁵ FLOP in March 2023, as \
               Epoch's 2030 report draws it.",
        unit: "choice",
        group: Group::Demand,
        default: 0.0,
        low: 0.0,
        high: 1.0,
        min: 0.0,
        max: 1.0,
        whole: true,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "observed", label: "The record runs of 2023–2025 (Epoch AI data)" },
            Choice { id: "gpt4", label: "GPT-4 in March 2023 (Epoch 2030 report)" },
        ],
        source: cite(&source::EPOCH_LARGE_SCALE_MODELS, "records from GPT-4 (2.1e25, March 2023) to Grok 4 (5e26, July 2025)"),
        evidence: Evidence::Measured,
        as_of: "2026-04",
        range_note: "Epoch AI's data on large-scale models, to 2026-04-24",
    },
    /// Length of the largest runs, months.
    RunMonths = Param {
        id: "run.duration_months",
        key: "t",
        label: "Length of the largest runs (2025)",
        help: "How long the largest runs computed in 2025. Every wall that counts chips or watts \
               allows more FLOP in a longer run; runs grow longer each year up to the longest a \
               developer accepts.",
        unit: "months",
        group: Group::Demand,
        default: 3.0,
        low: 2.5,
        high: 4.5,
        min: 0.25,
        max: 24.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_LARGE_SCALE_MODELS, "GPT-4 2,280 h, Llama 3.1 405B 2,142 h, Grok 3 2,160 h: about 3 months"),
        evidence: Evidence::Measured,
        as_of: "2025-02",
        range_note: "Gemini 1.0 Ultra's 100 days to the 2–9 months Epoch's 2030 report assumes",
    },
    /// Growth of run length, ×/yr.
    RunGrowth = Param {
        id: "run.duration_growth_per_year",
        key: "tg",
        label: "Growth of run length from 2025",
        help: "How much longer the largest run gets each year after 2025, until it reaches the \
               longest run a developer accepts. Longer runs gave about a third of the growth of \
               training compute so far.",
        unit: "×/yr",
        group: Group::Demand,
        default: 1.4,
        low: 1.2,
        high: 1.5,
        min: 1.0,
        max: 3.0,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_RUN_LENGTH_2025, "training runs grew 1.4×/yr (90 % CI 1.3–1.5); about a third of compute scaling"),
        evidence: Evidence::Measured,
        as_of: "2025-07",
        range_note: "First Wall's assumption around Epoch's 1.3–1.5×/yr; 2023–2025 frontier runs stayed near 3 months",
    },
    /// Longest run a developer accepts.
    MaxRunMonths = Param {
        id: "network.max_run_months",
        key: "nt",
        label: "Longest run a developer would accept",
        help: "Runs stop growing longer here: algorithms improve so fast that a longer run would \
               finish behind a shorter, later one. The latency and speed-of-light walls cap the \
               sequential steps that fit in this time.",
        unit: "months",
        group: Group::Demand,
        default: 9.0,
        low: 6.0,
        high: 12.0,
        min: 1.0,
        max: 60.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_RUN_LENGTH_2025, "not worth training for more than ~9 months; the frontier reaches it around 2027"),
        evidence: Evidence::Derived,
        as_of: "2025-07",
        range_note: "First Wall's assumption: 6 months to a year (Epoch: year-long runs around 2029, 90 % CI 2026–2036)",
    },
    /// Hardware utilization.
    Utilization = Param {
        id: "run.utilization",
        key: "u",
        label: "Hardware utilization (MFU, 16-bit)",
        help: "The share of the chips' peak 16-bit arithmetic the run achieves, before any loss \
               to data movement at very large scale.",
        unit: "fraction",
        group: Group::Demand,
        default: 0.4,
        low: 0.3,
        high: 0.5,
        min: 0.01,
        max: 1.0,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::LLAMA3_MFU, "Table 4: 38–43 % BF16 MFU for Llama 3 405B on 8,192–16,384 H100"),
        evidence: Evidence::Measured,
        as_of: "2024-07",
        range_note: "Llama 4 Behemoth ≈39 % of BF16 peak in FP8 (Meta 2025) to 55 % for MegaScale (NSDI 2024)",
    },
    /// Speed-up from lower precision, end to end.
    PrecisionSpeedup = Param {
        id: "run.precision_speedup",
        key: "ps",
        label: "Speed-up from 8-bit training, end to end",
        help: "How much faster the whole run goes with FP8 than with 16-bit arithmetic. The chips' \
               peak doubles; measured runs gain far less.",
        unit: "× vs 16-bit",
        group: Group::Demand,
        default: 1.25,
        low: 1.0,
        high: 2.0,
        min: 1.0,
        max: 8.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::PYTORCH_MXFP8, "MXFP8 vs BF16 on 1,856 B200: 1.22–1.28× (Llama 3 70B)"),
        evidence: Evidence::Measured,
        as_of: "2025",
        range_note: "1.0 (Llama 4 Behemoth: FP8 at ≈39 % of BF16 peak) to 2 (the peak ratio, as Epoch's 2030 report assumes)",
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
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "data section: the indexed web holds “around 500 trillion tokens”"),
        evidence: Evidence::Derived,
        as_of: "2024-08",
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
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 78: about 7 %/yr (Villalobos et al. 2022)"),
        evidence: Evidence::Derived,
        as_of: "2022",
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
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 74: a 5× quality penalty"),
        evidence: Evidence::Assumption,
        as_of: "2024-08",
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
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 74: 5 epochs"),
        evidence: Evidence::Assumption,
        as_of: "2024-08",
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
        default: 4e14,
        low: 1e14,
        high: 4e15,
        min: 0.0,
        max: 1e18,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "data section: image and video data add “roughly 400T tokens”"),
        evidence: Evidence::Derived,
        as_of: "2024-08",
        range_note: "First Wall's assumption: a quarter to ten times Epoch's central figure (its tokens per image or second span 2–290)",
    },
    /// Synthetic data, tokens.
    SyntheticTokens = Param {
        id: "data.synthetic_tokens",
        key: "ds",
        label: "Synthetic data, useful tokens",
        help: "Model-generated tokens that train as well as human text. The source diagram's \
               answer to the data wall; Epoch's median counts none, and no source yet measures it.",
        unit: "tokens",
        group: Group::Data,
        default: 0.0,
        low: 0.0,
        high: 1e15,
        min: 0.0,
        max: 1e18,
        whole: false,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "the data-wall median counts no synthetic data"),
        evidence: Evidence::Assumption,
        as_of: "2024-08",
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
        default: 38.0,
        low: 20.0,
        high: 200.0,
        min: 1.0,
        max: 10_000.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::LLAMA3_MFU, "Llama 3.1 405B: 15.6T tokens for 405B parameters (38 per parameter)"),
        evidence: Evidence::Measured,
        as_of: "2024-07",
        range_note: "20 (Chinchilla, Hoffmann et al. 2022) to 200 (Llama 3 70B used ≈214; Villalobos et al. 2024 consider up to 100× overtraining)",
    },
    /// Active fraction of a mixture-of-experts model.
    MoeActiveFraction = Param {
        id: "data.moe_active_fraction",
        key: "da",
        label: "Active share of parameters (1 = dense)",
        help: "A mixture-of-experts model uses only part of its parameters per token, so it \
               exhausts the data at a fraction of the compute of a dense model. The frontier \
               runs' sparsity is not published, so the default counts them as dense.",
        unit: "fraction",
        group: Group::Data,
        default: 1.0,
        low: 0.055,
        high: 1.0,
        min: 0.001,
        max: 1.0,
        whole: false,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "the medians are for dense models; footnote 76: MoE hits the data wall “at least 10x” sooner"),
        evidence: Evidence::Assumption,
        as_of: "2024-08",
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
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::HO_2024, "“halved approximately every 8 months”; 95 % CI 5–14 months"),
        evidence: Evidence::Measured,
        as_of: "2024-03",
        range_note: "Ho et al. 2024: 95 % interval 5–14 months",
    },

    /// H100-equivalents delivered by the end of 2025, all vendors.
    ChipStock2025 = Param {
        id: "compute.h100e_stock_2025",
        key: "ck",
        label: "AI chips delivered by the end of 2025 (H100-equivalents)",
        help: "Every AI accelerator delivered worldwide — NVIDIA, Google TPU, Amazon Trainium, AMD, \
               Huawei — counted in H100s of 8-bit performance.",
        unit: "H100e",
        group: Group::Compute,
        default: 2.0e7,
        low: 1.5e7,
        high: 2.5e7,
        min: 1e3,
        max: 1e11,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_CHIP_SALES, "≈1.3M H100e delivered in 2023, 5.1M in 2024, 13.6M in 2025 (all vendors, medians) [derived]"),
        evidence: Evidence::Derived,
        as_of: "2026-09",
        range_note: "“more than 15 million” (Epoch, January 2026) to Epoch's later ≈20M sold, 16M deployed",
    },
    /// Growth of the chip stock.
    ChipStockGrowth = Param {
        id: "compute.stock_growth_per_year",
        key: "cn",
        label: "Growth of the AI chip stock from 2026",
        help: "How fast the world's stock of AI compute grows, in H100-equivalents: more chips \
               (packaging and high-bandwidth memory permitting) and faster chips.",
        unit: "×/yr",
        group: Group::Compute,
        default: 2.3,
        low: 1.8,
        high: 3.1,
        min: 1.0,
        max: 10.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_CHIP_SALES, "NVIDIA's deliveries doubled from Q1 2025 (1.7M H100e) to Q1 2026 (3.4M); deliveries doubling each year on 13.6M in 2025 and a 20M stock grow the stock 2.3× in 2026, then toward 2× [derived]; NVIDIA's installed compute grew 2.3×/yr 2019–2024"),
        evidence: Evidence::Derived,
        as_of: "2026-09",
        range_note: "1.8×/yr (TSMC CoWoS capacity +60 %/yr with no gain per chip) to 3.1×/yr (all vendors, end of 2024 to end of 2025, Epoch's chip counts [derived]; secondary reports give 3.3×/yr since 2022)",
    },
    /// Share of chips held by the largest developer.
    LabShare = Param {
        id: "compute.largest_lab_share",
        key: "cl",
        label: "Share of AI chips and power held by the largest developer",
        help: "One developer's part of the world's AI chips and of AI data-center power.",
        unit: "fraction",
        group: Group::Compute,
        default: 0.25,
        low: 0.15,
        high: 0.4,
        min: 0.001,
        max: 1.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_CHIP_OWNERS, "Google owns ≈5M of ≈20M H100e [derived: 25 %]"),
        evidence: Evidence::Derived,
        as_of: "2026-04",
        range_note: "Epoch 2030 report: 10–40 % of chips, 20–50 % of AI data-center power",
    },
    /// Share used for training.
    TrainingFraction = Param {
        id: "compute.training_fraction",
        key: "cf",
        label: "Share of the developer's compute used for training",
        help: "The rest serves inference — including reasoning models' test-time compute, which \
               takes its chips and power from training.",
        unit: "fraction",
        group: Group::Compute,
        default: 0.7,
        low: 0.4,
        high: 0.85,
        min: 0.01,
        max: 1.0,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_OPENAI_COMPUTE, "OpenAI 2024: ≈$5B of R&D compute, ≈$2B of inference [derived: 71 % training]"),
        evidence: Evidence::Derived,
        as_of: "2024",
        range_note: "40 % (Deloitte: inference about half of AI compute in 2025, two thirds in 2026) to 85 %",
    },
    /// Share of training compute in the largest run.
    RunShare = Param {
        id: "compute.run_share",
        key: "cr",
        label: "Share of training compute the largest run takes while it runs",
        help: "Research, experiments and smaller runs use the rest of the training fleet.",
        unit: "fraction",
        group: Group::Compute,
        default: 0.4,
        low: 0.2,
        high: 1.0,
        min: 0.01,
        max: 1.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_FINAL_RUNS, "OpenAI 2024: final runs ≈10 % of R&D compute; over a 3-month run that is 10 % × 12/3 = 40 % of the fleet [derived]"),
        evidence: Evidence::Derived,
        as_of: "2026-03",
        range_note: "final runs 10–30 % of R&D compute (OpenAI, MiniMax, Z.ai) to a whole fleet on one run (Epoch 2030)",
    },

    /// Data-movement knee, FLOP.
    KneeFlop = Param {
        id: "memory.knee_flop",
        key: "mk",
        label: "Run size where data movement starts to cut utilization",
        help: "For a 3-month run. Beyond it, moving data within and between chips takes longer \
               than the arithmetic, and utilization falls (the memory wall).",
        unit: "FLOP",
        group: Group::MemoryNetwork,
        default: 2e28,
        low: 1e28,
        high: 4e28,
        min: 1e22,
        max: 1e36,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_DATA_MOVEMENT, "“limit LLM scaling beyond 2e28 FLOP” (3-month runs)"),
        evidence: Evidence::Derived,
        as_of: "2024-11",
        range_note: "1e28 (Erdil & Schneider-Joseph 2024, abstract) to twice Epoch's summary",
    },
    /// How fast utilization falls past the knee.
    UtilizationSlope = Param {
        id: "memory.utilization_slope",
        key: "mb",
        label: "How fast utilization falls past the knee",
        help: "Past the knee, utilization falls as (run size in chips / knee)^−β. With β = ⅓ a run \
               on a thousand times the knee's chips keeps a tenth of the utilization; 0 means no \
               memory wall.",
        unit: "β",
        group: Group::MemoryNetwork,
        default: 1.0 / 3.0,
        low: 0.2,
        high: 0.5,
        min: 0.0,
        max: 1.0,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::ERDIL_2024, "abstract: utilization falls beyond ~1e28 FLOP; beyond ~1e31 infeasible even at low utilization [assumption: ≈10× lost over 3 orders of magnitude]"),
        evidence: Evidence::Assumption,
        as_of: "2024-11",
        range_note: "First Wall's assumption; the paper's curve was not available to derive it",
    },
    /// Lowest utilization a developer accepts.
    MinUtilizationShare = Param {
        id: "memory.min_utilization_share",
        key: "mu",
        label: "Least utilization a developer keeps before a bigger run is not worth it",
        help: "As a share of the utilization below the knee. 0: any loss is accepted and only the \
               latency wall stops a run. 1: the knee itself is a wall, as the source diagram has it.",
        unit: "fraction",
        group: Group::MemoryNetwork,
        default: 0.0,
        low: 0.0,
        high: 0.5,
        min: 0.0,
        max: 1.0,
        whole: false,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::ERDIL_2024, "runs past the knee are feasible at lower utilization, up to the latency wall"),
        evidence: Evidence::Assumption,
        as_of: "2024-11",
        range_note: "First Wall's assumption: no floor, to half the utilization",
    },
    /// Latency per layer.
    LayerLatencyUs = Param {
        id: "network.layer_latency_us",
        key: "nl",
        label: "Minimum latency per layer (forward and backward)",
        help: "The all-reduces of one layer cannot go faster than this, whatever the cluster size.",
        unit: "µs",
        group: Group::MemoryNetwork,
        default: 400.0,
        low: 270.0,
        high: 450.0,
        min: 1.0,
        max: 1e5,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "latency section: 8 sequential all-reduces of ≈50 µs (NCCL latencies, footnotes 93, 99) = 400 µs [derived]"),
        evidence: Evidence::Derived,
        as_of: "2024-08",
        range_note: "Epoch 2030 Figure 6a: 80 % interval 270–437 µs [digitized]",
    },
    /// Batch size at the reference dataset.
    BatchTokens = Param {
        id: "network.batch_tokens",
        key: "nb",
        label: "Batch size (at a 15.6T-token run)",
        help: "Tokens per optimizer step for a run on 15.6 trillion tokens; it grows with the \
               dataset by the exponent below. Bigger batches mean fewer sequential steps.",
        unit: "tokens",
        group: Group::MemoryNetwork,
        default: 1.6e7,
        low: 8e6,
        high: 6e7,
        min: 1e4,
        max: 1e12,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::LLAMA3_MFU, "Llama 3.1 405B: 16M tokens per batch, 15.6T tokens"),
        evidence: Evidence::Measured,
        as_of: "2024-07",
        range_note: "half of Llama 3's batch to the 60M Epoch's 2030 report takes for GPT-4",
    },
    /// How the batch grows with the dataset.
    BatchExponent = Param {
        id: "network.batch_exponent",
        key: "nx",
        label: "Growth of the batch with the dataset (exponent)",
        help: "The batch grows as (tokens / 15.6T)^γ. 0.5: the critical batch grows with the square \
               root of the dataset. 0: a fixed batch, as Epoch's 2030 report computes the latency wall.",
        unit: "γ",
        group: Group::MemoryNetwork,
        default: 0.5,
        low: 0.25,
        high: 0.6,
        min: 0.0,
        max: 0.75,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_DECENTRALIZED, "Bergsma et al. (2025): the critical batch grows with “roughly the square root” of the dataset"),
        evidence: Evidence::Derived,
        as_of: "2025-05",
        range_note: "First Wall's assumption around Bergsma et al. 2025 (fitted exponents not retrieved)",
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
        default: 0.017,
        low: 0.012,
        high: 0.025,
        min: 0.001,
        max: 1.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::LLAMA3_MFU, "Llama 3.1 405B: 126 layers / 405e9^⅓ = 0.0170 [derived]; GPT-3: 96 / 175e9^⅓ = 0.0172"),
        evidence: Evidence::Derived,
        as_of: "2024-07",
        range_note: "First Wall's assumption around Llama 3 and GPT-3",
    },
    /// Distance between sites.
    FibreKm = Param {
        id: "network.fibre_km",
        key: "nf",
        label: "Fibre path between the farthest sites",
        help: "Light in fibre covers 200,000 km/s; each synchronisation waits two one-way trips. \
               Tens to hundreds of milliseconds for continent-scale runs.",
        unit: "km",
        group: Group::MemoryNetwork,
        default: 11_000.0,
        low: 2_000.0,
        high: 20_000.0,
        min: 1.0,
        max: 40_000.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "footnote 38: an 11,000 km US fibre ring, 55 ms one way, 110 ms per sync"),
        evidence: Evidence::Derived,
        as_of: "2024-08",
        range_note: "First Wall's assumption: one region (2,000 km) to half the globe (20,000 km)",
    },
    /// Bandwidth between sites in 2030.
    InterSitePbps2030 = Param {
        id: "network.intersite_pbps_2030",
        key: "nw",
        label: "Bandwidth between sites (2030)",
        help: "What links the data centers of one distributed run. Gradients of every parameter \
               cross it at each synchronisation.",
        unit: "Pbit/s",
        group: Group::MemoryNetwork,
        default: 8.9,
        low: 4.0,
        high: 20.0,
        min: 0.001,
        max: 1e5,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "4–20 Pbps achievable by 2030; 8.9 is their geometric mean [derived]"),
        evidence: Evidence::Derived,
        as_of: "2024-08",
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
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "switch ASIC bandwidth trend 1.4–1.6×/yr (33 ASICs, 2001–2023)"),
        evidence: Evidence::Measured,
        as_of: "2024-08",
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
        whole: false,
        distribution: Distribution::LogUniform,
        options: NUMBER,
        source: cite(&source::EPOCH_2030, "8-bit gradients in the bandwidth calculation"),
        evidence: Evidence::Assumption,
        as_of: "2024-08",
        range_note: "First Wall's assumption: 4-bit to 16-bit",
    },
    /// Optimizer steps per synchronisation between sites.
    StepsPerSync = Param {
        id: "network.steps_per_sync",
        key: "nh",
        label: "Steps between synchronisations of distant sites",
        help: "1: every step waits for every site (fully synchronous). Low-communication training \
               (DiLoCo) lets each site take many steps alone, dividing the bandwidth and the \
               waits for light by as much.",
        unit: "steps",
        group: Group::MemoryNetwork,
        default: 1.0,
        low: 1.0,
        high: 500.0,
        min: 1.0,
        max: 10_000.0,
        whole: true,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::EPOCH_DECENTRALIZED, "fully synchronous data parallelism with ring all-reduce"),
        evidence: Evidence::Assumption,
        as_of: "2025",
        range_note: "DiLoCo syncs every hundreds of steps (Douillard et al. 2023); not yet shown at frontier scale",
    },

    /// The largest single campus, 2026.
    CampusGw2026 = Param {
        id: "power.campus_gw_2026",
        key: "pk",
        label: "Power of the largest campus (start of 2026)",
        help: "The most one site can give one run. Before 2026 the model follows the largest \
               sites as they came online; after it, they grow by the rate below.",
        unit: "GW",
        group: Group::Power,
        default: 1.0,
        low: 0.7,
        high: 1.4,
        min: 0.001,
        max: 10_000.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_FIVE_GIGAWATT_SITES, "five sites cross 1 GW in 2026, the first in January (New Carlisle; Colossus 2)"),
        evidence: Evidence::Measured,
        as_of: "2026-01",
        range_note: "Stargate Abilene's 0.7 GW to Colossus 2's 1.4 GW planned for spring 2026",
    },
    /// Growth of the largest campus.
    CampusGrowth = Param {
        id: "power.campus_growth_per_year",
        key: "pm",
        label: "Growth of the largest campus from 2026",
        help: "How fast the most power one site can deliver grows, given how long new plants, \
               turbines, transformers and grid connections take.",
        unit: "×/yr",
        group: Group::Power,
        default: 1.7,
        low: 1.4,
        high: 2.2,
        min: 1.0,
        max: 5.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_EPRI_2025, "the largest run will likely draw 4–16 GW in 2030: from 1 GW in January 2026 to its middle, 8 GW, is 1.7×/yr [derived]"),
        evidence: Evidence::Derived,
        as_of: "2025-08",
        range_note: "1.4×/yr (Epoch 2030's growth of AI data centers) to 2.2×/yr (power of frontier runs so far, Epoch & EPRI 2025)",
    },
    /// AI data-center capacity, mid-2025.
    AiCapacityGw2025 = Param {
        id: "power.ai_capacity_gw_2025",
        key: "pa",
        label: "AI data-center power in the US (mid-2025)",
        help: "All AI data centers together; the largest developer's share of it, put into one \
               run across sites, is the distributed path to power.",
        unit: "GW",
        group: Group::Power,
        default: 5.0,
        low: 3.5,
        high: 8.0,
        min: 0.01,
        max: 100_000.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPRI_EPOCH_CAPACITY, "“the total AI power capacity in the U.S. is estimated at around 5 GW”"),
        evidence: Evidence::Measured,
        as_of: "2025-08",
        range_note: "First Wall's assumption: 3.5–8 GW (definitions differ between sources)",
    },
    /// Growth of AI data-center power.
    PowerGrowth = Param {
        id: "power.growth_per_year",
        key: "pg",
        label: "Growth of AI data-center power from mid-2025",
        help: "How fast AI data centers add power.",
        unit: "×/yr",
        group: Group::Power,
        default: 1.67,
        low: 1.4,
        high: 2.0,
        min: 1.0,
        max: 5.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPRI_EPOCH_CAPACITY, "≈5 GW now, “could exceed 50 GW by 2030” [derived: 1.67×/yr]"),
        evidence: Evidence::Derived,
        as_of: "2025-08",
        range_note: "1.4×/yr (Epoch 2030: 3 → 30 GW) to 2×/yr (Epoch: 20–30 GW of US AI data centers by late 2027)",
    },
    /// Efficiency growth, FLOP/s per W.
    EfficiencyGrowth = Param {
        id: "power.efficiency_growth_per_year",
        key: "pe",
        label: "Growth of FLOP per watt",
        help: "Each year's chips do more arithmetic per watt at the meter.",
        unit: "×/yr",
        group: Group::Power,
        default: 1.4,
        low: 1.26,
        high: 1.55,
        min: 1.0,
        max: 3.0,
        whole: false,
        distribution: Distribution::LogNormal,
        options: NUMBER,
        source: cite(&source::EPOCH_ML_HARDWARE, "leading ML hardware ≈40 %/yr; H100 (2024) to Vera Rubin (2027), facility watts per H100e, 1.5×/yr [derived]"),
        evidence: Evidence::Derived,
        as_of: "2026",
        range_note: "1.26×/yr (broader GPUs, Epoch 2025) to 1.55×/yr",
    },
    /// Time to energise new capacity.
    PowerLeadYears = Param {
        id: "power.lead_time_years",
        key: "pl",
        label: "Time to energise new capacity",
        help: "From deciding to build to power flowing: turbines, transformers, substations and \
               grid connections. Cooling is ordered with the power; it can hold a run back only \
               if it takes longer than this.",
        unit: "years",
        group: Group::Power,
        default: 3.0,
        low: 1.5,
        high: 5.0,
        min: 0.0,
        max: 15.0,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::EPOCH_BUILDOUT_SPEED, "1–3.6 years from groundbreaking to 1 GW; large transformers 128 weeks (Wood Mackenzie); grid connections over 4 years (JLL)"),
        evidence: Evidence::Measured,
        as_of: "2025-11",
        range_note: "1.5 years (on-site gas, solar) to 5 years (grid connections; gas turbines sold out to ~2030)",
    },

    /// Lead time of cooling equipment.
    CoolingLeadYears = Param {
        id: "cooling.lead_time_years",
        key: "ql",
        label: "Lead time of liquid-cooling equipment",
        help: "Coolant distribution units, chillers and cold plates, ordered with the power. If \
               they take longer than energising the power, cooling holds the run back by the \
               difference.",
        unit: "years",
        group: Group::Cooling,
        default: 1.25,
        low: 0.5,
        high: 2.0,
        min: 0.0,
        max: 10.0,
        whole: false,
        distribution: Distribution::Normal,
        options: NUMBER,
        source: cite(&source::COOLING_LEAD_TIMES, "cooling components 12–18 months (DatacenterDynamics, as reported)"),
        evidence: Evidence::Measured,
        as_of: "2025-11",
        range_note: "6 months to 2 years (CDUs: “year-long lead times”, Fierce Network 2024)",
    },

    /// The accelerator the data center is built with.
    Accelerator = Param {
        id: "datacenter.accelerator",
        key: "acc",
        label: "Accelerator",
        help: "The chip the halls are built with. Its watts per H100-equivalent in the year it \
               led the frontier start the power wall's FLOP-per-watt trend; its rack power meets \
               the cooling.",
        unit: "choice",
        group: Group::Datacenter,
        default: 6.0,
        low: 0.0,
        high: 8.0,
        min: 0.0,
        max: 8.0,
        whole: true,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "a100", label: "NVIDIA A100 (DGX)" },
            Choice { id: "h100", label: "NVIDIA H100 (DGX)" },
            Choice { id: "h200", label: "NVIDIA H200 (DGX)" },
            Choice { id: "b200", label: "NVIDIA B200 (DGX)" },
            Choice { id: "gb200", label: "NVIDIA GB200 NVL72 (rack-scale)" },
            Choice { id: "mi300x", label: "AMD MI300X" },
            Choice { id: "gb300", label: "NVIDIA GB300 NVL72 (rack-scale)" },
            Choice { id: "vr200", label: "NVIDIA Vera Rubin NVL72 (announced)" },
            Choice { id: "mi355x", label: "AMD MI355X" },
        ],
        source: cite(&source::EPOCH_CHIP_SALES, "the B300 was the majority of NVIDIA's AI compute sold from late 2025"),
        evidence: Evidence::Measured,
        as_of: "2026-01",
        range_note: "NVIDIA, AMD datasheets and system documentation",
    },
    /// Cooling technology.
    Cooling = Param {
        id: "datacenter.cooling",
        key: "cool",
        label: "Cooling technology",
        help: "Sets how dense a rack can be and the PUE. Rack-scale NVIDIA systems (GB200 and \
               later) need liquid.",
        unit: "choice",
        group: Group::Datacenter,
        default: 2.0,
        low: 0.0,
        high: 3.0,
        min: 0.0,
        max: 3.0,
        whole: true,
        distribution: Distribution::Fixed,
        options: &Cooling::CHOICES,
        source: cite(&source::NVIDIA_BLACKWELL_ULTRA, "GB300 NVL72 is a liquid-cooled rack"),
        evidence: Evidence::Measured,
        as_of: "2025",
        range_note: "Uptime Institute and vendor figures per technology",
    },
    /// Power chain.
    PowerChain = Param {
        id: "datacenter.power_chain",
        key: "chain",
        label: "Power chain",
        help: "AC through transformer, UPS, PDU and server power supplies, or 800 V DC to the rack \
               (an option from Vera Rubin in 2026, native with Kyber racks in 2027).",
        unit: "choice",
        group: Group::Datacenter,
        default: 0.0,
        low: 0.0,
        high: 1.0,
        min: 0.0,
        max: 1.0,
        whole: true,
        distribution: Distribution::Fixed,
        options: &PowerChain::CHOICES,
        source: cite(&source::NVIDIA_800V, "800 V DC starts with Kyber racks in 2027; today's racks are fed 54 V from AC"),
        evidence: Evidence::Measured,
        as_of: "2025-05",
        range_note: "NVIDIA's 800 V DC roadmap; TrendForce: optional from Q3 2026, widespread from 2028",
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
        default: 0.5,
        low: 0.0,
        high: 1.0,
        min: 0.0,
        max: 1.0,
        whole: false,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::UPTIME_PUE, "no source gives free-cooling hours by climate; halfway through each technology's published range"),
        evidence: Evidence::Assumption,
        as_of: "2026",
        range_note: "0–1 spans each technology's published PUE range",
    },
    /// Measured draw as a share of nameplate.
    LoadFraction = Param {
        id: "datacenter.load_fraction",
        key: "lf",
        label: "Average power as a share of nameplate",
        help: "Servers rarely draw their rated power: H100 nodes averaged 76 % of it in training. \
               Energy, water, carbon and cost use this; the power a site must be built for uses \
               nameplate.",
        unit: "fraction",
        group: Group::Datacenter,
        default: 0.8,
        low: 0.7,
        high: 1.0,
        min: 0.3,
        max: 1.0,
        whole: false,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::NEWKIRK_2025, "76 % of the 10.2 kW rating in compute-intensive training; 8.4 kW measured maximum (Latif et al.) [derived: 0.8, between the 76 % average and the 82 % maximum]"),
        evidence: Evidence::Derived,
        as_of: "2025-06",
        range_note: "76 % (Newkirk et al. 2025) to nameplate",
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
        whole: false,
        distribution: Distribution::Uniform,
        options: NUMBER,
        source: cite(&source::SEMIANALYSIS_100K, "storage servers, switches and optics ≈10 % of cluster power"),
        evidence: Evidence::Measured,
        as_of: "2024",
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
        whole: true,
        distribution: Distribution::Fixed,
        options: &ENERGY_SOURCE_CHOICES,
        source: cite(&source::EIA_PRICES, "US industrial electricity, 2023"),
        evidence: Evidence::Measured,
        as_of: "2023",
        range_note: "EIA, NuScale, Lazard",
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
        whole: true,
        distribution: Distribution::Fixed,
        options: &[
            Choice { id: "count", label: "Accelerator count" },
            Choice { id: "facility", label: "Facility power" },
        ],
        source: cite(&source::SEMIANALYSIS_100K, "clusters are counted in GPUs"),
        evidence: Evidence::Assumption,
        as_of: "2024",
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
        whole: true,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::SEMIANALYSIS_100K, "the 100,000-H100 cluster"),
        evidence: Evidence::Assumption,
        as_of: "2024",
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
        whole: false,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::EPOCH_FIVE_GIGAWATT_SITES, "five 1 GW sites in 2026"),
        evidence: Evidence::Assumption,
        as_of: "2026",
        range_note: "Llama 3.1's 27 MW to a 5 GW campus",
    },

    /// Hardware cost per H100-equivalent, 2024.
    HardwareUsdPerH100e2024 = Param {
        id: "cost.hardware_usd_per_h100e_2024",
        key: "ch",
        label: "Cluster hardware per H100-equivalent (2024)",
        help: "Chips, servers and networking, without buildings or power plants.",
        unit: "US$",
        group: Group::Cost,
        default: 35_000.0,
        low: 25_000.0,
        high: 50_000.0,
        min: 1.0,
        max: 1e7,
        whole: false,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::PILZ_2025, "xAI's Colossus: $7B of hardware for 200,000 chips [derived: $35k per chip]"),
        evidence: Evidence::Derived,
        as_of: "2025-04",
        range_note: "H100 chips ≈$25k alone (Epoch chip counts) to ≈$50k all in (trade estimates)",
    },
    /// Fall of hardware price per H100e.
    HardwarePriceDecline = Param {
        id: "cost.price_performance_growth_per_year",
        key: "cd",
        label: "Growth of FLOP/s per dollar",
        help: "Each year the same performance costs this many times less.",
        unit: "×/yr",
        group: Group::Cost,
        default: 1.4,
        low: 1.3,
        high: 1.5,
        min: 1.0,
        max: 4.0,
        whole: false,
        distribution: Distribution::Fixed,
        options: NUMBER,
        source: cite(&source::EPOCH_ML_HARDWARE, "FLOP/s per dollar of ML GPUs doubles every 2.07 years [derived: 1.4×/yr]"),
        evidence: Evidence::Derived,
        as_of: "2025-01",
        range_note: "30 % cheaper each year at fixed performance (Epoch) to 1.5×/yr",
    },
}

/// A parameter that model v1 had and model v2 removed: its id, its URL key, and what replaced it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Removed {
    /// The old dotted id.
    pub id: &'static str,
    /// The old URL key.
    pub key: &'static str,
    /// What replaced it, for people.
    pub replaced_by: &'static str,
}

/// Parameters of model v1 that model v2 removed (docs/MODEL.md says why).
pub const REMOVED: [Removed; 10] = [
    Removed { id: "power.distributed_gw_2030", key: "pd", replaced_by: "power now grows from observed 2025–26 values: power.ai_capacity_gw_2025 and power.growth_per_year, times the developer's shares" },
    Removed { id: "power.campus_gw_2030", key: "pc", replaced_by: "power.campus_gw_2026 and power.campus_growth_per_year (anchored on the first 1 GW sites)" },
    Removed { id: "cooling.liquid_gw_2030", key: "qc", replaced_by: "cooling is now tied to the power build-out: cooling.lead_time_years against power.lead_time_years, and the racks against the cooling technology" },
    Removed { id: "cooling.growth_per_year", key: "qg", replaced_by: "cooling now grows with the power it serves" },
    Removed { id: "memory.beyond_knee_factor", key: "mh", replaced_by: "memory.utilization_slope (utilization falls past the knee) and memory.min_utilization_share" },
    Removed { id: "network.batch_scaling", key: "ns", replaced_by: "network.batch_exponent (the batch grows with the dataset)" },
    Removed { id: "software.test_time_oom", key: "st", replaced_by: "test-time compute now takes its chips and power from training: compute.training_fraction" },
    Removed { id: "compute.h100e_shipped_2024", key: "cs", replaced_by: "compute.h100e_stock_2025 (all vendors, delivered by the end of 2025)" },
    Removed { id: "compute.production_growth_per_year", key: "cg", replaced_by: "compute.stock_growth_per_year" },
    Removed { id: "compute.chip_perf_growth_per_year", key: "cp", replaced_by: "compute.stock_growth_per_year (more chips and faster chips together)" },
];

/// The removed parameter with this id or key, if it is one.
pub fn removed(name: &str) -> Option<&'static Removed> {
    REMOVED.iter().find(|r| r.id == name || r.key == name)
}

/// A stretch of a parameter's values, `low` to `high`, and where a value sits along it: evenly in
/// log space for a log-scaled parameter ([`Param::is_log_scaled`]) when the stretch is positive,
/// else linearly. The sweep's grid axes and the app's sliders both map values with it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    /// The first value.
    pub low: f64,
    /// The last value.
    pub high: f64,
    /// Spaced evenly in log space.
    pub log: bool,
}

impl Span {
    /// `param`'s values from `low` to `high`.
    pub fn of(param: &Param, low: f64, high: f64) -> Self {
        Self {
            low,
            high,
            log: param.is_log_scaled() && low > 0.0,
        }
    }

    /// The value at `t` along the span (0: `low`, 1: `high`).
    pub fn at(&self, t: f64) -> f64 {
        if self.log {
            self.low * (self.high / self.low).powf(t)
        } else {
            self.low + (self.high - self.low) * t
        }
    }

    /// Where `value` sits along the span, clamped to 0–1 (0 for a value it cannot place).
    pub fn position(&self, value: f64) -> f64 {
        let t = if self.log {
            (value / self.low).ln() / (self.high / self.low).ln()
        } else {
            (value - self.low) / (self.high - self.low)
        };
        if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One mapping for the grid's axes and the app's tracks (issue 15): a span places the values
    /// it yields where it yields them, in log space exactly when the parameter is log-scaled and
    /// the span positive (the multimodal stock's limit is 0; its spans are still logarithmic).
    #[test]
    fn a_span_places_the_values_it_yields() {
        for &id in ParamId::ALL {
            let spec = id.spec();
            if spec.is_choice() || spec.low >= spec.high {
                continue;
            }
            let span = Span::of(spec, spec.low, spec.high);
            assert_eq!(
                span.log,
                spec.is_log_scaled() && spec.low > 0.0,
                "{}",
                spec.id
            );
            for t in [0.0, 0.25, 0.5, 1.0] {
                let back = span.position(span.at(t));
                assert!((back - t).abs() < 1e-9, "{}: {t} → {back}", spec.id);
            }
        }
        let multimodal = ParamId::MultimodalTokens.spec();
        assert_eq!(multimodal.min, 0.0);
        assert!(Span::of(multimodal, multimodal.low, multimodal.high).log);
        assert!(!Span::of(multimodal, 0.0, multimodal.high).log);
    }

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

    /// Every default says how it is known and when; a fitted one says what it was fitted to.
    #[test]
    fn every_default_has_an_evidence_tier_and_a_date() {
        for p in &PARAMS {
            let year = p.as_of.get(..4).and_then(|y| y.parse::<u16>().ok());
            assert!(
                matches!(year, Some(2020..=2026)) && matches!(p.as_of.len(), 4 | 7),
                "{}: as_of `{}`",
                p.id,
                p.as_of
            );
            if p.evidence == Evidence::Fitted {
                assert!(p.source.locator.contains("fitted to"), "{}", p.id);
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
            assert!(
                p.source.source.url.starts_with("https://"),
                "{}: a source visitors can open",
                p.id
            );
        }
    }

    /// A choice is an option's index, so it is whole; a whole parameter's limits, default and
    /// plausible range are whole numbers too, or rounding a value into range could leave it.
    #[test]
    fn whole_parameters_are_choices_and_counts_with_whole_limits() {
        for p in &PARAMS {
            if p.is_choice() {
                assert!(p.whole, "{}: a choice is an index", p.id);
            }
            if p.whole {
                for v in [p.min, p.max, p.default, p.low, p.high] {
                    assert_eq!(v.fract(), 0.0, "{}: {v}", p.id);
                }
            }
        }
        let whole: Vec<&str> = PARAMS
            .iter()
            .filter(|p| p.whole && !p.is_choice())
            .map(|p| p.id)
            .collect();
        assert_eq!(whole, ["network.steps_per_sync", "datacenter.count"]);
    }

    #[test]
    fn removed_names_are_not_reused() {
        for r in &REMOVED {
            assert_eq!(ParamId::lookup(r.id), None, "{}", r.id);
            assert_eq!(ParamId::lookup(r.key), None, "{}", r.key);
            assert_eq!(removed(r.key), Some(r));
        }
    }

    #[test]
    fn lookup_by_id_and_key() {
        assert_eq!(
            ParamId::lookup("power.campus_gw_2026"),
            Some(ParamId::CampusGw2026)
        );
        assert_eq!(ParamId::lookup("pk"), Some(ParamId::CampusGw2026));
        assert_eq!(ParamId::lookup("power.nope"), None);
        for &id in ParamId::ALL {
            assert_eq!(ParamId::lookup(id.spec().id), Some(id));
        }
    }
}
