// Monte Carlo sweeps and phase-diagram grids of the First Wall model, one sample or cell per
// invocation.
//
// Mirrors `firstwall_model::sweep` and `firstwall_model::walls` (the f64 reference): the
// counter-based random numbers (`pcg_hash`, `uniform_bits`), the draws (`Draw`), Acklam's inverse
// normal, the walls reduced to numbers (`Ceilings`), their ceilings in any year
// (`Ceilings::log10_ceiling`) and the crossings (`Ceilings::crossing`: closed form for static
// ceilings; a quarter-year scan through the observed era, then one bracket or a yearly scan;
// Illinois regula falsi). Works in f32, in log10 space, with years counted from 2024 (τ) so that
// f32 keeps them to minutes. Keep the two in sync; `tests/sweep.rs` compares them sample by
// sample and share by share.

// Parameter indices: the order of `firstwall_model::ParamId`. `tests/sweep.rs` checks every one.
const P_DEMAND_GROWTH: u32 = 0u;
const P_RUN_MONTHS: u32 = 2u;
const P_RUN_GROWTH: u32 = 3u;
const P_MAX_RUN_MONTHS: u32 = 4u;
const P_UTILIZATION: u32 = 5u;
const P_PRECISION_SPEEDUP: u32 = 6u;
const P_TEXT_STOCK: u32 = 7u;
const P_STOCK_GROWTH: u32 = 8u;
const P_QUALITY_FRACTION: u32 = 9u;
const P_EPOCHS: u32 = 10u;
const P_MULTIMODAL_TOKENS: u32 = 11u;
const P_SYNTHETIC_TOKENS: u32 = 12u;
const P_TOKENS_PER_PARAM: u32 = 13u;
const P_MOE_ACTIVE_FRACTION: u32 = 14u;
const P_CHIP_STOCK2025: u32 = 16u;
const P_CHIP_STOCK_GROWTH: u32 = 17u;
const P_LAB_SHARE: u32 = 18u;
const P_TRAINING_FRACTION: u32 = 19u;
const P_RUN_SHARE: u32 = 20u;
const P_KNEE_FLOP: u32 = 21u;
const P_UTILIZATION_SLOPE: u32 = 22u;
const P_MIN_UTILIZATION_SHARE: u32 = 23u;
const P_LAYER_LATENCY_US: u32 = 24u;
const P_BATCH_TOKENS: u32 = 25u;
const P_BATCH_EXPONENT: u32 = 26u;
const P_DEPTH_COEFFICIENT: u32 = 27u;
const P_FIBRE_KM: u32 = 28u;
const P_INTER_SITE_PBPS2030: u32 = 29u;
const P_BANDWIDTH_GROWTH: u32 = 30u;
const P_GRADIENT_BITS: u32 = 31u;
const P_STEPS_PER_SYNC: u32 = 32u;
const P_CAMPUS_GW2026: u32 = 33u;
const P_CAMPUS_GROWTH: u32 = 34u;
const P_AI_CAPACITY_GW2025: u32 = 35u;
const P_POWER_GROWTH: u32 = 36u;
const P_EFFICIENCY_GROWTH: u32 = 37u;
const P_POWER_LEAD_YEARS: u32 = 38u;
const P_COOLING_LEAD_YEARS: u32 = 39u;
const P_FREE_COOLING_SHARE: u32 = 43u;
const P_NETWORK_SHARE: u32 = 45u;
// Keep in sync with `ParamId::COUNT`.
const PARAM_COUNT: u32 = 52u;

// Components, in `ComponentId::ALL` order.
const C_DATA: u32 = 0u;
const C_CHIPS: u32 = 1u;
const C_DATA_MOVEMENT: u32 = 2u;
const C_LATENCY: u32 = 3u;
const C_BANDWIDTH: u32 = 4u;
const C_LIGHT: u32 = 5u;
const C_POWER: u32 = 6u;
const C_COOLING: u32 = 7u;

