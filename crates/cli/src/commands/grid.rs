//! `firstwall grid`: the phase diagram — the first wall and its year over a grid of two
//! parameters, as a map of letters or as CSV.

use std::fmt;

use anyhow::Context as _;
use firstwall_model::sweep::{grid_counts, Axis, SweepError};
use firstwall_model::WallId;

use super::{open_gpu, EngineArg, ScenarioArgs};
use crate::table::num;

/// The most columns and rows of the map; a larger grid is sampled evenly.
const MAP_COLUMNS: u32 = 72;
/// See [`MAP_COLUMNS`].
const MAP_ROWS: u32 = 36;

/// Arguments of `grid`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The horizontal axis: `ID:LOW:HIGH:N` (log-spaced for log-distributed parameters).
    #[arg(long, value_name = "ID:LOW:HIGH:N", value_parser = axis)]
    x: Axis,
    /// The vertical axis: `ID:LOW:HIGH:N`.
    #[arg(long, value_name = "ID:LOW:HIGH:N", value_parser = axis)]
    y: Axis,
    #[command(flatten)]
    base: ScenarioArgs,
    /// Where to compute: `cpu` or `gpu`.
    #[arg(long, value_enum, default_value_t = EngineArg::Cpu)]
    engine: EngineArg,
    /// Print every cell as CSV (`x,y,first_wall,year`) instead of a map.
    #[arg(long)]
    csv: bool,
}

/// `--x`, `--y`: an axis, `ID:LOW:HIGH:N`.
fn axis(text: &str) -> Result<Axis, String> {
    Axis::parse(text).map_err(|err| err.to_string())
}

impl Args {
    /// Computes the grid and prints it as a map or as CSV.
    pub fn run(&self) -> anyhow::Result<()> {
        let base = self.base.scenario()?;
        if self.x.param == self.y.param {
            return Err(SweepError::SameAxis(self.x.param.spec().id).into());
        }
        let cells = match self.engine {
            EngineArg::Gpu => {
                let gpu = open_gpu()?;
                pollster::block_on(gpu.grid(&base, &self.x, &self.y))
                    .context("the GPU grid failed")?
            }
            EngineArg::Cpu => firstwall_model::sweep::grid(&base, &self.x, &self.y),
        };
        let report = Report {
            x: self.x,
            y: self.y,
            cells,
        };
        if self.csv {
            super::print_text(&Csv(&report));
        } else {
            super::print_text(&report);
        }
        Ok(())
    }
}

/// The first wall and its year in every cell of a grid; shown as a map (`Display`) or as CSV
/// ([`Csv`]). It has no JSON form: `--csv` is the form for programs.
#[derive(Debug)]
pub struct Report {
    /// The horizontal axis.
    x: Axis,
    /// The vertical axis.
    y: Axis,
    /// Row by row from the lowest `y`, each from the lowest `x`: the first wall and its year, or
    /// `None` when no wall binds before 2040.
    cells: Vec<Option<(WallId, f64)>>,
}

/// One letter per first wall, for the map.
fn wall_letter(cell: Option<(WallId, f64)>) -> char {
    match cell.map(|c| c.0) {
        Some(WallId::Data) => 'D',
        Some(WallId::Software) => 'A',
        Some(WallId::Compute) => 'C',
        Some(WallId::MemoryNetwork) => 'M',
        Some(WallId::Power) => 'P',
        Some(WallId::Cooling) => 'L',
        None => '.',
    }
}

/// The `k`-th of `shown` steps picked evenly from `steps`.
fn pick(k: u32, shown: u32, steps: u32) -> u32 {
    if shown <= 1 {
        0
    } else {
        k * (steps - 1) / (shown - 1)
    }
}

impl Report {
    /// The share of cells in each outcome, as "Power 52 %, none 3 %".
    fn shares(&self) -> String {
        let counts = grid_counts(&self.cells);
        // Counts of cells are far below 2^53, so the conversions are exact.
        #[allow(clippy::cast_precision_loss)]
        let percent = |n: usize| n as f64 / self.cells.len() as f64 * 100.0;
        let parts: Vec<String> = WallId::ALL
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(w, n)| format!("{} {:.0} %", w.label(), percent(n)))
            .chain((counts[6] > 0).then(|| format!("none {:.0} %", percent(counts[6]))))
            .collect();
        parts.join(", ")
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (x, y) = (&self.x, &self.y);
        // The map: at most 72 columns and 36 rows, sampled evenly; y grows upwards.
        let columns = x.steps.min(MAP_COLUMNS);
        let rows = y.steps.min(MAP_ROWS);
        writeln!(
            f,
            "first wall over {} (→, {} … {} {}) and {} (↑, {} … {} {})",
            x.param.spec().label,
            num(x.low),
            num(x.high),
            x.param.spec().unit,
            y.param.spec().label,
            num(y.low),
            num(y.high),
            y.param.spec().unit,
        )?;
        for r in (0..rows).rev() {
            let j = pick(r, rows, y.steps);
            let line: String = (0..columns)
                .map(|c| {
                    wall_letter(self.cells[(j * x.steps + pick(c, columns, x.steps)) as usize])
                })
                .collect();
            writeln!(f, "  {line}")?;
        }
        writeln!(
            f,
            "  D data  C compute  M memory & network  P power  L cooling  . none by 2040"
        )?;
        writeln!(f, "  cells: {}", self.shares())
    }
}

/// A grid as CSV: a header, then one line per cell, `x,y,first_wall,year`.
pub struct Csv<'a>(&'a Report);

impl fmt::Display for Csv<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Report { x, y, cells } = self.0;
        writeln!(
            f,
            "{},{},first_wall,year",
            x.param.spec().id,
            y.param.spec().id
        )?;
        for (index, cell) in cells.iter().enumerate() {
            // A grid has at most 1024 × 1024 cells, so the index fits.
            #[allow(clippy::cast_possible_truncation)]
            let (i, j) = (index as u32 % x.steps, index as u32 / x.steps);
            let (wall, year) = match cell {
                Some((wall, year)) => (wall.id(), format!("{year:.4}")),
                None => ("none", String::new()),
            };
            writeln!(f, "{:e},{:e},{wall},{year}", x.value(i), y.value(j))?;
        }
        Ok(())
    }
}
