//! The visitor's scenario — a preset, the values they changed, the levers they switched on — shared
//! by every view through context, and the projection derived from it.
//!
//! The state changes in one place ([`AppState::update`]); the projection is a `Memo`, so a slider
//! move re-runs the model once, however many components read the result.

use firstwall_model::{project, PresetId, Projection, Scenario};
use leptos::prelude::*;

mod scenario;
mod sweep;

pub use scenario::ScenarioState;
pub use sweep::{
    axis_params, menu_choices, SweepSettings, GRID_CHOICES, MAX_APP_SAMPLES, SAMPLE_CHOICES,
};

/// The shared state: put into context by [`crate::App`], read with `expect_context::<AppState>()`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// What the visitor chose.
    pub scenario: RwSignal<ScenarioState>,
    /// The scenario the model projects (levers applied).
    pub effective: Memo<Scenario>,
    /// The projection of [`Self::effective`].
    pub projection: Memo<Projection>,
    /// The preset the scenario starts from (changes rarely; many controls read it).
    pub preset: Memo<PresetId>,
    /// Messages about the address the page was opened with (ignored or clamped values).
    pub notices: RwSignal<Vec<String>>,
    /// The Uncertainty view's settings (in the address too).
    pub sweep: RwSignal<SweepSettings>,
    /// The spread of the walls and the odds of each first wall around the scenario, once the
    /// background has computed them (the Walls view asks; [`FanResult::scenario`] says for which
    /// scenario they are).
    pub fans: RwSignal<Option<FanResult>>,
    /// Assumptions a teacher's link fixed (`lock=`): no change of the scenario moves them.
    pub locked: RwSignal<Vec<firstwall_model::ParamId>>,
}

/// Fans and odds computed for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct FanResult {
    /// The scenario they were computed for.
    pub scenario: Scenario,
    /// The fans and the first-wall tally.
    pub fans: std::sync::Arc<firstwall_model::sweep::Fans>,
    /// How long they took, ms (from the request to the answer).
    pub elapsed_ms: f64,
}

impl AppState {
    /// Creates the state, starting from `initial`.
    pub fn new(initial: ScenarioState, sweep: SweepSettings, notices: Vec<String>) -> Self {
        let scenario = RwSignal::new(initial);
        let effective = Memo::new(move |_| scenario.with(ScenarioState::effective));
        let projection = Memo::new(move |_| effective.with(project));
        let preset = Memo::new(move |_| scenario.with(|s| s.base.preset_id()));
        Self {
            scenario,
            effective,
            projection,
            preset,
            notices: RwSignal::new(notices),
            sweep: RwSignal::new(sweep),
            fans: RwSignal::new(None),
            locked: RwSignal::new(Vec::new()),
        }
    }

    /// Changes the scenario; the locked assumptions keep their values whatever the change does
    /// (a preset switched, a question card, a goal-seek change).
    pub fn update(&self, change: impl FnOnce(&mut ScenarioState)) {
        let locked = self.locked.get_untracked();
        self.scenario.update(|s| {
            let kept: Vec<f64> = locked.iter().map(|&id| s.base.get(id)).collect();
            change(s);
            for (&id, value) in locked.iter().zip(kept) {
                if s.base.get(id).to_bits() != value.to_bits() {
                    s.base = s.base.with_clamped(id, value).0;
                }
            }
        });
    }

    /// Whether a teacher's link fixed `param`; tracked.
    pub fn is_locked(&self, param: firstwall_model::ParamId) -> bool {
        self.locked.with(|l| l.contains(&param))
    }
}
