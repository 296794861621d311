//! Sweeps: the first wall as a distribution over the plausible ranges of every assumption.
//!
//! Monte Carlo draws each parameter from its registry distribution, centred on the visitor's
//! scenario: the median of every draw is the scenario's value, and the spread below and above it
//! comes from the registry's range (a log-distributed range is scaled by value/default, a linear
//! one shifted by value − default); choices stay as chosen. Some parameters move together: each
//! [`Factor`] is a shared driver (AI investment, the web's size, the network trend, build-out
//! speed) whose normal score enters the draws of the parameters it loads on. A sample whose walls
//! lie below a run that already happened is not a plausible world: it is counted as rejected and
//! left out of the shares ([`Ceilings::contradicts_history`]). Random numbers are counter-based —
//! a hash of the seed, the sample index and the parameter (or factor) index — so any sample can be
//! drawn alone, in any order, on the CPU or the GPU, and a seed reproduces a result anywhere.
//!
//! Each sample's walls are the model's own [`Ceilings`]: the sweep evaluates the same wall
//! definitions and crossings as the projection. This is the f64 reference. The GPU kernel
//! (`crates/gpu/shaders/sweep.wgsl`) mirrors [`pcg_hash`], [`uniform`], [`inverse_normal_cdf`],
//! [`Draw`], the factors and [`Ceilings`]; keep them in sync.

use crate::param::{Distribution, Param, ParamId, Span};
use crate::projection::{FIRST_YEAR, LAST_YEAR};
use crate::scenario::{Scenario, ScenarioError};
use crate::source::{self, Citation};
pub use crate::walls::memory_network::{
    BANDWIDTH_NEWTON_STEPS, FIBRE_KM_PER_S, REFERENCE_DATASET_TOKENS,
};
use crate::walls::WallId;
pub use crate::walls::REPEAT_DECAY_EPOCHS;
pub use crate::walls::{
    first_wall_index, first_wall_of, Ceilings, Context, Outcome, EXCESS_TOLERANCE,
    FLOP_PER_PARAM_TOKEN, NO_WALL, OUTCOMES, REFINE_STEPS, TIE_YEARS, YEAR_TOLERANCE,
};
// The GPU twin reads the model's constants from here.
pub use crate::units::{SECONDS_PER_MONTH, SECONDS_PER_YEAR};

/// Histogram bins per year of the binding-year distributions (1/64 year ≈ 5.7 days).
pub const BINS_PER_YEAR: usize = 64;
/// Histogram bins from [`FIRST_YEAR`] to [`LAST_YEAR`].
pub const YEAR_BINS: usize = BINS_PER_YEAR * (LAST_YEAR - FIRST_YEAR) as usize;
/// Counts in [`Tally::to_counts`]: first walls ([`OUTCOMES`]: six and "none"), then the first
/// wall's year histogram and each wall's, then the samples rejected as contradicting history.
pub const COUNTS_LEN: usize = OUTCOMES + (1 + WallId::ALL.len()) * YEAR_BINS + 1;

/// Where [`Tally::to_counts`] keeps the rejected samples.
pub const REJECTED_INDEX: usize = COUNTS_LEN - 1;

/// The z-score of the 90th percentile: registry ranges are 10th–90th percentiles.
const Z90: f64 = 1.281_551_565_545;

/// PCG hash (Jarzynski & Olano, "Hash Functions for GPU Rendering", JCGT 2020): a well-mixed
/// 32-bit to 32-bit permutation using only 32-bit integer arithmetic, so WGSL computes the same.
pub fn pcg_hash(input: u32) -> u32 {
    let state = input.wrapping_mul(747_796_405).wrapping_add(2_891_336_453);
    let word = ((state >> ((state >> 28) + 4)) ^ state).wrapping_mul(277_803_737);
    (word >> 22) ^ word
}

/// The uniform number in (0, 1) for a seed, sample and parameter: 24 random bits, so f32 holds it
/// exactly too. `pcg(pcg(sample ^ pcg(seed)) ^ pcg(param + φ))`; a sweep caches the seed's and
/// each parameter's hash.
pub fn uniform(seed: u32, sample: u32, param: u32) -> f64 {
    uniform_bits(sample_hash(pcg_hash(seed), sample), param_key(param))
}

/// The per-sample hash.
pub fn sample_hash(seed_hash: u32, sample: u32) -> u32 {
    pcg_hash(sample ^ seed_hash)
}

/// The per-parameter key.
pub fn param_key(param: u32) -> u32 {
    pcg_hash(param.wrapping_add(0x9e37_79b9))
}

/// The key of factor `k`: the key of a parameter index past the last parameter.
pub fn factor_key(factor: usize) -> u32 {
    // A handful of factors after the parameters: far below u32::MAX.
    #[allow(clippy::cast_possible_truncation)]
    param_key((ParamId::COUNT + factor) as u32)
}

/// A shared driver of several parameters: its standard-normal score enters the draw of each
/// parameter it loads on, `z = √(1 − l²)·z_own + l·z_factor`, so two parameters loading `l₁` and
/// `l₂` on one factor have a correlation of `l₁·l₂` between their normal scores, and each keeps
/// its own distribution. Only normally drawn parameters load on a factor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factor {
    /// Stable id.
    pub id: &'static str,
    /// What it is, for people.
    pub label: &'static str,
    /// Why these parameters move together.
    pub why: &'static str,
    /// The evidence for it, or for the assumption.
    pub source: Citation,
    /// The parameters it moves, and how strongly (loadings, 0–1).
    pub loadings: &'static [(ParamId, f64)],
}

/// How strongly each shared driver moves its parameters: a stated assumption — no source
/// publishes these correlations — of 0.7, a correlation of about 0.5 between any two of a factor's
/// parameters.
pub const LOADING: f64 = 0.7;

/// The shared drivers of the Monte Carlo (each parameter on at most one).
pub const FACTORS: [Factor; 4] = [
    Factor {
        id: "investment",
        label: "AI investment",
        why: "The same spending buys the chips and the data centers that house them: a world \
              that builds chips faster also builds campuses and AI power faster.",
        source: Citation {
            source: &source::EPOCH_2030,
            locator: "whether scaling continues “depends on [developers'] willingness to invest \
                      hundreds of billions” in chips and data centers alike [assumption: loading 0.7]",
        },
        loadings: &[
            (ParamId::ChipStockGrowth, LOADING),
            (ParamId::CampusGrowth, LOADING),
            (ParamId::PowerGrowth, LOADING),
        ],
    },
    Factor {
        id: "web-size",
        label: "Size of the web",
        why: "Text and image-and-video stocks are both estimated from the same web crawls; an \
              over- or underestimate of the indexed web moves both.",
        source: Citation {
            source: &source::VILLALOBOS_2024,
            locator: "stock estimates from the indexed web and Common Crawl [assumption: loading 0.7]",
        },
        loadings: &[
            (ParamId::TextStock, LOADING),
            (ParamId::MultimodalTokens, LOADING),
        ],
    },
    Factor {
        id: "network-trend",
        label: "Network hardware trend",
        why: "The bandwidth between sites in 2030 is the switch-chip trend carried forward: a faster \
              trend means both more bandwidth in 2030 and faster growth after.",
        source: Citation {
            source: &source::EPOCH_2030,
            locator: "footnotes 39–43: 4–20 Pbps by 2030 from the switch ASIC trend, 1.4–1.6×/yr \
                      [assumption: loading 0.7]",
        },
        loadings: &[
            (ParamId::InterSitePbps2030, LOADING),
            (ParamId::BandwidthGrowth, LOADING),
        ],
    },
    Factor {
        id: "build-out",
        label: "Build-out speed",
        why: "Power and cooling for a campus are built by the same contractors from the same \
              electrical and mechanical supply chains: when one is slow, so is the other.",
        source: Citation {
            source: &source::EPOCH_BUILDOUT_SPEED,
            locator: "1–3.6 years from groundbreaking to 1 GW, set by equipment and construction \
                      [assumption: loading 0.7]",
        },
        loadings: &[
            (ParamId::PowerLeadYears, LOADING),
            (ParamId::CoolingLeadYears, LOADING),
        ],
    },
];

