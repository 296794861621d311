//! The subcommands, one module each, and what they share: the scenario a command starts from,
//! the engine it computes on, and how its report is printed.
//!
//! A command computes one report: a `serde::Serialize` struct that also implements `Display`.
//! `--json` prints the report as exactly one JSON document; the text for people is rendered from
//! the same report, so the two never compute a figure twice.

use std::fmt;

use anyhow::{bail, Context as _};
use firstwall_model::format::echo;
use firstwall_model::source::Citation;
use firstwall_model::{scenario_file, PresetId, Scenario};
use serde::{Serialize, Serializer};

pub mod accelerators;
pub mod backtest;
pub mod claims;
pub mod datacenter;
pub mod first_paint;
pub mod goal;
pub mod gpu_check;
pub mod grid;
pub mod params;
pub mod parse;
pub mod presets;
pub mod preview;
pub mod project;
pub mod roofline;
pub mod sweep;
pub mod train_time;

/// Prints a report: exactly one JSON document with `json`, else its text for people.
pub fn print<R: Serialize + fmt::Display>(report: &R, json: bool) -> anyhow::Result<()> {
    if json {
        let document = serde_json::to_string(report).context("cannot write the report as JSON")?;
        print_text(&format_args!("{document}\n"));
    } else {
        print_text(report);
    }
    Ok(())
}

/// Prints text on stdout as it is written, without building it first (a grid's CSV runs to
/// megabytes). A reader that closes the pipe ends the process quietly (see `main.rs`).
#[allow(clippy::print_stdout)] // The CLI's job is to print, and this is where it does.
pub fn print_text(text: &impl fmt::Display) {
    print!("{text}");
}

/// A citation: its six fields in JSON, one line for people ([`Citation::text`]).
#[derive(Clone, Copy, Debug)]
pub struct Cited(pub Citation);

impl Serialize for Cited {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The JSON form of a citation.
        #[derive(Serialize)]
        struct Fields {
            title: &'static str,
            authors: &'static str,
            publisher: &'static str,
            year: u16,
            url: &'static str,
            locator: &'static str,
        }
        let Citation { source, locator } = self.0;
        Fields {
            title: source.title,
            authors: source.authors,
            publisher: source.publisher,
            year: source.year,
            url: source.url,
            locator,
        }
        .serialize(serializer)
    }
}

impl fmt::Display for Cited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text())
    }
}

/// A value of the model that JSON writes as its stable id (`power`, `evidence-2026`, `h100`),
/// while the text for people uses its label.
pub trait Named {
    /// The stable id.
    fn json_id(&self) -> &'static str;
}

impl<T: Named + ?Sized> Named for &T {
    fn json_id(&self) -> &'static str {
        (**self).json_id()
    }
}

/// Implements [`Named`] with a type's own `id` method.
macro_rules! named_by_id {
    ($($ty:ty),* $(,)?) => {
        $(impl Named for $ty {
            fn json_id(&self) -> &'static str {
                self.id()
            }
        })*
    };
}

named_by_id!(
    firstwall_model::WallId,
    firstwall_model::walls::ComponentId,
    firstwall_model::PresetId,
    firstwall_model::claims::Verdict,
    firstwall_model::roofline::Bound,
);

impl Named for firstwall_model::accelerators::Accelerator {
    fn json_id(&self) -> &'static str {
        self.id
    }
}

impl Named for firstwall_model::accelerators::Precision {
    fn json_id(&self) -> &'static str {
        self.as_str()
    }
}

/// Serialises a [`Named`] value as its id (`#[serde(serialize_with = "by_id")]`).
pub fn by_id<T: Named, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.json_id())
}

/// Serialises an optional [`Named`] value as its id, or `null`.
pub fn by_id_or_null<T: Named, S: Serializer>(
    value: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serializer.serialize_some(value.json_id()),
        None => serializer.serialize_none(),
    }
}

/// `--engine` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EngineArg {
    /// The f64 reference on the CPU, on every core.
    Cpu,
    /// The f32 WGSL kernel through wgpu (Vulkan, Metal or DX12).
    Gpu,
}

/// Opens the GPU for `--engine gpu`; never falls back to the CPU.
pub fn open_gpu() -> anyhow::Result<firstwall_gpu::GpuContext> {
    pollster::block_on(firstwall_gpu::GpuContext::new()).map_err(|err| {
        anyhow::anyhow!(
            "--engine gpu needs a usable GPU adapter and never falls back to the CPU: {err} \
             (run with --engine cpu)"
        )
    })
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
    pub fn scenario(&self) -> anyhow::Result<Scenario> {
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
