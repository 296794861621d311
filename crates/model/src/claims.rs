//! Every numeric claim in the source diagrams, checked: a verdict, the explanation, the sources,
//! and — where First Wall's own model can redo the arithmetic — the calculation, computed here
//! rather than written down (so the tests check it through the model).

use crate::compute::duration_s_from_flop;
use crate::param::ParamId;
use crate::preset::PresetId;
use crate::projection::project;
use crate::scenario::Scenario;
use crate::source::{self, Citation};
use crate::units::SECONDS_PER_DAY;
use crate::walls::memory_network::FIBRE_KM_PER_S;
use crate::walls::{WallId, Walls};

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
    /// Every verdict, from a claim that holds to one that could not be checked.
    pub const ALL: [Self; 5] = [
        Self::Holds,
        Self::HoldsWithCorrection,
        Self::Outdated,
        Self::False,
        Self::Unverified,
    ];

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
         DRAM bandwidth {:.2}× and peak FLOP/s {:.2}× (Gholami et al.). The largest training run \
         has grown about {:.1}× a year since 2019 (Epoch AI's records), First Wall's default.",
        per_year(410.0),
        per_year(750.0),
        per_year(2.0),
        per_year(1.6),
        per_year(3.0),
        ParamId::DemandGrowth.spec().default,
    )
}

/// The largest run `gw` of power can train if the run starts in 2030, under Epoch's assumptions
/// (H100 watts carried forward at 1.28×/yr, FP8, 40 % utilization, 4.2 months), FLOP.
pub fn power_ceiling_2030_flop(gw: f64) -> f64 {
    let walls = Walls::new(&Scenario::preset(PresetId::Epoch2030));
    walls.flop_from_power_w(gw * 1e9, 2030.0)
}

