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
