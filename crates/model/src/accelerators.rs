//! Accelerators: peak dense throughput, memory, bandwidth and power, with sources.
//!
//! Peak figures are dense (no structured sparsity), per chip; vendors often quote sparse figures,
//! twice as large. The H100 is the unit: the compute wall counts chips in H100-equivalents. Each
//! accelerator with published power says how it is racked (its system), whether its racks need
//! liquid cooling, whether 800 V DC racks are offered for it, and the year it led the frontier —
//! where the power wall's FLOP-per-watt trend starts when the data center is built with it.

use crate::source::{self, Citation};

/// One accelerator model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Accelerator {
    /// Stable lowercase id (`h100`).
    pub id: &'static str,
    /// Product name.
    pub name: &'static str,
    /// Peak dense BF16/FP16 tensor throughput, FLOP/s.
    pub bf16_flop_per_s: f64,
    /// Peak dense FP8 throughput, FLOP/s; `None` where the chip has no FP8 (A100).
    pub fp8_flop_per_s: Option<f64>,
    /// High-bandwidth memory per chip, bytes.
    pub hbm_bytes: f64,
    /// Memory bandwidth per chip, bytes/s.
    pub hbm_bytes_per_s: f64,
    /// Thermal design power per chip, W; `None` where it is not published (TPUs).
    pub tdp_w: Option<f64>,
    /// Peak throughput at the lowest precision it supports, over BF16 (2 with FP8, 4 with FP4).
    pub max_precision_speedup: f64,
    /// Accelerators joined by the scale-up network (NVLink, Infinity Fabric, ICI).
    pub scale_up_domain: u32,
    /// How it is packaged into servers and racks, where published; `None` where its power is not.
    pub system: Option<SystemPower>,
    /// The year it led the frontier's training clusters (first full year of volume), where the
    /// FLOP-per-watt trend starts from its watts [assumption, per chip].
    pub baseline_year: f64,
    /// Figures announced, not yet measured on shipping hardware.
    pub preliminary: bool,
    /// Where the figures come from.
    pub source: Citation,
}

/// Whether 800 V DC racks are offered for a system.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dc800v {
    /// Its racks are fed 54 V from AC power shelves.
    NotOffered,
    /// Offered as an option from this (fractional) year.
    OptionalFrom(f64),
}

/// How an accelerator is packaged: servers, racks, and their nameplate power.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SystemPower {
    /// The system's name ("DGX H100", "GB200 NVL72").
    pub name: &'static str,
    /// Server nameplate input power per accelerator (host CPUs, memory, NICs, fans, power
    /// supplies included; cluster network and storage not), W.
    pub node_w_per_accelerator: f64,
    /// Accelerators per server (8 in a DGX; 72 in an NVL72 rack, which is one system).
    pub accelerators_per_node: u32,
    /// Servers per rack at the vendor's reference density.
    pub nodes_per_rack: u32,
    /// Whether the rack is one indivisible system (it cannot be spread over more racks).
    pub rack_scale: bool,
    /// Whether the vendor designs it for liquid cooling only.
    pub liquid_only: bool,
    /// Whether 800 V DC racks are offered.
    pub dc_800v: Dc800v,
    /// Where the figures come from.
    pub source: Citation,
}

const GB: f64 = 1e9;
const TB_PER_S: f64 = 1e12;
const TFLOP_PER_S: f64 = 1e12;

/// NVIDIA H100 SXM5, the reference accelerator.
pub const H100: Accelerator = Accelerator {
    id: "h100",
    name: "NVIDIA H100 SXM5",
    bf16_flop_per_s: 989.4 * TFLOP_PER_S,
    fp8_flop_per_s: Some(1978.9 * TFLOP_PER_S),
    hbm_bytes: 80.0 * GB,
    hbm_bytes_per_s: 3.35 * TB_PER_S,
    tdp_w: Some(700.0),
    max_precision_speedup: 2.0,
    scale_up_domain: 8,
    system: Some(SystemPower {
        name: "DGX H100",
        node_w_per_accelerator: 10_200.0 / 8.0,
        accelerators_per_node: 8,
        nodes_per_rack: 3,
        rack_scale: false,
        liquid_only: false,
        dc_800v: Dc800v::NotOffered,
        source: Citation {
            source: &source::DGX_POWER,
            locator: "DGX H100: 10.2 kW max input (6 × 3.3 kW PSUs, 4+2) for 8 GPUs; 3 per rack ≈ Hopper's ~32 kW racks (BofA) [derived]",
        },
    }),
    baseline_year: 2024.0,
    preliminary: false,
    source: Citation {
        source: &source::LOCKWOOD_H100,
        locator: "989.4 TFLOP/s BF16 dense, 1,978.9 FP8 dense, 80 GB HBM3, 3.35 TB/s, 700 W (NVIDIA whitepaper)",
    },
};

