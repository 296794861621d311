//! The published figures the model must reproduce, one test per figure, named after its source.
//!
//! Epoch's 2030 report gives its four constraints for 2030 (Figure 1 medians). Each is read as
//! the report builds it: power available *in* 2030 (a run starting then), chips produced *through*
//! 2030 (the report sums production 2024–2030), the data stock in 2030, and the latency wall (no
//! date). The preset reaches them from its own inputs; the three values fitted are labelled so
//! in the preset (the latency wall's batch, the free-cooling share that gives PUE 1.2, and the
//! multimodal tokens that complete the report's median data stock).

use crate::compute::training_flop;
use crate::facility::FacilityPower;
use crate::param::ParamId;
use crate::preset::PresetId;
use crate::projection::project;
use crate::scenario::Scenario;
use crate::units::{SECONDS_PER_DAY, SECONDS_PER_MONTH};
use crate::walls::{ComponentId, WallId, Walls};

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

/// The ceiling of a run that starts at `start` (the preset's run length is constant).
fn ceiling_starting(scenario: &Scenario, component: ComponentId, start: f64) -> f64 {
    let walls = Walls::new(scenario);
    let months = walls.run_months(start);
    walls.component_ceiling(component, start + months / 12.0)
}

// Epoch AI, "Can AI scaling continue through 2030?" (2024), Figure 1: the 2030 medians.

#[test]
fn epoch_2030_power_median_2e29() {
    check_within(
        ceiling_starting(&epoch(), ComponentId::PowerForOneRun, 2030.0),
        2e29,
        1.3,
    );
}

/// The report sums chip production from 2024 through 2030 for its 2030 run.
#[test]
fn epoch_2030_chip_production_median_9e29_from_chips_made_through_2030() {
    check_within(
        ceiling_starting(&epoch(), ComponentId::ChipProduction, 2031.0),
        9e29,
        1.3,
    );
}

#[test]
fn epoch_2030_data_scarcity_median_2e30() {
    check_within(
        ceiling_starting(&epoch(), ComponentId::DataStock, 2030.0),
        2e30,
        1.3,
    );
}

#[test]
fn epoch_2030_latency_wall_median_3e31() {
    check_within(
        ceiling_starting(&epoch(), ComponentId::Latency, 2030.0),
        3e31,
        1.3,
    );
}

/// "The constraint likely to bind first is power, followed by the capacity to manufacture
/// enough chips"; "training runs of up to 2e29 FLOP would be feasible by the end of the decade".
#[test]
fn epoch_2030_power_binds_first_around_2030() {
    let projection = project(&epoch());
    let first = projection.first_wall.unwrap();
    assert_eq!(first.wall, WallId::Power);
    assert!((2029.0..=2031.0).contains(&first.year), "{first:?}");
    assert_eq!(projection.order[1].wall, WallId::Compute);
    let by_the_end_of_2030 =
        Walls::new(&epoch()).component_ceiling(ComponentId::PowerForOneRun, 2031.0);
    check_within(by_the_end_of_2030, 2e29, 1.5);
}

/// Figure 6b: without batch scaling the latency wall is 4.5e30 FLOP (80 % interval 4.3e29–7.8e31),
/// with the report's 60M-token batch and 400 µs per layer (8 × 50 µs, footnotes 93, 99).
#[test]
fn epoch_2030_latency_wall_fixed_batch_4_5e30() {
    let fixed = with(&epoch(), &[(ParamId::BatchTokens, 6e7)]);
    check_within(
        ceiling_starting(&fixed, ComponentId::Latency, 2030.0),
        4.5e30,
        1.5,
    );
}

/// The data stock the preset is fitted to: the median of the report's stated 80 % interval for
/// 2030, 400 trillion to 20 quadrillion tokens (geometric mean, the median of a log-normal). This
/// checks the fit's arithmetic (text, epochs and growth included), not the report.
#[test]
fn epoch_2030_fitted_stock_is_the_median_of_400t_to_20_quadrillion() {
    let walls = Walls::new(&epoch());
    let tokens = walls.ceilings().data.tokens(2030.0);
    check_within(tokens, (4e14_f64 * 2e16).sqrt(), 1.01);
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
        ceiling_starting(&text_only, ComponentId::DataStock, 2030.0),
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
    let long_run = with(
        &epoch(),
        &[(
            ParamId::RunMonths,
            300.0 * SECONDS_PER_DAY / SECONDS_PER_MONTH,
        )],
    );
    check_within(
        Walls::new(&long_run).flop_from_power_w(5e9, 2030.0),
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
            (
                ParamId::MaxRunMonths,
                300.0 * SECONDS_PER_DAY / SECONDS_PER_MONTH,
            ),
            (ParamId::BatchTokens, 6e7),
        ],
    );
    let walls = Walls::new(&one_switch);
    let c = walls.ceilings();
    let params = c.network.ln_bandwidth_params(2030.0, &c.run).exp();
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
            (ParamId::BatchTokens, 6e7),
        ],
    );
    check_within(
        ceiling_starting(&light, ComponentId::SpeedOfLight, 2030.0),
        5.9e31,
        1.05,
    );
}

