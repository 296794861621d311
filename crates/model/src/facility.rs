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
use crate::datacenter::{Choices, PueLine, PSU_EFFICIENCY};
use crate::param::ParamId;
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

/// What the data-center *choices* fix (accelerator, cooling, power chain), so that the data
/// center's *numbers* — measured load, network share, free-cooling share, which a sweep samples —
/// give the power per H100-equivalent in a few operations:
///
/// ```text
/// IT W       = server W at nameplate · load / (1 − network share)
/// facility W = IT W · PUE(free-cooling share)
/// ```
/// This is [`crate::datacenter::per_accelerator`] scaled to the H100's 700 W; the sweep kernels
/// evaluate it per sample (keep `crates/gpu/shaders/sweep.wgsl` in sync).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FacilityModel {
    /// The accelerator the watts are per (the H100's TDP), W.
    pub accelerator_w: f64,
    /// Server input per H100-equivalent at nameplate, before network and storage, W.
    pub server_w_at_nameplate: f64,
    /// PUE against the free-cooling share.
    pub pue: PueLine,
}

impl FacilityModel {
    /// From the scenario's data-center choices. The chosen system's watts per watt of its chip
    /// are applied to the H100; the chip's own efficiency is not, because the walls'
    /// FLOP-per-watt trend already carries newer chips.
    pub fn of(scenario: &Scenario) -> Self {
        let accelerator_w = H100.tdp_w.unwrap_or(H100_TDP_W);
        let choices = Choices::of(scenario);
        let chosen = choices.accelerator;
        // Every accelerator a scenario can choose has published power; the fallback (twice the
        // chip) keeps the function total.
        let server_w_per_chip_w = match (chosen.system.as_ref(), chosen.tdp_w) {
            (Some(system), Some(tdp_w)) => {
                system.node_w_per_accelerator * PSU_EFFICIENCY
                    / choices.chain.it_stage().efficiency
                    / tdp_w
            }
            _ => 2.0,
        };
        Self {
            accelerator_w,
            server_w_at_nameplate: accelerator_w * server_w_per_chip_w,
            pue: PueLine::of(choices.cooling, choices.chain),
        }
    }

    /// The power per H100-equivalent for a measured load (share of nameplate), a network and
    /// storage share of IT power, and a free-cooling share.
    pub fn power(&self, load: f64, network_share: f64, free_cooling_share: f64) -> FacilityPower {
        let it_w = self.server_w_at_nameplate * load / (1.0 - network_share);
        FacilityPower {
            accelerator_w: self.accelerator_w,
            it_w,
            facility_w: it_w * self.pue.at(free_cooling_share),
        }
    }
}

impl FacilityPower {
    /// From the scenario's data center (see [`FacilityModel`]).
    pub fn from_scenario(scenario: &Scenario) -> Self {
        FacilityModel::of(scenario).power(
            scenario.get(ParamId::LoadFraction),
            scenario.get(ParamId::NetworkShare),
            scenario.get(ParamId::FreeCoolingShare),
        )
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

    /// The factored form gives what the data-center model gives, for every accelerator with
    /// published power and across the sampled ranges.
    #[test]
    fn the_model_matches_the_data_center() {
        use crate::datacenter::{per_accelerator, Choices};
        for option in ParamId::Accelerator.spec().options {
            for (load, net, fc) in [(1.0, 0.1, 1.0 / 3.0), (0.76, 0.05, 0.0), (0.9, 0.15, 1.0)] {
                let scenario = with_choice(ParamId::Accelerator, option.id)
                    .with(ParamId::LoadFraction, load)
                    .unwrap()
                    .with(ParamId::NetworkShare, net)
                    .unwrap()
                    .with(ParamId::FreeCoolingShare, fc)
                    .unwrap();
                let chosen = Choices::of(&scenario).accelerator;
                let (Some(system), Some(tdp_w)) = (chosen.system.as_ref(), chosen.tdp_w) else {
                    continue;
                };
                let per = per_accelerator(&scenario, chosen, system, None);
                let power = FacilityPower::from_scenario(&scenario);
                let scale = 700.0 / tdp_w;
                assert!(
                    (power.it_w - per.it_w * scale).abs() < 1e-9 * power.it_w,
                    "{}",
                    option.id
                );
                assert!((power.pue() - per.pue).abs() < 1e-12, "{}", option.id);
            }
        }
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