/// Every accelerator First Wall knows, in order of release.
pub const ACCELERATORS: [Accelerator; 11] = [
    Accelerator {
        id: "a100",
        name: "NVIDIA A100 SXM 80GB",
        bf16_flop_per_s: 312.0 * TFLOP_PER_S,
        fp8_flop_per_s: None,
        hbm_bytes: 80.0 * GB,
        hbm_bytes_per_s: 2.039 * TB_PER_S,
        tdp_w: Some(400.0),
        max_precision_speedup: 1.0,
        scale_up_domain: 8,
        system: Some(SystemPower {
            name: "DGX A100-class server",
            node_w_per_accelerator: 400.0 * 10_200.0 / 8.0 / 700.0,
            accelerators_per_node: 8,
            nodes_per_rack: 4,
            rack_scale: false,
            liquid_only: false,
            dc_800v: Dc800v::NotOffered,
            source: Citation {
                source: &source::DGX_POWER,
                locator: "DGX H100's 10.2 kW per 8 GPUs scaled by TDP (400 of 700 W) [derived]; 4 servers per rack [assumption]",
            },
        }),
        baseline_year: 2022.0,
        preliminary: false,
        source: Citation {
            source: &source::LOCKWOOD_A100,
            locator: "312 TFLOP/s BF16 dense, no FP8, 80 GB HBM2e, 2.039 TB/s, 400 W (NVIDIA datasheet)",
        },
    },
    H100,
    Accelerator {
        id: "h200",
        name: "NVIDIA H200 SXM",
        bf16_flop_per_s: 989.4 * TFLOP_PER_S,
        fp8_flop_per_s: Some(1978.9 * TFLOP_PER_S),
        hbm_bytes: 141.0 * GB,
        hbm_bytes_per_s: 4.8 * TB_PER_S,
        tdp_w: Some(700.0),
        max_precision_speedup: 2.0,
        scale_up_domain: 8,
        system: Some(SystemPower {
            name: "DGX H200",
            node_w_per_accelerator: 10_200.0 / 8.0,
            accelerators_per_node: 8,
            nodes_per_rack: 3,
            rack_scale: false,
            liquid_only: false,
            dc_800v: Dc800v::NotOffered,
            source: Citation {
                source: &source::DGX_POWER,
                locator: "DGX H200: the same 10.2 kW envelope as DGX H100; 3 per rack [derived]",
            },
        }),
        baseline_year: 2024.5,
        preliminary: false,
        source: Citation {
            source: &source::H200_SPECS,
            locator: "compute as H100; 141 GB HBM3e, 4.8 TB/s; 700 W (MLPerf v4.1 system description)",
        },
    },
    Accelerator {
        id: "b200",
        name: "NVIDIA B200 (HGX, 1,000 W)",
        bf16_flop_per_s: 2250.0 * TFLOP_PER_S,
        fp8_flop_per_s: Some(4500.0 * TFLOP_PER_S),
        hbm_bytes: 192.0 * GB,
        hbm_bytes_per_s: 8.0 * TB_PER_S,
        tdp_w: Some(1000.0),
        max_precision_speedup: 4.0,
        scale_up_domain: 8,
        system: Some(SystemPower {
            name: "DGX B200",
            node_w_per_accelerator: 14_300.0 / 8.0,
            accelerators_per_node: 8,
            nodes_per_rack: 4,
            rack_scale: false,
            liquid_only: false,
            dc_800v: Dc800v::NotOffered,
            source: Citation {
                source: &source::DGX_B200_POWER,
                locator: "DGX B200: 14.3 kW max for 8 GPUs; 4 per rack (a 32-server unit in 8 racks) [assumption]",
            },
        }),
        baseline_year: 2025.0,
        preliminary: false,
        source: Citation {
            source: &source::LOCKWOOD_B200,
            locator: "2,250 TFLOP/s BF16 dense, 4,500 FP8 dense, 192 GB, 8 TB/s, 1,000 W",
        },
    },
    Accelerator {
        id: "gb200",
        name: "NVIDIA B200 in GB200 (1,200 W)",
        bf16_flop_per_s: 2500.0 * TFLOP_PER_S,
        fp8_flop_per_s: Some(5000.0 * TFLOP_PER_S),
        hbm_bytes: 192.0 * GB,
        hbm_bytes_per_s: 8.0 * TB_PER_S,
        tdp_w: Some(1200.0),
        max_precision_speedup: 4.0,
        scale_up_domain: 72,
        system: Some(SystemPower {
            name: "GB200 NVL72",
            node_w_per_accelerator: 132_000.0 / 72.0,
            accelerators_per_node: 72,
            nodes_per_rack: 1,
            rack_scale: true,
            liquid_only: true,
            dc_800v: Dc800v::NotOffered,
            source: Citation {
                source: &source::NVL72_POWER,
                locator: "a 132 kW GB200 NVL72 rack (72 GPUs, 36 Grace CPUs, NVLink switch trays)",
            },
        }),
        baseline_year: 2025.5,
        preliminary: false,
        source: Citation {
            source: &source::LOCKWOOD_B200,
            locator: "GB200 configuration: 2,500 TFLOP/s BF16 dense, 5,000 FP8 dense, 192 GB, 8 TB/s, 1,200 W per GPU",
        },
    },
    Accelerator {
        id: "mi300x",
        name: "AMD Instinct MI300X",
        bf16_flop_per_s: 1307.4 * TFLOP_PER_S,
        fp8_flop_per_s: Some(2614.9 * TFLOP_PER_S),
        hbm_bytes: 192.0 * GB,
        hbm_bytes_per_s: 5.3 * TB_PER_S,
        tdp_w: Some(750.0),
        max_precision_speedup: 2.0,
        scale_up_domain: 8,
        system: Some(SystemPower {
            name: "MI300X 8-GPU server",
            node_w_per_accelerator: 750.0 * 10_200.0 / 8.0 / 700.0,
            accelerators_per_node: 8,
            nodes_per_rack: 3,
            rack_scale: false,
            liquid_only: false,
            dc_800v: Dc800v::NotOffered,
            source: Citation {
                source: &source::DGX_POWER,
                locator: "an 8-GPU server at DGX H100's power per watt of GPU (750 of 700 W) [derived]; 3 per rack [assumption]",
            },
        }),
        baseline_year: 2024.5,
        preliminary: false,
        source: Citation {
            source: &source::MI300_SPECS,
            locator: "≈1.3 PFLOP/s FP16, ≈2.6 FP8, 192 GB HBM3, 5.3 TB/s, 750 W",
        },
    },
    Accelerator {
        id: "tpu-v5p",
        name: "Google TPU v5p",
        bf16_flop_per_s: 459.0 * TFLOP_PER_S,
        fp8_flop_per_s: Some(459.0 * TFLOP_PER_S),
        hbm_bytes: 95.0 * 1.073_741_824 * GB,
        hbm_bytes_per_s: 2.765 * TB_PER_S,
        tdp_w: None,
        max_precision_speedup: 1.0,
        scale_up_domain: 8960,
        system: None,
        baseline_year: 2024.0,
        preliminary: false,
        source: Citation {
            source: &source::TPU_V5P_DOCS,
            locator: "459 TFLOP/s BF16 (no FP8 speed-up), 95 GiB HBM2e usable, 2,765 GB/s; power not published",
        },
    },
    Accelerator {
        id: "gb300",
        name: "NVIDIA B300 in GB300 NVL72 (1,400 W)",
        bf16_flop_per_s: 2500.0 * TFLOP_PER_S,
        fp8_flop_per_s: Some(5000.0 * TFLOP_PER_S),
        hbm_bytes: 288.0 * GB,
        hbm_bytes_per_s: 8.0 * TB_PER_S,
        tdp_w: Some(1400.0),
        max_precision_speedup: 6.0,
        scale_up_domain: 72,
        system: Some(SystemPower {
            name: "GB300 NVL72",
            node_w_per_accelerator: 142_000.0 / 72.0,
            accelerators_per_node: 72,
            nodes_per_rack: 1,
            rack_scale: true,
            liquid_only: true,
            dc_800v: Dc800v::NotOffered,
            source: Citation {
                source: &source::BOFA_RACK_POWER,
                locator: "GB300 NVL72 racks 135–150 kW (NVIDIA ≈135; operators plan 150): 142 kW [derived midpoint]; liquid-cooled",
            },
        }),
        baseline_year: 2026.0,
        preliminary: false,
        source: Citation {
            source: &source::NVIDIA_BLACKWELL_ULTRA,
            locator: "B300 in GB300: 2.5 PFLOP/s BF16 dense, 5 FP8 dense, 15 NVFP4 dense; 288 GB HBM3e, 8 TB/s; 1,400 W",
        },
    },
    Accelerator {
        id: "vr200",
        name: "NVIDIA Rubin in Vera Rubin NVL72 (announced)",
        bf16_flop_per_s: 8000.0 * TFLOP_PER_S,
        fp8_flop_per_s: Some(16_000.0 * TFLOP_PER_S),
        hbm_bytes: 288.0 * GB,
        hbm_bytes_per_s: 22.0 * TB_PER_S,
        tdp_w: Some(2000.0),
        max_precision_speedup: 4.375,
        scale_up_domain: 72,
        system: Some(SystemPower {
            name: "Vera Rubin NVL72",
            node_w_per_accelerator: 210_000.0 / 72.0,
            accelerators_per_node: 72,
            nodes_per_rack: 1,
            rack_scale: true,
            liquid_only: true,
            dc_800v: Dc800v::OptionalFrom(2026.5),
            source: Citation {
                source: &source::TRENDFORCE_800V,
                locator: "Vera Rubin NVL72 racks 190–230 kW, liquid-cooled: 210 kW [derived midpoint]; 800 V DC racks optional from Q3 2026",
            },
        }),
        baseline_year: 2027.0,
        preliminary: true,
        source: Citation {
            source: &source::NVIDIA_VERA_RUBIN,
            locator: "announced: 35 PFLOP/s NVFP4 dense for training, 288 GB HBM4 at 22 TB/s; BF16 ≈8 and FP8 ≈16 dense [derived]; ≈2 kW per GPU [assumption: not published]",
        },
    },
    Accelerator {
        id: "mi355x",
        name: "AMD Instinct MI355X (1,400 W)",
        bf16_flop_per_s: 2500.0 * TFLOP_PER_S,
        fp8_flop_per_s: Some(5000.0 * TFLOP_PER_S),
        hbm_bytes: 288.0 * GB,
        hbm_bytes_per_s: 8.0 * TB_PER_S,
        tdp_w: Some(1400.0),
        max_precision_speedup: 4.0,
        scale_up_domain: 8,
        system: Some(SystemPower {
            name: "MI355X 8-GPU liquid-cooled server",
            node_w_per_accelerator: 1400.0 * 14_300.0 / 8.0 / 1000.0,
            accelerators_per_node: 8,
            nodes_per_rack: 4,
            rack_scale: false,
            liquid_only: true,
            dc_800v: Dc800v::NotOffered,
            source: Citation {
                source: &source::DGX_B200_POWER,
                locator: "an 8-GPU server at DGX B200's power per watt of GPU (14.3 kW for 8 × 1,000 W) [derived]; 4 per rack [assumption]; the 1,400 W MI355X is liquid-cooled (AMD)",
            },
        }),
        baseline_year: 2026.0,
        preliminary: false,
        source: Citation {
            source: &source::AMD_MI355X,
            locator: "2.5 PFLOP/s BF16 dense, 5.0 FP8 dense, 10.1 FP4; 288 GB HBM3E, 8 TB/s; 1,400 W (liquid)",
        },
    },
    Accelerator {
        id: "tpu-v7",
        name: "Google TPU7x (Ironwood)",
        bf16_flop_per_s: 2307.0 * TFLOP_PER_S,
        fp8_flop_per_s: Some(4614.0 * TFLOP_PER_S),
        hbm_bytes: 192.0 * 1.073_741_824 * GB,
        hbm_bytes_per_s: 7.4 * TB_PER_S,
        tdp_w: None,
        max_precision_speedup: 2.0,
        scale_up_domain: 9216,
        system: None,
        baseline_year: 2026.0,
        preliminary: false,
        source: Citation {
            source: &source::TPU_V7_DOCS,
            locator: "2,307 TFLOP/s BF16, 4,614 FP8; 192 GiB HBM3e, ≈7.4 TB/s; 9,216 chips per pod; power not published",
        },
    },
];