/// The factor a parameter loads on, with its loading.
pub fn factor_of(param: ParamId) -> Option<(usize, f64)> {
    FACTORS.iter().enumerate().find_map(|(k, factor)| {
        factor
            .loadings
            .iter()
            .find(|(id, _)| *id == param)
            .map(|&(_, loading)| (k, loading))
    })
}

/// The uniform in (0, 1) of a sample hash and a parameter key.
pub fn uniform_bits(sample_hash: u32, param_key: u32) -> f64 {
    let h = pcg_hash(sample_hash ^ param_key);
    (f64::from(h >> 8) + 0.5) / 16_777_216.0
}

/// Φ⁻¹(p): the standard normal quantile (Acklam's rational approximation, relative error
/// 1.15e-9; plenty for sampling, and the same coefficients run in f32 on the GPU).
pub fn inverse_normal_cdf(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    const LOW: f64 = 0.024_25;
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < LOW {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - LOW {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// How one parameter is drawn around a value, with all that does not depend on the random
/// number worked out once: the table the GPU kernel receives (keep `sweep.wgsl` in sync).
///
/// In *draw space* — `ln` of the value for log-distributed parameters, the value itself
/// otherwise — a draw is `center + z·(z < 0 ? a : b)` with `z = Φ⁻¹(u)` (a two-piece normal:
/// published intervals are rarely symmetric), or `center + (u < ½ ? a·(1 − 2u) : b·(2u − 1))`
/// (a two-piece uniform over the range), clamped into `min..=max` (the parameter's limits, in
/// draw space). Either way the median is `center`, the scenario's value. A parameter on a
/// [`Factor`] mixes its own normal score with the factor's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Draw {
    /// Drawn in log space: the value is `exp` of the draw.
    pub log: bool,
    /// A two-piece normal (else uniform).
    pub normal: bool,
    /// The scenario's value, in draw space.
    pub center: f64,
    /// Normal: the spread below the centre. Uniform: the range's low end less the centre (≤ 0).
    pub a: f64,
    /// Normal: the spread above the centre. Uniform: the range's high end less the centre (≥ 0).
    pub b: f64,
    /// The parameter's lower limit, in draw space.
    pub min: f64,
    /// The parameter's upper limit, in draw space.
    pub max: f64,
    /// The [`FACTORS`] index it loads on, if any.
    pub factor: Option<usize>,
    /// Its loading on that factor (0 without one).
    pub loading: f64,
}

impl Draw {
    /// The draw of `param` around `value`: its registry interval (10th–90th percentiles for the
    /// normals, the whole range for the uniforms), moved with the scenario — scaled by
    /// value/default in log space, shifted by value − default in linear space.
    pub fn new(param: &Param, value: f64) -> Self {
        let (default, low, high) = (param.default, param.low, param.high);
        let fixed = Self {
            log: false,
            normal: false,
            center: value,
            a: 0.0,
            b: 0.0,
            min: param.min,
            max: param.max,
            factor: None,
            loading: 0.0,
        };
        let log = param.is_log_scaled();
        if !is_sampled(param) || (log && (value <= 0.0 || default <= 0.0 || low <= 0.0)) {
            return fixed;
        }
        let in_log = |x: f64| if x > 0.0 { x.ln() } else { f64::NEG_INFINITY };
        match param.distribution {
            Distribution::LogNormal => Self {
                log: true,
                normal: true,
                center: value.ln(),
                a: (default / low).ln() / Z90,
                b: (high / default).ln() / Z90,
                min: in_log(param.min),
                max: in_log(param.max),
                ..fixed
            },
            Distribution::Normal => Self {
                normal: true,
                a: (default - low) / Z90,
                b: (high - default) / Z90,
                ..fixed
            },
            Distribution::LogUniform => Self {
                log: true,
                normal: false,
                center: value.ln(),
                a: (low / default).ln(),
                b: (high / default).ln(),
                min: in_log(param.min),
                max: in_log(param.max),
                ..fixed
            },
            Distribution::Uniform => Self {
                a: low - default,
                b: high - default,
                ..fixed
            },
            Distribution::Fixed => fixed,
        }
    }

    /// The draw of parameter `id` around `value` as a sweep makes it: [`Self::new`], on the
    /// parameter's factor if it has one.
    pub fn of(id: ParamId, value: f64) -> Self {
        let draw = Self::new(id.spec(), value);
        match factor_of(id) {
            Some((k, loading)) => draw.on_factor(k, loading),
            None => draw,
        }
    }

    /// The same draw, loading `loading` on factor `factor`.
    pub fn on_factor(self, factor: usize, loading: f64) -> Self {
        Self {
            factor: self.normal.then_some(factor),
            loading: if self.normal { loading } else { 0.0 },
            ..self
        }
    }

    /// The draw for uniform `u` on its own (no factor), in draw space.
    pub fn in_draw_space(&self, u: f64) -> f64 {
        if self.normal {
            self.at_score(inverse_normal_cdf(u))
        } else {
            self.at_uniform(u)
        }
    }

    /// A normal draw for standard-normal score `z`, in draw space.
    fn at_score(&self, z: f64) -> f64 {
        (self.center + z * if z < 0.0 { self.a } else { self.b }).clamp(self.min, self.max)
    }

    /// A uniform draw for `u`, in draw space.
    fn at_uniform(&self, u: f64) -> f64 {
        let offset = if u < 0.5 {
            self.a * (1.0 - 2.0 * u)
        } else {
            self.b * (2.0 * u - 1.0)
        };
        (self.center + offset).clamp(self.min, self.max)
    }

    /// The draw for its own uniform `u` and the factors' scores, in draw space.
    pub fn in_draw_space_with(&self, u: f64, factor_scores: &[f64]) -> f64 {
        match self.factor {
            Some(k) if self.normal => {
                let own = inverse_normal_cdf(u);
                let shared = factor_scores.get(k).copied().unwrap_or(0.0);
                let z = (1.0 - self.loading * self.loading).sqrt() * own + self.loading * shared;
                self.at_score(z)
            }
            _ => self.in_draw_space(u),
        }
    }

    /// A value from draw space.
    pub fn value_of(&self, drawn: f64) -> f64 {
        if self.log {
            crate::float::exp(drawn)
        } else {
            drawn
        }
    }

    /// The value drawn for uniform `u` on its own (no factor): `u` is the quantile.
    pub fn at(&self, u: f64) -> f64 {
        self.value_of(self.in_draw_space(u))
    }
}

/// The samples of the sweep the Uncertainty view runs when it opens (an assumption: enough that a
/// share moves by well under a percentage point between seeds, few enough for a phone's second).
pub const DEFAULT_SAMPLES: u32 = 100_000;
/// The seed of that sweep.
pub const DEFAULT_SEED: u32 = 1;

/// A Monte Carlo sweep around a scenario: which parameters vary, and everything about the
/// scenario that stays fixed.
#[derive(Clone, Debug)]
pub struct Sweep {
    base: Scenario,
    context: Context,
    seed: u32,
    seed_hash: u32,
    /// The parameters that are drawn (not fixed, not choices), with their keys and draws.
    sampled: Vec<(ParamId, u32, Draw)>,
}

impl Sweep {
    /// A sweep around `base` with `seed`.
    pub fn new(base: &Scenario, seed: u32) -> Self {
        let sampled = ParamId::ALL
            .iter()
            .filter(|id| is_sampled(id.spec()))
            .map(|&id| (id, param_key(id as u32), Draw::of(id, base.get(id))))
            .collect();
        Self {
            base: base.clone(),
            context: Context::of(base),
            seed,
            seed_hash: pcg_hash(seed),
            sampled,
        }
    }

    /// The scenario it varies around.
    pub fn base(&self) -> &Scenario {
        &self.base
    }

    /// Its seed.
    pub fn seed(&self) -> u32 {
        self.seed
    }

    /// What the scenario's choices fix (the data center's power model, the demand anchor).
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// The parameters drawn, with how, in registry order.
    pub fn draws(&self) -> impl Iterator<Item = (ParamId, Draw)> + '_ {
        self.sampled.iter().map(|&(id, _, draw)| (id, draw))
    }

    /// The parameters drawn, in registry order.
    pub fn sampled(&self) -> impl Iterator<Item = ParamId> + '_ {
        self.sampled.iter().map(|&(id, _, _)| id)
    }

    /// The values of sample `index`.
    pub fn values(&self, index: u32) -> [f64; ParamId::COUNT] {
        let mut values = *self.base.values();
        let hash = sample_hash(self.seed_hash, index);
        let scores: [f64; FACTORS.len()] =
            std::array::from_fn(|k| inverse_normal_cdf(uniform_bits(hash, factor_key(k))));
        for (id, key, draw) in &self.sampled {
            let drawn = draw.in_draw_space_with(uniform_bits(hash, *key), &scores);
            values[*id as usize] = draw.value_of(drawn);
        }
        values
    }

    /// Sample `index` as a scenario.
    pub fn scenario(&self, index: u32) -> Scenario {
        self.base.with_values_clamped(self.values(index))
    }

    /// The walls of sample `index`.
    pub fn ceilings(&self, index: u32) -> Ceilings {
        Ceilings::new(&self.values(index), &self.context)
    }

    /// The outcome of sample `index` (whether or not history contradicts it).
    pub fn outcome(&self, index: u32) -> Outcome {
        self.ceilings(index).outcome()
    }

    /// Counts samples `start..end`: each is rejected if its walls contradict a run that happened,
    /// else its outcome counts.
    pub fn run(&self, start: u32, end: u32, tally: &mut Tally) {
        for index in start..end {
            let ceilings = self.ceilings(index);
            if ceilings.contradicts_history(&self.context.records) {
                tally.reject();
            } else {
                tally.add(&ceilings.outcome());
            }
        }
    }
}

