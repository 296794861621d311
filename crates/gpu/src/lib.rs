//! First Wall's GPU compute: WGSL kernels and their dispatch through wgpu.
//!
//! One code path serves two worlds: WebGPU in the browser and Vulkan, Metal or DX12 natively (on a
//! machine without a GPU, Mesa's lavapipe). Every kernel mirrors a function of `firstwall-model`,
//! which stays the f64 reference; kernels work in f32 and in log10 space so that f32 is precise
//! enough, and tests compare the two.
//!
//! Kernels: `crossing` (years until a trend reaches a ceiling, the first check) and `sweep`
//! (Monte Carlo samples and phase-diagram cells of the whole model, [`GpuContext::monte_carlo`],
//! [`GpuContext::grid`]).
//!
//! Usage: create one long-lived [`GpuContext`] with [`GpuContext::new`] (it checks that the adapter
//! can run compute shaders), then call its kernels. Readback is `map_async` → channel → `await`;
//! only native code blocks on `poll`, the browser polls by itself.

mod check;
mod context;
mod crossing;
mod error;
mod sweep;

pub use check::{compare, reference_cases, Agreement, TrendCase, AGREEMENT_TOLERANCE_YEARS};
pub use context::{AdapterSummary, GpuContext};
pub use crossing::{CrossingSample, NEVER_YEARS};
pub use error::GpuError;

/// The WGSL sources compiled into this crate, by file name, for validation and display.
pub const SHADERS: &[(&str, &str)] = &[
    ("crossing.wgsl", crossing::SHADER_WGSL),
    ("sweep.wgsl", sweep::SHADER_WGSL),
];
