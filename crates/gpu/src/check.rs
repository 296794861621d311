//! The GPU check: the sweep kernel's phase diagram against the f64 model, cell by cell.
//!
//! The sweep kernel is the one the product runs (Monte Carlo sweeps and the phase diagram). The
//! check runs its grid path ([`GpuContext::grid`]) over a square [`GridCheck`] and compares every
//! cell with [`firstwall_model::sweep::grid`], the f64 reference, in [`compare`]. The app runs it
//! live (the Optimization view), `firstwall gpu-check` prints it, and the tests assert it.

use firstwall_model::param::{ParamId, Span};
use firstwall_model::sweep::{grid, Axis, MAX_AXIS_STEPS};
use firstwall_model::{PresetId, Scenario, WallId};

use crate::{GpuContext, GpuError};

/// How far apart, in years, the GPU's and the model's first-wall years may be in a cell that
/// agrees: 2×10⁻³ years, about 18 hours, the bound `tests/sweep.rs` holds the kernel's grid to.
///
/// Both engines refine a crossing only until its bracket is [`YEAR_TOLERANCE`] wide (2⁻¹² year,
/// about two hours) or demand and ceiling are within `EXCESS_TOLERANCE` (10⁻⁵ in log10), so two
/// correct answers can already differ by a few hours; f32 in log10 space, with years counted
/// from 2024, then moves a crossing where demand and ceiling grow at nearly the same rate by a
/// few hours more. Eight times [`YEAR_TOLERANCE`] covers both. Measured on lavapipe, the largest
/// difference is 1.3×10⁻⁴ years on the 64 × 64 grid and 1.2×10⁻³ years on 1,024 × 1,024.
///
/// [`YEAR_TOLERANCE`]: firstwall_model::walls::YEAR_TOLERANCE
pub const CELL_YEAR_TOLERANCE: f64 = 2e-3;

/// The share of cells that must agree for the check to pass: 99.5 %, the bound `tests/sweep.rs`
/// holds the kernel's grid to.
///
/// A cell whose parameters put two walls within f32 rounding of each other (on a boundary of the
/// phase diagram, or walls tied within `TIE_YEARS`) may tip to either wall on the GPU; such cells
/// are a thin line through the grid, a few per boundary. Half a percent leaves room for them —
/// 20 of the 4,096 cells of a 64 × 64 grid — and still fails a kernel that gets any region of the
/// diagram wrong. A grid under 200 cells must agree everywhere.
pub const MIN_AGREEING_SHARE: f64 = 0.995;

/// The horizontal axis of the check: the power of the largest campus in 2026, over 0.05–20 GW.
pub const CHECK_X_PARAM: ParamId = ParamId::CampusGw2026;

/// The vertical axis of the check: the growth of the largest training run, over 2–8 ×/yr.
pub const CHECK_Y_PARAM: ParamId = ParamId::DemandGrowth;

/// What the check computes: a square phase diagram of two parameters around a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct GridCheck {
    /// Every parameter not on an axis takes its value here.
    pub base: Scenario,
    /// The horizontal axis.
    pub x: Axis,
    /// The vertical axis.
    pub y: Axis,
}

impl GridCheck {
    /// About `cells` cells: a square grid of `side × side` around the default preset, where
    /// `side` is the whole number nearest `√cells`, at least 2 and at most
    /// [`MAX_AXIS_STEPS`] (4,096 cells are 64 × 64).
    ///
    /// The axes are [`CHECK_X_PARAM`] and [`CHECK_Y_PARAM`], over the ranges `tests/sweep.rs`
    /// compares: wider than their plausible ranges (0.7–1.4 GW, 3.7–4.8 ×/yr), where only compute
    /// and power come first, so that the grid crosses three walls (data, compute, power) and the
    /// boundaries between them.
    pub fn square(cells: u32) -> Self {
        let side = Self::side_for(cells);
        let axis = |param: ParamId, low: f64, high: f64| Axis {
            param,
            low,
            high,
            steps: side,
            log: Span::of(param.spec(), low, high).log,
        };
        Self {
            base: Scenario::preset(PresetId::DEFAULT),
            x: axis(CHECK_X_PARAM, 0.05, 20.0),
            y: axis(CHECK_Y_PARAM, 2.0, 8.0),
        }
    }

