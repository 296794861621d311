//! The First Wall model: how large a training run the world wants, and how large each wall allows.
//!
//! Everything here is a pure, deterministic function of its inputs. The crate does no I/O, reads no
//! clock and has no dependency on the web, the GPU or a UI, so the web app, the GPU kernels and the
//! `firstwall` CLI can all call it and get the same numbers.
//!
//! - [`param`]: the registry — every assumption declared once, with unit, range, source, evidence
//!   tier and date.
//! - [`history`]: what already happened — the largest training runs and data centers, sourced.
//! - [`backtest`]: each frontier record against a scenario's lowest ceiling and demand then.
//! - [`scenario`]: a validated value for every parameter; parse at the edge, then nothing fails.
//! - [`preset`]: named scenarios (`evidence-2026`, `epoch-2030`, `source-2025`, `optimistic`,
//!   `pessimistic`).
//! - [`levers`]: technology levers from *New For AI* (FP4, MoE, 800 V DC, liquid cooling …).
//! - [`walls`]: the six walls' ceilings — each defined once, for the projection and the sweep —
//!   with their formulas as text.
//! - [`cost`]: what the demand run costs in hardware and electricity (a readout, not a wall).
//! - [`projection`]: demand against every ceiling, 2024–2040, and which wall binds first.
//! - [`claims`]: every numeric claim of the source diagrams, with a verdict, sources and our arithmetic.
//! - [`roofline`]: decoding on an accelerator — memory- or compute-bound, tokens/s, does it fit.
//! - [`demand`], [`compute`], [`facility`], [`accelerators`], [`source`]: the pieces.
//! - [`format`](mod@format): numbers for people (`2.5 × 10²⁹`, `12,461`, `1.91e29`).
//! - [`scenario_file`]: the versioned JSON form of a scenario, shared by the app and the CLI.
//! - [`sweep`]: Monte Carlo, sensitivity and grids over the plausible ranges — the first wall as a
//!   distribution.
//!
//! Units are in the names (`flop`, `flop_per_s`, `duration_s`, `growth_per_year`); quantities in
//! log space say so (`log10_flop`). Every constant taken from the literature cites its source
//! next to it.

pub mod accelerators;
pub mod backtest;
pub mod claims;
pub mod compute;
pub mod cost;
pub mod datacenter;
pub mod demand;
pub mod facility;
mod float;
pub mod format;
pub mod goal;
pub mod history;
pub mod levers;
pub mod param;
pub mod preset;
pub mod projection;
pub mod roofline;
pub mod scenario;
pub mod scenario_file;
pub mod source;
pub mod sweep;
pub mod units;
pub mod walls;

#[cfg(test)]
mod published;

pub use param::{ParamId, PARAMS};
pub use preset::PresetId;
pub use projection::{project, Projection};
pub use scenario::{Scenario, ScenarioError};
pub use walls::{WallId, Walls};
