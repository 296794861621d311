//! A live check that this machine's GPU gives the model's answers: the sweep kernel's phase
//! diagram against the f64 model, cell by cell.

use firstwall_gpu::{GridAgreement, GridCheck, CELL_YEAR_TOLERANCE, MIN_AGREEING_SHARE};
use firstwall_model::sweep::Axis;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::{engine, format};

/// Cells per check: a 64 × 64 grid, 64 workgroups of 64 threads.
const CHECK_CELLS: u32 = 4096;

#[derive(Clone, Debug, PartialEq)]
enum CheckState {
    Idle,
    Running,
    Passed(CheckReport),
    /// What to tell people, and the technical detail.
    Unavailable(&'static str, String),
}

#[derive(Clone, Debug, PartialEq)]
struct CheckReport {
    adapter: String,
    agreement: GridAgreement,
    elapsed_ms: f64,
}

/// A button that runs the sweep kernel's phase diagram on WebGPU — the kernel the sweeps use —
/// and compares every cell with the f64 model. Without WebGPU it says so, and that the CPU path
/// gives the same answers.
#[component]
pub fn GpuCheck() -> impl IntoView {
    let (state, set_state) = signal(CheckState::Idle);
    let check = GridCheck::square(CHECK_CELLS);
    let run = {
        let check = check.clone();
        move |_| {
            set_state.set(CheckState::Running);
            let check = check.clone();
            spawn_local(async move {
                set_state.set(run_check(&check).await);
            });
        }
    };
    view! {
        <section class="figure" aria-labelledby="gpu-check-title">
            <h2 id="gpu-check-title">"Does this machine's GPU agree with the model?"</h2>
            <p>
                "First Wall's sweeps run on the graphics card through WebGPU, in single precision. "
                "This check takes " {format::grouped(check.cells() as f64)}
                " cells of the phase diagram, each computed on the GPU and compared with the "
                "double-precision model on the CPU: " {axis_words(&check.x)} " against "
                {axis_words(&check.y)} ", " {check.x.steps} " × " {check.y.steps}
                ", every other assumption as in “" {check.base.preset_id().title()}
                "”. A cell agrees when both find the same first wall in the same year, to within "
                {duration_words(CELL_YEAR_TOLERANCE)} "; cells on a boundary between two walls "
                "may tip either way in single precision, so up to "
                {format!("{:.1} %", (1.0 - MIN_AGREEING_SHARE) * 100.0)} " may differ."
            </p>
            <button
                id="gpu-check-run"
                on:click=run
                disabled=move || state.get() == CheckState::Running
            >
                "Run the GPU check"
            </button>
            <div id="gpu-check-result" role="status" aria-live="polite">
                {move || match state.get() {
                    CheckState::Idle => ().into_any(),
                    CheckState::Running => view! { <p>"Running on the GPU…"</p> }.into_any(),
                    CheckState::Passed(report) => report_view(&report).into_any(),
                    CheckState::Unavailable(plain, detail) => {
                        view! {
                            <div class="notice" data-gpu="unavailable">
                                <p>{plain}</p>
                                <details>
                                    <summary>"Technical details"</summary>
                                    <p>{detail}</p>
                                </details>
                            </div>
                        }
                            .into_any()
                    }
                }}
            </div>
        </section>
    }
}

/// "power of the largest campus (start of 2026) from 0.05 to 20 GW".
fn axis_words(axis: &Axis) -> String {
    let spec = axis.param.spec();
    let label = spec.label.to_ascii_lowercase();
    format!(
        "{label} from {} to {} {}",
        format::figure(axis.low),
        format::figure(axis.high),
        spec.unit
    )
}

fn report_view(report: &CheckReport) -> impl IntoView {
    let agreement = report.agreement;
    let verdict = if agreement.agrees() {
        "agree"
    } else {
        "disagree"
    };
    view! {
        <dl class="facts" data-gpu=verdict>
            <dt>"Adapter"</dt>
            <dd>{report.adapter.clone()}</dd>
            <dt>"Cells compared"</dt>
            <dd>{format::grouped(agreement.cells as f64)}</dd>
            <dt>"Cells that agree"</dt>
            <dd>
                {format::grouped(agreement.agreeing as f64)} " (the same first wall, within "
                {duration_words(CELL_YEAR_TOLERANCE)} ")"
            </dd>
            <dt>"Cells that differ"</dt>
            <dd>
                {format::grouped(agreement.disagreeing() as f64)} " (at most "
                {format::grouped(agreement.max_disagreeing() as f64)}
                " allowed: cells on a boundary between two walls may tip either way)"
            </dd>
            <dt>"Largest difference"</dt>
            <dd>
                {format::scientific(agreement.max_diff_years, 2)} " years ("
                {duration_words(agreement.max_diff_years)} ")"
            </dd>
            <dt>"Verdict"</dt>
            <dd class=move || (verdict == "agree").then_some("status-ok")>
                {if verdict == "agree" {
                    "GPU and CPU agree"
                } else {
                    "GPU and CPU disagree: choose “Background threads” for sweeps on this machine"
                }}
            </dd>
            <dt>"Time"</dt>
            <dd>
                {format!("{:.1} ms", report.elapsed_ms)}
                " (both grids and the comparison, and opening the GPU the first time)"
            </dd>
        </dl>
    }
}

async fn run_check(check: &GridCheck) -> CheckState {
    let performance = window().performance();
    let started_ms = performance.as_ref().map_or(0.0, web_sys::Performance::now);
    // The page's one GPU context, the one the sweeps use.
    let gpu = match engine::gpu().await {
        Ok(gpu) => gpu,
        Err(err) => return CheckState::Unavailable(err.plain_words(), err.to_string()),
    };
    match gpu.check_against_model(check).await {
        Ok(agreement) => CheckState::Passed(CheckReport {
            // Plain words first (UX audit B12: it read "BrowserWebGpu Cpu"), the detail after.
            adapter: format!(
                "{} (WebGPU reports: {})",
                if gpu.adapter().is_software() {
                    "A software graphics adapter, no graphics card"
                } else {
                    "Your graphics card"
                },
                gpu.adapter()
            ),
            agreement,
            elapsed_ms: performance.as_ref().map_or(0.0, web_sys::Performance::now) - started_ms,
        }),
        Err(err) => {
            // A lost device or a failed kernel: the next use opens a fresh context.
            engine::forget_gpu();
            CheckState::Unavailable(err.plain_words(), err.to_string())
        }
    }
}

/// A span of years in the unit that reads best: "5 minutes", "3 hours", "2 days".
fn duration_words(years: f64) -> String {
    let minutes = years * 365.25 * 24.0 * 60.0;
    if minutes < 1.0 {
        "under a minute".to_owned()
    } else if minutes < 120.0 {
        format!("{minutes:.0} minutes")
    } else if minutes < 48.0 * 60.0 {
        format!("{:.0} hours", minutes / 60.0)
    } else {
        format!("{:.0} days", minutes / (24.0 * 60.0))
    }
}
