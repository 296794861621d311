//! The engine bridge: where a sweep runs in the browser.
//!
//! Three engines give the same answer for the same seed: WebGPU (the f32 kernel of
//! `firstwall-gpu`), Web Workers (the f64 reference of `firstwall-model::sweep`, in the
//! `sweep-worker` wasm that Trunk builds from `crates/worker`), and — when neither is available —
//! the page itself, in slices of a few milliseconds so that it never freezes. Work goes out in
//! chunks: progress is reported after each, cancelling stops between two (on the workers, at
//! once: see [`pool`]), and a failure on the GPU (no adapter, a lost device) or of the workers
//! falls back to the next engine with a note that says so. The workers' protocol — ids,
//! deadlines, retries, one pool per page — is in [`pool`].

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use firstwall_gpu::{GpuContext, GpuError};
use firstwall_model::scenario_file::ScenarioFile;
use firstwall_model::sweep::{grid_rows, Axis, FanSamples, Fans, Sweep, Tally};
use firstwall_model::{Scenario, WallId};
use firstwall_worker::{decode_cells, AxisSpec, Request, Task};
use js_sys::{Float64Array, Promise, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where the visitor wants sweeps to run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EnginePref {
    /// The GPU if this browser has WebGPU, else the CPU.
    #[default]
    Auto,
    /// The CPU (workers), even with a GPU.
    Cpu,
    /// The GPU; without one, the CPU with a note.
    Gpu,
}

impl EnginePref {
    /// Every choice, in the order the menu shows them.
    pub const ALL: [Self; 3] = [Self::Auto, Self::Cpu, Self::Gpu];

    /// The id in the address (`se=`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Cpu => "cpu",
            Self::Gpu => "gpu",
        }
    }

    /// The choice with this id.
    pub fn lookup(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|pref| pref.id() == id)
    }

    /// What the menu says.
    pub fn label(self) -> &'static str {
        match self {
            Self::Auto => "Automatic (your graphics card for large runs, else background threads)",
            Self::Cpu => "Background threads (double precision)",
            Self::Gpu => "Your graphics card, through WebGPU (single precision)",
        }
    }

    /// Whether to try the GPU for a run of `work` samples or cells: always when asked for; for
    /// Automatic, only for runs large enough to gain from it and only on a graphics card — a
    /// software adapter (SwiftShader) is far slower than the CPU's threads.
    fn wants_gpu(self, work: u32, gpu: &GpuContext) -> bool {
        match self {
            Self::Gpu => true,
            Self::Cpu => false,
            Self::Auto => work >= AUTO_GPU_MIN_WORK && !gpu.adapter().is_software(),
        }
    }
}

/// Automatic leaves runs smaller than this (samples or cells) to the CPU: the GPU's setup costs
/// more than it saves.
pub const AUTO_GPU_MIN_WORK: u32 = 50_000;

/// Which engine computed a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ran {
    /// WebGPU on this adapter (its description, and whether it is a software one).
    Gpu {
        /// The adapter as wgpu describes it, for people who want the detail.
        adapter: String,
        /// A software rasterizer, not a graphics card.
        software: bool,
    },
    /// This many background workers.
    Workers(usize),
    /// The page itself, in slices.
    Page,
}

impl Ran {
    /// For the engine badge, in plain words.
    pub fn label(&self) -> String {
        match self {
            Self::Gpu {
                software: false, ..
            } => "Your graphics card · single precision".to_owned(),
            Self::Gpu { software: true, .. } => {
                "A software graphics adapter (no graphics card) · single precision".to_owned()
            }
            Self::Workers(1) => "1 background thread · double precision".to_owned(),
            Self::Workers(n) => format!("{n} background threads · double precision"),
            Self::Page => "This page, in small slices · double precision".to_owned(),
        }
    }

    /// The detail behind the badge (its tooltip): the adapter, or how the CPU ran.
    pub fn detail(&self) -> String {
        match self {
            Self::Gpu { adapter, .. } => format!("WebGPU adapter: {adapter}; f32 kernels"),
            Self::Workers(n) => format!("CPU, {n} Web Worker(s), f64 reference model"),
            Self::Page => "CPU on the page between frames, f64 reference model".to_owned(),
        }
    }