/// Whether a sweep draws this parameter (choices and fixed ones stay as the scenario has them).
pub fn is_sampled(param: &Param) -> bool {
    !param.is_choice() && !matches!(param.distribution, Distribution::Fixed)
}

/// The histogram bin of a binding year.
pub fn year_bin(year: f64) -> usize {
    let bin = ((year - f64::from(FIRST_YEAR)) * BINS_PER_YEAR as f64).floor();
    // Clamped into range, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let bin = bin.clamp(0.0, (YEAR_BINS - 1) as f64) as usize;
    bin
}

/// The tallies of a Monte Carlo sweep. Adding two tallies of disjoint sample ranges gives the
/// tally of both, so a sweep can run in chunks (for progress and cancelling) or on a GPU.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// Samples drawn, rejected ones included.
    pub samples: u64,
    /// Samples whose walls lay below a run that already happened: not counted in the shares.
    pub rejected: u64,
    /// How often each wall came first, in [`WallId::ALL`] order, then "none before the horizon".
    pub first_counts: [u64; OUTCOMES],
    /// Histogram of the first wall's year ([`YEAR_BINS`] bins from [`FIRST_YEAR`]).
    pub first_year_bins: Vec<u32>,
    /// Histogram of each wall's binding year, in [`WallId::ALL`] order.
    pub wall_year_bins: Vec<Vec<u32>>,
}

impl Default for Tally {
    fn default() -> Self {
        Self {
            samples: 0,
            rejected: 0,
            first_counts: [0; OUTCOMES],
            first_year_bins: vec![0; YEAR_BINS],
            wall_year_bins: vec![vec![0; YEAR_BINS]; WallId::ALL.len()],
        }
    }
}

impl Tally {
    /// Counts one sample rejected as contradicting history.
    pub fn reject(&mut self) {
        self.samples += 1;
        self.rejected += 1;
    }

    /// The samples that count: drawn and not rejected.
    pub fn accepted(&self) -> u64 {
        self.samples.saturating_sub(self.rejected)
    }

    /// The share of samples rejected as contradicting history.
    pub fn rejected_share(&self) -> f64 {
        self.rejected as f64 / self.samples.max(1) as f64
    }

    /// Counts one outcome.
    pub fn add(&mut self, outcome: &Outcome) {
        self.samples += 1;
        self.first_counts[first_wall_index(outcome.first.map(|(wall, _)| wall))] += 1;
        if let Some((_, year)) = outcome.first {
            self.first_year_bins[year_bin(year)] += 1;
        }
        for (bins, year) in self.wall_year_bins.iter_mut().zip(outcome.wall_years) {
            if let Some(year) = year {
                bins[year_bin(year)] += 1;
            }
        }
    }

    /// The counts as one flat array — first walls ([`OUTCOMES`]), the first wall's year histogram, then
    /// each wall's ([`YEAR_BINS`] each), then the rejected samples ([`REJECTED_INDEX`]): the
    /// layout the GPU kernel and the browser's workers use.
    pub fn to_counts(&self) -> Vec<u32> {
        let mut counts = Vec::with_capacity(COUNTS_LEN);
        counts.extend(
            self.first_counts
                .iter()
                .map(|&n| u32::try_from(n).unwrap_or(u32::MAX)),
        );
        counts.extend_from_slice(&self.first_year_bins);
        for bins in &self.wall_year_bins {
            counts.extend_from_slice(bins);
        }
        counts.push(u32::try_from(self.rejected).unwrap_or(u32::MAX));
        counts
    }

    /// The tally of `samples` samples drawn, from [`Self::to_counts`]'s layout (missing counts
    /// are 0).
    pub fn from_counts(counts: &[u32], samples: u64) -> Self {
        let mut tally = Self {
            samples,
            rejected: counts.get(REJECTED_INDEX).map_or(0, |&n| u64::from(n)),
            ..Self::default()
        };
        for (slot, &count) in tally.first_counts.iter_mut().zip(counts) {
            *slot = u64::from(count);
        }
        let mut chunks = counts.get(OUTCOMES..).unwrap_or_default().chunks(YEAR_BINS);
        for bins in std::iter::once(&mut tally.first_year_bins).chain(&mut tally.wall_year_bins) {
            if let Some(chunk) = chunks.next() {
                bins[..chunk.len()].copy_from_slice(chunk);
            }
        }
        tally
    }

    /// Adds another tally (of other samples).
    pub fn merge(&mut self, other: &Self) {
        self.samples += other.samples;
        self.rejected += other.rejected;
        for (a, b) in self.first_counts.iter_mut().zip(other.first_counts) {
            *a += b;
        }
        for (a, b) in self.first_year_bins.iter_mut().zip(&other.first_year_bins) {
            *a += b;
        }
        for (wall_a, wall_b) in self.wall_year_bins.iter_mut().zip(&other.wall_year_bins) {
            for (a, b) in wall_a.iter_mut().zip(wall_b) {
                *a += b;
            }
        }
    }

    /// The share of the accepted samples in which `wall` came first.
    pub fn share(&self, wall: WallId) -> f64 {
        self.first_counts[wall as usize] as f64 / self.accepted().max(1) as f64
    }

    /// The share of the accepted samples in which no wall binds before the horizon.
    pub fn none_share(&self) -> f64 {
        self.first_counts[NO_WALL] as f64 / self.accepted().max(1) as f64
    }

