//! Every numeric claim in the source diagrams, checked: a verdict, the explanation, the sources,
//! and — where First Wall's own model can redo the arithmetic — the calculation, computed here
//! rather than written down (so the tests check it through the model).

use crate::compute::{duration_s_from_flop, SECONDS_PER_DAY};
use crate::param::ParamId;
use crate::preset::PresetId;
use crate::projection::project;
use crate::scenario::Scenario;
use crate::source::{self, Citation};
use crate::walls::memory_network::FIBRE_KM_PER_S;
use crate::walls::{ComponentId, WallId, Walls};

/// What the check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The claim is right as stated.
    Holds,
    /// Right in substance, wrong or loose in a detail that matters.
    HoldsWithCorrection,
    /// Was right when made; newer evidence says otherwise.
    Outdated,
    /// Wrong.
    False,
    /// No source could be found for it.
    Unverified,
}

impl Verdict {
    /// The stable id: `holds`, `holds-with-correction`, `outdated`, `false`, `unverified`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Holds => "holds",
            Self::HoldsWithCorrection => "holds-with-correction",
            Self::Outdated => "outdated",
            Self::False => "false",
            Self::Unverified => "unverified",
        }
    }

    /// For people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Holds => "Holds",
            Self::HoldsWithCorrection => "Holds, with a correction",
            Self::Outdated => "Outdated",
            Self::False => "Does not hold",
            Self::Unverified => "Unverified",
        }
    }
}

/// One claim from the source diagrams and its check.
#[derive(Clone, Copy, Debug)]
pub struct Claim {
    /// Stable id (`gpt3-a100`).
    pub id: &'static str,
    /// The claim as the source diagram words it.
    pub claim: &'static str,
    /// Where in the source diagrams.
    pub context: &'static str,
    /// What the check found.
    pub verdict: Verdict,
    /// Why, in plain words.
    pub explanation: &'static str,
    /// The evidence.
    pub sources: &'static [Citation],
    /// First Wall's own arithmetic on the claim, where it has some.
    pub calculation: Option<fn() -> String>,
}

impl Claim {
    /// The calculation's text, if the claim has one.
    pub fn calculation_text(&self) -> Option<String> {
        self.calculation.map(|f| f())
    }
}

/// GPT-3's training compute: 3.14e23 FLOP (Brown et al. 2020, appendix D).
pub const GPT3_FLOP: f64 = 3.14e23;
/// GPT-3's parameters and training tokens (Brown et al. 2020).
pub const GPT3_PARAMS: f64 = 175e9;
/// See [`GPT3_PARAMS`].
pub const GPT3_TOKENS: f64 = 300e9;
/// Achieved throughput per A100 in Narayanan et al.'s estimate, FLOP/s.
pub const NARAYANAN_A100_FLOP_PER_S: f64 = 140e12;

/// Days for GPT-3 on 1,024 A100s: 6·N·D at 140 TFLOP/s each, and Narayanan et al.'s 8·T·P/(n·X)
/// (which counts recomputing activations).
pub fn gpt3_on_a100s_days() -> (f64, f64) {
    let six_nd = duration_s_from_flop(GPT3_FLOP, 1024.0, NARAYANAN_A100_FLOP_PER_S, 1.0);
    let eight_tp = 8.0 * GPT3_TOKENS * GPT3_PARAMS / (1024.0 * NARAYANAN_A100_FLOP_PER_S);
    (six_nd / SECONDS_PER_DAY, eight_tp / SECONDS_PER_DAY)
}

fn gpt3_calculation() -> String {
    let (six, eight) = gpt3_on_a100s_days();
    format!(
        "3.14e23 FLOP on 1,024 A100s at 140 TFLOP/s each (45 % of their 312 TFLOP/s peak) takes \
         {six:.0} days; with activations recomputed (8·T·P/(n·X), Narayanan et al.) {eight:.0} days: \
         about a month, not several."
    )
}

/// The year the data wall binds under a preset.
fn data_wall_year(preset: PresetId) -> Option<f64> {
    project(&Scenario::preset(preset))
        .wall(WallId::Data)
        .binds_in_year
}

fn data_calculation() -> String {
    let year = |preset| {
        data_wall_year(preset).map_or_else(|| "after 2040".to_owned(), |y| format!("{y:.1}"))
    };
    format!(
        "In First Wall's model the effective data stock (text, quality-filtered and repeated, plus \
         multimodal and synthetic tokens) stops the largest run in {} under Epoch's assumptions and \
         in {} under the source diagram's own.",
        year(PresetId::Epoch2030),
        year(PresetId::Source2025)
    )
}

