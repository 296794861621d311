//! What the Uncertainty view computes — samples, seed, engine, the phase diagram's axes — and the
//! choices its menus offer. [`crate::address::sweep`] writes them into the address and reads them
//! back.

use firstwall_model::sweep::is_sampled;
use firstwall_model::ParamId;

use crate::engine::EnginePref;

/// The most samples the app runs in one sweep (about a minute on a laptop's CPU).
pub const MAX_APP_SAMPLES: u32 = 100_000_000;

/// Sample counts the menu offers.
pub const SAMPLE_CHOICES: [u32; 5] = [10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/// Phase-diagram resolutions the menu offers (cells per side).
pub const GRID_CHOICES: [u32; 5] = [64, 128, 256, 512, 1024];

/// A menu's choices, with `current` added in order if the address set another value.
pub fn menu_choices(choices: &[u32], current: u32) -> Vec<u32> {
    let mut all = choices.to_vec();
    if !all.contains(&current) {
        all.push(current);
        all.sort_unstable();
    }
    all
}

/// What the Uncertainty view computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SweepSettings {
    /// Monte Carlo samples.
    pub samples: u32,
    /// The seed of the random numbers.
    pub seed: u32,
    /// Where to compute.
    pub engine: EnginePref,
    /// The phase diagram's horizontal axis.
    pub grid_x: ParamId,
    /// Its vertical axis.
    pub grid_y: ParamId,
    /// Cells per side.
    pub grid_steps: u32,
}

impl Default for SweepSettings {
    fn default() -> Self {
        Self {
            samples: firstwall_model::sweep::DEFAULT_SAMPLES,
            seed: firstwall_model::sweep::DEFAULT_SEED,
            engine: EnginePref::Auto,
            grid_x: ParamId::CampusGrowth,
            grid_y: ParamId::ChipStockGrowth,
            grid_steps: 128,
        }
    }
}

/// The parameters a phase diagram can have on an axis: the numbers a sweep varies.
pub fn axis_params() -> impl Iterator<Item = ParamId> {
    ParamId::ALL
        .iter()
        .copied()
        .filter(|id| is_sampled(id.spec()))
}
