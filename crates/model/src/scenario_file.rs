//! The scenario as a file: versioned JSON that the app exports and the CLI reads (`--scenario`).
//!
//! ```json
//! {"version": 2, "preset": "evidence-2026", "values": {"power.campus_gw_2026": 1.2}}
//! ```
//! `values` holds only what differs from the preset, by parameter id. Unknown fields, unknown
//! parameters, invalid values and anything given twice (a field, a key, or a short key and its
//! dotted id) are errors that say what to fix; a parameter that model v2 removed says what
//! replaced it. Version 1 files (model v1) are read the same way: their
//! presets are the same presets as they stand now. The app's JSON exports of
//! tables carry this object under `"scenario"`; [`parse_json`] reads those too.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::format::echo;
use crate::param::{removed, ParamId};
use crate::preset::PresetId;
use crate::scenario::{Scenario, ScenarioError};

/// The version this build writes; it reads this one and version 1.
pub const SCENARIO_FILE_VERSION: u32 = 2;

/// The serialized form. Convert with [`ScenarioFile::from_scenario`] and [`ScenarioFile::to_scenario`].
///
/// Reading it refuses what a plain map would silently settle: a field or a `values` key given
/// twice (JSON keeps only one, and which one is not knowable from the file), unknown fields, and
/// values that are not numbers. Its messages name the field and repeat at most
/// [`crate::format::ECHO_MAX_CHARS`] characters of what the file holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioFile {
    /// Format version; must be [`SCENARIO_FILE_VERSION`].
    pub version: u32,
    /// The preset id.
    pub preset: String,
    /// Changed values, by parameter id.
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
        // A short key and its dotted id name the same parameter: which value was meant is not
        // knowable, so neither wins. Removed parameters count too (`pd` and its old id).
        let mut named_by: BTreeMap<&'static str, &str> = BTreeMap::new();
        for name in self.values.keys() {
            let id = ParamId::lookup(name)
                .map(|id| id.spec().id)
                .or_else(|| removed(name).map(|r| r.id));
            if let Some(id) = id {
                if let Some(first) = named_by.insert(id, name) {
                    return Err(ScenarioError::SetTwice {
                        id,
                        first: first.to_owned(),
                        second: name.clone(),
                    });
                }
            }
        }
        let mut scenario = Scenario::preset(preset);
        for (name, &value) in &self.values {
            let id = ParamId::lookup(name).ok_or_else(|| ScenarioError::not_a_param(name))?;
            scenario = scenario.with(id, value)?;
        }
        Ok(scenario)
    }
}

impl<'de> Deserialize<'de> for ScenarioFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(FieldsVisitor { in_export: false })?
            .into_file()
            .map_err(de::Error::custom)
    }
}

/// The fields of a scenario file as read, before they are checked; at the top level of a text,
/// also a table export's `scenario`.
#[derive(Default)]
struct Fields {
    version: Option<Value>,
    preset: Option<Value>,
    values: Option<Values>,
    scenario: Option<ScenarioFile>,
    /// The first field that is none of the above.
    unknown: Option<String>,
}

impl Fields {
    /// The scenario file these fields make, or what is wrong with them.
    fn into_file(self) -> Result<ScenarioFile, String> {
        if let Some(name) = self.unknown {
            return Err(format!(
                "unknown field {}, expected one of `version`, `preset`, `values`",
                echo(&name)
            ));
        }
        if self.scenario.is_some() {
            return Err(
                "unknown field `scenario`, expected one of `version`, `preset`, `values`"
                    .to_owned(),
            );
        }
        let version = match self.version {
            None => return Err("missing field `version`".to_owned()),
            Some(value) => value
                .as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .ok_or_else(|| {
                    format!(
                        "`version` must be a whole number (this build writes \
                         {SCENARIO_FILE_VERSION}), got {}",
                        echo(&value.to_string())
                    )
                })?,
        };
        let preset = match self.preset {
            None => return Err("missing field `preset`".to_owned()),
            Some(Value::String(preset)) => preset,
            Some(other) => {
                return Err(format!(
                    "`preset` must be a preset's id as a string (e.g. \"evidence-2026\"), got {}",
                    json_type(&other)
                ))
            }
        };
        Ok(ScenarioFile {
            version,
            preset,
            values: self.values.map(|v| v.0).unwrap_or_default(),
        })
    }
}

/// Reads an object's fields one by one, so that a field given twice is seen.
struct FieldsVisitor {
    /// Whether this is the top level of a text, which may be a table export carrying its scenario
    /// under `scenario` among fields of its own.
    in_export: bool,
}

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a scenario file: an object with `version`, `preset` and `values`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut fields = Fields::default();
        while let Some(name) = map.next_key::<String>()? {
            let repeated = match name.as_str() {
                "version" => fields.version.replace(map.next_value()?).is_some(),
                "preset" => fields.preset.replace(map.next_value()?).is_some(),
                "values" => fields.values.replace(map.next_value()?).is_some(),
                "scenario" if self.in_export => {
                    fields.scenario.replace(map.next_value()?).is_some()
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    fields.unknown.get_or_insert(name.clone());
                    false
                }
            };
            if repeated {
                return Err(de::Error::custom(format!(
                    "the field {} appears twice; keep one",
                    echo(&name)
                )));
            }
        }
        Ok(fields)
    }

    // A string is named, not repeated (serde would quote it whole).
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Fields, E> {
        Err(E::custom(
            "expected a scenario file (an object with `version`, `preset` and `values`), got a string",
        ))
    }
}

