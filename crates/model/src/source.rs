//! Where every number comes from. Each parameter, preset and accelerator cites one of these, with
//! the place in it; the UI and the CLI show the same citation.

/// A published document: paper, report, data page, article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Title as published.
    pub title: &'static str,
    /// Authors, or the publisher when no person is named.
    pub authors: &'static str,
    /// Publisher, journal or site.
    pub publisher: &'static str,
    /// Year of publication (or of the version read).
    pub year: u16,
    /// Where to read it; empty when the source has no public address.
    pub url: &'static str,
}

/// A source and the place in it that supports a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The document.
    pub source: &'static Source,
    /// Where in it: a section, table, figure or footnote, and any arithmetic we did on top
    /// (marked "derived").
    pub locator: &'static str,
}

impl Citation {
    /// One line for people: "Sevilla et al. (2024), Can AI scaling continue through 2030?, Epoch
    /// AI — footnote 2".
    pub fn text(&self) -> String {
        format!(
            "{} ({}), {}, {} — {}",
            self.source.authors,
            self.source.year,
            self.source.title,
            self.source.publisher,
            self.locator
        )
    }
}

/// Sevilla, Besiroglu, Cottier, You, Roldán, Villalobos, Erdil, 2024: the main source of First
/// Wall's default scenario.
pub const EPOCH_2030: Source = Source {
    title: "Can AI scaling continue through 2030?",
    authors: "Sevilla, Besiroglu, Cottier, You, Roldán, Villalobos, Erdil",
    publisher: "Epoch AI",
    year: 2024,
    url: "https://epoch.ai/blog/can-ai-scaling-continue-through-2030",
};

/// Sevilla & Roldán, 2024: the 4–5× a year trend of frontier training compute.
pub const EPOCH_COMPUTE_TREND: Source = Source {
    title: "Training compute of frontier AI models grows by 4-5x per year",
    authors: "Sevilla, Roldán",
    publisher: "Epoch AI",
    year: 2024,
    url: "https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year",
};

/// Ho et al., 2024: algorithmic progress in language models.
pub const HO_2024: Source = Source {
    title: "Algorithmic progress in language models",
    authors: "Ho, Besiroglu, Erdil, Owen, Rahman, Guo, Atkinson, Thompson, Sevilla",
    publisher: "arXiv 2403.05812 (NeurIPS 2024)",
    year: 2024,
    url: "https://arxiv.org/abs/2403.05812",
};

/// Villalobos & Atkinson, 2023: trading training compute for inference compute.
pub const TRADING_OFF_COMPUTE: Source = Source {
    title: "Trading off compute in training and inference",
    authors: "Villalobos, Atkinson",
    publisher: "Epoch AI",
    year: 2023,
    url: "https://epoch.ai/blog/trading-off-compute-in-training-and-inference",
};

/// Muennighoff et al., 2023: the value of repeated data.
pub const MUENNIGHOFF_2023: Source = Source {
    title: "Scaling Data-Constrained Language Models",
    authors: "Muennighoff, Rush, Barak, Le Scao, Piktus, Tazi, Pyysalo, Wolf, Raffel",
    publisher: "NeurIPS 2023 (arXiv 2305.16264)",
    year: 2023,
    url: "https://arxiv.org/abs/2305.16264",
};

/// Hoffmann et al., 2022: compute-optimal training (Chinchilla).
pub const HOFFMANN_2022: Source = Source {
    title: "Training Compute-Optimal Large Language Models",
    authors: "Hoffmann et al.",
    publisher: "arXiv 2203.15556",
    year: 2022,
    url: "https://arxiv.org/abs/2203.15556",
};

/// Villalobos et al., 2024: when the stock of human text runs out.
pub const VILLALOBOS_2024: Source = Source {
    title: "Will we run out of data? Limits of LLM scaling based on human-generated data",
    authors: "Villalobos, Ho, Sevilla, Besiroglu, Heim, Hobbhahn",
    publisher: "ICML 2024 (arXiv 2211.04325v2)",
    year: 2024,
    url: "https://arxiv.org/abs/2211.04325",
};

/// Villalobos et al., 2022: the original "high-quality text runs out by 2026" projection.
pub const VILLALOBOS_2022: Source = Source {
    title: "Will we run out of ML data? Evidence from projecting dataset size trends",
    authors: "Villalobos, Sevilla, Heim, Besiroglu, Hobbhahn, Ho",
    publisher: "Epoch AI",
    year: 2022,
    url: "https://epochai.org/blog/will-we-run-out-of-ml-data-evidence-from-projecting-dataset",
};

