//! One run, whatever the engine: the GPU, then the workers, then the page, each taking over —
//! from the start, with a note in plain words — when the one before cannot answer.
//!
//! A computation says how to do a chunk of its work on each engine ([`Job`]); [`run`] chooses the
//! engines, splits the work, reports progress, stops when cancelled and writes the notes. The
//! Monte Carlo sweep, the phase diagram and the Walls view's fans are three jobs
//! ([`super::jobs`]).

use std::future::Future;
use std::pin::Pin;

use firstwall_gpu::{GpuContext, GpuError};
use firstwall_model::scenario_file::ScenarioFile;
use firstwall_model::Scenario;
use firstwall_worker::Task;
use wasm_bindgen::JsValue;

use super::pool::{pool, PoolError, Worked, WorkerPool};
use super::{
    forget_gpu, gpu, now_ms, yield_to_browser, CancelFlag, EnginePref, Finished, Ran, Stop,
};

/// How long the page computes before it lets the browser breathe, ms.
const PAGE_SLICE_MS: f64 = 8.0;

/// Where a chunk runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Engine {
    /// WebGPU.
    Gpu,
    /// A background worker.
    Workers,
    /// The page, between frames.
    Page,
}

/// A chunk's work on the GPU, under way.
pub(super) type GpuChunk<'a> = Pin<Box<dyn Future<Output = Result<(), GpuError>> + 'a>>;

/// A computation that every engine can run, as chunks of units `0..total` (samples, or rows of
/// a diagram) that add up to the same answer in any order and on any engine. The job keeps what
/// the chunks give; its answer is its own to take once [`run`] is done. (The runner takes it as a
/// `dyn Job`: one copy of the runner in the wasm, not one per job.)
pub(super) trait Job {
    /// What the visitor calls the result, in a note ("this sweep").
    fn what(&self) -> &'static str;

    /// The scenario the work is around.
    fn scenario(&self) -> &Scenario;
    /// How many units.
    fn total(&self) -> u32;
    /// Samples or cells: what Automatic weighs when it considers the GPU (the units, unless a
    /// unit holds many).
    fn work(&self) -> u32 {
        self.total()
    }
    /// Units per chunk on `engine`.
    fn chunk(&self, engine: Engine) -> u32;
    /// How many of the pool's `max` workers it uses at a time.
    fn workers(&self, max: usize) -> usize {
        max
    }
    /// Computes units `start..end` on the GPU. `None`: the job has no GPU kernel.
    fn gpu_chunk<'a>(
        &'a mut self,
        gpu: &'a GpuContext,
        start: u32,
        end: u32,
    ) -> Option<GpuChunk<'a>>;
    /// The worker's task for units `start..end`.
    fn task(&self, start: u32, end: u32) -> Task;
    /// Takes a worker's answer for units `start..end`; an error (the worker is then replaced and
    /// the chunk retried) if it lacks what was asked.
    fn answer(&mut self, start: u32, end: u32, answer: &JsValue) -> Result<(), String>;
    /// Computes units `start..end` on the page.
    fn page_chunk(&mut self, start: u32, end: u32);
    /// Forgets what the chunks gave so far (an engine failed; the next starts over).
    fn reset(&mut self);
}

/// Where a finished run ran, and what the visitor should know about how.
pub(super) struct Ended {
    /// The engine that answered.
    pub ran: Ran,
    /// Fallbacks on the way, in plain words.
    pub notes: Vec<String>,
    /// Wall-clock time, ms.
    pub elapsed_ms: f64,
}

impl Ended {
    /// The run's report with its answer.
    pub fn with<T>(self, value: T) -> Finished<T> {
        Finished {
            value,
            ran: self.ran,
            notes: self.notes,
            elapsed_ms: self.elapsed_ms,
        }
    }
}

/// Splits `0..total` into chunks of `size`.
pub(super) fn chunks(total: u32, size: u32) -> Vec<(u32, u32)> {
    let size = size.max(1);
    (0..total.div_ceil(size))
        .map(|i| (i * size, ((i + 1) * size).min(total)))
        .collect()
}

/// The share of `total` that `done` is, for a progress bar.
fn share(done: u64, total: u32) -> f64 {
    done as f64 / f64::from(total.max(1))
}