    /// The side of the square grid for about `cells` cells.
    pub fn side_for(cells: u32) -> u32 {
        // A u32's square root is at most 65,536 and the result is clamped: the cast is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let side = f64::from(cells).sqrt().round() as u32;
        side.clamp(2, MAX_AXIS_STEPS)
    }

    /// The number of cells, `x.steps × y.steps`.
    pub fn cells(&self) -> usize {
        self.x.steps as usize * self.y.steps as usize
    }

    /// The model's answer in every cell, in the grid's order (f64, on the CPU).
    pub fn on_cpu(&self) -> Vec<Option<(WallId, f64)>> {
        grid(&self.base, &self.x, &self.y)
    }
}

/// How the GPU's phase diagram compares with the model's, cell by cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridAgreement {
    /// Cells in the model's grid.
    pub cells: usize,
    /// Cells where the GPU gives the model's first wall (or, like the model, none before the
    /// horizon) at a year within [`CELL_YEAR_TOLERANCE`] of the model's.
    pub agreeing: usize,
    /// The largest difference between the two years among the agreeing cells, years (0 when no
    /// agreeing cell has a wall).
    pub max_diff_years: f64,
}

impl GridAgreement {
    /// Cells where the GPU gives another first wall, or the same one at another year: on a
    /// correct kernel, only cells on a boundary between two walls.
    pub fn disagreeing(&self) -> usize {
        self.cells - self.agreeing
    }

    /// The most cells that may disagree in a check that passes: the part of the grid beyond
    /// [`MIN_AGREEING_SHARE`], rounded down (20 of 4,096; none under 200 cells).
    pub fn max_disagreeing(&self) -> usize {
        // A grid has at most 2²⁰ cells: the product is exact enough, and its ceiling fits.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let min_agreeing = (self.cells as f64 * MIN_AGREEING_SHARE).ceil() as usize;
        self.cells.saturating_sub(min_agreeing)
    }

    /// Whether at least [`MIN_AGREEING_SHARE`] of the cells agree (an empty grid never does).
    pub fn agrees(&self) -> bool {
        self.cells > 0 && self.disagreeing() <= self.max_disagreeing()
    }
}

impl GpuContext {
    /// Computes `check`'s grid on the sweep kernel and on the f64 model, and compares them cell
    /// by cell. The model's half runs on the calling thread (a 64 × 64 grid takes a few
    /// milliseconds).
    pub async fn check_against_model(&self, check: &GridCheck) -> Result<GridAgreement, GpuError> {
        let on_gpu = self.grid(&check.base, &check.x, &check.y).await?;
        Ok(compare(&check.on_cpu(), &on_gpu))
    }
}

