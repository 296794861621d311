//! Where the power goes, from the grid to the chips and out as heat.

use leptos::prelude::*;

use crate::ui::{Figure, Section, TableMode};

use super::DesignResult;

/// The flows' height on the page, pixels.
const FLOWS_PX: f64 = 440.0;
/// Their height embedded alone.
const FLOWS_ALONE_PX: f64 = 260.0;

/// The power-flow (Sankey) diagram, MW, and the same flows as a table one click away.
#[component]
pub fn PowerFlow(
    /// The designed site.
    design: Memo<DesignResult>,
) -> impl IntoView {
    let width = RwSignal::new(crate::ui::width::guess());
    // Embedded alone (`only=sankey`), shorter flows, to fit a blog's column.
    let flows_px = if crate::shell::only::shows_alone("sankey") {
        FLOWS_ALONE_PX
    } else {
        FLOWS_PX
    };
    let svg = Memo::new(move |_| {
        let width = width.get();
        design.with(|d| {
            d.as_ref()
                .map(|d| firstwall_charts::power_flow_svg_sized(d, width, flows_px))
                .unwrap_or_default()
        })
    });
    let table = Memo::new(move |_| {
        design.with(|d| {
            d.as_ref()
                .map(firstwall_charts::power_flow_table_html)
                .unwrap_or_default()
        })
    });
    let label = move || {
        design.with(|d| match d {
            Ok(d) => format!(
                "Power-flow diagram: {:.0} MW from the grid, {:.0} MW to the IT equipment, the rest to \
                 conversion losses and the cooling plant; all of it leaves as heat.",
                d.facility_power_mw, d.it_power_mw
            ),
            Err(_) => String::new(),
        })
    };
    view! {
        <Section id="flow-title" title="Where the power goes" class="power-flow-section">
            <Figure
                id="power-flow"
                name="Where the power goes"
                class="flow-chart"
                svg=svg
                label=Signal::derive(label)
                table=table
                mode=TableMode::Toggle { word: "diagram", key: None }
                width=width
            />
        </Section>
    }
}
