//! Technology levers from the source diagram *New For AI*: switches that change named parameters
//! by sourced factors.
//!
//! Levers are a layer on top of a scenario: [`apply`] takes the visitor's scenario and the levers
//! that are on, and returns the scenario the model projects. Each change is clamped into its
//! parameter's limits, so levers can never produce an invalid scenario.

use crate::param::ParamId;
use crate::scenario::Scenario;
use crate::source::{self, Citation};

/// How a lever changes one parameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// Multiply by this factor.
    Multiply(f64),
    /// Add this amount (in the parameter's unit).
    Add(f64),
    /// Set to this value (for a choice: the option's index).
    Set(f64),
}

impl Change {
    fn apply(self, value: f64) -> f64 {
        match self {
            Self::Multiply(factor) => value * factor,
            Self::Add(amount) => value + amount,
            Self::Set(target) => target,
        }
    }

    /// The change in words: "× 2", "+ 0.3 GW", "set to Immersion".
    pub fn describe(self, param: &crate::param::Param) -> String {
        use crate::format::short;
        let unit = param.unit;
        match self {
            Self::Multiply(factor) => format!("× {}", short(factor)),
            Self::Add(amount) if amount < 0.0 => format!("− {} {unit}", short(-amount)),
            Self::Add(amount) => format!("+ {} {unit}", short(amount)),
            Self::Set(target) => match param.option(target) {
                Some(choice) => format!("set to {}", choice.label),
                None => format!("set to {} {unit}", short(target)),
            },
        }
    }
}

/// A technology lever.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lever {
    /// Stable id, used in URLs (`fp4`).
    pub id: &'static str,
    /// The technology, as the diagram *New For AI* names it.
    pub label: &'static str,
    /// What it does, in plain words.
    pub effect: &'static str,
    /// The parameters it changes, and how.
    pub changes: &'static [(ParamId, Change)],
    /// Where the factor comes from.
    pub source: Citation,
}

/// Every lever, in the order of the diagram's four columns (learning, parallel computing,
/// energy, heat exchange). FlashAttention is not among them: the 40 % utilization of Llama 3
/// already uses it, so crediting it again would count it twice.
pub const LEVERS: [Lever; 9] = [
    Lever {
        id: "fp4",
        label: "Quantization to FP4",
        effect: "Four-bit arithmetic doubles peak throughput again over FP8. FP4 pre-training at \
                 frontier scale is not yet shown: a what-if.",
        changes: &[(ParamId::PrecisionSpeedup, Change::Multiply(2.0))],
        source: Citation {
            source: &source::LOCKWOOD_B200,
            locator: "B200: 9,000 TFLOP/s dense FP4 vs 4,500 FP8",
        },
    },
    Lever {
        id: "moe",
        label: "Mixture-of-Experts",
        effect: "Only 5.5 % of the parameters work on each token: cheaper per token, but the \
                 data runs out at a fraction of the compute.",
        changes: &[(ParamId::MoeActiveFraction, Change::Multiply(0.055))],
        source: Citation {
            source: &source::DEEPSEEK_V3,
            locator: "37B of 671B parameters active per token",
        },
    },
    Lever {
        id: "test-time",
        label: "Test-time compute",
        effect: "Reasoning at inference buys capability, but it runs on the same chips and power \
                 as training: inference grows from about half of AI compute to two thirds, and \
                 training keeps ⅔ of its share.",
        changes: &[(ParamId::TrainingFraction, Change::Multiply(2.0 / 3.0))],
        source: Citation {
            source: &source::DELOITTE_INFERENCE,
            locator: "inference about half of AI compute in 2025, about two thirds in 2026 [derived: training ½ → ⅓, ×⅔]",
        },
    },
    Lever {
        id: "diloco",
        label: "Low-communication training (DiLoCo)",
        effect: "Each site takes 100 steps alone before the sites synchronise: a hundredth of the \
                 bandwidth between sites and of the waits for light. Not yet shown at frontier \
                 scale.",
        changes: &[(ParamId::StepsPerSync, Change::Set(100.0))],
        source: Citation {
            source: &source::STREAMING_DILOCO,
            locator: "“reducing cross-worker bandwidth and latency requirements by up to two orders of magnitude”",
        },
    },
    Lever {
        id: "photonics",
        label: "Silicon photonics (co-packaged optics)",
        effect: "Optics in the switch package use 3.5× less power; optics are most of the \
                 network's power, so the network and storage share of IT power halves.",
        changes: &[(ParamId::NetworkShare, Change::Multiply(0.5))],
        source: Citation {
            source: &source::NVIDIA_CPO,
            locator: "optics of a 400k-GPU data center 72 MW → 21.6 MW (3.5×); taking optics as ~70 % of network and storage power [assumption], that share falls by half [derived]",
        },
    },
    Lever {
        id: "hvdc",
        label: "800 V DC power",
        effect: "Fewer AC–DC conversions between the grid and the chip: about 5 % less power at \
                 the meter for the same chips, and 15× less current in the rack. An option with \
                 Vera Rubin racks from 2026, native with Kyber racks in 2027.",
        changes: &[(ParamId::PowerChain, Change::Set(1.0))],
        source: Citation {
            source: &source::NVIDIA_800V,
            locator: "“up to 5 %” end-to-end efficiency gain; Kyber racks in 2027",
        },
    },
    Lever {
        id: "smr",
        label: "Small modular reactor",
        effect: "Reactors beside the campus instead of the grid: no carbon, a dearer megawatt-hour. \
                 One 300 MWe unit is a few per cent of a 2030 campus, so no wall moves; first \
                 units are due around 2029–2032.",
        changes: &[(ParamId::EnergySource, Change::Set(1.0))],
        source: Citation {
            source: &source::SMR_ONTARIO,
            locator: "GE-Hitachi BWRX-300 (300 MWe) at Darlington, commercial operation 2029–2030",
        },
    },
    Lever {
        id: "liquid",
        label: "Direct-to-chip liquid cooling",
        effect: "Cold plates and CDUs instead of air: racks up to ~250 kW and a PUE of \
                 1.10–1.25 instead of 1.4–1.6. GB200-class racks need it.",
        changes: &[(ParamId::Cooling, Change::Set(2.0))],
        source: Citation {
            source: &source::AIINFRAMAP_PUE,
            locator: "liquid-cooled hyperscale PUE 1.10–1.25 vs air-cooled colo 1.4–1.6; Vera Rubin NVL72 racks 190–230 kW",
        },
    },
    Lever {
        id: "immersion",
        label: "Immersion cooling",
        effect: "Servers submerged in coolant: PUE 1.03–1.10. NVIDIA's rack-scale systems are \
                 designed for cold plates, so this is a what-if for them.",
        changes: &[(ParamId::Cooling, Change::Set(3.0))],
        source: Citation {
            source: &source::IMMERSION_PUE,
            locator: "single-phase immersion PUE ≈1.03–1.10; 100+ kW per tank",
        },
    },
];