/// DeepSeek-AI, 2024: a mixture-of-experts frontier model with its sparsity published.
pub const DEEPSEEK_V3: Source = Source {
    title: "DeepSeek-V3 Technical Report",
    authors: "DeepSeek-AI",
    publisher: "arXiv 2412.19437",
    year: 2024,
    url: "https://arxiv.org/abs/2412.19437",
};

/// Touvron et al., 2023: Llama 2, whose 70B model's shape sets the KV-cache default.
pub const LLAMA2: Source = Source {
    title: "Llama 2: Open Foundation and Fine-Tuned Chat Models",
    authors: "Touvron et al.",
    publisher: "Meta AI (arXiv 2307.09288)",
    year: 2023,
    url: "https://arxiv.org/abs/2307.09288",
};

/// Xiao et al., 2023: 8-bit weights and activations for LLMs.
pub const SMOOTHQUANT: Source = Source {
    title:
        "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models",
    authors: "Xiao, Lin, Seznec, Wu, Demouth, Han",
    publisher: "ICML 2023 (arXiv 2211.10438)",
    year: 2023,
    url: "https://arxiv.org/abs/2211.10438",
};

/// Li et al., 2024: EAGLE speculative decoding.
pub const EAGLE: Source = Source {
    title: "EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty",
    authors: "Li, Wei, Zhang, Zhang",
    publisher: "ICML 2024 (arXiv 2401.15077)",
    year: 2024,
    url: "https://arxiv.org/abs/2401.15077",
};

/// Brown et al., 2020: GPT-3.
pub const BROWN_2020: Source = Source {
    title: "Language Models are Few-Shot Learners",
    authors: "Brown et al.",
    publisher: "NeurIPS 2020 (arXiv 2005.14165)",
    year: 2020,
    url: "https://arxiv.org/abs/2005.14165",
};

/// BCG's 2023 projection of US data-center electricity, as summarised by SSTI.
pub const BCG_2023: Source = Source {
    title:
        "The Impact of GenAI on Electricity: How GenAI is Fueling the Data Center Boom in the U.S.",
    authors: "Boston Consulting Group, summarised by SSTI",
    publisher: "ssti.org (secondary)",
    year: 2023,
    url: "https://ssti.org/tags/electricity",
};

/// EPRI, Powering Intelligence (2024), as reported by S&P Global.
pub const EPRI_2024: Source = Source {
    title: "Powering Intelligence: Analyzing Artificial Intelligence and Data Center Energy Consumption",
    authors: "EPRI, reported by S&P Global",
    publisher: "spglobal.com (secondary)",
    year: 2024,
    url: "https://www.spglobal.com/market-intelligence/en/news-insights/articles/2024/6/study-estimates-datacenters-could-take-9-of-us-power-production-by-2030-81879424",
};

/// LBNL's 2024 US data-center energy report, as reported by the American Public Power
/// Association.
pub const LBNL_2024: Source = Source {
    title: "2024 United States Data Center Energy Usage Report",
    authors: "Shehabi et al. (LBNL), reported by APPA",
    publisher: "publicpower.org (secondary)",
    year: 2024,
    url: "https://www.publicpower.org/periodical/article/report-sees-data-center-load-growth-doubling-or-tripling-2028",
};

/// SK hynix and Micron on HBM supply (May 2024), as reported by DatacenterDynamics.
pub const HBM_SOLD_OUT: Source = Source {
    title: "SK Hynix confirms HBM chips sold out for 2024, limited supply left for 2025",
    authors: "DatacenterDynamics, reporting SK hynix",
    publisher: "datacenterdynamics.com",
    year: 2024,
    url: "http://www.Datacenterdynamics.com/en/news/sk-hynix-confirms-hbm-chips-sold-out-for-2024-limited-supply-left-for-2025/",
};

/// SK hynix's expectation of ~30 % yearly growth of the HBM market to 2030, as reported.
pub const HBM_MARKET: Source = Source {
    title: "SK Hynix projects 30% annual growth in AI memory market until 2030",
    authors: "TechToday, reporting a Reuters interview",
    publisher: "techtoday.ng (secondary)",
    year: 2025,
    url: "https://techtoday.ng/sk-hynix-projects-30-annual-growth-in-ai-memory-market-until-2030",
};