// Cooling cases. Keep in sync with `CoolingCase`.
const COOLING_CANNOT_BIND: u32 = 0u;
const COOLING_RACKS_TOO_DENSE: u32 = 1u;
const COOLING_LATE: u32 = 2u;

// The shared drivers of the draws. Keep in sync with `FACTORS` (their keys follow the
// parameters': `factor_key`).
const FACTOR_COUNT: u32 = 4u;
const NO_FACTOR: u32 = 0xffffffffu;

// Histogram layout. Keep in sync with `BINS_PER_YEAR`, `YEAR_BINS` and `Tally`.
const BINS_PER_YEAR: f32 = 64.0;
const YEAR_BINS: u32 = 1024u;
// Keep in sync with `REJECTED_INDEX` (tests/shaders.rs checks it).
const REJECTED_INDEX: u32 = 7u + 7u * YEAR_BINS;
const HORIZON_YEARS: f32 = 16.0;
// No wall before the horizon: the seventh outcome, after the six walls. Keep in sync with
// `firstwall_model::walls::NO_WALL` (tests/shaders.rs checks it).
const NO_WALL: u32 = 6u;
// Refining a crossing. Keep in sync with `YEAR_TOLERANCE`, `REFINE_STEPS`, `EXCESS_TOLERANCE`
// and `TIE_YEARS` in `firstwall_model::walls`.
const YEAR_TOLERANCE: f32 = 0.000244140625;
const REFINE_STEPS: u32 = 24u;
const EXCESS_TOLERANCE: f32 = 1e-5;
const TIE_YEARS: f32 = 0.0009765625;
// Keep in sync with `BANDWIDTH_NEWTON_STEPS`.
const NEWTON_STEPS: u32 = 5u;
// Keep in sync with `MIN_COOLING_OVERHEAD`.
const MIN_COOLING_OVERHEAD: f32 = 0.01;
const LN_10: f32 = 2.302585093;
// A year no crossing reaches.
const NEVER: f32 = 1e9;
// A ceiling above (below) any demand, log10 FLOP: the kernel's ±∞.
const UNBOUNDED: f32 = 1e30;

// Keep in sync with `SweepConfig` in `crates/gpu/src/sweep.rs`.
struct Config {
    seed_hash: u32,
    start: u32,
    count: u32,
    // 0: Monte Carlo into the histograms; 1: a grid of cells.
    mode: u32,
    x_param: u32,
    y_param: u32,
    x_steps: u32,
    y_steps: u32,
    // Axes in draw space: ln of the value where `*_log` is 1.
    x_low: f32,
    x_high: f32,
    y_low: f32,
    y_high: f32,
    x_log: u32,
    y_log: u32,
    // The first grid row of this dispatch.
    y_start: u32,
    // Whether the chosen cooling takes the chosen racks (`Context::racks_fit`).
    racks_fit: u32,
    // The data center's power model (`FacilityModel`, `PueLine`), and its baseline year (τ).
    server_w_at_nameplate: f32,
    chain_overhead: f32,
    cooling_overhead_hot: f32,
    cooling_overhead_range: f32,
    baseline_t: f32,
    // The demand trend's reference (τ, log10 FLOP).
    demand_t0: f32,
    demand_log10_flop: f32,
    // Physics and references, from the model's constants.
    log10_h100_flop_per_s: f32,
    seconds_per_month: f32,
    log10_seconds_per_year: f32,
    fibre_km_per_s: f32,
    flop_per_param_token: f32,
    repeat_decay_epochs: f32,
    log10_reference_dataset: f32,
    ln_reference_dataset: f32,
    history_scan_years: f32,
    // What happened: the observed growth before each anchor (log10 per year), and the anchors (τ).
    stock_history: f32,
    campus_history: f32,
    capacity_history: f32,
    efficiency_history: f32,
    stock_t0: f32,
    campus_t0: f32,
    capacity_t0: f32,
    run_t0: f32,
    // Today (τ): `Ceilings::today`. Then padding to a multiple of 16 bytes.
    today_t: f32,
    pad0: f32,
    pad1: f32,
    pad2: f32,
    // The frontier records (`Records`): publication years (τ) and log10 FLOP, four to a vector.
    record_t: array<vec4<f32>, 2>,
    record_flop: array<vec4<f32>, 2>,
    record_count: u32,
    pad3: u32,
    pad4: u32,
    pad5: u32,
}

