//! The sweep kernel: Monte Carlo samples and phase-diagram cells of the whole model, on the GPU.
//!
//! GPU twin of [`firstwall_model::sweep`]: the same counter-based random numbers, so the same
//! seed draws the same samples on both; f32 in log10 space instead of f64. Monte Carlo results
//! are reduced on the GPU into the tally's histograms (atomic counts; ~29 KB come back whatever
//! the sample count); grid cells come back one by one. `tests/sweep.rs` compares both paths.

use firstwall_model::accelerators::H100;
use firstwall_model::param::ParamId;
use firstwall_model::sweep::{
    first_wall_of, is_sampled, param_key, pcg_hash, Axis, Context, Draw, Sweep, Tally, COUNTS_LEN,
    FIBRE_KM_PER_S, FLOP_PER_PARAM_TOKEN, REFERENCE_DATASET_TOKENS, REPEAT_DECAY_EPOCHS,
    SECONDS_PER_MONTH, SECONDS_PER_YEAR,
};
use firstwall_model::walls::compute::STOCK_YEAR;
use firstwall_model::walls::power::{CAMPUS_YEAR, CAPACITY_YEAR};
use firstwall_model::walls::{HISTORY_SCAN_YEARS, RUN_LENGTH_YEAR};
use firstwall_model::{Scenario, WallId};
use wgpu::util::DeviceExt as _;

use crate::{GpuContext, GpuError};

pub(crate) const SHADER_WGSL: &str = include_str!("../shaders/sweep.wgsl");

/// Threads per workgroup. Keep in sync with `@workgroup_size` in `shaders/sweep.wgsl`.
const WORKGROUP_SIZE: u32 = 64;

/// Counts in the tally buffer, in [`Tally::to_counts`]'s layout. Keep in sync with
/// `shaders/sweep.wgsl`.
const TALLY_LEN: usize = COUNTS_LEN;

/// The kernel's settings for one dispatch. Keep in sync with `struct Config` in
/// `shaders/sweep.wgsl`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
struct SweepConfig {
    seed_hash: u32,
    start: u32,
    count: u32,
    mode: u32,
    x_param: u32,
    y_param: u32,
    x_steps: u32,
    y_steps: u32,
    x_low: f32,
    x_high: f32,
    y_low: f32,
    y_high: f32,
    x_log: u32,
    y_log: u32,
    y_start: u32,
    racks_fit: u32,
    server_w_at_nameplate: f32,
    chain_overhead: f32,
    cooling_overhead_hot: f32,
    cooling_overhead_range: f32,
    baseline_t: f32,
    demand_t0: f32,
    demand_log10_flop: f32,
    log10_h100_flop_per_s: f32,
    seconds_per_month: f32,
    log10_seconds_per_year: f32,
    fibre_km_per_s: f32,
    flop_per_param_token: f32,
    repeat_decay_epochs: f32,
    log10_reference_dataset: f32,
    ln_reference_dataset: f32,
    history_scan_years: f32,
    stock_history: f32,
    campus_history: f32,
    capacity_history: f32,
    efficiency_history: f32,
    stock_t0: f32,
    campus_t0: f32,
    capacity_t0: f32,
    run_t0: f32,
    today_t: f32,
    pad0: f32,
    pad1: f32,
    pad2: f32,
    record_t: [[f32; 4]; 2],
    record_flop: [[f32; 4]; 2],
    record_count: u32,
    pad3: u32,
    pad4: u32,
    pad5: u32,
}

/// Monte Carlo into the histograms.
const MODE_MONTE_CARLO: u32 = 0;
/// A grid of cells.
const MODE_GRID: u32 = 1;

/// How one parameter is drawn. Keep in sync with `struct Draw` in `shaders/sweep.wgsl` and with
/// [`Draw`].
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
struct GpuDraw {
    is_log: u32,
    normal: u32,
    key: u32,
    factor: u32,
    center: f32,
    a: f32,
    b: f32,
    lo: f32,
    hi: f32,
    independent: f32,
    loading: f32,
    _pad3: f32,
}