    /// `gpu` or `cpu`, for `data-engine` attributes.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Gpu { .. } => "gpu",
            Self::Workers(_) | Self::Page => "cpu",
        }
    }

    /// The engine that ran on `gpu`.
    fn gpu(gpu: &GpuContext) -> Self {
        Self::Gpu {
            adapter: gpu.adapter().to_string(),
            software: gpu.adapter().is_software(),
        }
    }
}

/// Set by a Cancel button; a run stops before its next chunk. (Atomic only so that it can live
/// in Leptos' thread-safe storage; the browser has one thread.)
#[derive(Clone, Debug, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    /// Asks the run to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether it was asked to.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// A cancel flag for a component's runs, cancelled when the component goes away (a visitor who
/// leaves the view stops its sweep). Replace the flag with a fresh one for each run.
pub fn cancel_slot() -> leptos::prelude::StoredValue<CancelFlag> {
    use leptos::prelude::{on_cleanup, StoredValue, WithValue as _};
    let slot = StoredValue::new(CancelFlag::default());
    on_cleanup(move || {
        slot.try_with_value(CancelFlag::cancel);
    });
    slot
}

/// A run that was cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cancelled;

/// A finished computation: its result, where it ran, and what the visitor should know about how
/// (a fallback from the GPU, say).
#[derive(Clone, Debug, PartialEq)]
pub struct Finished<T> {
    /// The result.
    pub value: T,
    /// The engine that computed it.
    pub ran: Ran,
    /// Fallbacks on the way, in plain words.
    pub notes: Vec<String>,
    /// Wall-clock time, ms.
    pub elapsed_ms: f64,
}

/// Monte Carlo samples per GPU call (progress and cancelling happen between calls).
const GPU_CHUNK_SAMPLES: u32 = 1 << 20;
/// Monte Carlo samples per worker request (~30 ms of work).
const WORKER_CHUNK_SAMPLES: u32 = 20_000;
/// How long the page computes before it lets the browser breathe, ms.
const PAGE_SLICE_MS: f64 = 8.0;
/// Grid cells per worker request.
const WORKER_CHUNK_CELLS: u32 = 16_384;
/// Grid cells per GPU call.
const GPU_CHUNK_CELLS: u32 = 1 << 18;

mod pool;

pub use pool::{pool, PoolError, Worked, WorkerPool};

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Lets the browser run other tasks (input, painting) before continuing.
async fn yield_to_browser() {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            // If the timer cannot be set, the promise resolves never; resolve now instead.
            if window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_err()
            {
                resolve.call0(&JsValue::NULL).ok();
            }
        }
    });
    // A timer's promise never rejects.
    JsFuture::from(promise).await.ok();
}

thread_local! {
    static GPU: RefCell<Option<Result<Rc<GpuContext>, GpuError>>> = const { RefCell::new(None) };
}

/// The page's one GPU context, opened on first use; a failure is remembered (no WebGPU stays no
/// WebGPU), except a lost device, which the next call retries.
pub async fn gpu() -> Result<Rc<GpuContext>, GpuError> {
    if let Some(known) = GPU.with(|slot| slot.borrow().clone()) {
        return known;
    }
    let opened = GpuContext::new().await.map(Rc::new);
    GPU.with(|slot| *slot.borrow_mut() = Some(opened.clone()));
    opened
}

/// Forgets the GPU context after an error, so the next run opens a fresh one.
fn forget_gpu() {
    GPU.with(|slot| *slot.borrow_mut() = None);
}

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

/// Splits `0..total` into chunks of `size`.
fn chunks(total: u32, size: u32) -> Vec<(u32, u32)> {
    let size = size.max(1);
    (0..total.div_ceil(size))
        .map(|i| (i * size, ((i + 1) * size).min(total)))
        .collect()
}

/// One worker request per chunk of `parts`, numbered in order.
fn requests(
    scenario: &Scenario,
    parts: &[(u32, u32)],
    task: impl Fn(u32, u32) -> Task,
) -> Vec<Request> {
    let file = ScenarioFile::from_scenario(scenario);
    parts
        .iter()
        .zip(0u32..)
        .map(|(&(start, end), id)| Request {
            id,
            scenario: file.clone(),
            task: task(start, end),
        })
        .collect()
}