fn rates_calculation() -> String {
    let per_year = |per_two: f64| per_two.sqrt();
    format!(
        "Per year: parameters {:.0}×, training compute {:.0}×, accelerator memory capacity {:.2}×; \
         DRAM bandwidth {:.2}× and peak FLOP/s {:.2}× (Gholami et al.). The frontier's training \
         compute has grown about {:.0}× a year since 2010 (Epoch), First Wall's default.",
        per_year(410.0),
        per_year(750.0),
        per_year(2.0),
        per_year(1.6),
        per_year(3.0),
        ParamId::DemandGrowth.spec().default,
    )
}

/// The power wall's ceiling in 2030 with `gw` for one run, FLOP.
pub fn power_ceiling_2030_flop(gw: f64) -> f64 {
    let scenario = Scenario::preset(PresetId::Epoch2030)
        .with(ParamId::DistributedGw2030, gw)
        .and_then(|s| {
            s.with(
                ParamId::CampusGw2030,
                gw.min(ParamId::CampusGw2030.spec().default),
            )
        })
        .unwrap_or_else(|_| Scenario::preset(PresetId::Epoch2030));
    Walls::new(&scenario).component_ceiling(ComponentId::PowerForOneRun, 2030.0)
}

fn gigawatt_calculation() -> String {
    format!(
        "With First Wall's power wall (all-in watts per H100-equivalent from the data-center model, \
         Epoch's run length and utilization), 2 GW in 2030 allow a {} FLOP run and 45 GW a {} FLOP \
         run; Epoch's report gives 2e28 to 2e30 FLOP for this range.",
        crate::format::short(power_ceiling_2030_flop(2.0)),
        crate::format::short(power_ceiling_2030_flop(45.0)),
    )
}

/// One gradient synchronisation across `km` of fibre, s.
pub fn sync_s(km: f64) -> f64 {
    2.0 * km / FIBRE_KM_PER_S
}

fn light_calculation() -> String {
    let km = ParamId::FibreKm.spec().default;
    format!(
        "Light in fibre covers about 200,000 km/s. Across Epoch's {} km US fibre ring, one round \
         trip takes {:.0} ms; across one campus (1 km) {:.0} µs.",
        crate::format::grouped(km),
        sync_s(km) * 1e3,
        sync_s(1.0) * 1e6,
    )
}

fn timeline_calculation() -> String {
    let order = |preset: PresetId| {
        project(&Scenario::preset(preset))
            .order
            .iter()
            .map(|b| format!("{} {:.1}", b.wall.label(), b.year))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "Under the source diagram's assumptions First Wall finds: {}. Under Epoch's: {}. The speed of \
         light is never first.",
        order(PresetId::Source2025),
        order(PresetId::Epoch2030),
    )
}

const fn cite(source: &'static source::Source, locator: &'static str) -> Citation {
    Citation { source, locator }
}

