//! The backtest as a table: every frontier record of [`history::RUNS`] against the scenario's
//! lowest ceiling and its demand trend on the day the run was published. A ceiling below a record
//! is falsified by history (the projection warns; `tests/backtest.rs` forbids it for forecasts).

use crate::history::{self, Run};
use crate::walls::{WallId, Walls};

/// One record run against one scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Check {
    /// The run that happened.
    pub run: &'static Run,
    /// The lowest wall that has a ceiling then, and that ceiling in FLOP. A wall with a ceiling
    /// of zero (racks the cooling cannot take) is left out: history says nothing about it.
    pub lowest: Option<(WallId, f64)>,
    /// The scenario's demand trend on the publication date, FLOP.
    pub demand_flop: f64,
}

impl Check {
    /// The lowest ceiling over the run's compute (`None` when no wall has a ceiling then).
    pub fn headroom(&self) -> Option<f64> {
        self.lowest.map(|(_, ceiling)| ceiling / self.run.flop)
    }

    /// Whether history holds: no wall's ceiling lies below the run.
    pub fn holds(&self) -> bool {
        self.headroom().is_none_or(|headroom| headroom >= 1.0)
    }

    /// The demand trend over the run's compute.
    pub fn demand_ratio(&self) -> f64 {
        self.demand_flop / self.run.flop
    }
}

/// A wall's ceiling when `run` was published, FLOP, where history can speak to it: `None` for a
/// wall without a ceiling, and for a ceiling of zero — a design whose racks the cooling cannot
/// take, which says nothing about the runs that happened.
pub fn ceiling_at(walls: &Walls, wall: WallId, run: &Run) -> Option<f64> {
    walls
        .ceiling(wall, run.year())
        .filter(|&ceiling| ceiling > 0.0)
}

/// Every frontier record, in order of publication, against `walls`.
pub fn backtest(walls: &Walls) -> Vec<Check> {
    let demand = walls.demand();
    history::records()
        .map(|run| {
            let lowest = WallId::ALL
                .iter()
                .filter_map(|&wall| Some((wall, ceiling_at(walls, wall, run)?)))
                .min_by(|a, b| a.1.total_cmp(&b.1));
            Check {
                run,
                lowest,
                demand_flop: demand.flop_in(run.year()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PresetId, Scenario};

    #[test]
    fn epoch_large_scale_models_records_hold_in_the_evidence_preset() {
        let checks = backtest(&Walls::new(&Scenario::preset(PresetId::Evidence2026)));
        assert!(checks.len() >= 5, "{}", checks.len());
        assert!(checks.windows(2).all(|w| w[0].run.flop < w[1].run.flop));
        for check in &checks {
            assert!(check.holds(), "{check:?}");
            assert!((0.5..=2.0).contains(&check.demand_ratio()), "{check:?}");
        }
    }

    #[test]
    fn the_source_diagrams_memory_wall_fails_the_backtest() {
        let checks = backtest(&Walls::new(&Scenario::preset(PresetId::Source2025)));
        let failed = checks
            .iter()
            .find(|c| !c.holds())
            .expect("a record above a ceiling");
        assert_eq!(
            failed.lowest.map(|(wall, _)| wall),
            Some(WallId::MemoryNetwork)
        );
        assert!(failed.headroom().is_some_and(|h| h < 1.0));
    }
}
