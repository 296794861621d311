//! `firstwall gpu-check`: run the sweep kernel's phase diagram on this machine's adapter and
//! compare every cell with the f64 model.

use std::fmt;
use std::time::Instant;

use anyhow::{bail, Context as _};
use firstwall_gpu::{GridCheck, CELL_YEAR_TOLERANCE, MIN_AGREEING_SHARE};
use firstwall_model::sweep::{Axis, MAX_AXIS_STEPS};
use serde::Serialize;

/// The most cells `--cases` takes: a grid of [`MAX_AXIS_STEPS`] on each side.
const MAX_CELLS: i64 = MAX_AXIS_STEPS as i64 * MAX_AXIS_STEPS as i64;

/// Arguments of `gpu-check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many cells of the phase diagram to compare, rounded to a square grid (4 to 1,048,576;
    /// 65,536 is 256 × 256).
    #[arg(long, default_value_t = 65_536, value_parser = clap::value_parser!(u32).range(4..=MAX_CELLS))]
    cases: u32,
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Runs the check, prints the report, and fails if the GPU disagrees with the model.
    pub fn run(&self) -> anyhow::Result<()> {
        let started = Instant::now();
        let gpu = pollster::block_on(firstwall_gpu::GpuContext::new()).context("no usable GPU")?;
        let setup_s = started.elapsed().as_secs_f64();
        let check = GridCheck::square(self.cases);
        let started = Instant::now();
        let agreement =
            pollster::block_on(gpu.check_against_model(&check)).context("the GPU check failed")?;
        let report = Report {
            adapter: gpu.adapter().to_string(),
            preset: check.base.preset_id().id(),
            x: AxisReport::of(&check.x),
            y: AxisReport::of(&check.y),
            cells: agreement.cells,
            agreeing_cells: agreement.agreeing,
            disagreeing_cells: agreement.disagreeing(),
            max_disagreeing_cells: agreement.max_disagreeing(),
            max_diff_years: agreement.max_diff_years,
            tolerance_years: CELL_YEAR_TOLERANCE,
            min_agreeing_share: MIN_AGREEING_SHARE,
            agrees: agreement.agrees(),
            setup_s,
            elapsed_s: started.elapsed().as_secs_f64(),
        };
        super::print(&report, self.json)?;
        if !report.agrees {
            bail!(
                "the GPU disagrees with the model in {} of {} cells, more than the {} allowed \
                 for cells on a boundary between two walls",
                report.disagreeing_cells,
                report.cells,
                report.max_disagreeing_cells
            );
        }
        Ok(())
    }
}

/// One axis of the grid compared.
#[derive(Debug, Serialize)]
pub struct AxisReport {
    /// The parameter's id.
    param: &'static str,
    /// Its unit.
    unit: &'static str,
    /// First value.
    low: f64,
    /// Last value.
    high: f64,
    /// Values along the axis.
    steps: u32,
}

impl AxisReport {
    fn of(axis: &Axis) -> Self {
        let spec = axis.param.spec();
        Self {
            param: spec.id,
            unit: spec.unit,
            low: axis.low,
            high: axis.high,
            steps: axis.steps,
        }
    }
}

impl fmt::Display for AxisReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} from {} to {} {} in {} steps",
            self.param, self.low, self.high, self.unit, self.steps
        )
    }
}

/// How the GPU's phase diagram compares with the model's.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The adapter, in words.
    adapter: String,
    /// The preset every other parameter comes from.
    preset: &'static str,
    /// The horizontal axis.
    x: AxisReport,
    /// The vertical axis.
    y: AxisReport,
    /// Cells compared.
    cells: usize,
    /// Cells with the model's first wall (or none) at a year within `tolerance_years`.
    agreeing_cells: usize,
    /// The other cells: on a correct kernel, cells on a boundary between two walls.
    disagreeing_cells: usize,
    /// The most disagreeing cells a passing check may have (the cells beyond
    /// `min_agreeing_share`).
    max_disagreeing_cells: usize,
    /// The largest year difference among the agreeing cells, years.
    max_diff_years: f64,
    /// How far apart two years may be in a cell that agrees, years.
    tolerance_years: f64,
    /// The share of cells that must agree.
    min_agreeing_share: f64,
    /// Whether at least `min_agreeing_share` of the cells agree.
    agrees: bool,
    /// Opening the GPU, s.
    setup_s: f64,
    /// Both grids and the comparison, s.
    elapsed_s: f64,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "adapter             {}", self.adapter)?;
        writeln!(
            f,
            "grid                {} cells around {}",
            self.cells, self.preset
        )?;
        writeln!(f, "  across            {}", self.x)?;
        writeln!(f, "  up                {}", self.y)?;
        writeln!(
            f,
            "agreeing cells      {} (same first wall, years within {:.0e} years)",
            self.agreeing_cells, self.tolerance_years
        )?;
        writeln!(
            f,
            "disagreeing cells   {} (at most {} allowed: cells on a wall boundary may tip either way)",
            self.disagreeing_cells, self.max_disagreeing_cells
        )?;
        writeln!(f, "largest difference  {:.2e} years", self.max_diff_years)?;
        writeln!(
            f,
            "verdict             {}",
            if self.agrees {
                "GPU and CPU agree"
            } else {
                "GPU and CPU DISAGREE"
            }
        )?;
        writeln!(
            f,
            "time                {:.1} ms (setup {:.1} ms)",
            self.elapsed_s * 1e3,
            self.setup_s * 1e3
        )
    }
}
