//! How a control maps a parameter onto a track: over a [`Span`] a little wider than the plausible
//! range (and always wide enough to show the current value), in log space as the model spaces
//! the parameter's values.
//!
//! Not a component: the shared arithmetic of [`super::ParamControl`] and [`super::ScrubNumber`].

use firstwall_model::format;
use firstwall_model::param::{Param, Span};

/// A track over a [`Span`] of the parameter's values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    span: Span,
}

/// Steps on a range input.
pub const TRACK_STEPS: f64 = 1000.0;

impl Scale {
    /// The track for `param`: its plausible range widened (by the range's own spread, in log or
    /// linear terms as the parameter lives), within its limits, and stretched to include `value`.
    pub fn for_param(param: &Param, value: f64) -> Self {
        let (lo, hi) = if param.is_log_scaled() && param.low > 0.0 {
            let spread = (param.high / param.low).sqrt().max(2.0);
            (
                (param.low / spread).max(param.min),
                (param.high * spread).min(param.max),
            )
        } else {
            let spread = ((param.high - param.low) * 0.5).max(f64::EPSILON);
            (
                (param.low - spread).max(param.min),
                (param.high + spread).min(param.max),
            )
        };
        Self {
            span: Span::of(param, lo.min(value), hi.max(value)),
        }
    }

    /// The values the track spans.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Where `value` sits on the track, 0 to 1.
    pub fn position(&self, value: f64) -> f64 {
        self.span.position(value)
    }

    /// The value at position `t` (0 to 1), rounded to three significant digits so that shared
    /// links stay short.
    pub fn value(&self, t: f64) -> f64 {
        let raw = self.span.at(t.clamp(0.0, 1.0));
        round_significant(raw, 3).clamp(self.span.low, self.span.high)
    }
}

/// Presses of an arrow key that cross the plausible range (steps of 1 % of the track took ~80).
pub const PRESSES_PER_RANGE: f64 = 20.0;

impl Scale {
    /// Where a key moves `value` along the track (0 to 1): an arrow by a twentieth of the
    /// plausible range, Page Up/Down by a quarter of it, Home/End to the track's ends; `None` for
    /// any other key.
    pub fn after_key(&self, param: &Param, value: f64, key: &str) -> Option<f64> {
        let range = (self.position(param.high) - self.position(param.low)).abs();
        // A parameter whose range is a point still moves, by a fiftieth of the track.
        let step = if range > 0.0 {
            range / PRESSES_PER_RANGE
        } else {
            0.02
        };
        let t = self.position(value);
        Some(match key {
            "ArrowRight" | "ArrowUp" => t + step,
            "ArrowLeft" | "ArrowDown" => t - step,
            "PageUp" => t + 5.0 * step,
            "PageDown" => t - 5.0 * step,
            "Home" => 0.0,
            "End" => 1.0,
            _ => return None,
        })
    }

    /// The value at position `t` reached from `from` by a key: rounded to three significant
    /// digits as [`Self::value`] is, or to as many more as keep the rounding within a quarter of
    /// the step (a narrow range, such as 1.03–1.10, would otherwise round steps away).
    pub fn value_after_key(&self, t: f64, from: f64) -> f64 {
        let raw = self.span.at(t.clamp(0.0, 1.0));
        let step = (raw - from).abs();
        (3..=12)
            .map(|digits| round_significant(raw, digits))
            .find(|value| (value - raw).abs() <= step / 4.0)
            .unwrap_or(raw)
            .clamp(self.span.low, self.span.high)
    }
}

/// A value as its exact-entry field shows it: six significant digits at most, so that a third
/// reads 0.333333 rather than 0.3333333333333333 (UX audit B6), in plain notation or, when very
/// large or small, as `2.5e28`. The text parses back to the value rounded.
pub fn entry_text(value: f64) -> String {
    let rounded = round_significant(value, 6);
    let magnitude = rounded.abs();
    if magnitude != 0.0 && !(1e-4..1e7).contains(&magnitude) {
        format!("{rounded:e}")
    } else {
        format!("{rounded}")
    }
}

/// `value` rounded to `digits` significant digits (the model's, shared with the first paint).
pub use firstwall_model::format::round_significant;

/// Where a value lies against the sources' range, when it lies outside it: "12 ×/yr is above
/// the sources' range, 3.7 ×/yr to 4.8 ×/yr." (UX audit B3: allowed, and said so.)
pub fn plausibility_note(param: &Param, value: f64) -> Option<String> {
    if param.is_choice() || param.is_plausible(value) {
        return None;
    }
    Some(format!(
        "{} is {} the sources' range, {} to {}.",
        display_value(param, value),
        if value > param.high { "above" } else { "below" },
        display_value(param, param.low),
        display_value(param, param.high)
    ))
}

