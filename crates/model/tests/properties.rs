//! Invariants of the model over random valid scenarios: ceilings are finite and positive (or
//! unbounded where a wall cannot bind), supply never lowers its own wall, and the first wall
//! agrees with the series it is read from.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use firstwall_model::param::Distribution;
use firstwall_model::projection::{FIRST_YEAR, LAST_YEAR, TIE_TOLERANCE_YEARS};
use firstwall_model::walls::ComponentId;
use firstwall_model::{project, ParamId, PresetId, Scenario, WallId, Walls};
use proptest::prelude::*;

/// Maps uniform numbers in [0, 1) to a value per parameter between `lo(p)` and `hi(p)` (in log
/// space for log-distributed parameters).
fn scenario_from(
    unit: &[f64],
    bounds: impl Fn(&firstwall_model::param::Param) -> (f64, f64),
) -> Scenario {
    let mut scenario = Scenario::preset(PresetId::Evidence2026);
    for (&id, &u) in ParamId::ALL.iter().zip(unit) {
        let spec = id.spec();
        let (lo, hi) = bounds(spec);
        let log = matches!(
            spec.distribution,
            Distribution::LogNormal | Distribution::LogUniform
        ) && lo > 0.0;
        let value = if spec.is_choice() {
            (u * spec.options.len() as f64).floor().min(spec.max)
        } else if log {
            (lo.ln() + u * (hi.ln() - lo.ln())).exp()
        } else {
            lo + u * (hi - lo)
        };
        // A count is whole (a scenario refuses 1.5 accelerators).
        let value = if spec.whole { value.round() } else { value };
        scenario = scenario.with(id, value.clamp(spec.min, spec.max)).unwrap();
    }
    scenario
}

fn plausible() -> impl Strategy<Value = Scenario> {
    proptest::collection::vec(0.0..1.0f64, ParamId::COUNT)
        .prop_map(|unit| scenario_from(&unit, |p| (p.low, p.high)))
}

fn anywhere_allowed() -> impl Strategy<Value = Scenario> {
    proptest::collection::vec(0.0..=1.0f64, ParamId::COUNT).prop_map(|unit| {
        scenario_from(&unit, |p| {
            (p.min.max(if p.min > 0.0 { p.min } else { 0.0 }), p.max)
        })
    })
}

fn years() -> impl Iterator<Item = f64> {
    (FIRST_YEAR..=LAST_YEAR).map(f64::from)
}

/// Parameters that add supply to a wall: raising them must never lower that wall's ceiling.
/// Growth rates act after their anchor (plus the run's length, since a run draws on what was
/// there when it started), so they only raise the ceiling from then on. Run length is not here: a
/// longer run has more time but starts earlier, on fewer chips.
const RAISES: &[(ParamId, WallId, f64)] = &[
    (ParamId::TextStock, WallId::Data, 2024.0),
    (ParamId::StockGrowth, WallId::Data, 2024.0),
    (ParamId::QualityFraction, WallId::Data, 2024.0),
    (ParamId::Epochs, WallId::Data, 2024.0),
    (ParamId::MultimodalTokens, WallId::Data, 2024.0),
    (ParamId::SyntheticTokens, WallId::Data, 2024.0),
    (ParamId::MoeActiveFraction, WallId::Data, 2024.0),
    (ParamId::ChipStock2025, WallId::Compute, 2024.0),
    (ParamId::ChipStockGrowth, WallId::Compute, 2027.0),
    (ParamId::LabShare, WallId::Compute, 2024.0),
    (ParamId::TrainingFraction, WallId::Compute, 2024.0),
    (ParamId::RunShare, WallId::Compute, 2024.0),
    (ParamId::Utilization, WallId::Compute, 2024.0),
    (ParamId::PrecisionSpeedup, WallId::Compute, 2024.0),
    (ParamId::KneeFlop, WallId::Compute, 2024.0),
    (ParamId::BatchTokens, WallId::MemoryNetwork, 2024.0),
    (ParamId::StepsPerSync, WallId::MemoryNetwork, 2024.0),
    (ParamId::InterSitePbps2030, WallId::MemoryNetwork, 2024.0),
    (ParamId::BandwidthGrowth, WallId::MemoryNetwork, 2030.0),
    (ParamId::CampusGw2026, WallId::Power, 2024.0),
    (ParamId::CampusGrowth, WallId::Power, 2027.0),
    (ParamId::AiCapacityGw2025, WallId::Power, 2024.0),
    (ParamId::PowerGrowth, WallId::Power, 2027.0),
    (ParamId::EfficiencyGrowth, WallId::Power, 2028.0),
    (ParamId::LabShare, WallId::Power, 2024.0),
    (ParamId::TrainingFraction, WallId::Power, 2024.0),
    (ParamId::FreeCoolingShare, WallId::Power, 2024.0),
    (ParamId::KneeFlop, WallId::Power, 2024.0),
];