/// A Monte Carlo sweep of `samples` around `scenario`, on the preferred engine or the next one
/// that works. `progress` gets the share done (0–1).
pub async fn monte_carlo(
    pref: EnginePref,
    scenario: &Scenario,
    seed: u32,
    samples: u32,
    progress: Rc<dyn Fn(f64)>,
    cancel: &CancelFlag,
) -> Result<Finished<Tally>, Cancelled> {
    let started = now_ms();
    let mut notes = Vec::new();
    let sweep = Sweep::new(scenario, seed);
    if pref != EnginePref::Cpu {
        match gpu().await {
            Ok(gpu) if !pref.wants_gpu(samples, &gpu) => {
                if gpu.adapter().is_software() {
                    notes.push(
                        "This browser's WebGPU runs on a software adapter, not a graphics card; \
                         background threads are faster here, so Automatic used them."
                            .to_owned(),
                    );
                }
            }
            Ok(gpu) => match monte_carlo_gpu(&gpu, &sweep, samples, &progress, cancel).await {
                Ok(Ok(tally)) => {
                    return Ok(Finished {
                        value: tally,
                        ran: Ran::gpu(&gpu),
                        notes,
                        elapsed_ms: now_ms() - started,
                    })
                }
                Ok(Err(Cancelled)) => return Err(Cancelled),
                Err(err) => {
                    forget_gpu();
                    notes.push(err.plain_words().to_owned());
                }
            },
            Err(err) => {
                if pref == EnginePref::Gpu {
                    notes.push(err.plain_words().to_owned());
                }
            }
        }
    }
    progress(0.0);
    let (tally, ran) = monte_carlo_cpu(&sweep, samples, &progress, cancel, &mut notes).await?;
    Ok(Finished {
        value: tally,
        ran,
        notes,
        elapsed_ms: now_ms() - started,
    })
}

async fn monte_carlo_gpu(
    gpu: &GpuContext,
    sweep: &Sweep,
    samples: u32,
    progress: &Rc<dyn Fn(f64)>,
    cancel: &CancelFlag,
) -> Result<Result<Tally, Cancelled>, GpuError> {
    let mut tally = Tally::default();
    for (start, end) in chunks(samples, GPU_CHUNK_SAMPLES) {
        if cancel.is_cancelled() {
            return Ok(Err(Cancelled));
        }
        tally.merge(&gpu.monte_carlo(sweep, start, end).await?);
        progress(f64::from(end) / f64::from(samples.max(1)));
    }
    Ok(Ok(tally))
}

/// The CPU path: workers, or the page in slices if workers cannot start.
pub async fn monte_carlo_cpu(
    sweep: &Sweep,
    samples: u32,
    progress: &Rc<dyn Fn(f64)>,
    cancel: &CancelFlag,
    notes: &mut Vec<String>,
) -> Result<(Tally, Ran), Cancelled> {
    let pool = pool();
    match monte_carlo_workers(&pool, pool.max_workers(), sweep, samples, progress, cancel).await {
        Ok(Ok((tally, worked))) => {
            notes.extend(worked.note());
            return Ok((tally, Ran::Workers(worked.workers.max(1))));
        }
        Ok(Err(Cancelled)) => return Err(Cancelled),
        Err(err) => {
            notes.push(err.note("this sweep"));
        }
    }
    progress(0.0);
    let tally = monte_carlo_page(sweep, samples, progress, cancel).await?;
    Ok((tally, Ran::Page))
}

