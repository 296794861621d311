//! What already happened: the largest training runs and the largest AI data centers, as sourced
//! data. The model is anchored on them, and a ceiling below a run that already happened is a bug
//! (the backtest in `tests/backtest.rs` checks every preset against [`RUNS`]).
//!
//! Runs: Epoch AI, *Data on Large-Scale AI Models* (data to 2026-04-24, CC BY 4.0), every model
//! with an estimated training compute of at least 1e25 FLOP, copied as Epoch publishes it. A
//! publication date comes after training ended; many 2025–26 flagship models have no compute
//! estimate yet, so the record after mid-2025 looks flat because of missing data, not a slowdown.

use crate::source::{self, Citation};
use crate::units::DAYS_PER_YEAR;

/// How sure Epoch AI is of a run's compute estimate (their own three levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// Published or derived from published figures.
    Confident,
    /// Estimated from partial information.
    Likely,
    /// A rough estimate.
    Speculative,
}

impl Confidence {
    /// Epoch's word for it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Confident => "confident",
            Self::Likely => "likely",
            Self::Speculative => "speculative",
        }
    }
}

/// One training run that happened.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    /// The model, as Epoch names it.
    pub model: &'static str,
    /// Who trained it.
    pub organization: &'static str,
    /// Publication date (year, month, day).
    pub published: (u16, u8, u8),
    /// Training compute, FLOP (Epoch's estimate).
    pub flop: f64,
    /// Accelerators used, where Epoch records them.
    pub hardware: &'static str,
    /// How many, where recorded.
    pub hardware_quantity: Option<f64>,
    /// Training time, hours, where recorded.
    pub training_hours: Option<f64>,
    /// Epoch's confidence in the compute estimate.
    pub confidence: Confidence,
}

impl Run {
    /// The publication date as written: `2023-03-15`.
    pub fn date(&self) -> String {
        let (year, month, day) = self.published;
        format!("{year}-{month:02}-{day:02}")
    }

    /// The publication date as a fractional year (2023-03-15 ≈ 2023.20).
    pub fn year(&self) -> f64 {
        let (year, month, day) = self.published;
        fractional_year(year, month, day)
    }
}

/// A date as a fractional year: the middle of the day, over a 365.25-day year.
pub fn fractional_year(year: u16, month: u8, day: u8) -> f64 {
    const DAYS_BEFORE_MONTH: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let month_index = usize::from(month.clamp(1, 12) - 1);
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let leap_day = u16::from(leap && month > 2);
    let day_of_year = DAYS_BEFORE_MONTH[month_index] + u16::from(day) + leap_day;
    f64::from(year) + (f64::from(day_of_year) - 0.5) / DAYS_PER_YEAR
}

/// Where the runs come from.
pub const RUNS_SOURCE: Citation = Citation {
    source: &source::EPOCH_LARGE_SCALE_MODELS,
    locator: "every model with ≥ 1e25 FLOP, data to 2026-04-24 (CC BY 4.0)",
};

const A100: &str = "NVIDIA A100 SXM4 40 GB";
const H100: &str = "NVIDIA H100 SXM5 80GB";

