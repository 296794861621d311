//! First Wall's GPU compute: WGSL kernels and their dispatch through wgpu.
//!
//! One code path serves two worlds: WebGPU in the browser and Vulkan, Metal or DX12 natively (on a
//! machine without a GPU, Mesa's lavapipe). Every kernel mirrors a function of `firstwall-model`,
//! which stays the f64 reference; kernels work in f32 and in log10 space so that f32 is precise
//! enough, and tests compare the two.
//!
//! One kernel, `sweep`: Monte Carlo samples and phase-diagram cells of the whole model
//! ([`GpuContext::monte_carlo`], [`GpuContext::grid`]). [`GpuContext::check_against_model`] runs
//! its phase-diagram path over a [`GridCheck`] and compares every cell with the f64 model: the
//! check that the app and `firstwall gpu-check` show.
//!
//! Usage: create one long-lived [`GpuContext`] with [`GpuContext::new`] (it checks that the adapter
//! can run compute shaders), then call its kernels. Readback is `map_async` → channel → `await`;
//! only native code blocks on `poll`, the browser polls by itself.

mod check;
mod context;
mod error;
mod sweep;

pub use check::{
    compare, GridAgreement, GridCheck, CELL_YEAR_TOLERANCE, CHECK_X_PARAM, CHECK_Y_PARAM,
    MIN_AGREEING_SHARE,
};
pub use context::{AdapterSummary, GpuContext};
pub use error::GpuError;

/// The WGSL sources compiled into this crate, by file name, for validation and display.
pub const SHADERS: &[(&str, &str)] = &[("sweep.wgsl", sweep::SHADER_WGSL)];