// Keep in sync with `GpuDraw` in `crates/gpu/src/sweep.rs` and `Draw` in the model.
struct Draw {
    is_log: u32,
    normal: u32,
    key: u32,
    // The factor it loads on (`NO_FACTOR` for none), with √(1 − l²) and l.
    factor: u32,
    center: f32,
    a: f32,
    b: f32,
    lo: f32,
    hi: f32,
    independent: f32,
    loading: f32,
    _pad3: f32,
}

@group(0) @binding(0) var<uniform> config: Config;
@group(0) @binding(1) var<storage, read> draws: array<Draw>;
// Monte Carlo: first-wall counts (7), then the first wall's year histogram, then each wall's,
// then the samples rejected as contradicting history (`REJECTED_INDEX`).
@group(0) @binding(2) var<storage, read_write> tally: array<atomic<u32>>;
// Grid: per cell, the first wall (as f32, 6 for none) and its year.
@group(0) @binding(3) var<storage, read_write> cells: array<f32>;

fn pcg_hash(input: u32) -> u32 {
    let state = input * 747796405u + 2891336453u;
    let word = ((state >> ((state >> 28u) + 4u)) ^ state) * 277803737u;
    return (word >> 22u) ^ word;
}

fn uniform_bits(sample_hash: u32, key: u32) -> f32 {
    let h = pcg_hash(sample_hash ^ key);
    return (f32(h >> 8u) + 0.5) / 16777216.0;
}

