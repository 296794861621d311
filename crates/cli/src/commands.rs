//! The subcommands. Each prints either text or exactly one JSON document.
#![allow(clippy::print_stdout)] // The CLI's job is to print.

use std::time::Instant;

use anyhow::{bail, Context as _};
use firstwall_model::accelerators::{Accelerator, Precision, ACCELERATORS};
use firstwall_model::claims::CLAIMS;
use firstwall_model::compute::{checked_duration_s_from_flop, SECONDS_PER_DAY};
use firstwall_model::format::echo;
use firstwall_model::projection::Binding;
use firstwall_model::roofline::{self, default_kv_bytes_per_token, Input, Workload};
use firstwall_model::source::Citation;
use firstwall_model::sweep::{
    parse_samples, quantile as quantile_of, Axis, Sweep, SweepError, Tally, FACTORS,
};
use firstwall_model::{scenario_file, PresetId, Scenario, WallId, PARAMS};
use serde_json::{json, Value};

use crate::table::{grouped, num, render};

/// GPT-4's training compute, for "× GPT-4" (Epoch 2030 report, footnote 2).
const GPT4_FLOP: f64 = firstwall_model::demand::DemandTrend::EPOCH_2030_REPORT.reference_flop;

fn citation_json(citation: &Citation) -> Value {
    json!({
        "title": citation.source.title,
        "authors": citation.source.authors,
        "publisher": citation.source.publisher,
        "year": citation.source.year,
        "url": citation.source.url,
        "locator": citation.locator,
    })
}

fn print_json(value: &Value) {
    println!("{value}");
}

