//! The `firstwall` contract, end to end: the built binary, its JSON and its exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use std::process::{Command, Output};

use serde_json::Value;

fn firstwall(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_firstwall"))
        .args(args)
        .env("FIRSTWALL_TEST", "1")
        .output()
        .expect("the binary runs")
}

/// Runs a command that must succeed and print one JSON document.
fn json(args: &[&str]) -> Value {
    let output = firstwall(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "{args:?} printed no single JSON document ({err}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// Runs a command that must fail with exit code 2 and a message containing `want`.
#[track_caller]
fn check_error(args: &[&str], want: &str) {
    let output = firstwall(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(want), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        output.stdout.is_empty(),
        "{args:?} printed to stdout on error"
    );
}

fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("firstwall-cli-test-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    path
}

/// Checks that `project --scenario` refuses a file of `contents` (written as `name`) with a
/// message containing `want`.
fn check_scenario_error(name: &str, contents: &str, want: &str) {
    let path = temp_file(name, contents);
    check_error(&["project", "--scenario", path.to_str().unwrap()], want);
    std::fs::remove_file(path).ok();
}

#[test]
fn project_json_contract() {
    let doc = json(&["project", "--json"]);
    assert_eq!(doc["preset"], "evidence-2026");
    let years: Vec<i64> = doc["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y.as_i64().unwrap())
        .collect();
    assert_eq!(years, (2024..=2040).collect::<Vec<_>>());
    assert_eq!(doc["demand_flop"].as_array().unwrap().len(), years.len());
    let walls = doc["walls"].as_array().unwrap();
    let ids: Vec<&str> = walls.iter().map(|w| w["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "data",
            "software",
            "compute",
            "memory_network",
            "power",
            "cooling"
        ]
    );
    for wall in walls {
        assert!(wall["label"].is_string());
        match wall["id"].as_str().unwrap() {
            // Algorithms set no ceiling; cooling, installed faster than its power, cannot bind.
            "software" | "cooling" => {
                assert!(wall["ceiling_flop"].is_null());
                assert!(wall["binds_in_year"].is_null());
                assert_eq!(wall["can_bind"], false);
            }
            _ => {
                let ceilings = wall["ceiling_flop"].as_array().unwrap();
                assert_eq!(ceilings.len(), years.len());
                assert!(ceilings.iter().all(|c| c.as_f64().unwrap() > 0.0));
                assert!(wall["binds_in_year"].is_number() || wall["binds_in_year"].is_null());
            }
        }
    }
    let first = &doc["first_wall"];
    assert_eq!(first["id"], "power");
    let year = first["year"].as_f64().unwrap();
    assert!((2028.0..=2031.0).contains(&year));
    assert!(first["flop"].as_f64().unwrap() > 1e28);
    assert!(doc["warnings"].is_array());
    // The cost of the demand run, per year: hardware and energy.
    let costs = doc["run_cost_usd"].as_array().unwrap();
    assert_eq!(costs.len(), years.len());
    let costs: Vec<f64> = costs.iter().map(|c| c.as_f64().unwrap()).collect();
    assert!(costs.windows(2).all(|w| w[1] > w[0]), "{costs:?}");
    let parts = &doc["run_cost"][6];
    let total = parts["hardware_usd"].as_f64().unwrap() + parts["energy_usd"].as_f64().unwrap();
    assert!((total / costs[6] - 1.0).abs() < 1e-12);
    assert!(parts["h100e"].as_f64().unwrap() > 1e6);
    // And at the first wall, between the whole years around it.
    let at_first = doc["first_wall_run_cost"]["total_usd"].as_f64().unwrap();
    let before = (year.floor() - 2024.0) as usize;
    assert!(
        costs[before] <= at_first && at_first <= costs[before + 1],
        "{at_first:e}"
    );
    // Epoch's components, each from its own constraint: power ~2e29 in 2030, latency ~3e31.
    let epoch = json(&["project", "--json", "--preset", "epoch-2030"]);
    let component = |wall: usize, id: &str| {
        epoch["walls"][wall]["components"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()["ceiling_flop"][6]
            .as_f64()
            .unwrap()
    };
    let power_2030 = component(4, "power_for_one_run");
    assert!((1e29..3e29).contains(&power_2030), "{power_2030:e}");
    let latency = component(3, "latency");
    assert!((2e31..4.5e31).contains(&latency), "{latency:e}");
    assert_eq!(epoch["first_wall"]["id"], "power");
}

#[test]
fn set_and_scenario_files_change_the_projection() {
    let doc = json(&[
        "project",
        "--json",
        "--set",
        "power.campus_growth_per_year=3",
        "--set",
        "pk=4",
    ]);
    assert_eq!(doc["values"]["power.campus_growth_per_year"], 3.0);
    assert_eq!(doc["values"]["power.campus_gw_2026"], 4.0);
    assert_ne!(
        doc["first_wall"]["id"], "power",
        "with a campus of 4 GW in 2026 growing 3× a year power is no longer first"
    );

    let path = temp_file(
        "scenario.json",
        r#"{"version": 2, "preset": "source-2025", "values": {"power.campus_gw_2026": 4}}"#,
    );
    let from_file = json(&["project", "--json", "--scenario", path.to_str().unwrap()]);
    assert_eq!(from_file["preset"], "source-2025");
    assert_eq!(from_file["values"]["power.campus_gw_2026"], 4.0);
    assert_eq!(from_file["first_wall"]["id"], "memory_network");
    std::fs::remove_file(path).ok();

    let human =
        String::from_utf8(firstwall(&["project", "--preset", "pessimistic"]).stdout).unwrap();
    assert!(
        human.contains("Preset: Pessimistic corner (pessimistic)"),
        "{human}"
    );
    assert!(human.contains("First wall: Data in 2026."), "{human}");
    assert!(human.contains("of hardware and"), "{human}");
}

/// Epoch AI's frontier records against each preset: history holds in the evidence preset and
/// falsifies the source diagram's memory wall.
#[test]
fn backtest_against_epoch_large_scale_models() {
    let doc = json(&["backtest", "--json"]);
    assert_eq!(doc["preset"], "evidence-2026");
    assert_eq!(doc["holds"], true);
    assert!(doc["source"]["url"].as_str().unwrap().contains("epoch.ai"));
    let records = doc["records"].as_array().unwrap();
    assert!(records.len() >= 5);
    assert_eq!(records[0]["model"], "GPT-4");
    for record in records {
        assert!(record["headroom"].as_f64().unwrap() >= 1.0, "{record}");
        assert_eq!(record["holds"], true);
    }

    let source = json(&["backtest", "--preset", "source-2025", "--json"]);
    assert_eq!(source["holds"], false);
    let grok4 = source["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["model"] == "Grok 4")
        .unwrap();
    assert_eq!(grok4["lowest_wall"], "memory_network");
    assert!(grok4["headroom"].as_f64().unwrap() < 1.0);
    let human =
        String::from_utf8(firstwall(&["backtest", "--preset", "source-2025"]).stdout).unwrap();
    assert!(
        human.contains("FALSIFIED") && human.contains("History contradicts"),
        "{human}"
    );
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    check_error(
        &["project", "--set", "power.nope=1"],
        "unknown parameter `power.nope`",
    );
    check_error(
        &["project", "--set", "power.campus_gw_2026=lots"],
        "must be a number (GW), got `lots`",
    );
    // A parameter model v2 removed says so, and what replaced it.
    check_error(
        &["project", "--set", "power.distributed_gw_2030=8"],
        "was removed in First Wall's model v2",
    );
    check_error(
        &["project", "--set", "run.utilization=1.5"],
        "must be between 0.01 and 1 fraction, got 1.5",
    );
    check_error(
        &["project", "--set", "run.utilization=NaN"],
        "must be a finite number",
    );
    check_error(
        &["project", "--set", "run.utilization"],
        "expected ID=VALUE",
    );
    check_error(
        &["project", "--preset", "utopia"],
        "unknown preset `utopia`",
    );
    check_error(
        &["project", "--scenario", "/no/such/file.json"],
        "cannot read the scenario file",
    );
    check_scenario_error(
        "malformed.json",
        "{\"version\": 1, \"preset\": ",
        "scenario file: EOF while parsing",
    );
    check_scenario_error(
        "wrong.json",
        r#"{"version": 1, "preset": "epoch-2030", "values": {"datacenter.free_cooling_share": 9}}"#,
        "datacenter.free_cooling_share (Free-cooling share (climate)) must be between 0 and 1",
    );
    check_error(
        &["project", "--preset", "epoch-2030", "--scenario", "x.json"],
        "cannot be used with",
    );
    check_error(&["nonsense"], "unrecognized subcommand");
}

#[test]
fn params_presets_and_accelerators() {
    let params = json(&["params", "--json"]);
    let params = params["params"].as_array().unwrap();
    assert!(params.len() >= 30);
    for p in params {
        for field in ["id", "label", "unit", "default", "low", "high", "source"] {
            assert!(!p[field].is_null(), "{} lacks {field}", p["id"]);
        }
        assert!(p["source"]["title"].is_string() && p["source"]["locator"].is_string());
    }
    assert!(params
        .iter()
        .any(|p| p["id"] == "power.campus_gw_2026" && p["default"] == 1.0));
    // Every parameter says how it is known, and as of when.
    for p in params {
        let tier = p["evidence"].as_str().unwrap();
        assert!(
            ["measured", "derived", "assumption", "fitted"].contains(&tier),
            "{}: {tier}",
            p["id"]
        );
        assert!(
            p["as_of"].as_str().unwrap().starts_with("20"),
            "{}",
            p["id"]
        );
    }

    // The sweep's correlation structure: each factor's parameters, with loadings and a source.
    let factors = json(&["params", "--json"])["factors"].clone();
    let factors = factors.as_array().unwrap();
    assert!(factors.iter().any(|f| f["id"] == "investment"
        && f["loadings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["param"] == "compute.stock_growth_per_year")));
    for f in factors {
        assert!(f["source"]["url"].is_string() && f["why"].is_string());
    }

    let presets = json(&["presets", "--json"]);
    let ids: Vec<&str> = presets["presets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "evidence-2026",
            "epoch-2030",
            "source-2025",
            "optimistic",
            "pessimistic"
        ]
    );

    let accelerators = json(&["accelerators", "--json"]);
    let list = accelerators["accelerators"].as_array().unwrap();
    for id in [
        "a100", "h100", "h200", "b200", "gb200", "mi300x", "tpu-v5p", "gb300", "vr200", "mi355x",
        "tpu-v7",
    ] {
        let a = list
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert!(a["bf16_flop_per_s"].as_f64().unwrap() > 1e14);
        assert!(a["hbm_bytes_per_s"].as_f64().unwrap() > 1e12);
        assert!(a["source"]["url"].is_string());
    }
    let human = String::from_utf8(firstwall(&["params"]).stdout).unwrap();
    assert!(human.contains("power.campus_gw_2026") && human.contains("Sources:"));
}

#[test]
fn train_time_gpt3_on_a100s() {
    // 3.14e23 FLOP (Brown et al. 2020) on 1,024 A100 at 140 of 312 TFLOP/s (Narayanan et al. 2021).
    let doc = json(&[
        "train-time",
        "--flop",
        "3.14e23",
        "--accelerator",
        "a100",
        "--count",
        "1024",
        "--utilization",
        "0.4487",
        "--json",
    ]);
    let days = doc["days"].as_f64().unwrap();
    assert!((24.0..26.5).contains(&days), "{days}");
    assert!((doc["seconds"].as_f64().unwrap() / 86_400.0 - days).abs() < 1e-9);
    check_error(
        &[
            "train-time",
            "--flop",
            "1e24",
            "--accelerator",
            "a100",
            "--count",
            "8",
            "--precision",
            "fp8",
        ],
        "has no fp8 arithmetic",
    );
    check_error(
        &[
            "train-time",
            "--flop",
            "-1",
            "--accelerator",
            "h100",
            "--count",
            "8",
        ],
        "--flop must be a finite number above 0",
    );
    check_error(
        &[
            "train-time",
            "--flop",
            "1e24",
            "--accelerator",
            "h900",
            "--count",
            "8",
        ],
        "unknown accelerator `h900`",
    );
    check_error(
        &[
            "train-time",
            "--flop",
            "1e24",
            "--accelerator",
            "h100",
            "--count",
            "2.5",
        ],
        "whole number",
    );
    check_error(
        &[
            "train-time",
            "--flop",
            "1e24",
            "--accelerator",
            "h100",
            "--count",
            "8",
            "--utilization",
            "3",
        ],
        "at most 1",
    );
}

#[test]
fn gpu_check_agrees_on_this_machines_adapter() {
    // The count is checked before any GPU is opened: a grid has at least 2 × 2 cells and at
    // most 1,024 × 1,024.
    check_error(&["gpu-check", "--cases", "3"], "--cases");
    check_error(&["gpu-check", "--cases", "1048577"], "--cases");
    let output = firstwall(&["gpu-check", "--cases", "5000", "--json"]);
    if !output.status.success() && std::env::var_os("FIRSTWALL_ALLOW_NO_GPU").is_some() {
        eprintln!(
            "skipped, FIRSTWALL_ALLOW_NO_GPU is set: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        return;
    }
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    // 5,000 cells round to the nearest square grid: 71 × 71.
    assert_eq!(doc["cells"], 71 * 71);
    for axis in ["x", "y"] {
        assert_eq!(doc[axis]["steps"], 71, "{axis}");
    }
    assert_eq!(doc["x"]["param"], "power.campus_gw_2026");
    assert_eq!(doc["y"]["param"], "demand.growth_per_year");
    assert_eq!(doc["preset"], "evidence-2026");
    let count = |key: &str| doc[key].as_u64().unwrap();
    assert_eq!(
        count("agreeing_cells") + count("disagreeing_cells"),
        71 * 71
    );
    // At least 99.5 % of the cells agree; the rest lie on a boundary between two walls.
    assert_eq!(doc["min_agreeing_share"], 0.995);
    assert!(count("agreeing_cells") * 1000 >= 71 * 71 * 995, "{doc}");
    // 5,041 × 0.5 % = 25.2: at most 25 cells may differ.
    assert_eq!(count("max_disagreeing_cells"), 25);
    assert!(count("disagreeing_cells") <= 25, "{doc}");
    let max_diff_years = doc["max_diff_years"].as_f64().unwrap();
    assert!(
        (0.0..=doc["tolerance_years"].as_f64().unwrap()).contains(&max_diff_years),
        "{doc}"
    );
    assert_eq!(doc["agrees"], true);
    // The text says the same.
    let text = String::from_utf8(firstwall(&["gpu-check", "--cases", "5000"]).stdout).unwrap();
    assert!(
        text.contains("5041 cells around evidence-2026") && text.contains("GPU and CPU agree"),
        "{text}"
    );
}

#[test]
fn datacenter_json_contract_and_errors() {
    let doc = json(&[
        "datacenter",
        "--accelerator",
        "h100",
        "--count",
        "100000",
        "--json",
    ]);
    for key in [
        "accelerators",
        "it_power_mw",
        "facility_power_mw",
        "pue",
        "rack_power_kw",
        "racks",
        "cooling_feasible",
        "cooling_reason",
        "annual_energy_gwh",
        "annual_co2_t",
        "annual_water_m3",
        "annual_energy_cost_usd",
        "training_flop_per_year",
    ] {
        assert!(!doc[key].is_null(), "{key} missing: {doc}");
    }
    assert_eq!(doc["accelerators"], 100000.0);
    assert_eq!(doc["cooling_feasible"], true);
    // SemiAnalysis: a 100k-H100 cluster needs over 150 MW of critical IT; ~1.7 kW per H100 all in.
    let it = doc["it_power_mw"].as_f64().unwrap();
    assert!((135.0..165.0).contains(&it), "{it}");
    // The default preset's hall: direct-to-chip liquid on AC power, half the year on free
    // cooling, between its PUE of 1.25 with none and 1.1 with all.
    let pue = doc["pue"].as_f64().unwrap();
    assert!((pue - 1.175).abs() < 1e-9, "{pue}");

    let air = json(&[
        "datacenter",
        "--accelerator",
        "gb200",
        "--facility-mw",
        "1000",
        "--cooling",
        "air",
        "--json",
    ]);
    assert_eq!(air["cooling_feasible"], false);
    assert!(air["cooling_reason"]
        .as_str()
        .unwrap()
        .contains("GB200 NVL72 is designed for liquid cooling only (132 kW racks)"));
    let facility = air["facility_power_mw"].as_f64().unwrap();
    assert!(facility <= 1000.0 && facility > 999.0, "{facility}");

    let ac = json(&[
        "datacenter",
        "--accelerator",
        "h100",
        "--count",
        "1000",
        "--json",
    ]);
    let dc = json(&[
        "datacenter",
        "--accelerator",
        "h100",
        "--count",
        "1000",
        "--power-chain",
        "dc-800v",
        "--json",
    ]);
    assert!(
        dc["facility_power_mw"].as_f64().unwrap()
            < ac["facility_power_mw"].as_f64().unwrap() * 0.96
    );
    let fixed = json(&[
        "datacenter",
        "--accelerator",
        "h100",
        "--count",
        "1000",
        "--pue",
        "1.5",
        "--json",
    ]);
    assert_eq!(fixed["pue"], 1.5);

    check_error(
        &["datacenter", "--accelerator", "tpu-v5p", "--count", "8"],
        "power draw is not published",
    );
    check_error(
        &[
            "datacenter",
            "--accelerator",
            "h100",
            "--count",
            "8",
            "--cooling",
            "fans",
        ],
        "must be one of air, rear-door, direct-liquid, immersion",
    );
    check_error(
        &[
            "datacenter",
            "--accelerator",
            "h100",
            "--count",
            "8",
            "--power-chain",
            "dc",
        ],
        "must be one of ac, dc-800v",
    );
    check_error(
        &["datacenter", "--accelerator", "h100", "--count", "-3"],
        "--count must be a finite number above 0",
    );
    check_error(
        &[
            "datacenter",
            "--accelerator",
            "h100",
            "--facility-mw",
            "abc",
        ],
        "--facility-mw must be a number",
    );
    check_error(
        &[
            "datacenter",
            "--accelerator",
            "h100",
            "--count",
            "8",
            "--pue",
            "0.5",
        ],
        "--pue must be between 1 and 3",
    );
    check_error(&["datacenter", "--accelerator", "h100"], "--count");
    check_error(
        &[
            "datacenter",
            "--accelerator",
            "h100",
            "--count",
            "8",
            "--facility-mw",
            "3",
        ],
        "cannot be used with",
    );
}

#[test]
fn sweep_json_contract() {
    let doc = json(&["sweep", "--samples", "20000", "--seed", "7", "--json"]);
    assert_eq!(doc["samples"], 20000);
    assert_eq!(doc["seed"], 7);
    assert_eq!(doc["engine"], "cpu");
    assert!(doc["adapter"].as_str().unwrap().starts_with("CPU"));
    let shares = doc["first_wall_share"].as_object().unwrap();
    let keys: Vec<&str> = shares.keys().map(String::as_str).collect();
    for key in [
        "data",
        "software",
        "compute",
        "memory_network",
        "power",
        "cooling",
        "none",
    ] {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
    }
    let total: f64 = shares.values().map(|v| v.as_f64().unwrap()).sum();
    assert!((total - 1.0).abs() < 1e-9, "{total}");
    // Draws that put a wall below a run that happened are dropped, and counted.
    let rejected = doc["rejected_share"].as_f64().unwrap();
    assert!(rejected > 0.0 && rejected < 0.25, "{rejected}");
    let accepted = doc["accepted"].as_f64().unwrap();
    assert!((accepted / 20_000.0 - (1.0 - rejected)).abs() < 1e-9);
    assert!(shares["power"].as_f64().unwrap() > 0.1);
    let q = &doc["first_year_quantiles"];
    let (p10, p50, p90) = (
        q["p10"].as_f64().unwrap(),
        q["p50"].as_f64().unwrap(),
        q["p90"].as_f64().unwrap(),
    );
    assert!(
        2024.0 <= p10 && p10 < p50 && p50 < p90 && p90 <= 2040.0,
        "{q}"
    );
    assert!(doc["elapsed_s"].as_f64().unwrap() >= 0.0);
    // A seed reproduces a sweep; another seed draws other samples.
    let again = json(&["sweep", "--samples", "20000", "--seed", "7", "--json"]);
    assert_eq!(again["first_wall_share"], doc["first_wall_share"]);
    let other = json(&["sweep", "--samples", "20000", "--seed", "8", "--json"]);
    assert_ne!(other["first_wall_share"], doc["first_wall_share"]);
    // A scenario moves the answer: ten times the power makes power first far less often.
    let more_power = json(&[
        "sweep",
        "--samples",
        "20000",
        "--set",
        "power.campus_gw_2026=10",
        "--set",
        "power.ai_capacity_gw_2025=50",
        "--json",
    ]);
    assert!(
        more_power["first_wall_share"]["power"].as_f64().unwrap()
            < shares["power"].as_f64().unwrap() / 2.0
    );
}

#[test]
fn sweep_on_the_gpu_agrees_with_the_cpu() {
    let args = ["sweep", "--samples", "100000", "--seed", "3", "--json"];
    let output = firstwall(&[&args[..], &["--engine", "gpu"]].concat());
    if !output.status.success() && std::env::var_os("FIRSTWALL_ALLOW_NO_GPU").is_some() {
        eprintln!("skipped, FIRSTWALL_ALLOW_NO_GPU is set");
        return;
    }
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let gpu: Value = serde_json::from_slice(&output.stdout).unwrap();
    let cpu = json(&args);
    assert_eq!(gpu["engine"], "gpu");
    for (wall, share) in cpu["first_wall_share"].as_object().unwrap() {
        let a = share.as_f64().unwrap();
        let b = gpu["first_wall_share"][wall].as_f64().unwrap();
        assert!((a - b).abs() <= 0.005, "{wall}: cpu {a} gpu {b}");
    }
    for q in ["p10", "p50", "p90"] {
        let a = cpu["first_year_quantiles"][q].as_f64().unwrap();
        let b = gpu["first_year_quantiles"][q].as_f64().unwrap();
        assert!((a - b).abs() <= 0.05, "{q}: cpu {a} gpu {b}");
    }
}

#[test]
fn gpu_engine_without_an_adapter_fails_and_never_falls_back() {
    // No Vulkan driver to be found: what a machine without a GPU looks like.
    let output = Command::new(env!("CARGO_BIN_EXE_firstwall"))
        .args(["sweep", "--engine", "gpu", "--samples", "100", "--json"])
        .env("VK_ICD_FILENAMES", "/nonexistent/firstwall.json")
        .env("VK_DRIVER_FILES", "/nonexistent/firstwall.json")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--engine gpu needs a usable GPU adapter"),
        "{stderr}"
    );
    assert!(stderr.contains("--engine cpu"), "{stderr}");
}

#[test]
fn grid_csv_and_map() {
    let output = firstwall(&[
        "grid",
        "--x",
        "power.campus_gw_2026:0.2:10:12",
        "--y",
        "demand.growth_per_year:2:8:5",
        "--csv",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("power.campus_gw_2026,demand.growth_per_year,first_wall,year")
    );
    let cells: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(cells.len(), 60);
    assert!((cells[0][0].parse::<f64>().unwrap() - 0.2).abs() < 1e-9);
    assert!((cells[11][0].parse::<f64>().unwrap() - 10.0).abs() < 1e-9);
    // The top row (8× a year), the least power: power first.
    assert_eq!(cells[48][2], "power", "{:?}", cells[48]);
    let walls: std::collections::BTreeSet<&str> = cells.iter().map(|c| c[2]).collect();
    assert!(walls.len() >= 2, "{walls:?}");
    let map = firstwall(&[
        "grid",
        "--x",
        "power.campus_gw_2026:0.2:10:12",
        "--y",
        "demand.growth_per_year:2:8:5",
    ]);
    let map = String::from_utf8(map.stdout).unwrap();
    assert!(map.contains("PPP") && map.contains("P power"), "{map}");
}

#[test]
fn bad_sweeps_and_grids_exit_2() {
    check_error(
        &["sweep", "--samples", "0"],
        "samples must be a whole number",
    );
    check_error(
        &["sweep", "--samples", "lots"],
        "samples must be a whole number",
    );
    check_error(
        &["sweep", "--samples", "1e12"],
        "samples must be a whole number",
    );
    check_error(
        &["sweep", "--set", "power.growth_per_year=NaN"],
        "power.growth_per_year",
    );
    check_error(&["sweep", "--preset", "nope"], "unknown preset");
    check_error(
        &[
            "grid",
            "--x",
            "power.campus_gw_2026:1:2",
            "--y",
            "demand.growth_per_year:2:8:5",
        ],
        "ID:LOW:HIGH:N",
    );
    check_error(
        &[
            "grid",
            "--x",
            "nope:1:2:3",
            "--y",
            "demand.growth_per_year:2:8:5",
        ],
        "unknown parameter `nope`",
    );
    check_error(
        &[
            "grid",
            "--x",
            "power.distributed_gw_2030:1:5:8",
            "--y",
            "demand.growth_per_year:2:8:5",
        ],
        "`power.distributed_gw_2030` was removed in First Wall's model v2",
    );
    check_error(
        &[
            "grid",
            "--x",
            "power.campus_gw_2026:5:1:8",
            "--y",
            "demand.growth_per_year:2:8:5",
        ],
        "must run from low to high",
    );
    check_error(
        &[
            "grid",
            "--x",
            "power.campus_gw_2026:1:5:8",
            "--y",
            "power.campus_gw_2026:1:5:8",
        ],
        "different parameters",
    );
    check_error(
        &[
            "grid",
            "--x",
            "datacenter.cooling:0:3:4",
            "--y",
            "demand.growth_per_year:2:8:5",
        ],
        "is a choice",
    );
    check_error(
        &[
            "grid",
            "--x",
            "power.campus_gw_2026:1:5:100000",
            "--y",
            "demand.growth_per_year:2:8:5",
        ],
        "2 to 1024 steps",
    );
}

#[test]
fn roofline_json_contract() {
    let doc = json(&[
        "roofline",
        "--accelerator",
        "h100",
        "--params",
        "70e9",
        "--json",
    ]);
    for key in [
        "arithmetic_intensity_flop_per_byte",
        "ridge_flop_per_byte",
        "bound",
        "tokens_per_s",
        "fits_in_memory",
        "devices",
    ] {
        assert!(!doc[key].is_null(), "{key} missing: {doc}");
    }
    // H100: 989.4 TFLOP/s over 3.35 TB/s ≈ 295 FLOP/byte; a 70B model at 16 bits needs two.
    assert!((doc["ridge_flop_per_byte"].as_f64().unwrap() - 295.3).abs() < 0.1);
    assert_eq!(doc["bound"], "memory");
    assert_eq!(doc["fits_in_memory"], false);
    assert_eq!(doc["devices"], 2.0);
    // A batch of 512 on a small model crosses the ridge.
    let big = json(&[
        "roofline",
        "--accelerator",
        "h100",
        "--params",
        "7e9",
        "--batch",
        "512",
        "--context",
        "0",
        "--json",
    ]);
    assert_eq!(big["bound"], "compute");
    check_error(
        &[
            "roofline",
            "--accelerator",
            "h100",
            "--params",
            "7e9",
            "--active-params",
            "8e9",
        ],
        "cannot exceed parameters",
    );
    check_error(
        &["roofline", "--accelerator", "h100", "--params", "-1"],
        "--params",
    );
    check_error(
        &["roofline", "--accelerator", "warp", "--params", "7e9"],
        "unknown accelerator `warp`",
    );
    check_error(
        &[
            "roofline",
            "--accelerator",
            "h100",
            "--params",
            "7e9",
            "--bytes-per-param",
            "9",
        ],
        "bytes per parameter",
    );
}

#[test]
fn claims_json_contract() {
    let doc = json(&["claims", "--json"]);
    let claims = doc["claims"].as_array().unwrap();
    assert!(claims.len() >= 12);
    let verdicts = [
        "holds",
        "holds-with-correction",
        "outdated",
        "false",
        "unverified",
    ];
    for claim in claims {
        for key in ["id", "claim", "verdict", "explanation", "sources"] {
            assert!(!claim[key].is_null(), "{key} missing: {claim}");
        }
        assert!(
            verdicts.contains(&claim["verdict"].as_str().unwrap()),
            "{claim}"
        );
        assert!(!claim["sources"].as_array().unwrap().is_empty());
    }
    let gpt3 = claims.iter().find(|c| c["id"] == "gpt3-a100").unwrap();
    assert_eq!(gpt3["verdict"], "false");
    assert!(
        gpt3["calculation"].as_str().unwrap().contains("34 days"),
        "{gpt3}"
    );
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read as _;
    // Megabytes of CSV: far more than a pipe holds, so the tool does write into a closed pipe.
    let mut child = Command::new(env!("CARGO_BIN_EXE_firstwall"))
        .args([
            "grid",
            "--x",
            "power.campus_gw_2026:0.2:10:1024",
            "--y",
            "demand.growth_per_year:2:8:64",
            "--csv",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?}", output.status);
}

/// Every number in a JSON document is a number: serde_json writes NaN and infinity as `null`, so
/// a `null` where a figure belongs is a figure that lied.
#[track_caller]
fn check_no_null(doc: &Value, keys: &[&str]) {
    for key in keys {
        let figure = doc[*key].as_f64();
        assert!(
            figure.is_some_and(f64::is_finite),
            "{key} is not a finite number: {doc}"
        );
    }
}

/// F7: finite inputs whose products overflow used to print "compute-bound" and infinite tokens
/// per second with exit 0; now each is refused by the flag it came from.
#[test]
fn roofline_refuses_inputs_whose_products_overflow() {
    check_error(
        &[
            "roofline",
            "--accelerator",
            "h100",
            "--params",
            "70e9",
            "--kv-bytes-per-token",
            "1e308",
        ],
        "in --kv-bytes-per-token: KV-cache bytes per token must be a number from 0 to 1e12, got 1e308",
    );
    check_error(
        &["roofline", "--accelerator", "h100", "--params", "1e308"],
        "in --params: parameters must be a number from 1 to 1e18, got 1e308",
    );
    check_error(
        &[
            "roofline",
            "--accelerator",
            "h100",
            "--params",
            "70e9",
            "--active-params",
            "5e-324",
        ],
        "in --active-params: active parameters must be a number from 1 to 1e18",
    );
    check_error(
        &[
            "roofline",
            "--accelerator",
            "h100",
            "--params",
            "70e9",
            "--context",
            "1e-400",
        ],
        "--context must be a number, got `1e-400`, which is too small to represent",
    );
    // At the limits every figure is finite, and the huge cache makes decoding memory-bound.
    let doc = json(&[
        "roofline",
        "--accelerator",
        "h100",
        "--params",
        "1e18",
        "--kv-bytes-per-token",
        "1e12",
        "--batch",
        "1000000",
        "--context",
        "100000000",
        "--json",
    ]);
    assert_eq!(doc["bound"], "memory");
    check_no_null(
        &doc,
        &[
            "arithmetic_intensity_flop_per_byte",
            "tokens_per_s",
            "tokens_per_s_per_sequence",
            "devices",
            "memory_bytes",
            "flop_per_step",
            "bytes_per_step",
        ],
    );
}

/// F7: a utilization of 5e-324 is above 0, but the run would take more seconds than a number
/// holds; the tool used to print "inf days".
#[test]
fn train_time_refuses_a_time_that_overflows() {
    check_error(
        &[
            "train-time",
            "--flop",
            "1e24",
            "--accelerator",
            "h100",
            "--count",
            "8",
            "--utilization",
            "5e-324",
        ],
        "takes longer than a number can hold; raise the utilization or the accelerator count",
    );
    check_error(
        &[
            "train-time",
            "--flop",
            "5e-324",
            "--accelerator",
            "h100",
            "--count",
            "8",
        ],
        "takes less time than a number can hold",
    );
    let doc = json(&[
        "train-time",
        "--flop",
        "1e308",
        "--accelerator",
        "h100",
        "--count",
        "1e12",
        "--json",
    ]);
    check_no_null(&doc, &["seconds", "days", "months", "achieved_flop_per_s"]);
}

/// F8: a count is whole wherever it is typed: `--count`, `--set` and scenario files agree.
#[test]
fn fractional_counts_are_refused_everywhere() {
    check_error(
        &["project", "--set", "n=1.5"],
        "datacenter.count (Accelerators) must be a whole number, got 1.5",
    );
    check_error(
        &["project", "--set", "network.steps_per_sync=2.5"],
        "must be a whole number, got 2.5",
    );
    check_scenario_error(
        "fractional.json",
        r#"{"version": 2, "preset": "evidence-2026", "values": {"datacenter.count": 1.5}}"#,
        "datacenter.count (Accelerators) must be a whole number, got 1.5",
    );
    check_error(
        &["datacenter", "--accelerator", "h100", "--count", "1.5"],
        "--count must be a whole number of accelerators, got 1.5",
    );
    let doc = json(&["project", "--json", "--set", "n=2e3"]);
    assert_eq!(doc["values"]["datacenter.count"], 2000.0);
}

/// `params --json` says which parameters are whole numbers.
#[test]
fn params_json_says_which_parameters_are_whole() {
    let doc = json(&["params", "--json"]);
    let whole: Vec<&str> = doc["params"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["whole"] == true && p["unit"] != "choice")
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(whole, ["network.steps_per_sync", "datacenter.count"]);
    assert!(doc["params"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["whole"].is_boolean()));
}

/// F11: JSON keeps the last of two equal keys without a word; a scenario file refuses them and
/// names both.
#[test]
fn scenario_files_that_set_a_parameter_twice_are_refused() {
    for (name, contents, want) in [
        (
            "alias.json",
            r#"{"version": 1, "preset": "epoch-2030", "values": {"pd": 5, "power.distributed_gw_2030": 10}}"#,
            "`values` sets power.distributed_gw_2030 twice, as `pd` and as `power.distributed_gw_2030`; keep one",
        ),
        (
            "alias2.json",
            r#"{"version": 2, "preset": "evidence-2026", "values": {"power.campus_gw_2026": 10, "pk": 5}}"#,
            "`values` sets power.campus_gw_2026 twice, as `pk` and as `power.campus_gw_2026`",
        ),
        (
            "same.json",
            r#"{"version": 2, "preset": "evidence-2026", "values": {"pk": 5, "pk": 10}}"#,
            "`values` sets `pk` twice; keep one",
        ),
        (
            "preset.json",
            r#"{"version": 2, "preset": "evidence-2026", "preset": "pessimistic"}"#,
            "the field `preset` appears twice",
        ),
    ] {
        check_scenario_error(name, contents, want);
    }
}

/// F13: a scenario file is read up to 1 MiB; a larger one (or an endless one) is refused
/// instead of filling the memory.
#[test]
fn scenario_files_over_1_mib_are_refused() {
    let big = format!(
        r#"{{"version": 2, "preset": "evidence-2026", "values": {{}}}}{}"#,
        " ".repeat(2 << 20)
    );
    check_scenario_error("big.json", &big, "is larger than 1 MiB");
    // Exactly at the cap is still read.
    let mut at_cap = String::from(r#"{"version": 2, "preset": "pessimistic"}"#);
    at_cap.push_str(&" ".repeat((1 << 20) - at_cap.len()));
    let path = temp_file("at-cap.json", &at_cap);
    let doc = json(&["project", "--json", "--scenario", path.to_str().unwrap()]);
    assert_eq!(doc["preset"], "pessimistic");
    std::fs::remove_file(path).ok();
}

/// F13: `/dev/zero` never ends; the tool stops reading at the cap.
#[cfg(unix)]
#[test]
fn an_endless_scenario_file_is_refused() {
    if std::path::Path::new("/dev/zero").exists() {
        check_error(
            &["project", "--scenario", "/dev/zero"],
            "the scenario file `/dev/zero` is larger than 1 MiB",
        );
    }
}

/// F13: a pasted megabyte comes back as 60 characters and a length, never whole.
#[test]
fn long_input_is_not_echoed_whole() {
    let long = "a".repeat(100_000);
    let cases: [(Vec<String>, &str); 5] = [
        (
            vec!["project".into(), "--preset".into(), long.clone()],
            "unknown preset `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…` (100,000 characters)",
        ),
        (
            vec!["project".into(), "--set".into(), format!("pk={long}")],
            "must be a number (GW), got `aaaa",
        ),
        (
            vec!["sweep".into(), "--samples".into(), long.clone()],
            "(100,000 characters)",
        ),
        (
            vec!["sweep".into(), "--seed".into(), long.clone()],
            "(100,000 characters)",
        ),
        (
            vec![
                "train-time".into(),
                "--flop".into(),
                long.clone(),
                "--accelerator".into(),
                "h100".into(),
                "--count".into(),
                "8".into(),
            ],
            "--flop must be a number, got `aaaa",
        ),
    ];
    for (args, want) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        check_error(&args, want);
        let stderr = firstwall(&args).stderr;
        assert!(stderr.len() < 1_000, "{} bytes on stderr", stderr.len());
    }
    // Inside a scenario file too.
    let path = temp_file(
        "long-preset.json",
        &format!(r#"{{"version": 2, "preset": "{long}"}}"#),
    );
    check_error(
        &["project", "--scenario", path.to_str().unwrap()],
        "(100,000 characters)",
    );
    assert!(
        firstwall(&["project", "--scenario", path.to_str().unwrap()])
            .stderr
            .len()
            < 1_000
    );
    std::fs::remove_file(path).ok();
}

/// The text and `--json` come from one report: the figures the text shows are the JSON's.
#[test]
fn text_and_json_come_from_one_report() {
    let doc = json(&["project", "--json", "--preset", "epoch-2030"]);
    let text = String::from_utf8(firstwall(&["project", "--preset", "epoch-2030"]).stdout).unwrap();
    let first = &doc["first_wall"];
    let label = doc["walls"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["id"] == first["id"])
        .unwrap()["label"]
        .as_str()
        .unwrap();
    let year = first["year"].as_f64().unwrap();
    assert!(
        text.contains(&format!("First wall: {label} in {year:.1}")),
        "{text}"
    );

    let doc = json(&[
        "train-time",
        "--flop",
        "1e25",
        "--accelerator",
        "h100",
        "--count",
        "1e4",
        "--json",
    ]);
    let text = String::from_utf8(
        firstwall(&[
            "train-time",
            "--flop",
            "1e25",
            "--accelerator",
            "h100",
            "--count",
            "1e4",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(doc["count"], 10_000.0);
    assert_eq!(doc["precision"], "bf16");
    assert!(
        text.contains("on 1.00e4 × NVIDIA H100") && text.contains("(bf16, 40 % of"),
        "{text}"
    );
}

/// A choice given by its index or with spaces is reported by its id.
#[test]
fn datacenter_choices_are_reported_by_their_ids() {
    let doc = json(&[
        "datacenter",
        "--accelerator",
        "h100",
        "--count",
        "8",
        "--cooling",
        "2",
        "--power-chain",
        " dc-800v ",
        "--json",
    ]);
    assert_eq!(doc["cooling"], "direct-liquid");
    assert_eq!(doc["power_chain"], "dc-800v");
}

/// A value parser's message is printed whole, apostrophes and all, after clap's prefix.
#[test]
fn a_flags_message_is_printed_whole() {
    let output = firstwall(&[
        "grid",
        "--x",
        "power.distributed_gw_2030:1:5:8",
        "--y",
        "demand.growth_per_year:2:8:5",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "for '--x <ID:LOW:HIGH:N>': `power.distributed_gw_2030` was removed in First Wall's model v2"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("characters)"), "{stderr}");
    assert_eq!(output.status.code(), Some(2));
}

/// `goal`: each change it lists, set with `--set`, pushes `project`'s first wall past the year,
/// and 1 % less of it does not.
#[test]
fn goal_seek_changes_push_the_first_wall_past_the_year() {
    let doc = json(&["goal", "--after", "2028", "--json"]);
    assert_eq!(doc["already_past"], false);
    assert_eq!(doc["first_wall"], "power");
    let changes = doc["changes"].as_array().unwrap();
    assert!(changes.len() >= 10, "{doc}");
    for change in changes.iter().take(4) {
        let id = change["id"].as_str().unwrap();
        let (from, to) = (
            change["from"].as_f64().unwrap(),
            change["to"].as_f64().unwrap(),
        );
        let year = |value: f64| {
            let set = format!("{id}={value}");
            json(&["project", "--set", &set, "--json"])["first_wall"]["year"]
                .as_f64()
                .unwrap_or(f64::INFINITY)
        };
        assert!(year(to).floor() > 2028.0, "{id}={to}");
        assert!(
            year(from + 0.99 * (to - from)).floor() <= 2028.0,
            "{id}: 99 % of it"
        );
    }
    let already = json(&["goal", "--after", "2026", "--json"]);
    assert_eq!(already["already_past"], true);
    assert_eq!(already["changes"].as_array().unwrap().len(), 0);
    let text = String::from_utf8(firstwall(&["goal", "--after", "2030"]).stdout).unwrap();
    assert!(
        text.contains("Growth of the largest training run"),
        "{text}"
    );
    check_error(&["goal", "--after", "2045"], "from 2024 to 2039");
}

#[test]
fn preview_writes_a_png_per_view_and_reports_it() {
    let dir =
        std::env::temp_dir().join(format!("firstwall-cli-test-{}-preview", std::process::id()));
    let out_dir = dir.to_str().unwrap();
    let doc = json(&[
        "preview",
        "--view",
        "claims=Checking the claims",
        "--view",
        "engine=The optimization behind First Wall",
        "--out-dir",
        out_dir,
        "--json",
    ]);
    let images = doc["images"].as_array().unwrap();
    let views: Vec<&str> = images.iter().map(|i| i["view"].as_str().unwrap()).collect();
    assert_eq!(views, ["claims", "engine"]);
    for image in images {
        assert_eq!(
            (image["width_px"].as_u64(), image["height_px"].as_u64()),
            (Some(1200), Some(630))
        );
        let file = image["file"].as_str().unwrap();
        assert!(
            file.ends_with(&format!("{}.png", image["view"].as_str().unwrap())),
            "{image}"
        );
        let bytes = std::fs::read(file).unwrap();
        assert_eq!(bytes.len() as u64, image["bytes"].as_u64().unwrap());
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{file} is not a PNG"
        );
        for key in ["title", "headline", "alt"] {
            assert!(!image[key].as_str().unwrap().is_empty(), "{key}: {image}");
        }
    }
    assert_eq!(images[0]["title"], "Checking the claims");
    std::fs::remove_dir_all(&dir).ok();

    check_error(
        &["preview", "--view", "nowhere=A title", "--out-dir", out_dir],
        "the views are walls, sweep",
    );
    check_error(
        &["preview", "--view", "walls", "--out-dir", out_dir],
        "SLUG=TITLE",
    );
    check_error(&["preview", "--out-dir", out_dir], "--view");
}

#[test]
fn first_paint_prints_walls_answer_for_the_default_scenario_as_project_finds_it() {
    let doc = json(&["first-paint", "--json"]);
    assert_eq!(doc["scenario"], "evidence-2026");
    let views = doc["views"].as_array().unwrap();
    let slugs: Vec<&str> = views.iter().map(|v| v["view"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["walls", "sweep"]);
    let html = views[0]["html"].as_str().unwrap();
    // The same first wall as `project` at the same scenario, in the app's words and markup.
    let project = json(&["project", "--json"]);
    let wall = project["first_wall"]["id"].as_str().unwrap();
    let year = project["first_wall"]["year"].as_f64().unwrap().floor();
    assert!(
        html.contains(&format!("First wall: <strong data-wall=\"{wall}\">")),
        "{html}"
    );
    assert!(html.contains(&format!("— in {year}, at")), "{html}");
    assert!(html.starts_with("<div class=\"walls-answer boot-answer\">"));
    assert_eq!(html.matches("<svg ").count(), 6, "the road at six widths");
    // Uncertainty's: the default sweep, as `sweep` finds it with the app's samples and seed.
    let sweep = json(&["sweep", "--samples", "100000", "--seed", "1", "--json"]);
    let html = views[1]["html"].as_str().unwrap();
    let accepted = sweep["accepted"].as_u64().unwrap();
    let grouped = format!("{},{:03}", accepted / 1000, accepted % 1000);
    assert!(
        html.contains(&format!(
            "of {grouped} <span class=\"term\">plausible worlds</span>"
        )),
        "{grouped}: {html}"
    );
}
