// Monte Carlo sweeps and phase-diagram grids of the First Wall model, one sample or cell per
// invocation.
//
// Mirrors `firstwall_model::sweep` (the f64 reference): the counter-based random numbers
// (`pcg_hash`, `uniform_bits`), the draws (`Draw`), Acklam's inverse normal, the walls reduced to
// lines and curves (`Curves`), and the crossings (closed form for lines; a bracket or yearly scan
// refined by Illinois regula falsi for curves). Works in f32, in log10 space, with years counted
// from 2024 so that f32 keeps them to minutes. Keep the two in sync; `tests/sweep.rs` compares
// them sample by sample and share by share.

// Parameter indices: the order of `firstwall_model::ParamId`. `tests/sweep.rs` checks every one.
const P_DEMAND_GROWTH: u32 = 0u;
const P_RUN_MONTHS: u32 = 1u;
const P_UTILIZATION: u32 = 2u;
const P_PRECISION_SPEEDUP: u32 = 3u;
const P_TEXT_STOCK: u32 = 4u;
const P_STOCK_GROWTH: u32 = 5u;
const P_QUALITY_FRACTION: u32 = 6u;
const P_EPOCHS: u32 = 7u;
const P_MULTIMODAL_TOKENS: u32 = 8u;
const P_SYNTHETIC_TOKENS: u32 = 9u;
const P_TOKENS_PER_PARAM: u32 = 10u;
const P_MOE_ACTIVE_FRACTION: u32 = 11u;
const P_SHIPMENTS2024: u32 = 14u;
const P_PRODUCTION_GROWTH: u32 = 15u;
const P_CHIP_PERF_GROWTH: u32 = 16u;
const P_LAB_SHARE: u32 = 17u;
const P_TRAINING_FRACTION: u32 = 18u;
const P_KNEE_FLOP: u32 = 19u;
const P_BEYOND_KNEE: u32 = 20u;
const P_LAYER_LATENCY_US: u32 = 21u;
const P_BATCH_TOKENS: u32 = 22u;
const P_BATCH_SCALING: u32 = 23u;
const P_DEPTH_COEFFICIENT: u32 = 24u;
const P_MAX_RUN_MONTHS: u32 = 25u;
const P_FIBRE_KM: u32 = 26u;
const P_INTER_SITE_PBPS2030: u32 = 27u;
const P_BANDWIDTH_GROWTH: u32 = 28u;
const P_GRADIENT_BITS: u32 = 29u;
const P_DISTRIBUTED_GW2030: u32 = 30u;
const P_CAMPUS_GW2030: u32 = 31u;
const P_POWER_GROWTH: u32 = 32u;
const P_EFFICIENCY_GROWTH: u32 = 33u;
const P_LIQUID_GW2030: u32 = 34u;
const P_LIQUID_GROWTH: u32 = 35u;
const P_COOLING_LEAD_YEARS: u32 = 36u;
const P_FREE_COOLING_SHARE: u32 = 40u;
const P_LOAD_FRACTION: u32 = 41u;
const P_NETWORK_SHARE: u32 = 42u;
// Keep in sync with `ParamId::COUNT`.
const PARAM_COUNT: u32 = 47u;

