//! Where the power goes, from the grid to the chips and out as heat.

use leptos::prelude::*;

use crate::ui::{ExportMenu, TableFrom};

use super::DesignResult;

/// The power-flow (Sankey) diagram, MW, and the same flows as a table one click away.
#[component]
pub fn PowerFlow(
    /// The designed site.
    design: Memo<DesignResult>,
) -> impl IntoView {
    let (as_table, set_as_table) = signal(false);
    let svg = Memo::new(move |_| {
        design.with(|d| {
            d.as_ref()
                .map(firstwall_charts::power_flow_svg)
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
        <section class="power-flow-section" aria-labelledby="flow-title">
            <div class="section-head">
                <h2 id="flow-title">"Where the power goes"</h2>
                <button
                    type="button"
                    id="flow-table-toggle"
                    aria-pressed=move || as_table.get().to_string()
                    on:click=move |_| set_as_table.update(|t| *t = !*t)
                >
                    {move || if as_table.get() { "Show the diagram" } else { "Show as a table" }}
                </button>
                <ExportMenu what="Where the power goes" figure="#power-flow" table=TableFrom::Html(table.into()) />
            </div>
            {move || {
                if as_table.get() {
                    view! { <div class="table-scroll" inner_html=move || table.get()></div> }.into_any()
                } else {
                    view! {
                        <div class="flow-chart" id="power-flow" role="img" aria-label=label inner_html=move || svg.get()></div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
