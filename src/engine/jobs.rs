//! The three computations the app runs in the background — the Monte Carlo sweep, the phase
//! diagram and the Walls view's fans — as jobs for [`super::run`]: how each does a chunk on the
//! GPU, on a worker and on the page.

use firstwall_gpu::GpuContext;
use firstwall_model::sweep::{grid_rows, Axis, FanSamples, Fans, Sweep, Tally};
use firstwall_model::{Scenario, WallId};
use firstwall_worker::{decode_cells, AxisSpec, Task};
use js_sys::{Float64Array, Reflect, Uint32Array};
use wasm_bindgen::{JsCast as _, JsValue};

use super::pool::{PoolError, Worked, WorkerPool};
use super::run::{self, Engine, GpuChunk, Job};
use super::{CancelFlag, EnginePref, Finished, Stop};

/// Monte Carlo samples per GPU call (progress and cancelling happen between calls).
const GPU_CHUNK_SAMPLES: u32 = 1 << 20;
/// Monte Carlo samples per worker request (~30 ms of work).
const WORKER_CHUNK_SAMPLES: u32 = 20_000;
/// Monte Carlo samples the page computes between two looks at the clock.
const PAGE_CHUNK_SAMPLES: u32 = 500;
/// Grid cells per GPU call.
const GPU_CHUNK_CELLS: u32 = 1 << 18;
/// Grid cells per worker request.
const WORKER_CHUNK_CELLS: u32 = 16_384;
/// Fans' samples the page computes between two looks at the clock.
const PAGE_CHUNK_FAN_SAMPLES: u32 = 32;

/// The seed of the Walls view's fans: the same draws for every scenario, so the bands move
/// smoothly as a number is dragged.
pub const FAN_SEED: u32 = 1;

/// The `Uint32Array` a worker's answer carries under `name` (counts), if it does.
fn u32_field(answer: &JsValue, name: &str) -> Option<Vec<u32>> {
    Reflect::get(answer, &name.into())
        .ok()
        .filter(|field| field.is_instance_of::<Uint32Array>())
        .map(|field| Uint32Array::from(field).to_vec())
}

/// The `Float64Array` a worker's answer carries under `name` (cells, quantiles), if it does.
fn f64_field(answer: &JsValue, name: &str) -> Option<Vec<f64>> {
    Reflect::get(answer, &name.into())
        .ok()
        .filter(|field| field.is_instance_of::<Float64Array>())
        .map(|field| Float64Array::from(field).to_vec())
}

/// A Monte Carlo sweep: samples `0..samples` of one seed, counted into a [`Tally`].
struct MonteCarloJob {
    sweep: Sweep,
    samples: u32,
    tally: Tally,
}

impl Job for MonteCarloJob {
    fn what(&self) -> &'static str {
        "this sweep"
    }

    fn scenario(&self) -> &Scenario {
        self.sweep.base()
    }

    fn total(&self) -> u32 {
        self.samples
    }

    fn chunk(&self, engine: Engine) -> u32 {
        match engine {
            Engine::Gpu => GPU_CHUNK_SAMPLES,
            Engine::Workers => WORKER_CHUNK_SAMPLES,
            Engine::Page => PAGE_CHUNK_SAMPLES,
        }
    }

    fn gpu_chunk<'a>(
        &'a mut self,
        gpu: &'a GpuContext,
        start: u32,
        end: u32,
    ) -> Option<GpuChunk<'a>> {
        Some(Box::pin(async move {
            let tally = gpu.monte_carlo(&self.sweep, start, end).await?;
            self.tally.merge(&tally);
            Ok(())
        }))
    }

    fn task(&self, start: u32, end: u32) -> Task {
        Task::MonteCarlo {
            seed: self.sweep.seed(),
            start,
            end,
        }
    }

    fn answer(&mut self, start: u32, end: u32, answer: &JsValue) -> Result<(), String> {
        let counts =
            u32_field(answer, "counts").ok_or_else(|| "an answer without counts".to_owned())?;
        self.tally
            .merge(&Tally::from_counts(&counts, u64::from(end - start)));
        Ok(())
    }

    fn page_chunk(&mut self, start: u32, end: u32) {
        self.sweep.run(start, end, &mut self.tally);
    }

    fn reset(&mut self) {
        self.tally = Tally::default();
    }
}

