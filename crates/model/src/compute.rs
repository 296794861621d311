//! The compute identity that every wall reduces to: chips × peak FLOP/s × utilization × time.

/// Seconds in one day.
pub const SECONDS_PER_DAY: f64 = 86_400.0;

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

    #[test]
    fn duration_inverts_training_flop() {
        let seconds = 90.0 * SECONDS_PER_DAY;
        let flop = training_flop(1e5, 2e15, 0.35, seconds);
        check_close(duration_s_from_flop(flop, 1e5, 2e15, 0.35), seconds, 1e-12);
    }
}
