//! `/engine`: the optimization behind First Wall — remove work, offload to hardware, verify — and
//! the sweep benchmark, run here and now on the visitor's machine.

use firstwall_model::sweep::{Agreement, Sweep};
use firstwall_model::{PresetId, Scenario};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::{self, CancelFlag, Stop};
use crate::format;
use crate::routes::ViewId;
use crate::ui::{GpuCheck, RunControls, RunState, Section, ViewPage};

/// Samples the single-worker CPU measurement runs.
const CPU_ONE_SAMPLES: u32 = 200_000;
/// Samples the all-workers CPU measurement runs.
const CPU_ALL_SAMPLES: u32 = 1_000_000;
/// Samples the GPU measurement runs (after a warm-up of [`AGREE_SAMPLES`]).
const GPU_SAMPLES: u32 = 4_000_000;
/// Samples both engines compute for the agreement check.
const AGREE_SAMPLES: u32 = 100_000;

/// One measurement: samples per second, or why there is none.
#[derive(Clone, Debug, PartialEq)]
enum Measure {
    Rate { samples: u32, seconds: f64 },
    Missing(String),
}

impl Measure {
    fn rate(&self) -> Option<f64> {
        match self {
            Self::Rate { samples, seconds } => Some(f64::from(*samples) / seconds.max(1e-9)),
            Self::Missing(_) => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Report {
    workers: usize,
    cpu_one: Measure,
    cpu_all: Measure,
    gpu: Measure,
    adapter: Option<String>,
    agreement: Option<Agreement>,
}

fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The Optimization view.
#[component]
pub fn EngineView() -> impl IntoView {
    let report = RwSignal::new(None::<Report>);
    let stage = RwSignal::new(String::new());
    let run_state = RunState::new();
    let run = move |()| {
        let Some(flag) = run_state.start() else {
            return;
        };
        report.set(None);
        spawn_local(async move {
            let result = benchmark(stage, &flag).await;
            report.try_set(result);
            stage.try_set(String::new());
            run_state.end();
        });
    };

    // Remove, offload, verify: the view's opening words (routes.rs, which the first paint shows
    // too), built with the page.
    let stages = || {
        let cards = ViewId::Engine.view().cards.iter().map(|card| {
            view! {
                <li class="card">
                    <h3>{card.title}</h3>
                    <p>{card.text}</p>
                </li>
            }
        });
        view! { <ol class="card-grid stages">{cards.collect_view()}</ol> }.into_any()
    };
    view! {
        <ViewPage view=ViewId::Engine lead=Box::new(stages)>
            <Section id="bench-title" title="The benchmark, on this machine" class="figure">
                <p>
                    "Sweeps around the default scenario (“"
                    {PresetId::DEFAULT.title()}
                    "”): "
                    {format::grouped(f64::from(CPU_ONE_SAMPLES))} " worlds on one background worker, "
                    {format::grouped(f64::from(CPU_ALL_SAMPLES))} " on every worker, "
                    {format::grouped(f64::from(GPU_SAMPLES))} " on the GPU, and the same "
                    {format::grouped(f64::from(AGREE_SAMPLES))} " on both for the check."
                </p>
                <div class="sweep-controls">
                    <RunControls
                        run_id="bench-run"
                        label="Run the benchmark"
                        cancel_id="bench-cancel"
                        state=run_state
                        on_run=Callback::new(run)
                    />
                </div>
                <p id="bench-status" role="status" aria-live="polite">{move || stage.get()}</p>
                {move || report.get().map(|r| report_view(&r))}
            </Section>
            <GpuCheck />
            <p class="prose source-note">"Source: the diagram “The optimization”."</p>
        </ViewPage>
    }
}

/// The rate of `samples` samples on (up to) `workers` workers and how many answered, or `None`
/// if cancelled; a failure is reported as a missing figure.
async fn measure(
    pool: &engine::WorkerPool,
    workers: usize,
    sweep: &Sweep,
    samples: u32,
    flag: &CancelFlag,
) -> Option<(Measure, usize)> {
    let started = now_ms();
    match engine::monte_carlo_on_workers(pool, workers, sweep, samples, &|_| {}, flag).await {
        Ok((_, worked)) => Some((
            Measure::Rate {
                samples,
                seconds: (now_ms() - started) / 1000.0,
            },
            worked.workers,
        )),
        Err(Stop::Cancelled) => None,
        Err(Stop::Failed(err)) => {
            Some((Measure::Missing(format!("the workers failed ({err})")), 0))
        }
    }
}

async fn benchmark(stage: RwSignal<String>, flag: &CancelFlag) -> Option<Report> {
    let scenario = Scenario::preset(PresetId::DEFAULT);
    let sweep = Sweep::new(&scenario, 1);

    stage.try_set("Starting the background workers…".to_owned());
    let pool = engine::pool();
    let mut workers = pool.max_workers();
    // Warm up (starts the workers and compiles their code paths), then measure.
    let mut cpu_agree = None;
    let (cpu_one, cpu_all) =
        match engine::monte_carlo_on_workers(&pool, workers, &sweep, AGREE_SAMPLES, &|_| {}, flag)
            .await
        {
            Ok((warm_up, _)) => {
                cpu_agree = Some(warm_up);
                stage.try_set("Measuring one background worker…".to_owned());
                let (one, _) = measure(&pool, 1, &sweep, CPU_ONE_SAMPLES, flag).await?;
                stage.try_set(format!("Measuring all {workers} background workers…"));
                let (all, answered) =
                    measure(&pool, workers, &sweep, CPU_ALL_SAMPLES, flag).await?;
                // The report names the workers that took part, not the most the pool may run.
                if answered > 0 {
                    workers = answered;
                }
                (one, all)
            }
            Err(Stop::Cancelled) => return None,
            Err(Stop::Failed(err)) => (
                Measure::Missing(format!("no background workers ({err})")),
                Measure::Missing(format!("no background workers ({err})")),
            ),
        };
    if flag.is_cancelled() {
        return None;
    }

    stage.try_set("Opening the GPU…".to_owned());
    let (gpu, adapter, agreement) = match engine::gpu().await {
        Ok(gpu) => {
            let adapter = gpu.adapter().to_string();
            stage.try_set("Measuring the GPU…".to_owned());
            // The warm-up run is also the GPU's half of the agreement check.
            match gpu.monte_carlo(&sweep, 0, AGREE_SAMPLES).await {
                Ok(on_gpu) => {
                    let started = now_ms();
                    match gpu.monte_carlo(&sweep, 0, GPU_SAMPLES).await {
                        Ok(_) => (
                            Measure::Rate {
                                samples: GPU_SAMPLES,
                                seconds: (now_ms() - started) / 1000.0,
                            },
                            Some(adapter),
                            cpu_agree.map(|cpu| Agreement::of(&cpu, &on_gpu)),
                        ),
                        Err(err) => (
                            Measure::Missing(err.plain_words().to_owned()),
                            Some(adapter),
                            None,
                        ),
                    }
                }
                Err(err) => (
                    Measure::Missing(err.plain_words().to_owned()),
                    Some(adapter),
                    None,
                ),
            }
        }
        Err(err) => (Measure::Missing(err.plain_words().to_owned()), None, None),
    };
    Some(Report {
        workers,
        cpu_one,
        cpu_all,
        gpu,
        adapter,
        agreement,
    })
}

fn rate_text(measure: &Measure) -> String {
    match measure {
        Measure::Rate { samples, seconds } => format!(
            "{} worlds per second ({} in {:.2} s)",
            format::grouped((f64::from(*samples) / seconds.max(1e-9)).round()),
            format::grouped(f64::from(*samples)),
            seconds
        ),
        Measure::Missing(why) => format!("not measured: {why}"),
    }
}

fn report_view(r: &Report) -> impl IntoView {
    let ratio = |a: &Measure, b: &Measure| match (a.rate(), b.rate()) {
        (Some(a), Some(b)) => Some(a / b.max(1e-9)),
        _ => None,
    };
    let gpu_vs_all = ratio(&r.gpu, &r.cpu_all);
    let gpu_vs_one = ratio(&r.gpu, &r.cpu_one);
    let attr = |m: &Measure| m.rate().map(|x| format!("{x:.0}")).unwrap_or_default();
    view! {
        <dl
            class="facts"
            id="bench-results"
            data-cpu-one=attr(&r.cpu_one)
            data-cpu-all=attr(&r.cpu_all)
            data-gpu=attr(&r.gpu)
            data-workers=r.workers.to_string()
            data-agreement=r.agreement.map(|a| if a.agrees() { "agree" } else { "disagree" }).unwrap_or("none")
        >
            <dt>"CPU, one background worker"</dt>
            <dd>{rate_text(&r.cpu_one)}</dd>
            <dt>{format!("CPU, {} background workers", r.workers)}</dt>
            <dd>{rate_text(&r.cpu_all)}</dd>
            <dt>"GPU"</dt>
            <dd>
                {rate_text(&r.gpu)}
                {r.adapter.clone().map(|a| format!(" on {a}"))}
            </dd>
            <dt>"GPU against the CPU"</dt>
            <dd>
                {match (gpu_vs_all, gpu_vs_one) {
                    (Some(all), Some(one)) => {
                        format!("{all:.1} × all the workers; {one:.1} × one worker")
                    }
                    _ => "no ratio without both".to_owned(),
                }}
            </dd>
            <dt>"Agreement"</dt>
            <dd>
                {match r.agreement {
                    Some(a) => format!(
                        "{} on the same {} worlds: shares within {:.3} percentage points, the first wall's year within {:.4} years",
                        if a.agrees() { "The GPU and the CPU agree" } else { "The GPU and the CPU DISAGREE" },
                        format::grouped(f64::from(AGREE_SAMPLES)),
                        a.max_share_diff * 100.0,
                        a.max_quantile_diff_years,
                    ),
                    None => "not checked: it needs both the GPU and the CPU".to_owned(),
                }}
            </dd>
        </dl>
        <p class="caveat">
            "In a browser without a GPU, WebGPU may run on the processor (SwiftShader), so the "
            "“GPU” can be slower than the workers there; the answers still agree."
        </p>
    }
}
