//! The scenario as a file: versioned JSON that the app exports and the CLI reads (`--scenario`).
//!
//! ```json
//! {"version": 2, "preset": "evidence-2026", "values": {"power.campus_gw_2026": 1.2}}
//! ```
//! `values` holds only what differs from the preset, by parameter id. Unknown fields, unknown
//! parameters and invalid values are errors that say what to fix; a parameter that model v2
//! removed says what replaced it. Version 1 files (model v1) are read the same way: their
//! presets are the same presets as they stand now. The app's JSON exports of
//! tables carry this object under `"scenario"`; [`parse_json`] reads those too.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::param::ParamId;
use crate::preset::PresetId;
use crate::scenario::{Scenario, ScenarioError};

/// The version this build writes; it reads this one and version 1.
pub const SCENARIO_FILE_VERSION: u32 = 2;

/// The serialized form. Convert with [`ScenarioFile::from_scenario`] and [`ScenarioFile::to_scenario`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Format version; must be [`SCENARIO_FILE_VERSION`].
    pub version: u32,
    /// The preset id.
    pub preset: String,
    /// Changed values, by parameter id.
    #[serde(default)]
    pub values: BTreeMap<String, f64>,
}

impl ScenarioFile {
    /// The file form of a scenario.
    pub fn from_scenario(scenario: &Scenario) -> Self {
        Self {
            version: SCENARIO_FILE_VERSION,
            preset: scenario.preset_id().id().to_owned(),
            values: scenario
                .changes()
                .into_iter()
                .map(|(id, value)| (id.to_owned(), value))
                .collect(),
        }
    }

    /// Validates the file into a scenario.
    pub fn to_scenario(&self) -> Result<Scenario, ScenarioError> {
        if !(1..=SCENARIO_FILE_VERSION).contains(&self.version) {
            return Err(ScenarioError::File(format!(
                "version {} is not supported; this build reads versions 1 to {SCENARIO_FILE_VERSION}",
                self.version
            )));
        }
        let preset =
            PresetId::lookup(&self.preset).ok_or_else(|| ScenarioError::UnknownPreset {
                name: self.preset.clone(),
            })?;
        let mut scenario = Scenario::preset(preset);
        for (name, &value) in &self.values {
            let id = ParamId::lookup(name).ok_or_else(|| ScenarioError::not_a_param(name))?;
            scenario = scenario.with(id, value)?;
        }
        Ok(scenario)
    }
}

/// Parses scenario JSON text: a scenario file, or a table the app exported as JSON, which carries
/// its scenario under `"scenario"` (so `firstwall project --scenario export.json` reproduces the
/// numbers of an exported table).
pub fn parse_json(text: &str) -> Result<Scenario, ScenarioError> {
    let bad = |err: serde_json::Error| ScenarioError::File(err.to_string());
    let value: serde_json::Value = serde_json::from_str(text).map_err(bad)?;
    let file_value = match value.get("scenario") {
        Some(inner) if value.get("preset").is_none() => inner.clone(),
        _ => value,
    };
    let file: ScenarioFile = serde_json::from_value(file_value).map_err(bad)?;
    file.to_scenario()
}

/// The JSON text of a scenario (pretty-printed, stable key order).
pub fn to_json(scenario: &Scenario) -> String {
    // A struct of strings, numbers and a string-keyed map always serializes.
    serde_json::to_string_pretty(&ScenarioFile::from_scenario(scenario)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let scenario = Scenario::preset(PresetId::Source2025)
            .with(ParamId::CampusGw2026, 12.5)
            .unwrap();
        let text = to_json(&scenario);
        assert!(text.contains("\"power.campus_gw_2026\": 12.5"), "{text}");
        assert_eq!(parse_json(&text).unwrap(), scenario);
    }

    /// The app's table exports carry the scenario; the CLI reads it from them.
    #[test]
    fn reads_the_scenario_inside_an_export() {
        let scenario = Scenario::preset(PresetId::Pessimistic)
            .with(ParamId::DemandGrowth, 3.25)
            .unwrap();
        let export = format!(
            r#"{{"app": "First Wall", "version": "0.1.0", "view": "walls", "scenario": {}, "columns": ["Year"], "rows": [["2024"]]}}"#,
            to_json(&scenario)
        );
        assert_eq!(parse_json(&export).unwrap(), scenario);
        check_error(
            r#"{"app": "First Wall", "scenario": {"version": 1, "preset": "nope"}}"#,
            "unknown preset `nope`",
        );
    }

    #[track_caller]
    fn check_error(text: &str, want: &str) {
        let err = parse_json(text).unwrap_err().to_string();
        assert!(err.contains(want), "{err}");
    }

    #[test]
    fn malformed_files_say_what_is_wrong() {
        check_error("{", "scenario file: EOF while parsing");
        check_error(
            r#"{"version": 3, "preset": "epoch-2030"}"#,
            "version 3 is not supported",
        );
        check_error(
            r#"{"version": 1, "preset": "nope"}"#,
            "unknown preset `nope`",
        );
        check_error(
            r#"{"version": 1, "preset": "epoch-2030", "extra": 1}"#,
            "unknown field `extra`",
        );
        check_error(
            r#"{"version": 1, "preset": "epoch-2030", "values": {"run.utilization": 3}}"#,
            "run.utilization (Hardware utilization (MFU, 16-bit)) must be between 0.01 and 1",
        );
        check_error(
            r#"{"version": 1, "preset": "epoch-2030", "values": {"power.distributed_gw_2030": 9}}"#,
            "`power.distributed_gw_2030` was removed in First Wall's model v2",
        );
        check_error(
            r#"{"version": 1, "preset": "epoch-2030", "values": {"x.y": 3}}"#,
            "unknown parameter `x.y`",
        );
        check_error(
            r#"{"version": 1, "preset": "epoch-2030", "values": {"run.utilization": "a"}}"#,
            "invalid type",
        );
    }
}
