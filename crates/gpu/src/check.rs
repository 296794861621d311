//! The agreement check: the GPU kernel against the f64 model on the same inputs.
//!
//! The app runs it live (the Optimization view), the CLI prints it, and the tests assert it.

use firstwall_model::demand::years_to_reach;

use crate::{CrossingSample, GpuContext, GpuError};

/// The largest difference, in years, at which the GPU and CPU answers count as the same
/// (about nine hours; f32 in log10 space is good to about a minute here).
pub const AGREEMENT_TOLERANCE_YEARS: f64 = 1e-3;

/// One demand trend and the ceiling it should reach.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrendCase {
    /// Starting training compute, FLOP.
    pub start_flop: f64,
    /// Growth factor per year.
    pub growth_per_year: f64,
    /// Ceiling to reach, FLOP.
    pub ceiling_flop: f64,
}

impl TrendCase {
    /// Years to reach the ceiling in f64, the reference answer.
    pub fn years_on_cpu(&self) -> Option<f64> {
        years_to_reach(
            self.start_flop.log10(),
            self.growth_per_year.log10(),
            self.ceiling_flop.log10(),
        )
    }
}

/// `count` deterministic cases that span the ranges First Wall works in: runs of 1e24–1e27 FLOP
/// growing 1.5–9.5× a year towards ceilings of 1e27–1e33 FLOP.
pub fn reference_cases(count: u32) -> Vec<TrendCase> {
    (0..count)
        .map(|i| {
            let i = f64::from(i);
            TrendCase {
                start_flop: 10f64.powf(24.0 + (i * 0.37) % 3.0),
                growth_per_year: 1.5 + (i * 0.013) % 8.0,
                ceiling_flop: 10f64.powf(27.0 + (i * 0.61) % 6.0),
            }
        })
        .collect()
}

/// How closely the GPU reproduced the CPU.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agreement {
    /// Cases compared.
    pub cases: usize,
    /// The largest absolute difference in years.
    pub max_abs_diff_years: f64,
}

impl Agreement {
    /// Whether every case agreed within [`AGREEMENT_TOLERANCE_YEARS`].
    pub fn agrees(&self) -> bool {
        self.max_abs_diff_years <= AGREEMENT_TOLERANCE_YEARS
    }
}

impl GpuContext {
    /// Runs `cases` through the crossing kernel and compares each answer with the f64 model.
    pub async fn check_against_model(&self, cases: &[TrendCase]) -> Result<Agreement, GpuError> {
        let samples: Vec<CrossingSample> = cases
            .iter()
            .map(|case| {
                CrossingSample::new(case.start_flop, case.growth_per_year, case.ceiling_flop)
            })
            .collect();
        let years = self.years_to_reach(&samples).await?;
        Ok(compare(cases, &years))
    }
}

/// Compares the kernel's answers with the f64 model, case by case. A missing answer, or a
/// "never" where the model finds a year (or the reverse), counts as an infinite difference.
#[allow(clippy::float_cmp_const)] // The kernel writes the "never" sentinel exactly.
pub fn compare(cases: &[TrendCase], gpu_years: &[f32]) -> Agreement {
    let mut max_abs_diff_years = if cases.len() == gpu_years.len() {
        0.0
    } else {
        f64::INFINITY
    };
    for (case, &gpu_years) in cases.iter().zip(gpu_years) {
        let diff_years = match (case.years_on_cpu(), gpu_years == crate::NEVER_YEARS) {
            (Some(cpu_years), false) => (f64::from(gpu_years) - cpu_years).abs(),
            (None, true) => 0.0,
            _ => f64::INFINITY,
        };
        // NaN from the GPU must not hide behind `max`.
        max_abs_diff_years = if diff_years.is_nan() {
            f64::INFINITY
        } else {
            max_abs_diff_years.max(diff_years)
        };
    }
    Agreement {
        cases: gpu_years.len(),
        max_abs_diff_years,
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp_const)] // The "never" sentinel is compared exactly, on purpose.
mod tests {
    use super::*;

    fn cpu_answers(cases: &[TrendCase]) -> Vec<f32> {
        #[allow(clippy::cast_possible_truncation)]
        cases
            .iter()
            .map(|case| {
                case.years_on_cpu()
                    .map_or(crate::NEVER_YEARS, |years| years as f32)
            })
            .collect()
    }

    #[test]
    fn the_model_agrees_with_itself() {
        let cases = reference_cases(100);
        assert!(compare(&cases, &cpu_answers(&cases)).agrees());
    }

    #[test]
    fn an_answer_off_by_a_hundredth_of_a_year_disagrees() {
        let cases = reference_cases(10);
        let mut answers = cpu_answers(&cases);
        answers[7] += 0.01;
        let agreement = compare(&cases, &answers);
        assert!(!agreement.agrees());
        assert!((agreement.max_abs_diff_years - 0.01).abs() < 1e-3);
    }

    #[test]
    fn never_must_match_never() {
        let mut cases = reference_cases(2);
        cases[0].growth_per_year = 1.0;
        let answers = cpu_answers(&cases);
        assert_eq!(answers[0], crate::NEVER_YEARS);
        assert!(compare(&cases, &answers).agrees());
        let mut wrong = answers.clone();
        wrong[1] = crate::NEVER_YEARS;
        assert!(!compare(&cases, &wrong).agrees());
        wrong = answers;
        wrong[0] = 3.0;
        assert!(!compare(&cases, &wrong).agrees());
    }

    #[test]
    fn missing_or_nan_answers_disagree() {
        let cases = reference_cases(4);
        let answers = cpu_answers(&cases);
        assert!(!compare(&cases, &answers[..3]).agrees());
        let mut nan = answers;
        nan[2] = f32::NAN;
        assert!(!compare(&cases, &nan).agrees());
    }
}
