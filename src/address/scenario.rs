//! The scenario in the address: `?v=2&p=source-2025&pk=1.2&l=fp4,moe`.
//!
//! Keys are the registry's short keys ([`firstwall_model::param::Param::key`]), `p` the preset,
//! `l` the levers, `v` the format version. Only values that differ from the preset are written,
//! with Rust's shortest round-trip formatting, so reloading restores the scenario exactly.
//! Decoding never fails: a malformed, unknown or out-of-range value is ignored or clamped, and a
//! notice says what happened.
//!
//! Version 1 links were made for model v1, whose default preset was `epoch-2030`: a version 1
//! link without a preset opens that preset, and a parameter model v2 removed gets a notice that
//! names what replaced it.

use firstwall_model::levers::Lever;
use firstwall_model::{ParamId, PresetId, Scenario};

use firstwall_model::format::{echo, exact};

use super::keys;
use super::Query;
use crate::state::ScenarioState;

/// The version this build writes. Keep old versions readable when it changes.
pub const URL_VERSION: u32 = 2;

/// The query string for a state, without the leading `?`; empty for the default scenario.
pub fn encode(state: &ScenarioState) -> String {
    let pairs = scenario_pairs(state, false);
    if pairs.is_empty() {
        return String::new();
    }
    format!("v={URL_VERSION}&{}", pairs.join("&"))
}

/// Every value written out, whether or not it differs from the preset: the form an embed snippet
/// uses, so that the embedded numbers stay as they were made even if a later version changes the
/// preset's defaults. Decodes with [`decode`] like any other link.
pub fn encode_frozen(state: &ScenarioState) -> String {
    format!("v={URL_VERSION}&{}", scenario_pairs(state, true).join("&"))
}

/// `key=value` pairs of the preset, the values (every one, or those that differ from the
/// preset's) and the levers.
fn scenario_pairs(state: &ScenarioState, every_value: bool) -> Vec<String> {
    let preset = state.base.preset_id();
    let mut pairs: Vec<String> = Vec::new();
    if every_value || preset != PresetId::DEFAULT {
        pairs.push(format!("p={}", preset.id()));
    }
    let base = Scenario::preset(preset);
    for &id in ParamId::ALL {
        let value = state.base.get(id);
        if every_value || value.to_bits() != base.get(id).to_bits() {
            let spec = id.spec();
            match spec.option(value) {
                Some(choice) => pairs.push(format!("{}={}", spec.key, choice.id)),
                None => pairs.push(format!("{}={}", spec.key, exact(value))),
            }
        }
    }
    if !state.levers.is_empty() {
        let ids: Vec<&str> = state.levers.iter().map(|lever| lever.id).collect();
        pairs.push(format!("l={}", ids.join(",")));
    }
    pairs
}

/// The state a query string describes, and what had to be ignored or clamped on the way.
pub fn decode(query: &str) -> (ScenarioState, Vec<String>) {
    let (query, mut notices) = Query::parse(query);
    let (state, more) = decode_query(&query);
    notices.extend(more);
    (state, notices)
}

/// The state a parsed query describes, and what had to be ignored or clamped on the way.
pub fn decode_query(query: &Query) -> (ScenarioState, Vec<String>) {
    decode_with(query, Scenario::preset)
}

