//! Presets: named sets of assumptions. Each is the registry's defaults plus documented overrides,
//! every override with its evidence tier, its date and its reason.

use crate::param::{Evidence, ParamId};
use crate::source::{self, Citation};

/// A named scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PresetId {
    /// First Wall's reading of the evidence to 2026: the registry's defaults.
    Evidence2026,
    /// Epoch AI's *Can AI scaling continue through 2030?* (2024).
    Epoch2030,
    /// The source diagram *Who is the first wall?* (2025).
    Source2025,
    /// Every supply assumption at the favourable end of its plausible range.
    Optimistic,
    /// Every supply assumption at the unfavourable end of its plausible range.
    Pessimistic,
}

/// One changed parameter: which, its value, how it is known, when, and why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Override {
    /// The parameter.
    pub id: ParamId,
    /// Its value in the preset.
    pub value: f64,
    /// How the value is known.
    pub evidence: Evidence,
    /// When the evidence is from: `YYYY` or `YYYY-MM`.
    pub as_of: &'static str,
    /// Why, with the source's words where it has them.
    pub why: &'static str,
}

const fn set(
    id: ParamId,
    value: f64,
    evidence: Evidence,
    as_of: &'static str,
    why: &'static str,
) -> Override {
    Override {
        id,
        value,
        evidence,
        as_of,
        why,
    }
}

impl PresetId {
    /// Every preset; the first is the default.
    pub const ALL: [Self; 5] = [
        Self::Evidence2026,
        Self::Epoch2030,
        Self::Source2025,
        Self::Optimistic,
        Self::Pessimistic,
    ];

    /// The preset a scenario starts from when none is named.
    pub const DEFAULT: Self = Self::Evidence2026;

    /// The stable id used by the CLI and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Self::Evidence2026 => "evidence-2026",
            Self::Epoch2030 => "epoch-2030",
            Self::Source2025 => "source-2025",
            Self::Optimistic => "optimistic",
            Self::Pessimistic => "pessimistic",
        }
    }

    /// Finds a preset by id.
    pub fn lookup(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|preset| preset.id() == id)
    }

    /// The title people see.
    pub fn title(self) -> &'static str {
        match self {
            Self::Evidence2026 => "The evidence to 2026",
            Self::Epoch2030 => "Epoch AI 2030 (2024)",
            Self::Source2025 => "Source diagrams (2025)",
            Self::Optimistic => "Optimistic corner",
            Self::Pessimistic => "Pessimistic corner",
        }
    }

    /// What the preset stands for and who holds it, in one paragraph.
    pub fn description(self) -> &'static str {
        match self {
            Self::Evidence2026 => {
                "First Wall's reading of the record to 2026, anchored on what happened: the \
                 largest runs (Epoch AI's data to April 2026) growing 4.1× a year; about 20 million \
                 H100-equivalents delivered by the end of 2025; the first 1 GW campuses in early \
                 2026; 2025's measured utilization, run lengths and training share of compute. \
                 Each value carries its source and evidence tier. No one author holds it: it is \
                 the central reading of Epoch AI's 2025–26 data and of the hardware shipping in \
                 2026, and where it goes beyond them it says so."
            }
            Self::Epoch2030 => {
                "The assumptions of Epoch AI's “Can AI scaling continue through 2030?” (Sevilla \
                 et al., August 2024), held by its authors at the time: 2024's data and forecasts, \
                 demand through GPT-4 at 4× a year, FP8 doubling throughput, the whole training \
                 fleet in one run. From its own inputs it reproduces its 2030 medians — power \
                 2e29, chips 9e29, data 2e30, latency 3e31 FLOP — and its finding that power binds \
                 first. Three values are fitted and say to what."
            }
            Self::Source2025 => {
                "The view of the source diagram “Who is the first wall?” (2025): memory bandwidth \
                 and data quality bind now, power infrastructure in the short to mid term, the \
                 speed of light in the long term. It is kept as the diagram has it, though runs of \
                 3.5e26–5e26 FLOP in 2025 went past its memory wall: the projection says so."
            }
            Self::Optimistic => {
                "Every assumption about the future at the favourable end of its plausible range at \
                 once: chips, power and efficiency growing fastest, the most data, the latest knee \
                 and the fastest networks. An extreme corner, not an 80 % scenario — the ends are \
                 not likely together. What 2024–26 pinned down stays at the 2026 evidence (the \
                 chips, sites and power of today, utilization, the shares in one run), as do \
                 demand, run length and model shape: the corner moves only the walls' futures."
            }
            Self::Pessimistic => {
                "Every assumption about the future at the unfavourable end of its plausible range \
                 at once: an extreme corner, not an 80 % scenario. What 2024–26 pinned down stays \
                 at the 2026 evidence, so history holds here too; demand, run length and model \
                 shape stay as well. No wall is higher here than in the 2026 evidence in any year."
            }
        }
    }

    /// The source the preset follows.
    pub fn source(self) -> Citation {
        match self {
            Self::Evidence2026 => Citation {
                source: &source::EPOCH_LARGE_SCALE_MODELS,
                locator: "observed runs to 2026-04; the registry cites every other value",
            },
            Self::Epoch2030 => Citation {
                source: &source::EPOCH_2030,
                locator: "Figure 1 medians; each override cites the report",
            },
            Self::Source2025 => Citation {
                source: &source::SOURCE_DIAGRAM,
                locator: "“Critical Bottlenecks by Timeline” and the six walls' figures",
            },
            Self::Optimistic | Self::Pessimistic => Citation {
                source: &source::EPOCH_LARGE_SCALE_MODELS,
                locator: "the ends of each parameter's plausible range, as the registry cites them",
            },
        }
    }

    /// The values that differ from the registry's defaults, with the reason for each.
    pub fn overrides(self) -> &'static [Override] {
        match self {
            Self::Evidence2026 => &[],
            Self::Epoch2030 => EPOCH_2030,
            Self::Source2025 => SOURCE_2025,
            Self::Optimistic => OPTIMISTIC,
            Self::Pessimistic => PESSIMISTIC,
        }
    }

    /// Whether the preset claims to be a forecast: the backtest holds it to history and to today.
    /// The source diagram's view and the two corners are kept as what they are.
    pub fn is_forecast(self) -> bool {
        matches!(self, Self::Evidence2026 | Self::Epoch2030)
    }

    /// How the preset's value of `id` is known: its override's evidence and date, or the
    /// registry's.
    pub fn evidence(self, id: ParamId) -> (Evidence, &'static str) {
        self.overrides()
            .iter()
            .find(|o| o.id == id)
            .map_or((id.spec().evidence, id.spec().as_of), |o| {
                (o.evidence, o.as_of)
            })
    }
}

