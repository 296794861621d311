//! With the `split` feature, on wasm: ask the linker to keep its relocations in the app's wasm, so
//! that `wasm-split-cli` (scripts/split-wasm.sh) can move each view's functions into a module of
//! its own (src/views/split.rs). Nothing else is built here.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|family| family == "wasm");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    if wasm && split {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
