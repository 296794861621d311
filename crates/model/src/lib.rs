//! The First Wall model: how large a training run the world wants, and how large each wall allows.
//!
//! Everything here is a pure, deterministic function of its inputs. The crate does no I/O, reads no
//! clock and has no dependency on the web, the GPU or a UI, so the web app, the GPU kernels and the
//! `firstwall` CLI can all call it and get the same numbers.
//!
//! Units are in the names (`flop`, `flop_per_s`, `duration_s`, `growth_per_year`); quantities in
//! log space say so (`log10_flop`). Every constant taken from the literature cites its source
//! next to it.

pub mod compute;
pub mod demand;