use Evidence::{Assumption, Derived, Fitted, Measured};

const EPOCH_2030: &[Override] = &[
    set(ParamId::DemandGrowth, 4.0, Derived, "2024-08", "“the historical trend of 4x/year”"),
    set(ParamId::DemandAnchor, 1.0, Measured, "2024-08", "footnote 2: GPT-4 ≈ 2e25 FLOP (March 2023)"),
    set(ParamId::RunMonths, 4.2, Derived, "2024-08", "runs of 2 to 9 months; 4.2 months is their geometric mean"),
    set(ParamId::RunGrowth, 1.0, Assumption, "2024-08", "the report takes the same 2–9 months in every year"),
    set(ParamId::PrecisionSpeedup, 2.0, Assumption, "2024-08", "H100: 2e15 FLOP/s at 8-bit against 1e15 at 16-bit (footnotes 59–60)"),
    set(ParamId::MultimodalTokens, 1.433e15, Fitted, "2024-08",
        "fitted to the report's 80 % interval for the effective data stock in 2030, 400T to 20 \
         quadrillion tokens: its median (geometric mean, 2.8e15) less the text term, in 2024 terms. \
         The report names only ~400T of image and video tokens; the rest of its Monte Carlo median \
         is not itemised"),
    set(ParamId::TokensPerParam, 20.0, Derived, "2024-08", "footnote 75: the Chinchilla prescription of 20 tokens per parameter"),
    set(ParamId::ChipStock2025, 7.08e6, Derived, "2024-08",
        "1.75M H100 made in 2024 (1.5–2M), production ×1.6 and performance ×1.4 a year: the stock at \
         the end of 2025 of that growing output"),
    set(ParamId::ChipStockGrowth, 2.24, Derived, "2024-08", "GPU production +60 %/yr (30–100 %) × performance +40 %/yr (footnote 61)"),
    set(ParamId::LabShare, 0.33, Measured, "2024-08", "footnote 35: the largest company (Google) holds ~33 % of AI data-center power"),
    set(ParamId::TrainingFraction, 0.8, Assumption, "2024-08", "footnote 72: 80 % of compute for training"),
    set(ParamId::RunShare, 1.0, Assumption, "2024-08", "the whole training fraction goes to the run (front-loading)"),
    set(ParamId::UtilizationSlope, 0.0, Assumption, "2024-08", "the report has no data-movement penalty (Erdil & Schneider-Joseph came later)"),
    set(ParamId::BatchTokens, 2.08e8, Fitted, "2024-08",
        "fitted to Figure 6b: 60M tokens (the report's batch for GPT-4) gives 4.1e30 FLOP, close to the \
         figure's 4.5e30 without batch scaling; 3.46 × 60M reproduces its 2.9e31 with batch scaling, \
         a rule the report does not state precisely enough to derive"),
    set(ParamId::BatchExponent, 0.0, Derived, "2024-08", "the report computes the latency wall for a given batch"),
    set(ParamId::CampusGw2026, 0.557, Derived, "2024-08", "Figure 3a's single-campus median, 2.6 GW in 2030, at 47 %/yr"),
    set(ParamId::CampusGrowth, 1.47, Derived, "2024-08", "AI data-center capacity ~3 GW (end 2023) to ~30 GW (2030)"),
    set(ParamId::AiCapacityGw2025, 5.35, Derived, "2024-08", "~3 GW of AI data centers at the end of 2023, growing 47 %/yr"),
    set(ParamId::PowerGrowth, 1.47, Derived, "2024-08", "~3 GW (end 2023) to ~30 GW (2030): 47 %/yr"),
    set(ParamId::EfficiencyGrowth, 1.28, Measured, "2024-08", "FLOP/s per W of ML GPUs grew 1.28×/yr (2010–2024)"),
    set(ParamId::CoolingLeadYears, 0.0, Assumption, "2024-08", "cooling enters only through PUE = 1.2; no cooling lead time"),
    set(ParamId::Accelerator, 1.0, Measured, "2024-08", "the H100: “about 1,700 W” all in"),
    set(ParamId::FreeCoolingShare, 1.0 / 3.0, Fitted, "2024-08",
        "fitted to the report's PUE of 1.2: direct liquid cooling's published 1.10–1.25 at a third"),
];