// Acklam's rational approximation of the standard normal quantile.
fn inverse_normal_cdf(p: f32) -> f32 {
    let low = 0.02425;
    if p < low || p > 1.0 - low {
        let q = sqrt(-2.0 * log(select(1.0 - p, p, p < low)));
        let num = ((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q
            - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783;
        let den = (((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q
            + 3.754408661907416) * q + 1.0;
        return select(-num / den, num / den, p < low);
    }
    let q = p - 0.5;
    let r = q * q;
    let num = (((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r
        + 1.383577518672690e2) * r - 3.066479806614716e1) * r + 2.506628277459239) * q;
    let den = ((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r
        + 6.680131188771972e1) * r - 1.328068155288572e1) * r + 1.0;
    return num / den;
}

fn log10_of(x: f32) -> f32 {
    return log(x) / LN_10;
}

fn pow10(x: f32) -> f32 {
    return exp(x * LN_10);
}

// One sample's values, indexed by parameter.
var<private> v: array<f32, PARAM_COUNT>;
// One sample's factor scores (`Sweep::values`).
var<private> factor_scores: array<f32, FACTOR_COUNT>;

// `Draw::in_draw_space_with`, then out of draw space: a two-piece normal (mixing in the factor's
// score) or a two-piece uniform, both with their median at the centre.
fn draw_value(d: Draw, u: f32) -> f32 {
    var drawn: f32;
    if d.normal == 1u {
        var z = inverse_normal_cdf(u);
        if d.factor != NO_FACTOR {
            z = d.independent * z + d.loading * factor_scores[d.factor];
        }
        drawn = d.center + z * select(d.b, d.a, z < 0.0);
    } else {
        drawn = d.center + select(d.b * (2.0 * u - 1.0), d.a * (1.0 - 2.0 * u), u < 0.5);
    }
    drawn = clamp(drawn, d.lo, d.hi);
    return select(drawn, exp(drawn), d.is_log == 1u);
}

// A straight line in log10 space: at + slope·(τ − t0). Keep in sync with `Line`.
struct Line {
    t0: f32,
    at: f32,
    slope: f32,
}

fn line_at(l: Line, tau: f32) -> f32 {
    return l.at + l.slope * (tau - l.t0);
}

// Observed growth before the anchor, the scenario's after. Keep in sync with `Anchored`.
struct Anchored {
    t0: f32,
    at: f32,
    history: f32,
    forecast: f32,
}

fn anchored_at(a: Anchored, tau: f32) -> f32 {
    let dt = tau - a.t0;
    return a.at + dt * select(a.forecast, a.history, dt < 0.0);
}

// Keep in sync with `Ceilings` in `firstwall_model::walls`.
struct Ceilings {
    demand: Line,
    run_at: f32,
    run_slope: f32,
    run_cap: f32,
    log10_flop_per_h100e_s: f32,
    knee: f32,
    beta: f32,
    stock: Anchored,
    log10_run_share: f32,
    campus: Anchored,
    distributed: Anchored,
    watts: Anchored,
    cooling_case: u32,
    cooling_late: f32,
    data_coefficient: f32,
    data_stock: f32,
    data_ln_growth: f32,
    data_synthetic: f32,
    latency: f32,
    light: f32,
    has_floor: u32,
    floor_h100e: f32,
    net_coefficient: f32,
    ln_syncs: f32,
    gamma: f32,
    ln_two_bits: f32,
    ln_bandwidth_2030: f32,
    ln_bandwidth_growth: f32,
    ln_sync_s: f32,
}

var<private> c: Ceilings;

fn effective_epochs(epochs: f32) -> f32 {
    let k = config.repeat_decay_epochs;
    return 1.0 + k * (1.0 - exp(-(epochs - 1.0) / k));
}

fn build_ceilings() {
    let log10_flop_per_h100e_s = config.log10_h100_flop_per_s + log10_of(v[P_PRECISION_SPEEDUP])
        + log10_of(v[P_UTILIZATION]);
    c.log10_flop_per_h100e_s = log10_flop_per_h100e_s;
    c.run_at = log10_of(v[P_RUN_MONTHS] / 12.0);
    c.run_slope = log10_of(v[P_RUN_GROWTH]);
    c.run_cap = log10_of(v[P_MAX_RUN_MONTHS] / 12.0);
    c.knee = log10_of(v[P_KNEE_FLOP]) - log10_flop_per_h100e_s
        - log10_of(3.0 * config.seconds_per_month);
    c.beta = v[P_UTILIZATION_SLOPE];
    let log10_run_share = log10_of(v[P_LAB_SHARE] * v[P_TRAINING_FRACTION] * v[P_RUN_SHARE]);
    c.log10_run_share = log10_run_share;

    // Power per H100e (`FacilityModel::power`).
    let it_w = config.server_w_at_nameplate / (1.0 - v[P_NETWORK_SHARE]);
    let cooling_overhead = max(
        config.cooling_overhead_hot - v[P_FREE_COOLING_SHARE] * config.cooling_overhead_range,
        MIN_COOLING_OVERHEAD,
    );
    let facility_w = it_w * (1.0 + config.chain_overhead + cooling_overhead);

    c.stock = Anchored(config.stock_t0, log10_of(v[P_CHIP_STOCK2025]), config.stock_history,
        log10_of(v[P_CHIP_STOCK_GROWTH]));
    c.campus = Anchored(config.campus_t0, log10_of(v[P_CAMPUS_GW2026]) + 9.0, config.campus_history,
        log10_of(v[P_CAMPUS_GROWTH]));
    c.distributed = Anchored(config.capacity_t0, log10_of(v[P_AI_CAPACITY_GW2025]) + 9.0 + log10_run_share,
        config.capacity_history, log10_of(v[P_POWER_GROWTH]));
    c.watts = Anchored(config.baseline_t, log10_of(facility_w), -config.efficiency_history,
        -log10_of(v[P_EFFICIENCY_GROWTH]));

    if config.racks_fit == 0u {
        c.cooling_case = COOLING_RACKS_TOO_DENSE;
    } else {
        let late = v[P_COOLING_LEAD_YEARS] - v[P_POWER_LEAD_YEARS];
        c.cooling_case = select(COOLING_CANNOT_BIND, COOLING_LATE, late > 0.0);
        c.cooling_late = late;
    }

    // Data.
    let r = v[P_TOKENS_PER_PARAM];
    let active_share = v[P_MOE_ACTIVE_FRACTION];
    c.data_coefficient = log10_of(config.flop_per_param_token * active_share / r);
    c.data_stock = v[P_TEXT_STOCK] * v[P_QUALITY_FRACTION] * effective_epochs(v[P_EPOCHS])
        + v[P_MULTIMODAL_TOKENS];
    c.data_ln_growth = log(v[P_STOCK_GROWTH]);
    c.data_synthetic = v[P_SYNTHETIC_TOKENS];

    // Memory & network (`NetworkCurves::new`).
    let gamma = v[P_BATCH_EXPONENT];
    let log10_b0 = log10_of(v[P_BATCH_TOKENS]);
    let log10_max_run_s = c.run_cap + config.log10_seconds_per_year;
    let sync_s = 2.0 * v[P_FIBRE_KM] / config.fibre_km_per_s;
    let net_coefficient = log10_of(config.flop_per_param_token * active_share * r);
    c.net_coefficient = net_coefficient;
    let log10_latency_params = (log10_max_run_s + log10_b0 - log10_of(v[P_LAYER_LATENCY_US]) + 6.0
        - log10_of(v[P_DEPTH_COEFFICIENT]) - (1.0 - gamma) * log10_of(r)
        - gamma * config.log10_reference_dataset) / (4.0 / 3.0 - gamma);
    c.latency = net_coefficient + 2.0 * log10_latency_params;
    let log10_light_tokens = (log10_of(v[P_STEPS_PER_SYNC]) + log10_max_run_s - log10_of(sync_s)
        + log10_b0 - gamma * config.log10_reference_dataset) / (1.0 - gamma);
    c.light = log10_of(config.flop_per_param_token * active_share / r) + 2.0 * log10_light_tokens;
    let floor_share = v[P_MIN_UTILIZATION_SHARE];
    c.has_floor = 0u;
    if floor_share >= 1.0 {
        c.has_floor = 1u;
        c.floor_h100e = c.knee;
    } else if floor_share > 0.0 && c.beta > 0.0 {
        let floor_h100e = c.knee - log10_of(floor_share) / c.beta;
        if floor_h100e < c.knee + 20.0 {
            c.has_floor = 1u;
            c.floor_h100e = floor_h100e;
        }
    }
    c.ln_syncs = (1.0 - gamma) * log(r) + gamma * config.ln_reference_dataset
        - log(v[P_BATCH_TOKENS]) - log(v[P_STEPS_PER_SYNC]);
    c.gamma = gamma;
    c.ln_two_bits = log(2.0 * v[P_GRADIENT_BITS]);
    c.ln_bandwidth_2030 = log(v[P_INTER_SITE_PBPS2030]) + 15.0 * LN_10;
    c.ln_bandwidth_growth = log(v[P_BANDWIDTH_GROWTH]);
    c.ln_sync_s = log(sync_s);

    c.demand = Line(config.demand_t0, config.demand_log10_flop, log10_of(v[P_DEMAND_GROWTH]));
}

// `RunLength::log10_years`.
fn run_log10_years(tau: f32) -> f32 {
    return min(c.run_at + c.run_slope * max(tau - config.run_t0, 0.0), c.run_cap);
}

// `Ceilings::run_start`.
fn run_start(tau: f32) -> f32 {
    return tau - pow10(run_log10_years(tau));
}

// `Ceilings::log10_flop`.
fn log10_flop(log10_h100e: f32, tau: f32) -> f32 {
    let past_knee = max(log10_h100e - c.knee, 0.0);
    return log10_h100e - c.beta * past_knee + c.log10_flop_per_h100e_s + run_log10_years(tau)
        + config.log10_seconds_per_year;
}

// `PowerCurve::log10_h100e`.
fn power_h100e(power_t: f32, chip_t: f32) -> f32 {
    return max(anchored_at(c.campus, power_t), anchored_at(c.distributed, power_t))
        - anchored_at(c.watts, chip_t);
}

// `NetworkCurves::ln_bandwidth_params`.
fn ln_bandwidth_params(tau: f32) -> f32 {
    let ln_run_s = run_log10_years(tau) * LN_10 + config.log10_seconds_per_year * LN_10;
    let ln_a = c.ln_two_bits - c.ln_bandwidth_2030 - c.ln_bandwidth_growth * (tau - 6.0);
    let one_minus_gamma = 1.0 - c.gamma;
    let goal = ln_run_s - c.ln_syncs;
    let bandwidth_only = (goal - ln_a) / (2.0 - c.gamma);
    let latency_only = (goal - c.ln_sync_s) / one_minus_gamma;
    var x = min(bandwidth_only, latency_only);
    let wait = exp(c.ln_sync_s);
    for (var i = 0u; i < NEWTON_STEPS; i++) {
        let transfer = exp(min(ln_a + x, 80.0));
        let g = one_minus_gamma * x + log(transfer + wait) - goal;
        let slope = one_minus_gamma + transfer / (transfer + wait);
        x -= g / slope;
    }
    return x;
}

// `Ceilings::log10_ceiling`.
fn log10_ceiling(component: u32, tau: f32) -> f32 {
    switch component {
        case C_DATA: {
            let tokens = c.data_stock * exp(c.data_ln_growth * tau) + c.data_synthetic;
            return c.data_coefficient + 2.0 * log10_of(tokens);
        }
        case C_CHIPS: {
            return log10_flop(anchored_at(c.stock, run_start(tau)) + c.log10_run_share, tau);
        }
        case C_POWER: {
            let start = run_start(tau);
            return log10_flop(power_h100e(start, start), tau);
        }
        case C_COOLING: {
            if c.cooling_case == COOLING_CANNOT_BIND {
                return UNBOUNDED;
            }
            if c.cooling_case == COOLING_RACKS_TOO_DENSE {
                return -UNBOUNDED;
            }
            // `Ceilings::cooled`: what runs today was cooled; the lag holds back what is built after.
            let start = run_start(tau);
            let cooled = max(start - c.cooling_late, min(start, config.today_t));
            return log10_flop(power_h100e(cooled, start), tau);
        }
        case C_DATA_MOVEMENT: {
            if c.has_floor == 0u {
                return UNBOUNDED;
            }
            return log10_flop(c.floor_h100e, tau);
        }
        case C_LATENCY: {
            return c.latency;
        }
        case C_LIGHT: {
            return c.light;
        }
        default: {
            let start = run_start(tau);
            let campus = log10_flop(anchored_at(c.campus, start) - anchored_at(c.watts, start), tau);
            return max(c.net_coefficient + 2.0 * ln_bandwidth_params(tau) / LN_10, campus);
        }
    }
}

fn excess(component: u32, tau: f32) -> f32 {
    return line_at(c.demand, tau) - log10_ceiling(component, tau);
}

// `Ceilings::history_end`, in τ.
fn history_end(component: u32) -> f32 {
    let longest_run = pow10(c.run_cap);
    let power = max(max(c.campus.t0, c.distributed.t0), c.watts.t0);
    var end = 0.0;
    if component == C_CHIPS {
        end = c.stock.t0 + longest_run;
    } else if component == C_POWER || component == C_BANDWIDTH {
        end = power + longest_run;
    } else if component == C_COOLING && c.cooling_case == COOLING_LATE {
        end = max(power, config.today_t) + longest_run + c.cooling_late;
    }
    return clamp(end, 0.0, HORIZON_YEARS);
}

// `Ceilings::max_slope`.
fn max_slope(component: u32) -> f32 {
    let run = c.run_slope;
    let power = max(c.campus.forecast, c.distributed.forecast) - c.watts.forecast + run;
    switch component {
        case C_DATA: {
            return 2.0 * c.data_ln_growth / LN_10;
        }
        case C_CHIPS: {
            return c.stock.forecast + run;
        }
        case C_POWER, C_COOLING: {
            return power;
        }
        case C_DATA_MOVEMENT: {
            return run;
        }
        default: {
            let network = 2.0 * (run + c.ln_bandwidth_growth / LN_10) / (1.0 - c.gamma);
            return max(network, power);
        }
    }
}

// Illinois regula falsi in [lo, hi] with excess(lo) ≤ 0 < excess(hi); returns the upper end.
fn refine(component: u32, lo_in: f32, f_lo_in: f32, hi_in: f32, f_hi_in: f32) -> f32 {
    var lo = lo_in;
    var f_lo = f_lo_in;
    var hi = hi_in;
    var f_hi = f_hi_in;
    var side = 0;
    for (var step = 0u; step < REFINE_STEPS; step++) {
        if hi - lo <= YEAR_TOLERANCE {
            break;
        }
        let falsi = (lo * f_hi - hi * f_lo) / (f_hi - f_lo);
        let t = select(0.5 * (lo + hi), falsi, falsi > lo && falsi < hi);
        let f_t = excess(component, t);
        if abs(f_t) <= EXCESS_TOLERANCE {
            return t;
        }
        if f_t > 0.0 {
            hi = t;
            f_hi = f_t;
            if side == 1 {
                f_lo *= 0.5;
            }
            side = 1;
        } else {
            lo = t;
            f_lo = f_t;
            if side == -1 {
                f_hi *= 0.5;
            }
            side = -1;
        }
    }
    return hi;
}

// `Ceilings::static_crossing`.
fn static_crossing(log10_flop: f32) -> f32 {
    if line_at(c.demand, 0.0) > log10_flop {
        return 0.0;
    }
    if c.demand.slope <= 0.0 {
        return NEVER;
    }
    let tau = c.demand.t0 + (log10_flop - c.demand.at) / c.demand.slope;
    return select(NEVER, max(tau, 0.0), tau <= HORIZON_YEARS);
}

// `Ceilings::crossing`.
fn crossing(component: u32) -> f32 {
    if component == C_LATENCY || component == C_LIGHT {
        return static_crossing(log10_ceiling(component, 0.0));
    }
    if (component == C_COOLING && c.cooling_case == COOLING_CANNOT_BIND)
        || (component == C_DATA_MOVEMENT && c.has_floor == 0u) {
        return NEVER;
    }
    var lo = 0.0;
    var f_lo = excess(component, lo);
    if f_lo > 0.0 {
        return 0.0;
    }
    let end = history_end(component);
    while lo < end {
        let hi = min(lo + config.history_scan_years, end);
        let f_hi = excess(component, hi);
        if f_hi > 0.0 {
            return refine(component, lo, f_lo, hi, f_hi);
        }
        lo = hi;
        f_lo = f_hi;
    }
    if c.demand.slope >= max_slope(component) {
        let f_last = excess(component, HORIZON_YEARS);
        if f_last > 0.0 {
            return refine(component, lo, f_lo, HORIZON_YEARS, f_last);
        }
        return NEVER;
    }
    while lo < HORIZON_YEARS {
        let hi = min(lo + 1.0, HORIZON_YEARS);
        let f_hi = excess(component, hi);
        if f_hi > 0.0 {
            return refine(component, lo, f_lo, hi, f_hi);
        }
        lo = hi;
        f_lo = f_hi;
    }
    return NEVER;
}

// `Ceilings::contradicts_history`: a wall below a frontier record when it was published.
fn contradicts_history() -> bool {
    for (var r = 0u; r < config.record_count; r++) {
        let t = config.record_t[r / 4u][r % 4u];
        let flop = config.record_flop[r / 4u][r % 4u];
        for (var component = 0u; component < 8u; component++) {
            let ceiling = log10_ceiling(component, t);
            if abs(ceiling) < UNBOUNDED && ceiling < flop {
                return true;
            }
        }
    }
    return false;
}

fn year_bin(tau: f32) -> u32 {
    return u32(clamp(floor(tau * BINS_PER_YEAR), 0.0, f32(YEAR_BINS - 1u)));
}

// Each wall's year (NEVER past the horizon), in `WallId::ALL` order.
fn wall_years() -> array<f32, 6> {
    let memory_network = min(
        min(crossing(C_DATA_MOVEMENT), crossing(C_LATENCY)),
        min(crossing(C_BANDWIDTH), crossing(C_LIGHT)),
    );
    return array<f32, 6>(
        crossing(C_DATA),
        NEVER,
        crossing(C_CHIPS),
        memory_network,
        crossing(C_POWER),
        crossing(C_COOLING),
    );
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
    if id.x >= config.count {
        return;
    }
    if config.mode == 0u {
        let sample_hash = pcg_hash((config.start + id.x) ^ config.seed_hash);
        for (var k = 0u; k < FACTOR_COUNT; k++) {
            // `factor_key(k)`: the key of parameter index PARAM_COUNT + k.
            let key = pcg_hash(PARAM_COUNT + k + 0x9e3779b9u);
            factor_scores[k] = inverse_normal_cdf(uniform_bits(sample_hash, key));
        }
        for (var p = 0u; p < PARAM_COUNT; p++) {
            let d = draws[p];
            v[p] = draw_value(d, uniform_bits(sample_hash, d.key));
        }
    } else {
        for (var p = 0u; p < PARAM_COUNT; p++) {
            let d = draws[p];
            v[p] = select(d.center, exp(d.center), d.is_log == 1u);
        }
        let i = id.x % config.x_steps;
        let j = config.y_start + id.x / config.x_steps;
        let fx = f32(i) / f32(config.x_steps - 1u);
        let fy = f32(j) / f32(config.y_steps - 1u);
        let x = config.x_low + (config.x_high - config.x_low) * fx;
        let y = config.y_low + (config.y_high - config.y_low) * fy;
        v[config.x_param] = select(x, exp(x), config.x_log == 1u);
        v[config.y_param] = select(y, exp(y), config.y_log == 1u);
    }
    build_ceilings();
    if config.mode == 0u && contradicts_history() {
        atomicAdd(&tally[REJECTED_INDEX], 1u);
        return;
    }
    let years = wall_years();
    var first = NO_WALL;
    var first_year = NEVER;
    for (var w = 0u; w < 6u; w++) {
        // Ties (closer than TIE_YEARS) go to the wall drawn first, as on the CPU.
        if years[w] < first_year - TIE_YEARS {
            first = w;
            first_year = years[w];
        }
    }
    if config.mode == 0u {
        atomicAdd(&tally[first], 1u);
        if first != NO_WALL {
            atomicAdd(&tally[7u + year_bin(first_year)], 1u);
        }
        for (var w = 0u; w < 6u; w++) {
            if years[w] < NEVER {
                atomicAdd(&tally[7u + (w + 1u) * YEAR_BINS + year_bin(years[w])], 1u);
            }
        }
    } else {
        cells[2u * id.x] = f32(first);
        cells[2u * id.x + 1u] = first_year;
    }
}
