//! The published figures the model must reproduce, one test per figure, named after its source.
//! The figures and their arithmetic are in ../shared/reference/walls.md.

use crate::compute::{training_flop, SECONDS_PER_DAY};
use crate::facility::FacilityPower;
use crate::param::ParamId;
use crate::preset::PresetId;
use crate::projection::project;
use crate::scenario::Scenario;
use crate::walls::{memory_network, ComponentId, WallId, Walls, SECONDS_PER_MONTH};

/// Asserts `got` is within a factor `factor` of `want`.
#[track_caller]
fn check_within(got: f64, want: f64, factor: f64) {
    assert!(
        got >= want / factor && got <= want * factor,
        "got {got:.3e}, want {want:.3e} within ×{factor}"
    );
}

fn epoch() -> Scenario {
    Scenario::preset(PresetId::Epoch2030)
}

fn with(scenario: &Scenario, changes: &[(ParamId, f64)]) -> Scenario {
    changes.iter().fold(scenario.clone(), |s, &(id, value)| {
        s.with(id, value).unwrap()
    })
}

fn ceiling_2030(scenario: &Scenario, component: ComponentId) -> f64 {
    Walls::new(scenario).component_ceiling(component, 2030.0)
}

// Epoch AI, "Can AI scaling continue through 2030?" (2024), Figure 1: the 2030 medians.

#[test]
fn epoch_2030_power_median_2e29() {
    check_within(
        ceiling_2030(&epoch(), ComponentId::PowerForOneRun),
        2e29,
        1.5,
    );
}

#[test]
fn epoch_2030_chip_production_median_9e29() {
    check_within(
        ceiling_2030(&epoch(), ComponentId::ChipProduction),
        9e29,
        1.5,
    );
}

#[test]
fn epoch_2030_data_scarcity_median_2e30() {
    check_within(ceiling_2030(&epoch(), ComponentId::DataStock), 2e30, 1.5);
}

#[test]
fn epoch_2030_latency_wall_median_3e31() {
    check_within(ceiling_2030(&epoch(), ComponentId::Latency), 3e31, 1.5);
}

#[test]
fn epoch_2030_power_binds_first_around_2030() {
    let projection = project(&epoch());
    let first = projection.first_wall.unwrap();
    assert_eq!(first.wall, WallId::Power);
    assert!((2029.0..=2031.0).contains(&first.year), "{first:?}");
    // "training runs of up to 2e29 FLOP would be feasible by the end of the decade"
    check_within(first.flop, 2e29, 1.5);
}

/// Figure 6b: without batch scaling the latency wall is 4.5e30 FLOP (80 % interval 4.3e29–7.8e31).
#[test]
fn epoch_2030_latency_wall_fixed_batch_4_5e30() {
    let fixed = with(&epoch(), &[(ParamId::BatchScaling, 1.0)]);
    check_within(ceiling_2030(&fixed, ComponentId::Latency), 4.5e30, 1.5);
}

/// Figure 5b: text alone allows 2.1e29 FLOP in 2030 when epochs and the quality penalty cancel
/// (footnote 74).
#[test]
fn epoch_2030_text_only_data_wall_2_1e29() {
    let text_only = with(
        &epoch(),
        &[
            (ParamId::QualityFraction, 1.0),
            (ParamId::Epochs, 1.0),
            (ParamId::MultimodalTokens, 0.0),
        ],
    );
    check_within(
        ceiling_2030(&text_only, ComponentId::DataStock),
        2.1e29,
        1.5,
    );
}

/// Footnote 75: 500T tokens at 20 tokens per parameter is a 25T-parameter model, 7.5e28 FLOP.
#[test]
fn epoch_2030_text_wall_7_5e28() {
    let text_now = with(
        &epoch(),
        &[
            (ParamId::QualityFraction, 1.0),
            (ParamId::Epochs, 1.0),
            (ParamId::MultimodalTokens, 0.0),
        ],
    );
    let flop = Walls::new(&text_now).component_ceiling(ComponentId::DataStock, 2024.0);
    check_within(flop, 7.5e28, 1.001);
}

/// Footnote 25: a 5 GW campus with chips 4× as efficient as the H100, FP8, for 300 days trains
/// about 2e29 FLOP (2.4e29 with their rounding).
#[test]
fn epoch_2030_five_gigawatt_campus_2e29() {
    let campus = with(
        &epoch(),
        &[
            (ParamId::DistributedGw2030, 5.0),
            (ParamId::CampusGw2030, 5.0),
            (
                ParamId::RunMonths,
                300.0 * SECONDS_PER_DAY / SECONDS_PER_MONTH,
            ),
        ],
    );
    check_within(
        ceiling_2030(&campus, ComponentId::PowerForOneRun),
        2.4e29,
        1.2,
    );
}

