//! The visitor's scenario — a preset, the values they changed, the levers they switched on — shared
//! by every view through context, and the projection derived from it.
//!
//! The state changes in one place ([`AppState::update`]); the projection is a `Memo`, so a slider
//! move re-runs the model once, however many components read the result.

use firstwall_model::levers::{self, Lever};
use firstwall_model::{project, PresetId, Projection, Scenario};
use leptos::prelude::*;

use crate::sweep_settings::SweepSettings;

/// What the visitor chose. The model projects [`ScenarioState::effective`].
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioState {
    /// The preset and the visitor's own values.
    pub base: Scenario,
    /// The levers that are on, in [`levers::LEVERS`] order.
    pub levers: Vec<&'static Lever>,
}

impl Default for ScenarioState {
    fn default() -> Self {
        Self::from_preset(PresetId::DEFAULT)
    }
}

impl ScenarioState {
    /// A preset with no changes and no levers.
    pub fn from_preset(preset: PresetId) -> Self {
        Self {
            base: Scenario::preset(preset),
            levers: Vec::new(),
        }
    }

    /// The scenario with the levers applied: what the model projects.
    pub fn effective(&self) -> Scenario {
        levers::apply(&self.base, &self.levers)
    }

    /// Whether a lever is on.
    pub fn lever_on(&self, id: &str) -> bool {
        self.levers.iter().any(|lever| lever.id == id)
    }

    /// Switches a lever on or off, keeping the levers in their canonical order.
    pub fn set_lever(&mut self, lever: &'static Lever, on: bool) {
        let was_on = |l: &&Lever| self.lever_on(l.id) && l.id != lever.id;
        self.levers = levers::LEVERS
            .iter()
            .filter(|l| was_on(l) || (on && l.id == lever.id))
            .collect();
    }
}

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
        }
    }

    /// Changes the scenario.
    pub fn update(&self, change: impl FnOnce(&mut ScenarioState)) {
        self.scenario.update(change);
    }
}
