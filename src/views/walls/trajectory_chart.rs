//! Training compute by year: demand against every ceiling, as a chart or a table.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::{Figure, Section, SourceLink, TableMode};

/// The trajectory chart (plotters, as SVG, crisp at any resolution) and, one click or the `t` key
/// away, the same numbers as a table.
#[component]
pub fn TrajectoryChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The latest fans: while new ones are computed the bands of the last scenario stay, so
    // dragging a number does not make them flicker.
    let fans = Memo::new(move |_| state.fans.with(|f| f.as_ref().map(|r| r.fans.clone())));
    // Laid out for the width it has (UX audit: scaled down, its text was 5 px on a phone).
    let width = RwSignal::new(crate::ui::width::guess());
    let svg = Memo::new(move |_| {
        let width_px = width.get() as u32;
        fans.with(|fans| {
            state.projection.with(|p| {
                firstwall_charts::trajectory_svg(p, fans.as_deref(), width_px)
                    .unwrap_or_else(|err| format!("<p>{err}</p>"))
            })
        })
    });
    // The years, the spread across plausible worlds, then the runs that happened: all are the
    // chart's text.
    let observed_runs = firstwall_charts::observed_runs_table_html();
    let table = Memo::new(move |_| {
        let mut html = state
            .projection
            .with(firstwall_charts::trajectory_table_html);
        if let Some(fans) = fans.get() {
            html.push_str(&firstwall_charts::fans_table_html(&fans));
        }
        html.push_str(&observed_runs);
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
        <div class="trajectory-wrap" id="trajectory-figure">
            <Section id="trajectory-title" title="Training compute by year" class="trajectory">
                <Figure
                    id="trajectory-chart"
                    name="Training compute by year"
                    class="chart"
                    svg=svg
                    label=Signal::derive(label)
                    table=table
                    mode=TableMode::Toggle { word: "chart", key: Some("t") }
                    width=width
                />
            </Section>
            <details class="fold chart-note">
                <summary>"How to read this chart"</summary>
                <p>
                "Points: the largest runs that happened, by publication date (larger: each new record). "
                "Lines are the scenario — solid up to today, dashed after; shaded bands, where "
                "80 % of the plausible worlds around it fall (the middle 80 % of "
                {firstwall_model::sweep::FAN_SAMPLES.to_string()}
                " draws that history does not contradict). "
                <SourceLink citation=firstwall_model::history::RUNS_SOURCE />
                </p>
            </details>
        </div>
    }
}
