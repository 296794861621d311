//! The sweep kernel against the f64 reference: the same seed, the same samples, the same answer;
//! the same cells of the phase diagram, and the GPU check that compares them.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use firstwall_gpu::{GpuContext, GridCheck, CELL_YEAR_TOLERANCE, MIN_AGREEING_SHARE};
use firstwall_model::param::ParamId;
use firstwall_model::sweep::{grid, grid_counts, monte_carlo, Agreement, Axis, Sweep, Tally};
use firstwall_model::{PresetId, Scenario, WallId};

/// The test command installs Mesa's lavapipe, so an adapter must exist. Elsewhere
/// `FIRSTWALL_ALLOW_NO_GPU=1` turns the failure into a printed skip.
fn context() -> Option<GpuContext> {
    match pollster::block_on(GpuContext::new()) {
        Ok(context) => Some(context),
        Err(err) if std::env::var_os("FIRSTWALL_ALLOW_NO_GPU").is_some() => {
            eprintln!("skipped, FIRSTWALL_ALLOW_NO_GPU is set: {err}");
            None
        }
        Err(err) => panic!("{err}; install mesa-vulkan-drivers or set FIRSTWALL_ALLOW_NO_GPU=1"),
    }
}

/// `DemandGrowth` → `DEMAND_GROWTH`, `ChipStock2025` → `CHIP_STOCK2025`.
fn screaming(name: &str) -> String {
    let mut out = String::new();
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_uppercase());
    }
    out
}

#[test]
fn the_kernel_indexes_parameters_as_the_registry_does() {
    let source = firstwall_gpu::SHADERS
        .iter()
        .find(|(name, _)| *name == "sweep.wgsl")
        .unwrap()
        .1;
    let mut checked = 0;
    for line in source.lines() {
        let Some(rest) = line.strip_prefix("const P_") else {
            continue;
        };
        let (name, value) = rest.split_once(": u32 = ").unwrap();
        let index: usize = value.trim_end_matches("u;").parse().unwrap();
        let id = ParamId::ALL
            .iter()
            .find(|id| screaming(&format!("{id:?}")) == name)
            .unwrap_or_else(|| panic!("P_{name} names no parameter"));
        assert_eq!(*id as usize, index, "P_{name}");
        checked += 1;
    }
    assert!(checked >= 35, "{checked}");
    let count_line = format!("const PARAM_COUNT: u32 = {}u;", ParamId::COUNT);
    assert!(source.contains(&count_line), "{count_line}");
}

fn air_dc() -> Scenario {
    let pick = |s: Scenario, id: ParamId, option: &str| {
        s.with(id, id.spec().option_value(option).unwrap()).unwrap()
    };
    // H100s on air with 800 V DC: a different data center, a different power per chip.
    let s = pick(
        Scenario::preset(PresetId::Pessimistic),
        ParamId::Accelerator,
        "h100",
    );
    let s = pick(s, ParamId::Cooling, "air");
    pick(s, ParamId::PowerChain, "dc-800v")
}

#[test]
fn monte_carlo_agrees_with_the_cpu() {
    let Some(gpu) = context() else { return };
    eprintln!("adapter: {}", gpu.adapter());
    let scenarios = [
        Scenario::preset(PresetId::Evidence2026),
        Scenario::preset(PresetId::Epoch2030),
        Scenario::preset(PresetId::Source2025),
        air_dc(),
    ];
    for (n, base) in scenarios.iter().enumerate() {
        let samples = 50_000;
        let seed = 7 + n as u32;
        let cpu = monte_carlo(base, samples, seed);
        let sweep = Sweep::new(base, seed);
        let gpu_tally = pollster::block_on(gpu.monte_carlo(&sweep, 0, samples)).unwrap();
        assert_eq!(gpu_tally.samples, u64::from(samples));
        assert_eq!(
            gpu_tally.first_counts.iter().sum::<u64>() + gpu_tally.rejected,
            u64::from(samples)
        );
        let agreement = Agreement::of(&cpu, &gpu_tally);
        eprintln!("scenario {n}: {agreement:?}");
        assert!(agreement.agrees(), "scenario {n}: {agreement:?}");
        // Far better than the tolerance: the same samples, f32 against f64.
        assert!(
            agreement.max_share_diff < 0.001,
            "scenario {n}: {agreement:?}"
        );
        for wall in WallId::ALL {
            let (a, b) = (cpu.share(wall), gpu_tally.share(wall));
            assert!((a - b).abs() < 0.001, "{wall:?}: {a} vs {b}");
        }
    }
}

