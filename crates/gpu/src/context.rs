//! The one long-lived GPU context: adapter, device, queue and the compiled kernels.

use std::sync::{Arc, Mutex, PoisonError};

use crate::sweep::SweepKernel;
use crate::GpuError;

/// What the user should know about the adapter that runs the kernels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdapterSummary {
    /// The adapter's name as the driver reports it (may be empty in browsers).
    pub name: String,
    /// The backend: "Vulkan", "Metal", "Dx12" or "BrowserWebGpu".
    pub backend: String,
    /// "DiscreteGpu", "IntegratedGpu", "Cpu" (a software rasterizer such as lavapipe or
    /// SwiftShader), "VirtualGpu" or "Other".
    pub device_type: String,
    /// The driver and its version, where reported.
    pub driver: String,
}

impl AdapterSummary {
    /// Whether this is a software rasterizer (SwiftShader, lavapipe) rather than a graphics
    /// card: correct, but slower than the CPU for these kernels.
    pub fn is_software(&self) -> bool {
        self.device_type == "Cpu"
    }
}

impl std::fmt::Display for AdapterSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.backend, self.device_type)?;
        if !self.name.is_empty() {
            write!(f, " '{}'", self.name)?;
        }
        if !self.driver.is_empty() {
            write!(f, " ({})", self.driver)?;
        }
        Ok(())
    }
}

/// Compiles a WGSL kernel whose entry point is `main` (bindings laid out from the shader).
pub(crate) fn compute_pipeline(
    device: &wgpu::Device,
    label: &str,
    source: &str,
) -> wgpu::ComputePipeline {
    let module = device.create_shader_module(wgpu::ShaderModuleDescriptor {
        label: Some(label),
        source: wgpu::ShaderSource::Wgsl(source.into()),
    });
    device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
        label: Some(label),
        layout: None,
        module: &module,
        entry_point: Some("main"),
        compilation_options: wgpu::PipelineCompilationOptions::default(),
        cache: None,
    })
}

/// A device ready to run First Wall's kernels. Create one and keep it: building pipelines is slow.
pub struct GpuContext {
    pub(crate) device: wgpu::Device,
    pub(crate) queue: wgpu::Queue,
    pub(crate) sweep: SweepKernel,
    adapter: AdapterSummary,
    /// Set by the device-lost callback; checked before and after every kernel.
    lost: Arc<Mutex<Option<String>>>,
    /// The first error the device reported outside an explicit scope (validation, out of memory).
    uncaptured: Arc<Mutex<Option<String>>>,
}

impl GpuContext {
    /// Finds an adapter that can run compute shaders and opens a device on it.
    ///
    /// Fails with a [`GpuError`] that says why when there is no adapter (no WebGPU in this
    /// browser), when the adapter has no compute support, or when it refuses a device.
    pub async fn new() -> Result<Self, GpuError> {
        let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle());
        let adapter = instance
            .request_adapter(&wgpu::RequestAdapterOptions {
                power_preference: wgpu::PowerPreference::HighPerformance,
                ..Default::default()
            })
            .await
            .map_err(|err| GpuError::NoAdapter(err.to_string()))?;
        let info = adapter.get_info();
        let summary = AdapterSummary {
            name: info.name.clone(),
            backend: format!("{:?}", info.backend),
            device_type: format!("{:?}", info.device_type),
            driver: [info.driver.as_str(), info.driver_info.as_str()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        };
        let downlevel = adapter.get_downlevel_capabilities();
        if !downlevel
            .flags
            .contains(wgpu::DownlevelFlags::COMPUTE_SHADERS)
        {
            return Err(GpuError::NoCompute {
                adapter: summary.to_string(),
            });
        }
        // Ask for no more than the adapter has, and no less than the defaults that every WebGPU
        // implementation guarantees; kernels chunk their work under `device.limits()`.
        let required_limits = wgpu::Limits::downlevel_defaults().using_resolution(adapter.limits());
        let (device, queue) = adapter
            .request_device(&wgpu::DeviceDescriptor {
                label: Some("firstwall"),
                required_limits,
                ..Default::default()
            })
            .await
            .map_err(|err| GpuError::RequestDevice(err.to_string()))?;

        let lost = Arc::new(Mutex::new(None));
        let lost_in_callback = Arc::clone(&lost);
        device.set_device_lost_callback(move |reason, message| {
            let mut slot = lost_in_callback
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            *slot = Some(format!("{reason:?}: {message}"));
        });
        // wgpu's default handler panics; an error from a kernel must become a `GpuError` instead.
        let uncaptured = Arc::new(Mutex::new(None));
        let uncaptured_in_handler = Arc::clone(&uncaptured);
        device.on_uncaptured_error(Arc::new(move |error: wgpu::Error| {
            let mut slot = uncaptured_in_handler
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            slot.get_or_insert_with(|| error.to_string());
        }));

        let sweep = SweepKernel::new(&device);
        Ok(Self {
            device,
            queue,
            sweep,
            adapter: summary,
            lost,
            uncaptured,
        })
    }

    /// The adapter the kernels run on.
    pub fn adapter(&self) -> &AdapterSummary {
        &self.adapter
    }

    /// The largest number of items one storage buffer of `item_size_bytes` each can hold.
    pub(crate) fn max_items_per_buffer(&self, item_size_bytes: u64) -> u64 {
        let limits = self.device.limits();
        let max_bytes = limits
            .max_storage_buffer_binding_size
            .min(limits.max_buffer_size);
        max_bytes / item_size_bytes
    }

    /// Fails if the device was lost or reported an error since the last check.
    pub(crate) fn check_health(&self) -> Result<(), GpuError> {
        if let Some(reason) = self
            .lost
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
        {
            return Err(GpuError::DeviceLost(reason));
        }
        if let Some(error) = self
            .uncaptured
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            return Err(GpuError::Compute(error));
        }
        Ok(())
    }

    /// Copies `size_bytes` from the start of `source` into CPU memory and returns them as `T`s.
    ///
    /// `source` must have `COPY_SRC` usage. The copy goes through a staging buffer that is mapped
    /// asynchronously; natively we block on `poll`, the browser polls by itself.
    pub(crate) async fn read<T: bytemuck::Pod>(
        &self,
        mut encoder: wgpu::CommandEncoder,
        source: &wgpu::Buffer,
        size_bytes: u64,
    ) -> Result<Vec<T>, GpuError> {
        let staging = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("firstwall staging"),
            size: size_bytes,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_buffer_to_buffer(source, 0, &staging, 0, size_bytes);
        self.queue.submit([encoder.finish()]);

        let (sender, receiver) = futures_channel::oneshot::channel();
        staging
            .slice(..)
            .map_async(wgpu::MapMode::Read, move |result| {
                // The receiver only disappears if the caller stopped waiting; nothing to report then.
                sender.send(result).ok();
            });
        #[cfg(not(target_arch = "wasm32"))]
        self.device
            .poll(wgpu::PollType::wait_indefinitely())
            .map_err(|err| GpuError::Readback(err.to_string()))?;
        let mapped = receiver
            .await
            .map_err(|_| GpuError::Readback("the map callback was dropped".to_owned()))?;
        self.check_health()?;
        mapped.map_err(|err| GpuError::Readback(err.to_string()))?;

        let values = {
            let view = staging
                .slice(..)
                .get_mapped_range()
                .map_err(|err| GpuError::Readback(err.to_string()))?;
            bytemuck::pod_collect_to_vec::<u8, T>(&view)
        };
        staging.unmap();
        Ok(values)
    }
}
