//! A validated set of assumptions: one value per parameter of the registry.
//!
//! A [`Scenario`] can only be built from a preset and validated overrides, so every value in it is
//! finite and within its parameter's `min..=max`. Parse at the edge (URL, file, form, command
//! line); after that, projecting cannot fail.

use std::collections::BTreeMap;

use crate::param::{ParamId, PARAMS};
use crate::preset::PresetId;

/// Why a value, an assignment or a preset was refused. Each message names what to fix.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ScenarioError {
    /// No parameter has this id or key.
    #[error("unknown parameter `{name}`; parameters are named like `power.campus_gw_2026`")]
    UnknownParam {
        /// What was asked for.
        name: String,
    },
    /// A parameter model v2 removed.
    #[error("`{name}` was removed in First Wall's model v2; {replaced_by}")]
    RemovedParam {
        /// What was asked for.
        name: String,
        /// What replaced it.
        replaced_by: &'static str,
    },
    /// No preset has this id.
    #[error("unknown preset `{name}`; presets are {}", PresetId::ALL.iter().map(|p| p.id()).collect::<Vec<_>>().join(", "))]
    UnknownPreset {
        /// What was asked for.
        name: String,
    },
    /// The text is not a number.
    #[error("{id} must be a number ({unit}), got `{text}`")]
    NotANumber {
        /// The parameter's id.
        id: &'static str,
        /// Its unit.
        unit: &'static str,
        /// The text that failed to parse.
        text: String,
    },
    /// NaN or infinite.
    #[error("{id} must be a finite number ({unit}), got {value}")]
    NotFinite {
        /// The parameter's id.
        id: &'static str,
        /// Its unit.
        unit: &'static str,
        /// The value.
        value: f64,
    },
    /// Outside the accepted limits.
    #[error("{id} ({label}) must be between {min} and {max} {unit}, got {value}")]
    OutOfRange {
        /// The parameter's id.
        id: &'static str,
        /// Its label.
        label: &'static str,
        /// The value.
        value: f64,
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
        /// Its unit.
        unit: &'static str,
    },
    /// A choice parameter given something that is not one of its options.
    #[error("{id} must be one of {options}, got `{text}`")]
    NotAnOption {
        /// The parameter's id.
        id: &'static str,
        /// The options, comma-separated.
        options: String,
        /// What was given.
        text: String,
    },
    /// An assignment without `=`.
    #[error("expected ID=VALUE (e.g. power.campus_gw_2026=10), got `{text}`")]
    NotAnAssignment {
        /// The text.
        text: String,
    },
    /// A scenario file that is not valid.
    #[error("scenario file: {0}")]
    File(String),
}

impl ScenarioError {
    /// The error for a name that is no parameter: removed in model v2, or unknown.
    pub fn not_a_param(name: &str) -> Self {
        match crate::param::removed(name) {
            Some(removed) => Self::RemovedParam {
                name: name.to_owned(),
                replaced_by: removed.replaced_by,
            },
            None => Self::UnknownParam {
                name: name.to_owned(),
            },
        }
    }
}

/// One value per parameter, all validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    preset: PresetId,
    values: [f64; ParamId::COUNT],
}

impl Scenario {
    /// The scenario of a preset, with no changes.
    pub fn preset(preset: PresetId) -> Self {
        let mut values = [0.0; ParamId::COUNT];
        for (value, param) in values.iter_mut().zip(&PARAMS) {
            *value = param.default;
        }
        for o in preset.overrides() {
            values[o.id as usize] = o.value;
        }
        Self { preset, values }
    }

    /// The preset this scenario starts from.
    pub fn preset_id(&self) -> PresetId {
        self.preset
    }

    /// The value of a parameter.
    pub fn get(&self, id: ParamId) -> f64 {
        self.values[id as usize]
    }

    /// Every value, indexed by [`ParamId`] (the layout the GPU sweep uploads).
    pub fn values(&self) -> &[f64; ParamId::COUNT] {
        &self.values
    }

