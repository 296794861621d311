//! A live check that this machine's GPU gives the model's answers.

use firstwall_gpu::{reference_cases, Agreement, GpuContext};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::format;

/// Cases per check: 64 workgroups of 64 threads.
const CHECK_CASES: u32 = 4096;

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
    agreement: Agreement,
    elapsed_ms: f64,
}

/// A button that runs First Wall's crossing kernel on WebGPU and compares every answer with the
/// f64 model. Without WebGPU it says so, and that the CPU path gives the same answers.
#[component]
pub fn GpuCheck() -> impl IntoView {
    let (state, set_state) = signal(CheckState::Idle);
    let run = move |_| {
        set_state.set(CheckState::Running);
        spawn_local(async move {
            set_state.set(run_check().await);
        });
    };
    view! {
        <section class="figure" aria-labelledby="gpu-check-title">
            <h2 id="gpu-check-title">"Does this machine's GPU agree with the model?"</h2>
            <p>
                "First Wall's sweeps run on the graphics card through WebGPU, in single precision. "
                "This check computes " {format::grouped(f64::from(CHECK_CASES))}
                " answers on the GPU and compares each with the double-precision model on the CPU."
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

fn report_view(report: &CheckReport) -> impl IntoView {
    let verdict = if report.agreement.agrees() {
        "agree"
    } else {
        "disagree"
    };
    view! {
        <dl class="facts" data-gpu=verdict>
            <dt>"Adapter"</dt>
            <dd>{report.adapter.clone()}</dd>
            <dt>"Answers compared"</dt>
            <dd>{format::grouped(report.agreement.cases as f64)}</dd>
            <dt>"Largest difference"</dt>
            <dd>
                {format::scientific(report.agreement.max_abs_diff_years, 2)} " years ("
                {duration_words(report.agreement.max_abs_diff_years)} ")"
            </dd>
            <dt>"Verdict"</dt>
            <dd class=move || (verdict == "agree").then_some("status-ok")>
                {if verdict == "agree" {
                    "GPU and CPU agree"
                } else {
                    "GPU and CPU disagree: choose “Background threads” for sweeps on this machine"
                }}
            </dd>
            <dt>"Time on the GPU"</dt>
            <dd>{format!("{:.1} ms", report.elapsed_ms)} " (including setup)"</dd>
        </dl>
    }
}

async fn run_check() -> CheckState {
    let performance = window().performance();
    let started_ms = performance.as_ref().map_or(0.0, web_sys::Performance::now);
    let gpu = match GpuContext::new().await {
        Ok(gpu) => gpu,
        Err(err) => return CheckState::Unavailable(err.plain_words(), err.to_string()),
    };
    let cases = reference_cases(CHECK_CASES);
    match gpu.check_against_model(&cases).await {
        Ok(agreement) => CheckState::Passed(CheckReport {
            adapter: gpu.adapter().to_string(),
            agreement,
            elapsed_ms: performance.as_ref().map_or(0.0, web_sys::Performance::now) - started_ms,
        }),
        Err(err) => CheckState::Unavailable(err.plain_words(), err.to_string()),
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