/// Epoch 2030: Llama 3.1 405B drew about 27 MW on 16,000 H100 at ~1,700 W each.
#[test]
fn epoch_2030_llama_3_1_power_27_megawatts() {
    let megawatts = 16_000.0 * FacilityPower::from_scenario(&epoch()).facility_w / 1e6;
    check_within(megawatts, 27.0, 1.02);
}

/// Footnotes 37–43: one 51.2 Tbps switch between sites, 300 days, 60M-token batches and 8-bit
/// gradients allow about 3e28 FLOP.
#[test]
fn epoch_2030_one_switch_bandwidth_3e28() {
    let one_switch = with(
        &epoch(),
        &[
            (ParamId::InterSitePbps2030, 0.0512),
            (
                ParamId::RunMonths,
                300.0 * SECONDS_PER_DAY / SECONDS_PER_MONTH,
            ),
            (ParamId::BatchScaling, 1.0),
        ],
    );
    let walls = Walls::new(&one_switch);
    let params = memory_network::bandwidth_params(&walls, 2030.0);
    check_within(120.0 * params * params, 3e28, 1.1);
}

/// Footnote 38: 300 days of 110 ms syncs with 60M-token batches is ~1.4e16 tokens, 6e31 FLOP.
#[test]
fn epoch_2030_speed_of_light_6e31() {
    let light = with(
        &epoch(),
        &[
            (
                ParamId::MaxRunMonths,
                300.0 * SECONDS_PER_DAY / SECONDS_PER_MONTH,
            ),
            (ParamId::BatchScaling, 1.0),
        ],
    );
    check_within(
        ceiling_2030(&light, ComponentId::SpeedOfLight),
        5.9e31,
        1.05,
    );
}

/// Epoch 2030: the largest developer's training fleet in 2030 is ~1e8 H100-equivalents (80 %
/// interval 2e7–4e8).
#[test]
fn epoch_2030_training_fleet_1e8_h100e() {
    let walls = Walls::new(&epoch());
    check_within(
        crate::walls::compute::chips_in_run(&walls, 2030.0),
        1e8,
        1.5,
    );
}

/// Villalobos et al. 2024: an effective stock of ~4e14 tokens is used up at ≈5e28 FLOP by models
/// that are not overtrained.
#[test]
fn villalobos_2024_stock_exhausted_at_5e28() {
    let stock = with(
        &epoch(),
        &[
            (ParamId::TextStock, 4e14),
            (ParamId::QualityFraction, 1.0),
            (ParamId::Epochs, 1.0),
            (ParamId::MultimodalTokens, 0.0),
        ],
    );
    let flop = Walls::new(&stock).component_ceiling(ComponentId::DataStock, 2024.0);
    check_within(flop, 5e28, 1.1);
}

/// Brown et al. 2020: GPT-3 (175B parameters, 300B tokens) took 3.14e23 FLOP; 6·N·D agrees.
#[test]
fn brown_2020_gpt3_compute() {
    check_within(
        crate::walls::FLOP_PER_PARAM_TOKEN * 175e9 * 300e9,
        3.14e23,
        1.01,
    );
}

/// Epoch 2030 footnote 60: a 2e29 run takes ~16M H100 at FP8 and 40 % for six months.
#[test]
fn epoch_2030_two_e29_needs_16m_h100() {
    let flop = training_flop(16e6, 2e15, 0.4, 6.0 * SECONDS_PER_MONTH);
    check_within(flop, 2e29, 1.05);
}

// The source diagram "Who is the first wall?" (2025): its own timeline.

#[test]
fn source_2025_memory_and_data_bind_now() {
    let projection = project(&Scenario::preset(PresetId::Source2025));
    let first = projection.first_wall.unwrap();
    assert_eq!(first.wall, WallId::MemoryNetwork);
    assert_eq!(first.component, ComponentId::DataMovement);
    assert!(first.year <= 2025.5, "{first:?}");
    let data = projection.wall(WallId::Data).binds_in_year.unwrap();
    assert!(
        (2025.5..2027.0).contains(&data),
        "data binds in {data}, the diagram says 2026"
    );
}