/// NVIDIA ConnectX-8 SuperNIC documentation.
pub const CONNECTX8: Source = Source {
    title: "NVIDIA ConnectX-8 SuperNIC",
    authors: "NVIDIA",
    publisher: "docs.nvidia.com",
    year: 2025,
    url: "https://docs.nvidia.com/networking/display/connectx8supernic",
};

/// LBNL's "Queued Up" interconnection-queue study (2024 edition), as summarised.
pub const LBNL_QUEUED_UP: Source = Source {
    title: "Queued Up: 2024 Edition — Characteristics of Power Plants Seeking Transmission Interconnection",
    authors: "LBNL, summarised by Electrical Contractor",
    publisher: "ecmag.com (secondary)",
    year: 2024,
    url: "https://www.ecmag.com/magazine/articles/article-detail/queue-up-to-hook-up-to-the-grid",
};

/// Erdil & Schneider-Joseph, 2024: data movement limits to training.
pub const ERDIL_2024: Source = Source {
    title: "Data movement limits to frontier model training",
    authors: "Erdil, Schneider-Joseph",
    publisher: "arXiv 2411.01137",
    year: 2024,
    url: "https://arxiv.org/abs/2411.01137",
};

/// Epoch AI's summary of Erdil & Schneider-Joseph: the 2e28 FLOP knee.
pub const EPOCH_DATA_MOVEMENT: Source = Source {
    title: "Data movement bottlenecks could limit LLM scaling beyond 2e28 FLOP, with a \"latency wall\" at 2e31 FLOP",
    authors: "Erdil, Schneider-Joseph",
    publisher: "Epoch AI",
    year: 2024,
    url: "https://epoch.ai/blog/data-movement-bottlenecks-scaling-past-1e28-flop",
};

/// Gholami et al., 2024: the memory wall.
pub const GHOLAMI_2024: Source = Source {
    title: "AI and Memory Wall",
    authors: "Gholami, Yao, Kim, Hooper, Mahoney, Keutzer",
    publisher: "IEEE Micro (arXiv 2403.14123)",
    year: 2024,
    url: "https://arxiv.org/abs/2403.14123",
};

/// Epoch AI & EPRI, 2025: power of frontier training runs.
pub const EPOCH_EPRI_2025: Source = Source {
    title: "How much power will frontier AI training demand in 2030?",
    authors: "Epoch AI, EPRI",
    publisher: "Epoch AI",
    year: 2025,
    url: "https://epoch.ai/blog/power-demands-of-frontier-ai-training",
};

/// Epoch AI's machine-learning hardware database.
pub const EPOCH_ML_HARDWARE: Source = Source {
    title: "Machine Learning Hardware",
    authors: "Epoch AI",
    publisher: "Epoch AI (data page)",
    year: 2025,
    url: "https://epoch.ai/data/machine-learning-hardware",
};

/// Sevilla et al., 2022: how long a training run can sensibly last.
pub const EPOCH_LONGEST_RUN: Source = Source {
    title: "The longest training run",
    authors: "Sevilla, Besiroglu, Dudney, Ho",
    publisher: "Epoch AI",
    year: 2022,
    url: "https://epochai.org/blog/the-longest-training-run",
};

/// Cooling equipment lead times (secondary report of DCD's coverage).
pub const COOLING_LEAD_TIMES: Source = Source {
    title: "Data center cooling is now a supply chain nightmare",
    authors: "Factory Tech News, reporting DatacenterDynamics",
    publisher: "factorytechnews.com",
    year: 2025,
    url: "https://factorytechnews.com/data-center-cooling-is-now-a-supply-chain-nightmar-20251106",
};

/// Fierce Network on coolant distribution units in short supply.
pub const FIERCE_COOLING: Source = Source {
    title: "AI boom heats demand for data center cooling tech",
    authors: "Fierce Network",
    publisher: "Fierce Network",
    year: 2024,
    url: "https://fierce-network.com/cloud/ai-boom-heats-demand-data-center-cooling-tech",
};

/// The source diagram "Who is the first wall?" (the seed of this app).
pub const SOURCE_DIAGRAM: Source = Source {
    title: "Who is the first wall? AI Scaling: The 6 Major Bottlenecks (2025)",
    authors: "source diagram, with Claude",
    publisher: "First Wall's source material",
    year: 2025,
    url: "",
};

/// Llama 3 training efficiency, as tabulated from the Llama 3 paper.
pub const LLAMA3_MFU: Source = Source {
    title: "Model FLOPs Utilization (MFU) — table from the Llama 3 paper",
    authors: "Gong (notes on Dubey et al. 2024)",
    publisher: "stevengong.co",
    year: 2025,
    url: "https://stevengong.co/notes/Model-FLOPs-Utilization",
};