/// Every run of at least 1e25 FLOP, by publication date (Epoch AI, to 2026-04-24).
pub const RUNS: [Run; 20] = [
    run(
        "GPT-4",
        "OpenAI",
        (2023, 3, 15),
        2.1e25,
        A100,
        Some(25_000.0),
        Some(2_280.0),
        Confidence::Likely,
    ),
    run(
        "Inflection-2",
        "Inflection AI",
        (2023, 11, 22),
        1.001e25,
        H100,
        Some(5_000.0),
        None,
        Confidence::Confident,
    ),
    run(
        "Gemini 1.0 Ultra",
        "Google DeepMind",
        (2023, 12, 6),
        5e25,
        "Google TPU v4",
        Some(57_000.0),
        Some(2_400.0),
        Confidence::Speculative,
    ),
    run(
        "Mistral Large",
        "Mistral AI",
        (2024, 2, 26),
        1.12e25,
        H100,
        None,
        Some(2_500.0),
        Confidence::Likely,
    ),
    run(
        "Aramco Metabrain AI",
        "Saudi Aramco",
        (2024, 3, 4),
        1.05e25,
        "",
        None,
        None,
        Confidence::Likely,
    ),
    run(
        "Nemotron-4 340B",
        "NVIDIA",
        (2024, 6, 14),
        1.8e25,
        H100,
        Some(6_144.0),
        Some(2_200.0),
        Confidence::Confident,
    ),
    run(
        "Claude 3.5 Sonnet",
        "Anthropic",
        (2024, 6, 20),
        2.7e25,
        "",
        None,
        None,
        Confidence::Speculative,
    ),
    run(
        "Llama 3.1 405B",
        "Meta AI",
        (2024, 7, 23),
        3.8e25,
        H100,
        Some(16_384.0),
        Some(2_142.0),
        Confidence::Confident,
    ),
    run(
        "Mistral Large 2",
        "Mistral AI",
        (2024, 7, 24),
        2.13e25,
        "",
        None,
        None,
        Confidence::Likely,
    ),
    run(
        "Grok-2",
        "xAI",
        (2024, 8, 13),
        2.96e25,
        H100,
        None,
        None,
        Confidence::Confident,
    ),
    run(
        "Doubao-pro",
        "ByteDance",
        (2024, 10, 28),
        2.505e25,
        "",
        None,
        None,
        Confidence::Likely,
    ),
    run(
        "Grok 3",
        "xAI",
        (2025, 2, 17),
        3.5e26,
        H100,
        Some(80_000.0),
        Some(2_160.0),
        Confidence::Likely,
    ),
    run(
        "Claude 3.7 Sonnet",
        "Anthropic",
        (2025, 2, 24),
        3.35e25,
        "",
        None,
        None,
        Confidence::Likely,
    ),
    run(
        "GPT-4.5",
        "OpenAI",
        (2025, 2, 27),
        3.8e26,
        "",
        None,
        None,
        Confidence::Likely,
    ),
    run(
        "Llama Nemotron Ultra 253B",
        "NVIDIA",
        (2025, 3, 18),
        3.911e25,
        "",
        None,
        None,
        Confidence::Likely,
    ),
    run(
        "Llama 4 Behemoth (preview)",
        "Meta AI",
        (2025, 4, 5),
        5.184e25,
        H100,
        Some(32_000.0),
        None,
        Confidence::Likely,
    ),
    run(
        "Pangu Ultra",
        "Huawei",
        (2025, 4, 10),
        1.0692e25,
        "Huawei Ascend 910B",
        Some(8_192.0),
        None,
        Confidence::Confident,
    ),
    run(
        "Grok 4",
        "xAI",
        (2025, 7, 9),
        5e26,
        "",
        Some(200_000.0),
        None,
        Confidence::Speculative,
    ),
    run(
        "GPT-5",
        "OpenAI",
        (2025, 8, 7),
        6.6e25,
        "",
        None,
        None,
        Confidence::Speculative,
    ),
    run(
        "Qwen3-Max",
        "Alibaba",
        (2025, 9, 5),
        1.512e25,
        "",
        None,
        None,
        Confidence::Speculative,
    ),
];

#[allow(clippy::too_many_arguments)] // One row of the table, field by field.
const fn run(
    model: &'static str,
    organization: &'static str,
    published: (u16, u8, u8),
    flop: f64,
    hardware: &'static str,
    hardware_quantity: Option<f64>,
    training_hours: Option<f64>,
    confidence: Confidence,
) -> Run {
    Run {
        model,
        organization,
        published,
        flop,
        hardware,
        hardware_quantity,
        training_hours,
        confidence,
    }
}

/// The runs that set a new record for training compute when they were published (the frontier).
pub fn records() -> impl Iterator<Item = &'static Run> {
    let mut best = 0.0;
    RUNS.iter().filter(move |run| {
        let record = run.flop > best;
        if record {
            best = run.flop;
        }
        record
    })
}

/// The centre of the frontier records: their mean publication year and mean `log10` FLOP. A
/// demand trend anchored here passes through the observed frontier whatever its growth rate,
/// pivoting about the present rather than about GPT-4.
pub fn frontier_centroid() -> (f64, f64) {
    let (count, year_sum, log_sum) = records().fold((0.0, 0.0, 0.0), |(n, t, c), run| {
        (n + 1.0, t + run.year(), c + run.flop.log10())
    });
    (year_sum / count, log_sum / count)
}

/// What an observed quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowerBasis {
    /// Power at the meter (IT load times PUE), or capacity as the operator states it.
    Facility,
    /// IT load only.
    It,
}