/// `NO_FACTOR` in the kernel.
const NO_FACTOR: u32 = u32::MAX;

/// The largest finite f32, standing in for ±∞ in the clamp limits.
const F32_LIMIT: f32 = 3.0e38;

// f32 is the kernel's precision; these conversions are the point.
#[allow(clippy::cast_possible_truncation)]
fn f32_of(x: f64) -> f32 {
    if x.is_finite() {
        (x as f32).clamp(-F32_LIMIT, F32_LIMIT)
    } else if x > 0.0 {
        F32_LIMIT
    } else {
        -F32_LIMIT
    }
}

impl GpuDraw {
    fn new(draw: &Draw, key: u32) -> Self {
        Self {
            is_log: u32::from(draw.log),
            normal: u32::from(draw.normal),
            key,
            center: f32_of(draw.center),
            a: f32_of(draw.a),
            b: f32_of(draw.b),
            lo: f32_of(draw.min),
            hi: f32_of(draw.max),
            factor: draw
                .factor
                .and_then(|k| u32::try_from(k).ok())
                .unwrap_or(NO_FACTOR),
            independent: f32_of((1.0 - draw.loading * draw.loading).sqrt()),
            loading: f32_of(draw.loading),
            ..Self::default()
        }
    }
}

/// Every parameter's draw, in [`ParamId`] order: the sampled ones as the sweep draws them, the
/// others fixed at the scenario's value.
fn draw_table(base: &Scenario, sampled: bool) -> Vec<GpuDraw> {
    ParamId::ALL
        .iter()
        .map(|&id| {
            let value = base.get(id);
            let draw = Draw::of(id, value);
            let draw = if sampled && is_sampled(id.spec()) {
                draw
            } else {
                Draw {
                    normal: false,
                    a: 0.0,
                    b: 0.0,
                    ..draw
                }
            };
            GpuDraw::new(&draw, param_key(id as u32))
        })
        .collect()
}

/// Years in the kernel count from 2024 (τ), so that f32 keeps them to minutes.
const YEAR_ZERO: f64 = 2024.0;

/// The parts of the configuration that do not change between dispatches: the scenario's fixed
/// context ([`Context`]) and the model's constants.
/// Four to a vector, as `struct Config` holds the records: `field` of each, zero past the last.
fn records(context: &Context, field: impl Fn(&(f64, f64)) -> f32) -> [[f32; 4]; 2] {
    let mut out = [[0.0; 4]; 2];
    for (i, record) in context.records.iter().enumerate().take(8) {
        out[i / 4][i % 4] = field(record);
    }
    out
}

fn base_config(base: &Scenario) -> SweepConfig {
    let context = Context::of(base);
    let facility = context.facility;
    let tau = |year: f64| f32_of(year - YEAR_ZERO);
    SweepConfig {
        racks_fit: u32::from(context.racks_fit),
        server_w_at_nameplate: f32_of(facility.server_w_at_nameplate),
        chain_overhead: f32_of(facility.pue.chain_overhead),
        cooling_overhead_hot: f32_of(facility.pue.cooling_overhead_hot),
        cooling_overhead_range: f32_of(facility.pue.cooling_overhead_range),
        baseline_t: tau(facility.baseline_year),
        demand_t0: tau(context.demand_t0),
        demand_log10_flop: f32_of(context.demand_log10_flop),
        log10_h100_flop_per_s: f32_of(H100.bf16_flop_per_s.log10()),
        seconds_per_month: f32_of(SECONDS_PER_MONTH),
        log10_seconds_per_year: f32_of(SECONDS_PER_YEAR.log10()),
        fibre_km_per_s: f32_of(FIBRE_KM_PER_S),
        flop_per_param_token: f32_of(FLOP_PER_PARAM_TOKEN),
        repeat_decay_epochs: f32_of(REPEAT_DECAY_EPOCHS),
        log10_reference_dataset: f32_of(REFERENCE_DATASET_TOKENS.log10()),
        ln_reference_dataset: f32_of(REFERENCE_DATASET_TOKENS.ln()),
        history_scan_years: f32_of(HISTORY_SCAN_YEARS),
        stock_history: f32_of(context.history.chip_stock),
        campus_history: f32_of(context.history.campus),
        capacity_history: f32_of(context.history.ai_capacity),
        efficiency_history: f32_of(context.history.efficiency),
        stock_t0: tau(STOCK_YEAR),
        campus_t0: tau(CAMPUS_YEAR),
        capacity_t0: tau(CAPACITY_YEAR),
        run_t0: tau(RUN_LENGTH_YEAR),
        today_t: tau(context.today),
        record_t: records(&context, |&(year, _)| tau(year)),
        record_flop: records(&context, |&(_, log10_flop)| f32_of(log10_flop)),
        record_count: u32::try_from(context.records.count).unwrap_or(0),
        ..SweepConfig::default()
    }
}

