//! Value parsers for the flags: each turns one flag's text into a typed value, or says what to
//! fix, naming the flag. Clap prints the message after `invalid value '…' for '--flag <N>':` and
//! exits with code 2; a flag that takes negative numbers sets `allow_hyphen_values`, so that `-1`
//! reaches its parser and gets this message rather than clap's.

use firstwall_model::accelerators::{Accelerator, ACCELERATORS};
use firstwall_model::format::echo;

/// A parser of one flag's text, as clap's `value_parser` takes it.
pub trait Parser<T>: Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static {}

impl<T, F: Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static> Parser<T> for F {}

/// A finite number above 0, for the flag `name` (e.g. `--flop`).
pub fn positive(name: &'static str) -> impl Parser<f64> {
    move |text| positive_number(name, text)
}

/// See [`positive`].
pub fn positive_number(name: &str, text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|err| format!("{name} must be a number, got {}: {err}", echo(text)))?;
    if !value.is_finite() || value <= 0.0 {
        return Err(format!(
            "{name} must be a finite number above 0, got {}",
            echo(text)
        ));
    }
    Ok(value)
}

/// A finite number that may be 0 (a context, a KV size), but not one that only reads as 0
/// because it is too small to represent (`1e-400`), for the flag `name`.
pub fn number(name: &'static str) -> impl Parser<f64> {
    move |text| {
        let value = text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| format!("{name} must be a number, got {}", echo(text)))?;
        let mantissa = text.trim().split(['e', 'E']).next().unwrap_or_default();
        if value == 0.0 && mantissa.bytes().any(|b| matches!(b, b'1'..=b'9')) {
            return Err(format!(
                "{name} must be a number, got {}, which is too small to represent; write 0",
                echo(text)
            ));
        }
        Ok(value)
    }
}

/// The accelerator with this id (`--accelerator`), or an error that lists the known ones.
pub fn accelerator(id: &str) -> Result<&'static Accelerator, String> {
    Accelerator::lookup(id).ok_or_else(|| {
        format!(
            "unknown accelerator {}; known: {}",
            echo(id),
            ACCELERATORS
                .iter()
                .map(|a| a.id)
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positive_numbers() {
        assert_eq!(positive_number("--n", " 2.5 "), Ok(2.5));
        assert_eq!(
            positive_number("--n", "-1"),
            Err("--n must be a finite number above 0, got `-1`".to_owned())
        );
        assert_eq!(
            positive_number("--n", "lots"),
            Err("--n must be a number, got `lots`: invalid float literal".to_owned())
        );
    }

    #[test]
    fn numbers_may_be_zero_but_not_too_small() {
        let parse = number("--context");
        assert_eq!(parse("0"), Ok(0.0));
        assert_eq!(parse("0.000e5"), Ok(0.0));
        assert!(parse("1e-400").is_err_and(|err| err.contains("too small to represent; write 0")));
        assert!(parse("inf").is_err());
    }

    #[test]
    fn accelerators_by_id() {
        assert!(accelerator("h100").is_ok_and(|a| a.id == "h100"));
        assert!(accelerator("warp").is_err_and(|err| err.contains("known: a100, h100")));
    }
}