/// A Monte Carlo sweep of `samples` around `scenario`, on the preferred engine or the next one
/// that works. `progress` gets the share done (0–1).
pub async fn monte_carlo(
    pref: EnginePref,
    scenario: &Scenario,
    seed: u32,
    samples: u32,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
) -> Result<Finished<Tally>, Stop> {
    let mut job = MonteCarloJob {
        sweep: Sweep::new(scenario, seed),
        samples,
        tally: Tally::default(),
    };
    let ended = run::run(pref, &mut job, progress, cancel).await?;
    Ok(ended.with(job.tally))
}

/// A Monte Carlo sweep on (up to) `workers` of the pool's workers and nowhere else: the
/// Optimization view's benchmark, which measures the workers themselves.
pub async fn monte_carlo_on_workers(
    pool: &WorkerPool,
    workers: usize,
    sweep: &Sweep,
    samples: u32,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
) -> Result<(Tally, Worked), Stop<PoolError>> {
    let mut job = MonteCarloJob {
        sweep: sweep.clone(),
        samples,
        tally: Tally::default(),
    };
    let worked = run::on_workers(&mut job, pool, workers, progress, cancel).await?;
    Ok((job.tally, worked))
}

/// The phase diagram over two axes: rows `0..y.steps`, each `x.steps` cells.
struct GridJob {
    scenario: Scenario,
    x: Axis,
    y: Axis,
    /// Each row's cells, once computed (rows come back in any order from the workers).
    rows: Vec<Vec<Option<(WallId, f64)>>>,
}

impl GridJob {
    /// Rows per chunk of about `cells` cells.
    fn rows_per(&self, cells: u32) -> u32 {
        (cells / self.x.steps.max(1)).max(1)
    }

    /// Puts the cells of rows `start..` in place.
    fn put(&mut self, start: u32, cells: &[Option<(WallId, f64)>]) {
        let width = self.x.steps.max(1) as usize;
        for (row, cells) in (start as usize..).zip(cells.chunks(width)) {
            if let Some(slot) = self.rows.get_mut(row) {
                *slot = cells.to_vec();
            }
        }
    }
}

impl Job for GridJob {
    fn what(&self) -> &'static str {
        "the diagram"
    }

    fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    fn total(&self) -> u32 {
        self.y.steps
    }

    fn work(&self) -> u32 {
        self.x.steps * self.y.steps
    }

    fn chunk(&self, engine: Engine) -> u32 {
        match engine {
            Engine::Gpu => self.rows_per(GPU_CHUNK_CELLS),
            Engine::Workers => self.rows_per(WORKER_CHUNK_CELLS),
            Engine::Page => 1,
        }
    }

    fn gpu_chunk<'a>(
        &'a mut self,
        gpu: &'a GpuContext,
        start: u32,
        end: u32,
    ) -> Option<GpuChunk<'a>> {
        Some(Box::pin(async move {
            let cells = gpu
                .grid_rows(&self.scenario, &self.x, &self.y, start, end)
                .await?;
            self.put(start, &cells);
            Ok(())
        }))
    }

    fn task(&self, start: u32, end: u32) -> Task {
        Task::Grid {
            x: AxisSpec::of(&self.x),
            y: AxisSpec::of(&self.y),
            start,
            end,
        }
    }

    fn answer(&mut self, start: u32, end: u32, answer: &JsValue) -> Result<(), String> {
        let pairs =
            f64_field(answer, "cells").ok_or_else(|| "an answer without cells".to_owned())?;
        let cells = decode_cells(&pairs);
        if cells.len() != ((end - start) * self.x.steps) as usize {
            return Err("an answer with the wrong number of cells".to_owned());
        }
        self.put(start, &cells);
        Ok(())
    }

    fn page_chunk(&mut self, start: u32, end: u32) {
        let cells = grid_rows(&self.scenario, &self.x, &self.y, start, end);
        self.put(start, &cells);
    }

    fn reset(&mut self) {
        self.rows.iter_mut().for_each(Vec::clear);
    }
}