/// The compiled pipeline of the sweep kernel.
pub(crate) struct SweepKernel {
    pipeline: wgpu::ComputePipeline,
}

impl SweepKernel {
    pub(crate) fn new(device: &wgpu::Device) -> Self {
        let pipeline = crate::context::compute_pipeline(device, "sweep.wgsl", SHADER_WGSL);
        Self { pipeline }
    }
}

impl GpuContext {
    /// The most invocations one dispatch may have.
    fn max_invocations(&self) -> u32 {
        self.device
            .limits()
            .max_compute_workgroups_per_dimension
            .saturating_mul(WORKGROUP_SIZE)
    }

    /// Runs the kernel once per `(config, count)` in `dispatches`, all in one submission, with
    /// `draws`, the shared `tally` and `cells` buffers.
    fn encode(
        &self,
        draws: &[GpuDraw],
        dispatches: &[SweepConfig],
        tally: &wgpu::Buffer,
        cells: &wgpu::Buffer,
    ) -> wgpu::CommandEncoder {
        let draws = self
            .device
            .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some("sweep draws"),
                contents: bytemuck::cast_slice(draws),
                usage: wgpu::BufferUsages::STORAGE,
            });
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("sweep"),
            });
        for config in dispatches {
            let uniform = self
                .device
                .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                    label: Some("sweep config"),
                    contents: bytemuck::bytes_of(config),
                    usage: wgpu::BufferUsages::UNIFORM,
                });
            let bind_group = self.device.create_bind_group(&wgpu::BindGroupDescriptor {
                label: Some("sweep bindings"),
                layout: &self.sweep.pipeline.get_bind_group_layout(0),
                entries: &[
                    wgpu::BindGroupEntry {
                        binding: 0,
                        resource: uniform.as_entire_binding(),
                    },
                    wgpu::BindGroupEntry {
                        binding: 1,
                        resource: draws.as_entire_binding(),
                    },
                    wgpu::BindGroupEntry {
                        binding: 2,
                        resource: tally.as_entire_binding(),
                    },
                    wgpu::BindGroupEntry {
                        binding: 3,
                        resource: cells.as_entire_binding(),
                    },
                ],
            });
            let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
                label: Some("sweep"),
                timestamp_writes: None,
            });
            pass.set_pipeline(&self.sweep.pipeline);
            pass.set_bind_group(0, &bind_group, &[]);
            pass.dispatch_workgroups(config.count.div_ceil(WORKGROUP_SIZE), 1, 1);
        }
        encoder
    }

    fn storage(&self, label: &str, size_bytes: u64) -> wgpu::Buffer {
        self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some(label),
            size: size_bytes.max(16),
            usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_SRC,
            mapped_at_creation: false,
        })
    }

    /// Samples `start..end` of `sweep`, tallied on the GPU.
    pub async fn monte_carlo(
        &self,
        sweep: &Sweep,
        start: u32,
        end: u32,
    ) -> Result<Tally, GpuError> {
        self.check_health()?;
        let draws = draw_table(sweep.base(), true);
        let template = SweepConfig {
            seed_hash: pcg_hash(sweep.seed()),
            mode: MODE_MONTE_CARLO,
            ..base_config(sweep.base())
        };
        let step = self.max_invocations().max(WORKGROUP_SIZE);
        let mut dispatches = Vec::new();
        let mut at = start;
        while at < end {
            let count = (end - at).min(step);
            dispatches.push(SweepConfig {
                start: at,
                count,
                ..template
            });
            at += count;
        }
        let tally_bytes = (TALLY_LEN * std::mem::size_of::<u32>()) as u64;
        let tally = self.storage("sweep tally", tally_bytes);
        let cells = self.storage("sweep cells (unused)", 16);
        let encoder = self.encode(&draws, &dispatches, &tally, &cells);
        let counts: Vec<u32> = self.read(encoder, &tally, tally_bytes).await?;
        self.check_health()?;
        Ok(Tally::from_counts(
            &counts,
            u64::from(end.saturating_sub(start)),
        ))
    }

    /// The phase diagram of [`firstwall_model::sweep::grid`] on the GPU.
    pub async fn grid(
        &self,
        base: &Scenario,
        x: &Axis,
        y: &Axis,
    ) -> Result<Vec<Option<(WallId, f64)>>, GpuError> {
        self.grid_rows(base, x, y, 0, y.steps).await
    }

    /// Rows `start..end` of the phase diagram on the GPU.
    pub async fn grid_rows(
        &self,
        base: &Scenario,
        x: &Axis,
        y: &Axis,
        start: u32,
        end: u32,
    ) -> Result<Vec<Option<(WallId, f64)>>, GpuError> {
        self.check_health()?;
        let end = end.min(y.steps);
        if start >= end {
            return Ok(Vec::new());
        }
        let draws = draw_table(base, false);
        let axis = |a: &Axis| {
            if a.log {
                (f32_of(a.low.ln()), f32_of(a.high.ln()), 1)
            } else {
                (f32_of(a.low), f32_of(a.high), 0)
            }
        };
        let (x_low, x_high, x_log) = axis(x);
        let (y_low, y_high, y_log) = axis(y);
        let template = SweepConfig {
            mode: MODE_GRID,
            x_param: x.param as u32,
            y_param: y.param as u32,
            x_steps: x.steps,
            y_steps: y.steps,
            x_low,
            x_high,
            y_low,
            y_high,
            x_log,
            y_log,
            ..base_config(base)
        };
        // Whole rows per dispatch, and per cells buffer.
        let cell_bytes = 2 * std::mem::size_of::<f32>() as u64;
        let rows_per_dispatch = (u64::from(self.max_invocations())
            .min(self.max_items_per_buffer(cell_bytes))
            / u64::from(x.steps))
        .max(1);
        let rows_per_dispatch = u32::try_from(rows_per_dispatch).unwrap_or(u32::MAX);
        let mut out = Vec::with_capacity(((end - start) * x.steps) as usize);
        let mut row = start;
        while row < end {
            let rows = (end - row).min(rows_per_dispatch);
            let count = rows * x.steps;
            let size = u64::from(count) * cell_bytes;
            let cells = self.storage("sweep cells", size);
            let tally = self.storage("sweep tally (unused)", 16);
            let config = SweepConfig {
                count,
                y_start: row,
                ..template
            };
            let encoder = self.encode(&draws, &[config], &tally, &cells);
            let values: Vec<f32> = self.read(encoder, &cells, size).await?;
            out.extend(values.chunks_exact(2).map(|cell| cell_of(cell[0], cell[1])));
            row += rows;
        }
        self.check_health()?;
        Ok(out)
    }
}

/// A cell as the kernel writes it: the first wall's index
/// ([`firstwall_model::sweep::first_wall_index`], `NO_WALL` for
/// none) and its year after 2024.
fn cell_of(wall: f32, tau: f32) -> Option<(WallId, f64)> {
    // The kernel writes small whole numbers; anything else is "none".
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let index = wall as usize;
    first_wall_of(index).map(|wall| (wall, 2024.0 + f64::from(tau)))
}
