//! The sweep worker's protocol and its work, apart from the browser.
//!
//! The app (`src/engine/`) sends a [`Request`] as JSON text; the worker ([`handle`]) runs the
//! CPU sweep — a range of Monte Carlo samples or of grid rows — and answers with counts in
//! [`Tally::to_counts`]'s layout or with grid cells. The app drives the work in chunks, so it can
//! show progress, cancel between chunks, and share the samples between several workers; chunks
//! of the same seed add up to the same answer whoever computes them.
//!
//! Everything here is plain Rust, tested natively; `main.rs` is the thin browser glue.

use firstwall_model::format::echo;
use firstwall_model::scenario_file::ScenarioFile;
use firstwall_model::sweep::{
    fans, first_wall_index, first_wall_of, grid_rows, Axis, Sweep, Tally, COUNTS_LEN,
};
use firstwall_model::{ParamId, WallId};
use serde::{Deserialize, Serialize};

/// The file the app starts a worker from (`public/sweep-worker-loader.js`): it loads the glue and
/// the wasm that Trunk builds from this crate, and posts `{failed: why}` if they cannot load.
pub const WORKER_SCRIPT: &str = "public/sweep-worker-loader.js";

/// The field of the message a worker posts when its wasm could not load.
pub const START_FAILED: &str = "failed";

/// The message a worker posts once it can take requests.
pub const READY: &str = "ready";

/// One piece of work.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Echoed in the answer, so answers can be matched to requests.
    pub id: u32,
    /// The scenario to sweep around (levers already applied).
    pub scenario: ScenarioFile,
    /// What to compute.
    pub task: Task,
}

/// What to compute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Task {
    /// Monte Carlo samples `start..end` of the sweep with `seed`.
    MonteCarlo {
        /// The seed.
        seed: u32,
        /// First sample.
        start: u32,
        /// One past the last sample.
        end: u32,
    },
    /// The Walls view's fans and odds: the first `samples` samples of the sweep with `seed`.
    Fans {
        /// The seed.
        seed: u32,
        /// How many samples.
        samples: u32,
    },
    /// Rows `start..end` of the phase diagram over `x` and `y`.
    Grid {
        /// The horizontal axis.
        x: AxisSpec,
        /// The vertical axis.
        y: AxisSpec,
        /// First row.
        start: u32,
        /// One past the last row.
        end: u32,
    },
}

/// A grid axis as it travels: a parameter id and its range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AxisSpec {
    /// Parameter id (`power.campus_gw_2026`).
    pub param: String,
    /// First value.
    pub low: f64,
    /// Last value.
    pub high: f64,
    /// Number of values.
    pub steps: u32,
}

impl AxisSpec {
    /// The travelling form of an axis.
    pub fn of(axis: &Axis) -> Self {
        Self {
            param: axis.param.spec().id.to_owned(),
            low: axis.low,
            high: axis.high,
            steps: axis.steps,
        }
    }

    /// The checked axis.
    pub fn to_axis(&self) -> Result<Axis, String> {
        let param = ParamId::lookup(&self.param)
            .ok_or_else(|| format!("unknown parameter {}", echo(&self.param)))?;
        Axis::new(param, self.low, self.high, self.steps).map_err(|err| err.to_string())
    }
}

/// A worker's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Output {
    /// Monte Carlo: counts in [`Tally::to_counts`]'s layout ([`COUNTS_LEN`] of them).
    Counts(Vec<u32>),
    /// Grid: per cell, the first wall's index ([`first_wall_index`]: [`firstwall_model::sweep::NO_WALL`] for none) and its
    /// year.
    Cells(Vec<f64>),
    /// Fans: the tally's counts and the quantiles ([`firstwall_model::sweep::Fans::flat`]).
    Fans {
        /// In [`Tally::to_counts`]'s layout.
        counts: Vec<u32>,
        /// Series, year, quantile.
        quantiles: Vec<f64>,
    },
}

