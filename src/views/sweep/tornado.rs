//! The tornado: which assumptions move the first wall most, one at a time.

use firstwall_charts::sweep::{tornado_svg, tornado_table_html};
use firstwall_model::sweep::sensitivity;
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::{Figure, Section, TableMode};

/// Rows the chart shows (the table has every parameter).
const ROWS: usize = 12;
/// Rows it shows embedded alone (`only=tornado`), to fit a blog's column.
const ROWS_ALONE: usize = 5;

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
    let width = RwSignal::new(crate::ui::width::guess());
    let rows = if crate::shell::only::shows_alone("tornado") {
        ROWS_ALONE
    } else {
        ROWS
    };
    view! {
        <Section id="tornado-heading" title="Which assumptions matter most" class="tornado-section">
            <p class="prose">
                "Each bar moves one assumption to the low (10th percentile) or high (90th "
                "percentile) end of its range and keeps every other as in your scenario; the line "
                "is your scenario's first wall. The longest bars are the assumptions worth "
                "arguing about."
            </p>
            <Figure
                id="tornado"
                name="Which assumptions matter most"
                class="tornado-wrap"
                svg=Signal::derive(move || swings.with(|s| tornado_svg(s, base_year.get(), rows, width.get())))
                table=table
                width=width
                mode=TableMode::Folded("Data table: every assumption's swing")
            />
        </Section>
    }
}
