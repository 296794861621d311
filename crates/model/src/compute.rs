//! The compute identity that every wall reduces to: chips × peak FLOP/s × utilization × time.

use crate::format::{exact, short};
#[cfg(test)]
use crate::units::SECONDS_PER_DAY;

/// Total floating-point operations of a training run:
/// `C = N_accelerators × F_peak × u × T`.
///
/// This is the identity used throughout Sevilla et al., *Can AI scaling continue through 2030?*
/// (Epoch AI, 2024), e.g. for Llama 3.1 405B: 16,000 H100 × 1e15 FLOP/s × 0.4 × 72 days ≈ 4e25 FLOP.
pub fn training_flop(
    accelerators: f64,
    peak_flop_per_s: f64,
    utilization: f64,
    duration_s: f64,
) -> f64 {
    accelerators * peak_flop_per_s * utilization * duration_s
}

/// Wall-clock seconds that `accelerators` chips need to perform `flop` operations.
///
/// The inverse of [`training_flop`]; with no chips, no speed or no utilization the run never
/// finishes and the result is infinite.
pub fn duration_s_from_flop(
    flop: f64,
    accelerators: f64,
    peak_flop_per_s: f64,
    utilization: f64,
) -> f64 {
    let rate_flop_per_s = accelerators * peak_flop_per_s * utilization;
    if rate_flop_per_s > 0.0 {
        flop / rate_flop_per_s
    } else {
        f64::INFINITY
    }
}

/// Why a training time was refused. Each message names the input to change.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum DurationError {
    /// An input that must be a finite number above 0.
    #[error("{what} must be a finite number above 0, got {}", exact(*.value))]
    NotPositive {
        /// Which input.
        what: &'static str,
        /// The value.
        value: f64,
    },
    /// The inputs are finite but the time is not: the rate is so small (or the work so large)
    /// that the seconds overflow.
    #[error(
        "{} FLOP at {} FLOP/s (accelerators × peak × utilization) takes longer than a number \
         can hold; raise the utilization or the accelerator count, or lower the FLOP",
        exact(*.flop),
        short(*.rate_flop_per_s)
    )]
    TooLong {
        /// The work.
        flop: f64,
        /// The rate the inputs give.
        rate_flop_per_s: f64,
    },
    /// The time is so short that it rounds to 0 seconds.
    #[error(
        "{} FLOP at {} FLOP/s takes less time than a number can hold; raise the FLOP",
        exact(*.flop),
        short(*.rate_flop_per_s)
    )]
    TooShort {
        /// The work.
        flop: f64,
        /// The rate the inputs give.
        rate_flop_per_s: f64,
    },
}

/// [`duration_s_from_flop`] for inputs someone typed: every input finite and above 0, and the
/// seconds a finite number above 0, or an error that says which input to change.
pub fn checked_duration_s_from_flop(
    flop: f64,
    accelerators: f64,
    peak_flop_per_s: f64,
    utilization: f64,
) -> Result<f64, DurationError> {
    for (what, value) in [
        ("the FLOP", flop),
        ("the accelerator count", accelerators),
        ("the peak FLOP/s", peak_flop_per_s),
        ("the utilization", utilization),
    ] {
        if !(value.is_finite() && value > 0.0) {
            return Err(DurationError::NotPositive { what, value });
        }
    }
    let rate_flop_per_s = accelerators * peak_flop_per_s * utilization;
    let seconds = duration_s_from_flop(flop, accelerators, peak_flop_per_s, utilization);
    if !seconds.is_finite() || rate_flop_per_s == 0.0 {
        return Err(DurationError::TooLong {
            flop,
            rate_flop_per_s,
        });
    }
    if seconds == 0.0 {
        return Err(DurationError::TooShort {
            flop,
            rate_flop_per_s,
        });
    }
    Ok(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_close(got: f64, want: f64, rel_tol: f64) {
        assert!(
            ((got - want) / want).abs() <= rel_tol,
            "got {got:e}, want {want:e} (±{rel_tol})"
        );
    }

    /// Epoch 2030 report: Llama 3.1 405B used 16,000 H100s for 72 days, about 4e25 FLOP, at 40 %
    /// utilization of 1e15 FLOP/s (16-bit).
    #[test]
    fn llama_3_1_405b_epoch_2030() {
        let flop = training_flop(16_000.0, 1e15, 0.4, 72.0 * SECONDS_PER_DAY);
        check_close(flop, 4e25, 0.01);
    }

    /// Narayanan et al. 2021 (arXiv 2104.04473) estimate GPT-3 (175e9 parameters, 300e9 tokens) on
    /// 1,024 A100 at 140 TFLOP/s achieved at about 34 days: `8·T·P / (n·X)`, where the 8 (not 6)
    /// counts the forward pass recomputed for activation checkpointing. About a month, not "several
    /// months" as the source diagram says.
    #[test]
    fn gpt3_on_1024_a100_narayanan_2021() {
        let flop_with_recompute = 8.0 * 300e9 * 175e9;
        let days = duration_s_from_flop(flop_with_recompute, 1024.0, 140e12, 1.0) / SECONDS_PER_DAY;
        check_close(days, 33.9, 0.01);
    }

    #[test]
    fn duration_without_chips_is_infinite() {
        assert!(duration_s_from_flop(1e25, 0.0, 1e15, 0.4).is_infinite());
    }

    /// F7: a utilization of 5e-324 is finite and above 0, but 1e24 FLOP at that rate overflows
    /// the seconds; the answer is an error naming what to raise, not "inf days".
    #[test]
    fn durations_that_overflow_or_underflow_are_refused() {
        let err = checked_duration_s_from_flop(1e24, 8.0, 989.4e12, 5e-324).unwrap_err();
        assert!(matches!(err, DurationError::TooLong { .. }), "{err:?}");
        assert!(err.to_string().contains("raise the utilization"), "{err}");
        assert!(err.to_string().starts_with("1e24 FLOP at "), "{err}");
        assert!(matches!(
            checked_duration_s_from_flop(1e308, 1.0, 1e15, 1e-300),
            Err(DurationError::TooLong { .. })
        ));
        assert!(matches!(
            checked_duration_s_from_flop(5e-324, 1e12, 1e15, 0.4),
            Err(DurationError::TooShort { .. })
        ));
        assert_eq!(
            checked_duration_s_from_flop(f64::NAN, 1.0, 1e15, 0.4)
                .unwrap_err()
                .to_string(),
            "the FLOP must be a finite number above 0, got NaN"
        );
        assert!(checked_duration_s_from_flop(1e24, 0.0, 1e15, 0.4).is_err());
        let seconds = checked_duration_s_from_flop(8.0 * 300e9 * 175e9, 1024.0, 140e12, 1.0);
        check_close(seconds.unwrap() / SECONDS_PER_DAY, 33.9, 0.01);
    }

    #[test]
    fn duration_inverts_training_flop() {
        let seconds = 90.0 * SECONDS_PER_DAY;
        let flop = training_flop(1e5, 2e15, 0.35, seconds);
        check_close(duration_s_from_flop(flop, 1e5, 2e15, 0.35), seconds, 1e-12);
    }
}
