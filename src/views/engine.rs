//! `/engine`: the optimization behind First Wall, and a live GPU check.

use leptos::prelude::*;

use crate::ui::{GpuCheck, ViewPage};
use crate::views::ViewId;

/// The Optimization view.
#[component]
pub fn EngineView() -> impl IntoView {
    view! {
        <ViewPage view=ViewId::Engine>
            <ul class="card-grid">
                <li class="card">
                    <h3>"1. Software first"</h3>
                    <p>
                        "The model is plain Rust compiled to WebAssembly: no server round trip, "
                        "and each wall is one formula evaluated in microseconds."
                    </p>
                </li>
                <li class="card">
                    <h3>"2. Offload to hardware"</h3>
                    <p>
                        "Sweeps over millions of scenarios run as WebGPU compute shaders on your "
                        "graphics card, in log space so single precision is enough."
                    </p>
                </li>
                <li class="card">
                    <h3>"3. Verify"</h3>
                    <p>
                        "Every GPU answer must match the double-precision CPU model. Check it "
                        "on your own machine below."
                    </p>
                </li>
            </ul>
            <GpuCheck />
            <p class="prose source-note">"Source: the diagram “The optimization”."</p>
        </ViewPage>
    }
}