/// Parameters that take supply away: raising them must never raise that wall's ceiling.
const LOWERS: &[(ParamId, WallId)] = &[
    (ParamId::TokensPerParam, WallId::Data),
    (ParamId::LayerLatencyUs, WallId::MemoryNetwork),
    (ParamId::DepthCoefficient, WallId::MemoryNetwork),
    (ParamId::FibreKm, WallId::MemoryNetwork),
    (ParamId::GradientBits, WallId::MemoryNetwork),
    (ParamId::NetworkShare, WallId::Power),
    (ParamId::UtilizationSlope, WallId::Power),
    (ParamId::UtilizationSlope, WallId::Compute),
    (ParamId::CoolingLeadYears, WallId::Cooling),
];

/// A wall's ceiling, or infinity where it cannot bind.
fn ceiling_or_unbounded(walls: &Walls, wall: WallId, year: f64) -> f64 {
    walls.ceiling(wall, year).unwrap_or(f64::INFINITY)
}

/// Relative slack for floating-point noise.
const SLACK: f64 = 1e-9;

fn raised(scenario: &Scenario, id: ParamId) -> Scenario {
    let spec = id.spec();
    assert!(!spec.is_choice(), "{id:?}: choices have no order");
    let value = scenario.get(id);
    let higher = (value * 1.5 + (spec.high - spec.low) * 0.1).min(spec.max);
    let higher = if spec.whole { higher.floor() } else { higher };
    scenario.with(id, higher).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_ceiling_is_finite_and_positive(scenario in anywhere_allowed()) {
        let walls = Walls::new(&scenario);
        let racks_fit = walls.context().racks_fit;
        for year in years() {
            for component in ComponentId::ALL {
                let flop = walls.component_ceiling(component, year);
                if !walls.can_bind(component) {
                    prop_assert!(flop == f64::INFINITY, "{component:?} {year}: {flop}");
                } else if component == ComponentId::LiquidCooling && !racks_fit {
                    prop_assert!(flop == 0.0, "{component:?} {year}: {flop}");
                } else {
                    prop_assert!(flop.is_finite() && flop > 0.0, "{component:?} {year}: {flop}");
                }
            }
            prop_assert!(walls.demand().flop_in(year).is_finite());
        }
    }

    #[test]
    fn supply_never_lowers_its_wall(scenario in plausible()) {
        let before = Walls::new(&scenario);
        for &(id, wall, from_year) in RAISES {
            let after = Walls::new(&raised(&scenario, id));
            for year in years().filter(|&y| y >= from_year) {
                let (b, a) = (ceiling_or_unbounded(&before, wall, year), ceiling_or_unbounded(&after, wall, year));
                prop_assert!(a >= b * (1.0 - SLACK), "raising {id:?} lowered {wall:?} in {year}: {b:e} → {a:e}");
            }
        }
        for &(id, wall) in LOWERS {
            let after = Walls::new(&raised(&scenario, id));
            for year in years() {
                let (b, a) = (ceiling_or_unbounded(&before, wall, year), ceiling_or_unbounded(&after, wall, year));
                prop_assert!(a <= b * (1.0 + SLACK), "raising {id:?} raised {wall:?} in {year}: {b:e} → {a:e}");
            }
        }
    }

    #[test]
    fn the_first_wall_agrees_with_the_series(scenario in anywhere_allowed()) {
        let projection = project(&scenario);
        let walls = Walls::new(&scenario);
        let first_year = projection.first_wall.map_or(f64::INFINITY, |b| b.year);
        // Every wall that binds does so no earlier than the first wall — or within the tie
        // tolerance of it, where walls that bind together are listed in the diagram's order.
        for wall in &projection.walls {
            if let Some(year) = wall.binds_in_year {
                prop_assert!(year >= first_year - TIE_TOLERANCE_YEARS, "{:?} {year} before {first_year}", wall.id);
            }
        }
        // Before the first wall, demand is within every ceiling, year by year (up to the tie
        // tolerance: a wall listed after the first because they tie may bind a moment earlier).
        for (i, &year) in projection.years.iter().enumerate() {
            if f64::from(year) < first_year - TIE_TOLERANCE_YEARS {
                for wall in &projection.walls {
                    if let Some(ceilings) = &wall.ceiling_flop {
                        prop_assert!(projection.demand_flop[i] <= ceilings[i] * (1.0 + SLACK),
                            "{:?} exceeded in {year}, before the first wall ({first_year})", wall.id);
                    }
                }
            }
        }
        // At the first wall, demand meets its ceiling (or already exceeds it at the start).
        if let Some(first) = projection.first_wall {
            let ceiling = ceiling_or_unbounded(&walls, first.wall, first.year);
            let demand = walls.demand().flop_in(first.year);
            if first.year > f64::from(FIRST_YEAR) {
                // Crossings are refined to 2⁻¹² year or until demand and ceiling agree to 1e-5 in
                // log10: within a few hours' growth of demand.
                let slope = projection.demand_flop[1] / projection.demand_flop[0];
                let tolerance = slope.powf(2.0 / 4096.0) - 1.0 + 1e-4;
                prop_assert!((demand / ceiling - 1.0).abs() < tolerance, "{demand:e} vs {ceiling:e}");
            } else {
                prop_assert!(demand > ceiling);
            }
            prop_assert_eq!(projection.order[0], first);
        } else {
            prop_assert!(projection.order.is_empty());
        }
        // Deterministic.
        prop_assert_eq!(project(&scenario), projection);
    }
}

