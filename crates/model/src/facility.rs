//! The seam between the walls and the data center: how many watts one H100-equivalent of compute
//! draws at the chip, in the IT room and at the meter, in the year the chosen accelerator led the
//! frontier.
//!
//! The power wall reads [`FacilityPower::facility_w`] and carries it forward with the
//! FLOP-per-watt trend from [`FacilityPower::baseline_year`]. It comes from the integrated
//! data-center model ([`crate::datacenter`]): the chosen system's nameplate power per chip (host,
//! network, storage, power conversion), divided by the chip's H100-equivalents, times the PUE of
//! the chosen cooling technology, power chain and climate. With Epoch's setting (H100 in 2024,
//! direct liquid cooling at PUE 1.2, AC) that is 1,275 W / 0.9 × 1.2 ≈ 1,700 W — "about 1,700 W"
//! in their 2030 report. A lever that changes the data center (800 V DC, a new accelerator, air
//! cooling) therefore moves both the Data center view and the walls.

use crate::accelerators::H100;
use crate::datacenter::{Choices, PueLine, PSU_EFFICIENCY};
use crate::param::ParamId;
use crate::scenario::Scenario;

/// Power per H100-equivalent in the baseline year, at nameplate, W.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FacilityPower {
    /// The chip itself: its TDP over its H100-equivalents.
    pub chip_w: f64,
    /// IT load: chip plus host, network, storage and power conversion.
    pub it_w: f64,
    /// At the meter: IT load times PUE.
    pub facility_w: f64,
    /// The year these watts are for: when the chosen accelerator led the frontier.
    pub baseline_year: f64,
}

/// What the data-center *choices* fix (accelerator, cooling, power chain), so that the data
/// center's *numbers* — network share and free-cooling share, which a sweep samples — give the
/// power per H100-equivalent in a few operations:
///
/// ```text
/// IT W       = server W per H100e at nameplate / (1 − network share)
/// facility W = IT W · PUE(free-cooling share)
/// ```
/// This is [`crate::datacenter::per_accelerator`] divided by the chip's H100-equivalents; the
/// sweep kernel evaluates it per sample (keep `crates/gpu/shaders/sweep.wgsl` in sync).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FacilityModel {
    /// The chip's TDP per H100-equivalent, W.
    pub chip_w: f64,
    /// Server input per H100-equivalent at nameplate, before network and storage, W.
    pub server_w_at_nameplate: f64,
    /// PUE against the free-cooling share.
    pub pue: PueLine,
    /// The chosen accelerator's baseline year.
    pub baseline_year: f64,
}

impl FacilityModel {
    /// From the scenario's data-center choices.
    pub fn of(scenario: &Scenario) -> Self {
        let choices = Choices::of(scenario);
        // Every accelerator a scenario can choose has published power (a test checks it); the
        // H100 stands in otherwise, keeping the function total.
        let chosen = Some(choices.accelerator)
            .filter(|a| a.system.is_some() && a.tdp_w.is_some())
            .unwrap_or(&H100);
        let h100e_per_chip = chosen.bf16_flop_per_s / H100.bf16_flop_per_s;
        let node_w = chosen
            .system
            .as_ref()
            .map_or(0.0, |system| system.node_w_per_accelerator);
        let chip_w = chosen.tdp_w.unwrap_or(0.0);
        Self {
            chip_w: chip_w / h100e_per_chip,
            server_w_at_nameplate: node_w * PSU_EFFICIENCY
                / choices.chain.it_stage().efficiency
                / h100e_per_chip,
            pue: PueLine::of(choices.cooling, choices.chain),
            baseline_year: chosen.baseline_year,
        }
    }

    /// The power per H100-equivalent for a network and storage share of IT power and a
    /// free-cooling share.
    pub fn power(&self, network_share: f64, free_cooling_share: f64) -> FacilityPower {
        let it_w = self.server_w_at_nameplate / (1.0 - network_share);
        FacilityPower {
            chip_w: self.chip_w,
            it_w,
            facility_w: it_w * self.pue.at(free_cooling_share),
            baseline_year: self.baseline_year,
        }
    }
}

impl FacilityPower {
    /// From the scenario's data center (see [`FacilityModel`]).
    pub fn from_scenario(scenario: &Scenario) -> Self {
        FacilityModel::of(scenario).power(
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
        assert_eq!(power.baseline_year, 2024.0);
    }

    /// The factored form gives what the data-center model gives, for every accelerator a
    /// scenario can choose, across the sampled ranges.
    #[test]
    fn the_model_matches_the_data_center() {
        use crate::datacenter::{per_accelerator, Choices};
        for option in ParamId::Accelerator.spec().options {
            for (net, fc) in [(0.1, 1.0 / 3.0), (0.05, 0.0), (0.15, 1.0)] {
                let scenario = with_choice(ParamId::Accelerator, option.id)
                    .with(ParamId::NetworkShare, net)
                    .unwrap()
                    .with(ParamId::FreeCoolingShare, fc)
                    .unwrap();
                let chosen = Choices::of(&scenario).accelerator;
                let system = chosen.system.as_ref().unwrap();
                let per = per_accelerator(&scenario, chosen, system, None);
                let power = FacilityPower::from_scenario(&scenario);
                let h100e = chosen.bf16_flop_per_s / H100.bf16_flop_per_s;
                assert!(
                    (power.it_w * h100e - per.it_w).abs() < 1e-9 * per.it_w,
                    "{}",
                    option.id
                );
                assert!((power.pue() - per.pue).abs() < 1e-12, "{}", option.id);
            }
        }
    }

    /// Air cooling costs more watts per chip; a GB300 NVL72 in 2026 needs far fewer watts per
    /// H100-equivalent than a DGX H100 in 2024; 800 V DC saves a few per cent.
    #[test]
    fn the_data_center_choices_move_the_watts() {
        let epoch = FacilityPower::from_scenario(&Scenario::preset(PresetId::Epoch2030));
        let air = FacilityPower::from_scenario(&with_choice(ParamId::Cooling, "air"));
        assert!(air.facility_w > epoch.facility_w * 1.2);
        assert_eq!(air.it_w.to_bits(), epoch.it_w.to_bits());
        let gb300 = FacilityPower::from_scenario(&with_choice(ParamId::Accelerator, "gb300"));
        assert!(gb300.facility_w < epoch.facility_w * 0.7, "{gb300:?}");
        assert_eq!(gb300.baseline_year, 2026.0);
        let dc = FacilityPower::from_scenario(&with_choice(ParamId::PowerChain, "dc-800v"));
        assert!(dc.facility_w < epoch.facility_w * 0.96);
    }
}