/// Jiang et al., 2024: MegaScale's utilization at 12,288 GPUs.
pub const MEGASCALE_2024: Source = Source {
    title: "MegaScale: Scaling Large Language Model Training to More Than 10,000 GPUs",
    authors: "Jiang et al.",
    publisher: "NSDI 2024",
    year: 2024,
    url: "https://yinminzhong.com/publication/megascale/",
};

/// Google's measured end-to-end gain from FP8 on Ironwood.
pub const IRONWOOD_PERF: Source = Source {
    title: "TPU7x (Ironwood) performance optimizations",
    authors: "Google Cloud",
    publisher: "Google Cloud documentation",
    year: 2025,
    url: "https://docs.cloud.google.com/tpu/docs/ironwood-performance",
};

/// Glenn K. Lockwood's notes on the NVIDIA H100 (citing NVIDIA's whitepaper).
pub const LOCKWOOD_H100: Source = Source {
    title: "H100",
    authors: "Lockwood",
    publisher: "glennklockwood.com",
    year: 2025,
    url: "https://glennklockwood.com/garden/processors/h100",
};

/// Glenn K. Lockwood's notes on the NVIDIA A100 (citing NVIDIA's datasheet).
pub const LOCKWOOD_A100: Source = Source {
    title: "A100",
    authors: "Lockwood",
    publisher: "glennklockwood.com",
    year: 2025,
    url: "https://glennklockwood.com/garden/processors/A100",
};

/// Glenn K. Lockwood's notes on the NVIDIA B200.
pub const LOCKWOOD_B200: Source = Source {
    title: "B200",
    authors: "Lockwood",
    publisher: "glennklockwood.com",
    year: 2025,
    url: "https://glennklockwood.com/garden/processors/B200",
};

/// H200 specifications.
pub const H200_SPECS: Source = Source {
    title: "NVIDIA H200 GPU Specifications and Features",
    authors: "lzwjava",
    publisher: "lzwjava.github.io",
    year: 2025,
    url: "https://lzwjava.github.io/nvidia-h200-gpu-specs-en",
};

/// AMD Instinct MI300 series specifications.
pub const MI300_SPECS: Source = Source {
    title: "AMD Instinct MI300 Series",
    authors: "Watkins",
    publisher: "jaredwatkins.com",
    year: 2025,
    url: "https://www.jaredwatkins.com/research/ai-accelerators/amd-instinct/mi300-series/",
};

/// Google Cloud's TPU v5p documentation.
pub const TPU_V5P_DOCS: Source = Source {
    title: "TPU v5p",
    authors: "Google Cloud",
    publisher: "Google Cloud documentation",
    year: 2025,
    url: "https://cloud.google.com/tpu/docs/v5p-training",
};

/// Narayanan et al., 2021: Megatron-LM at scale, with the GPT-3 on 1,024 A100 estimate.
pub const NARAYANAN_2021: Source = Source {
    title: "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM",
    authors: "Narayanan et al.",
    publisher: "SC21 (arXiv 2104.04473)",
    year: 2021,
    url: "https://arxiv.org/abs/2104.04473",
};

/// FlashAttention (Dao et al. 2022), as summarised by Together AI.
pub const FLASH_ATTENTION: Source = Source {
    title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
    authors: "Dao, Fu, Ermon, Rudra, Ré",
    publisher: "NeurIPS 2022 (arXiv 2205.14135)",
    year: 2022,
    url: "https://arxiv.org/abs/2205.14135",
};

/// NVIDIA's co-packaged optics figures (Spectrum-X/Quantum-X Photonics, GTC 2025), as reported.
pub const NVIDIA_CPO: Source = Source {
    title: "NVIDIA Spectrum-X and Quantum-X silicon photonics switches (GTC 2025)",
    authors: "Notebookcheck, reporting NVIDIA",
    publisher: "notebookcheck.net",
    year: 2025,
    url: "https://www.notebookcheck.net/Nvidia-unveils-photonics-switches-to-scale-AI-networks-with-millions-of-GPUs.1096181.0.html",
};

/// NVIDIA's 800 V DC power architecture claims.
pub const NVIDIA_800V: Source = Source {
    title: "Data-center power is moving from in-rack 48V to 800V DC",
    authors: "Sector Signals, citing the NVIDIA Technical Blog",
    publisher: "sector-signals.net",
    year: 2025,
    url: "https://sector-signals.net/en/themes/datacenter-power/articles/datacenter-800vdc-power-transition",
};