/// Runs one request given as JSON text: its id and the answer or what went wrong. The id is read
/// on its own first, so that a request of the wrong shape is still answered under its id (0 only
/// when the text is not JSON at all).
pub fn handle(text: &str) -> (u32, Result<Output, String>) {
    match serde_json::from_str::<Request>(text) {
        Ok(request) => (request.id, run(&request)),
        Err(err) => {
            // The id alone, if the text is JSON with one.
            let id = serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .and_then(|value| value.get("id").and_then(serde_json::Value::as_u64))
                .and_then(|id| u32::try_from(id).ok())
                .unwrap_or(0);
            // serde quotes what it could not read, whole; the message keeps a short, one-line
            // piece.
            (
                id,
                Err(format!("unreadable request: {}", echo(&err.to_string()))),
            )
        }
    }
}

fn run(request: &Request) -> Result<Output, String> {
    let scenario = request
        .scenario
        .to_scenario()
        .map_err(|err| err.to_string())?;
    match &request.task {
        Task::MonteCarlo { seed, start, end } => {
            let mut tally = Tally::default();
            Sweep::new(&scenario, *seed).run(*start, (*end).max(*start), &mut tally);
            let counts = tally.to_counts();
            debug_assert_eq!(counts.len(), COUNTS_LEN);
            Ok(Output::Counts(counts))
        }
        Task::Fans { seed, samples } => {
            let fans = fans(&Sweep::new(&scenario, *seed), *samples);
            Ok(Output::Fans {
                counts: fans.tally.to_counts(),
                quantiles: fans.flat(),
            })
        }
        Task::Grid { x, y, start, end } => {
            let (x, y) = (x.to_axis()?, y.to_axis()?);
            let cells = grid_rows(&scenario, &x, &y, *start, *end);
            Ok(Output::Cells(encode_cells(&cells)))
        }
    }
}

/// Grid cells as (wall index, year) pairs ([`first_wall_index`]); "none" has year 0.
pub fn encode_cells(cells: &[Option<(WallId, f64)>]) -> Vec<f64> {
    cells
        .iter()
        .flat_map(|cell| {
            let index = first_wall_index(cell.map(|(wall, _)| wall)) as f64;
            [index, cell.map_or(0.0, |(_, year)| year)]
        })
        .collect()
}

/// The cells of [`encode_cells`]' pairs.
pub fn decode_cells(pairs: &[f64]) -> Vec<Option<(WallId, f64)>> {
    pairs
        .chunks_exact(2)
        .map(|pair| {
            // Small whole numbers written by `encode_cells`; anything else reads as "none".
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let index = pair[0] as usize;
            first_wall_of(index).map(|wall| (wall, pair[1]))
        })
        .collect()
}

/// A request as JSON text.
pub fn encode_request(request: &Request) -> String {
    encode_request_with(
        request.id,
        &encode_scenario(&request.scenario),
        &request.task,
    )
}

/// A request's scenario as JSON text, written once for all the chunks of a run
/// ([`encode_request_with`]).
pub fn encode_scenario(scenario: &ScenarioFile) -> String {
    // Strings, numbers and a string-keyed map always serialize.
    serde_json::to_string(scenario).unwrap_or_default()
}