/// A parameter's value for people: the option for a choice, percentages for fractions, otherwise
/// the number and its unit.
pub fn display_value(param: &Param, value: f64) -> String {
    if let Some(choice) = param.option(value).filter(|_| param.is_choice()) {
        return choice.label.to_owned();
    }
    if param.unit == "fraction" {
        format!("{} %", format::figure(value * 100.0))
    } else if param.unit == "US$" {
        format::dollars(value)
    } else if param.unit.chars().count() == 1 && !param.unit.is_ascii() {
        // An exponent named by a Greek letter: "β = 0.333".
        format!("{} = {}", param.unit, format::figure(value))
    } else {
        format!("{} {}", format::figure(value), param.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::ParamId;

    #[test]
    fn entries_are_rounded_and_parse_back() {
        // UX audit B6: the free-cooling share once showed 0.3333333333333333.
        assert_eq!(entry_text(1.0 / 3.0), "0.333333");
        assert_eq!(entry_text(0.5), "0.5");
        assert_eq!(entry_text(4.1), "4.1");
        assert_eq!(entry_text(100_000.0), "100000");
        assert_eq!(entry_text(2.5e28), "2.5e28");
        assert_eq!(entry_text(3.0e-6), "3e-6");
        for value in [
            1.0 / 3.0,
            2.0 / 3.0,
            4.1,
            1.7e29,
            123_456_789.0,
            0.000_123_4,
        ] {
            let back: f64 = entry_text(value).parse().unwrap();
            assert!(
                (back - value).abs() <= value.abs() * 1e-5,
                "{value} → {back}"
            );
        }
    }

    #[test]
    fn position_and_value_invert() {
        for &id in ParamId::ALL {
            let spec = id.spec();
            if spec.is_choice() {
                continue;
            }
            let scale = Scale::for_param(spec, spec.default);
            let t = scale.position(spec.default);
            assert!((0.0..=1.0).contains(&t), "{}", spec.id);
            let back = scale.value(t);
            assert!(
                (back - spec.default).abs() <= spec.default.abs() * 0.006 + 1e-12,
                "{}: {} → {t} → {back}",
                spec.id,
                spec.default
            );
            assert!(
                scale.value(0.0) >= spec.min && scale.value(1.0) <= spec.max,
                "{}",
                spec.id
            );
        }
    }

    #[test]
    fn the_track_stretches_to_show_the_value() {
        let spec = ParamId::CampusGw2026.spec();
        let scale = Scale::for_param(spec, 5_000.0);
        assert_eq!(scale.position(5_000.0), 1.0);
        assert_eq!(scale.value(1.0), 5_000.0);
    }

    /// UX audit: the arrow keys cross a plausible range in about twenty presses, each of which
    /// moves the value.
    #[test]
    fn the_arrow_keys_cross_the_plausible_range_in_about_twenty_presses() {
        for &id in ParamId::ALL {
            let spec = id.spec();
            if spec.is_choice() || spec.low >= spec.high {
                continue;
            }
            let mut value = spec.low;
            let mut presses = 0;
            while value < spec.high && presses < 100 {
                let scale = Scale::for_param(spec, value);
                let next = scale.value_after_key(
                    scale.after_key(spec, value, "ArrowRight").unwrap_or(1.0),
                    value,
                );
                assert!(next > value, "{}: stuck at {value}", spec.id);
                value = next;
                presses += 1;
            }
            assert!(
                (15..=25).contains(&presses),
                "{}: {presses} presses",
                spec.id
            );
        }
    }

    #[test]
    fn values_outside_the_range_are_said_to_be() {
        let spec = ParamId::Utilization.spec();
        assert_eq!(plausibility_note(spec, spec.default), None);
        let note = plausibility_note(spec, spec.high + 0.05).unwrap_or_default();
        assert!(note.contains("is above the sources' range"), "{note}");
        let note = plausibility_note(spec, spec.low / 2.0).unwrap_or_default();
        assert!(note.contains("is below the sources' range"), "{note}");
    }

    #[test]
    fn rounding_and_display() {
        assert_eq!(round_significant(8.2345, 3), 8.23);
        assert_eq!(round_significant(123_456.0, 3), 123_000.0);
        assert_eq!(round_significant(0.012_345, 3), 0.0123);
        assert_eq!(display_value(ParamId::Utilization.spec(), 0.4), "40 %");
        assert_eq!(display_value(ParamId::CampusGw2026.spec(), 8.2), "8.2 GW");
        assert_eq!(
            display_value(ParamId::TextStock.spec(), 5e14),
            "5 × 10¹⁴ tokens"
        );
    }
}