/// Every numeric claim of the source diagrams, in the order they appear.
pub const CLAIMS: &[Claim] = &[
    Claim {
        id: "data-depleted-2026",
        claim: "High-quality text data expected to be depleted by 2026",
        context: "Who is the first wall? — 1. Data",
        verdict: Verdict::Outdated,
        explanation: "The date comes from Villalobos et al. 2022 (\"likely before 2026\"). Their 2024 \
            revision puts the effective stock at ~300 trillion tokens, fully used between 2026 and 2032 \
            (median 2028); repetition, multimodal and synthetic data stretch it further. \"Depleted\" \
            means datasets as large as the stock, not data gone.",
        sources: &[
            cite(&source::VILLALOBOS_2022, "stock of high-quality language data exhausted \"likely before 2026\""),
            cite(&source::VILLALOBOS_2024, "~300T tokens (90 % CI 100T–1,000T), fully used 2026–2032, median 2028"),
        ],
        calculation: Some(data_calculation),
    },
    Claim {
        id: "growth-rates",
        claim: "LLMs grow 410×/2yr, computing power 750×/2yr vs DRAM bandwidth only 2×/2yr",
        context: "Who is the first wall? — 4. Memory & Network",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "The figures are Gholami et al.'s, but 2× per two years is accelerator memory \
            capacity (GB per GPU), not bandwidth: DRAM bandwidth grew 1.6× and interconnect 1.4× per two \
            years against 3.0× for peak FLOP/s. 410× (parameters) and 750× (training compute) were fit \
            to the 2017–2020 Transformer burst and overstate growth since.",
        sources: &[
            cite(&source::GHOLAMI_2024, "410×/2 yr parameters, 750×/2 yr compute, 2×/2 yr single-GPU memory capacity; bandwidth 1.6×, interconnect 1.4×, peak FLOPS 3.0× per 2 yr"),
            cite(&source::EPOCH_COMPUTE_TREND, "frontier training compute 4–5× per year"),
        ],
        calculation: Some(rates_calculation),
    },
    Claim {
        id: "gpt3-a100",
        claim: "GPT-3 training required 1,024 A100 GPUs for several months",
        context: "Who is the first wall? — 3. Computing → Heat",
        verdict: Verdict::False,
        explanation: "GPT-3 was trained on V100s (the A100 shipped in May 2020, as the paper came out). \
            1,024 A100s is Narayanan et al.'s later estimate for the same 3.14e23 FLOP, and it comes to \
            about a month, not several.",
        sources: &[
            cite(&source::BROWN_2020, "175B parameters, 300B tokens, 3.14e23 FLOP (appendix D); V100 GPUs"),
            cite(&source::NARAYANAN_2021, "GPT-3 on 1,024 A100s at 140 TFLOP/s each: ~34 days"),
        ],
        calculation: Some(gpt3_calculation),
    },
    Claim {
        id: "gigawatts-2030",
        claim: "By 2030, largest training runs projected at 2-45GW scale",
        context: "Who is the first wall? — 3. Computing → Heat",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "Epoch's 80 % interval for the power one developer could bring to one distributed \
            run in the US by 2030 is 2 to 45 GW (central ~8 GW; one campus 1–5 GW). It is a range of \
            what the grid could supply to the largest run, not a projection that runs will use it.",
        sources: &[cite(&source::EPOCH_2030, "distributed network \"could likely accommodate 2 to 45 GW\" → 2e28–2e30 FLOP")],
        calculation: Some(gigawatt_calculation),
    },
    Claim {
        id: "hbm-sold-out",
        claim: "HBM3E completely sold out for 2024-2025",
        context: "Who is the first wall? — 4. Memory",
        verdict: Verdict::Holds,
        explanation: "SK hynix said in May 2024 that its HBM was sold out for 2024 and almost sold out \
            for 2025; Micron said the same of 2024 and most of 2025. \"Completely\" overstates 2025 a little.",
        sources: &[cite(&source::HBM_SOLD_OUT, "\"sold out for this year and almost sold out for 2025\" (SK hynix, 2 May 2024)")],
        calculation: None,
    },
    Claim {
        id: "memory-market-cagr",
        claim: "AI memory market projected to grow at 27.5% CAGR",
        context: "Who is the first wall? — 4. Memory",
        verdict: Verdict::Unverified,
        explanation: "No source for 27.5 % was found. Nearby published figures: SK hynix expects the HBM \
            market to grow about 30 % a year to 2030; HBM demand 60 % a year (SK hynix) and volume \
            45 % a year (Yole). Use one of these, with its source.",
        sources: &[cite(&source::HBM_MARKET, "SK hynix: HBM market ~30 % a year to 2030")],
        calculation: None,
    },
    Claim {
        id: "speed-of-light-ms",
        claim: "Speed of light limitation causes tens to hundreds of ms latency over distance",
        context: "Who is the first wall? — 4. Network",
        verdict: Verdict::Holds,
        explanation: "Across a continent, yes; inside one cluster latencies are microseconds. For \
            training spread over US sites Epoch finds the speed of light does not bind before ~1e31 FLOP.",
        sources: &[cite(&source::EPOCH_2030, "11,000 km ring at 200,000 km/s: 55 ms one way, 110 ms per synchronisation")],
        calculation: Some(light_calculation),
    },
    Claim {
        id: "cluster-800g",
        claim: "Large-scale GPU clusters require 800Gbps+, microsecond-level ultra-low latency",
        context: "Who is the first wall? — 4. Network",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "Microsecond latency: yes. 800 Gb/s per GPU is the current generation (ConnectX-8, \
            XDR InfiniBand); H100 clusters are built with 400 Gb/s per GPU and scale, so 800 Gb/s is \
            today's specification rather than a requirement.",
        sources: &[cite(&source::CONNECTX8, "ConnectX-8 SuperNIC: 800 Gb/s XDR InfiniBand or 2 × 400 GbE")],
        calculation: None,
    },
    Claim {
        id: "us-electricity-2030",
        claim: "Data centers projected to consume 7.5% of US electricity by 2030",
        context: "Who is the first wall? — 5. Power",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "7.5 % by 2030 is BCG's 2023 projection (from 2.5 % in 2022). It is one of many: EPRI \
            (2024) 4.6–9.1 % by 2030, LBNL (2024) 6.7–12 % already by 2028. Present it as a range.",
        sources: &[
            cite(&source::BCG_2023, "~130 TWh (2.5 %, 2022) → ~390 TWh (7.5 %, 2030)"),
            cite(&source::EPRI_2024, "4.6 % / 5.0 % / 6.8 % / 9.1 % of US electricity by 2030"),
            cite(&source::LBNL_2024, "176 TWh (4.4 %, 2023) → 325–580 TWh (6.7–12 %, 2028)"),
        ],
        calculation: None,
    },
    Claim {
        id: "cooling-lead-time",
        claim: "Advanced technologies like liquid cooling required. Infrastructure upgrades take 1+ year",
        context: "Who is the first wall? — 6. Cooling",
        verdict: Verdict::Holds,
        explanation: "Coolant distribution units and other cooling components have lead times of 12–18 \
            months, with demand several times supply; design and permits add more. No systematic study \
            was found, so First Wall's cooling lead time ranges from 0 to 18 months.",
        sources: &[
            cite(&source::FIERCE_COOLING, "CDUs: \"year-long equipment lead times\"; demand 4–5× supply"),
            cite(&source::COOLING_LEAD_TIMES, "cooling components 12–18 months"),
        ],
        calculation: None,
    },
    Claim {
        id: "power-5-10-years",
        claim: "Power infrastructure (5-10 years to build)",
        context: "Who is the first wall? — Critical bottlenecks by timeline",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "True of new large plants, transmission and grid interconnection (a median of about \
            five years in US queues; up to ten to energisation in some regions). On-site gas and solar \
            can come in two to five years, so the range overstates the fastest paths.",
        sources: &[
            cite(&source::LBNL_QUEUED_UP, "median ~5 years from interconnection request to operation; ~2,600 GW queued"),
            cite(&source::EPOCH_2030, ">3 GW plants ~5 years; gas and solar expansion 3–5 years"),
        ],
        calculation: None,
    },
    Claim {
        id: "timeline",
        claim: "Current (2025): memory bandwidth + data quality; then power infrastructure; long-term: the speed of light",
        context: "Who is the first wall? — Critical bottlenecks by timeline",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "Under the source diagram's own assumptions the order is close to what it says; under \
            Epoch's, power binds first around 2030 and memory bandwidth is a soft limit (it lowers \
            utilization beyond ~1e28 FLOP) rather than today's wall. The speed of light is last in both.",
        sources: &[
            cite(&source::SOURCE_DIAGRAM, "Who is the first wall?: critical bottlenecks by timeline"),
            cite(&source::EPOCH_2030, "power and chip production most binding by 2030; latency wall most distant"),
        ],
        calculation: Some(timeline_calculation),
    },
];

