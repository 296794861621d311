//! Presets: named sets of assumptions. Each is the registry's defaults plus documented overrides.

use crate::param::ParamId;
use crate::source::{self, Citation};

/// A named scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PresetId {
    /// Epoch AI's *Can AI scaling continue through 2030?* (2024): the registry's defaults.
    Epoch2030,
    /// The source diagram *Who is the first wall?* (2025).
    Source2025,
    /// Favourable ends of the plausible ranges.
    Optimistic,
    /// Unfavourable ends of the plausible ranges.
    Pessimistic,
}

/// One changed parameter: which, its value, and why.
pub type Override = (ParamId, f64, &'static str);

impl PresetId {
    /// Every preset.
    pub const ALL: [Self; 4] = [
        Self::Epoch2030,
        Self::Source2025,
        Self::Optimistic,
        Self::Pessimistic,
    ];

    /// The stable id used by the CLI and URLs.
    pub fn id(self) -> &'static str {
        match self {
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
            Self::Epoch2030 => "Epoch AI 2030 (2024)",
            Self::Source2025 => "Source diagrams (2025)",
            Self::Optimistic => "Optimistic",
            Self::Pessimistic => "Pessimistic",
        }
    }

    /// What the preset stands for, in a few sentences.
    pub fn description(self) -> &'static str {
        match self {
            Self::Epoch2030 => {
                "The medians of Epoch AI's “Can AI scaling continue through 2030?” (Sevilla et al., \
                 2024): power binds first around 2030 at ~2e29 FLOP, then chips (~9e29), data \
                 (~2e30) and latency (~3e31). Every default of First Wall is this preset's value."
            }
            Self::Source2025 => {
                "The view of the source diagram “Who is the first wall?”: memory bandwidth and \
                 data quality bind now, power infrastructure in the short to mid term, the speed \
                 of light in the long term. Its own figures set the values below."
            }
            Self::Optimistic => {
                "Every supply assumption at the favourable end of its plausible range: more power, \
                 chips, data, bandwidth and cooling, sooner. Demand still grows 4× a year."
            }
            Self::Pessimistic => {
                "Every supply assumption at the unfavourable end of its plausible range. Demand \
                 still grows 4× a year."
            }
        }
    }

    /// The source the preset follows.
    pub fn source(self) -> Citation {
        match self {
            Self::Epoch2030 => Citation {
                source: &source::EPOCH_2030,
                locator: "Figure 1 medians; the registry cites each value",
            },
            Self::Source2025 => Citation {
                source: &source::SOURCE_DIAGRAM,
                locator: "“Critical Bottlenecks by Timeline” and the six walls' figures",
            },
            Self::Optimistic | Self::Pessimistic => Citation {
                source: &source::EPOCH_2030,
                locator: "the ends of each parameter's plausible range, as the registry cites them",
            },
        }
    }

    /// The values that differ from the registry's defaults, with the reason for each.
    pub fn overrides(self) -> &'static [Override] {
        match self {
            Self::Epoch2030 => &[],
            Self::Source2025 => SOURCE_2025,
            Self::Optimistic => OPTIMISTIC,
            Self::Pessimistic => PESSIMISTIC,
        }
    }
}

const SOURCE_2025: &[Override] = &[
    (
        ParamId::KneeFlop,
        1e26,
        "“Memory & Network: Current Critical Bottleneck” (2025): the knee sits at the size of 2025's largest runs",
    ),
    (
        ParamId::BeyondKnee,
        1.0,
        "memory bandwidth is a wall now, not a slope: no headroom past the knee",
    ),
    (
        ParamId::QualityFraction,
        0.1,
        "“High-quality text data expected to be depleted by 2026”: only the best tenth of the web counts, \
         which with one pass exhausts it in 2026",
    ),
    (ParamId::Epochs, 1.0, "high-quality data is used once"),
    (
        ParamId::MultimodalTokens,
        0.0,
        "the diagram's data wall is about text; synthetic and multimodal data are its proposed way out, not yet counted",
    ),
    (
        ParamId::DistributedGw2030,
        9.5,
        "“largest training runs projected at 2-45GW scale” by 2030: their geometric mean",
    ),
    (
        ParamId::CoolingLeadYears,
        1.0,
        "“Infrastructure upgrades take 1+ year”",
    ),
];

const OPTIMISTIC: &[Override] = &[
    (
        ParamId::TextStock,
        3e15,
        "plausible high: with private data",
    ),
    (ParamId::MultimodalTokens, 8e15, "plausible high"),
    (ParamId::SyntheticTokens, 1e15, "plausible high"),
    (ParamId::ProductionGrowth, 2.0, "plausible high: 100 %/yr"),
    (ParamId::LabShare, 0.4, "plausible high: 40 %"),
    (ParamId::InterSitePbps2030, 20.0, "plausible high: 20 Pbps"),
    (ParamId::DistributedGw2030, 45.0, "plausible high: 45 GW"),
    (ParamId::CampusGw2030, 5.0, "plausible high: 5 GW"),
    (ParamId::PowerGrowth, 2.2, "plausible high: 2.2×/yr"),
    (ParamId::EfficiencyGrowth, 1.5, "plausible high: 50 %/yr"),
    (ParamId::LiquidGw2030, 25.0, "plausible high"),
    (ParamId::LiquidGrowth, 2.2, "plausible high"),
];

const PESSIMISTIC: &[Override] = &[
    (
        ParamId::TextStock,
        1e14,
        "plausible low: compiled corpora only",
    ),
    (ParamId::MultimodalTokens, 2.7e14, "plausible low"),
    (ParamId::ProductionGrowth, 1.3, "plausible low: 30 %/yr"),
    (ParamId::LabShare, 0.1, "plausible low: 10 %"),
    (ParamId::InterSitePbps2030, 4.0, "plausible low: 4 Pbps"),
    (ParamId::DistributedGw2030, 2.0, "plausible low: 2 GW"),
    (ParamId::CampusGw2030, 1.0, "plausible low: 1 GW"),
    (ParamId::PowerGrowth, 1.15, "plausible low: 15 %/yr"),
    (ParamId::EfficiencyGrowth, 1.26, "plausible low: 26 %/yr"),
    (ParamId::LiquidGw2030, 4.0, "plausible low"),
    (ParamId::LiquidGrowth, 1.15, "plausible low"),
    (ParamId::CoolingLeadYears, 1.5, "plausible high: 18 months"),
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
    }

    #[test]
    fn overrides_are_valid_unique_and_explained() {
        for preset in PresetId::ALL {
            let overrides = preset.overrides();
            for (i, &(id, value, why)) in overrides.iter().enumerate() {
                assert_eq!(validate(id, value), Ok(value), "{preset:?} {id:?}");
                assert!(!why.is_empty());
                assert_ne!(
                    value.to_bits(),
                    id.spec().default.to_bits(),
                    "{preset:?} {id:?} repeats the default"
                );
                assert!(
                    overrides[i + 1..].iter().all(|&(other, _, _)| other != id),
                    "{preset:?} {id:?} twice"
                );
            }
        }
    }
}
