//! The backtest: the model against what already happened (Epoch AI, "Data on Large-Scale AI
//! Models", every run of at least 1e25 FLOP to 2026-04-24). A ceiling below a run that happened is
//! falsified; a forecast whose first wall lies before today is too.

use firstwall_model::history::{self, RUNS};
use firstwall_model::projection::{Warning, FIRST_YEAR, LAST_YEAR};
use firstwall_model::walls::ComponentId;
use firstwall_model::{project, PresetId, Scenario, WallId, Walls};

/// Every wall with a ceiling is above every observed run when it was published.
fn check_history_holds(preset: PresetId) {
    let walls = Walls::new(&Scenario::preset(preset));
    for run in &RUNS {
        for wall in WallId::ALL {
            if let Some(ceiling) = walls.ceiling(wall, run.year()) {
                assert!(
                    ceiling >= run.flop,
                    "{preset:?}: the {} wall is {ceiling:.2e} FLOP when {} ({:.2e} FLOP) was published",
                    wall.label(),
                    run.model,
                    run.flop
                );
            }
        }
    }
    let projection = project(&Scenario::preset(preset));
    assert!(
        !projection
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::ContradictsHistory { .. })),
        "{preset:?}: {:?}",
        projection.warnings
    );
}

#[test]
fn epoch_large_scale_models_no_forecast_ceiling_lies_below_a_run_that_happened() {
    for preset in PresetId::ALL.into_iter().filter(|p| p.is_forecast()) {
        check_history_holds(preset);
    }
}

/// The corners leave what 2024–26 pinned down at the evidence, so history holds in them too.
#[test]
fn epoch_large_scale_models_history_holds_in_the_corners() {
    check_history_holds(PresetId::Optimistic);
    check_history_holds(PresetId::Pessimistic);
}

#[test]
fn epoch_large_scale_models_no_forecast_binds_before_today() {
    let today = history::evidence_as_of_year();
    for preset in PresetId::ALL.into_iter().filter(|p| p.is_forecast()) {
        let first = project(&Scenario::preset(preset)).first_wall.unwrap();
        assert!(first.year >= today, "{preset:?}: {first:?} before {today}");
    }
}

/// The source diagram says memory binds now. Grok 3, GPT-4.5 and Grok 4 went past it in 2025;
/// the preset keeps the diagram's view and the projection says history contradicts it.
#[test]
fn epoch_large_scale_models_contradict_the_source_diagrams_memory_wall() {
    let projection = project(&Scenario::preset(PresetId::Source2025));
    let contradiction = projection
        .warnings
        .iter()
        .find_map(|w| match w {
            Warning::ContradictsHistory { wall, run, .. } => Some((*wall, run.model)),
            _ => None,
        })
        .expect("a contradiction");
    assert_eq!(contradiction, (WallId::MemoryNetwork, "Grok 4"));
}

/// Demand passes through the observed frontier: every record within ×2 of the trend through the
/// records, and within ×2 of Epoch's trend through GPT-4.
#[test]
fn epoch_large_scale_models_demand_passes_through_the_frontier_within_2x() {
    for preset in [PresetId::Evidence2026, PresetId::Epoch2030] {
        let demand = Walls::new(&Scenario::preset(preset)).demand();
        for run in history::records() {
            let ratio = demand.flop_in(run.year()) / run.flop;
            assert!(
                (0.5..=2.0).contains(&ratio),
                "{preset:?} {}: ×{ratio:.2}",
                run.model
            );
        }
    }
}

/// The pessimistic corner is never above the 2026 evidence, and the evidence never above the
/// optimistic corner, for any component in any year.
#[test]
fn preset_coherence_pessimistic_evidence_optimistic() {
    let walls = |p| Walls::new(&Scenario::preset(p));
    let (low, mid, high) = (
        walls(PresetId::Pessimistic),
        walls(PresetId::Evidence2026),
        walls(PresetId::Optimistic),
    );
    for year in FIRST_YEAR..=LAST_YEAR {
        let year = f64::from(year);
        for component in ComponentId::ALL {
            let at = |w: &Walls| {
                if w.can_bind(component) {
                    w.component_ceiling(component, year)
                } else {
                    f64::INFINITY
                }
            };
            let (l, m, h) = (at(&low), at(&mid), at(&high));
            assert!(
                l <= m * (1.0 + 1e-12),
                "{component:?} {year}: pessimistic {l:e} > {m:e}"
            );
            assert!(
                m <= h * (1.0 + 1e-12),
                "{component:?} {year}: {m:e} > optimistic {h:e}"
            );
        }
    }
}
