//! The Monte Carlo sweep: settings, run and cancel, progress, the engine that ran it, and the
//! answer — first-wall shares and the first wall's year.

use firstwall_charts::sweep::{
    headline, percent, share_bar_svg, share_table_html, year_histogram_svg, year_table_html,
    SHARES_TITLE, SHARE_BAR_CAPTION,
};
use firstwall_model::sweep::{Agreement, Sweep, Tally};
use firstwall_model::{PresetId, Scenario, WallId};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::{self, CancelFlag, EnginePref, Ran, Stop};
use crate::format;
use crate::state::AppState;
use crate::state::{menu_choices, SweepSettings, SAMPLE_CHOICES};
use crate::ui::{EngineBadge, Figure, RunControls, RunState, Section, TableMode};

/// Sweeps up to this size start by themselves when the view opens.
const AUTO_RUN_MAX: u32 = 1_000_000;

/// Samples the CPU recomputes to check a GPU answer.
const CHECK_SAMPLES: u32 = 50_000;

/// A finished sweep.
#[derive(Clone, Debug, PartialEq)]
struct RunResult {
    tally: Tally,
    samples: u32,
    seed: u32,
    ran: Ran,
    notes: Vec<String>,
    elapsed_ms: f64,
}

/// The live check of a GPU answer against the CPU.
#[derive(Clone, Debug, PartialEq)]
enum Check {
    Running,
    Done(u32, Agreement),
    Failed(String),
}

