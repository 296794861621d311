//! The phase diagram: the first wall and its year over two assumptions, as an image, with a
//! readout for the cell under the pointer or the keyboard cursor.

use std::sync::Arc;

use firstwall_charts::sweep::{phase_rgb, phase_table_html};
use firstwall_model::sweep::{Axis, NO_WALL};
use firstwall_model::{ParamId, WallId};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::{self, Ran};
use crate::format;
use crate::state::AppState;
use crate::state::{axis_params, menu_choices, GRID_CHOICES};
use crate::ui::scale::Scale;
use crate::ui::{ExportMenu, RunControls, RunState, TableFrom};

/// The most rows and columns of the diagram's data table.
const TABLE_MAX: usize = 12;

#[derive(Clone, Debug, PartialEq)]
struct Diagram {
    cells: Vec<Option<(WallId, f64)>>,
    x: Axis,
    y: Axis,
    ran: Ran,
    elapsed_ms: f64,
    notes: Vec<String>,
    /// The visitor's scenario on the axes, 0–1 along each.
    own: (f64, f64),
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
    let cursor = RwSignal::new(None::<(u32, u32)>);
    let canvas = NodeRef::<leptos::html::Canvas>::new();

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

    // Paint the image whenever a diagram arrives (and the canvas exists).
    Effect::new(move |_| {
        let Some(d) = diagram.get() else { return };
        let Some(canvas) = canvas.get() else { return };
        paint(&canvas, &d);
    });

    let readout = move || {
        let d = diagram.get()?;
        let (i, j) = cursor.get()?;
        let cell = d.cells.get((j * d.x.steps + i) as usize).copied().flatten();
        let (xs, ys) = (d.x.param.spec(), d.y.param.spec());
        let first = match cell {
            Some((wall, year)) => format!("{} binds first, in {year:.1}", wall.label()),
            None => format!(
                "no wall binds by {}",
                firstwall_model::projection::LAST_YEAR
            ),
        };
        Some(format!(
            "{} {} {}, {} {} {}: {first}.",
            xs.label,
            format::figure(d.x.value(i)),
            xs.unit,
            ys.label,
            format::figure(d.y.value(j)),
            ys.unit
        ))
    };

    let cell_at = move |offset_x: f64, offset_y: f64, width: f64, height: f64| {
        let d = diagram.get_untracked()?;
        let steps = f64::from(d.x.steps);
        let rows = f64::from(d.y.steps);
        // Pixel offsets within the canvas's box.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let i = ((offset_x / width.max(1.0)) * steps)
            .floor()
            .clamp(0.0, steps - 1.0) as u32;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let row_from_top = ((offset_y / height.max(1.0)) * rows)
            .floor()
            .clamp(0.0, rows - 1.0) as u32;
        Some((i, d.y.steps - 1 - row_from_top))
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(d) = diagram.get_untracked() else {
            return;
        };
        let (i, j) = cursor
            .get_untracked()
            .unwrap_or((d.x.steps / 2, d.y.steps / 2));
        let big = (d.x.steps / 16).max(1);
        let step = if ev.shift_key() { big } else { 1 };
        let next = match ev.key().as_str() {
            "ArrowLeft" => (i.saturating_sub(step), j),
            "ArrowRight" => ((i + step).min(d.x.steps - 1), j),
            "ArrowDown" => (i, j.saturating_sub(step)),
            "ArrowUp" => (i, (j + step).min(d.y.steps - 1)),
            "Home" => (0, j),
            "End" => (d.x.steps - 1, j),
            _ => return,
        };
        ev.prevent_default();
        cursor.set(Some(next));
    };

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
        <section class="phase-section" aria-labelledby="phase-heading">
            <h2 id="phase-heading">"The first wall over two assumptions"</h2>
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
                            <p class="engine-badge" id="phase-engine">
                                <span class="badge" data-engine=d.ran.kind() title=d.ran.detail()>{d.ran.label()}</span>
                                {format!(
                                    " {} cells in {:.2} s.",
                                    format::grouped(f64::from(d.x.steps * d.y.steps)),
                                    d.elapsed_ms / 1000.0
                                )}
                            </p>
                            {(!d.notes.is_empty())
                                .then(|| {
                                    view! {
                                        <ul class="notice">
                                            {d.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
                                        </ul>
                                    }
                                })}
                        }
                    })
            }}
            <div class="phase-frame">
                <p class="phase-y-label">
                    {move || diagram.with(|d| d.as_ref().map(|d| format!("↑ {}", axis_caption(&d.y))))}
                </p>
                <div class="phase-plot">
                    <canvas
                        id="phase-canvas"
                        node_ref=canvas
                        tabindex="0"
                        role="img"
                        aria-label=move || {
                            diagram
                                .with(|d| {
                                    d.as_ref()
                                        .map(|d| summary(d))
                                        .unwrap_or_else(|| "The phase diagram is being drawn.".to_owned())
                                })
                        }
                        aria-describedby="phase-readout"
                        on:mousemove=move |ev| {
                            let target = event_target::<web_sys::HtmlCanvasElement>(&ev);
                            let hit = cell_at(
                                f64::from(ev.offset_x()),
                                f64::from(ev.offset_y()),
                                f64::from(target.client_width()),
                                f64::from(target.client_height()),
                            );
                            cursor.set(hit);
                        }
                        on:keydown=on_key
                    ></canvas>
                    {move || {
                        diagram
                            .get()
                            .map(|d| {
                                view! {
                                    <span
                                        class="phase-own"
                                        title="Your scenario"
                                        style=format!(
                                            "left: {:.2}%; bottom: {:.2}%",
                                            d.own.0 * 100.0,
                                            d.own.1 * 100.0,
                                        )
                                    ></span>
                                }
                            })
                    }}
                    {move || {
                        let d = diagram.get()?;
                        let (i, j) = cursor.get()?;
                        let (w, h) = (f64::from(d.x.steps), f64::from(d.y.steps));
                        Some(view! {
                            <span
                                class="phase-cursor"
                                style=format!(
                                    "left: {:.3}%; bottom: {:.3}%; width: {:.3}%; height: {:.3}%",
                                    f64::from(i) / w * 100.0,
                                    f64::from(j) / h * 100.0,
                                    100.0 / w,
                                    100.0 / h,
                                )
                            ></span>
                        })
                    }}
                    {move || {
                        diagram
                            .with(|d| {
                                d.as_ref()
                                    .map(|d| {
                                        view! {
                                            <div class="phase-ticks phase-ticks-x" aria-hidden="true">
                                                {ticks(&d.x)
                                                    .into_iter()
                                                    .map(|(at, text)| view! { <span style=format!("left: {:.1}%", at * 100.0)>{text}</span> })
                                                    .collect_view()}
                                            </div>
                                            <div class="phase-ticks phase-ticks-y" aria-hidden="true">
                                                {ticks(&d.y)
                                                    .into_iter()
                                                    .map(|(at, text)| view! { <span style=format!("bottom: {:.1}%", at * 100.0)>{text}</span> })
                                                    .collect_view()}
                                            </div>
                                        }
                                    })
                            })
                    }}
                </div>
                <p class="phase-x-label">
                    {move || diagram.with(|d| d.as_ref().map(|d| format!("→ {}", axis_caption(&d.x))))}
                </p>
            </div>
            <p id="phase-readout" class="phase-readout" aria-live="polite">
                {move || readout().unwrap_or_else(|| "Point at the diagram to read a cell.".to_owned())}
            </p>
            <ul class="phase-legend">
                {WallId::ALL
                    .into_iter()
                    .filter(|w| *w != WallId::Software)
                    .map(|wall| {
                        view! {
                            <li>
                                <span class=format!("swatch seg-{}", wall.id()) aria-hidden="true"></span>
                                {wall.label()}
                            </li>
                        }
                    })
                    .collect_view()}
                <li><span class="swatch seg-none" aria-hidden="true"></span>"None by 2040"</li>
                <li><span class="swatch swatch-own" aria-hidden="true"></span>"Your scenario"</li>
                <li>"Paler: later"</li>
            </ul>
            <details class="data-details">
                <summary>"Data table: the diagram, thinned"</summary>
                <div class="table-scroll" inner_html=move || table.get()></div>
            </details>
            <ExportMenu what="The first wall over two assumptions" figure="#phase-canvas" table=TableFrom::Html(table.into()) />
        </section>
    }
}