    /// The `q`-quantile of the first wall's year, among samples where a wall binds.
    pub fn first_year_quantile(&self, q: f64) -> Option<f64> {
        quantile(&self.first_year_bins, q)
    }
}

/// The `q`-quantile of a year histogram, interpolated within its bin; `None` if it is empty.
pub fn quantile(bins: &[u32], q: f64) -> Option<f64> {
    let total: u64 = bins.iter().map(|&n| u64::from(n)).sum();
    if total == 0 {
        return None;
    }
    let target = q.clamp(0.0, 1.0) * total as f64;
    let mut seen = 0.0;
    for (i, &n) in bins.iter().enumerate() {
        let n = f64::from(n);
        if n > 0.0 && seen + n >= target {
            let within = ((target - seen) / n).clamp(0.0, 1.0);
            return Some(f64::from(FIRST_YEAR) + (i as f64 + within) / BINS_PER_YEAR as f64);
        }
        seen += n;
    }
    Some(f64::from(LAST_YEAR))
}

/// Two walls whose first-wall shares are closer than this (a fraction) are too close to call.
pub const TOO_CLOSE_TO_CALL: f64 = 0.05;

/// What a sweep says comes first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Leader {
    /// No plausible world: every draw contradicted history.
    NoWorld,
    /// No wall binds by the horizon in any plausible world.
    NoWall,
    /// One wall comes first clearly more often than any other: it, and its share.
    Clear(WallId, f64),
    /// The two most frequent first walls are within [`TOO_CLOSE_TO_CALL`]: both, with shares.
    TooClose((WallId, f64), (WallId, f64)),
}

impl Tally {
    /// The walls that come first in some plausible world, most often first, with their shares.
    pub fn ranked(&self) -> Vec<(WallId, f64)> {
        let mut ranked: Vec<(WallId, f64)> = WallId::ALL
            .into_iter()
            .map(|wall| (wall, self.share(wall)))
            .filter(|(_, share)| *share > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranked
    }

    /// What comes first: one wall clearly, two too close to call, or nothing.
    pub fn leader(&self) -> Leader {
        if self.accepted() == 0 {
            return Leader::NoWorld;
        }
        match self.ranked()[..] {
            [] => Leader::NoWall,
            [a, b, ..] if a.1 - b.1 < TOO_CLOSE_TO_CALL => Leader::TooClose(a, b),
            [a, ..] => Leader::Clear(a.0, a.1),
        }
    }
}

/// Fan series: demand, then each wall in [`WallId::ALL`] order.
pub const FAN_SERIES: usize = 7;
/// Fan years: every whole year from [`FIRST_YEAR`] to [`LAST_YEAR`].
pub const FAN_YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;
/// The quantiles of a fan: its low edge, middle and high edge.
pub const FAN_QUANTILES: [f64; 3] = [0.1, 0.5, 0.9];
/// Samples the Walls view's fans and odds draw by default.
pub const FAN_SAMPLES: u32 = 4_096;

/// The spread of demand and of every wall's ceiling across the plausible worlds of a sweep,
/// year by year, and how often each wall comes first there.
#[derive(Clone, Debug, PartialEq)]
pub struct Fans {
    /// The first walls of the same samples (rejected ones counted as such).
    pub tally: Tally,
    /// `log10` FLOP at [`FAN_QUANTILES`], per series and year: `quantiles[series][year][q]`;
    /// infinite where a wall cannot bind in that share of the worlds, −∞ where racks cannot be
    /// cooled at all. Empty without plausible worlds.
    pub quantiles: Vec<[[f64; 3]; FAN_YEARS]>,
}

impl Fans {
    /// The fans as one flat list (series, year, quantile), as the worker sends them.
    pub fn flat(&self) -> Vec<f64> {
        self.quantiles
            .iter()
            .flat_map(|series| series.iter().flat_map(|year| year.iter().copied()))
            .collect()
    }

    /// The fans from [`Self::flat`] and the tally's counts (`None` if the lengths are wrong).
    pub fn from_flat(flat: &[f64], counts: &[u32], samples: u64) -> Option<Self> {
        if !flat.is_empty() && flat.len() != FAN_SERIES * FAN_YEARS * 3 {
            return None;
        }
        let quantiles = flat
            .chunks_exact(FAN_YEARS * 3)
            .map(|series| {
                let mut years = [[0.0; 3]; FAN_YEARS];
                for (slot, q) in years.iter_mut().zip(series.chunks_exact(3)) {
                    slot.copy_from_slice(q);
                }
                years
            })
            .collect();
        Some(Self {
            tally: Tally::from_counts(counts, samples),
            quantiles,
        })
    }
}

/// Samples gathered for [`Fans`], in chunks (the page computes them a slice at a time when no
/// worker can).
#[derive(Clone, Debug, Default)]
pub struct FanSamples {
    tally: Tally,
    /// `log10` FLOP per series and year, one value per accepted sample.
    values: Vec<Vec<f64>>,
}

impl FanSamples {
    /// Adds samples `start..end` of `sweep`.
    pub fn run(&mut self, sweep: &Sweep, start: u32, end: u32) {
        if self.values.is_empty() {
            self.values = vec![Vec::new(); FAN_SERIES * FAN_YEARS];
        }
        for index in start..end {
            let ceilings = sweep.ceilings(index);
            if ceilings.contradicts_history(&sweep.context().records) {
                self.tally.reject();
                continue;
            }
            self.tally.add(&ceilings.outcome());
            for (y, year) in (FIRST_YEAR..=LAST_YEAR).enumerate() {
                let year = f64::from(year);
                self.values[y].push(ceilings.demand.at_year(year));
                for (w, wall) in WallId::ALL.into_iter().enumerate() {
                    let ceiling = wall
                        .components()
                        .iter()
                        .map(|&component| ceilings.log10_ceiling(component, year))
                        .fold(f64::INFINITY, f64::min);
                    self.values[(w + 1) * FAN_YEARS + y].push(ceiling);
                }
            }
        }
    }

    /// The fans of the samples gathered.
    pub fn finish(mut self) -> Fans {
        let quantiles = if self.tally.accepted() == 0 {
            Vec::new()
        } else {
            (0..FAN_SERIES)
                .map(|series| {
                    let mut years = [[0.0; 3]; FAN_YEARS];
                    for (y, slot) in years.iter_mut().enumerate() {
                        let values = &mut self.values[series * FAN_YEARS + y];
                        values.sort_by(f64::total_cmp);
                        for (q, out) in FAN_QUANTILES.iter().zip(slot.iter_mut()) {
                            // Nearest rank: a sample's own value, never between two.
                            let rank = (q * (values.len() - 1) as f64).round();
                            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                            let rank = rank as usize;
                            *out = values[rank];
                        }
                    }
                    years
                })
                .collect()
        };
        Fans {
            tally: self.tally,
            quantiles,
        }
    }
}

/// The fans of `samples` samples of `sweep`.
pub fn fans(sweep: &Sweep, samples: u32) -> Fans {
    let mut gathered = FanSamples::default();
    gathered.run(sweep, 0, samples);
    gathered.finish()
}

/// A whole Monte Carlo sweep of `samples` around `base`.
pub fn monte_carlo(base: &Scenario, samples: u32, seed: u32) -> Tally {
    let mut tally = Tally::default();
    Sweep::new(base, seed).run(0, samples, &mut tally);
    tally
}

/// The threads a native sweep runs on: every core (the CLI's and the benchmarks').
#[cfg(not(target_arch = "wasm32"))]
pub fn cpu_threads() -> u32 {
    std::thread::available_parallelism()
        .ok()
        .and_then(|n| u32::try_from(n.get()).ok())
        .unwrap_or(1)
}

/// A sweep's first `samples` on `threads` native threads: contiguous ranges of samples, tallies
/// merged (the same tally as one thread's, in any split).
#[cfg(not(target_arch = "wasm32"))]
pub fn monte_carlo_threads(sweep: &Sweep, samples: u32, threads: u32) -> Tally {
    let chunk = samples.div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..samples)
            .step_by(chunk as usize)
            .map(|start| {
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    sweep.run(start, start.saturating_add(chunk).min(samples), &mut tally);
                    tally
                })
            })
            .collect();
        let mut total = Tally::default();
        for worker in workers {
            // A worker only panics on a bug; propagate it as one (never drop its share).
            match worker.join() {
                Ok(tally) => total.merge(&tally),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        total
    })
}