    /// This scenario with one value changed, if the value is valid.
    pub fn with(&self, id: ParamId, value: f64) -> Result<Self, ScenarioError> {
        let mut next = self.clone();
        next.values[id as usize] = validate(id, value)?;
        Ok(next)
    }

    /// This scenario with `value` clamped into the parameter's limits (NaN keeps the current
    /// value; a choice is rounded to the nearest option). For sliders and URLs, where a sane
    /// state matters more than an error; the caller learns whether anything changed from the
    /// returned flag.
    pub fn with_clamped(&self, id: ParamId, value: f64) -> (Self, bool) {
        let spec = id.spec();
        let clamped = if value.is_nan() {
            self.get(id)
        } else if spec.is_choice() {
            value.round().clamp(spec.min, spec.max)
        } else {
            value.clamp(spec.min, spec.max)
        };
        let mut next = self.clone();
        next.values[id as usize] = clamped;
        (next, clamped.to_bits() != value.to_bits())
    }

    /// This scenario with every value replaced, each clamped like [`Self::with_clamped`]. For
    /// sweeps, whose draws are already in range; the clamp keeps the invariant regardless.
    pub fn with_values_clamped(&self, values: [f64; ParamId::COUNT]) -> Self {
        let mut next = self.clone();
        for ((slot, value), param) in next.values.iter_mut().zip(values).zip(&PARAMS) {
            *slot = if value.is_nan() {
                *slot
            } else if param.is_choice() {
                value.round().clamp(param.min, param.max)
            } else {
                value.clamp(param.min, param.max)
            };
        }
        next
    }

    /// Applies `ID=VALUE` (id or short key).
    pub fn with_assignment(&self, text: &str) -> Result<Self, ScenarioError> {
        let (id, value) = parse_assignment(text)?;
        self.with(id, value)
    }

    /// The values that differ from the preset, by parameter id, in registry order.
    pub fn changes(&self) -> BTreeMap<&'static str, f64> {
        let base = Self::preset(self.preset);
        ParamId::ALL
            .iter()
            .filter(|&&id| base.get(id).to_bits() != self.get(id).to_bits())
            .map(|&id| (id.spec().id, self.get(id)))
            .collect()
    }
}

/// Checks one value against its parameter's limits (and, for a choice, that it names an option).
pub fn validate(id: ParamId, value: f64) -> Result<f64, ScenarioError> {
    let spec = id.spec();
    if spec.is_choice() && spec.option(value).is_none() {
        return Err(ScenarioError::NotAnOption {
            id: spec.id,
            options: options_text(id),
            text: value.to_string(),
        });
    }
    if !value.is_finite() {
        return Err(ScenarioError::NotFinite {
            id: spec.id,
            unit: spec.unit,
            value,
        });
    }
    if !(spec.min..=spec.max).contains(&value) {
        return Err(ScenarioError::OutOfRange {
            id: spec.id,
            label: spec.label,
            value,
            min: spec.min,
            max: spec.max,
            unit: spec.unit,
        });
    }
    Ok(value)
}

/// Parses `ID=VALUE`, where ID is a dotted id or a short key and VALUE a number (`1e29`, `8.2`).
pub fn parse_assignment(text: &str) -> Result<(ParamId, f64), ScenarioError> {
    let Some((name, value_text)) = text.split_once('=') else {
        return Err(ScenarioError::NotAnAssignment {
            text: text.to_owned(),
        });
    };
    let name = name.trim();
    let id = ParamId::lookup(name).ok_or_else(|| ScenarioError::not_a_param(name))?;
    let value = parse_value(id, value_text)?;
    Ok((id, validate(id, value)?))
}