const SOURCE_2025: &[Override] = &[
    set(ParamId::KneeFlop, 1e26, Assumption, "2025",
        "“Memory & Network: Current Critical Bottleneck”: the knee at the size of 2025's largest runs"),
    set(ParamId::MinUtilizationShare, 1.0, Assumption, "2025", "memory bandwidth is a wall now, not a slope"),
    set(ParamId::UtilizationSlope, 0.0, Assumption, "2025", "a hard wall at the knee: runs below it lose nothing"),
    set(ParamId::QualityFraction, 0.1, Assumption, "2025",
        "“High-quality text data expected to be depleted by 2026”: only the best tenth of the web counts"),
    set(ParamId::Epochs, 1.0, Assumption, "2025", "high-quality data is used once"),
    set(ParamId::MultimodalTokens, 0.0, Assumption, "2025",
        "the diagram's data wall is about text; synthetic and multimodal data are its proposed way out"),
    set(ParamId::TokensPerParam, 20.0, Assumption, "2025", "compute-optimal training, as the 2022 projection of depletion assumed"),
    set(ParamId::PowerLeadYears, 7.5, Assumption, "2025", "“Power infrastructure (5-10 years to build)”"),
    set(ParamId::CoolingLeadYears, 1.0, Assumption, "2025", "“Infrastructure upgrades take 1+ year”"),
];

/// What 2024–26 pinned down, which the optimistic and pessimistic corners leave at the 2026
/// evidence (history must hold in both), together with demand and the run's shape.
pub const PINNED: [ParamId; 12] = [
    ParamId::DemandGrowth,
    ParamId::RunMonths,
    ParamId::RunGrowth,
    ParamId::Utilization,
    ParamId::PrecisionSpeedup,
    ParamId::TokensPerParam,
    ParamId::ChipStock2025,
    ParamId::LabShare,
    ParamId::TrainingFraction,
    ParamId::RunShare,
    ParamId::CampusGw2026,
    ParamId::AiCapacityGw2025,
];

/// The favourable end of a parameter's plausible range.
const fn high(id: ParamId, value: f64) -> Override {
    set(
        id,
        value,
        Assumption,
        "2026",
        "the favourable end of its plausible range",
    )
}

