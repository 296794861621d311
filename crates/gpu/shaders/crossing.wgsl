// Years until an exponential demand trend reaches a ceiling, for many samples at once.
//
// Mirrors `firstwall_model::demand::years_to_reach`: work in log10 space so that f32 stays
// precise for numbers like 1e29 FLOP. Keep the two in sync.

// Keep in sync with `CrossingSample` in `crates/gpu/src/crossing.rs`.
struct CrossingSample {
    log10_start_flop: f32,
    log10_growth_per_year: f32,
    log10_ceiling_flop: f32,
    _padding: f32,
}

// Written when the trend does not grow and so never reaches the ceiling.
// Keep in sync with `NEVER_YEARS` in `crates/gpu/src/crossing.rs`.
const NEVER_YEARS: f32 = 3.0e38;

@group(0) @binding(0) var<storage, read> samples: array<CrossingSample>;
@group(0) @binding(1) var<storage, read_write> years: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
    let i = id.x;
    if i >= arrayLength(&samples) {
        return;
    }
    let s = samples[i];
    if s.log10_growth_per_year > 0.0 {
        years[i] = (s.log10_ceiling_flop - s.log10_start_flop) / s.log10_growth_per_year;
    } else {
        years[i] = NEVER_YEARS;
    }
}
