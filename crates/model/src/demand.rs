//! Demand: how large the frontier wants to train, year by year.
//!
//! `C(t) = C_ref · g^(t − t_ref)`: frontier training compute grows by a constant factor `g` a year
//! (Sevilla & Roldán, *Training compute of frontier AI models grows by 4-5x per year*, Epoch AI,
//! 2024). The trend is drawn through the observed frontier — the centre of the record runs of
//! 2023–2025 in Epoch AI's data ([`crate::history`]) — so that it passes through what happened
//! whatever the growth rate; or, as Epoch's 2030 report draws it, through GPT-4 in March 2023.
//! Years are publication dates, as in the observed data.

use crate::history;

/// An exponential trend of frontier training compute.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DemandTrend {
    /// Calendar year of the reference run, as a fraction (March 2023 ≈ 2023.2).
    pub reference_year: f64,
    /// Training compute of the reference run, FLOP.
    pub reference_flop: f64,
    /// Factor by which the largest run grows each year (4.0 = 4× a year).
    pub growth_per_year: f64,
}

impl DemandTrend {
    /// The trend of Epoch AI's 2030 report: GPT-4's 2e25 FLOP (March 2023; Sevilla et al., *Can AI
    /// scaling continue through 2030?*, Epoch AI, 2024, footnote 2) growing 4× a year (same
    /// report; Sevilla & Roldán 2024 "best described as 4-5x/year").
    pub const EPOCH_2030_REPORT: Self = Self {
        reference_year: 2023.2,
        reference_flop: 2e25,
        growth_per_year: 4.0,
    };

    /// The trend through the observed frontier's records ([`history::frontier_centroid`]).
    pub fn observed(growth_per_year: f64) -> Self {
        let (reference_year, log10_flop) = history::frontier_centroid();
        Self {
            reference_year,
            reference_flop: 10f64.powf(log10_flop),
            growth_per_year,
        }
    }

    /// The trend a scenario's demand anchor selects: 0 the observed frontier, 1 GPT-4.
    pub fn anchored(anchor: f64, growth_per_year: f64) -> Self {
        if anchor >= 1.0 {
            Self {
                growth_per_year,
                ..Self::EPOCH_2030_REPORT
            }
        } else {
            Self::observed(growth_per_year)
        }
    }

    /// Training compute of the largest run in `year`, FLOP.
    pub fn flop_in(&self, year: f64) -> f64 {
        10f64.powf(self.log10_flop_in(year))
    }

    /// `log10` of [`Self::flop_in`]; exact where `flop_in` would overflow.
    pub fn log10_flop_in(&self, year: f64) -> f64 {
        self.reference_flop.log10() + (year - self.reference_year) * self.growth_per_year.log10()
    }

    /// The (fractional) year in which the trend reaches `ceiling_flop`, or `None` if it never does
    /// because the trend does not grow.
    ///
    /// `t* = t_ref + log(C_ceiling / C_ref) / log(g)`; a ceiling below the reference run gives a
    /// year before the reference year.
    pub fn year_reaching(&self, ceiling_flop: f64) -> Option<f64> {
        years_to_reach(
            self.reference_flop.log10(),
            self.growth_per_year.log10(),
            ceiling_flop.log10(),
        )
        .map(|years| self.reference_year + years)
    }
}

/// Years an exponential trend needs to grow from `10^log10_start` to `10^log10_target` when it
/// grows by `10^log10_growth_per_year` a year; `None` when it does not grow.
///
/// Worked in log10 space, as the GPU's sweep kernel (`crates/gpu/shaders/sweep.wgsl`, f32) works
/// its crossings, so that single precision stays precise.
pub fn years_to_reach(
    log10_start: f64,
    log10_growth_per_year: f64,
    log10_target: f64,
) -> Option<f64> {
    (log10_growth_per_year > 0.0).then(|| (log10_target - log10_start) / log10_growth_per_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Epoch 2030 report: "six more years of the historical trend of 4x/year would result in
    /// models trained using roughly 2e29 FLOP"; its Figure 7 trend line reads 2.48e29 in 2030.
    #[test]
    fn trend_reaches_about_2e29_in_2030() {
        let flop = DemandTrend::EPOCH_2030_REPORT.flop_in(2030.0);
        assert!((2.4e29..2.6e29).contains(&flop), "flop = {flop:e}");
    }

    /// Epoch 2030 report: a text-only data wall near 8e28 FLOP is reached "in about five years"
    /// from runs of 5e25 FLOP in mid-2024 growing 4× a year (log(8e28/5e25)/log 4 = 5.3 years).
    #[test]
    fn five_years_from_5e25_to_8e28() {
        let trend = DemandTrend {
            reference_year: 2024.5,
            reference_flop: 5e25,
            growth_per_year: 4.0,
        };
        let years = trend.year_reaching(8e28).map(|year| year - 2024.5);
        assert!(
            matches!(years, Some(y) if (5.2..5.4).contains(&y)),
            "{years:?}"
        );
    }

    #[test]
    fn reaching_the_reference_takes_no_time() {
        let trend = DemandTrend::EPOCH_2030_REPORT;
        assert_eq!(trend.year_reaching(trend.reference_flop), Some(2023.2));
    }

    #[test]
    fn a_flat_trend_never_reaches_a_higher_ceiling() {
        let flat = DemandTrend {
            growth_per_year: 1.0,
            ..DemandTrend::EPOCH_2030_REPORT
        };
        assert_eq!(flat.year_reaching(1e30), None);
    }

    /// Epoch AI's data to 2026: a trend through the records passes within ×2 of every record,
    /// at any growth rate the plausible range allows.
    #[test]
    fn epoch_large_scale_models_the_observed_trend_passes_through_the_records() {
        for growth in [3.7, 4.1, 4.8] {
            let trend = DemandTrend::observed(growth);
            for run in history::records() {
                let ratio = trend.flop_in(run.year()) / run.flop;
                assert!(
                    (0.5..=2.0).contains(&ratio),
                    "{} at {growth}: ×{ratio}",
                    run.model
                );
            }
        }
        // GPT-4's anchor passes through the later records too: Grok 4 within ×1.5.
        let epoch = DemandTrend::EPOCH_2030_REPORT;
        let grok4 = history::RUNS.iter().find(|r| r.model == "Grok 4").unwrap();
        let ratio = epoch.flop_in(grok4.year()) / grok4.flop;
        assert!((0.67..=1.5).contains(&ratio), "{ratio}");
    }

    #[test]
    fn log_form_does_not_overflow() {
        let log10 = DemandTrend::EPOCH_2030_REPORT.log10_flop_in(2600.0);
        assert!(log10.is_finite() && log10 > 300.0);
        assert!(DemandTrend::EPOCH_2030_REPORT.flop_in(2600.0).is_infinite());
    }
}
