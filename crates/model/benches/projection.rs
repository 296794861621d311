//! How long one full projection takes (2024–2040, all walls and their crossings), and one wall
//! ceiling. Prints figures; asserts nothing.
#![allow(missing_docs, clippy::unwrap_used)]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use firstwall_model::walls::ComponentId;
    use firstwall_model::{project, PresetId, Scenario, Walls};

    fn projection(c: &mut Criterion) {
        for preset in [PresetId::Epoch2030, PresetId::Source2025] {
            let scenario = Scenario::preset(preset);
            c.bench_function(&format!("project {}", preset.id()), |b| {
                b.iter(|| project(std::hint::black_box(&scenario)));
            });
        }
        let walls = Walls::new(&Scenario::preset(PresetId::Epoch2030));
        c.bench_function("one ceiling (memory & network bandwidth)", |b| {
            b.iter(|| {
                walls.component_ceiling(
                    ComponentId::InterSiteBandwidth,
                    std::hint::black_box(2030.5),
                )
            });
        });
    }

    criterion_group!(benches, projection);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

/// Benchmarks run natively; the browser's figures come from the end-to-end suite.
#[cfg(target_arch = "wasm32")]
fn main() {}