fn gigawatt_calculation() -> String {
    format!(
        "With First Wall's power wall under Epoch's assumptions (all-in watts per H100-equivalent \
         from the data-center model, FP8, 40 % utilization, 4.2-month runs), 2 GW for a run starting \
         in 2030 trains {} FLOP and 45 GW {} FLOP; Epoch's report gives 2e28 to 2e30 FLOP for this \
         range.",
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
    let contradicted: Vec<String> = project(&Scenario::preset(PresetId::Source2025))
        .history_contradictions()
        .map(ToString::to_string)
        .collect();
    format!(
        "On the 2026 evidence First Wall finds: {}. The diagram's own view, run as a preset, is \
         contradicted by history: {}. The speed of light is last in both.",
        order(PresetId::Evidence2026),
        if contradicted.is_empty() {
            "nothing".to_owned()
        } else {
            contradicted.join("; ")
        },
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
            what the grid could supply to the largest run, not a projection that runs will use it. \
            Epoch and EPRI's 2025 estimate of what the largest run will actually draw in 2030 is \
            4–16 GW, and 1 GW campuses already came online in early 2026.",
        sources: &[
            cite(&source::EPOCH_2030, "distributed network \"could likely accommodate 2 to 45 GW\" → 2e28–2e30 FLOP"),
            cite(&source::EPOCH_EPRI_2025, "the largest run will likely draw 4–16 GW in 2030"),
            cite(&source::EPOCH_FIVE_GIGAWATT_SITES, "five sites cross 1 GW in 2026"),
        ],
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
            training spread over US sites, 300 days of 110 ms synchronisations with 60M-token batches \
            still allow about 6e31 FLOP (Epoch, footnote 38), so the speed of light binds last.",
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
        verdict: Verdict::Outdated,
        explanation: "7.5 % by 2030 is BCG's 2023 projection (from 2.5 % in 2022), and newer projections \
            are higher: LBNL (2024) has 6.7–12 % already by 2028, and EPRI's February 2026 update 9–17 % \
            by 2030 — 60 % above its own 2024 estimate of 4.6–9.1 %. The claim understates.",
        sources: &[
            cite(&source::BCG_2023, "~130 TWh (2.5 %, 2022) → ~390 TWh (7.5 %, 2030)"),
            cite(&source::EPRI_2026, "data centers could use 9–17 % of US electricity by 2030"),
            cite(&source::LBNL_2024, "176 TWh (4.4 %, 2023) → 325–580 TWh (6.7–12 %, 2028)"),
            cite(&source::EPRI_2024, "4.6 % / 5.0 % / 6.8 % / 9.1 % of US electricity by 2030"),
        ],
        calculation: None,
    },
    Claim {
        id: "cooling-lead-time",
        claim: "Advanced technologies like liquid cooling required. Infrastructure upgrades take 1+ year",
        context: "Who is the first wall? — 6. Cooling",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "Liquid cooling is required: GB200-class racks draw 120–150 kW and Vera Rubin's \
            190–230 kW, far past the ~30 kW air can remove. Coolant distribution units and other cooling \
            components take 12–18 months, with demand several times supply — but only trade reports say \
            so, and the equipment is ordered with the power it cools, which takes longer (years). So \
            cooling does not delay a run unless its lead time exceeds power's.",
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
        explanation: "True of new large plants and transmission, and of grid connections for large loads \
            (over four years in primary markets). Gas turbines are sold out to about 2030 and large \
            transformers take about 128 weeks, which strengthens the claim. But the fastest paths are \
            quicker: AI campuses have gone from groundbreaking to 1 GW in 1–3.6 years, with on-site gas. \
            (LBNL's five-year queue median is for generators, not data-center loads.)",
        sources: &[
            cite(&source::EPOCH_BUILDOUT_SPEED, "1–3.6 years from groundbreaking to 1 GW"),
            cite(&source::JLL_GRID_WAIT, "grid connections for data centers take over four years in primary markets"),
            cite(&source::WOODMAC_TRANSFORMERS, "large power transformers ≈128 weeks; supply 30 % short in 2025"),
            cite(&source::LBNL_QUEUED_UP, "generators: median ~5 years from interconnection request to operation"),
        ],
        calculation: None,
    },
    Claim {
        id: "timeline",
        claim: "Current (2025): memory bandwidth + data quality; then power infrastructure; long-term: the speed of light",
        context: "Who is the first wall? — Critical bottlenecks by timeline",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "Half right. Memory bandwidth limits serving today, not the size of a training run: \
            runs of 3.5e26–5e26 FLOP were trained in 2025, past any memory wall at 2025's scale; for \
            training, data movement lowers utilization beyond ~1e28 FLOP, a slope rather than a wall. \
            Data quality was a real constraint in 2025 (scaling pre-training data was \"a major \
            challenge\" for GPT-4.5, Epoch). Power next and the speed of light last agree with the 2026 \
            evidence, where power and chips bind around 2029 with data close behind.",
        sources: &[
            cite(&source::SOURCE_DIAGRAM, "Who is the first wall?: critical bottlenecks by timeline"),
            cite(&source::EPOCH_LARGE_SCALE_MODELS, "Grok 3 3.5e26, GPT-4.5 3.8e26, Grok 4 5e26 FLOP (2025)"),
            cite(&source::GHOLAMI_2024, "memory is the bottleneck \"particularly in serving\""),
        ],
        calculation: Some(timeline_calculation),
    },
    Claim {
        id: "hvdc-800v",
        claim: "800V HVDC: High-voltage direct current transmission (loss minimization)",
        context: "New For AI — Energy",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "800 V DC is low-voltage DC distribution inside the data hall, from a solid-state \
            rectifier to the racks — not high-voltage transmission (HVDC lines run at hundreds of \
            kilovolts). It does cut losses: up to 5 % end to end, and 15× less current than 54 V. NVIDIA \
            starts it with Kyber racks in 2027; Vera Rubin racks can take it as an option from 2026.",
        sources: &[
            cite(&source::NVIDIA_800V, "800 VDC to the rack: “up to 5 %” end-to-end efficiency; Kyber (2027)"),
            cite(&source::TRENDFORCE_800V, "800 V racks optional from Q3 2026, widespread from 2028"),
        ],
        calculation: None,
    },
    Claim {
        id: "smr-two-ways",
        claim: "SMR/HVDC – Switched-Mode Rectifier/High-Voltage Direct Current power systems",
        context: "Data Center Shift with AI — Power; New For AI — Energy",
        verdict: Verdict::HoldsWithCorrection,
        explanation: "The source diagrams spell SMR two ways: here a switched-mode rectifier, in New For AI \
            a small modular reactor. Both are real: switched-mode rectifiers convert power in every AI \
            rack, and small modular reactors are planned beside campuses — the first (Darlington's \
            BWRX-300) around 2029–2030, too late and too small (300 MWe) to move the 2030 power wall.",
        sources: &[
            cite(&source::SMR_ONTARIO, "BWRX-300, 300 MWe, commercial operation 2029–2030"),
            cite(&source::NVIDIA_800V, "solid-state rectification to 800 V DC"),
        ],
        calculation: None,
    },
];

/// The claim with this id.
pub fn lookup(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|claim| claim.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader opens a claim's evidence over HTTPS (an embed of one claim links its first source).
    #[test]
    fn every_claims_source_is_an_https_address_or_none() {
        for claim in CLAIMS {
            for citation in claim.sources {
                let url = citation.source.url;
                assert!(
                    url.is_empty() || url.starts_with("https://"),
                    "{}: {url}",
                    claim.id
                );
            }
        }
    }

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

    #[test]
    fn every_verdict_given_is_listed_in_all() {
        for claim in CLAIMS {
            assert!(Verdict::ALL.contains(&claim.verdict), "{}", claim.id);
        }
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

    /// EPRI, February 2026: 9–17 % of US electricity by 2030; the 7.5 % claim is outdated.
    #[test]
    fn epri_2026_makes_7_5_percent_outdated() {
        assert_eq!(
            lookup("us-electricity-2030").map(|c| c.verdict),
            Some(Verdict::Outdated)
        );
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
        let timeline = timeline_calculation();
        assert!(timeline.contains("speed of light"), "{timeline}");
        assert!(timeline.contains("history contradicts"), "{timeline}");
    }
}
