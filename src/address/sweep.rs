//! The Uncertainty view's settings ([`SweepSettings`]) in the address: `sn`, `ss`, `se`, `gx`,
//! `gy`, `gr`, only values that differ from the defaults. Decoding never fails: a bad value is
//! ignored or clamped with a notice.

use firstwall_model::format::echo;
use firstwall_model::sweep::{is_sampled, MAX_AXIS_STEPS};
use firstwall_model::ParamId;

use super::Query;
use crate::engine::EnginePref;
use crate::state::{SweepSettings, MAX_APP_SAMPLES};

/// The settings' part of the query string (`key=value` pairs), empty for the defaults.
pub fn encode(settings: &SweepSettings) -> Vec<String> {
    pairs(settings, false)
}

/// Every setting, default or not: for links that must not change meaning when a default does.
pub fn encode_all(settings: &SweepSettings) -> Vec<String> {
    pairs(settings, true)
}

fn pairs(settings: &SweepSettings, every: bool) -> Vec<String> {
    let default = SweepSettings::default();
    let mut pairs = Vec::new();
    if every || settings.samples != default.samples {
        pairs.push(format!("sn={}", settings.samples));
    }
    if every || settings.seed != default.seed {
        pairs.push(format!("ss={}", settings.seed));
    }
    if every || settings.engine != default.engine {
        pairs.push(format!("se={}", settings.engine.id()));
    }
    if every || settings.grid_x != default.grid_x {
        pairs.push(format!("gx={}", settings.grid_x.spec().key));
    }
    if every || settings.grid_y != default.grid_y {
        pairs.push(format!("gy={}", settings.grid_y.spec().key));
    }
    if every || settings.grid_steps != default.grid_steps {
        pairs.push(format!("gr={}", settings.grid_steps));
    }
    pairs
}

/// A whole number from the address, clamped into `low..=high` with a notice if it was outside;
/// `None` (and a notice) if it is not a whole number.
fn whole_in(text: &str, low: u32, high: u32, what: &str, notices: &mut Vec<String>) -> Option<u32> {
    let shown = echo(text);
    let Some(n) = text
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && n.fract() == 0.0)
    else {
        notices.push(format!(
            "Ignored {} {shown}: not a whole number.",
            what.to_ascii_lowercase()
        ));
        return None;
    };
    let clamped = n.clamp(f64::from(low), f64::from(high));
    if clamped != n {
        notices.push(format!(
            "{what} was {shown}, outside {low}–{high}; it was set to {clamped}."
        ));
    }
    // Whole and within u32 after the clamp.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n = clamped as u32;
    Some(n)
}

/// The settings in a query string, and notices for what was ignored or clamped.
pub fn decode(query: &str) -> (SweepSettings, Vec<String>) {
    let (query, mut notices) = Query::parse(query);
    let (settings, more) = decode_query(&query);
    notices.extend(more);
    (settings, notices)
}

/// The settings in a parsed query, and notices for what was ignored or clamped.
pub fn decode_query(query: &Query) -> (SweepSettings, Vec<String>) {
    let mut settings = SweepSettings::default();
    let mut notices = Vec::new();
    for (key, raw) in query.pairs() {
        let (text, shown) = (raw, echo(raw));
        match key {
            "sn" => {
                if let Some(n) = whole_in(
                    text,
                    1,
                    MAX_APP_SAMPLES,
                    "The sweep's sample count",
                    &mut notices,
                ) {
                    settings.samples = n;
                }
            }
            "ss" => match text.trim().parse::<u32>() {
                Ok(seed) => settings.seed = seed,
                Err(_) => notices.push(format!(
                    "Ignored the seed {shown}: seeds are whole numbers from 0 to {}.",
                    u32::MAX
                )),
            },
            "se" => match EnginePref::lookup(text) {
                Some(engine) => settings.engine = engine,
                None => notices.push(format!(
                    "Ignored the engine {shown}: engines are auto, cpu and gpu."
                )),
            },
            "gx" | "gy" => match ParamId::lookup(text).filter(|id| is_sampled(id.spec())) {
                Some(id) if key == "gx" => settings.grid_x = id,
                Some(id) => settings.grid_y = id,
                None => notices.push(format!(
                    "Ignored the diagram axis {shown}: not an uncertain number of the model."
                )),
            },
            "gr" => {
                if let Some(n) = whole_in(
                    text,
                    2,
                    MAX_AXIS_STEPS,
                    "The diagram's resolution",
                    &mut notices,
                ) {
                    settings.grid_steps = n;
                }
            }
            _ => {}
        }
    }
    if settings.grid_x == settings.grid_y {
        let default = SweepSettings::default();
        notices.push(
            "The diagram's two axes were the same parameter; the defaults are used.".to_owned(),
        );
        settings.grid_x = default.grid_x;
        settings.grid_y = default.grid_y;
    }
    (settings, notices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_a_clean_address_and_settings_round_trip() {
        assert!(encode(&SweepSettings::default()).is_empty());
        let all = encode_all(&SweepSettings::default()).join("&");
        assert_eq!(decode(&all), (SweepSettings::default(), vec![]), "{all}");
        assert_eq!(all.matches('=').count(), 6);
        let settings = SweepSettings {
            samples: 1_000_000,
            seed: 42,
            engine: EnginePref::Cpu,
            grid_x: ParamId::CampusGw2026,
            grid_y: ParamId::TextStock,
            grid_steps: 256,
        };
        let query = encode(&settings).join("&");
        assert_eq!(query, "sn=1000000&ss=42&se=cpu&gx=pk&gy=dt&gr=256");
        assert_eq!(decode(&query), (settings, vec![]));
    }

    #[test]
    fn bad_values_are_ignored_or_clamped_with_a_notice() {
        let (settings, notices) =
            decode("sn=1e12&ss=-3&se=tpu&gx=datacenter.cooling&gr=5000&unrelated=1");
        assert_eq!(settings.samples, MAX_APP_SAMPLES);
        assert_eq!(settings.seed, 1);
        assert_eq!(settings.engine, EnginePref::Auto);
        assert_eq!(settings.grid_x, ParamId::CampusGrowth);
        assert_eq!(settings.grid_steps, MAX_AXIS_STEPS);
        assert_eq!(notices.len(), 5, "{notices:?}");
        let (settings, notices) = decode("gx=g&gy=g");
        assert_eq!(settings, SweepSettings::default());
        assert_eq!(notices.len(), 1);
        assert_eq!(decode("sn=abc").0.samples, 100_000);
    }
}