#[test]
fn a_tie_is_reported_in_the_source_diagrams_order() {
    // Cooling a billionth of a year slower than the power it cools holds the run back by that
    // much: it binds with power, and power comes first in the diagram's order.
    let power_lead = ParamId::PowerLeadYears.spec().default;
    let scenario = Scenario::preset(PresetId::Evidence2026)
        .with(ParamId::CoolingLeadYears, power_lead + 1e-9)
        .unwrap();
    let projection = project(&scenario);
    let first = projection.first_wall.unwrap();
    assert_eq!(first.wall, WallId::Power);
    assert_eq!(projection.order[1].wall, WallId::Cooling);
    assert!(projection.order[1].tied_with_previous);
    assert!(projection
        .warnings
        .iter()
        .any(|w| w.to_string() == "Power and Cooling bind first at the same time"));
}

#[test]
fn no_wall_before_the_horizon_is_explicit() {
    let scenario = Scenario::preset(PresetId::Evidence2026)
        .with(ParamId::DemandGrowth, 1.01)
        .unwrap();
    let projection = project(&scenario);
    assert_eq!(projection.first_wall, None);
    assert!(projection.order.is_empty());
    assert!(projection
        .warnings
        .iter()
        .any(|w| w.to_string() == "no wall binds before 2040, the end of the projection"));
}