/// Levers of model v1 that model v2 dropped, and why (old links may still name them).
pub const REMOVED: [(&str, &str); 1] = [(
    "flash",
    "FlashAttention is no longer a lever: the 40 % utilization of Llama 3 already includes it",
)];

/// Why a lever model v2 dropped is gone, if `id` is one.
pub fn removed(id: &str) -> Option<&'static str> {
    REMOVED
        .iter()
        .find(|(old, _)| *old == id)
        .map(|&(_, why)| why)
}

impl Lever {
    /// Finds a lever by id.
    pub fn lookup(id: &str) -> Option<&'static Self> {
        LEVERS.iter().find(|lever| lever.id == id)
    }

    /// Whether switching it on changes anything in `scenario` (a lever that sets the cooling to
    /// liquid does nothing where it is liquid already).
    pub fn changes_anything(&self, scenario: &Scenario) -> bool {
        apply(scenario, &[self]) != *scenario
    }
}

/// The scenario with the levers applied, in [`LEVERS`] order. Every value stays within its
/// parameter's limits.
pub fn apply(scenario: &Scenario, levers: &[&Lever]) -> Scenario {
    let mut result = scenario.clone();
    for lever in LEVERS
        .iter()
        .filter(|l| levers.iter().any(|on| on.id == l.id))
    {
        for &(id, change) in lever.changes {
            let (next, _) = result.with_clamped(id, change.apply(result.get(id)));
            result = next;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::PresetId;
    use crate::projection::project;
    use crate::walls::{ComponentId, Walls};

    #[test]
    fn ids_are_unique_and_every_lever_changes_something() {
        for (i, lever) in LEVERS.iter().enumerate() {
            assert!(!lever.changes.is_empty());
            assert!(LEVERS[i + 1..].iter().all(|other| other.id != lever.id));
            assert_eq!(Lever::lookup(lever.id), Some(lever));
        }
    }

    #[test]
    fn levers_change_their_parameters_by_their_factors() {
        let base = Scenario::preset(PresetId::Epoch2030);
        let fp4 = apply(&base, &[Lever::lookup("fp4").unwrap()]);
        assert_eq!(fp4.get(ParamId::PrecisionSpeedup), 4.0);
        let both = apply(
            &base,
            &[
                Lever::lookup("immersion").unwrap(),
                Lever::lookup("hvdc").unwrap(),
            ],
        );
        assert_eq!(both.get(ParamId::Cooling), 3.0);
        assert_eq!(both.get(ParamId::PowerChain), 1.0);
        let photonics = apply(&base, &[Lever::lookup("photonics").unwrap()]);
        assert!((photonics.get(ParamId::NetworkShare) - 0.05).abs() < 1e-12);
        // Both Epoch and the 2026 evidence already assume liquid cooling.
        assert!(!Lever::lookup("liquid").unwrap().changes_anything(&base));
        assert!(Lever::lookup("immersion").unwrap().changes_anything(&base));
    }

    #[test]
    fn levers_stay_within_limits() {
        let base = Scenario::preset(PresetId::Epoch2030)
            .with(ParamId::PrecisionSpeedup, 8.0)
            .unwrap();
        let all: Vec<&Lever> = LEVERS.iter().collect();
        let result = apply(&base, &all);
        assert_eq!(result.get(ParamId::PrecisionSpeedup), 8.0);
        assert_eq!(result.get(ParamId::StepsPerSync), 100.0);
    }

    #[test]
    fn changes_are_described_in_words() {
        let describe = |id: &str| {
            let lever = Lever::lookup(id).unwrap();
            let (param, change) = lever.changes[0];
            change.describe(param.spec())
        };
        assert_eq!(describe("fp4"), "× 2");
        assert_eq!(describe("smr"), "set to Small modular reactors");
        assert_eq!(describe("photonics"), "× 0.5");
        assert_eq!(describe("test-time"), "× 0.667");
        assert_eq!(describe("diloco"), "set to 100 steps");
        assert_eq!(describe("immersion"), "set to Immersion");
        assert_eq!(describe("hvdc"), "set to 800 V DC");
    }

    #[test]
    fn fp4_doubles_the_power_wall_and_moe_lowers_the_data_wall() {
        // Epoch's preset has no data-movement penalty, so FP4 doubles the power wall exactly.
        let base = Scenario::preset(PresetId::Epoch2030);
        let ceiling = |s: &Scenario, c| Walls::new(s).component_ceiling(c, 2030.0);
        let fp4 = apply(&base, &[Lever::lookup("fp4").unwrap()]);
        let ratio = ceiling(&fp4, ComponentId::PowerForOneRun)
            / ceiling(&base, ComponentId::PowerForOneRun);
        assert!((ratio - 2.0).abs() < 1e-9);
        let moe = apply(&base, &[Lever::lookup("moe").unwrap()]);
        let ratio = ceiling(&moe, ComponentId::DataStock) / ceiling(&base, ComponentId::DataStock);
        assert!((ratio - 0.055).abs() < 1e-9);
        // With DeepSeek-V3's sparsity, data binds first on the 2026 evidence.
        let evidence = Scenario::preset(PresetId::Evidence2026);
        let moe = apply(&evidence, &[Lever::lookup("moe").unwrap()]);
        assert_eq!(
            project(&moe).first_wall.unwrap().wall,
            crate::walls::WallId::Data
        );
    }

    /// Test-time compute is not free: it takes chips and power from training, so the compute and
    /// power walls both come down by the same factor (past the knee, by less).
    #[test]
    fn test_time_compute_lowers_compute_and_power_together() {
        let base = Scenario::preset(PresetId::Epoch2030);
        let ceiling = |s: &Scenario, c| Walls::new(s).component_ceiling(c, 2030.0);
        let test_time = apply(&base, &[Lever::lookup("test-time").unwrap()]);
        for component in [ComponentId::ChipProduction, ComponentId::PowerForOneRun] {
            let ratio = ceiling(&test_time, component) / ceiling(&base, component);
            assert!((ratio - 2.0 / 3.0).abs() < 1e-9, "{component:?} {ratio}");
        }
    }

    /// DiLoCo divides the bandwidth between sites needed per step by the steps between syncs.
    #[test]
    fn diloco_raises_the_bandwidth_and_light_walls() {
        let base = Scenario::preset(PresetId::Evidence2026);
        let ceiling = |s: &Scenario, c| Walls::new(s).component_ceiling(c, 2030.0);
        let diloco = apply(&base, &[Lever::lookup("diloco").unwrap()]);
        let light = ComponentId::SpeedOfLight;
        assert!(ceiling(&diloco, light) > 100.0 * ceiling(&base, light));
        let walls = Walls::new(&base);
        let bandwidth = |w: &Walls| {
            w.ceilings()
                .network
                .log10_bandwidth_flop(2030.0, &w.ceilings().run)
        };
        assert!(bandwidth(&Walls::new(&diloco)) > bandwidth(&walls) + 1.0);
    }
}
