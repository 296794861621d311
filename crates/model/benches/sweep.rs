//! Samples per second of the Monte Carlo sweep's f64 reference on one thread, and the cost of a
//! phase-diagram row and a tornado. Prints figures; asserts nothing.
#![allow(missing_docs, clippy::unwrap_used)]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion, Throughput};
    use firstwall_model::sweep::{grid_rows, sensitivity, Axis, Sweep, Tally};
    use firstwall_model::{PresetId, Scenario};

    fn sweep(c: &mut Criterion) {
        let mut group = c.benchmark_group("sweep");
        let samples = 20_000;
        group.throughput(Throughput::Elements(u64::from(samples)));
        for preset in [PresetId::Epoch2030, PresetId::Pessimistic] {
            let sweep = Sweep::new(&Scenario::preset(preset), 1);
            group.bench_function(format!("monte carlo {} (1 thread)", preset.id()), |b| {
                b.iter(|| {
                    let mut tally = Tally::default();
                    sweep.run(0, std::hint::black_box(samples), &mut tally);
                    tally
                });
            });
        }
        let base = Scenario::preset(PresetId::Epoch2030);
        let x = Axis::parse("power.campus_gw_2026:0.2:10:1024").unwrap();
        let y = Axis::parse("demand.growth_per_year:2:8:1024").unwrap();
        group.throughput(Throughput::Elements(1024));
        group.bench_function("grid row of 1024 cells", |b| {
            b.iter(|| grid_rows(&base, &x, &y, std::hint::black_box(500), 501));
        });
        group.finish();
        c.bench_function("tornado (every parameter at p10 and p90)", |b| {
            b.iter(|| sensitivity(std::hint::black_box(&base)));
        });
    }

    criterion_group!(benches, sweep);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

/// Benchmarks run natively; the browser's figures come from the end-to-end suite.
#[cfg(target_arch = "wasm32")]
fn main() {}
