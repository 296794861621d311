//! The phase diagram: the first wall and its year over two assumptions, as an image, with a
//! readout for the cell under the pointer or the keyboard cursor. `plot.rs` draws and reads the
//! image.

mod plot;

use std::sync::Arc;

use firstwall_charts::sweep::phase_table_html;
use firstwall_model::sweep::Axis;
use firstwall_model::{ParamId, WallId};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::{self, Ran};
use crate::format;
use crate::state::AppState;
use crate::state::{axis_params, menu_choices, GRID_CHOICES};
use crate::ui::scale::Scale;
use crate::ui::{EngineBadge, Figure, RunControls, RunState, Section, TableMode};

/// The most rows and columns of the diagram's data table.
const TABLE_MAX: usize = 12;

/// A drawn diagram.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Diagram {
    pub(super) cells: Vec<Option<(WallId, f64)>>,
    pub(super) x: Axis,
    pub(super) y: Axis,
    pub(super) ran: Ran,
    pub(super) elapsed_ms: f64,
    pub(super) notes: Vec<String>,
    /// The visitor's scenario on the axes, 0–1 along each.
    pub(super) own: (f64, f64),
}

/// An axis over the range a parameter's slider spans (its plausible range and some way beyond,
/// including the scenario's value).
fn axis_for(param: ParamId, value: f64, steps: u32) -> Axis {
    let span = Scale::for_param(param.spec(), value).span();
    Axis::new(param, span.low, span.high, steps).unwrap_or_else(|_| Axis::plausible(param, steps))
}

/// The phase diagram with its axis pickers, resolution, run and cancel.
#[component]
pub fn PhaseDiagram() -> impl IntoView {
    let state = expect_context::<AppState>();
    let diagram = RwSignal::new(None::<Arc<Diagram>>);
    let run_state = RunState::new();

    let draw = move || {
        let Some(flag) = run_state.start() else {
            return;
        };
        let settings = state.sweep.get_untracked();
        let scenario = state.effective.get_untracked();
        let x = axis_for(
            settings.grid_x,
            scenario.get(settings.grid_x),
            settings.grid_steps,
        );
        let y = axis_for(
            settings.grid_y,
            scenario.get(settings.grid_y),
            settings.grid_steps,
        );
        let own = (
            x.span().position(scenario.get(x.param)),
            y.span().position(scenario.get(y.param)),
        );
        spawn_local(async move {
            let report = move |share| run_state.report(share);
            // A cancelled diagram leaves the last one standing.
            if let Ok(finished) =
                engine::grid(settings.engine, &scenario, &x, &y, &report, &flag).await
            {
                diagram.try_set(Some(Arc::new(Diagram {
                    cells: finished.value,
                    x,
                    y,
                    ran: finished.ran,
                    elapsed_ms: finished.elapsed_ms,
                    notes: finished.notes,
                    own,
                })));
            }
            run_state.end();
        });
    };
    draw();

    draw();

    let table = Memo::new(move |_| {
        diagram.with(|d| {
            d.as_ref()
                .map(|d| {
                    let xs: Vec<f64> = (0..d.x.steps).map(|i| d.x.value(i)).collect();
                    let ys: Vec<f64> = (0..d.y.steps).map(|j| d.y.value(j)).collect();
                    phase_table_html(
                        &d.cells,
                        (d.x.param.spec().label, &xs),
                        (d.y.param.spec().label, &ys),
                        TABLE_MAX,
                    )
                })
                .unwrap_or_default()
        })
    });

    let param_select = move |id: &'static str, axis_is_x: bool| {
        view! {
            <select
                id=id
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(param) = ParamId::lookup(&value) {
                        state
                            .sweep
                            .update(|s| {
                                if axis_is_x {
                                    if param != s.grid_y {
                                        s.grid_x = param;
                                    }
                                } else if param != s.grid_x {
                                    s.grid_y = param;
                                }
                            });
                    }
                }
            >
                {axis_params()
                    .map(|param| {
                        let spec = param.spec();
                        view! {
                            <option
                                value=spec.id
                                selected=move || {
                                    state
                                        .sweep
                                        .with(|s| if axis_is_x { s.grid_x == param } else { s.grid_y == param })
                                }
                            >
                                {spec.label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
    };

    view! {
        <Section id="phase-heading" title="The first wall over two assumptions" class="phase-section">
        <p class="prose">
            "Pick two assumptions; every cell of the diagram is a projection with those two "
            "set and every other as in your scenario. Colour is the first wall, shade the "
            "year (paler is later). Point at a cell, or focus the diagram and use the arrow "
            "keys, to read it."
        </p>
        <form
            class="sweep-controls"
            on:submit=move |event| {
                event.prevent_default();
                draw();
            }
        >
            <label>"Across " {param_select("phase-x", true)}</label>
            <label>"Up " {param_select("phase-y", false)}</label>
            <label>
                "Cells per side "
                <select
                    id="phase-steps"
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                            state.sweep.update(|s| s.grid_steps = n);
                        }
                    }
                >
                    {move || {
                        let current = state.sweep.with(|s| s.grid_steps);
                        menu_choices(&GRID_CHOICES, current)
                            .into_iter()
                            .map(|n| {
                                view! {
                                    <option value=n.to_string() selected=n == current>
                                        {format!("{n} × {n}")}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <RunControls
                run_id="phase-draw"
                label="Draw the diagram"
                cancel_id="phase-cancel"
                state=run_state
            />
            <progress max="1" prop:value=move || run_state.progress() aria-label="Diagram progress"></progress>
        </form>
            {move || {
                diagram
                    .get()
                    .map(|d| {
                        view! {
                            <EngineBadge
                                id="phase-engine"
                                ran=d.ran.clone()
                                text=format!(
                                    "{} cells in {:.2} s.",
                                    format::grouped(f64::from(d.x.steps * d.y.steps)),
                                    d.elapsed_ms / 1000.0
                                )
                                notes=d.notes.clone()
                            />
                        }
                    })
            }}
            <Figure
                id="phase"
                name="The first wall over two assumptions"
                class="phase-figure"
                table=table
                mode=TableMode::Folded("Data table: the diagram, thinned")
            >
                <plot::PhasePlot diagram=diagram />
            </Figure>
        </Section>
    }
}