/// [`decode_query`] with the presets' values from `preset` (tests change a default through it).
fn decode_with(
    query: &Query,
    preset_values: impl Fn(PresetId) -> Scenario,
) -> (ScenarioState, Vec<String>) {
    let mut notices = Vec::new();
    let mut version = URL_VERSION;
    if let Some(text) = query.get("v") {
        match text.parse::<u32>() {
            Ok(known @ 1..=URL_VERSION) => version = known,
            Ok(newer) if newer > URL_VERSION => notices.push(format!(
                "This link was made by a newer First Wall (version {newer}); settings this version does not know were ignored."
            )),
            _ => notices.push(format!(
                "The link's version {} is not one First Wall knows; it was read as version {URL_VERSION}.",
                echo(text)
            )),
        }
    }
    // Model v1's default preset was Epoch's.
    let default_preset = if version == 1 {
        PresetId::Epoch2030
    } else {
        PresetId::DEFAULT
    };

    let preset = match query.get("p") {
        None => default_preset,
        Some(id) => PresetId::lookup(id).unwrap_or_else(|| {
            notices.push(format!(
                "The preset {} does not exist; showing {} instead.",
                echo(id),
                default_preset.title()
            ));
            default_preset
        }),
    };
    let mut state = ScenarioState {
        base: preset_values(preset),
        levers: Vec::new(),
    };

    // A parameter set twice, by its short key and by its id: the later one wins, as for a
    // repeated key, and a notice says so.
    let mut set_by: Vec<(ParamId, &str)> = Vec::new();
    for (key, text) in query.pairs() {
        // The other keys of the table belong to the sweep, the views and the flags.
        if key != "l" && keys::owner(key).is_some() {
            continue;
        }
        if key == "l" {
            for id in text.split(',').filter(|id| !id.is_empty()) {
                match (Lever::lookup(id), firstwall_model::levers::removed(id)) {
                    (Some(lever), _) => state.set_lever(lever, true),
                    (None, Some(why)) => notices.push(format!("{why}.")),
                    (None, None) => {
                        notices.push(format!("Ignored the unknown lever {}.", echo(id)));
                    }
                }
            }
            continue;
        }
        let Some(id) = ParamId::lookup(key) else {
            match firstwall_model::param::removed(key) {
                Some(removed) => notices.push(format!(
                    "This link sets `{key}`, which First Wall's model v2 no longer has: {}.",
                    removed.replaced_by
                )),
                None => notices.push(format!("Ignored the unknown setting {}.", echo(key))),
            }
            continue;
        };
        if let Some((_, first)) = set_by.iter().find(|(known, _)| *known == id) {
            notices.push(format!(
                "The link sets {} twice, as `{first}` and as `{key}`; the last, {}, was used.",
                id.spec().label,
                echo(text)
            ));
        }
        set_by.push((id, key));
        let spec = id.spec();
        if spec.is_choice() {
            match firstwall_model::scenario::parse_value(id, text) {
                Ok(value) => state.base = state.base.with_clamped(id, value).0,
                Err(err) => notices.push(format!("Ignored {}: {err}.", spec.label)),
            }
            continue;
        }
        match text.trim().parse::<f64>() {
            Ok(value) if value.is_finite() => {
                let (next, clamped) = state.base.with_clamped(id, value);
                if clamped && (spec.min..=spec.max).contains(&value) {
                    // In range but not a whole number, for a count.
                    notices.push(format!(
                        "{} must be a whole number; {} was rounded to {}.",
                        spec.label,
                        echo(text),
                        exact(next.get(id))
                    ));
                } else if clamped {
                    notices.push(format!(
                        "{} was {} {unit}, outside {min}–{max} {unit}; it was set to {}.",
                        spec.label,
                        echo(text),
                        exact(next.get(id)),
                        unit = spec.unit,
                        min = exact(spec.min),
                        max = exact(spec.max),
                    ));
                }
                state.base = next;
            }
            _ => notices.push(format!(
                "Ignored {} = {}: not a number. It keeps its value, {} {}.",
                spec.label,
                echo(text),
                exact(state.base.get(id)),
                spec.unit
            )),
        }
    }
    (state, notices)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(preset: PresetId, changes: &[(ParamId, f64)], levers: &[&str]) -> ScenarioState {
        let mut state = ScenarioState::from_preset(preset);
        for &(id, value) in changes {
            state.base = state.base.with(id, value).unwrap();
        }
        for id in levers {
            state.set_lever(Lever::lookup(id).unwrap(), true);
        }
        state
    }

    #[test]
    fn the_default_scenario_is_a_clean_url() {
        assert_eq!(encode(&ScenarioState::default()), "");
        assert_eq!(decode(""), (ScenarioState::default(), vec![]));
    }

    #[test]
    fn round_trips_exactly() {
        let cases = [
            state(
                PresetId::Epoch2030,
                &[(ParamId::CampusGw2026, 1.234_567_89)],
                &[],
            ),
            state(
                PresetId::Source2025,
                &[(ParamId::DemandGrowth, 4.5), (ParamId::TextStock, 1.234e15)],
                &["moe", "fp4"],
            ),
            state(PresetId::Pessimistic, &[], &["liquid", "diloco"]),
            state(
                PresetId::Optimistic,
                &[(ParamId::Utilization, 0.1 + 0.2)],
                &[],
            ),
            state(PresetId::Evidence2026, &[(ParamId::DemandAnchor, 1.0)], &[]),
        ];
        for original in cases {
            let query = encode(&original);
            let (decoded, notices) = decode(&query);
            assert_eq!(decoded, original, "{query}");
            assert!(notices.is_empty(), "{notices:?}");
        }
    }

    #[test]
    fn short_stable_keys() {
        let s = state(
            PresetId::Source2025,
            &[(ParamId::CampusGw2026, 1.2)],
            &["fp4", "moe"],
        );
        assert_eq!(encode(&s), "v=2&p=source-2025&pk=1.2&l=fp4,moe");
        // Dotted ids are accepted too, and other features' keys are left alone.
        let (decoded, notices) = decode("?power.campus_gw_2026=1.2&embed=1&debug=panic");
        assert_eq!(decoded.base.get(ParamId::CampusGw2026), 1.2);
        assert!(notices.is_empty(), "{notices:?}");
    }

    /// Every parameter's key is free of the keys the address uses for other things, so every
    /// value round-trips (the precision speed-up once had `p`, the preset's key).
    #[test]
    fn parameter_keys_do_not_collide_with_reserved_keys() {
        for &id in ParamId::ALL {
            let key = id.spec().key;
            assert!(
                keys::owner(key).is_none(),
                "{} uses the reserved key `{key}`",
                id.spec().id
            );
        }
        let s = state(
            PresetId::Epoch2030,
            &[(ParamId::PrecisionSpeedup, 1.5)],
            &[],
        );
        let (decoded, notices) = decode(&encode(&s));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(decoded, s);
    }

    #[track_caller]
    fn check_notice(query: &str, want: &str) -> ScenarioState {
        let (state, notices) = decode(query);
        assert!(
            notices.iter().any(|n| n.contains(want)),
            "{query}: {notices:?}"
        );
        state
    }

    #[test]
    fn malformed_values_are_ignored_with_a_notice() {
        let s = check_notice(
            "v=2&pk=lots",
            "Ignored Power of the largest campus (start of 2026) = `lots`",
        );
        assert_eq!(s.base.get(ParamId::CampusGw2026), 1.0);
        check_notice("v=2&pk=NaN", "not a number");
        check_notice("v=2&pk=inf", "not a number");
        check_notice("v=2&pk=", "not a number");
        check_notice("v=2&zz=3", "Ignored the unknown setting `zz`");
        let s = check_notice("v=2&p=utopia&pk=0.9", "The preset `utopia` does not exist");
        assert_eq!(s.base.preset_id(), PresetId::DEFAULT);
        assert_eq!(s.base.get(ParamId::CampusGw2026), 0.9);
        check_notice(
            "v=2&l=warp-drive,fp4",
            "Ignored the unknown lever `warp-drive`",
        );
        check_notice("v=9&pk=0.9", "made by a newer First Wall (version 9)");
        check_notice("v=x", "version `x`");
    }

    #[test]
    fn out_of_range_values_are_clamped_with_a_notice() {
        let s = check_notice("pk=1e9", "it was set to 10000");
        assert_eq!(s.base.get(ParamId::CampusGw2026), 10_000.0);
        let s = check_notice("u=-3", "it was set to 0.01");
        assert_eq!(s.base.get(ParamId::Utilization), 0.01);
    }

    #[test]
    fn choices_travel_as_option_ids() {
        let s = state(
            PresetId::Evidence2026,
            &[(ParamId::Cooling, 0.0), (ParamId::Accelerator, 4.0)],
            &[],
        );
        assert_eq!(encode(&s), "v=2&acc=gb200&cool=air");
        assert_eq!(decode("v=2&acc=gb200&cool=air"), (s, vec![]));
        let s = check_notice(
            "v=2&cool=fans",
            "must be one of air, rear-door, direct-liquid, immersion",
        );
        assert_eq!(s.base.get(ParamId::Cooling), 2.0);
    }

    /// An embed snippet's link restores its numbers even after a default changes; an ordinary link
    /// follows the new default.
    #[test]
    fn frozen_links_survive_a_changed_default() {
        let original = state(
            PresetId::Source2025,
            &[(ParamId::DemandGrowth, 4.5)],
            &["fp4"],
        );
        let frozen = encode_frozen(&original);
        let plain = encode(&original);
        assert!(frozen.len() > plain.len());
        let changed_default = |preset: PresetId| {
            Scenario::preset(preset)
                .with(ParamId::CampusGw2026, 1.3)
                .unwrap()
        };
        let (decoded, notices) = decode_with(&Query::parse(&frozen).0, changed_default);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(decoded.effective(), original.effective());
        assert_eq!(decoded.levers, original.levers);
        // The ordinary link takes the new default.
        let (moved, _) = decode_with(&Query::parse(&plain).0, changed_default);
        assert_eq!(moved.base.get(ParamId::CampusGw2026), 1.3);
        // And with today's defaults the frozen link decodes to the same state as the plain one.
        assert_eq!(decode(&frozen).0.effective(), decode(&plain).0.effective());
    }

    /// Links made by earlier builds keep what they can: version 1 links, as written then, open
    /// model v1's default preset (Epoch's), keep the values model v2 still has, and say what
    /// replaced the rest.
    #[test]
    fn version_1_links_keep_working() {
        let (s, notices) = decode("v=1&p=source-2025&pd=20&l=fp4,moe");
        assert_eq!(s.base.preset_id(), PresetId::Source2025);
        assert_eq!(s.levers.len(), 2);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("`pd`"), "{notices:?}");
        let (s, notices) = decode("v=1&acc=gb200&cool=air&ps=2&w=power&embed=1");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(s.base.preset_id(), PresetId::Epoch2030);
        assert_eq!(s.base.get(ParamId::Accelerator), 4.0);
        assert_eq!(s.base.get(ParamId::PrecisionSpeedup), 2.0);
        let s = check_notice("v=1&l=flash,fp4", "FlashAttention is no longer a lever");
        assert_eq!(s.levers.len(), 1);
    }

    /// Reliability audit F8: a count in the address is a whole number; a fraction is rounded, and
    /// the notice says so (the data center shows and computes the same count).
    #[test]
    fn fractional_counts_are_rounded_with_a_notice() {
        let (state, notices) = decode("n=1.5");
        assert_eq!(state.base.get(ParamId::AcceleratorCount), 2.0);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0].contains("Accelerators must be a whole number; `1.5` was rounded to 2"),
            "{notices:?}"
        );
    }
}