// Histogram layout. Keep in sync with `BINS_PER_YEAR`, `YEAR_BINS` and `Tally`.
const BINS_PER_YEAR: f32 = 64.0;
const YEAR_BINS: u32 = 1024u;
const HORIZON_YEARS: f32 = 16.0;
// No wall before the horizon: the seventh "wall".
const NO_WALL: u32 = 6u;
// Refining a crossing. Keep in sync with `YEAR_TOLERANCE` and `REFINE_STEPS`.
const YEAR_TOLERANCE: f32 = 0.000244140625;
const REFINE_STEPS: u32 = 24u;
// Keep in sync with `EXCESS_TOLERANCE`.
const EXCESS_TOLERANCE: f32 = 1e-5;
// Keep in sync with `TIE_YEARS`.
const TIE_YEARS: f32 = 0.0009765625;
const CHIPS_FLAT: f32 = 1e-6;
const MIN_COOLING_OVERHEAD: f32 = 0.01;
const LN_10: f32 = 2.302585093;
// A year no crossing reaches.
const NEVER: f32 = 1e9;

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
    _pad0: u32,
    // The data center's power model (`FacilityModel`, `PueLine`).
    server_w_at_nameplate: f32,
    chain_overhead: f32,
    cooling_overhead_hot: f32,
    cooling_overhead_range: f32,
    // Physics and references, from the model's constants.
    log10_h100_flop_per_s: f32,
    seconds_per_month: f32,
    fibre_km_per_s: f32,
    flop_per_param_token: f32,
    // The demand trend's reference, years after 2024 and log10 FLOP.
    demand_t0: f32,
    demand_log10_flop: f32,
    repeat_decay_epochs: f32,
    _pad1: f32,
}

// Keep in sync with `GpuDraw` in `crates/gpu/src/sweep.rs` and `Draw` in the model.
struct Draw {
    is_log: u32,
    normal: u32,
    key: u32,
    _pad: u32,
    center: f32,
    a: f32,
    b: f32,
    lo: f32,
    hi: f32,
    _pad1: f32,
    _pad2: f32,
    _pad3: f32,
}

@group(0) @binding(0) var<uniform> config: Config;
@group(0) @binding(1) var<storage, read> draws: array<Draw>;
// Monte Carlo: first-wall counts (7), then the first wall's year histogram, then each wall's.
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

// One sample's values, indexed by parameter.
var<private> v: array<f32, PARAM_COUNT>;

fn draw_value(d: Draw, u: f32) -> f32 {
    var drawn: f32;
    if d.normal == 1u {
        let z = inverse_normal_cdf(u);
        drawn = d.center + z * select(d.b, d.a, z < 0.0);
    } else {
        drawn = d.center + d.a + u * d.b;
    }
    drawn = clamp(drawn, d.lo, d.hi);
    return select(drawn, exp(drawn), d.is_log == 1u);
}

// A straight line in log space: log10 C(τ) = at + slope·(τ − t0), τ in years after 2024.
struct Line {
    t0: f32,
    at: f32,
    slope: f32,
}

fn line_at(l: Line, tau: f32) -> f32 {
    return l.at + l.slope * (tau - l.t0);
}

// Keep in sync with `Curves` in `firstwall_model::sweep`.
struct Curves {
    demand: Line,
    data_movement: Line,
    latency: Line,
    speed_of_light: Line,
    power: Line,
    cooling: Line,
    campus: Line,
    data_scale: f32,
    data_stock: f32,
    data_ln_growth: f32,
    data_synthetic: f32,
    chips_scale: f32,
    chips_ln_growth: f32,
    intersite_scale: f32,
    intersite_run_s: f32,
    intersite_beta: f32,
    intersite_alpha_2030: f32,
    intersite_ln_growth: f32,
}

var<private> c: Curves;

fn effective_epochs(epochs: f32) -> f32 {
    let k = config.repeat_decay_epochs;
    return 1.0 + k * (1.0 - exp(-(epochs - 1.0) / k));
}

// |G^τ − 1| without catastrophic cancellation for G near 1 (f32 has no expm1).
fn abs_expm1(x: f32) -> f32 {
    if abs(x) < 1e-3 {
        return abs(x * (1.0 + 0.5 * x * (1.0 + x / 3.0)));
    }
    return abs(exp(x) - 1.0);
}