/// The phase diagram over `x` and `y` around `scenario`, on the preferred engine or the next
/// that works: one cell per pair of values, row by row (`y` outer), with its first wall and year.
pub async fn grid(
    pref: EnginePref,
    scenario: &Scenario,
    x: &Axis,
    y: &Axis,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
) -> Result<Finished<Vec<Option<(WallId, f64)>>>, Stop> {
    let mut job = GridJob {
        scenario: scenario.clone(),
        x: *x,
        y: *y,
        rows: vec![Vec::new(); y.steps as usize],
    };
    let ended = run::run(pref, &mut job, progress, cancel).await?;
    Ok(ended.with(job.rows.into_iter().flatten().collect()))
}

/// The Walls view's fans and odds: the first `samples` samples of [`FAN_SEED`], on one worker
/// (one request) or on the page.
struct FansJob {
    sweep: Sweep,
    samples: u32,
    /// The worker's answer.
    answered: Option<Fans>,
    /// The page's samples so far.
    gathered: FanSamples,
}

impl Job for FansJob {
    fn what(&self) -> &'static str {
        "the spread of outcomes"
    }

    fn scenario(&self) -> &Scenario {
        self.sweep.base()
    }

    fn total(&self) -> u32 {
        self.samples
    }

    fn chunk(&self, engine: Engine) -> u32 {
        match engine {
            // One request: the worker computes the quantiles of all the samples itself.
            Engine::Gpu | Engine::Workers => self.samples,
            Engine::Page => PAGE_CHUNK_FAN_SAMPLES,
        }
    }

    fn workers(&self, _max: usize) -> usize {
        1
    }

    fn gpu_chunk<'a>(
        &'a mut self,
        _gpu: &'a GpuContext,
        _start: u32,
        _end: u32,
    ) -> Option<GpuChunk<'a>> {
        // No kernel for quantiles: the fans are a few thousand samples.
        None
    }

    fn task(&self, _start: u32, _end: u32) -> Task {
        Task::Fans {
            seed: self.sweep.seed(),
            samples: self.samples,
        }
    }

    fn answer(&mut self, _start: u32, _end: u32, answer: &JsValue) -> Result<(), String> {
        let fans = u32_field(answer, "counts")
            .zip(f64_field(answer, "quantiles"))
            .and_then(|(counts, q)| Fans::from_flat(&q, &counts, u64::from(self.samples)))
            .ok_or_else(|| "an answer without fans".to_owned())?;
        self.answered = Some(fans);
        Ok(())
    }

    fn page_chunk(&mut self, start: u32, end: u32) {
        self.gathered.run(&self.sweep, start, end);
    }

    fn reset(&mut self) {
        self.answered = None;
        self.gathered = FanSamples::default();
    }
}

/// The Walls view's fans and odds: `samples` samples around `scenario` with [`FAN_SEED`], on one
/// of the pool's workers, or on the page a few milliseconds at a time when no worker can start.
/// One at a time: the caller waits for an answer before it asks again. Nobody can cancel it (the
/// next scenario's fans wait for these), so it always answers.
pub async fn fans(scenario: &Scenario, samples: u32) -> Result<Finished<Fans>, Stop> {
    let mut job = FansJob {
        sweep: Sweep::new(scenario, FAN_SEED),
        samples,
        answered: None,
        gathered: FanSamples::default(),
    };
    // Never on the GPU: there is no kernel for it.
    let ended = run::run(EnginePref::Cpu, &mut job, &|_| {}, &CancelFlag::default()).await?;
    let fans = job.answered.unwrap_or_else(|| job.gathered.finish());
    Ok(ended.with(fans))
}