/// How far apart two tallies of the same sweep may be and still count as the same answer: the
/// first-wall shares within half a percentage point, the first wall's 10th, 50th and 90th
/// percentile years within 0.05 years (about 18 days, three histogram bins).
pub const SHARE_TOLERANCE: f64 = 0.005;
/// See [`SHARE_TOLERANCE`].
pub const QUANTILE_TOLERANCE_YEARS: f64 = 0.05;

/// How closely two tallies agree (the GPU's f32 against the CPU's f64, on the same samples).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agreement {
    /// The largest difference in any wall's first-wall share (and "none") or in the share
    /// rejected, as a fraction.
    pub max_share_diff: f64,
    /// The largest difference in the first wall's p10, p50 and p90 years.
    pub max_quantile_diff_years: f64,
}

impl Agreement {
    /// Compares two tallies.
    pub fn of(a: &Tally, b: &Tally) -> Self {
        let max_share_diff = (0..OUTCOMES)
            .map(|i| {
                let share = |t: &Tally| t.first_counts[i] as f64 / t.accepted().max(1) as f64;
                (share(a) - share(b)).abs()
            })
            .fold((a.rejected_share() - b.rejected_share()).abs(), f64::max);
        let max_quantile_diff_years = [0.1, 0.5, 0.9]
            .into_iter()
            .map(
                |q| match (a.first_year_quantile(q), b.first_year_quantile(q)) {
                    (Some(x), Some(y)) => (x - y).abs(),
                    (None, None) => 0.0,
                    _ => f64::INFINITY,
                },
            )
            .fold(0.0, f64::max);
        Self {
            max_share_diff,
            max_quantile_diff_years,
        }
    }

    /// Within [`SHARE_TOLERANCE`] and [`QUANTILE_TOLERANCE_YEARS`].
    pub fn agrees(&self) -> bool {
        self.max_share_diff <= SHARE_TOLERANCE
            && self.max_quantile_diff_years <= QUANTILE_TOLERANCE_YEARS
    }
}

/// Why a sweep or grid request was refused. Each message names what to fix.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SweepError {
    /// No parameter has this id or key (unknown, or removed in model v2: the message says which,
    /// and what replaced it).
    #[error(transparent)]
    NotAParam(#[from] crate::scenario::ScenarioError),
    /// A choice cannot be an axis.
    #[error("{0} is a choice, not a number; a grid axis needs a number")]
    ChoiceAxis(&'static str),
    /// Not `ID:LOW:HIGH:N`.
    #[error(
        "expected an axis as ID:LOW:HIGH:N (e.g. power.campus_gw_2026:0.5:5:64), got {}",
        crate::format::echo(.0)
    )]
    AxisSyntax(String),
    /// A bound that is not a finite number within the parameter's limits, or low ≥ high.
    #[error(
        "{id}: the axis must run from low to high within {} … {} {unit}, got {} … {}",
        crate::format::exact(*.min),
        crate::format::exact(*.max),
        crate::format::exact(*.low),
        crate::format::exact(*.high)
    )]
    AxisRange {
        /// The parameter's id.
        id: &'static str,
        /// Asked for.
        low: f64,
        /// Asked for.
        high: f64,
        /// Its limits.
        min: f64,
        /// Its limits.
        max: f64,
        /// Its unit.
        unit: &'static str,
    },
    /// Too few or too many steps.
    #[error("an axis has 2 to {MAX_AXIS_STEPS} steps, got {}", crate::format::echo(.0))]
    AxisSteps(String),
    /// The same parameter on both axes.
    #[error("the two axes must be different parameters, both are {0}")]
    SameAxis(&'static str),
    /// Too few or too many samples.
    #[error(
        "samples must be a whole number from 1 to {MAX_SAMPLES}, got {}",
        crate::format::echo(.0)
    )]
    Samples(String),
}

/// The most samples one sweep takes (≈ 4 s per hundred million natively on one core — beyond that
/// the histograms' u32 counts could overflow).
pub const MAX_SAMPLES: u32 = 1 << 30;

/// Parses a sample count: a whole number, `1e6` and `1_000_000` allowed.
pub fn parse_samples(text: &str) -> Result<u32, SweepError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|&c| c != '_' && c != ',')
        .collect();
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|n| n.fract() == 0.0 && *n >= 1.0 && *n <= f64::from(MAX_SAMPLES))
        // Whole and in range, so the cast is exact.
        .map(|n| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let n = n as u32;
            n
        })
        .ok_or_else(|| SweepError::Samples(text.to_owned()))
}

/// The most steps along one axis of a grid.
pub const MAX_AXIS_STEPS: u32 = 1024;

/// One axis of a grid: a parameter from `low` to `high` in `steps` steps, evenly spaced in log
/// space for log-distributed parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    /// The parameter.
    pub param: ParamId,
    /// First value.
    pub low: f64,
    /// Last value.
    pub high: f64,
    /// Number of values (2 ..= [`MAX_AXIS_STEPS`]).
    pub steps: u32,
    /// Spaced evenly in log space.
    pub log: bool,
}

impl Axis {
    /// An axis over a parameter's plausible range.
    pub fn plausible(param: ParamId, steps: u32) -> Self {
        let spec = param.spec();
        Self {
            param,
            low: spec.low,
            high: spec.high,
            steps: steps.clamp(2, MAX_AXIS_STEPS),
            log: Span::of(spec, spec.low, spec.high).log,
        }
    }

    /// A checked axis.
    pub fn new(param: ParamId, low: f64, high: f64, steps: u32) -> Result<Self, SweepError> {
        let spec = param.spec();
        if spec.is_choice() {
            return Err(SweepError::ChoiceAxis(spec.id));
        }
        let in_limits = |x: f64| x.is_finite() && (spec.min..=spec.max).contains(&x);
        if !(in_limits(low) && in_limits(high) && low < high) {
            return Err(SweepError::AxisRange {
                id: spec.id,
                low,
                high,
                min: spec.min,
                max: spec.max,
                unit: spec.unit,
            });
        }
        if !(2..=MAX_AXIS_STEPS).contains(&steps) {
            return Err(SweepError::AxisSteps(steps.to_string()));
        }
        Ok(Self {
            param,
            low,
            high,
            steps,
            log: Span::of(spec, low, high).log,
        })
    }

    /// Parses `ID:LOW:HIGH:N` (id or short key).
    pub fn parse(text: &str) -> Result<Self, SweepError> {
        let parts: Vec<&str> = text.split(':').map(str::trim).collect();
        let [id, low, high, steps] = parts[..] else {
            return Err(SweepError::AxisSyntax(text.to_owned()));
        };
        let param = ParamId::lookup(id).ok_or_else(|| ScenarioError::not_a_param(id))?;
        let number = |t: &str| {
            t.parse::<f64>()
                .map_err(|_| SweepError::AxisSyntax(text.to_owned()))
        };
        let steps = steps
            .parse::<u32>()
            .map_err(|_| SweepError::AxisSteps(steps.to_owned()))?;
        Self::new(param, number(low)?, number(high)?, steps)
    }

