//! The sweep on the GPU against the CPU, in the same run: samples per second of each and their
//! ratio, with the agreement of the answers. Prints figures; asserts nothing.
//!
//! `cargo bench -p firstwall-gpu --bench sweep` (lavapipe here; a real GPU where there is one).
//! `FIRSTWALL_BENCH_SAMPLES` sets the GPU's largest sweep (default 10 million);
//! `FIRSTWALL_BENCH_OUT` names a file for the CPU figure, which the browser benchmark reads.
#![allow(missing_docs, clippy::unwrap_used, clippy::print_stdout)]

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;

    use firstwall_gpu::GpuContext;
    use firstwall_model::sweep::{cpu_threads, monte_carlo_threads, Agreement, Sweep, Tally};
    use firstwall_model::{PresetId, Scenario};

    /// The best of `runs` timings of `f`, seconds.
    fn best<T>(runs: u32, mut f: impl FnMut() -> T) -> (f64, T) {
        let mut best = f64::INFINITY;
        let mut out = None;
        for _ in 0..runs {
            let started = Instant::now();
            let value = f();
            best = best.min(started.elapsed().as_secs_f64());
            out = Some(value);
        }
        (best, out.unwrap())
    }

    let largest: u32 = std::env::var("FIRSTWALL_BENCH_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000_000);
    let sweep = Sweep::new(&Scenario::preset(PresetId::Evidence2026), 1);

    let cpu_samples = 500_000;
    let (cpu_s, cpu_tally) = best(3, || {
        let mut tally = Tally::default();
        sweep.run(0, cpu_samples, &mut tally);
        tally
    });
    let cpu_rate = f64::from(cpu_samples) / cpu_s;
    println!("cpu f64, 1 thread: {cpu_samples} samples in {cpu_s:.3} s = {cpu_rate:.3e} samples/s");
    // A million samples on every core, as the browser's workers do them: what native code does
    // with this machine's cores (the browser's target is 1 s).
    let threads = cpu_threads();
    let million = 1_000_000;
    let (all_s, _) = best(3, || monte_carlo_threads(&sweep, million, threads));
    println!("cpu f64, {threads} threads: {million} samples in {all_s:.3} s");
    // The browser's end-to-end benchmarks compare its workers (wasm) with these figures.
    if let Some(path) = std::env::var_os("FIRSTWALL_BENCH_OUT") {
        let json = format!(
            "{{\"cpu_samples_per_s\": {cpu_rate:.0}, \"threads\": {threads}, \"million_s\": {all_s:.3}}}\n"
        );
        if let Err(err) = std::fs::write(&path, json) {
            println!("could not write {}: {err}", path.to_string_lossy());
        }
    }

    let gpu = match pollster::block_on(GpuContext::new()) {
        Ok(gpu) => gpu,
        Err(err) => {
            println!("gpu: none ({err})");
            return;
        }
    };
    println!("gpu adapter: {}", gpu.adapter());
    let check = pollster::block_on(gpu.monte_carlo(&sweep, 0, cpu_samples)).unwrap();
    let agreement = Agreement::of(&cpu_tally, &check);
    println!(
        "agreement on the same {cpu_samples} samples: shares within {:.4} pp, quantiles within {:.2e} years ({})",
        agreement.max_share_diff * 100.0,
        agreement.max_quantile_diff_years,
        if agreement.agrees() { "agree" } else { "DISAGREE" }
    );
    let mut samples = 1_000_000u32;
    while samples <= largest {
        let (gpu_s, _) = best(3, || {
            pollster::block_on(gpu.monte_carlo(&sweep, 0, samples)).unwrap()
        });
        let rate = f64::from(samples) / gpu_s;
        println!(
            "gpu f32: {samples} samples in {gpu_s:.4} s = {rate:.3e} samples/s = {:.1}x the cpu's 1 thread",
            rate / cpu_rate
        );
        samples = samples.saturating_mul(10);
    }
}

/// Benchmarks run natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
