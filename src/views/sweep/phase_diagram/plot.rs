//! The diagram's image and how it is read: the canvas (one pixel per cell), the visitor's own
//! point, the cursor, the ticks and axis captions, the readout, the legend.

use std::sync::Arc;

use firstwall_charts::sweep::phase_rgb;
use firstwall_model::sweep::{Axis, NO_WALL};
use firstwall_model::WallId;
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use super::Diagram;
use crate::format;

/// The image of the diagram and its readout; a cell is read by pointing at it or by moving a
/// cursor with the arrow keys.
#[component]
pub fn PhasePlot(
    /// The diagram on screen (none while the first one is drawn).
    diagram: RwSignal<Option<Arc<Diagram>>>,
) -> impl IntoView {
    let cursor = RwSignal::new(None::<(u32, u32)>);
    let canvas = NodeRef::<leptos::html::Canvas>::new();

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
            Some((wall, year)) => format!(
                "{} binds first, in {}",
                wall.label(),
                firstwall_model::format::quarter(year)
            ),
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

    view! {
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
                                    style:left=format!("{:.2}%", d.own.0 * 100.0)
                                    style:bottom=format!("{:.2}%", d.own.1 * 100.0)
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
                            style:left=format!("{:.3}%", f64::from(i) / w * 100.0)
                            style:bottom=format!("{:.3}%", f64::from(j) / h * 100.0)
                            style:width=format!("{:.3}%", 100.0 / w)
                            style:height=format!("{:.3}%", 100.0 / h)
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
                                                .map(|(at, text)| view! { <span style:left=format!("{:.1}%", at * 100.0)>{text}</span> })
                                                .collect_view()}
                                        </div>
                                        <div class="phase-ticks phase-ticks-y" aria-hidden="true">
                                            {ticks(&d.y)
                                                .into_iter()
                                                .map(|(at, text)| view! { <span style:bottom=format!("{:.1}%", at * 100.0)>{text}</span> })
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
            let value = axis.span().at(t);
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