    /// The values it spans.
    pub fn span(&self) -> Span {
        Span {
            low: self.low,
            high: self.high,
            log: self.log,
        }
    }

    /// The `i`-th value.
    pub fn value(&self, i: u32) -> f64 {
        self.span().at(f64::from(i) / f64::from(self.steps - 1))
    }
}

/// The phase diagram: the first wall in every cell of a grid over two parameters, all others
/// as in `base`. Cells are row by row, `y` outer (`cells[j·x.steps + i]`).
pub fn grid(base: &Scenario, x: &Axis, y: &Axis) -> Vec<Option<(WallId, f64)>> {
    grid_rows(base, x, y, 0, y.steps)
}

/// How many cells of a phase diagram each first wall takes, by [`first_wall_index`] (the last
/// count is "none before the horizon").
pub fn grid_counts(cells: &[Option<(WallId, f64)>]) -> [usize; OUTCOMES] {
    let mut counts = [0; OUTCOMES];
    for cell in cells {
        counts[first_wall_index(cell.map(|(wall, _)| wall))] += 1;
    }
    counts
}

/// Rows `start..end` of [`grid`] (for progress and cancelling).
pub fn grid_rows(
    base: &Scenario,
    x: &Axis,
    y: &Axis,
    start: u32,
    end: u32,
) -> Vec<Option<(WallId, f64)>> {
    let context = Context::of(base);
    let mut values = *base.values();
    // Rows past the axis do not exist, and a range that runs backwards is empty: the capacity
    // follows the rows computed, not the numbers asked for.
    let end = end.min(y.steps);
    let rows = end.saturating_sub(start);
    let mut cells = Vec::with_capacity(rows as usize * x.steps as usize);
    for j in start..end {
        values[y.param as usize] = y.value(j);
        for i in 0..x.steps {
            values[x.param as usize] = x.value(i);
            cells.push(Ceilings::new(&values, &context).outcome().first);
        }
    }
    cells
}

/// One parameter's swing in the tornado chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    /// The parameter.
    pub param: ParamId,
    /// Its 10th-percentile value, and the first wall there.
    pub low: (f64, Option<(WallId, f64)>),
    /// Its 90th-percentile value, and the first wall there.
    pub high: (f64, Option<(WallId, f64)>),
}

impl Swing {
    /// How far the first wall's year moves, years (no wall by the horizon counts as the
    /// horizon).
    pub fn years(&self) -> f64 {
        let year = |end: Option<(WallId, f64)>| end.map_or(f64::from(LAST_YEAR), |(_, y)| y);
        (year(self.high.1) - year(self.low.1)).abs()
    }
}

