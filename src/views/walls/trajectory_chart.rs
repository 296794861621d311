//! Training compute by year: demand against every ceiling, as a chart or a table.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::ChartOrTable;

/// The chart's drawing size; it scales to its container.
const CHART_WIDTH_PX: u32 = 960;
const CHART_HEIGHT_PX: u32 = 440;

/// The trajectory chart (plotters, as SVG, crisp at any resolution) and, one click or the `t` key
/// away, the same numbers as a table.
#[component]
pub fn TrajectoryChart() -> impl IntoView {
    let state = expect_context::<AppState>();
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
    let label = move || {
        state.projection.with(|p| {
            format!(
                "Log-scale chart of training compute from {} to {}: demand grows past the \
                 ceilings; {}.",
                p.years[0],
                p.years[p.years.len() - 1],
                super::words::binding_short(p.first_wall.as_ref())
            )
        })
    };
    view! {
        <ChartOrTable
            class="trajectory"
            title_id="trajectory-title"
            title="Training compute by year"
            toggle_id="table-toggle"
            figure_word="chart"
            figure_class="chart"
            figure="#trajectory-chart"
            label=Signal::derive(label)
            svg=svg
            table=table
            key="t"
        />
    }
}