/// The options of a choice parameter, comma-separated.
fn options_text(id: ParamId) -> String {
    id.spec()
        .options
        .iter()
        .map(|choice| choice.id)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses a value for `id`: a number, or for a choice an option's id (`direct-liquid`), with an
/// error that names the parameter.
pub fn parse_value(id: ParamId, text: &str) -> Result<f64, ScenarioError> {
    let spec = id.spec();
    if spec.is_choice() {
        let text = text.trim();
        return spec
            .option_value(text)
            .or_else(|| {
                text.parse::<f64>()
                    .ok()
                    .filter(|&v| spec.option(v).is_some())
            })
            .ok_or_else(|| ScenarioError::NotAnOption {
                id: spec.id,
                options: options_text(id),
                text: text.to_owned(),
            });
    }
    text.trim()
        .parse::<f64>()
        .map_err(|_| ScenarioError::NotANumber {
            id: spec.id,
            unit: spec.unit,
            text: text.to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preset_scenario_holds_every_default_and_override() {
        let scenario = Scenario::preset(PresetId::Evidence2026);
        for &id in ParamId::ALL {
            assert_eq!(
                scenario.get(id).to_bits(),
                id.spec().default.to_bits(),
                "{id:?}"
            );
        }
        assert!(scenario.changes().is_empty());
    }

    #[test]
    fn assignments_by_id_and_key() {
        let base = Scenario::preset(PresetId::Evidence2026);
        let a = base.with_assignment("power.campus_gw_2026=10").unwrap();
        let b = base.with_assignment("pk = 10").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.get(ParamId::CampusGw2026), 10.0);
        assert_eq!(a.changes().get("power.campus_gw_2026"), Some(&10.0));
    }

    #[track_caller]
    fn check_error(text: &str, want: &str) {
        let err = Scenario::preset(PresetId::Evidence2026)
            .with_assignment(text)
            .unwrap_err()
            .to_string();
        assert_eq!(err, want);
    }

    #[test]
    fn bad_input_names_the_parameter_value_range_and_unit() {
        check_error(
            "power.campus_gw_2026=20000",
            "power.campus_gw_2026 (Power of the largest campus (start of 2026)) \
             must be between 0.001 and 10000 GW, got 20000",
        );
        check_error(
            "run.utilization=-0.5",
            "run.utilization (Hardware utilization (MFU, 16-bit)) must be between 0.01 and 1 fraction, got -0.5",
        );
        check_error(
            "run.utilization=NaN",
            "run.utilization must be a finite number (fraction), got NaN",
        );
        check_error(
            "run.utilization=inf",
            "run.utilization must be a finite number (fraction), got inf",
        );
        check_error(
            "run.utilization=lots",
            "run.utilization must be a number (fraction), got `lots`",
        );
        check_error(
            "power.nope=1",
            "unknown parameter `power.nope`; parameters are named like `power.campus_gw_2026`",
        );
        check_error(
            "pd=8",
            "`pd` was removed in First Wall's model v2; power now grows from observed 2025–26 values: \
             power.ai_capacity_gw_2025 and power.growth_per_year, times the developer's shares",
        );
        check_error(
            "power.campus_gw_2026",
            "expected ID=VALUE (e.g. power.campus_gw_2026=10), got `power.campus_gw_2026`",
        );
    }

    #[test]
    fn choices_by_option_id_or_index() {
        let base = Scenario::preset(PresetId::Evidence2026);
        let air = base.with_assignment("datacenter.cooling=air").unwrap();
        assert_eq!(air.get(ParamId::Cooling), 0.0);
        assert_eq!(
            base.with_assignment("cool=3")
                .unwrap()
                .get(ParamId::Cooling),
            3.0
        );
        assert_eq!(
            base.with_clamped(ParamId::Cooling, 7.6)
                .0
                .get(ParamId::Cooling),
            3.0
        );
    }

    #[test]
    fn clamping_keeps_a_sane_state() {
        let base = Scenario::preset(PresetId::Evidence2026);
        let (next, changed) = base.with_clamped(ParamId::Utilization, 7.0);
        assert!(changed);
        assert_eq!(next.get(ParamId::Utilization), 1.0);
        let (next, changed) = base.with_clamped(ParamId::Utilization, f64::NAN);
        assert!(changed);
        assert_eq!(next.get(ParamId::Utilization), 0.4);
        let (next, changed) = base.with_clamped(ParamId::Utilization, 0.5);
        assert!(!changed);
        assert_eq!(next.get(ParamId::Utilization), 0.5);
    }
}
