//! The seam between the walls and the data center: how many watts one H100-equivalent of compute
//! draws at the chip, in the IT room and at the meter.
//!
//! The power wall reads [`FacilityPower::facility_w`], the cooling wall [`FacilityPower::it_w`].
//! Today both are built from three scenario parameters (the H100's TDP, the server overhead and
//! the PUE), as in Epoch's 2030 report: 700 W × 1.96 × 1.2 ≈ 1,650 W ("about 1,700 W"). The
//! integrated data-center model will compute them from the accelerator, the cooling technology
//! and the power chain instead, and both walls will follow without change.

use crate::accelerators::H100;
use crate::param::ParamId;
use crate::scenario::Scenario;

/// Power per H100-equivalent in the reference year 2024 (before efficiency gains), W.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FacilityPower {
    /// The accelerator itself (its TDP), W.
    pub accelerator_w: f64,
    /// IT load: accelerator plus host, network and storage, W.
    pub it_w: f64,
    /// At the meter: IT load times PUE, W.
    pub facility_w: f64,
}

/// The H100's TDP, the reference for "watts per H100-equivalent". Source: see [`H100`].
const H100_TDP_W: f64 = 700.0;

impl FacilityPower {
    /// Built from the scenario's server overhead and PUE.
    pub fn from_scenario(scenario: &Scenario) -> Self {
        let accelerator_w = H100.tdp_w.unwrap_or(H100_TDP_W);
        let it_w = accelerator_w * scenario.get(ParamId::ServerOverhead);
        Self {
            accelerator_w,
            it_w,
            facility_w: it_w * scenario.get(ParamId::Pue),
        }
    }

    /// Power usage effectiveness implied: facility over IT.
    pub fn pue(&self) -> f64 {
        self.facility_w / self.it_w
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::PresetId;

    /// Epoch 2030 report: "each H100 requires about 1,700 W" all in (700 W × 1.96 × 1.2 = 1,646 W).
    #[test]
    fn epoch_all_in_power_per_h100() {
        let power = FacilityPower::from_scenario(&Scenario::preset(PresetId::Epoch2030));
        assert!((1_600.0..1_750.0).contains(&power.facility_w), "{power:?}");
        assert!((power.pue() - 1.2).abs() < 1e-12);
    }
}