/// Runs `job` on the preferred engine, or the next one that works; `progress` gets the share
/// done (0–1, back to 0 when an engine starts over). Only cancelling stops it: the page always
/// answers.
pub(super) async fn run(
    pref: EnginePref,
    job: &mut dyn Job,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
) -> Result<Ended, Stop> {
    let started = now_ms();
    let mut notes = Vec::new();
    let ended = |ran: Ran, notes: Vec<String>| Ended {
        ran,
        notes,
        elapsed_ms: now_ms() - started,
    };
    if pref != EnginePref::Cpu {
        match gpu().await {
            Ok(gpu) if pref.wants_gpu(job.work(), &gpu) => {
                match on_gpu(job, &gpu, progress, cancel).await {
                    Ok(true) => return Ok(ended(Ran::gpu(&gpu), notes)),
                    Ok(false) => {}
                    Err(Stop::Cancelled) => return Err(Stop::Cancelled),
                    Err(Stop::Failed(err)) => {
                        forget_gpu();
                        notes.push(err.plain_words().to_owned());
                        job.reset();
                        progress(0.0);
                    }
                }
            }
            Ok(gpu) => {
                if gpu.adapter().is_software() {
                    notes.push(
                        "This browser's WebGPU runs on a software adapter, not a graphics card; \
                         background threads are faster here, so Automatic used them."
                            .to_owned(),
                    );
                }
            }
            Err(err) => {
                // Automatic needs no word about a browser without WebGPU; a visitor who asked
                // for the GPU does.
                if pref == EnginePref::Gpu {
                    notes.push(err.plain_words().to_owned());
                }
            }
        }
    }
    let pool = pool();
    let workers = job.workers(pool.max_workers());
    match on_workers(job, &pool, workers, progress, cancel).await {
        Ok(worked) => {
            notes.extend(worked.note());
            return Ok(ended(Ran::Workers(worked.workers.max(1)), notes));
        }
        Err(Stop::Cancelled) => return Err(Stop::Cancelled),
        Err(Stop::Failed(err)) => {
            notes.push(err.note(job.what()));
            job.reset();
            progress(0.0);
        }
    }
    on_page(job, progress, cancel).await?;
    Ok(ended(Ran::Page, notes))
}

/// The job on the GPU, chunk by chunk; `Ok(false)` if it has no GPU kernel.
async fn on_gpu(
    job: &mut dyn Job,
    gpu: &GpuContext,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
) -> Result<bool, Stop<GpuError>> {
    let total = job.total();
    for (start, end) in chunks(total, job.chunk(Engine::Gpu)) {
        if cancel.is_cancelled() {
            return Err(Stop::Cancelled);
        }
        let Some(chunk) = job.gpu_chunk(gpu, start, end) else {
            return Ok(false);
        };
        chunk.await.map_err(Stop::Failed)?;
        progress(share(u64::from(end), total));
    }
    Ok(true)
}

/// The job on (up to) `workers` of the pool's workers at a time, one request per chunk.
pub(super) async fn on_workers(
    job: &mut dyn Job,
    pool: &WorkerPool,
    workers: usize,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
) -> Result<Worked, Stop<PoolError>> {
    let total = job.total();
    let parts = chunks(total, job.chunk(Engine::Workers));
    let tasks: Vec<Task> = parts
        .iter()
        .map(|&(start, end)| job.task(start, end))
        .collect();
    let scenario = ScenarioFile::from_scenario(job.scenario());
    let mut done = 0u64;
    pool.run(
        workers,
        &scenario,
        &tasks,
        |chunk, answer| {
            let (start, end) = parts[chunk];
            job.answer(start, end, answer)?;
            done += u64::from(end - start);
            progress(share(done, total));
            Ok(())
        },
        cancel,
    )
    .await
}

/// The job on the page: chunks for [`PAGE_SLICE_MS`], then the browser gets a turn. Stops
/// between slices when cancelled.
async fn on_page(
    job: &mut dyn Job,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
) -> Result<(), Stop> {
    let (total, step) = (job.total(), job.chunk(Engine::Page).max(1));
    let mut next = 0u32;
    while next < total {
        if cancel.is_cancelled() {
            return Err(Stop::Cancelled);
        }
        let slice_started = now_ms();
        while next < total && now_ms() - slice_started < PAGE_SLICE_MS {
            let end = next.saturating_add(step).min(total);
            job.page_chunk(next, end);
            next = end;
        }
        progress(share(u64::from(next), total));
        yield_to_browser().await;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_range_once() {
        assert_eq!(chunks(10, 4), vec![(0, 4), (4, 8), (8, 10)]);
        assert_eq!(chunks(0, 4), vec![]);
        assert_eq!(chunks(3, 0), vec![(0, 1), (1, 2), (2, 3)]);
    }
}
