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

/// EPRI's 2026 update: data centers could use 9–17 % of US electricity by 2030.
pub const EPRI_2026: Source = Source {
    title: "EPRI: Data Centers Could Consume Up to 17% of U.S. Electricity by 2030",
    authors: "EPRI",
    publisher: "EPRI press release (GlobeNewswire)",
    year: 2026,
    url: "https://www.globenewswire.com/news-release/2026/02/26/3245491/0/en/EPRI-Data-Centers-Could-Consume-Up-to-17-of-U-S-Electricity-by-2030.html",
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
    url: "https://www.datacenterdynamics.com/en/news/sk-hynix-confirms-hbm-chips-sold-out-for-2024-limited-supply-left-for-2025/",
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

/// The Llama 3 paper (training efficiency, batch size, model shapes).
pub const LLAMA3_MFU: Source = Source {
    title: "The Llama 3 Herd of Models",
    authors: "Dubey et al. (Meta AI)",
    publisher: "arXiv 2407.21783",
    year: 2024,
    url: "https://arxiv.org/abs/2407.21783",
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

/// NVIDIA H200 product page and datasheet.
pub const H200_SPECS: Source = Source {
    title: "NVIDIA H200 Tensor Core GPU",
    authors: "NVIDIA",
    publisher: "nvidia.com",
    year: 2024,
    url: "https://www.nvidia.com/en-us/data-center/h200/",
};

/// AMD Instinct MI300X data sheet.
pub const MI300_SPECS: Source = Source {
    title: "AMD Instinct MI300X Accelerator data sheet",
    authors: "AMD",
    publisher: "amd.com",
    year: 2024,
    url: "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/amd-instinct-mi300x-data-sheet.pdf",
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

/// NVIDIA's 800 V DC power architecture (Technical Blog, May 2025).
pub const NVIDIA_800V: Source = Source {
    title: "NVIDIA 800 V HVDC Architecture Will Power the Next Generation of AI Factories",
    authors: "NVIDIA",
    publisher: "NVIDIA Technical Blog",
    year: 2025,
    url: "https://developer.nvidia.com/blog/nvidia-800-v-hvdc-architecture-will-power-the-next-generation-of-ai-factories/",
};

/// Ontario Power Generation's BWRX-300 small modular reactor at Darlington.
pub const SMR_ONTARIO: Source = Source {
    title: "Darlington BWRX-300 to receive construction permit by end-2024",
    authors: "NucNet",
    publisher: "nucnet.org",
    year: 2023,
    url: "https://www.nucnet.org/news/darlington-bwrx-300-to-receive-construction-permit-by-end-2024-7-2-2023",
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

/// NVIDIA DGX H100/H200 user guide: system power.
pub const DGX_POWER: Source = Source {
    title: "NVIDIA DGX H100/H200 User Guide: Introduction to the NVIDIA DGX H100/H200 System",
    authors: "NVIDIA",
    publisher: "NVIDIA documentation",
    year: 2024,
    url: "https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html",
};

/// NVIDIA DGX B200 user guide: system power.
pub const DGX_B200_POWER: Source = Source {
    title: "NVIDIA DGX B200 User Guide: Introduction to the NVIDIA DGX B200",
    authors: "NVIDIA",
    publisher: "NVIDIA documentation",
    year: 2025,
    url: "https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html",
};

/// NVIDIA DGX GB200 user guide: the NVL72 rack's power shelves.
pub const NVL72_POWER: Source = Source {
    title: "NVIDIA DGX GB200 User Guide: Hardware",
    authors: "NVIDIA",
    publisher: "NVIDIA documentation",
    year: 2025,
    url: "https://docs.nvidia.com/dgx/dgxgb200-user-guide/hardware.html",
};

/// Uptime Institute's survey of data-center PUE.
pub const UPTIME_PUE: Source = Source {
    title: "Large data centers are mostly more efficient, analysis confirms",
    authors: "Uptime Institute Intelligence",
    publisher: "Uptime Institute",
    year: 2023,
    url: "https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms",
};

/// AI Infra Map's data-center power calculator (its published assumptions: PUE by cooling).
pub const AIINFRAMAP_PUE: Source = Source {
    title: "Datacenter Power Calculator (assumptions: PUE by cooling technology)",
    authors: "AI Infra Map",
    publisher: "aiinframap.com (tertiary)",
    year: 2026,
    url: "https://aiinframap.com/tools/energy/datacenter-power-calculator",
};

/// Rack densities by cooling technology (in-row, rear-door, direct-to-chip).
pub const CRAC_DENSITY: Source = Source {
    title: "In-Row vs Perimeter CRAC for High-Density Racks",
    authors: "crac.services",
    publisher: "crac.services (tertiary)",
    year: 2025,
    url: "https://crac.services/blog/in-row-vs-perimeter-crac-high-density-racks",
};

/// Water usage effectiveness by cooling design.
pub const WUE_BY_DESIGN: Source = Source {
    title: "WUE — Water Usage Effectiveness",
    authors: "Yobitel",
    publisher: "yobitel.com (tertiary)",
    year: 2025,
    url: "https://www.yobitel.com/knowledge-base/wue-water-usage-effectiveness",
};

/// Conversion losses from the utility substation to the server power supply.
pub const POWER_CHAIN_STAGES: Source = Source {
    title: "Data Centre Power Distribution: From Utility Substation to Server PSU",
    authors: "KVRM Engineering",
    publisher: "kvrm.in (tertiary)",
    year: 2025,
    url: "https://kvrm.in/?p=806",
};

/// Bank of America's rack power by GPU generation ("Watts to Tokens"), as summarised.
pub const BOFA_RACK_POWER: Source = Source {
    title: "Watts to Tokens: rack power by GPU generation (summary of Bank of America, 2026)",
    authors: "Bank of America Global Research, summarised by Locsic",
    publisher: "secondary summary",
    year: 2026,
    url: "https://cloudnews.tech/nvidia-prepares-800v-racks-ai-is-no-longer-just-hitting-gpus-its-hitting-the-power-grid/",
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
    url: "https://www.lazard.com/research-insights/levelized-cost-of-energyplus/",
};

/// Epoch AI's database of the largest training runs (the observed frontier).
pub const EPOCH_LARGE_SCALE_MODELS: Source = Source {
    title: "Data on Large-Scale AI Models",
    authors: "Epoch AI",
    publisher: "Epoch AI (data, CC BY 4.0)",
    year: 2026,
    url: "https://epoch.ai/data/large-scale-ai-models",
};

/// Epoch AI, 2025: training runs grow 1.4× longer a year and stop being worth it beyond ~9 months.
pub const EPOCH_RUN_LENGTH_2025: Source = Source {
    title: "The longest training runs will soon stop growing (data insight)",
    authors: "Epoch AI",
    publisher: "Epoch AI",
    year: 2025,
    url: "https://epoch.ai/data-insights/longest-training-run",
};

/// Epoch AI's AI chip sales explorer and its data (H100-equivalents delivered, by vendor).
pub const EPOCH_CHIP_SALES: Source = Source {
    title: "Introducing the AI Chip Sales data explorer (data: epoch-research/ai-chip-counts)",
    authors: "Epoch AI",
    publisher: "Epoch AI",
    year: 2026,
    url: "https://epoch.ai/blog/introducing-the-ai-chip-sales-data-explorer",
};

/// Epoch AI's estimates of who owns the world's AI chips.
pub const EPOCH_CHIP_OWNERS: Source = Source {
    title: "AI Chip Owners",
    authors: "Epoch AI",
    publisher: "Epoch AI (data)",
    year: 2026,
    url: "https://epoch.ai/data/ai-chip-owners",
};

/// Epoch AI, 2025: OpenAI's 2024 compute spend, R&D against inference.
pub const EPOCH_OPENAI_COMPUTE: Source = Source {
    title: "OpenAI's compute spend in 2024 (data insight)",
    authors: "Epoch AI",
    publisher: "Epoch AI",
    year: 2025,
    url: "https://epoch.ai/data-insights/openai-compute-spend",
};

/// Epoch AI, 2026: final training runs are a minority of R&D compute.
pub const EPOCH_FINAL_RUNS: Source = Source {
    title: "Final training runs account for a minority of R&D compute spending",
    authors: "Denain, Wu (Epoch AI, Gradient Updates)",
    publisher: "Epoch AI",
    year: 2026,
    url: "https://epoch.ai/gradient-updates/r-and-d-vs-training-compute",
};

/// Epoch AI's Frontier Data Centers data: power and compute of the largest sites.
pub const EPOCH_AI_DATA_CENTERS: Source = Source {
    title: "Frontier AI Data Centers (data hub)",
    authors: "Epoch AI",
    publisher: "Epoch AI (data)",
    year: 2026,
    url: "https://epoch.ai/data/ai-data-centers",
};

/// Epoch AI's launch of the Frontier Data Centers hub: five 1 GW sites in 2026.
pub const EPOCH_FIVE_GIGAWATT_SITES: Source = Source {
    title: "Five AI data centers will hit 1 GW in 2026, independent analysis shows",
    authors: "Epoch AI",
    publisher: "Epoch AI press release (EIN Presswire)",
    year: 2025,
    url: "https://www.einpresswire.com/article/864214321/five-ai-data-centers-will-hit-1-gw-in-2026-independent-analysis-shows",
};

/// Epoch AI, 2025: how fast AI data centers are built.
pub const EPOCH_BUILDOUT_SPEED: Source = Source {
    title: "AI data centers are being built fast (data insight: build-out speeds)",
    authors: "Epoch AI",
    publisher: "Epoch AI",
    year: 2025,
    url: "https://epoch.ai/data-insights/data-centers-buildout-speeds",
};

/// EPRI and Epoch AI, 2025, as announced: US AI power capacity now and in 2030.
pub const EPRI_EPOCH_CAPACITY: Source = Source {
    title: "Scaling Intelligence: The Exponential Growth of AI's Power Needs (EPRI and Epoch AI)",
    authors: "EPRI, Epoch AI (press coverage)",
    publisher: "Daily AI Brief (secondary)",
    year: 2025,
    url: "https://dailyaibrief.com/news/epri-epoch-ai-report-rising-power-needs-5OYNwNSl",
};

/// Wood Mackenzie, 2025: power-transformer supply deficits and lead times.
pub const WOODMAC_TRANSFORMERS: Source = Source {
    title: "Power transformers and distribution transformers will face supply deficits of 30% and 10% in 2025",
    authors: "Wood Mackenzie",
    publisher: "Wood Mackenzie",
    year: 2025,
    url: "https://www.woodmac.com/press-releases/power-transformers-and-distribution-transformers-will-face-supply-deficits-of-30-and-10-in-2025",
};

/// JLL, 2026: grid connections for data centers take over four years in primary markets.
pub const JLL_GRID_WAIT: Source = Source {
    title: "Global data center sector to nearly double to 200GW amid AI infrastructure boom",
    authors: "JLL",
    publisher: "JLL",
    year: 2026,
    url: "https://www.jll.com/en-de/newsroom/global-data-center-sector-to-nearly-double-to-200gw-amid-ai-infrastructure-boom",
};

/// Pilz, Sanders, Rahman, Heim, 2025: trends in AI supercomputers (hardware cost of Colossus).
pub const PILZ_2025: Source = Source {
    title: "Trends in AI Supercomputers",
    authors: "Pilz, Sanders, Rahman, Heim",
    publisher: "arXiv 2504.16026",
    year: 2025,
    url: "https://arxiv.org/abs/2504.16026",
};

/// Bergsma et al., 2025: batch size scales with the dataset, not the model.
pub const BERGSMA_2025: Source = Source {
    title: "Power Lines: Scaling Laws for Weight Decay and Batch Size in LLM Pre-training",
    authors: "Bergsma et al.",
    publisher: "NeurIPS 2025 (arXiv 2505.13738)",
    year: 2025,
    url: "https://arxiv.org/abs/2505.13738",
};

/// Epoch AI, 2025: decentralised training over many sites (reads Bergsma as √D).
pub const EPOCH_DECENTRALIZED: Source = Source {
    title: "Could decentralized training solve AI's power problem?",
    authors: "Epoch AI",
    publisher: "Epoch AI",
    year: 2025,
    url: "https://epoch.ai/blog/could-decentralized-training-solve-ais-power-problem",
};

/// Douillard et al., 2023: DiLoCo, training that syncs only every few hundred steps.
pub const DILOCO: Source = Source {
    title: "DiLoCo: Distributed Low-Communication Training of Language Models",
    authors: "Douillard et al. (Google DeepMind)",
    publisher: "arXiv 2311.08105",
    year: 2023,
    url: "https://arxiv.org/abs/2311.08105",
};

/// Douillard et al., 2025: Streaming DiLoCo, two orders of magnitude less bandwidth.
pub const STREAMING_DILOCO: Source = Source {
    title: "Streaming DiLoCo with overlapping communication: Towards a Distributed Free Lunch",
    authors: "Douillard et al. (Google DeepMind)",
    publisher: "arXiv 2501.18512",
    year: 2025,
    url: "https://arxiv.org/abs/2501.18512",
};

/// PyTorch, 2025: MXFP8 pre-training on 1,856 B200s, 1.22–1.28× over BF16 end to end.
pub const PYTORCH_MXFP8: Source = Source {
    title: "Accelerating 2K scale pre-training up to 1.28x with TorchAO, MXFP8 and TorchTitan on Crusoe B200 cluster",
    authors: "PyTorch team, Crusoe",
    publisher: "PyTorch blog",
    year: 2025,
    url: "https://pytorch.org/blog/accelerating-2k-scale-pre-training-up-to-1-28x-with-torchao-mxfp8-and-torchtitan-on-crusoe-b200-cluster",
};

/// Deloitte, 2026: inference takes a growing share of AI compute.
pub const DELOITTE_INFERENCE: Source = Source {
    title: "Deloitte warns of AI inference computing demand surge in 2026",
    authors: "Deloitte, reported by AIwire",
    publisher: "aiwire.ai (secondary)",
    year: 2026,
    url: "https://aiwire.ai/articles/deloitte-warns-ai-inference-computing-demand-surge-2026",
};

/// NVIDIA, 2025: Blackwell Ultra (B300, GB300 NVL72).
pub const NVIDIA_BLACKWELL_ULTRA: Source = Source {
    title: "Inside NVIDIA Blackwell Ultra: The Chip Powering the AI Factory Era",
    authors: "NVIDIA",
    publisher: "NVIDIA Technical Blog",
    year: 2025,
    url: "https://developer.nvidia.com/blog/inside-nvidia-blackwell-ultra-the-chip-powering-the-ai-factory-era",
};

/// NVIDIA, 2026: Vera Rubin NVL72 (announced figures; not yet shipping in volume).
pub const NVIDIA_VERA_RUBIN: Source = Source {
    title: "NVIDIA Vera CPU and Vera Rubin NVL72 performance tuning guide",
    authors: "NVIDIA",
    publisher: "NVIDIA documentation",
    year: 2026,
    url: "https://docs.nvidia.com/dccpu/vera-mn-perf-tuning-guide/appendix-a.html",
};

/// Google Cloud, 2025: TPU7x (Ironwood).
pub const TPU_V7_DOCS: Source = Source {
    title: "TPU7x (Ironwood)",
    authors: "Google Cloud",
    publisher: "Google Cloud documentation",
    year: 2025,
    url: "https://docs.cloud.google.com/tpu/docs/tpu7x",
};

/// AMD, 2025: Instinct MI355X.
pub const AMD_MI355X: Source = Source {
    title: "AMD Instinct MI355X GPU",
    authors: "AMD",
    publisher: "amd.com",
    year: 2025,
    url: "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html",
};

/// TrendForce, 2026: rack power by generation and the 800 V DC timeline, as reported.
pub const TRENDFORCE_800V: Source = Source {
    title: "NVIDIA prepares 800V racks: AI is no longer just hitting GPUs, it's hitting the power grid",
    authors: "CloudNews, reporting TrendForce",
    publisher: "cloudnews.tech (secondary)",
    year: 2026,
    url: "https://cloudnews.tech/nvidia-prepares-800v-racks-ai-is-no-longer-just-hitting-gpus-its-hitting-the-power-grid/",
};

/// Tom's Hardware on xAI Colossus: 150 MW from the grid, batteries and turbines.
pub const COLOSSUS_POWER: Source = Source {
    title: "Musk's Colossus is fully operational with 200,000 GPUs backed by Tesla batteries",
    authors: "Tom's Hardware",
    publisher: "tomshardware.com",
    year: 2025,
    url: "https://www.tomshardware.com/tech-industry/artificial-intelligence/musks-colossus-is-fully-operational-with-200-000-gpus-backed-by-tesla-batteries-phase-2-to-consume-300-mw-enough-to-power-300-000-homes",
};

/// Newkirk et al., 2025: measured H100 node power in training.
pub const NEWKIRK_2025: Source = Source {
    title: "Empirically-Calibrated H100 Node Power Models for Reducing Uncertainty in AI Training Energy Estimation",
    authors: "Newkirk, Fernandez, Koomey, Latif, Strubell, Shehabi, Samaras",
    publisher: "arXiv 2506.14551",
    year: 2025,
    url: "https://arxiv.org/abs/2506.14551",
};
