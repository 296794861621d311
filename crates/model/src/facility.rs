//! The seam between the walls and the data center: how many watts one H100-equivalent of compute
//! draws at the chip, in the IT room and at the meter.
//!
//! The power wall reads [`FacilityPower::facility_w`], the cooling wall [`FacilityPower::it_w`].
//! Both come from the integrated data-center model ([`crate::datacenter`]): the chosen
//! accelerator's all-in power per watt of chip (host, network, storage, power conversion), and
//! the PUE of the chosen cooling technology, power chain and climate. With Epoch's setting (H100,
//! direct liquid cooling at PUE 1.2, AC) that is 700 W × 2.02 × 1.2 ≈ 1,700 W — "about 1,700 W"
//! in their 2030 report. A lever that changes the data center (liquid cooling, 800 V DC, a new
//! accelerator) therefore moves both the Data center view and the walls.

use crate::accelerators::H100;
use crate::datacenter::{per_accelerator, Choices};
use crate::scenario::Scenario;

/// Power per H100-equivalent in the reference year 2024 (before efficiency gains), W.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FacilityPower {
    /// The accelerator itself (the H100's TDP).
    pub accelerator_w: f64,
    /// IT load: accelerator plus host, network, storage and power conversion.
    pub it_w: f64,
    /// At the meter: IT load times PUE.
    pub facility_w: f64,
}

/// The H100's TDP, the reference for "watts per H100-equivalent". Source: see [`H100`].
const H100_TDP_W: f64 = 700.0;

impl FacilityPower {
    /// From the scenario's data center. The chosen accelerator sets the overhead per watt of
    /// chip; its own efficiency is not applied here, because the walls' FLOP-per-watt trend
    /// already carries newer chips.
    pub fn from_scenario(scenario: &Scenario) -> Self {
        let accelerator_w = H100.tdp_w.unwrap_or(H100_TDP_W);
        let choices = Choices::of(scenario);
        let chosen = choices.accelerator;
        match (chosen.system.as_ref(), chosen.tdp_w) {
            (Some(system), Some(tdp_w)) => {
                let per = per_accelerator(scenario, chosen, system, None);
                // The chosen system's IT watts per watt of its chip's TDP, applied to the H100.
                let it_w = accelerator_w * per.it_w / tdp_w;
                Self {
                    accelerator_w,
                    it_w,
                    facility_w: it_w * per.pue,
                }
            }
            // Every accelerator a scenario can choose has published power; this keeps the
            // function total.
            _ => Self {
                accelerator_w,
                it_w: accelerator_w * 2.0,
                facility_w: accelerator_w * 2.0 * 1.2,
            },
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
    use crate::param::ParamId;
    use crate::preset::PresetId;

    fn with_choice(id: ParamId, option: &str) -> Scenario {
        Scenario::preset(PresetId::Epoch2030)
            .with(id, id.spec().option_value(option).unwrap())
            .unwrap()
    }

    /// Epoch 2030 report: "each H100 requires about 1,700 W" all in.
    #[test]
    fn epoch_all_in_power_per_h100() {
        let power = FacilityPower::from_scenario(&Scenario::preset(PresetId::Epoch2030));
        assert!((1_680.0..1_720.0).contains(&power.facility_w), "{power:?}");
        assert!((power.pue() - 1.2).abs() < 1e-9);
    }

    /// Air cooling (PUE 1.5 at a third free cooling… top of 1.4–1.6 less a third of the range)
    /// costs more watts per chip; a GB200 NVL72 carries less overhead per watt of GPU than a
    /// DGX H100.
    #[test]
    fn the_data_center_choices_move_the_watts() {
        let epoch = FacilityPower::from_scenario(&Scenario::preset(PresetId::Epoch2030));
        let air = FacilityPower::from_scenario(&with_choice(ParamId::Cooling, "air"));
        assert!(air.facility_w > epoch.facility_w * 1.2);
        assert_eq!(air.it_w.to_bits(), epoch.it_w.to_bits());
        let gb200 = FacilityPower::from_scenario(&with_choice(ParamId::Accelerator, "gb200"));
        assert!(gb200.it_w < epoch.it_w * 0.9, "{gb200:?}");
        let dc = FacilityPower::from_scenario(&with_choice(ParamId::PowerChain, "dc-800v"));
        assert!(dc.facility_w < epoch.facility_w * 0.96);
    }
}
