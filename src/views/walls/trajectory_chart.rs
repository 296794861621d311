//! Training compute by year: demand against every ceiling, as a chart or a table.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::{ExportMenu, TableFrom};

/// The chart's drawing size; it scales to its container.
const CHART_WIDTH_PX: u32 = 960;
const CHART_HEIGHT_PX: u32 = 440;

/// The trajectory chart (plotters, as SVG, crisp at any resolution) and, one click or the `t` key
/// away, the same numbers as a table.
#[component]
pub fn TrajectoryChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (as_table, set_as_table) = signal(false);
    let svg = Memo::new(move |_| {
        state.projection.with(|p| {
            firstwall_charts::trajectory_svg(p, CHART_WIDTH_PX, CHART_HEIGHT_PX)
                .unwrap_or_else(|err| format!("<p>{err}</p>"))
        })
    });
    let table = Memo::new(move |_| {
        state
            .projection
            .with(firstwall_charts::trajectory_table_html)
    });
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "t" && !event.ctrl_key() && !event.meta_key() && !event.alt_key() {
            set_as_table.update(|t| *t = !*t);
        }
    };

    view! {
        <section class="trajectory" aria-labelledby="trajectory-title" on:keydown=on_keydown>
            <div class="section-head">
                <h2 id="trajectory-title">"Training compute by year"</h2>
                <button
                    type="button"
                    id="table-toggle"
                    aria-pressed=move || as_table.get().to_string()
                    aria-keyshortcuts="t"
                    on:click=move |_| set_as_table.update(|t| *t = !*t)
                >
                    {move || if as_table.get() { "Show the chart" } else { "Show as a table (t)" }}
                </button>
                <ExportMenu what="Training compute by year" figure="#trajectory-chart" table=TableFrom::Html(table.into()) />
            </div>
            {move || {
                if as_table.get() {
                    view! { <div class="table-scroll" inner_html=move || table.get()></div> }.into_any()
                } else {
                    view! {
                        <div
                            class="chart"
                            id="trajectory-chart"
                            role="img"
                            aria-label=move || {
                                state.projection.with(|p| {
                                    format!(
                                        "Log-scale chart of training compute from {} to {}: demand grows past the \
                                         ceilings; {}.",
                                        p.years[0],
                                        p.years[p.years.len() - 1],
                                        super::words::binding_short(p.first_wall.as_ref())
                                    )
                                })
                            }
                            inner_html=move || svg.get()
                        ></div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