/// Compares the GPU's cells with the model's, in the order of
/// [`firstwall_model::sweep::grid`].
///
/// A cell agrees when both give the same first wall at years within [`CELL_YEAR_TOLERANCE`]
/// (a NaN year never does), or both give none. Cells are compared by position, so when the GPU
/// returns another number of cells than the model, none is taken to agree.
pub fn compare(cpu: &[Option<(WallId, f64)>], gpu: &[Option<(WallId, f64)>]) -> GridAgreement {
    let mut agreement = GridAgreement {
        cells: cpu.len(),
        agreeing: 0,
        max_diff_years: 0.0,
    };
    if cpu.len() != gpu.len() {
        return agreement;
    }
    for (a, b) in cpu.iter().zip(gpu) {
        match (a, b) {
            (None, None) => agreement.agreeing += 1,
            (Some((wall_a, year_a)), Some((wall_b, year_b))) if wall_a == wall_b => {
                let diff_years = (year_a - year_b).abs();
                // `<=` is false for NaN: a NaN year disagrees.
                if diff_years <= CELL_YEAR_TOLERANCE {
                    agreement.agreeing += 1;
                    agreement.max_diff_years = agreement.max_diff_years.max(diff_years);
                }
            }
            _ => {}
        }
    }
    agreement
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small grid's model answers, with at least one cell of each kind (a wall and none).
    fn model_cells() -> Vec<Option<(WallId, f64)>> {
        let mut cells = GridCheck::square(16).on_cpu();
        cells.push(None);
        cells
    }

    #[test]
    fn the_model_agrees_with_itself() {
        let cells = model_cells();
        let agreement = compare(&cells, &cells);
        assert_eq!(agreement.cells, cells.len());
        assert_eq!(agreement.agreeing, cells.len());
        assert_eq!(agreement.disagreeing(), 0);
        assert!(agreement.max_diff_years.abs() < f64::EPSILON);
        assert!(agreement.agrees());
    }

    #[test]
    fn years_within_the_tolerance_agree_and_the_largest_difference_is_reported() {
        let cpu = model_cells();
        let mut gpu = cpu.clone();
        let shifted = gpu.iter_mut().flatten().nth(1).expect("a cell with a wall");
        shifted.1 += 0.001;
        let agreement = compare(&cpu, &gpu);
        assert_eq!(agreement.agreeing, cpu.len());
        assert!(
            (agreement.max_diff_years - 0.001).abs() < 1e-9,
            "{agreement:?}"
        );
        assert!(agreement.agrees());
    }

    #[test]
    fn a_year_a_hundredth_off_or_another_wall_disagrees() {
        let cpu = model_cells();
        let mut gpu = cpu.clone();
        let mut walls = gpu.iter_mut().flatten();
        walls.next().expect("a cell with a wall").1 += 0.01;
        let other = walls.next().expect("a second cell with a wall");
        other.0 = if other.0 == WallId::ALL[0] {
            WallId::ALL[1]
        } else {
            WallId::ALL[0]
        };
        let agreement = compare(&cpu, &gpu);
        assert_eq!(agreement.disagreeing(), 2);
        // 15 of 17 cells: far under the threshold.
        assert!(!agreement.agrees(), "{agreement:?}");
    }

    #[test]
    fn none_must_match_none() {
        let cpu = model_cells();
        let mut gpu = cpu.clone();
        *gpu.last_mut().expect("cells") = Some((WallId::ALL[0], 2030.0));
        *gpu.iter_mut().find(|c| c.is_some()).expect("a wall") = None;
        assert_eq!(compare(&cpu, &gpu).disagreeing(), 2);
    }

    #[test]
    fn missing_cells_or_nan_years_disagree() {
        let cpu = model_cells();
        let short = compare(&cpu, &cpu[1..]);
        assert_eq!((short.cells, short.agreeing), (cpu.len(), 0));
        assert!(!short.agrees());
        let mut nan = cpu.clone();
        nan.iter_mut().flatten().next().expect("a wall").1 = f64::NAN;
        assert_eq!(compare(&cpu, &nan).disagreeing(), 1);
        assert!(!compare(&[], &[]).agrees());
    }

    #[test]
    fn small_grids_must_agree_everywhere() {
        for (cells, allowed) in [(4, 0), (199, 0), (200, 1), (4096, 20), (65_536, 327)] {
            let agreement = GridAgreement {
                cells,
                agreeing: cells - allowed,
                max_diff_years: 0.0,
            };
            assert_eq!(agreement.max_disagreeing(), allowed, "{cells}");
            assert!(agreement.agrees(), "{cells}");
            let one_more = GridAgreement {
                agreeing: cells - allowed - 1,
                ..agreement
            };
            assert!(!one_more.agrees(), "{cells}");
        }
    }

    #[test]
    fn a_few_boundary_cells_in_a_large_grid_pass_and_more_fail() {
        let cpu = vec![Some((WallId::ALL[0], 2030.0)); 4096];
        let mut gpu = cpu.clone();
        for cell in gpu.iter_mut().take(20) {
            *cell = Some((WallId::ALL[1], 2030.0));
        }
        let agreement = compare(&cpu, &gpu);
        assert_eq!(agreement.max_disagreeing(), 20);
        assert!(agreement.agrees());
        gpu[20] = None;
        assert!(
            !compare(&cpu, &gpu).agrees(),
            "21 of 4,096 is over half a percent"
        );
    }

    #[test]
    fn the_grid_is_the_nearest_square_within_the_axis_limits() {
        for (asked, side) in [
            (0, 2),
            (1, 2),
            (5, 2),
            (4096, 64),
            (5000, 71),
            (65_536, 256),
            (u32::MAX, MAX_AXIS_STEPS),
        ] {
            let check = GridCheck::square(asked);
            assert_eq!((check.x.steps, check.y.steps), (side, side), "{asked}");
            assert_eq!(check.cells(), side as usize * side as usize);
        }
        let check = GridCheck::square(4096);
        assert_eq!(
            (check.x.param, check.y.param),
            (CHECK_X_PARAM, CHECK_Y_PARAM)
        );
        assert_eq!(check.base, Scenario::preset(PresetId::DEFAULT));
    }
}