fn build_curves() {
    let load = v[P_LOAD_FRACTION];
    let it_w = config.server_w_at_nameplate * load / (1.0 - v[P_NETWORK_SHARE]);
    let cooling_overhead = max(
        config.cooling_overhead_hot - v[P_FREE_COOLING_SHARE] * config.cooling_overhead_range,
        MIN_COOLING_OVERHEAD,
    );
    let facility_w = it_w * (1.0 + config.chain_overhead + cooling_overhead);

    let run_s = v[P_RUN_MONTHS] * config.seconds_per_month;
    let log10_run_flop = config.log10_h100_flop_per_s + log10_of(v[P_PRECISION_SPEEDUP])
        + log10_of(v[P_UTILIZATION]) + log10_of(run_s);
    let efficiency = log10_of(v[P_EFFICIENCY_GROWTH]);
    let per_watt_2030 = log10_run_flop + 6.0 * efficiency;
    let power_slope = log10_of(v[P_POWER_GROWTH]) + efficiency;
    let log10_facility_w = log10_of(facility_w);
    let run_gw = max(v[P_DISTRIBUTED_GW2030], v[P_CAMPUS_GW2030]);
    c.power = Line(6.0, log10_of(run_gw) + 9.0 - log10_facility_w + per_watt_2030, power_slope);
    c.campus = Line(6.0, log10_of(v[P_CAMPUS_GW2030]) + 9.0 - log10_facility_w + per_watt_2030, power_slope);
    let liquid_growth = log10_of(v[P_LIQUID_GROWTH]);
    c.cooling = Line(
        6.0,
        log10_of(v[P_LIQUID_GW2030]) + 9.0 - liquid_growth * v[P_COOLING_LEAD_YEARS] - log10_of(it_w)
            + per_watt_2030,
        liquid_growth + efficiency,
    );

    let tokens_per_param = v[P_TOKENS_PER_PARAM];
    let active_share = v[P_MOE_ACTIVE_FRACTION];
    let from_tokens = log10_of(config.flop_per_param_token * active_share / tokens_per_param);
    let from_params = log10_of(config.flop_per_param_token * active_share * tokens_per_param);
    let log10_max_run_s = log10_of(v[P_MAX_RUN_MONTHS] * config.seconds_per_month);
    let log10_batch = log10_of(v[P_BATCH_TOKENS]) + log10_of(v[P_BATCH_SCALING]);
    let log10_latency_ratio = log10_max_run_s + log10_batch
        - log10_of(tokens_per_param) - log10_of(v[P_DEPTH_COEFFICIENT])
        - log10_of(v[P_LAYER_LATENCY_US]) + 6.0;
    let sync_s = 2.0 * v[P_FIBRE_KM] / config.fibre_km_per_s;
    c.data_movement = Line(6.0, log10_of(v[P_KNEE_FLOP]) + log10_of(v[P_BEYOND_KNEE]), 0.0);
    c.latency = Line(6.0, from_params + 1.5 * log10_latency_ratio, 0.0);
    c.speed_of_light = Line(6.0, from_tokens + 2.0 * (log10_max_run_s - log10_of(sync_s) + log10_batch), 0.0);

    c.demand = Line(config.demand_t0, config.demand_log10_flop, log10_of(v[P_DEMAND_GROWTH]));

    c.data_scale = from_tokens;
    c.data_stock = v[P_TEXT_STOCK] * v[P_QUALITY_FRACTION] * effective_epochs(v[P_EPOCHS])
        + v[P_MULTIMODAL_TOKENS];
    c.data_ln_growth = log(v[P_STOCK_GROWTH]);
    c.data_synthetic = v[P_SYNTHETIC_TOKENS];

    let chips_ln_growth = log(v[P_PRODUCTION_GROWTH]) + log(v[P_CHIP_PERF_GROWTH]);
    c.chips_ln_growth = chips_ln_growth;
    var chips_denominator = 0.0;
    if abs(chips_ln_growth) >= CHIPS_FLAT {
        chips_denominator = log10_of(abs_expm1(chips_ln_growth));
    }
    c.chips_scale = log10_of(v[P_SHIPMENTS2024]) + log10_of(v[P_LAB_SHARE])
        + log10_of(v[P_TRAINING_FRACTION]) + log10_run_flop - chips_denominator;

    c.intersite_scale = from_params;
    c.intersite_run_s = run_s;
    let batch = v[P_BATCH_TOKENS] * v[P_BATCH_SCALING];
    c.intersite_beta = tokens_per_param * sync_s / batch;
    // α = 2·r·bits / (batch · bandwidth), with the bandwidth in Pbit/s taken out to stay in range.
    c.intersite_alpha_2030 = 2.0 * tokens_per_param * v[P_GRADIENT_BITS]
        / (batch * v[P_INTER_SITE_PBPS2030]) * 1e-15;
    c.intersite_ln_growth = log(v[P_BANDWIDTH_GROWTH]);
}

