//! The layers point one way (docs/ARCHITECTURE.md): the model knows nothing of the web, the GPU
//! or a UI; the GPU and chart crates know nothing of the UI; the CLI never pulls in the web app. The crates
//! already make the compiler enforce this; this test fails if someone adds a forbidden dependency.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use std::process::Command;

/// Every crate `package` depends on (normal dependencies, all targets), by name.
fn dependencies(package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal",
            "--target",
            "all",
        ])
        .args(["--prefix", "none", "--format", "{p}", "-p", package])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[track_caller]
fn check(package: &str, forbidden_prefixes: &[&str]) {
    let deps = dependencies(package);
    assert!(
        deps.first().is_some_and(|first| first == package),
        "{deps:?}"
    );
    let offenders: Vec<&String> = deps
        .iter()
        .filter(|dep| {
            forbidden_prefixes
                .iter()
                .any(|prefix| dep.starts_with(prefix))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "{package} must not depend on {offenders:?}"
    );
}

const WEB: &[&str] = &["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"];
const GPU: &[&str] = &["wgpu", "naga"];
const UI: &[&str] = &["leptos", "plotters", "firstwall-app"];

#[test]
fn the_model_has_no_web_gpu_or_ui_dependency() {
    let forbidden: Vec<&str> = [WEB, GPU, UI, &["firstwall-gpu", "firstwall-cli"]].concat();
    check("firstwall-model", &forbidden);
}

#[test]
fn the_gpu_crate_has_no_ui_dependency() {
    check("firstwall-gpu", &[UI, &["firstwall-cli"]].concat());
}

#[test]
fn the_charts_know_only_the_model_and_plotters() {
    // (plotters itself uses web-sys in the browser, to measure text; our charts do not.)
    check(
        "firstwall-charts",
        &[
            &["leptos", "firstwall-app", "firstwall-gpu", "firstwall-cli"],
            GPU,
        ]
        .concat(),
    );
}

#[test]
fn the_cli_never_pulls_in_the_web_app() {
    check(
        "firstwall-cli",
        &["leptos", "firstwall-app", "plotters-canvas"],
    );
}

#[test]
fn the_worker_is_the_model_and_the_browser_glue_only() {
    // It downloads with the views that sweep: no UI, no GPU, no charts.
    check(
        "firstwall-worker",
        &[
            UI,
            GPU,
            &["firstwall-gpu", "firstwall-charts", "firstwall-cli"],
        ]
        .concat(),
    );
}

#[test]
fn the_check_sees_real_dependencies() {
    // Guards the guard: the app does depend on leptos and the model, so an empty or broken
    // `cargo tree` cannot make the tests above pass vacuously.
    let deps = dependencies("firstwall-app");
    for expected in ["leptos", "firstwall-model", "firstwall-gpu", "wgpu"] {
        assert!(
            deps.iter().any(|dep| dep == expected),
            "{expected} missing from {deps:?}"
        );
    }
}
