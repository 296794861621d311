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
/// energy, heat exchange).
pub const LEVERS: [Lever; 9] = [
    Lever {
        id: "flash",
        label: "FlashAttention",
        effect: "Attention that never writes its big intermediate matrix to memory: the same run \
                 finishes 15 % faster, as if utilization were 15 % higher.",
        changes: &[(ParamId::Utilization, Change::Multiply(1.15))],
        source: Citation {
            source: &source::FLASH_ATTENTION,
            locator: "15 % end-to-end wall-clock speed-up training BERT-large",
        },
    },
    Lever {
        id: "fp4",
        label: "Quantization to FP4",
        effect: "Four-bit arithmetic doubles peak throughput again over FP8.",
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
        effect: "Reasoning at inference stands in for an order of magnitude of training compute: \
                 effective compute ×10, no ceiling moves.",
        changes: &[(ParamId::TestTimeOom, Change::Add(1.0))],
        source: Citation {
            source: &source::TRADING_OFF_COMPUTE,
            locator: "1 OOM of training compute ↔ 1–2 OOM of inference",
        },
    },
    Lever {
        id: "photonics",
        label: "Silicon photonics (co-packaged optics)",
        effect: "Optics in the switch package: about 126 W less per GPU for the network \
                 (≈180 W → 54 W), so more chips per watt.",
        changes: &[(ParamId::NetworkShare, Change::Add(-0.09))],
        source: Citation {
            source: &source::NVIDIA_CPO,
            locator: "optics of a 400k-GPU data center 72 MW → 21.6 MW (3.5×): ≈126 W less of ≈1,420 W per GPU, 9 points of IT power [derived]",
        },
    },
    Lever {
        id: "hvdc",
        label: "800 V DC power",
        effect: "Fewer AC–DC conversions between the grid and the chip: about 5 % less power at \
                 the meter for the same chips, and 15× less current in the rack.",
        changes: &[(ParamId::PowerChain, Change::Set(1.0))],
        source: Citation {
            source: &source::NVIDIA_800V,
            locator: "“up to 5 %” end-to-end efficiency gain",
        },
    },
    Lever {
        id: "smr",
        label: "Small modular reactor",
        effect: "One 300 MWe reactor beside the campus: +0.3 GW for a single-site run. First \
                 units are due around 2029–2032.",
        changes: &[(ParamId::CampusGw2030, Change::Add(0.3))],
        source: Citation {
            source: &source::SMR_ONTARIO,
            locator: "GE-Hitachi BWRX-300 (300 MWe) at Darlington, commercial operation 2029–2030",
        },
    },
    Lever {
        id: "liquid",
        label: "Direct-to-chip liquid cooling",
        effect: "Cold plates and CDUs instead of air: racks up to ~150 kW and a PUE of \
                 1.10–1.25 instead of 1.4–1.6. Epoch's PUE of 1.2 already assumes it.",
        changes: &[(ParamId::Cooling, Change::Set(2.0))],
        source: Citation {
            source: &source::DATACENTER_REFERENCE,
            locator: "liquid-cooled hyperscale PUE 1.10–1.25 vs air-cooled colo 1.4–1.6 (aiinframap); direct-to-chip 50–150 kW/rack",
        },
    },
    Lever {
        id: "immersion",
        label: "Immersion cooling",
        effect: "Servers submerged in coolant: PUE 1.03–1.10, and no practical rack-density limit.",
        changes: &[(ParamId::Cooling, Change::Set(3.0))],
        source: Citation {
            source: &source::IMMERSION_PUE,
            locator: "single-phase immersion PUE ≈1.03–1.10; 100+ kW per tank",
        },
    },
];

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
        assert!((photonics.get(ParamId::NetworkShare) - 0.01).abs() < 1e-12);
        // Epoch already assumes liquid cooling.
        assert!(!Lever::lookup("liquid").unwrap().changes_anything(&base));
        assert!(Lever::lookup("immersion").unwrap().changes_anything(&base));
    }

    #[test]
    fn levers_stay_within_limits() {
        let base = Scenario::preset(PresetId::Epoch2030)
            .with(ParamId::PrecisionSpeedup, 8.0)
            .and_then(|s| s.with(ParamId::NetworkShare, 0.02))
            .unwrap();
        let all: Vec<&Lever> = LEVERS.iter().collect();
        let result = apply(&base, &all);
        assert_eq!(result.get(ParamId::PrecisionSpeedup), 8.0);
        assert_eq!(result.get(ParamId::NetworkShare), 0.0);
    }

    #[test]
    fn changes_are_described_in_words() {
        let describe = |id: &str| {
            let lever = Lever::lookup(id).unwrap();
            let (param, change) = lever.changes[0];
            change.describe(param.spec())
        };
        assert_eq!(describe("fp4"), "× 2");
        assert_eq!(describe("smr"), "+ 0.3 GW");
        assert_eq!(describe("photonics"), "− 0.09 fraction");
        assert_eq!(describe("immersion"), "set to Immersion");
        assert_eq!(describe("hvdc"), "set to 800 V DC");
    }

    #[test]
    fn fp4_doubles_the_power_wall_and_moe_lowers_the_data_wall() {
        let base = Scenario::preset(PresetId::Epoch2030);
        let ceiling = |s: &Scenario, c| Walls::new(s).component_ceiling(c, 2030.0);
        let fp4 = apply(&base, &[Lever::lookup("fp4").unwrap()]);
        let ratio = ceiling(&fp4, ComponentId::PowerForOneRun)
            / ceiling(&base, ComponentId::PowerForOneRun);
        assert!((ratio - 2.0).abs() < 1e-9);
        let moe = apply(&base, &[Lever::lookup("moe").unwrap()]);
        let ratio = ceiling(&moe, ComponentId::DataStock) / ceiling(&base, ComponentId::DataStock);
        assert!((ratio - 0.055).abs() < 1e-9);
        // With MoE, data binds first under Epoch's other assumptions.
        assert_eq!(
            project(&moe).first_wall.unwrap().wall,
            crate::walls::WallId::Data
        );
    }
}