// Curved components: 0 data, 1 chips, 2 bandwidth between sites.
fn curve(component: u32, tau: f32) -> f32 {
    if component == 0u {
        let tokens = c.data_stock * exp(c.data_ln_growth * tau) + c.data_synthetic;
        return c.data_scale + 2.0 * log10_of(tokens);
    }
    if component == 1u {
        // Years since 2023.
        let years = tau + 1.0;
        var sum = years;
        if abs(c.chips_ln_growth) >= CHIPS_FLAT {
            sum = abs_expm1(c.chips_ln_growth * years);
        }
        return c.chips_scale + log10_of(sum);
    }
    let alpha = c.intersite_alpha_2030 * exp(-c.intersite_ln_growth * (tau - 6.0));
    let beta = c.intersite_beta;
    let run_s = c.intersite_run_s;
    let params = 2.0 * run_s / (beta + sqrt(beta * beta + 4.0 * alpha * run_s));
    return max(c.intersite_scale + 2.0 * log10_of(params), line_at(c.campus, tau));
}

fn excess(component: u32, tau: f32) -> f32 {
    return line_at(c.demand, tau) - curve(component, tau);
}

fn line_crossing(l: Line) -> f32 {
    if line_at(c.demand, 0.0) > line_at(l, 0.0) {
        return 0.0;
    }
    if c.demand.slope <= l.slope {
        return NEVER;
    }
    let tau = (l.at - l.slope * l.t0 - c.demand.at + c.demand.slope * c.demand.t0)
        / (c.demand.slope - l.slope);
    return select(NEVER, max(tau, 0.0), tau <= HORIZON_YEARS);
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

fn curve_crossing(component: u32) -> f32 {
    var lo = 0.0;
    var f_lo = excess(component, lo);
    if f_lo > 0.0 {
        return 0.0;
    }
    var one_crossing = component == 1u;
    if component == 0u {
        one_crossing = c.demand.slope >= 2.0 * c.data_ln_growth / LN_10;
    } else if component == 2u {
        one_crossing = c.demand.slope >= max(c.intersite_ln_growth / LN_10, c.campus.slope);
    }
    if one_crossing {
        let f_last = excess(component, HORIZON_YEARS);
        if f_last > 0.0 {
            return refine(component, 0.0, f_lo, HORIZON_YEARS, f_last);
        }
        return NEVER;
    }
    while lo < HORIZON_YEARS {
        let hi = lo + 1.0;
        let f_hi = excess(component, hi);
        if f_hi > 0.0 {
            return refine(component, lo, f_lo, hi, f_hi);
        }
        lo = hi;
        f_lo = f_hi;
    }
    return NEVER;
}

fn year_bin(tau: f32) -> u32 {
    return u32(clamp(floor(tau * BINS_PER_YEAR), 0.0, f32(YEAR_BINS - 1u)));
}

// Each wall's year (NEVER past the horizon), in `WallId::ALL` order.
fn wall_years() -> array<f32, 6> {
    let memory_network = min(
        min(line_crossing(c.data_movement), line_crossing(c.latency)),
        min(curve_crossing(2u), line_crossing(c.speed_of_light)),
    );
    return array<f32, 6>(
        curve_crossing(0u),
        NEVER,
        curve_crossing(1u),
        memory_network,
        line_crossing(c.power),
        line_crossing(c.cooling),
    );
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
    if id.x >= config.count {
        return;
    }
    if config.mode == 0u {
        let sample_hash = pcg_hash((config.start + id.x) ^ config.seed_hash);
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
    build_curves();
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