/// `values`: parameter names and numbers, each name once.
struct Values(BTreeMap<String, f64>);

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValuesVisitor)
    }
}

struct ValuesVisitor;

impl<'de> Visitor<'de> for ValuesVisitor {
    type Value = Values;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("`values`: an object of parameter ids and numbers")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Values, A::Error> {
        let mut values = BTreeMap::new();
        while let Some(name) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            let Some(number) = value.as_f64() else {
                return Err(de::Error::custom(format!(
                    "`values`: {} must be a number, got {}",
                    echo(&name),
                    json_type(&value)
                )));
            };
            if values.contains_key(&name) {
                return Err(de::Error::custom(format!(
                    "`values` sets {} twice; keep one",
                    echo(&name)
                )));
            }
            values.insert(name, number);
        }
        Ok(Values(values))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Values, E> {
        Err(E::custom(
            "`values` must be an object of parameter ids and numbers, got a string",
        ))
    }
}

/// What kind of JSON value this is, for a message that must not repeat it.
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parses scenario JSON text: a scenario file, or a table the app exported as JSON, which carries
/// its scenario under `"scenario"` (so `firstwall project --scenario export.json` reproduces the
/// numbers of an exported table).
pub fn parse_json(text: &str) -> Result<Scenario, ScenarioError> {
    let bad = |err: serde_json::Error| ScenarioError::File(one_line(&err.to_string()));
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let fields = deserializer
        .deserialize_any(FieldsVisitor { in_export: true })
        .map_err(bad)?;
    deserializer.end().map_err(bad)?;
    let file = match fields {
        Fields {
            preset: None,
            scenario: Some(inner),
            ..
        } => inner,
        fields => fields.into_file().map_err(ScenarioError::File)?,
    };
    file.to_scenario()
}

/// A parser's message with any control character escaped, so it prints on one line.
fn one_line(message: &str) -> String {
    let mut line = String::with_capacity(message.len());
    for c in message.chars() {
        if c.is_control() {
            line.extend(c.escape_default());
        } else {
            line.push(c);
        }
    }
    line
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
            "`values`: `run.utilization` must be a number, got a string",
        );
        check_error(
            r#"{"version": "2", "preset": "epoch-2030"}"#,
            "`version` must be a whole number (this build writes 2), got `\"2\"`",
        );
        check_error(
            r#"{"version": 2, "preset": 7}"#,
            "`preset` must be a preset's id as a string",
        );
        check_error(r#"{"version": 2}"#, "missing field `preset`");
        check_error(r#""evidence-2026""#, "got a string");
        check_error(
            r#"{"version": 2, "preset": "epoch-2030"} x"#,
            "trailing characters",
        );
    }

    /// JSON keeps one of two equal keys silently; a scenario file refuses them, whichever name
    /// each uses, and names both.
    #[test]
    fn a_parameter_or_field_given_twice_is_refused() {
        check_error(
            r#"{"version": 2, "preset": "evidence-2026", "values": {"pk": 5, "pk": 6}}"#,
            "scenario file: `values` sets `pk` twice; keep one",
        );
        for values in [
            r#"{"pd": 5, "power.distributed_gw_2030": 10}"#,
            r#"{"power.distributed_gw_2030": 10, "pd": 5}"#,
        ] {
            check_error(
                &format!(r#"{{"version": 1, "preset": "epoch-2030", "values": {values}}}"#),
                "scenario file: `values` sets power.distributed_gw_2030 twice, as `pd` and as \
                 `power.distributed_gw_2030`; keep one",
            );
        }
        check_error(
            r#"{"version": 2, "preset": "evidence-2026", "values": {"pk": 5, "power.campus_gw_2026": 5}}"#,
            "`values` sets power.campus_gw_2026 twice, as `pk` and as `power.campus_gw_2026`",
        );
        check_error(
            r#"{"version": 2, "preset": "evidence-2026", "preset": "epoch-2030"}"#,
            "the field `preset` appears twice; keep one",
        );
        check_error(
            r#"{"app": "First Wall", "scenario": {"version": 2, "preset": "evidence-2026", "values": {"n": 5, "n": 5}}}"#,
            "`values` sets `n` twice",
        );
    }

    /// A scenario file is read as the app wrote it: counts whole, pasted text not echoed whole.
    #[test]
    fn fractional_counts_and_long_text_in_files() {
        check_error(
            r#"{"version": 2, "preset": "evidence-2026", "values": {"n": 1.5}}"#,
            "datacenter.count (Accelerators) must be a whole number, got 1.5",
        );
        let long = "p".repeat(2_000_000);
        for text in [
            format!(r#"{{"version": 2, "preset": "{long}"}}"#),
            format!(r#"{{"version": 2, "preset": "evidence-2026", "values": {{"{long}": 1}}}}"#),
            format!(r#"{{"version": 2, "preset": "evidence-2026", "{long}": 1}}"#),
            format!(r#"{{"version": "{long}", "preset": "evidence-2026"}}"#),
            format!(r#"{{"version": 2, "preset": "evidence-2026", "values": {{"pk": "{long}"}}}}"#),
        ] {
            let err = parse_json(&text).unwrap_err().to_string();
            assert!(err.len() < 300, "{} bytes: {}", err.len(), &err[..300]);
        }
    }
}