/// Epoch 2030: the largest developer's training fleet in 2030 is ~1e8 H100-equivalents (80 %
/// interval 2e7–4e8), from chips made through 2030.
#[test]
fn epoch_2030_training_fleet_1e8_h100e() {
    let walls = Walls::new(&epoch());
    let end_of_2030 = 2031.0 + walls.run_months(2031.0) / 12.0;
    check_within(
        walls
            .h100e(ComponentId::ChipProduction, end_of_2030)
            .unwrap(),
        1e8,
        1.5,
    );
}

/// Epoch 2030: 1.5–2M H100 shipped in 2024. The preset's stock, growing 2.24×/yr, delivers that
/// many in 2024 [derived].
#[test]
fn epoch_2030_h100_shipments_2024() {
    let walls = Walls::new(&epoch());
    let stock = |t: f64| 10f64.powf(walls.ceilings().compute.stock.at_year(t));
    let shipped_2024 = stock(2025.0) - stock(2024.0);
    assert!(
        (1.5e6..=2.0e6).contains(&shipped_2024),
        "{shipped_2024:.3e}"
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

// The 2026 evidence.

/// Epoch AI's Frontier Data Centers and EPRI: the first 1 GW campuses in early 2026, and the
/// largest run's power 4–16 GW in 2030. The campus a run can use passes through both.
#[test]
fn epoch_frontier_data_centers_campus_from_1_gw_in_2026_to_4_16_gw_in_2030() {
    let walls = Walls::new(&Scenario::preset(PresetId::Evidence2026));
    let campus_gw = |t: f64| 10f64.powf(walls.ceilings().power.campus.at_year(t)) / 1e9;
    check_within(campus_gw(2026.0), 1.0, 1.001);
    assert!(
        (4.0..=16.0).contains(&campus_gw(2030.0)),
        "{}",
        campus_gw(2030.0)
    );
    // And through Colossus 1's 150 MW when it launched.
    let colossus = &crate::history::SITES[0];
    check_within(campus_gw(colossus.year()) * 1e3, colossus.power_mw, 1.01);
}

/// Epoch AI's chip counts: about 20M H100e delivered by the end of 2025, about 6.7M a year
/// earlier.
#[test]
fn epoch_chip_counts_stock_2024_2025() {
    let walls = Walls::new(&Scenario::preset(PresetId::Evidence2026));
    let stock = |t: f64| 10f64.powf(walls.ceilings().compute.stock.at_year(t));
    check_within(stock(2026.0), 2.0e7, 1.02);
    check_within(stock(2025.0), 6.6e6, 1.05);
}

/// Epoch AI's Frontier Data Centers: Colossus 2, the largest facility of early 2026, holds about
/// 1.4M H100e. Two independent routes of the model reach the same size for one run starting
/// then: the chip stock times the three shares (Google's part of the stock, OpenAI's training
/// share, final runs' share of R&D compute), and 1 GW of campus over the GB300 hall's watts per
/// H100e.
#[test]
fn epoch_frontier_data_centers_colossus_2_matches_one_runs_chips_and_power() {
    let walls = Walls::new(&Scenario::preset(PresetId::Evidence2026));
    let colossus = crate::history::SITES
        .iter()
        .find(|site| site.name.starts_with("xAI Colossus 2"))
        .unwrap();
    let observed = colossus.h100e.unwrap();
    let c = walls.ceilings();
    let start = colossus.year();
    let by_chips = 10f64.powf(c.compute.log10_h100e(start));
    let by_power = 10f64.powf(c.power.log10_h100e(start, start));
    check_within(by_chips, observed, 1.5);
    check_within(by_power, observed, 1.5);
}

/// Newkirk et al. 2025 / Epoch 2030: at PUE 1.2 a GB300 NVL72 needs about 1 kW per H100-equivalent
/// at the meter in 2026, down from the H100's 1.7 kW in 2024 — Epoch's 1.28×/yr.
#[test]
fn gb300_needs_about_1_kw_per_h100e_in_2026() {
    let power = FacilityPower::from_scenario(&Scenario::preset(PresetId::Evidence2026));
    check_within(power.facility_w, 1_000.0, 1.1);
    assert_eq!(power.baseline_year, 2026.0);
}

/// The run length: about three months for 2023–25's largest runs, growing to nine by 2028.
#[test]
fn epoch_2025_run_length_three_months_to_nine() {
    let walls = Walls::new(&Scenario::preset(PresetId::Evidence2026));
    for run in crate::history::RUNS
        .iter()
        .filter(|r| r.training_hours.is_some())
    {
        let hours = run.training_hours.unwrap_or_default();
        let months = hours * 3600.0 / SECONDS_PER_MONTH;
        let modelled = walls.run_months(run.year());
        assert!(
            (months / modelled - 1.0).abs() < 0.2,
            "{}: {months:.1} vs {modelled:.1} months",
            run.model
        );
    }
    assert!((walls.run_months(2028.5) - 9.0).abs() < 1e-9);
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
        .unwrap_or(f64::INFINITY);
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
    let evidence = year(PresetId::Evidence2026);
    assert!(year(PresetId::Pessimistic) < evidence);
    assert!(year(PresetId::Optimistic) > evidence + 1.0);
}

/// Epoch 2030 (and reference/walls.md §6): the 1,700 W per H100 of Epoch's power numbers embeds a
/// PUE of 1.2; at the ~1.5 of air-cooled halls (industry average 1.56–1.58, Uptime) the power
/// wall falls by a fifth [derived]. Cooling itself cannot bind: DGX H100s fit air-cooled racks.
#[test]
fn air_cooling_cuts_the_power_wall_by_a_fifth() {
    let air = with(&epoch(), &[(ParamId::Cooling, 0.0)]);
    let pue = FacilityPower::from_scenario(&air).pue();
    check_within(pue, 1.533, 1.01);
    let at = |s: &Scenario| ceiling_starting(s, ComponentId::PowerForOneRun, 2030.0);
    let ratio = at(&air) / at(&epoch());
    assert!((ratio - 1.2 / pue).abs() < 1e-9, "{ratio}");
    assert!(!Walls::new(&air).can_bind(ComponentId::LiquidCooling));
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
    let at = |s: &Scenario| ceiling_starting(s, ComponentId::PowerForOneRun, 2030.0);
    let wall_ratio = at(&dc) / at(&base);
    assert!(site_ratio < 0.96, "{site_ratio}");
    assert!(
        (wall_ratio * site_ratio - 1.0).abs() < 1e-9,
        "{wall_ratio} × {site_ratio}"
    );
}

/// Rack-scale systems need liquid: a GB300 NVL72 with air cooling cannot be built, and the
/// cooling wall says so from the start (the projection warns).
#[test]
fn gb300_with_air_cooling_binds_from_the_start() {
    let air = Scenario::preset(PresetId::Evidence2026)
        .with(ParamId::Cooling, 0.0)
        .unwrap();
    let projection = project(&air);
    assert_eq!(
        projection.wall(WallId::Cooling).binds_in_year,
        Some(f64::from(crate::projection::FIRST_YEAR))
    );
    assert!(projection
        .warnings
        .iter()
        .any(|w| w.to_string().contains("Cooling wall already binds")));
}

/// DCD and Fierce Network: cooling equipment takes 12–18 months; Epoch: power 1–3.6 years and
/// more. Cooling ordered with the power cannot bind; slower than the power, it binds by the
/// difference, a copy of nothing — and only for what is built after today: the power that ran
/// the runs of 2025 was cooled.
#[test]
fn cooling_binds_only_when_slower_than_power() {
    let evidence = Scenario::preset(PresetId::Evidence2026);
    assert!(!Walls::new(&evidence).can_bind(ComponentId::LiquidCooling));
    let slow = with(
        &evidence,
        &[
            (ParamId::CoolingLeadYears, 2.0),
            (ParamId::PowerLeadYears, 1.5),
        ],
    );
    let walls = Walls::new(&slow);
    let ratio = |year| {
        walls.component_ceiling(ComponentId::LiquidCooling, year)
            / walls.component_ceiling(ComponentId::PowerForOneRun, year)
    };
    assert!(ratio(2030.0) < 1.0, "{}", ratio(2030.0));
    for run in crate::history::RUNS {
        assert!((ratio(run.year()) - 1.0).abs() < 1e-12, "{}", run.model);
    }
    assert!(project(&slow)
        .warnings
        .iter()
        .all(|w| !matches!(w, crate::projection::Warning::ContradictsHistory { .. })));
    let projection = project(&slow);
    assert!(
        projection.wall(WallId::Cooling).binds_in_year
            < projection.wall(WallId::Power).binds_in_year
    );
}
