//! The engine bridge: where a sweep runs in the browser.
//!
//! Three engines give the same answer for the same seed: WebGPU (the f32 kernel of
//! `firstwall-gpu`), Web Workers (the f64 reference of `firstwall-model::sweep`, in the
//! `sweep-worker` wasm that Trunk builds from `crates/worker`), and — when neither is available —
//! the page itself, in slices of a few milliseconds so that it never freezes. Work goes out in
//! chunks: progress is reported after each, cancelling stops between two (on the workers, at
//! once: see [`pool`]), and a failure on the GPU (no adapter, a lost device) or of the workers
//! falls back to the next engine with a note that says so. One runner does this for every
//! computation (`run.rs`); each computation says how to do a chunk on each engine (`jobs.rs`).
//! The workers' protocol — ids, deadlines, retries, one pool per page — is in [`pool`].

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use firstwall_gpu::{GpuContext, GpuError};
use js_sys::Promise;
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

/// Why a run ended without its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop<E = std::convert::Infallible> {
    /// The visitor cancelled it, or left the view.
    Cancelled,
    /// The engine failed (`E` says how); the next engine takes over, with a note.
    Failed(E),
}

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

mod jobs;
mod pool;
mod run;

pub use jobs::{fans, grid, monte_carlo, monte_carlo_on_workers, FAN_SEED};
pub use pool::{pool, PoolError, Worked, WorkerPool};

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Lets the browser run other tasks (input, painting) before continuing.
async fn yield_to_browser() {
    after_ms(0).await;
}

/// Resolves after `ms` milliseconds (a timer task), or at once where no timer can be set.
pub async fn after_ms(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let set = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok()
        });
        // If the timer cannot be set, the promise would never resolve; resolve now instead.
        if !set {
            resolve.call0(&JsValue::NULL).ok();
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
pub(crate) fn forget_gpu() {
    GPU.with(|slot| *slot.borrow_mut() = None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_round_trip() {
        for pref in EnginePref::ALL {
            assert_eq!(EnginePref::lookup(pref.id()), Some(pref));
        }
        assert_eq!(EnginePref::lookup("tpu"), None);
    }
}