/// Tick labels along an axis: five values, at their place along it (0–1, where the cells'
/// centres put them).
fn ticks(axis: &Axis) -> Vec<(f64, String)> {
    let steps = f64::from(axis.steps.max(2));
    [0.0, 0.25, 0.5, 0.75, 1.0]
        .into_iter()
        .map(|at: f64| {
            // The cell whose centre is at `at`, as a fraction along the axis's values.
            let t = ((at * steps - 0.5) / (steps - 1.0)).clamp(0.0, 1.0);
            let value = if axis.log {
                axis.low * (axis.high / axis.low).powf(t)
            } else {
                axis.low + (axis.high - axis.low) * t
            };
            (
                at,
                format::figure(crate::ui::scale::round_significant(value, 2)),
            )
        })
        .collect()
}

fn axis_caption(axis: &Axis) -> String {
    let spec = axis.param.spec();
    format!(
        "{}: {} to {} {}{}",
        spec.label,
        format::figure(axis.low),
        format::figure(axis.high),
        spec.unit,
        if axis.log { " (log scale)" } else { "" }
    )
}

/// The diagram in words: how many cells each wall takes.
fn summary(d: &Diagram) -> String {
    let counts = firstwall_model::sweep::grid_counts(&d.cells);
    let total = d.cells.len().max(1) as f64;
    let parts: Vec<String> = WallId::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(wall, n)| {
            format!(
                "{} first in {:.0} %",
                wall.label(),
                n as f64 / total * 100.0
            )
        })
        .chain(
            (counts[NO_WALL] > 0)
                .then(|| format!("none in {:.0} %", counts[NO_WALL] as f64 / total * 100.0)),
        )
        .collect();
    format!(
        "Phase diagram over {} and {}: {} of the cells.",
        d.x.param.spec().label,
        d.y.param.spec().label,
        parts.join(", ")
    )
}

/// Paints the cells, one pixel each, low y at the bottom.
fn paint(canvas: &web_sys::HtmlCanvasElement, d: &Diagram) {
    let (w, h) = (d.x.steps, d.y.steps);
    canvas.set_width(w);
    canvas.set_height(h);
    let Ok(Some(context)) = canvas.get_context("2d") else {
        return;
    };
    let Ok(context) = context.dyn_into::<web_sys::CanvasRenderingContext2d>() else {
        return;
    };
    let mut pixels = vec![0u8; (w * h * 4) as usize];
    for row in 0..h {
        let j = h - 1 - row;
        for i in 0..w {
            let cell = d.cells.get((j * w + i) as usize).copied().flatten();
            let [r, g, b] = phase_rgb(cell);
            let at = ((row * w + i) * 4) as usize;
            pixels[at..at + 4].copy_from_slice(&[r, g, b, 255]);
        }
    }
    if let Ok(image) = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
        wasm_bindgen::Clamped(&pixels[..]),
        w,
        h,
    ) {
        // A canvas of the right size always takes its own image.
        context.put_image_data(&image, 0.0, 0.0).ok();
    }
}

use wasm_bindgen::JsCast as _;