/// Numeric precision of a training run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// 16-bit brain float.
    Bf16,
    /// 8-bit float.
    Fp8,
}

impl Precision {
    /// The lowercase name: `bf16`, `fp8`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bf16 => "bf16",
            Self::Fp8 => "fp8",
        }
    }
}

impl Accelerator {
    /// Finds an accelerator by id.
    pub fn lookup(id: &str) -> Option<&'static Self> {
        ACCELERATORS.iter().find(|a| a.id == id)
    }

    /// Peak dense throughput at `precision`, or `None` if the chip lacks it.
    pub fn peak_flop_per_s(&self, precision: Precision) -> Option<f64> {
        match precision {
            Precision::Bf16 => Some(self.bf16_flop_per_s),
            Precision::Fp8 => self.fp8_flop_per_s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_required_accelerators_are_there_with_sane_figures() {
        for id in [
            "a100", "h100", "h200", "b200", "gb200", "mi300x", "tpu-v5p", "gb300", "vr200",
            "mi355x", "tpu-v7",
        ] {
            let a = Accelerator::lookup(id).unwrap_or_else(|| panic!("{id} missing"));
            assert!(a.bf16_flop_per_s > 1e14 && a.bf16_flop_per_s < 1e16, "{id}");
            assert!(a.hbm_bytes > 1e10 && a.hbm_bytes_per_s > 1e12, "{id}");
            if let Some(fp8) = a.fp8_flop_per_s {
                assert!(fp8 >= a.bf16_flop_per_s, "{id}");
            }
        }
        assert_eq!(Accelerator::lookup("h100"), Some(&H100));
        assert_eq!(H100.peak_flop_per_s(Precision::Fp8), Some(1978.9e12));
        assert_eq!(ACCELERATORS[0].peak_flop_per_s(Precision::Fp8), None);
    }

    /// Rack power by generation (Bank of America, TrendForce): Hopper ~32 kW, GB200 ~132 kW,
    /// GB300 135–150 kW, Vera Rubin 190–230 kW; the rack-scale ones are liquid-cooled.
    #[test]
    fn rack_power_by_generation() {
        let rack_kw = |id: &str| {
            let system = Accelerator::lookup(id).unwrap().system.unwrap();
            system.node_w_per_accelerator
                * f64::from(system.accelerators_per_node * system.nodes_per_rack)
                / 1000.0
        };
        assert!((30.0..=41.0).contains(&rack_kw("h100")));
        assert!((120.0..=140.0).contains(&rack_kw("gb200")));
        assert!((135.0..=150.0).contains(&rack_kw("gb300")));
        assert!((190.0..=230.0).contains(&rack_kw("vr200")));
        for id in ["gb200", "gb300", "vr200"] {
            assert!(
                Accelerator::lookup(id).unwrap().system.unwrap().liquid_only,
                "{id}"
            );
        }
        assert!(Accelerator::lookup("vr200").unwrap().preliminary);
    }

    /// Every accelerator a scenario can choose has published power and a system.
    #[test]
    fn every_choice_is_an_accelerator_with_power() {
        for choice in crate::ParamId::Accelerator.spec().options {
            let a = Accelerator::lookup(choice.id).unwrap_or_else(|| panic!("{}", choice.id));
            assert!(a.system.is_some() && a.tdp_w.is_some(), "{}", choice.id);
        }
    }

    /// The H100's ridge point, peak FLOP/s over bandwidth: ≈295 FLOP/byte.
    #[test]
    fn h100_ridge_point() {
        let ridge = H100.bf16_flop_per_s / H100.hbm_bytes_per_s;
        assert!((290.0..300.0).contains(&ridge), "{ridge}");
    }
}
