//! Training compute by year: demand against every ceiling, as a chart or a table.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::{ChartOrTable, SourceLink};

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
    // The years, then the runs that happened: both are the chart's text.
    let table = Memo::new(move |_| {
        let mut html = state
            .projection
            .with(firstwall_charts::trajectory_table_html);
        html.push_str(&firstwall_charts::observed_runs_table_html());
        html
    });
    let label = move || {
        state.projection.with(|p| {
            format!(
                "Log-scale chart of training compute from {} to {}: the runs that happened, then \
                 demand growing past the ceilings; {}.",
                firstwall_charts::CHART_FIRST_YEAR,
                p.years[p.years.len() - 1],
                super::words::binding_short(p.first_wall.as_ref())
            )
        })
    };
    view! {
        <div class="trajectory-wrap">
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
            <p class="chart-note">
                "Points: the largest runs that happened, by publication date (larger: each new record). "
                "Lines are the scenario — solid up to today, dashed after. "
                <SourceLink citation=firstwall_model::history::RUNS_SOURCE />
            </p>
        </div>
    }
}
