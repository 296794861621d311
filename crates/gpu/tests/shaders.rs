//! Every WGSL file in `shaders/` parses and validates with naga, and is compiled into the crate.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use std::path::PathBuf;

fn wgsl_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("shaders");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "wgsl"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_wgsl_file_is_valid() {
    let files = wgsl_files();
    assert!(!files.is_empty(), "no .wgsl files found");
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let module = naga::front::wgsl::parse_str(&source)
            .unwrap_or_else(|err| panic!("{}\n{}", path.display(), err.emit_to_string(&source)));
        naga::valid::Validator::new(
            naga::valid::ValidationFlags::all(),
            naga::valid::Capabilities::all(),
        )
        .validate(&module)
        .unwrap_or_else(|err| panic!("{}\n{}", path.display(), err.emit_to_string(&source)));
    }
}

#[test]
fn every_wgsl_file_is_compiled_in() {
    let compiled: Vec<&str> = firstwall_gpu::SHADERS
        .iter()
        .map(|(name, _)| *name)
        .collect();
    for path in wgsl_files() {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(
            compiled.contains(&name),
            "{name} is not in firstwall_gpu::SHADERS"
        );
        let on_disk = std::fs::read_to_string(&path).unwrap();
        let (_, embedded) = firstwall_gpu::SHADERS
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap();
        assert_eq!(*embedded, on_disk, "{name} differs from the compiled copy");
    }
}

/// The value of the constant `name` in `sweep.wgsl`, as naga evaluates it.
fn sweep_literal(name: &str) -> naga::Literal {
    let source = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("shaders/sweep.wgsl"),
    )
    .unwrap();
    let module = naga::front::wgsl::parse_str(&source).unwrap();
    let (_, constant) = module
        .constants
        .iter()
        .find(|(_, c)| c.name.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no constant {name} in sweep.wgsl"));
    match module.global_expressions[constant.init] {
        naga::Expression::Literal(literal) => literal,
        ref other => panic!("{name} is not a literal after evaluation: {other:?}"),
    }
}

/// The value of the `u32` constant `name` in `sweep.wgsl`.
fn sweep_constant(name: &str) -> u32 {
    match sweep_literal(name) {
        naga::Literal::U32(value) => value,
        other => panic!("{name} is not a u32: {other:?}"),
    }
}

/// The value of the `f32` constant `name` in `sweep.wgsl`.
fn sweep_f32(name: &str) -> f32 {
    match sweep_literal(name) {
        naga::Literal::F32(value) => value,
        other => panic!("{name} is not an f32: {other:?}"),
    }
}

/// The kernel writes its tally and its grid cells in the model's layout: "no wall" after the walls,
/// the rejected samples last.
#[test]
fn the_sweep_kernel_shares_the_models_outcome_layout() {
    use firstwall_model::sweep::{NO_WALL, REJECTED_INDEX};
    assert_eq!(sweep_constant("NO_WALL") as usize, NO_WALL);
    assert_eq!(sweep_constant("REJECTED_INDEX") as usize, REJECTED_INDEX);
}

/// The kernel refines a crossing as the model does (issue 15: model facts written once, and the
/// kernel's copies checked): the same bracket, the same number of steps, the same tolerance on
/// demand against the ceiling, in f32.
#[test]
#[allow(clippy::cast_possible_truncation)] // The model's tolerances, as the kernel's f32.
fn the_sweep_kernel_refines_crossings_as_the_model_does() {
    use firstwall_model::sweep::{EXCESS_TOLERANCE, REFINE_STEPS, YEAR_TOLERANCE};
    assert_eq!(sweep_f32("YEAR_TOLERANCE"), YEAR_TOLERANCE as f32);
    assert_eq!(sweep_f32("EXCESS_TOLERANCE"), EXCESS_TOLERANCE as f32);
    assert_eq!(sweep_constant("REFINE_STEPS"), REFINE_STEPS);
}