/// Monte Carlo on (up to) `workers` of the pool's workers at a time.
pub async fn monte_carlo_workers(
    pool: &WorkerPool,
    workers: usize,
    sweep: &Sweep,
    samples: u32,
    progress: &Rc<dyn Fn(f64)>,
    cancel: &CancelFlag,
) -> Result<Result<(Tally, Worked), Cancelled>, PoolError> {
    let parts = chunks(samples, WORKER_CHUNK_SAMPLES);
    let requests = requests(sweep.base(), &parts, |start, end| Task::MonteCarlo {
        seed: sweep.seed(),
        start,
        end,
    });
    let mut tally = Tally::default();
    let mut counted = 0u64;
    let outcome = pool
        .run(
            workers,
            requests,
            |chunk, answer| {
                let (start, end) = parts[chunk];
                let counts = u32_field(answer, "counts")
                    .ok_or_else(|| "an answer without counts".to_owned())?;
                let samples_in_chunk = u64::from(end - start);
                tally.merge(&Tally::from_counts(&counts, samples_in_chunk));
                counted += samples_in_chunk;
                progress(counted as f64 / f64::from(samples.max(1)));
                Ok(())
            },
            cancel,
        )
        .await?;
    Ok(outcome.map(|worked| (tally, worked)))
}

/// Runs `work(start, end)` over `0..total`, `step` at a time, on the page: [`PAGE_SLICE_MS`]
/// of work, then the browser gets a turn. Stops between slices when cancelled.
async fn on_page(
    total: u32,
    step: u32,
    progress: &dyn Fn(f64),
    cancel: &CancelFlag,
    mut work: impl FnMut(u32, u32),
) -> Result<(), Cancelled> {
    let mut next = 0u32;
    while next < total {
        if cancel.is_cancelled() {
            return Err(Cancelled);
        }
        let slice_started = now_ms();
        while next < total && now_ms() - slice_started < PAGE_SLICE_MS {
            let end = (next + step.max(1)).min(total);
            work(next, end);
            next = end;
        }
        progress(f64::from(next) / f64::from(total.max(1)));
        yield_to_browser().await;
    }
    Ok(())
}

/// Monte Carlo on the page, a few milliseconds at a time.
async fn monte_carlo_page(
    sweep: &Sweep,
    samples: u32,
    progress: &Rc<dyn Fn(f64)>,
    cancel: &CancelFlag,
) -> Result<Tally, Cancelled> {
    let mut tally = Tally::default();
    on_page(samples, 500, progress.as_ref(), cancel, |start, end| {
        sweep.run(start, end, &mut tally);
    })
    .await?;
    Ok(tally)
}

/// The seed of the Walls view's fans: the same draws for every scenario, so the bands move
/// smoothly as a number is dragged.
pub const FAN_SEED: u32 = 1;

/// The Walls view's fans and odds: `samples` samples around `scenario` with [`FAN_SEED`], on one
/// of the pool's workers, or on the page a few milliseconds at a time when no worker can start.
/// One at a time: the caller waits for an answer before it asks again.
pub async fn fans(scenario: &Scenario, samples: u32) -> Finished<Fans> {
    let started = now_ms();
    let mut notes = Vec::new();
    let request = Request {
        id: 0,
        scenario: ScenarioFile::from_scenario(scenario),
        task: Task::Fans {
            seed: FAN_SEED,
            samples,
        },
    };
    let mut fans = None;
    // Never cancelled: the next scenario's fans wait for these.
    let never = CancelFlag::default();
    let pool = pool();
    let outcome = pool
        .run(
            1,
            vec![request],
            |_, answer| {
                fans = u32_field(answer, "counts")
                    .zip(f64_field(answer, "quantiles"))
                    .and_then(|(counts, q)| Fans::from_flat(&q, &counts, u64::from(samples)));
                fans.as_ref()
                    .map(|_| ())
                    .ok_or_else(|| "an answer without fans".to_owned())
            },
            &never,
        )
        .await;
    match (outcome, fans) {
        (Ok(Ok(_)), Some(fans)) => {
            return Finished {
                value: fans,
                ran: Ran::Workers(1),
                notes,
                elapsed_ms: now_ms() - started,
            }
        }
        (Err(err), _) => {
            notes.push(err.note("the spread of outcomes"));
        }
        // Never cancelled, and a finished run has every answer.
        (Ok(_), _) => {}
    }
    let sweep = Sweep::new(scenario, FAN_SEED);
    let mut gathered = FanSamples::default();
    on_page(samples, 32, &|_| {}, &never, |start, end| {
        gathered.run(&sweep, start, end);
    })
    .await
    .ok();
    Finished {
        value: gathered.finish(),
        ran: Ran::Page,
        notes,
        elapsed_ms: now_ms() - started,
    }
}

