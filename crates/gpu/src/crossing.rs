//! The crossing kernel: years until an exponential demand trend reaches a ceiling.
//!
//! GPU twin of [`firstwall_model::demand::years_to_reach`]; the test
//! `tests/crossing.rs` compares the two.

use wgpu::util::DeviceExt as _;

use crate::{GpuContext, GpuError};

pub(crate) const SHADER_WGSL: &str = include_str!("../shaders/crossing.wgsl");

/// Threads per workgroup. Keep in sync with `@workgroup_size` in `shaders/crossing.wgsl`.
const WORKGROUP_SIZE: u32 = 64;

/// The value the kernel writes when the trend does not grow and never reaches the ceiling.
/// Keep in sync with `NEVER_YEARS` in `shaders/crossing.wgsl`.
pub const NEVER_YEARS: f32 = 3.0e38;

/// One input of the crossing kernel, in log10 space.
///
/// Keep in sync with `struct CrossingSample` in `shaders/crossing.wgsl`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
pub struct CrossingSample {
    /// `log10` of the trend's starting value, FLOP.
    pub log10_start_flop: f32,
    /// `log10` of the trend's yearly growth factor (`log10 4 ≈ 0.602` for 4× a year).
    pub log10_growth_per_year: f32,
    /// `log10` of the ceiling to reach, FLOP.
    pub log10_ceiling_flop: f32,
    /// Pads the struct to 16 bytes, as WGSL lays it out.
    pub _padding: f32,
}

impl CrossingSample {
    /// A sample from plain (not log) values.
    pub fn new(start_flop: f64, growth_per_year: f64, ceiling_flop: f64) -> Self {
        // f32 is the kernel's precision; the conversion is the point.
        #[allow(clippy::cast_possible_truncation)]
        Self {
            log10_start_flop: start_flop.log10() as f32,
            log10_growth_per_year: growth_per_year.log10() as f32,
            log10_ceiling_flop: ceiling_flop.log10() as f32,
            _padding: 0.0,
        }
    }
}

/// The compiled pipeline of the crossing kernel.
pub(crate) struct CrossingKernel {
    pipeline: wgpu::ComputePipeline,
}

impl CrossingKernel {
    pub(crate) fn new(device: &wgpu::Device) -> Self {
        let pipeline = crate::context::compute_pipeline(device, "crossing.wgsl", SHADER_WGSL);
        Self { pipeline }
    }
}

impl GpuContext {
    /// Years each sample's trend needs to reach its ceiling ([`NEVER_YEARS`] if it does not grow),
    /// in the order of `samples`.
    ///
    /// Splits the work into chunks that fit the device's buffer and dispatch limits.
    pub async fn years_to_reach(&self, samples: &[CrossingSample]) -> Result<Vec<f32>, GpuError> {
        self.check_health()?;
        let sample_size_bytes = std::mem::size_of::<CrossingSample>() as u64;
        let max_dispatch = u64::from(self.device.limits().max_compute_workgroups_per_dimension)
            * u64::from(WORKGROUP_SIZE);
        let chunk_len = self
            .max_items_per_buffer(sample_size_bytes)
            .min(max_dispatch)
            .max(1);
        let chunk_len = usize::try_from(chunk_len).unwrap_or(usize::MAX);

        let mut years = Vec::with_capacity(samples.len());
        for chunk in samples.chunks(chunk_len) {
            years.extend(self.years_to_reach_chunk(chunk).await?);
        }
        Ok(years)
    }

    async fn years_to_reach_chunk(&self, chunk: &[CrossingSample]) -> Result<Vec<f32>, GpuError> {
        let input = self
            .device
            .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some("crossing samples"),
                contents: bytemuck::cast_slice(chunk),
                usage: wgpu::BufferUsages::STORAGE,
            });
        let output_size_bytes = (chunk.len() * std::mem::size_of::<f32>()) as u64;
        let output = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("crossing years"),
            size: output_size_bytes,
            usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_SRC,
            mapped_at_creation: false,
        });
        let bind_group = self.device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some("crossing bindings"),
            layout: &self.crossing.pipeline.get_bind_group_layout(0),
            entries: &[
                wgpu::BindGroupEntry {
                    binding: 0,
                    resource: input.as_entire_binding(),
                },
                wgpu::BindGroupEntry {
                    binding: 1,
                    resource: output.as_entire_binding(),
                },
            ],
        });

        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("crossing"),
            });
        {
            let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
                label: Some("crossing"),
                timestamp_writes: None,
            });
            pass.set_pipeline(&self.crossing.pipeline);
            pass.set_bind_group(0, &bind_group, &[]);
            let workgroups = u32::try_from(chunk.len())
                .unwrap_or(u32::MAX)
                .div_ceil(WORKGROUP_SIZE);
            pass.dispatch_workgroups(workgroups, 1, 1);
        }
        self.read::<f32>(encoder, &output, output_size_bytes).await
    }
}
