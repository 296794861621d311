//! The crossing kernel on a real wgpu adapter (lavapipe on a machine without a GPU) against known
//! answers and against the f64 model.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use firstwall_gpu::{reference_cases, CrossingSample, GpuContext, NEVER_YEARS};
use firstwall_model::demand::DemandTrend;

/// The test command installs Mesa's lavapipe, so an adapter must exist. Elsewhere (a laptop with no
/// Vulkan driver) `FIRSTWALL_ALLOW_NO_GPU=1` turns the failure into a printed skip.
fn context() -> Option<GpuContext> {
    match pollster::block_on(GpuContext::new()) {
        Ok(context) => {
            eprintln!("adapter: {}", context.adapter());
            Some(context)
        }
        Err(err) if std::env::var_os("FIRSTWALL_ALLOW_NO_GPU").is_some() => {
            eprintln!("skipped, FIRSTWALL_ALLOW_NO_GPU is set: {err}");
            None
        }
        Err(err) => panic!("{err}; install mesa-vulkan-drivers or set FIRSTWALL_ALLOW_NO_GPU=1"),
    }
}

#[test]
fn known_answers() {
    let Some(gpu) = context() else { return };
    let samples = [
        // GPT-4's 2e25 FLOP growing 4× a year reaches 2e29 FLOP in log(1e4)/log(4) = 6.644 years.
        CrossingSample::new(2e25, 4.0, 2e29),
        // 10× a year from 1e25 to 1e30: exactly 5 years.
        CrossingSample::new(1e25, 10.0, 1e30),
        // A ceiling below the start was crossed in the past.
        CrossingSample::new(1e26, 10.0, 1e24),
        // A flat trend never gets there.
        CrossingSample::new(1e25, 1.0, 1e30),
    ];
    let years = pollster::block_on(gpu.years_to_reach(&samples)).unwrap();
    let want = [6.643_856, 5.0, -2.0];
    for (got, want) in years.iter().zip(want) {
        assert!((got - want).abs() < 1e-4, "got {got}, want {want}");
    }
    assert_eq!(years[3], NEVER_YEARS);
}

#[test]
fn matches_the_f64_model_on_many_samples() {
    let Some(gpu) = context() else { return };
    // 4,096 cases: 64 workgroups of 64.
    let cases = reference_cases(4096);
    let agreement = pollster::block_on(gpu.check_against_model(&cases)).unwrap();
    assert_eq!(agreement.cases, 4096);
    assert!(agreement.agrees(), "{agreement:?}");
    // f32 in log10 space is far better than the tolerance: under an hour.
    assert!(agreement.max_abs_diff_years < 1e-4, "{agreement:?}");
}

#[test]
fn epoch_trend_reaches_2e29_the_same_year_on_both_paths() {
    let Some(gpu) = context() else { return };
    let trend = DemandTrend::EPOCH_2030_REPORT;
    let cpu_year = trend.year_reaching(2e29).unwrap();
    let sample = CrossingSample::new(trend.reference_flop, trend.growth_per_year, 2e29);
    let gpu_years = pollster::block_on(gpu.years_to_reach(&[sample])).unwrap();
    let gpu_year = trend.reference_year + f64::from(gpu_years[0]);
    assert!(
        (gpu_year - cpu_year).abs() < 1e-3,
        "{gpu_year} vs {cpu_year}"
    );
}

#[test]
fn empty_input_gives_empty_output() {
    let Some(gpu) = context() else { return };
    assert!(pollster::block_on(gpu.years_to_reach(&[]))
        .unwrap()
        .is_empty());
}
