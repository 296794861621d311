//! The tornado: which assumptions move the first wall most, one at a time.

use firstwall_charts::sweep::{tornado_svg, tornado_table_html};
use firstwall_model::sweep::sensitivity;
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::{ExportMenu, TableFrom};

/// Rows the chart shows (the table has every parameter).
const ROWS: usize = 12;

/// Each uncertain assumption at the low and the high end of its range, every other as in the
/// visitor's scenario; the largest swings first. Recomputed when the scenario changes (a few
/// dozen projections: well under a millisecond).
#[component]
pub fn Tornado() -> impl IntoView {
    let state = expect_context::<AppState>();
    let swings = Memo::new(move |_| state.effective.with(sensitivity));
    let base_year = Memo::new(move |_| {
        state
            .projection
            .with(|p| p.first_wall.as_ref().map(|first| first.year))
    });
    let table = Memo::new(move |_| swings.with(|s| tornado_table_html(s)));
    view! {
        <section class="tornado-section" aria-labelledby="tornado-heading">
            <h2 id="tornado-heading">"Which assumptions matter most"</h2>
            <p class="prose">
                "Each bar moves one assumption to the low (10th percentile) or high (90th "
                "percentile) end of its range and keeps every other as in your scenario; the line "
                "is your scenario's first wall. The longest bars are the assumptions worth "
                "arguing about."
            </p>
            <figure class="chart-figure">
                <div
                    class="tornado-wrap"
                    id="tornado"
                    tabindex="0"
                    role="region"
                    aria-label="Tornado chart (scrolls sideways on narrow screens)"
                    inner_html=move || swings.with(|s| tornado_svg(s, base_year.get(), ROWS))
                ></div>
            </figure>
            <details class="data-details">
                <summary>"Data table: every assumption's swing"</summary>
                <div class="table-scroll" inner_html=move || table.get()></div>
            </details>
            <ExportMenu what="Which assumptions matter most" figure="#tornado" table=TableFrom::Html(table.into()) />
        </section>
    }
}