/// The claim with this id.
pub fn lookup(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|claim| claim.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_claim_has_a_source() {
        for (i, claim) in CLAIMS.iter().enumerate() {
            assert!(!claim.sources.is_empty(), "{}", claim.id);
            assert!(
                CLAIMS[i + 1..].iter().all(|c| c.id != claim.id),
                "{}",
                claim.id
            );
            assert_eq!(lookup(claim.id).map(|c| c.id), Some(claim.id));
        }
        assert!(CLAIMS.len() >= 12);
    }

    /// Narayanan et al.: "around 34 days to train GPT-3 on 1,024 A100s"; 6·N·D at the same
    /// throughput is 25 days. Either way about a month: "several months" does not hold.
    #[test]
    fn gpt3_on_1024_a100s_is_about_a_month() {
        let (six_nd, eight_tp) = gpt3_on_a100s_days();
        assert!((24.0..27.0).contains(&six_nd), "{six_nd}");
        assert!((33.5..34.5).contains(&eight_tp), "{eight_tp}");
        assert_eq!(lookup("gpt3-a100").map(|c| c.verdict), Some(Verdict::False));
    }

    /// Epoch: 2–45 GW → 2e28–2e30 FLOP. First Wall's power wall gives the same decades.
    #[test]
    fn two_to_forty_five_gigawatts_is_2e28_to_2e30_flop() {
        let low = power_ceiling_2030_flop(2.0);
        let high = power_ceiling_2030_flop(45.0);
        assert!((1e28..1e29).contains(&low), "{low:e}");
        assert!((3e29..3e30).contains(&high), "{high:e}");
    }

    /// Epoch: 11,000 km at 200,000 km/s → 110 ms per synchronisation: "tens to hundreds of ms".
    #[test]
    fn light_across_the_us_takes_about_110_ms() {
        let ms = sync_s(ParamId::FibreKm.spec().default) * 1e3;
        assert!((ms - 110.0).abs() < 1e-9, "{ms}");
    }

    /// The data wall binds after 2026 under Epoch's assumptions: "depleted by 2026" is outdated.
    #[test]
    fn the_data_wall_binds_after_2026() {
        let year = data_wall_year(PresetId::Epoch2030).unwrap_or(f64::INFINITY);
        assert!(year > 2026.0, "{year}");
        assert!(data_calculation().contains("Epoch"));
    }

    #[test]
    fn every_calculation_renders() {
        for claim in CLAIMS {
            if let Some(text) = claim.calculation_text() {
                assert!(
                    text.len() > 40 && !text.contains("NaN") && !text.contains("inf"),
                    "{}: {text}",
                    claim.id
                );
            }
        }
        assert!(
            timeline_calculation().contains("Speed of light")
                || timeline_calculation().contains("speed of light")
        );
    }
}