/// The phase diagram over `x` and `y` around `scenario`, on the preferred engine or the next
/// that works.
pub async fn grid(
    pref: EnginePref,
    scenario: &Scenario,
    x: &Axis,
    y: &Axis,
    progress: Rc<dyn Fn(f64)>,
    cancel: &CancelFlag,
) -> Result<Finished<Vec<Option<(WallId, f64)>>>, Cancelled> {
    let started = now_ms();
    let mut notes = Vec::new();
    let rows_per_chunk = |cells: u32| (cells / x.steps.max(1)).max(1);
    if pref != EnginePref::Cpu {
        if let Some(gpu) = gpu()
            .await
            .ok()
            .filter(|gpu| pref.wants_gpu(x.steps * y.steps, gpu))
        {
            let mut cells = Vec::with_capacity((x.steps * y.steps) as usize);
            let mut failed = None;
            for (start, end) in chunks(y.steps, rows_per_chunk(GPU_CHUNK_CELLS)) {
                if cancel.is_cancelled() {
                    return Err(Cancelled);
                }
                match gpu.grid_rows(scenario, x, y, start, end).await {
                    Ok(rows) => cells.extend(rows),
                    Err(err) => {
                        failed = Some(err);
                        break;
                    }
                }
                progress(f64::from(end) / f64::from(y.steps));
            }
            match failed {
                None => {
                    return Ok(Finished {
                        value: cells,
                        ran: Ran::gpu(&gpu),
                        notes,
                        elapsed_ms: now_ms() - started,
                    })
                }
                Some(err) => {
                    forget_gpu();
                    notes.push(err.plain_words().to_owned());
                }
            }
        }
    }
    progress(0.0);
    let parts = chunks(y.steps, rows_per_chunk(WORKER_CHUNK_CELLS));
    let pool = pool();
    let requests = requests(scenario, &parts, |start, end| Task::Grid {
        x: AxisSpec::of(x),
        y: AxisSpec::of(y),
        start,
        end,
    });
    let mut rows: Vec<Option<Vec<f64>>> = vec![None; parts.len()];
    let mut finished_rows = 0u32;
    let outcome = pool
        .run(
            pool.max_workers(),
            requests,
            |chunk, answer| {
                rows[chunk] = Some(
                    f64_field(answer, "cells")
                        .ok_or_else(|| "an answer without cells".to_owned())?,
                );
                let (start, end) = parts[chunk];
                finished_rows += end - start;
                progress(f64::from(finished_rows) / f64::from(y.steps.max(1)));
                Ok(())
            },
            cancel,
        )
        .await;
    match outcome {
        Ok(Ok(worked)) => {
            notes.extend(worked.note());
            let cells = rows
                .into_iter()
                .flatten()
                .flat_map(|pairs| decode_cells(&pairs))
                .collect();
            return Ok(Finished {
                value: cells,
                ran: Ran::Workers(worked.workers.max(1)),
                notes,
                elapsed_ms: now_ms() - started,
            });
        }
        Ok(Err(Cancelled)) => return Err(Cancelled),
        Err(err) => {
            notes.push(err.note("the diagram"));
        }
    }
    progress(0.0);
    let mut cells = Vec::with_capacity((x.steps * y.steps) as usize);
    for (start, end) in parts {
        if cancel.is_cancelled() {
            return Err(Cancelled);
        }
        cells.extend(grid_rows(scenario, x, y, start, end));
        progress(f64::from(end) / f64::from(y.steps.max(1)));
        yield_to_browser().await;
    }
    Ok(Finished {
        value: cells,
        ran: Ran::Page,
        notes,
        elapsed_ms: now_ms() - started,
    })
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

    #[test]
    fn preferences_round_trip() {
        for pref in EnginePref::ALL {
            assert_eq!(EnginePref::lookup(pref.id()), Some(pref));
        }
        assert_eq!(EnginePref::lookup("tpu"), None);
    }
}