/// One observed AI data center: the largest sites as they came online.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SiteObservation {
    /// The site.
    pub name: &'static str,
    /// When the figure applies (year, month).
    pub date: (u16, u8),
    /// Power, MW.
    pub power_mw: f64,
    /// What the power measures.
    pub basis: PowerBasis,
    /// Computing capacity in H100-equivalents, where estimated.
    pub h100e: Option<f64>,
    /// Where the figures come from.
    pub source: Citation,
}

impl SiteObservation {
    /// The date as a fractional year (mid-month).
    pub fn year(&self) -> f64 {
        fractional_year(self.date.0, self.date.1, 15)
    }
}

/// The largest AI data centers as they came online: the first gigawatt-scale single sites.
pub const SITES: [SiteObservation; 5] = [
    SiteObservation {
        name: "xAI Colossus 1 (Memphis)",
        date: (2024, 9),
        power_mw: 150.0,
        basis: PowerBasis::Facility,
        h100e: Some(100_000.0),
        source: Citation {
            source: &source::COLOSSUS_POWER,
            locator: "150 MW from MLGW and TVA for the first 100,000 H100 (grid supply; batteries and turbines on top)",
        },
    },
    SiteObservation {
        name: "Anthropic–Amazon New Carlisle",
        date: (2026, 1),
        power_mw: 1_092.0,
        basis: PowerBasis::It,
        h100e: Some(687_000.0),
        source: Citation {
            source: &source::EPOCH_AI_DATA_CENTERS,
            locator: "largest by AI IT power: New Carlisle, 1,092 MW, 687k H100e",
        },
    },
    SiteObservation {
        name: "xAI Colossus 2 (Memphis)",
        date: (2026, 1),
        power_mw: 1_000.0,
        basis: PowerBasis::Facility,
        h100e: Some(1_400_000.0),
        source: Citation {
            source: &source::EPOCH_FIVE_GIGAWATT_SITES,
            locator: "five sites cross 1 GW in 2026; Colossus 2 the largest 2026 facility at 1.4M H100e",
        },
    },
    SiteObservation {
        name: "Meta Prometheus (New Albany)",
        date: (2026, 5),
        power_mw: 820.0,
        basis: PowerBasis::It,
        h100e: Some(763_000.0),
        source: Citation {
            source: &source::EPOCH_AI_DATA_CENTERS,
            locator: "Meta Prometheus: 820 MW of AI IT power, 763k H100e",
        },
    },
    SiteObservation {
        name: "OpenAI Stargate Abilene",
        date: (2026, 7),
        power_mw: 590.0,
        basis: PowerBasis::It,
        h100e: Some(510_000.0),
        source: Citation {
            source: &source::EPOCH_AI_DATA_CENTERS,
            locator: "OpenAI Stargate Abilene (Oracle): 590 MW of AI IT power, 510k H100e",
        },
    },
];

/// AI chips delivered per year, all vendors (NVIDIA, Google TPU, Amazon Trainium, AMD, Huawei),
/// in H100-equivalents of 8-bit performance (Epoch AI's chip counts, medians).
pub const CHIP_DELIVERIES: [(u16, f64); 3] = [(2023, 1.3e6), (2024, 5.1e6), (2025, 13.6e6)];

/// The stock of AI chips at the end of 2025, H100-equivalents (Epoch AI's chip counts: ≈20.3M).
pub const CHIP_STOCK_END_2025: f64 = 2.03e7;

/// How fast the chip stock grew in 2025, orders of magnitude a year: the end-2025 stock over the
/// end-2024 stock (what was delivered before 2025).
pub fn chip_stock_history_slope() -> f64 {
    let delivered_2025 = CHIP_DELIVERIES[2].1;
    (CHIP_STOCK_END_2025 / (CHIP_STOCK_END_2025 - delivered_2025)).log10()
}

/// How fast the largest campus grew to the first gigawatt sites, orders of magnitude a year: from
/// Colossus 1 (Sep 2024) to 1 GW at the start of 2026.
pub fn campus_history_slope() -> f64 {
    let first = &SITES[0];
    (1_000.0 / first.power_mw).log10() / (2026.0 - first.year())
}

/// US AI data-center power at the end of 2023, GW (Epoch's 2030 report: "around 3 GW").
pub const AI_CAPACITY_END_2023_GW: f64 = 3.0;

