//! The Uncertainty view's settings — samples, seed, engine, the phase diagram's axes — and their
//! place in the address (`sn`, `ss`, `se`, `gx`, `gy`, `gr`; only values that differ from the
//! defaults). Decoding never fails: a bad value is ignored or clamped with a notice.

use firstwall_model::sweep::{is_sampled, MAX_AXIS_STEPS};
use firstwall_model::ParamId;

use crate::engine::EnginePref;

/// The most samples the app runs in one sweep (about a minute on a laptop's CPU).
pub const MAX_APP_SAMPLES: u32 = 100_000_000;

/// Sample counts the menu offers.
pub const SAMPLE_CHOICES: [u32; 5] = [10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/// Phase-diagram resolutions the menu offers (cells per side).
pub const GRID_CHOICES: [u32; 5] = [64, 128, 256, 512, 1024];

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
            samples: 100_000,
            seed: 1,
            engine: EnginePref::Auto,
            grid_x: ParamId::DistributedGw2030,
            grid_y: ParamId::LiquidGw2030,
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

/// The settings' part of the query string (`key=value` pairs), empty for the defaults.
pub fn encode(settings: &SweepSettings) -> Vec<String> {
    let default = SweepSettings::default();
    let mut pairs = Vec::new();
    if settings.samples != default.samples {
        pairs.push(format!("sn={}", settings.samples));
    }
    if settings.seed != default.seed {
        pairs.push(format!("ss={}", settings.seed));
    }
    if settings.engine != default.engine {
        pairs.push(format!("se={}", settings.engine.id()));
    }
    if settings.grid_x != default.grid_x {
        pairs.push(format!("gx={}", settings.grid_x.spec().key));
    }
    if settings.grid_y != default.grid_y {
        pairs.push(format!("gy={}", settings.grid_y.spec().key));
    }
    if settings.grid_steps != default.grid_steps {
        pairs.push(format!("gr={}", settings.grid_steps));
    }
    pairs
}

/// The settings in a query string, and notices for what was ignored or clamped.
pub fn decode(query: &str) -> (SweepSettings, Vec<String>) {
    let mut settings = SweepSettings::default();
    let mut notices = Vec::new();
    let whole = |text: &str| -> Option<f64> {
        text.trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && n.fract() == 0.0)
    };
    for pair in query.trim_start_matches('?').split('&') {
        let (key, text) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sn" => match whole(text) {
                Some(n) => {
                    let clamped = n.clamp(1.0, f64::from(MAX_APP_SAMPLES));
                    if clamped != n {
                        notices.push(format!(
                            "The sweep's sample count was {text}, outside 1–{MAX_APP_SAMPLES}; it was set to {clamped}."
                        ));
                    }
                    // Whole and within u32 after the clamp.
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    let samples = clamped as u32;
                    settings.samples = samples;
                }
                None => notices.push(format!(
                    "Ignored the sample count `{text}`: not a whole number."
                )),
            },
            "ss" => match text.trim().parse::<u32>() {
                Ok(seed) => settings.seed = seed,
                Err(_) => notices.push(format!(
                    "Ignored the seed `{text}`: seeds are whole numbers from 0 to {}.",
                    u32::MAX
                )),
            },
            "se" => match EnginePref::lookup(text) {
                Some(engine) => settings.engine = engine,
                None => notices.push(format!(
                    "Ignored the engine `{text}`: engines are auto, cpu and gpu."
                )),
            },
            "gx" | "gy" => match ParamId::lookup(text).filter(|id| is_sampled(id.spec())) {
                Some(id) if key == "gx" => settings.grid_x = id,
                Some(id) => settings.grid_y = id,
                None => notices.push(format!(
                    "Ignored the diagram axis `{text}`: not an uncertain number of the model."
                )),
            },
            "gr" => match whole(text) {
                Some(n) => {
                    let clamped = n.clamp(2.0, f64::from(MAX_AXIS_STEPS));
                    if clamped != n {
                        notices.push(format!(
                            "The diagram's resolution was {text}, outside 2–{MAX_AXIS_STEPS}; it was set to {clamped}."
                        ));
                    }
                    // Whole and small after the clamp.
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    let steps = clamped as u32;
                    settings.grid_steps = steps;
                }
                None => notices.push(format!(
                    "Ignored the diagram resolution `{text}`: not a whole number."
                )),
            },
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
        let settings = SweepSettings {
            samples: 1_000_000,
            seed: 42,
            engine: EnginePref::Cpu,
            grid_x: ParamId::CampusGw2030,
            grid_y: ParamId::TextStock,
            grid_steps: 256,
        };
        let query = encode(&settings).join("&");
        assert_eq!(query, "sn=1000000&ss=42&se=cpu&gx=pc&gy=dt&gr=256");
        assert_eq!(decode(&query), (settings, vec![]));
    }

    #[test]
    fn bad_values_are_ignored_or_clamped_with_a_notice() {
        let (settings, notices) =
            decode("sn=1e12&ss=-3&se=tpu&gx=datacenter.cooling&gr=5000&unrelated=1");
        assert_eq!(settings.samples, MAX_APP_SAMPLES);
        assert_eq!(settings.seed, 1);
        assert_eq!(settings.engine, EnginePref::Auto);
        assert_eq!(settings.grid_x, ParamId::DistributedGw2030);
        assert_eq!(settings.grid_steps, MAX_AXIS_STEPS);
        assert_eq!(notices.len(), 5, "{notices:?}");
        let (settings, notices) = decode("gx=g&gy=g");
        assert_eq!(settings, SweepSettings::default());
        assert_eq!(notices.len(), 1);
        assert_eq!(decode("sn=abc").0.samples, 100_000);
    }
}