pub fn params(json: bool) -> anyhow::Result<()> {
    if json {
        let params: Vec<Value> = PARAMS
            .iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "key": p.key,
                    "label": p.label,
                    "help": p.help,
                    "unit": p.unit,
                    "group": format!("{:?}", p.group),
                    "default": p.default,
                    "low": p.low,
                    "high": p.high,
                    "min": p.min,
                    "max": p.max,
                    "whole": p.whole,
                    "distribution": format!("{:?}", p.distribution),
                    "source": citation_json(&p.source),
                    "evidence": p.evidence.id(),
                    "as_of": p.as_of,
                    "range_note": p.range_note,
                })
            })
            .collect();
        let factors: Vec<Value> = FACTORS
            .iter()
            .map(|f| {
                json!({
                    "id": f.id,
                    "label": f.label,
                    "why": f.why,
                    "source": citation_json(&f.source),
                    "loadings": f.loadings.iter().map(|(id, loading)| json!({
                        "param": id.spec().id,
                        "loading": loading,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        print_json(&json!({ "params": params, "factors": factors }));
        return Ok(());
    }
    let mut rows = vec![vec![
        "id".to_owned(),
        "default".to_owned(),
        "range".to_owned(),
        "unit".to_owned(),
        "evidence".to_owned(),
        "label".to_owned(),
    ]];
    rows.extend(PARAMS.iter().map(|p| {
        vec![
            p.id.to_owned(),
            num(p.default),
            format!("{}–{}", num(p.low), num(p.high)),
            p.unit.to_owned(),
            format!("{} ({})", p.evidence.id(), p.as_of),
            p.label.to_owned(),
        ]
    }));
    print!("{}", render(&rows));
    println!("\nSources:");
    for p in &PARAMS {
        println!("  {}: {}", p.id, p.source.text());
    }
    println!(
        "\nShared drivers of the sweep (two parameters on one driver correlate by the product of \
         their loadings):"
    );
    for f in &FACTORS {
        let loadings: Vec<String> = f
            .loadings
            .iter()
            .map(|(id, loading)| format!("{} {loading}", id.spec().id))
            .collect();
        println!(
            "  {} ({}): {}. {}",
            f.label,
            loadings.join(", "),
            f.why,
            f.source.text()
        );
    }
    Ok(())
}

pub fn presets(json: bool) -> anyhow::Result<()> {
    if json {
        let presets: Vec<Value> = PresetId::ALL
            .iter()
            .map(|preset| {
                json!({
                    "id": preset.id(),
                    "title": preset.title(),
                    "description": preset.description(),
                    "source": citation_json(&preset.source()),
                    "overrides": preset.overrides().iter().map(|o| json!({
                        "id": o.id.spec().id, "value": o.value, "reason": o.why,
                        "evidence": o.evidence.id(), "as_of": o.as_of,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        print_json(&json!({ "presets": presets }));
        return Ok(());
    }
    let mut rows = vec![vec!["id".to_owned(), "title".to_owned()]];
    rows.extend(
        PresetId::ALL
            .iter()
            .map(|p| vec![p.id().to_owned(), p.title().to_owned()]),
    );
    print!("{}", render(&rows));
    for preset in PresetId::ALL {
        println!("\n{} — {}", preset.id(), preset.description());
        for o in preset.overrides() {
            println!(
                "  {} = {} [{}, {}]: {}",
                o.id.spec().id,
                num(o.value),
                o.evidence.id(),
                o.as_of,
                o.why
            );
        }
    }
    Ok(())
}

/// The scenario a command starts from: a preset or a scenario file, then `--set` changes.
#[derive(Debug, clap::Args)]
pub struct ScenarioArgs {
    /// Start from this preset (default evidence-2026).
    #[arg(long, value_name = "ID", conflicts_with = "scenario")]
    preset: Option<String>,
    /// Change one parameter, by id or short key: `--set power.campus_gw_2026=2`.
    #[arg(long = "set", value_name = "ID=VALUE")]
    sets: Vec<String>,
    /// Read a scenario file (the JSON the app exports); `--set` applies on top.
    #[arg(long, value_name = "FILE")]
    scenario: Option<std::path::PathBuf>,
}

/// The largest scenario file read: a full one is about 3 KB, so anything near this is not one
/// (`/dev/zero`, a disk image), and is refused before it fills the memory.
pub const MAX_SCENARIO_FILE_BYTES: u64 = 1 << 20;

/// The text of a scenario file, read up to [`MAX_SCENARIO_FILE_BYTES`].
fn read_scenario_file(path: &std::path::Path) -> anyhow::Result<String> {
    use std::io::Read as _;

    let shown = echo(&path.display().to_string());
    let file = std::fs::File::open(path)
        .with_context(|| format!("cannot read the scenario file {shown}"))?;
    let mut bytes = Vec::new();
    // One byte more than the cap tells a file of exactly the cap from a larger one.
    file.take(MAX_SCENARIO_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read the scenario file {shown}"))?;
    if bytes.len() as u64 > MAX_SCENARIO_FILE_BYTES {
        bail!(
            "the scenario file {shown} is larger than 1 MiB; a scenario file is a few kilobytes \
             of JSON (firstwall reads its `version`, `preset` and `values`)"
        );
    }
    String::from_utf8(bytes)
        .map_err(|err| anyhow::anyhow!("the scenario file {shown} is not UTF-8 text: {err}"))
}

impl ScenarioArgs {
    /// The validated scenario.
    fn scenario(&self) -> anyhow::Result<Scenario> {
        let mut scenario = match (&self.scenario, &self.preset) {
            (Some(path), _) => {
                let text = read_scenario_file(path)?;
                scenario_file::parse_json(&text).with_context(|| {
                    format!("in the scenario file {}", echo(&path.display().to_string()))
                })?
            }
            (None, Some(id)) => Scenario::preset(PresetId::lookup(id).ok_or_else(|| {
                firstwall_model::ScenarioError::UnknownPreset { name: id.clone() }
            })?),
            (None, None) => Scenario::preset(PresetId::DEFAULT),
        };
        for assignment in &self.sets {
            scenario = scenario
                .with_assignment(assignment)
                .with_context(|| format!("in --set {}", echo(assignment)))?;
        }
        Ok(scenario)
    }
}

fn binding_json(binding: &Binding) -> Value {
    json!({
        "id": binding.wall.id(),
        "component": binding.component.id(),
        "year": binding.year,
        "flop": binding.flop,
    })
}

fn cost_json(cost: &firstwall_model::cost::RunCost) -> Value {
    json!({
        "h100e": cost.h100e,
        "hardware_usd": cost.hardware_usd,
        "energy_usd": cost.energy_usd,
        "energy_mwh": cost.energy_mwh,
        "total_usd": cost.total_usd(),
    })
}

pub fn project(base: &ScenarioArgs, json: bool) -> anyhow::Result<()> {
    let scenario = base.scenario()?;
    let projection = firstwall_model::project(&scenario);
    if json {
        let walls: Vec<Value> = projection
            .walls
            .iter()
            .map(|wall| {
                json!({
                    "id": wall.id.id(),
                    "label": wall.id.label(),
                    "ceiling_flop": wall.ceiling_flop,
                    "binds_in_year": wall.binds_in_year,
                    "binding_component": wall.binding_component.map(|c| c.id()),
                    "can_bind": wall.ceiling_flop.is_some(),
                    "components": wall.components.iter().map(|c| json!({
                        "id": c.id.id(),
                        "label": c.id.label(),
                        "ceiling_flop": c.ceiling_flop,
                        "binds_in_year": c.binds_in_year,
                    })).collect::<Vec<_>>(),
                    "formula": wall.formula,
                })
            })
            .collect();
        print_json(&json!({
            "preset": projection.preset.id(),
            "values": scenario.changes(),
            "years": projection.years,
            "demand_flop": projection.demand_flop,
            "walls": walls,
            "first_wall": projection.first_wall.as_ref().map(binding_json),
            "order": projection.order.iter().map(|b| {
                let mut value = binding_json(b);
                value["tied_with_previous"] = json!(b.tied_with_previous);
                value
            }).collect::<Vec<_>>(),
            "effective_compute_multiplier": projection.effective_compute_multiplier,
            "run_cost_usd": projection.run_cost.iter().map(|c| c.total_usd()).collect::<Vec<_>>(),
            "run_cost": projection.run_cost.iter().map(cost_json).collect::<Vec<_>>(),
            "first_wall_run_cost": projection.first_wall_cost.as_ref().map(cost_json),
            "warnings": projection.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        }));
        return Ok(());
    }

    println!(
        "Preset: {} ({})",
        projection.preset.title(),
        projection.preset.id()
    );
    for (id, value) in scenario.changes() {
        println!("  changed: {id} = {}", num(value));
    }
    match &projection.first_wall {
        Some(first) => println!(
            "First wall: {} in {:.1}, at {} FLOP ({} × GPT-4), through {}",
            first.wall.label(),
            first.year,
            num(first.flop),
            grouped(first.flop / GPT4_FLOP),
            first.component.noun(),
        ),
        None => println!(
            "No wall binds before {}.",
            firstwall_model::projection::LAST_YEAR
        ),
    }
    for binding in projection.order.iter().skip(1) {
        println!(
            "  then {} in {:.1}{}",
            binding.wall.label(),
            binding.year,
            if binding.tied_with_previous {
                " (tied)"
            } else {
                ""
            }
        );
    }
    println!(
        "Algorithms set no ceiling; they multiply effective compute: ×{} by 2030.",
        num(projection.effective_compute_multiplier[2030 - 2024])
    );
    if let Some(cost) = &projection.first_wall_cost {
        println!(
            "The run demand wants then needs {} H100-equivalents: {} of hardware and {} of electricity.",
            num(cost.h100e),
            firstwall_model::format::dollars(cost.hardware_usd),
            firstwall_model::format::dollars(cost.energy_usd),
        );
    }

    let mut header = vec!["year".to_owned(), "demand".to_owned(), "cost".to_owned()];
    header.extend(
        projection
            .walls
            .iter()
            .filter(|w| w.ceiling_flop.is_some())
            .map(|w| w.id.id().to_owned()),
    );
    let mut rows = vec![header];
    for (i, year) in projection.years.iter().enumerate() {
        let mut row = vec![
            year.to_string(),
            num(projection.demand_flop[i]),
            firstwall_model::format::dollars(projection.run_cost[i].total_usd()),
        ];
        row.extend(
            projection
                .walls
                .iter()
                .filter_map(|w| w.ceiling_flop.as_ref().map(|c| num(c[i]))),
        );
        rows.push(row);
    }
    println!("\nLargest run, FLOP (demand and each wall's ceiling):");
    print!("{}", render(&rows));
    if !projection.warnings.is_empty() {
        println!("\nWarnings:");
        for warning in &projection.warnings {
            println!("  {warning}");
        }
    }
    Ok(())
}

pub fn backtest(base: &ScenarioArgs, json: bool) -> anyhow::Result<()> {
    let scenario = base.scenario()?;
    let checks = firstwall_model::backtest::backtest(&firstwall_model::Walls::new(&scenario));
    let holds = checks.iter().all(firstwall_model::backtest::Check::holds);
    if json {
        let rows: Vec<Value> = checks
            .iter()
            .map(|check| {
                json!({
                    "model": check.run.model,
                    "organization": check.run.organization,
                    "published": check.run.date(),
                    "flop": check.run.flop,
                    "confidence": check.run.confidence.label(),
                    "lowest_wall": check.lowest.map(|(wall, _)| wall.id()),
                    "lowest_ceiling_flop": check.lowest.map(|(_, ceiling)| ceiling),
                    "headroom": check.headroom(),
                    "demand_flop": check.demand_flop,
                    "holds": check.holds(),
                })
            })
            .collect();
        print_json(&json!({
            "preset": scenario.preset_id().id(),
            "source": citation_json(&firstwall_model::history::RUNS_SOURCE),
            "records": rows,
            "holds": holds,
        }));
        return Ok(());
    }
    println!(
        "Backtest of {} against the frontier records (Epoch AI, Data on Large-Scale AI Models, CC BY 4.0):",
        scenario.preset_id().id()
    );
    let mut rows = vec![[
        "published",
        "model",
        "FLOP",
        "lowest wall then",
        "ceiling",
        "headroom",
        "demand trend",
    ]
    .map(str::to_owned)
    .to_vec()];
    for check in &checks {
        rows.push(vec![
            check.run.date(),
            check.run.model.to_owned(),
            num(check.run.flop),
            check
                .lowest
                .map_or("none".to_owned(), |(wall, _)| wall.label().to_owned()),
            check.lowest.map_or("–".to_owned(), |(_, c)| num(c)),
            check.headroom().map_or("–".to_owned(), |h| {
                format!("×{h:.2}{}", if h < 1.0 { " FALSIFIED" } else { "" })
            }),
            format!("×{:.2}", check.demand_ratio()),
        ]);
    }
    print!("{}", render(&rows));
    println!(
        "{}",
        if holds {
            "History holds: every wall's ceiling was above every record when it was published."
        } else {
            "History contradicts this scenario: a record was trained above a wall's ceiling."
        }
    );
    Ok(())
}

pub fn accelerators(json: bool) -> anyhow::Result<()> {
    if json {
        let list: Vec<Value> = ACCELERATORS
            .iter()
            .map(|a| {
                json!({
                    "id": a.id,
                    "name": a.name,
                    "bf16_flop_per_s": a.bf16_flop_per_s,
                    "fp8_flop_per_s": a.fp8_flop_per_s,
                    "hbm_bytes": a.hbm_bytes,
                    "hbm_bytes_per_s": a.hbm_bytes_per_s,
                    "tdp_w": a.tdp_w,
                    "source": citation_json(&a.source),
                })
            })
            .collect();
        print_json(&json!({ "accelerators": list }));
        return Ok(());
    }
    let mut rows = vec![[
        "id",
        "BF16 TFLOP/s",
        "FP8 TFLOP/s",
        "HBM GB",
        "HBM TB/s",
        "TDP W",
        "name",
    ]
    .map(str::to_owned)
    .to_vec()];
    rows.extend(ACCELERATORS.iter().map(|a| {
        vec![
            a.id.to_owned(),
            num(a.bf16_flop_per_s / 1e12),
            a.fp8_flop_per_s.map_or("—".to_owned(), |f| num(f / 1e12)),
            num(a.hbm_bytes / 1e9),
            num(a.hbm_bytes_per_s / 1e12),
            a.tdp_w.map_or("—".to_owned(), num),
            a.name.to_owned(),
        ]
    }));
    print!("{}", render(&rows));
    println!("\nSources:");
    for a in &ACCELERATORS {
        println!("  {}: {}", a.id, a.source.text());
    }
    Ok(())
}

/// Arguments of `train-time`, as typed.
pub struct TrainTimeArgs<'a> {
    pub flop: &'a str,
    pub accelerator: &'a str,
    pub count: &'a str,
    pub utilization: &'a str,
    pub precision: Precision,
    pub json: bool,
}

fn positive_number(name: &str, text: &str) -> anyhow::Result<f64> {
    let value: f64 = text
        .trim()
        .parse()
        .with_context(|| format!("{name} must be a number, got {}", echo(text)))?;
    if !value.is_finite() || value <= 0.0 {
        bail!("{name} must be a finite number above 0, got {}", echo(text));
    }
    Ok(value)
}

/// The accelerator with this id, or an error that lists the known ones.
fn accelerator_by_id(id: &str) -> anyhow::Result<&'static Accelerator> {
    Accelerator::lookup(id).with_context(|| {
        format!(
            "unknown accelerator {}; known: {}",
            echo(id),
            ACCELERATORS
                .iter()
                .map(|a| a.id)
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

pub fn train_time(args: &TrainTimeArgs<'_>) -> anyhow::Result<()> {
    let flop = positive_number("--flop", args.flop)?;
    let count = positive_number("--count", args.count)?;
    if count.fract() != 0.0 || count > 1e12 {
        bail!(
            "--count must be a whole number of accelerators up to 1e12, got {}",
            echo(args.count)
        );
    }
    let utilization = positive_number("--utilization", args.utilization)?;
    if utilization > 1.0 {
        bail!(
            "--utilization must be at most 1 (100 % of peak), got {}",
            echo(args.utilization)
        );
    }
    let accelerator = accelerator_by_id(args.accelerator)?;
    let Some(peak_flop_per_s) = accelerator.peak_flop_per_s(args.precision) else {
        bail!(
            "{} has no {} arithmetic; use --precision bf16",
            accelerator.name,
            args.precision.as_str()
        );
    };
    let seconds = checked_duration_s_from_flop(flop, count, peak_flop_per_s, utilization)
        .context("the time of --flop on --count accelerators at --utilization")?;
    let days = seconds / SECONDS_PER_DAY;
    if args.json {
        print_json(&json!({
            "seconds": seconds,
            "days": days,
            "months": seconds / firstwall_model::walls::SECONDS_PER_MONTH,
            "flop": flop,
            "accelerator": accelerator.id,
            "count": count,
            "precision": args.precision.as_str(),
            "utilization": utilization,
            "peak_flop_per_s": peak_flop_per_s,
            "achieved_flop_per_s": count * peak_flop_per_s * utilization,
        }));
    } else {
        println!(
            "{} FLOP on {} × {} ({}, {} % of {} FLOP/s peak each): {} days ({} s)",
            num(flop),
            num(count),
            accelerator.name,
            args.precision.as_str(),
            num(utilization * 100.0),
            num(peak_flop_per_s),
            num(days),
            num(seconds)
        );
    }
    Ok(())
}

/// Arguments of `datacenter`, as typed.
pub struct DatacenterArgs<'a> {
    pub accelerator: &'a str,
    pub count: Option<&'a str>,
    pub facility_mw: Option<&'a str>,
    pub cooling: &'a str,
    pub power_chain: &'a str,
    pub pue: Option<&'a str>,
    pub json: bool,
}

pub fn datacenter(args: &DatacenterArgs<'_>) -> anyhow::Result<()> {
    use firstwall_model::datacenter::design;
    use firstwall_model::ParamId;

    let accelerator = accelerator_by_id(args.accelerator)?;
    let mut scenario = Scenario::preset(PresetId::DEFAULT)
        .with_assignment(&format!("datacenter.cooling={}", args.cooling))
        .context("in --cooling")?
        .with_assignment(&format!("datacenter.power_chain={}", args.power_chain))
        .context("in --power-chain")?;
    match (args.count, args.facility_mw) {
        (Some(count), _) => {
            let count = positive_number("--count", count)?;
            if count.fract() != 0.0 {
                bail!(
                    "--count must be a whole number of accelerators, got {}",
                    firstwall_model::format::exact(count)
                );
            }
            scenario = scenario
                .with(ParamId::AcceleratorCount, count)
                .context("in --count")?;
        }
        (None, Some(mw)) => {
            let mw = positive_number("--facility-mw", mw)?;
            scenario = scenario
                .with(ParamId::Sizing, 1.0)
                .and_then(|s| s.with(ParamId::FacilityMw, mw))
                .context("in --facility-mw")?;
        }
        (None, None) => bail!("give --count N or --facility-mw P"),
    }
    let pue = match args.pue {
        Some(text) => {
            let pue = positive_number("--pue", text)?;
            if !(1.0..=3.0).contains(&pue) {
                bail!("--pue must be between 1 and 3, got {}", echo(text));
            }
            Some(pue)
        }
        None => None,
    };
    let d = design(&scenario, accelerator, pue)?;
    if args.json {
        let flows: Vec<Value> = d
            .flows
            .iter()
            .map(|f| json!({ "from": f.from.label(), "to": f.to.label(), "mw": f.mw }))
            .collect();
        print_json(&json!({
            "accelerators": d.accelerators,
            "it_power_mw": d.it_power_mw,
            "facility_power_mw": d.facility_power_mw,
            "pue": d.per_accelerator.pue,
            "rack_power_kw": d.rack_power_kw,
            "racks": d.racks,
            "cooling_feasible": d.cooling_feasible,
            "cooling_reason": d.cooling_reason,
            "annual_energy_gwh": d.annual_energy_gwh,
            "annual_co2_t": d.annual_co2_t,
            "annual_water_m3": d.annual_water_m3,
            "annual_energy_cost_usd": d.annual_energy_cost_usd,
            "training_flop_per_year": d.training_flop_per_year,
            "accelerator": accelerator.id,
            "cooling": args.cooling,
            "power_chain": args.power_chain,
            "facility_w_per_accelerator": d.per_accelerator.facility_w,
            "it_w_per_accelerator": d.per_accelerator.it_w,
            "accelerators_per_rack": d.accelerators_per_rack,
            "rack_current_a": d.rack_current_a,
            "training_flop_per_run": d.training_flop_per_run,
            "power_flows_mw": flows,
        }));
        return Ok(());
    }
    println!(
        "{} × {} with {} cooling and {} power",
        grouped(d.accelerators),
        accelerator.name,
        d.cooling.label(),
        if d.chain == firstwall_model::datacenter::PowerChain::Ac {
            "AC"
        } else {
            "800 V DC"
        }
    );
    let rows = vec![
        vec!["IT power".to_owned(), format!("{} MW", num(d.it_power_mw))],
        vec![
            "facility power".to_owned(),
            format!("{} MW", num(d.facility_power_mw)),
        ],
        vec!["PUE".to_owned(), num(d.per_accelerator.pue)],
        vec![
            "per accelerator".to_owned(),
            format!(
                "{} W IT, {} W facility",
                num(d.per_accelerator.it_w),
                num(d.per_accelerator.facility_w)
            ),
        ],
        vec![
            "racks".to_owned(),
            format!(
                "{} of {} kW ({} accelerators each, {} A on the rack bus)",
                grouped(d.racks),
                num(d.rack_power_kw),
                num(d.accelerators_per_rack),
                grouped(d.rack_current_a)
            ),
        ],
        vec![
            "cooling".to_owned(),
            format!(
                "{}: {}",
                if d.cooling_feasible {
                    "feasible"
                } else {
                    "NOT FEASIBLE"
                },
                d.cooling_reason
            ),
        ],
        vec![
            "energy per year".to_owned(),
            format!("{} GWh", num(d.annual_energy_gwh)),
        ],
        vec![
            "CO₂ per year".to_owned(),
            format!("{} t", grouped(d.annual_co2_t)),
        ],
        vec![
            "water per year".to_owned(),
            format!("{} m³", grouped(d.annual_water_m3)),
        ],
        vec![
            "energy cost per year".to_owned(),
            format!("${}", grouped(d.annual_energy_cost_usd)),
        ],
        vec![
            "training compute per year".to_owned(),
            format!("{} FLOP", num(d.training_flop_per_year)),
        ],
    ];
    print!("{}", render(&rows));
    Ok(())
}

pub fn gpu_check(cases: u32, json: bool) -> anyhow::Result<()> {
    let started = Instant::now();
    let gpu = pollster::block_on(firstwall_gpu::GpuContext::new()).context("no usable GPU")?;
    let setup_s = started.elapsed().as_secs_f64();
    let trend_cases = firstwall_gpu::reference_cases(cases);
    let started = Instant::now();
    let agreement = pollster::block_on(gpu.check_against_model(&trend_cases))
        .context("the GPU check failed")?;
    let elapsed_s = started.elapsed().as_secs_f64();
    if json {
        print_json(&json!({
            "adapter": gpu.adapter().to_string(),
            "cases": agreement.cases,
            "max_abs_diff_years": agreement.max_abs_diff_years,
            "agrees": agreement.agrees(),
            "setup_s": setup_s,
            "elapsed_s": elapsed_s,
        }));
    } else {
        println!("adapter             {}", gpu.adapter());
        println!("cases               {}", agreement.cases);
        println!(
            "largest difference  {:.2e} years",
            agreement.max_abs_diff_years
        );
        println!(
            "verdict             {}",
            if agreement.agrees() {
                "GPU and CPU agree"
            } else {
                "GPU and CPU DISAGREE"
            }
        );
        println!(
            "time                {:.1} ms (setup {:.1} ms)",
            elapsed_s * 1e3,
            setup_s * 1e3
        );
    }
    if !agreement.agrees() {
        bail!(
            "the GPU differs from the model by {:e} years, more than the {:e} allowed",
            agreement.max_abs_diff_years,
            firstwall_gpu::AGREEMENT_TOLERANCE_YEARS
        );
    }
    Ok(())
}

pub struct SweepArgs<'a> {
    pub base: &'a ScenarioArgs,
    pub samples: &'a str,
    pub seed: u32,
    pub gpu: bool,
    pub json: bool,
}

/// Opens the GPU for `--engine gpu`; never falls back to the CPU.
fn open_gpu() -> anyhow::Result<firstwall_gpu::GpuContext> {
    pollster::block_on(firstwall_gpu::GpuContext::new()).map_err(|err| {
        anyhow::anyhow!(
            "--engine gpu needs a usable GPU adapter and never falls back to the CPU: {err} \
             (run with --engine cpu)"
        )
    })
}

/// The CPU's worker threads: every core.
fn cpu_threads() -> u32 {
    std::thread::available_parallelism()
        .ok()
        .and_then(|n| u32::try_from(n.get()).ok())
        .unwrap_or(1)
}

/// A sweep on every core: contiguous ranges of samples, tallies merged.
fn monte_carlo_threads(sweep: &Sweep, samples: u32, threads: u32) -> Tally {
    let chunk = samples.div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..samples)
            .step_by(chunk as usize)
            .map(|start| {
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    sweep.run(start, start.saturating_add(chunk).min(samples), &mut tally);
                    tally
                })
            })
            .collect();
        let mut total = Tally::default();
        for worker in workers {
            // A worker only panics on a bug; propagate it as one.
            total.merge(&worker.join().unwrap_or_default());
        }
        total
    })
}

pub fn sweep(args: &SweepArgs<'_>) -> anyhow::Result<()> {
    let base = args.base.scenario()?;
    let samples = parse_samples(args.samples).context("in --samples")?;
    let sweep = Sweep::new(&base, args.seed);
    let (tally, engine, adapter, elapsed_s) = if args.gpu {
        let gpu = open_gpu()?;
        let started = Instant::now();
        let tally = pollster::block_on(gpu.monte_carlo(&sweep, 0, samples))
            .context("the GPU sweep failed")?;
        (
            tally,
            "gpu",
            gpu.adapter().to_string(),
            started.elapsed().as_secs_f64(),
        )
    } else {
        let threads = cpu_threads();
        let started = Instant::now();
        let tally = monte_carlo_threads(&sweep, samples, threads);
        let adapter = format!(
            "CPU, f64, {threads} thread{}",
            if threads == 1 { "" } else { "s" }
        );
        (tally, "cpu", adapter, started.elapsed().as_secs_f64())
    };
    let quantile = |q: f64| tally.first_year_quantile(q);
    if args.json {
        let mut shares = serde_json::Map::new();
        for wall in WallId::ALL {
            shares.insert(wall.id().to_owned(), json!(tally.share(wall)));
        }
        shares.insert("none".to_owned(), json!(tally.none_share()));
        let mut wall_years = serde_json::Map::new();
        for (wall, bins) in WallId::ALL.iter().zip(&tally.wall_year_bins) {
            let binds: u64 = bins.iter().map(|&n| u64::from(n)).sum();
            wall_years.insert(
                wall.id().to_owned(),
                json!({
                    "binds_share": binds as f64 / tally.accepted().max(1) as f64,
                    "p10": quantile_of(bins, 0.1),
                    "p50": quantile_of(bins, 0.5),
                    "p90": quantile_of(bins, 0.9),
                }),
            );
        }
        print_json(&json!({
            "samples": samples,
            "seed": args.seed,
            "preset": base.preset_id().id(),
            "changes": base.changes(),
            "engine": engine,
            "adapter": adapter,
            "first_wall_share": shares,
            "rejected_share": tally.rejected_share(),
            "accepted": tally.accepted(),
            "first_year_quantiles": {
                "p10": quantile(0.1),
                "p50": quantile(0.5),
                "p90": quantile(0.9),
            },
            "wall_years": wall_years,
            "elapsed_s": elapsed_s,
            "samples_per_s": f64::from(samples) / elapsed_s.max(1e-9),
        }));
        return Ok(());
    }
    println!(
        "{} samples around {} (seed {}) on {adapter}, {:.2} s ({} samples/s)",
        grouped(f64::from(samples)),
        base.preset_id().id(),
        args.seed,
        elapsed_s,
        grouped((f64::from(samples) / elapsed_s.max(1e-9)).round()),
    );
    println!();
    let mut rows = vec![vec![
        "first wall".to_owned(),
        "share".to_owned(),
        "".to_owned(),
        "binds by 2040".to_owned(),
        "median year it binds".to_owned(),
    ]];
    for (wall, bins) in WallId::ALL.iter().zip(&tally.wall_year_bins) {
        let share = tally.share(*wall);
        let binds: u64 = bins.iter().map(|&n| u64::from(n)).sum();
        rows.push(vec![
            wall.label().to_owned(),
            format!("{:.1} %", share * 100.0),
            bar(share),
            format!(
                "{:.0} %",
                binds as f64 / tally.accepted().max(1) as f64 * 100.0
            ),
            quantile_of(bins, 0.5).map_or("—".to_owned(), |y| format!("{y:.1}")),
        ]);
    }
    rows.push(vec![
        "none by 2040".to_owned(),
        format!("{:.1} %", tally.none_share() * 100.0),
        bar(tally.none_share()),
        String::new(),
        String::new(),
    ]);
    print!("{}", render(&rows));
    println!();
    println!(
        "{:.1} % of the draws put a wall below a run that already happened (Epoch AI's records) and \
         were dropped; the shares are of the other {}.",
        tally.rejected_share() * 100.0,
        grouped(tally.accepted() as f64),
    );
    match (quantile(0.1), quantile(0.5), quantile(0.9)) {
        _ if tally.accepted() == 0 => {
            println!("every draw contradicted history: this scenario leaves no plausible world");
        }
        (Some(p10), Some(p50), Some(p90)) => println!(
            "the first wall binds in {p50:.1} (median); 80 % of samples between {p10:.1} and {p90:.1}"
        ),
        _ => println!("no wall binds before 2040 in any sample"),
    }
    Ok(())
}

/// A bar of up to 30 blocks for a share.
fn bar(share: f64) -> String {
    // 0–30 blocks; the share is within 0–1.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let blocks = (share.clamp(0.0, 1.0) * 30.0).round() as usize;
    "█".repeat(blocks)
}

pub struct GridArgs<'a> {
    pub x: &'a str,
    pub y: &'a str,
    pub base: &'a ScenarioArgs,
    pub gpu: bool,
    pub csv: bool,
}

/// One letter per first wall, for the text map.
fn wall_letter(cell: Option<(WallId, f64)>) -> char {
    match cell.map(|c| c.0) {
        Some(WallId::Data) => 'D',
        Some(WallId::Software) => 'A',
        Some(WallId::Compute) => 'C',
        Some(WallId::MemoryNetwork) => 'M',
        Some(WallId::Power) => 'P',
        Some(WallId::Cooling) => 'L',
        None => '.',
    }
}

pub fn grid(args: &GridArgs<'_>) -> anyhow::Result<()> {
    let base = args.base.scenario()?;
    let x = Axis::parse(args.x).context("in --x")?;
    let y = Axis::parse(args.y).context("in --y")?;
    if x.param == y.param {
        return Err(SweepError::SameAxis(x.param.spec().id).into());
    }
    let cells = if args.gpu {
        let gpu = open_gpu()?;
        pollster::block_on(gpu.grid(&base, &x, &y)).context("the GPU grid failed")?
    } else {
        firstwall_model::sweep::grid(&base, &x, &y)
    };
    if args.csv {
        println!(
            "{},{},first_wall,year",
            x.param.spec().id,
            y.param.spec().id
        );
        for (index, cell) in cells.iter().enumerate() {
            let (i, j) = (index as u32 % x.steps, index as u32 / x.steps);
            let (wall, year) = match cell {
                Some((wall, year)) => (wall.id(), format!("{year:.4}")),
                None => ("none", String::new()),
            };
            println!("{:e},{:e},{wall},{year}", x.value(i), y.value(j));
        }
        return Ok(());
    }
    // The map: at most 72 columns and 36 rows, sampled evenly; y grows upwards.
    let columns = x.steps.min(72);
    let rows = y.steps.min(36);
    let pick = |k: u32, shown: u32, steps: u32| {
        if shown <= 1 {
            0
        } else {
            k * (steps - 1) / (shown - 1)
        }
    };
    println!(
        "first wall over {} (→, {} … {} {}) and {} (↑, {} … {} {})",
        x.param.spec().label,
        num(x.low),
        num(x.high),
        x.param.spec().unit,
        y.param.spec().label,
        num(y.low),
        num(y.high),
        y.param.spec().unit,
    );
    for r in (0..rows).rev() {
        let j = pick(r, rows, y.steps);
        let line: String = (0..columns)
            .map(|c| wall_letter(cells[(j * x.steps + pick(c, columns, x.steps)) as usize]))
            .collect();
        println!("  {line}");
    }
    println!("  D data  C compute  M memory & network  P power  L cooling  . none by 2040");
    let counts = firstwall_model::sweep::grid_counts(&cells);
    let parts: Vec<String> = WallId::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(w, n)| {
            format!(
                "{} {:.0} %",
                w.label(),
                n as f64 / cells.len() as f64 * 100.0
            )
        })
        .chain((counts[6] > 0).then(|| {
            format!(
                "none {:.0} %",
                counts[6] as f64 / cells.len() as f64 * 100.0
            )
        }))
        .collect();
    println!("  cells: {}", parts.join(", "));
    Ok(())
}

pub struct RooflineArgs<'a> {
    pub accelerator: &'a str,
    pub params: &'a str,
    pub active_params: Option<&'a str>,
    pub bytes_per_param: &'a str,
    pub batch: &'a str,
    pub context: &'a str,
    pub kv_bytes_per_token: Option<&'a str>,
    pub json: bool,
}

/// A number that may be 0 (a context, a KV size), but not one that only reads as 0 because it is
/// too small to represent (`1e-400`).
fn number(name: &str, text: &str) -> anyhow::Result<f64> {
    let value = text
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .with_context(|| format!("{name} must be a number, got {}", echo(text)))?;
    let mantissa = text.trim().split(['e', 'E']).next().unwrap_or_default();
    if value == 0.0 && mantissa.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        bail!(
            "{name} must be a number, got {}, which is too small to represent; write 0",
            echo(text)
        );
    }
    Ok(value)
}

pub fn roofline(args: &RooflineArgs<'_>) -> anyhow::Result<()> {
    let accelerator = accelerator_by_id(args.accelerator)?;
    let params = positive_number("--params", args.params)?;
    let active = match args.active_params {
        Some(text) => positive_number("--active-params", text)?,
        None => params,
    };
    let bytes = positive_number("--bytes-per-param", args.bytes_per_param)?;
    let kv = match args.kv_bytes_per_token {
        Some(text) => number("--kv-bytes-per-token", text)?,
        None => default_kv_bytes_per_token(bytes),
    };
    let workload = Workload::new(
        params,
        active,
        bytes,
        number("--batch", args.batch)?,
        number("--context", args.context)?,
        kv,
    )
    .map_err(|err| {
        let flag = match err.input() {
            Input::Params => "--params",
            Input::ActiveParams => "--active-params",
            Input::BytesPerParam => "--bytes-per-param",
            Input::Batch => "--batch",
            Input::Context => "--context",
            Input::KvBytesPerToken => "--kv-bytes-per-token",
        };
        anyhow::Error::new(err).context(format!("in {flag}"))
    })?;
    let r = roofline::roofline(accelerator, &workload);
    if args.json {
        print_json(&json!({
            "accelerator": accelerator.id,
            "arithmetic_intensity_flop_per_byte": r.arithmetic_intensity_flop_per_byte,
            "ridge_flop_per_byte": r.ridge_flop_per_byte,
            "bound": r.bound.id(),
            "tokens_per_s": r.tokens_per_s,
            "tokens_per_s_per_sequence": r.tokens_per_s_per_sequence,
            "fits_in_memory": r.fits_in_memory,
            "devices": r.devices,
            "memory_bytes": r.memory_bytes,
            "peak_flop_per_s": r.peak_flop_per_s,
            "bandwidth_bytes_per_s": r.bandwidth_bytes_per_s,
            "flop_per_step": r.flop_per_step,
            "bytes_per_step": r.bytes_per_step,
            "batch_at_ridge": r.batch_at_ridge,
            "kv_bytes_per_token": workload.kv_bytes_per_token,
        }));
        return Ok(());
    }
    let rows = vec![
        vec!["accelerator".to_owned(), accelerator.name.to_owned()],
        vec![
            "arithmetic intensity".to_owned(),
            format!("{} FLOP/byte", num(r.arithmetic_intensity_flop_per_byte)),
        ],
        vec![
            "ridge point".to_owned(),
            format!(
                "{} FLOP/byte ({} FLOP/s ÷ {} byte/s)",
                num(r.ridge_flop_per_byte),
                num(r.peak_flop_per_s),
                num(r.bandwidth_bytes_per_s)
            ),
        ],
        vec!["bound".to_owned(), format!("{}-bound", r.bound.id())],
        vec![
            "tokens per second".to_owned(),
            format!(
                "{} across the batch, {} per sequence (upper bound)",
                num(r.tokens_per_s),
                num(r.tokens_per_s_per_sequence)
            ),
        ],
        vec![
            "memory".to_owned(),
            format!(
                "{} GB of weights and KV cache: {}",
                num(r.memory_bytes / 1e9),
                if r.fits_in_memory {
                    "fits on one device".to_owned()
                } else {
                    format!("needs {} devices", num(r.devices))
                }
            ),
        ],
        vec![
            "compute-bound from".to_owned(),
            format!(
                "a batch of about {} (dense, cache aside)",
                num(r.batch_at_ridge)
            ),
        ],
    ];
    print!("{}", render(&rows));
    Ok(())
}

pub fn claims(json: bool) -> anyhow::Result<()> {
    if json {
        let claims: Vec<Value> = CLAIMS
            .iter()
            .map(|claim| {
                json!({
                    "id": claim.id,
                    "claim": claim.claim,
                    "context": claim.context,
                    "verdict": claim.verdict.id(),
                    "explanation": claim.explanation,
                    "calculation": claim.calculation_text(),
                    "sources": claim.sources.iter().map(citation_json).collect::<Vec<_>>(),
                })
            })
            .collect();
        print_json(&json!({ "claims": claims }));
        return Ok(());
    }
    for claim in CLAIMS {
        println!("{} — {}", claim.verdict.label().to_uppercase(), claim.claim);
        println!("  ({}; id {})", claim.context, claim.id);
        println!("  {}", claim.explanation);
        if let Some(text) = claim.calculation_text() {
            println!("  First Wall's arithmetic: {text}");
        }
        for source in claim.sources {
            println!("  source: {}", source.text());
        }
        println!();
    }
    Ok(())
}