/// A request as JSON text, with its scenario already written ([`encode_scenario`]): a run of
/// 5,000 chunks writes its scenario once, not 5,000 times. The same text as serde writes for a
/// [`Request`] (its fields in order).
pub fn encode_request_with(id: u32, scenario_json: &str, task: &Task) -> String {
    // A task is numbers and strings: it always serializes.
    let task = serde_json::to_string(task).unwrap_or_default();
    format!(r#"{{"id":{id},"scenario":{scenario_json},"task":{task}}}"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::sweep::{grid, monte_carlo};
    use firstwall_model::{PresetId, Scenario};

    fn file() -> ScenarioFile {
        let scenario = Scenario::preset(PresetId::Source2025)
            .with(ParamId::CampusGw2026, 1.2)
            .unwrap_or_else(|err| panic!("{err}"));
        ScenarioFile::from_scenario(&scenario)
    }

    /// A request written from its parts is the text serde writes for the whole request.
    #[test]
    fn a_request_written_from_its_parts_is_the_whole_request() {
        let request = Request {
            id: 7,
            scenario: file(),
            task: Task::MonteCarlo {
                seed: 3,
                start: 0,
                end: 10,
            },
        };
        let whole = serde_json::to_string(&request).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(encode_request(&request), whole);
        let scenario = encode_scenario(&request.scenario);
        assert_eq!(
            encode_request_with(request.id, &scenario, &request.task),
            whole
        );
    }

    #[test]
    fn chunks_from_the_worker_add_up_to_the_whole_sweep() {
        let scenario = file().to_scenario().unwrap_or_else(|err| panic!("{err}"));
        let whole = monte_carlo(&scenario, 3_000, 9);
        let mut total = Tally::default();
        for (start, end) in [(0, 1_000), (1_000, 2_500), (2_500, 3_000)] {
            let request = Request {
                id: start,
                scenario: file(),
                task: Task::MonteCarlo {
                    seed: 9,
                    start,
                    end,
                },
            };
            let (id, output) = handle(&encode_request(&request));
            assert_eq!(id, start);
            let Ok(Output::Counts(counts)) = output else {
                panic!("{output:?}");
            };
            total.merge(&Tally::from_counts(&counts, u64::from(end - start)));
        }
        assert_eq!(total, whole);
    }

    #[test]
    fn fans_travel_and_come_back() {
        let scenario = file().to_scenario().unwrap_or_else(|err| panic!("{err}"));
        let request = Request {
            id: 4,
            scenario: file(),
            task: Task::Fans {
                seed: 2,
                samples: 300,
            },
        };
        let (id, output) = handle(&encode_request(&request));
        assert_eq!(id, 4);
        let Ok(Output::Fans { counts, quantiles }) = output else {
            panic!("{output:?}");
        };
        let back = firstwall_model::sweep::Fans::from_flat(&quantiles, &counts, 300);
        assert_eq!(back, Some(fans(&Sweep::new(&scenario, 2), 300)));
    }

    #[test]
    fn grid_rows_travel_and_come_back() {
        let scenario = file().to_scenario().unwrap_or_else(|err| panic!("{err}"));
        let x = Axis::plausible(ParamId::CampusGw2026, 8);
        let y = Axis::plausible(ParamId::DemandGrowth, 4);
        let request = Request {
            id: 3,
            scenario: file(),
            task: Task::Grid {
                x: AxisSpec::of(&x),
                y: AxisSpec::of(&y),
                start: 1,
                end: 3,
            },
        };
        let (_, output) = handle(&encode_request(&request));
        let Ok(Output::Cells(pairs)) = output else {
            panic!("{output:?}");
        };
        let whole = grid(&scenario, &x, &y);
        assert_eq!(decode_cells(&pairs), whole[8..24].to_vec());
    }

    #[test]
    fn bad_requests_are_answered_with_errors() {
        let (id, output) = handle("{not json");
        assert_eq!(id, 0);
        assert!(output.unwrap_err().contains("unreadable request"));
        // A request of the wrong shape is answered under its own id, so the app can match it.
        let (id, output) = handle(r#"{"id": 42, "task": {"kind": "nope"}}"#);
        assert_eq!(id, 42);
        assert!(output.unwrap_err().contains("unreadable request"));
        let mut bad = file();
        bad.values.insert("power.growth_per_year".to_owned(), 1e9);
        let request = Request {
            id: 5,
            scenario: bad,
            task: Task::MonteCarlo {
                seed: 1,
                start: 0,
                end: 10,
            },
        };
        let (id, output) = handle(&encode_request(&request));
        assert_eq!(id, 5);
        assert!(output.is_err());
        let request = Request {
            id: 6,
            scenario: file(),
            task: Task::Grid {
                x: AxisSpec {
                    param: "nope".to_owned(),
                    low: 1.0,
                    high: 2.0,
                    steps: 4,
                },
                y: AxisSpec::of(&Axis::plausible(ParamId::DemandGrowth, 4)),
                start: 0,
                end: 4,
            },
        };
        assert!(handle(&encode_request(&request))
            .1
            .unwrap_err()
            .contains("nope"));
    }
}
