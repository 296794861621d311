//! A validated set of assumptions: one value per parameter of the registry.
//!
//! A [`Scenario`] can only be built from a preset and validated overrides, so every value in it is
//! finite and within its parameter's `min..=max`. Parse at the edge (URL, file, form, command
//! line); after that, projecting cannot fail.

use std::collections::BTreeMap;

use crate::format::{echo, exact};
use crate::param::{Param, ParamId, PARAMS};
use crate::preset::PresetId;

/// Why a value, an assignment or a preset was refused. Each message names what to fix, on one
/// line, and repeats at most [`crate::format::ECHO_MAX_CHARS`] characters of what was given.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ScenarioError {
    /// No parameter has this id or key.
    #[error("unknown parameter {}; parameters are named like `power.campus_gw_2026`", echo(.name))]
    UnknownParam {
        /// What was asked for.
        name: String,
    },
    /// A parameter model v2 removed.
    #[error("{} was removed in First Wall's model v2; {replaced_by}", echo(.name))]
    RemovedParam {
        /// What was asked for.
        name: String,
        /// What replaced it.
        replaced_by: &'static str,
    },
    /// No preset has this id.
    #[error("unknown preset {}; presets are {}", echo(.name), PresetId::ALL.iter().map(|p| p.id()).collect::<Vec<_>>().join(", "))]
    UnknownPreset {
        /// What was asked for.
        name: String,
    },
    /// The text is not a number.
    #[error("{id} must be a number ({unit}), got {}", echo(.text))]
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
    #[error("{id} ({label}) must be between {} and {} {unit}, got {}", exact(*.min), exact(*.max), exact(*.value))]
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
    #[error("{id} must be one of {options}, got {}", echo(.text))]
    NotAnOption {
        /// The parameter's id.
        id: &'static str,
        /// The options, comma-separated.
        options: String,
        /// What was given.
        text: String,
    },
    /// An assignment without `=`.
    #[error("expected ID=VALUE (e.g. power.campus_gw_2026=10), got {}", echo(.text))]
    NotAnAssignment {
        /// The text.
        text: String,
    },
    /// A fraction for a parameter that counts (accelerators, steps) or picks an option.
    #[error("{id} ({label}) must be a whole number, got {}", exact(*.value))]
    NotWhole {
        /// The parameter's id.
        id: &'static str,
        /// Its label.
        label: &'static str,
        /// The value.
        value: f64,
    },
    /// A number written out (`1e-400`) that is not 0 but too close to 0 for a 64-bit float, which
    /// would read it as 0.
    #[error(
        "{id} must be a number ({unit}), got {}, which is too small to represent; write 0 or a \
         larger number",
        echo(.text)
    )]
    TooSmall {
        /// The parameter's id.
        id: &'static str,
        /// Its unit.
        unit: &'static str,
        /// The text as given.
        text: String,
    },
    /// A number written out (`1e400`, or a thousand digits) too large for a 64-bit float, which
    /// would read it as infinity.
    #[error(
        "{id} must be a number ({unit}), got {}, which is too large to represent",
        echo(.text)
    )]
    TooLarge {
        /// The parameter's id.
        id: &'static str,
        /// Its unit.
        unit: &'static str,
        /// The text as given.
        text: String,
    },
    /// One parameter set twice in one scenario file, by the same name or by its short key and its
    /// dotted id (which value was meant is not knowable).
    #[error("scenario file: `values` sets {id} twice, as {} and as {}; keep one", echo(.first), echo(.second))]
    SetTwice {
        /// The parameter's dotted id.
        id: &'static str,
        /// The first name it was set by.
        first: String,
        /// The second.
        second: String,
    },
    /// A scenario file that is not valid (the message is already capped and on one line).
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
    /// value; a whole parameter, a count or a choice, is rounded to the nearest whole number).
    /// For sliders and URLs, where a sane state matters more than an error; the caller learns
    /// whether anything changed (clamped, rounded or ignored) from the returned flag.
    pub fn with_clamped(&self, id: ParamId, value: f64) -> (Self, bool) {
        let spec = id.spec();
        let clamped = if value.is_nan() {
            self.get(id)
        } else {
            into_limits(spec, value)
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
            } else {
                into_limits(param, value)
            };
        }
        next
    }

    /// Applies `ID=VALUE` (id or short key).
    pub fn with_assignment(&self, text: &str) -> Result<Self, ScenarioError> {
        let (id, value) = parse_assignment(text)?;
        self.with(id, value)
    }

    /// The numbers outside their plausible range (the sources' range, `low`–`high`), in registry
    /// order: allowed, but to be flagged wherever they are shown.
    pub fn implausible(&self) -> Vec<ParamId> {
        ParamId::ALL
            .iter()
            .copied()
            .filter(|id| {
                let spec = id.spec();
                !spec.is_choice() && !spec.is_plausible(self.get(*id))
            })
            .collect()
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

/// `value` (not NaN) within `param`'s limits, and whole if the parameter is.
fn into_limits(param: &Param, value: f64) -> f64 {
    let value = if param.whole { value.round() } else { value };
    // The limits of a whole parameter are whole (a registry test checks), so this stays whole.
    value.clamp(param.min, param.max)
}

/// Checks one value against its parameter's limits (for a count, that it is whole; for a choice,
/// that it names an option).
pub fn validate(id: ParamId, value: f64) -> Result<f64, ScenarioError> {
    let spec = id.spec();
    if spec.is_choice() && spec.option(value).is_none() {
        return Err(ScenarioError::NotAnOption {
            id: spec.id,
            options: options_text(id),
            text: exact(value),
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
    if spec.whole && value.fract() != 0.0 {
        return Err(ScenarioError::NotWhole {
            id: spec.id,
            label: spec.label,
            value,
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
/// error that names the parameter. A number too close to 0 to represent (`1e-400`) is refused
/// rather than read as 0, and a fraction for a count is refused rather than rounded; limits are
/// [`validate`]'s job.
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
    let trimmed = text.trim();
    let value = trimmed
        .parse::<f64>()
        .map_err(|_| ScenarioError::NotANumber {
            id: spec.id,
            unit: spec.unit,
            text: text.to_owned(),
        })?;
    if value == 0.0 && has_nonzero_digit(trimmed) {
        return Err(ScenarioError::TooSmall {
            id: spec.id,
            unit: spec.unit,
            text: text.to_owned(),
        });
    }
    if value.is_infinite() && !trimmed.to_ascii_lowercase().contains("inf") {
        return Err(ScenarioError::TooLarge {
            id: spec.id,
            unit: spec.unit,
            text: text.to_owned(),
        });
    }
    if spec.whole && value.is_finite() && value.fract() != 0.0 {
        return Err(ScenarioError::NotWhole {
            id: spec.id,
            label: spec.label,
            value,
        });
    }
    Ok(value)
}

/// Whether the digits before any exponent of a number's text are not all zeros: `1e-400` is
/// written as something other than 0, `0.000e5` is not.
fn has_nonzero_digit(number: &str) -> bool {
    number
        .split(['e', 'E'])
        .next()
        .is_some_and(|mantissa| mantissa.bytes().any(|b| matches!(b, b'1'..=b'9')))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// UX audit B3: a value outside the sources' range is allowed and named as such; the default
    /// scenario has none.
    #[test]
    fn values_outside_the_sources_range_are_named() {
        let base = Scenario::preset(PresetId::DEFAULT);
        assert_eq!(base.implausible(), Vec::<ParamId>::new());
        let spec = ParamId::DemandGrowth.spec();
        let high = base
            .with(ParamId::DemandGrowth, spec.high * 2.0)
            .unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(high.implausible(), vec![ParamId::DemandGrowth]);
        let edge = base
            .with(ParamId::DemandGrowth, spec.high)
            .unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(edge.implausible(), Vec::<ParamId>::new());
    }

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

    /// A count is whole: `n=1.5` is refused where it is typed, with the value it got.
    #[test]
    fn fractional_counts_are_refused() {
        check_error(
            "n=1.5",
            "datacenter.count (Accelerators) must be a whole number, got 1.5",
        );
        check_error(
            "network.steps_per_sync=2.5",
            "network.steps_per_sync (Steps between synchronisations of distant sites) must be a \
             whole number, got 2.5",
        );
        let base = Scenario::preset(PresetId::Evidence2026);
        assert!(matches!(
            base.with(ParamId::AcceleratorCount, 1.5),
            Err(ScenarioError::NotWhole { value, .. }) if value == 1.5
        ));
        assert!(matches!(
            validate(ParamId::AcceleratorCount, 1e9 - 0.5),
            Err(ScenarioError::NotWhole { .. })
        ));
        assert_eq!(
            base.with_assignment("n=2e3")
                .unwrap()
                .get(ParamId::AcceleratorCount),
            2000.0
        );
        // A fraction of a non-count parameter stays fine.
        assert!(base.with_assignment("data.epochs=1.5").is_ok());
    }

    /// Where a sane state matters more than an error (sliders, addresses), a fractional count is
    /// rounded, and the caller is told the value changed.
    #[test]
    fn clamping_rounds_counts_to_whole_numbers_and_says_so() {
        let base = Scenario::preset(PresetId::Evidence2026);
        let (next, clamped) = base.with_clamped(ParamId::AcceleratorCount, 1.5);
        assert!(clamped);
        assert_eq!(next.get(ParamId::AcceleratorCount), 2.0);
        let (next, clamped) = base.with_clamped(ParamId::AcceleratorCount, 2.4);
        assert!(clamped);
        assert_eq!(next.get(ParamId::AcceleratorCount), 2.0);
        let (next, clamped) = base.with_clamped(ParamId::AcceleratorCount, 0.4);
        assert!(clamped);
        assert_eq!(next.get(ParamId::AcceleratorCount), 1.0);
        let (_, clamped) = base.with_clamped(ParamId::AcceleratorCount, 3.0);
        assert!(!clamped);
        let mut values = *base.values();
        values[ParamId::StepsPerSync as usize] = 99.7;
        assert_eq!(
            base.with_values_clamped(values).get(ParamId::StepsPerSync),
            100.0
        );
    }

    /// `1e-400` is not 0, but a 64-bit float reads it as 0; refusing it is better than a silent
    /// change. Zero written as zero is fine.
    #[test]
    fn numbers_too_small_to_represent_are_refused_and_zero_is_not() {
        check_error(
            "data.synthetic_tokens=1e-400",
            "data.synthetic_tokens must be a number (tokens), got `1e-400`, which is too small \
             to represent; write 0 or a larger number",
        );
        assert!(matches!(
            parse_value(ParamId::SyntheticTokens, "-0.5e-330"),
            Err(ScenarioError::TooSmall { .. })
        ));
        check_error(
            "pk=1e400",
            "power.campus_gw_2026 must be a number (GW), got `1e400`, which is too large to \
             represent",
        );
        check_error(
            "run.utilization=-inf",
            "run.utilization must be a finite number (fraction), got -inf",
        );
        for zero in ["0", "0.0", "-0", "0e-400", "0.000E+5", " 0 "] {
            assert_eq!(
                parse_value(ParamId::SyntheticTokens, zero).map(f64::abs),
                Ok(0.0),
                "{zero}"
            );
        }
        // The smallest subnormal is not 0: it reads as itself, and its range decides.
        assert_eq!(parse_value(ParamId::SyntheticTokens, "5e-324"), Ok(5e-324));
    }

    /// Whatever is pasted, the message repeats at most 60 characters of it, on one line.
    #[test]
    fn long_input_is_not_echoed_whole() {
        let long = "x".repeat(10_485_889);
        check_error(
            &format!("power.campus_gw_2026={long}"),
            &format!(
                "power.campus_gw_2026 must be a number (GW), got `{}…` (10,485,889 characters)",
                "x".repeat(60)
            ),
        );
        let err = ScenarioError::UnknownPreset { name: long.clone() }.to_string();
        assert!(err.len() < 300, "{}", err.len());
        assert!(err.contains("(10,485,889 characters)"), "{err}");
        let err = Scenario::preset(PresetId::Evidence2026)
            .with_assignment("power.\ncampus=1")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "unknown parameter `power.\\ncampus`; parameters are named like `power.campus_gw_2026`"
        );
        check_error(
            "power.campus_gw_2026=1e308",
            "power.campus_gw_2026 (Power of the largest campus (start of 2026)) must be between \
             0.001 and 10000 GW, got 1e308",
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