/// The unfavourable end of a parameter's plausible range.
const fn low(id: ParamId, value: f64) -> Override {
    set(
        id,
        value,
        Assumption,
        "2026",
        "the unfavourable end of its plausible range",
    )
}

const OPTIMISTIC: &[Override] = &[
    high(ParamId::TextStock, 3e15),
    high(ParamId::StockGrowth, 1.10),
    high(ParamId::QualityFraction, 0.5),
    high(ParamId::Epochs, 16.0),
    high(ParamId::MultimodalTokens, 4e15),
    high(ParamId::SyntheticTokens, 1e15),
    high(ParamId::ChipStockGrowth, 3.1),
    high(ParamId::KneeFlop, 4e28),
    high(ParamId::UtilizationSlope, 0.2),
    high(ParamId::LayerLatencyUs, 270.0),
    high(ParamId::BatchTokens, 6e7),
    high(ParamId::BatchExponent, 0.6),
    high(ParamId::FibreKm, 2_000.0),
    high(ParamId::InterSitePbps2030, 20.0),
    high(ParamId::BandwidthGrowth, 1.6),
    high(ParamId::GradientBits, 4.0),
    high(ParamId::CampusGrowth, 2.2),
    high(ParamId::PowerGrowth, 2.0),
    high(ParamId::EfficiencyGrowth, 1.55),
];

const PESSIMISTIC: &[Override] = &[
    low(ParamId::TextStock, 1e14),
    low(ParamId::StockGrowth, 1.03),
    low(ParamId::QualityFraction, 0.1),
    low(ParamId::Epochs, 1.0),
    low(ParamId::MultimodalTokens, 1e14),
    low(ParamId::ChipStockGrowth, 1.8),
    low(ParamId::KneeFlop, 1e28),
    low(ParamId::UtilizationSlope, 0.5),
    low(ParamId::LayerLatencyUs, 450.0),
    low(ParamId::BatchTokens, 8e6),
    low(ParamId::BatchExponent, 0.25),
    low(ParamId::FibreKm, 20_000.0),
    low(ParamId::InterSitePbps2030, 4.0),
    low(ParamId::BandwidthGrowth, 1.4),
    low(ParamId::GradientBits, 16.0),
    low(ParamId::CampusGrowth, 1.4),
    low(ParamId::PowerGrowth, 1.4),
    low(ParamId::EfficiencyGrowth, 1.26),
    low(ParamId::CoolingLeadYears, 2.0),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::validate;

    #[test]
    fn ids_round_trip() {
        for preset in PresetId::ALL {
            assert_eq!(PresetId::lookup(preset.id()), Some(preset));
        }
        assert_eq!(PresetId::lookup("epoch"), None);
        assert_eq!(PresetId::ALL[0], PresetId::DEFAULT);
    }

    #[test]
    fn overrides_are_valid_unique_and_explained() {
        for preset in PresetId::ALL {
            let overrides = preset.overrides();
            for (i, o) in overrides.iter().enumerate() {
                assert_eq!(
                    validate(o.id, o.value),
                    Ok(o.value),
                    "{preset:?} {:?}",
                    o.id
                );
                assert!(!o.why.is_empty());
                assert_ne!(
                    o.value.to_bits(),
                    o.id.spec().default.to_bits(),
                    "{preset:?} {:?} repeats the default",
                    o.id
                );
                assert!(
                    overrides[i + 1..].iter().all(|other| other.id != o.id),
                    "{preset:?} {:?} twice",
                    o.id
                );
                if o.evidence == Evidence::Fitted {
                    assert!(o.why.contains("fitted to"), "{preset:?} {:?}", o.id);
                }
            }
        }
    }

    /// The optimistic and pessimistic corners sit at the ends of each plausible range, and leave
    /// what history pinned down alone.
    #[test]
    fn the_corners_are_the_ends_of_the_ranges() {
        for (preset, end) in [
            (PresetId::Optimistic, "the favourable end"),
            (PresetId::Pessimistic, "the unfavourable end"),
        ] {
            for o in preset.overrides() {
                let spec = o.id.spec();
                assert!(
                    o.value == spec.low || o.value == spec.high,
                    "{preset:?} {} = {} is not an end of {}–{}",
                    spec.id,
                    o.value,
                    spec.low,
                    spec.high
                );
                assert!(o.why.starts_with(end), "{preset:?} {}", spec.id);
                assert!(
                    !PINNED.contains(&o.id),
                    "{preset:?} moves {}, which 2024–26 pinned down",
                    spec.id
                );
            }
        }
    }
}
