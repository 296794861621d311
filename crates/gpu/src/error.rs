//! What can go wrong on the GPU, in words a user can act on.

/// An error from the GPU path. Every variant means "use the CPU path instead"; the message says why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GpuError {
    /// No adapter at all: no WebGPU in this browser, or no Vulkan/Metal/DX12 driver natively.
    #[error("no GPU adapter is available ({0}); the CPU path gives the same answers")]
    NoAdapter(String),
    /// An adapter exists but cannot run compute shaders (e.g. a WebGL-class device).
    #[error(
        "the GPU adapter {adapter} cannot run compute shaders; the CPU path gives the same answers"
    )]
    NoCompute {
        /// The adapter's name and backend.
        adapter: String,
    },
    /// The adapter refused to create a device.
    #[error("the GPU refused to create a device ({0}); the CPU path gives the same answers")]
    RequestDevice(String),
    /// The device was lost (driver reset, tab in the background too long, GPU removed).
    #[error("the GPU device was lost ({0}); the CPU path gives the same answers")]
    DeviceLost(String),
    /// Validation or out-of-memory error reported by the GPU while running a kernel.
    #[error(
        "the GPU reported an error while computing ({0}); the CPU path gives the same answers"
    )]
    Compute(String),
    /// Reading the results back from the GPU failed.
    #[error("reading results back from the GPU failed ({0}); the CPU path gives the same answers")]
    Readback(String),
}

impl GpuError {
    /// The same news without the technical detail, for people: what happened, and that the CPU
    /// path gives the same answers.
    pub fn plain_words(&self) -> &'static str {
        match self {
            Self::NoAdapter(_) => {
                "This browser offers no WebGPU, so First Wall computes on the CPU; the CPU path gives the same answers."
            }
            Self::NoCompute { .. } => {
                "This graphics card cannot run compute shaders, so First Wall computes on the CPU; the CPU path gives the same answers."
            }
            Self::RequestDevice(_) => {
                "The graphics card refused to start, so First Wall computes on the CPU; the CPU path gives the same answers."
            }
            Self::DeviceLost(_) => {
                "The graphics card was lost (a driver reset or a sleeping tab), so First Wall computes on the CPU; the CPU path gives the same answers."
            }
            Self::Compute(_) | Self::Readback(_) => {
                "The graphics card reported an error, so First Wall computes on the CPU; the CPU path gives the same answers."
            }
        }
    }
}
