//! What the visitor chose: a preset, the values they changed, the levers they switched on.

use firstwall_model::levers::{self, Lever};
use firstwall_model::{PresetId, Scenario};

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