/// Settings, run, progress and results of the Monte Carlo sweep.
#[component]
pub fn MonteCarlo() -> impl IntoView {
    let state = expect_context::<AppState>();
    let result = RwSignal::new(None::<RunResult>);
    // The charts' width (the share bar's holder measures it; the histogram has the same).
    let width = RwSignal::new(crate::ui::width::guess());
    let run_state = RunState::new();
    let status = RwSignal::new(String::new());
    let check = RwSignal::new(None::<Check>);

    // The first paint's answer (the default sweep, computed when the site was built), shown in
    // the answer's place while the first sweep runs, if the page opened on it; any other run
    // clears it, so it never stands for another sweep.
    let first_answer = RwSignal::new(None::<String>);
    let run = move || {
        let Some(flag) = run_state.start() else {
            return;
        };
        first_answer.set(None);
        let settings = state.sweep.get_untracked();
        let scenario = state.effective.get_untracked();
        check.set(None);
        status.set(format!(
            "Sweeping {} samples…",
            format::grouped(f64::from(settings.samples))
        ));
        spawn_local(async move {
            let report = move |share| run_state.report(share);
            let outcome = engine::monte_carlo(
                settings.engine,
                &scenario,
                settings.seed,
                settings.samples,
                &report,
                &flag,
            )
            .await;
            match outcome {
                Ok(finished) => {
                    let is_gpu = matches!(finished.ran, Ran::Gpu { .. });
                    status.try_set(format!(
                        "Done: {} samples in {:.2} s.",
                        format::grouped(f64::from(settings.samples)),
                        finished.elapsed_ms / 1000.0
                    ));
                    result.try_set(Some(RunResult {
                        tally: finished.value,
                        samples: settings.samples,
                        seed: settings.seed,
                        ran: finished.ran,
                        notes: finished.notes,
                        elapsed_ms: finished.elapsed_ms,
                    }));
                    if is_gpu {
                        check.try_set(Some(Check::Running));
                        check.try_set(Some(check_gpu(&scenario, settings, &flag).await));
                    }
                }
                Err(Stop::Cancelled) => {
                    status.try_set("Cancelled; the last finished sweep is shown.".to_owned());
                }
            }
            run_state.end();
        });
    };

    if state.sweep.get_untracked().samples <= AUTO_RUN_MAX {
        run();
        // It is the default sweep's only if this run is (the address can ask for another).
        let default = state.sweep.get_untracked() == SweepSettings::default()
            && state
                .effective
                .with_untracked(|s| *s == Scenario::preset(PresetId::DEFAULT));
        if let Some(html) = crate::shell::first_paint::take_sweep_answer().filter(|_| default) {
            first_answer.set(Some(html));
        }
    }

    let set = move |change: fn(&mut SweepSettings, &str), value: String| {
        state.sweep.update(|s| change(s, &value));
    };

    view! {
        <Section id="sweep-title" title=SHARES_TITLE class="sweep-run">
            // The answer first; the settings to run it again under it.
            // While the first sweep runs, its place is kept (as tall as its answer), so that the
            // answer does not push the settings out of view when it arrives (a layout shift of
            // 0.35 on a phone, as Lighthouse measured it).
            {move || match result.with(|r| r.as_ref().map(|r| results_view(r, check, width))) {
                Some(results) => results.into_any(),
                None if run_state.running() => match first_answer.get() {
                    Some(html) => view! {
                        <div class="sweep-results sweep-pending" aria-busy="true" inner_html=html></div>
                    }
                    .into_any(),
                    None => view! {
                        <div class="sweep-results sweep-pending">
                            <p class="sweep-headline">{move || status.get()}</p>
                        </div>
                    }
                    .into_any(),
                },
                None => ().into_any(),
            }}
            <form
                class="sweep-controls"
                on:submit=move |event| {
                    event.prevent_default();
                    run();
                }
            >
                <label>
                    "Samples "
                    <select
                        id="sweep-samples"
                        on:change=move |ev| {
                            set(
                                |s, v| {
                                    if let Ok(n) = v.parse() {
                                        s.samples = n;
                                    }
                                },
                                event_target_value(&ev),
                            )
                        }
                    >
                        {move || {
                            let current = state.sweep.with(|s| s.samples);
                            menu_choices(&SAMPLE_CHOICES, current)
                                .into_iter()
                                .map(|n| {
                                    view! {
                                        <option value=n.to_string() selected=n == current>
                                            {format::grouped(f64::from(n))}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label>
                    "Seed "
                    <input
                        id="sweep-seed"
                        type="number"
                        min="0"
                        max=u32::MAX.to_string()
                        step="1"
                        inputmode="numeric"
                        prop:value=move || state.sweep.with(|s| s.seed.to_string())
                        on:change=move |ev| {
                            set(
                                |s, v| {
                                    if let Ok(seed) = v.trim().parse() {
                                        s.seed = seed;
                                    }
                                },
                                event_target_value(&ev),
                            );
                        }
                    />
                </label>
                <label>
                    "Engine "
                    <select
                        id="sweep-engine"
                        on:change=move |ev| {
                            set(
                                |s, v| {
                                    if let Some(engine) = EnginePref::lookup(v) {
                                        s.engine = engine;
                                    }
                                },
                                event_target_value(&ev),
                            )
                        }
                    >
                        {EnginePref::ALL
                            .into_iter()
                            .map(|pref| {
                                view! {
                                    <option
                                        value=pref.id()
                                        selected=move || state.sweep.with(|s| s.engine == pref)
                                    >
                                        {pref.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <RunControls
                    run_id="sweep-run"
                    label="Run the sweep"
                    cancel_id="sweep-cancel"
                    state=run_state
                />
            </form>
            <div class="sweep-progress">
                <progress
                    id="sweep-progress"
                    max="1"
                    prop:value=move || run_state.progress()
                    aria-label="Sweep progress"
                ></progress>
                <p id="sweep-status" role="status" aria-live="polite" data-running=move || run_state.running().to_string()>
                    {move || status.get()}
                </p>
            </div>
        </Section>
    }
}

/// Recomputes the first [`CHECK_SAMPLES`] samples on the CPU and on the GPU and compares them.
async fn check_gpu(scenario: &Scenario, settings: SweepSettings, flag: &CancelFlag) -> Check {
    let samples = settings.samples.min(CHECK_SAMPLES);
    let sweep = Sweep::new(scenario, settings.seed);
    let gpu = match engine::gpu().await {
        Ok(gpu) => gpu,
        Err(err) => return Check::Failed(err.to_string()),
    };
    let on_gpu = match gpu.monte_carlo(&sweep, 0, samples).await {
        Ok(tally) => tally,
        Err(err) => return Check::Failed(err.to_string()),
    };
    match engine::monte_carlo(
        EnginePref::Cpu,
        scenario,
        settings.seed,
        samples,
        &|_| {},
        flag,
    )
    .await
    {
        Ok(on_cpu) => Check::Done(samples, Agreement::of(&on_cpu.value, &on_gpu)),
        Err(Stop::Cancelled) => Check::Failed("cancelled".to_owned()),
    }
}

/// The answer first (its headline and the two charts, laid out for `width`), then how it was
/// computed.
fn results_view(
    r: &RunResult,
    check: RwSignal<Option<Check>>,
    width: RwSignal<f64>,
) -> impl IntoView {
    let tally = r.tally.clone();
    let histogram_tally = r.tally.clone();
    let tally = &tally;
    let headline = headline(tally);
    let rejected = format!(
        "{} of the {} draws put a wall below a training run that already happened (Epoch AI's \
         records of 2023–2025) and were dropped: they are not plausible worlds.",
        percent(tally.rejected_share()),
        format::grouped(f64::from(r.samples)),
    );
    let rate = f64::from(r.samples) / (r.elapsed_ms / 1000.0).max(1e-6);
    let shares: Vec<(String, f64)> = WallId::ALL
        .iter()
        .map(|w| (w.id().to_owned(), tally.share(*w)))
        .chain(std::iter::once(("none".to_owned(), tally.none_share())))
        .collect();
    let share_table = share_table_html(tally);
    let year_table = year_table_html(tally);
    let shares_json = shares
        .iter()
        .map(|(id, share)| format!("\"{id}\":{share}"))
        .collect::<Vec<_>>()
        .join(",");
    view! {
        <div
            class="sweep-results"
            id="sweep-results"
            data-engine=r.ran.kind()
            data-samples=r.samples.to_string()
            data-seed=r.seed.to_string()
            data-elapsed-ms=format!("{:.1}", r.elapsed_ms)
            data-shares=format!("{{{shares_json}}}")
            data-p50=tally.first_year_quantile(0.5).map(|y| format!("{y:.4}")).unwrap_or_default()
            data-rejected=format!("{}", tally.rejected_share())
        >
            <p class="sweep-headline">{crate::ui::glossary::with_term(headline, "plausible worlds", "plausible-world")}</p>
            <Figure
                id="share-bar-chart"
                name=SHARES_TITLE
                class="share-bar-wrap"
                svg=Signal::derive({
                    let tally = tally.clone();
                    move || share_bar_svg(&tally, width.get())
                })
                caption=SHARE_BAR_CAPTION
                table=Signal::stored(share_table)
                mode=TableMode::Open
                width=width
            />
            <h3>"When the first wall binds"</h3>
            <Figure
                id="year-histogram"
                name="When the first wall binds"
                class="year-histogram-wrap"
                svg=Signal::derive(move || year_histogram_svg(&histogram_tally, width.get()))
                caption="The year the first wall binds, across the samples, with the 10th, 50th and \
                         90th percentiles."
                table=Signal::stored(year_table)
                mode=TableMode::Folded("Data table: share of samples by year")
            />
            <p class="sweep-rejected" id="sweep-rejected">{rejected}</p>
            <EngineBadge
                id="engine-badge"
                ran=r.ran.clone()
                text=format!(
                    "{} samples in {:.2} s ({} samples per second), seed {}.",
                    format::grouped(f64::from(r.samples)),
                    r.elapsed_ms / 1000.0,
                    format::grouped(rate.round()),
                    r.seed,
                )
                notes=r.notes.clone()
                notes_id="engine-notes"
            />
            {move || check.get().map(check_view)}
        </div>
    }
}

fn check_view(check: Check) -> impl IntoView {
    match check {
        Check::Running => view! {
            <p class="gpu-agreement" id="gpu-agreement">"Checking the GPU's answer on the CPU…"</p>
        }
        .into_any(),
        Check::Done(samples, agreement) => {
            let verdict = if agreement.agrees() {
                "agree"
            } else {
                "disagree"
            };
            view! {
                <p class="gpu-agreement" id="gpu-agreement" data-agreement=verdict>
                    {format!(
                        "Checked: the CPU (double precision) recomputed the first {} samples; the shares {} \
                         within {:.3} percentage points and the quantiles within {:.4} years.",
                        format::grouped(f64::from(samples)),
                        if agreement.agrees() { "agree" } else { "DISAGREE" },
                        agreement.max_share_diff * 100.0,
                        agreement.max_quantile_diff_years,
                    )}
                </p>
            }
            .into_any()
        }
        Check::Failed(why) => view! {
            <p class="gpu-agreement" id="gpu-agreement">
                {format!("The check on the CPU did not finish ({why}).")}
            </p>
        }
        .into_any(),
    }
}