/// One-at-a-time sensitivity: each sampled parameter moved to the 10th and 90th percentile of
/// its sweep distribution, every other as in `base`; largest swing first.
pub fn sensitivity(base: &Scenario) -> Vec<Swing> {
    let sweep = Sweep::new(base, 0);
    let mut swings: Vec<Swing> = sweep
        .draws()
        .map(|(param, draw)| {
            let at = |u: f64| {
                let value = draw.at(u);
                let mut values = *base.values();
                values[param as usize] = value;
                (
                    value,
                    Ceilings::new(&values, sweep.context()).outcome().first,
                )
            };
            Swing {
                param,
                low: at(0.1),
                high: at(0.9),
            }
        })
        .collect();
    swings.sort_by(|a, b| b.years().total_cmp(&a.years()));
    swings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::PresetId;
    use crate::projection::project;

    fn epoch() -> Scenario {
        Scenario::preset(PresetId::Epoch2030)
    }

    fn evidence() -> Scenario {
        Scenario::preset(PresetId::Evidence2026)
    }

    #[test]
    fn the_hash_is_the_published_pcg_hash() {
        // pcg_hash(0): state = 2_891_336_453, shift = (state >> 28) + 4 = 14, word =
        // ((state >> 14) ^ state) · 277_803_737 mod 2³², result = (word >> 22) ^ word.
        assert_eq!(pcg_hash(0), 129_708_002);
        assert_ne!(pcg_hash(1), pcg_hash(2));
        let u = uniform(7, 123, 4);
        assert!(u > 0.0 && u < 1.0);
        assert_eq!(uniform(7, 123, 4).to_bits(), u.to_bits(), "deterministic");
        assert_ne!(uniform(7, 123, 4), uniform(7, 124, 4));
        assert_ne!(uniform(7, 123, 4), uniform(8, 123, 4));
        assert_ne!(uniform(7, 123, 4), uniform(7, 123, 5));
    }

    #[test]
    fn uniforms_are_uniform_and_independent() {
        let n = 100_000;
        let mut bins = [0u32; 10];
        let mut joint = [[0u32; 4]; 4];
        for i in 0..n {
            let (a, b) = (uniform(42, i, 3), uniform(42, i, 4));
            bins[(a * 10.0) as usize] += 1;
            joint[(a * 4.0) as usize][(b * 4.0) as usize] += 1;
        }
        for count in bins {
            assert!((9_500..10_500).contains(&count), "{bins:?}");
        }
        for count in joint.iter().flatten() {
            assert!((5_900..6_600).contains(count), "{joint:?}");
        }
    }

    #[test]
    fn inverse_normal_matches_known_quantiles() {
        for (p, z) in [
            (0.5, 0.0),
            (0.9, 1.281_551_565_5),
            (0.975, 1.959_963_984_5),
            (0.001, -3.090_232_306_2),
        ] {
            assert!((inverse_normal_cdf(p) - z).abs() < 1e-8, "{p}");
        }
    }

    #[test]
    fn draws_land_in_the_plausible_range_about_80_percent_of_the_time() {
        let base = evidence();
        for &id in ParamId::ALL {
            let spec = id.spec();
            if !is_sampled(spec) {
                continue;
            }
            let n = 20_000;
            let inside = (0..n)
                .filter(|&i| {
                    let v = Draw::new(spec, base.get(id)).at(uniform(1, i, id as u32));
                    (spec.low - 1e-9..=spec.high + 1e-9).contains(&v)
                })
                .count();
            let share = inside as f64 / f64::from(n);
            // Registry ranges are 10th–90th percentiles (a default at one end of its range puts
            // half the mass on it, 90 % inside); uniform ones are the whole range.
            if matches!(
                spec.distribution,
                Distribution::Uniform | Distribution::LogUniform
            ) {
                assert!(share > 0.999, "{}: {share}", spec.id);
            } else {
                assert!((0.77..0.92).contains(&share), "{}: {share}", spec.id);
            }
        }
    }

    /// The sweep evaluates the projection's own walls: every sample's outcome is the
    /// projection's.
    #[test]
    fn a_sample_is_the_projection_of_its_scenario() {
        let sweep = Sweep::new(&epoch(), 99);
        for index in 0..200 {
            let fast = sweep.outcome(index);
            let slow = project(&sweep.scenario(index));
            for (wall, year) in WallId::ALL.iter().zip(fast.wall_years) {
                assert_eq!(year, slow.wall(*wall).binds_in_year, "{index} {wall:?}");
            }
            assert_eq!(
                fast.first.map(|(_, y)| y),
                slow.first_wall.map(|b| b.year),
                "{index}"
            );
        }
    }

    #[test]
    fn a_sweep_is_reproducible_and_splits_into_chunks() {
        let base = epoch();
        let whole = monte_carlo(&base, 2_000, 5);
        let sweep = Sweep::new(&base, 5);
        let mut parts = Tally::default();
        sweep.run(0, 700, &mut parts);
        let mut rest = Tally::default();
        sweep.run(700, 2_000, &mut rest);
        parts.merge(&rest);
        assert_eq!(whole, parts);
        assert_eq!(monte_carlo(&base, 2_000, 5), whole);
        assert_eq!(Tally::from_counts(&whole.to_counts(), whole.samples), whole);
        assert_eq!(whole.to_counts().len(), COUNTS_LEN);
        assert_ne!(monte_carlo(&base, 2_000, 6), whole);
        let total: u64 = whole.first_counts.iter().sum();
        assert_eq!(total, whole.accepted());
        assert_eq!(total + whole.rejected, 2_000);
    }

    #[test]
    fn choices_and_fixed_parameters_stay_as_chosen() {
        let air = epoch()
            .with(
                ParamId::Cooling,
                ParamId::Cooling.spec().option_value("air").unwrap(),
            )
            .unwrap();
        let sweep = Sweep::new(&air, 1);
        for index in 0..50 {
            let values = sweep.values(index);
            for &id in ParamId::ALL {
                if !is_sampled(id.spec()) {
                    assert_eq!(
                        values[id as usize].to_bits(),
                        air.get(id).to_bits(),
                        "{}",
                        id.spec().id
                    );
                }
            }
        }
        assert!(sweep.sampled().count() >= 35);
    }

    /// Epoch's 2030 report: power binds first, then chip production; data is "the most
    /// uncertain"; the latency wall is "a distant constraint". Across the plausible ranges around
    /// its assumptions the first walls come in that order, and cooling — installed faster than the
    /// power it cools — almost never.
    #[test]
    fn an_epoch_sweep_matches_the_report_qualitatively() {
        let base = epoch();
        let tally = monte_carlo(&base, 20_000, 1);
        let share = |wall| tally.share(wall);
        assert!(share(WallId::Power) > share(WallId::Compute), "{tally:?}");
        assert!(share(WallId::Compute) > share(WallId::Data));
        assert!(share(WallId::Data) > share(WallId::MemoryNetwork));
        assert!(share(WallId::Cooling) < 0.02, "{}", share(WallId::Cooling));
        assert_eq!(share(WallId::Software), 0.0);
        let point = project(&base).first_wall.unwrap().year;
        let median = tally.first_year_quantile(0.5).unwrap();
        assert!((median - point).abs() < 1.5, "{median} vs {point}");
        assert!(tally.first_year_quantile(0.1).unwrap() < median);
        assert!(tally.first_year_quantile(0.9).unwrap() > median);
    }

    #[test]
    fn the_tornado_ranks_the_swings() {
        let swings = sensitivity(&epoch());
        assert_eq!(swings.len(), Sweep::new(&epoch(), 0).sampled().count());
        for pair in swings.windows(2) {
            assert!(pair[0].years() >= pair[1].years());
        }
        // The campus's growth moves the first wall; the fibre between sites does not.
        let rank = |id: ParamId| swings.iter().position(|s| s.param == id).unwrap();
        assert!(rank(ParamId::CampusGrowth) < rank(ParamId::FibreKm));
        assert!(swings[0].years() > 0.5, "{:?}", swings[0]);
        let top = swings[0];
        assert!(top.low.0 < top.high.0);
    }

    #[test]
    fn a_grid_over_power_and_data() {
        let x = Axis::parse("power.campus_gw_2026:0.01:100:16").unwrap();
        let y = Axis::parse("data.text_stock_tokens:1e13:1e16:8").unwrap();
        assert!(x.log && y.log);
        assert!((x.value(0) - 0.01).abs() < 1e-12 && (x.value(15) - 100.0).abs() < 1e-9);
        let cells = grid(&evidence(), &x, &y);
        assert_eq!(cells.len(), 16 * 8);
        // Little power: power first; 200 GW: some other wall.
        assert_eq!(cells[7 * 16].map(|c| c.0), Some(WallId::Power));
        assert_ne!(cells[7 * 16 + 15].map(|c| c.0), Some(WallId::Power));
        // More power never brings the power wall earlier.
        let row = &cells[7 * 16..8 * 16];
        let years: Vec<f64> = row.iter().map(|c| c.unwrap().1).collect();
        assert!(years.windows(2).all(|w| w[1] >= w[0] - 1e-9), "{years:?}");
        // Rows split exactly.
        let mut split = grid_rows(&evidence(), &x, &y, 0, 3);
        split.extend(grid_rows(&evidence(), &x, &y, 3, 8));
        assert_eq!(split, cells);
    }

    #[test]
    fn bad_axes_and_sample_counts_are_refused() {
        for bad in [
            "power.campus_gw_2026:1:200",
            "nope:1:2:3",
            "power.campus_gw_2026:5:1:10",
            "power.campus_gw_2026:1:NaN:10",
            "power.campus_gw_2026:1:1e300:10",
            "power.campus_gw_2026:1:2:1",
            "power.campus_gw_2026:1:2:5000",
            "datacenter.cooling:0:2:3",
        ] {
            assert!(Axis::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_samples("1e6"), Ok(1_000_000));
        assert_eq!(parse_samples("1_000"), Ok(1_000));
        for bad in ["0", "-5", "1.5", "abc", "1e12", "NaN", "inf"] {
            assert!(parse_samples(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn quantiles_of_a_histogram() {
        let mut bins = vec![0u32; YEAR_BINS];
        bins[year_bin(2030.0)] = 10;
        let q = quantile(&bins, 0.5).unwrap();
        assert!((q - 2030.0).abs() < 1.0 / 64.0);
        assert_eq!(quantile(&vec![0; YEAR_BINS], 0.5), None);
    }

    /// The standard-normal score behind a normal draw (its inverse, clamps aside).
    fn score(draw: &Draw, value: f64) -> f64 {
        let drawn = if draw.log { value.ln() } else { value };
        let d = drawn - draw.center;
        d / if d < 0.0 { draw.a } else { draw.b }
    }

    /// Issue 13's centring: with the spread from the registry's range, every sampled parameter's
    /// median is the scenario's value — also for a value away from the default and for the
    /// uniform parameters whose default sits at an end of their range (synthetic data, MoE).
    #[test]
    fn draws_are_centred_on_the_scenario() {
        let moved = evidence()
            .with(ParamId::DemandGrowth, 4.6)
            .and_then(|s| s.with(ParamId::TokensPerParam, 80.0))
            .and_then(|s| s.with(ParamId::SyntheticTokens, 2e14))
            .unwrap();
        for base in [evidence(), epoch(), moved] {
            let sweep = Sweep::new(&base, 11);
            let n = 20_001;
            let samples: Vec<[f64; ParamId::COUNT]> = (0..n).map(|i| sweep.values(i)).collect();
            for id in sweep.sampled() {
                let spec = id.spec();
                let mut column: Vec<f64> = samples.iter().map(|v| v[id as usize]).collect();
                column.sort_by(f64::total_cmp);
                let median = column[column.len() / 2];
                let value = base.get(id);
                let tolerance = 0.02 * (spec.high - spec.low).abs().max(value.abs());
                assert!(
                    (median - value).abs() <= tolerance,
                    "{}: median {median} against the scenario's {value}",
                    spec.id
                );
            }
        }
    }

    /// The declared correlation structure is what the draws have: two parameters on one factor
    /// correlate (in their normal scores) by the product of their loadings, parameters on
    /// different factors or none do not, and each keeps a standard normal score.
    #[test]
    fn factor_correlations_match_the_declared_loadings() {
        let sweep = Sweep::new(&evidence(), 3);
        let n = 20_000;
        // Normal draws that their limits clip in at most one sample in forty (a
        // clipped score is not the drawn one).
        let draws: Vec<(ParamId, Draw)> = sweep
            .draws()
            .filter(|(_, d)| {
                d.normal && d.center - 2.0 * d.a > d.min && d.center + 2.0 * d.b < d.max
            })
            .collect();
        for factor in &FACTORS {
            for (id, _) in factor.loadings {
                assert!(draws.iter().any(|(d, _)| d == id), "{id:?} is clipped");
            }
        }
        let scores: Vec<Vec<f64>> = draws
            .iter()
            .map(|(id, draw)| {
                (0..n)
                    .map(|i| score(draw, sweep.values(i)[*id as usize]))
                    .collect()
            })
            .collect();
        let mean = |x: &[f64]| x.iter().sum::<f64>() / x.len() as f64;
        let corr = |x: &[f64], y: &[f64]| {
            let (mx, my) = (mean(x), mean(y));
            let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
            let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
            let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
            cov / (vx * vy).sqrt()
        };
        for (i, (a, _)) in draws.iter().enumerate() {
            let z = &scores[i];
            let sd = (z.iter().map(|v| v * v).sum::<f64>() / z.len() as f64).sqrt();
            assert!(mean(z).abs() < 0.03 && (sd - 1.0).abs() < 0.05, "{a:?}");
            for (j, (b, _)) in draws.iter().enumerate().skip(i + 1) {
                let declared = match (factor_of(*a), factor_of(*b)) {
                    (Some((fa, la)), Some((fb, lb))) if fa == fb => la * lb,
                    _ => 0.0,
                };
                let sampled = corr(z, &scores[j]);
                assert!(
                    (sampled - declared).abs() < 0.035,
                    "{a:?} and {b:?}: sampled {sampled:.3}, declared {declared:.3}"
                );
            }
        }
        // Every loaded parameter is drawn from a normal, so its factor reaches it.
        for factor in &FACTORS {
            for (id, loading) in factor.loadings {
                assert!(is_sampled(id.spec()) && (0.0..1.0).contains(loading));
                assert!(
                    matches!(
                        id.spec().distribution,
                        Distribution::Normal | Distribution::LogNormal
                    ),
                    "{id:?}"
                );
                assert_eq!(factor_of(*id).map(|(k, _)| FACTORS[k].id), Some(factor.id));
            }
        }
    }

    /// Epoch AI's records: a sample is rejected exactly when its projection says history
    /// contradicts it — two separate checks (the sweep's, on the frontier records and every
    /// component; the projection's, on every run and every wall) that must agree.
    #[test]
    fn epoch_large_scale_models_rejected_samples_are_those_history_contradicts() {
        for base in [evidence(), Scenario::preset(PresetId::Pessimistic)] {
            let sweep = Sweep::new(&base, 17);
            let mut rejected = 0;
            for index in 0..1_500 {
                let contradicts = sweep
                    .ceilings(index)
                    .contradicts_history(&sweep.context().records);
                let warned = project(&sweep.scenario(index))
                    .warnings
                    .iter()
                    .any(|w| matches!(w, crate::projection::Warning::ContradictsHistory { .. }));
                assert_eq!(contradicts, warned, "sample {index}");
                rejected += u32::from(contradicts);
            }
            assert!(rejected > 0, "{:?}", base.preset_id());
            let mut tally = Tally::default();
            sweep.run(0, 1_500, &mut tally);
            assert_eq!(tally.rejected, u64::from(rejected));
            assert_eq!(tally.first_counts.iter().sum::<u64>(), tally.accepted());
        }
    }

    /// Centred draws give the scenario's own answer back where it is clear: the first wall most
    /// often drawn is the scenario's own, and that wall's median binding year is within a quarter
    /// of a year of the scenario's. The first wall's median year comes earlier, up to a year:
    /// it is the earliest of several uncertain walls binding within about a year of each other,
    /// and the earliest of several draws falls before each one's median.
    #[test]
    fn the_sweep_is_centred_on_the_scenarios_own_answer() {
        for base in [evidence(), epoch()] {
            let own = project(&base).first_wall.unwrap();
            let tally = monte_carlo(&base, 40_000, 1);
            let modal = WallId::ALL
                .into_iter()
                .max_by(|a, b| tally.share(*a).total_cmp(&tally.share(*b)))
                .unwrap();
            assert_eq!(modal, own.wall, "{:?}", base.preset_id());
            let wall_median = quantile(&tally.wall_year_bins[own.wall as usize], 0.5).unwrap();
            assert!(
                (wall_median - own.year).abs() <= 0.25,
                "{:?}: {wall_median} against {}",
                base.preset_id(),
                own.year
            );
            let first_median = tally.first_year_quantile(0.5).unwrap();
            assert!(
                first_median <= own.year && own.year - first_median <= 1.0,
                "{:?}: {first_median} against {}",
                base.preset_id(),
                own.year
            );
        }
    }

    /// The fans are the spread of the same walls the projection draws: the scenario's own
    /// ceilings lie inside the 10–90 % band in every year where both are finite, the middle
    /// near them, and the first-wall counts are the sweep's.
    #[test]
    fn fans_surround_the_scenarios_own_walls() {
        let base = evidence();
        let sweep = Sweep::new(&base, 1);
        let fans = fans(&sweep, 2_000);
        assert_eq!(fans.tally, monte_carlo(&base, 2_000, 1));
        let projection = project(&base);
        for (w, result) in projection.walls.iter().enumerate() {
            let Some(ceilings) = &result.ceiling_flop else {
                continue;
            };
            for (y, own) in ceilings.iter().enumerate() {
                let [p10, p50, p90] = fans.quantiles[w + 1][y];
                let own = own.log10();
                if p10.is_finite() && p90.is_finite() {
                    assert!(
                        p10 <= own && own <= p90,
                        "{:?} {y}: {own} outside {p10}–{p90}",
                        result.id
                    );
                    // Within a factor of about five: a wall that is the least of several
                    // uncertain limits (memory & network) has its median below its limits' own.
                    assert!(
                        (p50 - own).abs() < 0.75,
                        "{:?} {y}: {own} against {p50}",
                        result.id
                    );
                }
            }
        }
        let [d10, d50, d90] = fans.quantiles[0][6];
        assert!(d10 < d50 && d50 < d90);
        assert!((d50 - projection.demand_flop[6].log10()).abs() < 0.1);
        // Travels as a flat list and comes back.
        let back = Fans::from_flat(&fans.flat(), &fans.tally.to_counts(), fans.tally.samples);
        assert_eq!(back, Some(fans));
    }

    /// Rows are asked for by a worker request: a range that runs backwards or past the axis
    /// gives the rows that exist, with no overflow and no huge allocation.
    #[test]
    fn grid_rows_outside_the_axis_are_empty_not_a_panic() {
        let base = Scenario::preset(PresetId::Evidence2026);
        let x = Axis::plausible(ParamId::CampusGw2026, 4);
        let y = Axis::plausible(ParamId::DemandGrowth, 3);
        assert!(grid_rows(&base, &x, &y, 3, 2).is_empty());
        assert!(grid_rows(&base, &x, &y, 30, 2).is_empty());
        assert_eq!(
            grid_rows(&base, &x, &y, 1, u32::MAX),
            grid(&base, &x, &y)[4..].to_vec()
        );
    }

    #[test]
    fn the_leader_is_clear_or_too_close_to_call() {
        let evidence = monte_carlo(&evidence(), 20_000, 1);
        assert!(matches!(evidence.leader(), Leader::Clear(WallId::Power, _)));
        let source = monte_carlo(&Scenario::preset(PresetId::Source2025), 2_000, 1);
        assert!(matches!(
            source.leader(),
            Leader::Clear(WallId::MemoryNetwork, _) | Leader::NoWorld
        ));
        let close = Tally {
            first_counts: [0, 0, 48, 0, 52, 0, 0],
            samples: 100,
            ..Tally::default()
        };
        assert_eq!(
            close.leader(),
            Leader::TooClose((WallId::Power, 0.52), (WallId::Compute, 0.48))
        );
        let mut none = Tally::default();
        none.reject();
        assert_eq!(none.leader(), Leader::NoWorld);
    }
}