/// How fast US AI data-center power grew from the end of 2023 (≈3 GW, Epoch 2030) to mid-2025
/// (≈5 GW, EPRI and Epoch), orders of magnitude a year.
pub fn ai_capacity_history_slope() -> f64 {
    (5.0 / AI_CAPACITY_END_2023_GW).log10() / 1.5
}

/// How fast IT watts per H100-equivalent fell from the frontier's H100 systems (2024) to its
/// GB300 racks (2026), orders of magnitude a year: the observed FLOP-per-watt gain, from the
/// accelerator table [derived; ≈1.28×/yr, Epoch's 2010–2024 trend].
pub fn efficiency_history_slope() -> f64 {
    use crate::accelerators::{Accelerator, H100};
    let it_w_per_h100e = |accelerator: &Accelerator| {
        accelerator.system.as_ref().map_or(f64::NAN, |system| {
            system.node_w_per_accelerator * H100.bf16_flop_per_s / accelerator.bf16_flop_per_s
        })
    };
    let old = &H100;
    let new = Accelerator::lookup("gb300").unwrap_or(&H100);
    let years = new.baseline_year - old.baseline_year;
    if years > 0.0 {
        (it_w_per_h100e(old) / it_w_per_h100e(new)).log10() / years
    } else {
        0.0
    }
}

/// When First Wall's evidence was last reviewed: "today" for the backtest (a forecast's first
/// wall may not lie before it).
pub const EVIDENCE_AS_OF: (u16, u8, u8) = (2026, 11, 30);

/// [`EVIDENCE_AS_OF`] as a fractional year.
pub fn evidence_as_of_year() -> f64 {
    let (year, month, day) = EVIDENCE_AS_OF;
    fractional_year(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractional_years() {
        assert!((fractional_year(2023, 3, 15) - 2023.201).abs() < 0.001);
        assert!((fractional_year(2024, 1, 1) - 2024.001).abs() < 0.001);
        assert!((fractional_year(2024, 12, 31) - 2024.999).abs() < 0.002);
    }

    #[test]
    fn runs_are_in_date_order_and_at_least_1e25() {
        for pair in RUNS.windows(2) {
            assert!(pair[0].year() <= pair[1].year(), "{}", pair[1].model);
        }
        assert!(RUNS.iter().all(|run| run.flop >= 1e25));
    }

    /// Epoch's data: the frontier records from GPT-4 to Grok 4.
    #[test]
    fn the_records_are_the_frontier() {
        let names: Vec<&str> = records().map(|run| run.model).collect();
        assert_eq!(
            names,
            ["GPT-4", "Gemini 1.0 Ultra", "Grok 3", "GPT-4.5", "Grok 4"]
        );
    }

    /// Epoch AI's chip counts: the stock about tripled in 2025; the first gigawatt campuses came
    /// 4× a year after Colossus 1.
    #[test]
    fn epoch_chip_counts_and_sites_history() {
        let chips = 10f64.powf(chip_stock_history_slope());
        assert!((2.8..=3.3).contains(&chips), "{chips}");
        let campus = 10f64.powf(campus_history_slope());
        assert!((3.5..=5.0).contains(&campus), "{campus}");
        let capacity = 10f64.powf(ai_capacity_history_slope());
        assert!((1.3..=1.5).contains(&capacity), "{capacity}");
        // H100 (2024) to GB300 (2026): about Epoch's 1.28×/yr gain in FLOP per watt.
        let efficiency = 10f64.powf(efficiency_history_slope());
        assert!((1.2..=1.35).contains(&efficiency), "{efficiency}");
    }

    /// shared/reference/observed/README.md: the running maximum grew ~4.1× a year since late
    /// 2019 (95 % CI 3.7–4.5), 4.2× since 2022. The records since 2023 give the same slope
    /// within that interval [derived: least squares in log space].
    #[test]
    fn epoch_large_scale_models_frontier_grows_about_4x_a_year() {
        let (t_mean, c_mean) = frontier_centroid();
        let (num, den) = records().fold((0.0, 0.0), |(num, den), run| {
            let dt = run.year() - t_mean;
            (num + dt * (run.flop.log10() - c_mean), den + dt * dt)
        });
        let growth = 10f64.powf(num / den);
        assert!((3.7..=5.0).contains(&growth), "{growth}");
    }
}
