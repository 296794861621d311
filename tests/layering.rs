//! The layers point one way (docs/ARCHITECTURE.md): the model knows nothing of the web, the GPU
//! or a UI; the GPU and chart crates know nothing of the UI; the CLI never pulls in the web app.
//! Between crates the compiler enforces this once the manifests are right; this test fails if
//! someone adds a forbidden dependency. Inside the web app, it checks the floors of `src/`.
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

// Inside the web app (`src/`), the modules are floors: each imports only from its own floor or
// the floors below it, and files that sit side by side in one folder never import each other in a
// loop. (Within one crate the compiler allows both; this is what keeps the app a house.)

/// The app's top-level modules, bottom floor first (`src/lib.rs` says what each floor holds).
const FLOORS: &[&[&str]] = &[
    &["format"],
    &["routes"],
    &["engine"],
    &["state"],
    &["address"],
    &["shell"],
    &["ui"],
    &["views"],
    &["app"],
    &["lib", "main"],
];

fn floor_of(module: &str) -> usize {
    FLOORS
        .iter()
        .position(|floor| floor.contains(&module))
        .unwrap_or_else(|| panic!("src/{module}: add it to a floor in tests/layering.rs"))
}

/// A source file of the app, as a module path (`src/shell/links.rs` → `["shell", "links"]`).
struct SourceFile {
    module: Vec<String>,
    text: String,
}

fn app_sources() -> Vec<SourceFile> {
    fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    walk(&src, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(&src).unwrap().with_extension("");
            let mut module: Vec<String> = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|last| last == "mod") {
                module.pop();
            }
            // Comments (doc links name other modules freely) are not imports.
            let text = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .map(|line| line.split("//").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            SourceFile { module, text }
        })
        .collect()
}

/// The module paths a file names: `crate::a::b…` as `[a, b, …]`, and `super::x` resolved from
/// `module`, each cut to its first three segments.
fn references(module: &[String], text: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (prefix, base) in [
        ("crate::", Vec::new()),
        ("super::", module[..module.len().saturating_sub(1)].to_vec()),
    ] {
        for (at, _) in text.match_indices(prefix) {
            // `firstwall_app::crate::` does not exist; skip `foo_super::`-like identifiers.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + prefix.len()..];
            let path: Vec<String> = rest
                .split("::")
                .map(|segment| {
                    segment
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect::<String>()
                })
                .take_while(|segment| {
                    !segment.is_empty() && segment.starts_with(|c: char| c.is_ascii_lowercase())
                })
                .take(3)
                .collect();
            let mut full = base.clone();
            full.extend(path);
            if !full.is_empty() {
                found.push(full);
            }
        }
    }
    found
}

#[test]
fn app_modules_import_only_their_floor_and_below() {
    let sources = app_sources();
    let mut offenders = Vec::new();
    let mut edges = 0;
    for file in &sources {
        let own = floor_of(&file.module[0]);
        for target in references(&file.module, &file.text) {
            edges += 1;
            if floor_of(&target[0]) > own {
                offenders.push(format!(
                    "{} imports {} (a higher floor)",
                    file.module.join("::"),
                    target.join("::")
                ));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
    // Guards the guard: the app does import across floors.
    assert!(edges > 100, "only {edges} imports found");
    assert!(sources.len() > 40, "only {} files found", sources.len());
}

#[test]
fn files_side_by_side_never_import_each_other_in_a_loop() {
    let sources = app_sources();
    // Sibling edges: file `parent::a` naming `parent::b`, where `b` is another file of `parent`.
    let mut edges: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for file in &sources {
        let parent = &file.module[..file.module.len() - 1];
        for target in references(&file.module, &file.text) {
            for length in (parent.len() + 1)..=target.len() {
                let candidate = &target[..length];
                let is_sibling = candidate.len() == file.module.len()
                    && candidate[..parent.len()] == *parent
                    && candidate != file.module.as_slice()
                    && sources.iter().any(|other| other.module == candidate);
                if is_sibling {
                    edges.push((file.module.clone(), candidate.to_vec()));
                }
            }
        }
    }
    edges.sort();
    edges.dedup();
    assert!(
        edges.iter().any(|(from, _)| from[0] == "shell"),
        "the shell's files import each other: {edges:?}"
    );
    // A loop is a path from a file back to itself.
    for (start, _) in &edges {
        let mut seen = vec![start.clone()];
        let mut frontier = vec![start.clone()];
        while let Some(at) = frontier.pop() {
            for (from, to) in &edges {
                if *from == at {
                    assert!(
                        to != start,
                        "an import loop through {} and {}",
                        start.join("::"),
                        at.join("::")
                    );
                    if !seen.contains(to) {
                        seen.push(to.clone());
                        frontier.push(to.clone());
                    }
                }
            }
        }
    }
}