#[test]
fn source_2025_power_binds_in_the_short_to_mid_term() {
    let projection = project(&Scenario::preset(PresetId::Source2025));
    let power = projection.wall(WallId::Power).binds_in_year.unwrap();
    // "Short-to-mid term: Power infrastructure (5-10 years to build)" from 2025.
    assert!((2028.0..=2035.0).contains(&power), "{power}");
}

#[test]
fn source_2025_speed_of_light_comes_last() {
    let projection = project(&Scenario::preset(PresetId::Source2025));
    let light = projection
        .wall(WallId::MemoryNetwork)
        .components
        .iter()
        .find(|c| c.id == ComponentId::SpeedOfLight)
        .and_then(|c| c.binds_in_year)
        .unwrap();
    for wall in &projection.walls {
        if let Some(year) = wall.binds_in_year {
            assert!(
                year < light,
                "{:?} binds in {year}, after light ({light})",
                wall.id
            );
        }
    }
}

#[test]
fn pessimistic_binds_sooner_and_optimistic_later() {
    let year = |preset| project(&Scenario::preset(preset)).first_wall.unwrap().year;
    let epoch = year(PresetId::Epoch2030);
    assert!(year(PresetId::Pessimistic) < epoch);
    assert!(year(PresetId::Optimistic) > epoch + 2.0);
}

/// reference/walls.md §6: the 1,700 W per H100 of Epoch's power numbers embeds a PUE of 1.2; at
/// the ~1.5 of air-cooled halls (industry average 1.56–1.58, Uptime) the power wall falls by a
/// fifth [derived]. Cooling capacity counts IT watts, so the cooling wall does not move.
#[test]
fn air_cooling_cuts_the_power_wall_by_a_fifth() {
    let air = with(&epoch(), &[(ParamId::Cooling, 0.0)]);
    let pue = FacilityPower::from_scenario(&air).pue();
    check_within(pue, 1.533, 1.01);
    let ratio = ceiling_2030(&air, ComponentId::PowerForOneRun)
        / ceiling_2030(&epoch(), ComponentId::PowerForOneRun);
    assert!((ratio - 1.2 / pue).abs() < 1e-9, "{ratio}");
    assert_eq!(
        ceiling_2030(&air, ComponentId::LiquidCooling).to_bits(),
        ceiling_2030(&epoch(), ComponentId::LiquidCooling).to_bits()
    );
}

/// The coupling of the data center and the walls (issue: "a lever moves both views"): 800 V DC
/// lowers the site's facility power and raises the power wall by the same factor.
#[test]
fn a_data_center_lever_moves_the_walls_too() {
    use crate::datacenter::design_scenario;
    use crate::levers::{apply, Lever};
    let base = epoch();
    let dc = apply(&base, &[Lever::lookup("hvdc").unwrap()]);
    let site_ratio = design_scenario(&dc).unwrap().facility_power_mw
        / design_scenario(&base).unwrap().facility_power_mw;
    let wall_ratio = ceiling_2030(&dc, ComponentId::PowerForOneRun)
        / ceiling_2030(&base, ComponentId::PowerForOneRun);
    assert!(site_ratio < 0.96, "{site_ratio}");
    assert!(
        (wall_ratio * site_ratio - 1.0).abs() < 1e-9,
        "{wall_ratio} × {site_ratio}"
    );
    // A rack-scale accelerator with less overhead per watt of chip raises the power wall, and
    // air cooling that cannot carry its racks is flagged in the data center.
    let gb200 = with(&base, &[(ParamId::Accelerator, 4.0)]);
    assert!(
        ceiling_2030(&gb200, ComponentId::PowerForOneRun)
            > ceiling_2030(&base, ComponentId::PowerForOneRun)
    );
    let gb200_air = with(&gb200, &[(ParamId::Cooling, 0.0)]);
    assert!(!design_scenario(&gb200_air).unwrap().cooling_feasible);
}

/// The cooling wall's lead time: capacity secured for a year runs `L` years later, so with a
/// 1-year lead the 2031 capacity is the 2030 capacity without one.
#[test]
fn cooling_lead_time_delays_capacity() {
    let delayed = with(&epoch(), &[(ParamId::CoolingLeadYears, 1.0)]);
    let walls = Walls::new(&delayed);
    let on_time = Walls::new(&epoch());
    let gain = epoch().get(ParamId::EfficiencyGrowth);
    // Same watts of capacity, one more year of FLOP-per-watt gains.
    let ratio = walls.component_ceiling(ComponentId::LiquidCooling, 2031.0)
        / on_time.component_ceiling(ComponentId::LiquidCooling, 2030.0);
    assert!((ratio - gain).abs() < 1e-9, "{ratio}");
}