/// Ontario Power Generation's BWRX-300 small modular reactor at Darlington.
pub const SMR_ONTARIO: Source = Source {
    title: "Darlington BWRX-300 to receive construction permit by end-2024",
    authors: "NucNet",
    publisher: "nucnet.org",
    year: 2023,
    url: "http://nucnet.org/news/darlington-bwrx-300-to-receive-construction-permit-by-end-2024-7-2-2023",
};

/// Google's fleet-wide power usage effectiveness.
pub const GOOGLE_PUE: Source = Source {
    title: "Google data center goal: 100% green energy by 2030 (fleet PUE 1.10)",
    authors: "CNBC, reporting Google",
    publisher: "CNBC",
    year: 2022,
    url: "https://www.cnbc.com/2022/04/13/google-data-center-goal-100percent-green-energy-by-2030.html",
};

/// Single-phase immersion cooling PUE.
pub const IMMERSION_PUE: Source = Source {
    title: "5.5 Immersion Cooling (Single-Phase & Two-Phase)",
    authors: "The Definitive Guide to AI Data Centers",
    publisher: "aidatacenterguide.com",
    year: 2025,
    url: "https://aidatacenterguide.com/part-5-cooling-and-thermal-management/5-5-immersion-cooling-single-phase-and-two-phase",
};

/// SemiAnalysis's 100,000-H100 cluster analysis, as summarised by NADDOD.
pub const SEMIANALYSIS_100K: Source = Source {
    title: "AI evolution: 100K H100 clusters (summary of SemiAnalysis, “100,000 H100 Clusters”)",
    authors: "NADDOD, summarising SemiAnalysis",
    publisher: "naddod.com",
    year: 2024,
    url: "https://naddod.com/blog/ai-evolution-100k-h100-clusters",
};

/// US industrial electricity prices (EIA).
pub const EIA_PRICES: Source = Source {
    title: "Electric Power Annual 2023: average price of electricity, industrial",
    authors: "US Energy Information Administration",
    publisher: "EIA",
    year: 2024,
    url: "https://www.eia.gov/electricity/annual/",
};

/// NVIDIA DGX H100/H200 power specifications.
pub const DGX_POWER: Source = Source {
    title: "Power Specifications for DGX H100/H200 Systems (citing the NVIDIA DGX user guide)",
    authors: "unanswered.io",
    publisher: "unanswered.io",
    year: 2025,
    url: "https://unanswered.io/guide/nvidia-dgx-power-consumption-watts",
};

/// NVIDIA DGX B200 power.
pub const DGX_B200_POWER: Source = Source {
    title: "NVIDIA GPUs push 1,200W power draw (citing docs.nvidia.com)",
    authors: "The Daily Scout",
    publisher: "thedailyscout.com",
    year: 2025,
    url: "https://thedailyscout.com/s/mS-qfkbCluI",
};

/// GB200 NVL72 rack power.
pub const NVL72_POWER: Source = Source {
    title: "Liquid Cooling Retrofits for AI Data Centers: What Is Deployable in 2026 (citing NVIDIA DGX GB200 docs)",
    authors: "build.inc",
    publisher: "build.inc",
    year: 2026,
    url: "https://build.inc/insights/liquid-cooling-retrofits-ai-data-centers",
};

/// First Wall's catalogue of data-center figures, each row with its own primary or secondary
/// source (shared/reference/datacenter.md in the project's materials).
pub const DATACENTER_REFERENCE: Source = Source {
    title: "Integrated AI data-center design calculator — sourced parameter catalogue",
    authors: "First Wall research notes (each figure cites its source)",
    publisher: "First Wall",
    year: 2026,
    url: "",
};

/// Reuters on NuScale's Carbon Free Power Project.
pub const NUSCALE_PRICE: Source = Source {
    title: "NuScale ends Utah project in blow to US nuclear power ambitions",
    authors: "Gardner, Mishra (Reuters, via Daily Mail wires)",
    publisher: "Reuters",
    year: 2023,
    url: "https://www.dailymail.co.uk/wires/reuters/article-12727799/NuScale-ends-Utah-project-blow-US-nuclear-power-ambitions.html",
};

/// Lazard's Levelized Cost of Energy+, 2025.
pub const LAZARD_LCOE_2025: Source = Source {
    title: "Levelized Cost of Energy+ (LCOE+), version 18, as reported in the trade press",
    authors: "Lazard",
    publisher: "Lazard",
    year: 2025,
    url: "",
};