#[test]
fn monte_carlo_splits_into_dispatches_exactly() {
    let Some(gpu) = context() else { return };
    let sweep = Sweep::new(&Scenario::preset(PresetId::Epoch2030), 3);
    let whole = pollster::block_on(gpu.monte_carlo(&sweep, 0, 10_000)).unwrap();
    let mut parts: Tally = pollster::block_on(gpu.monte_carlo(&sweep, 0, 3_333)).unwrap();
    parts.merge(&pollster::block_on(gpu.monte_carlo(&sweep, 3_333, 10_000)).unwrap());
    assert_eq!(whole, parts);
}

#[test]
fn the_grid_agrees_with_the_cpu() {
    let Some(gpu) = context() else { return };
    let base = Scenario::preset(PresetId::Evidence2026);
    let x = Axis::parse("power.campus_gw_2026:0.05:20:64").unwrap();
    let y = Axis::parse("demand.growth_per_year:2:8:48").unwrap();
    let cpu = grid(&base, &x, &y);
    let gpu_cells = pollster::block_on(gpu.grid(&base, &x, &y)).unwrap();
    assert_eq!(cpu.len(), gpu_cells.len());
    let mut same_wall = 0;
    for (a, b) in cpu.iter().zip(&gpu_cells) {
        match (a, b) {
            (Some((wa, ya)), Some((wb, yb))) if wa == wb => {
                same_wall += 1;
                assert!(
                    (ya - yb).abs() <= CELL_YEAR_TOLERANCE,
                    "{wa:?}: {ya} vs {yb}"
                );
            }
            (None, None) => same_wall += 1,
            _ => {}
        }
    }
    // Cells on a boundary between two walls may tip either way in f32.
    assert!(
        same_wall as f64 >= cpu.len() as f64 * MIN_AGREEING_SHARE,
        "{same_wall} of {}",
        cpu.len()
    );
    let walls: std::collections::BTreeSet<_> = gpu_cells.iter().flatten().map(|c| c.0).collect();
    assert!(walls.len() >= 2, "{walls:?}");
}

/// The check the app and `firstwall gpu-check` run, on this adapter: 4,096 cells, as in the app.
#[test]
fn the_gpu_check_passes() {
    let Some(gpu) = context() else { return };
    let check = GridCheck::square(4096);
    assert_eq!((check.x.steps, check.y.steps), (64, 64));
    // The grid crosses several walls, so the check tests more than one of the kernel's walls
    // and the boundaries between them.
    let counts = grid_counts(&check.on_cpu());
    assert!(counts.iter().filter(|&&n| n > 0).count() >= 3, "{counts:?}");
    let agreement = pollster::block_on(gpu.check_against_model(&check)).unwrap();
    eprintln!("{agreement:?}");
    assert_eq!(agreement.cells, 4096);
    assert!(agreement.agrees(), "{agreement:?}");
    assert!(agreement.disagreeing() <= 20, "{agreement:?}");
    assert!(
        agreement.max_diff_years <= CELL_YEAR_TOLERANCE,
        "{agreement:?}"
    );
    // A real disagreement is caught: the kernel's grid against another scenario's model grid.
    let other = GridCheck {
        base: Scenario::preset(PresetId::Pessimistic),
        ..check.clone()
    };
    let wrong = firstwall_gpu::compare(
        &other.on_cpu(),
        &pollster::block_on(gpu.grid(&check.base, &check.x, &check.y)).unwrap(),
    );
    assert!(!wrong.agrees(), "{wrong:?}");
}
