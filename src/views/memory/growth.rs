//! Why the memory wall rises: the source's growth rates, from a start year the visitor picks.

use firstwall_charts::memory::{growth_svg, growth_table_html};
use leptos::prelude::*;

use super::{GROWTH_YEARS, START_YEARS};
use crate::ui::{menu, Figure, Section, TableMode};

/// The growth section.
#[component]
pub fn GrowthSection(
    /// The year the trends start from (in the address).
    start_year: RwSignal<u32>,
) -> impl IntoView {
    let width = RwSignal::new(crate::ui::width::guess());
    view! {
            <Section id="growth-heading" title="Why the wall rises: growth per two years" class="growth-section">
                <div class="figure">
                    <p>
                        "The source diagram: language models grow " <strong>"410×"</strong>
                        " and the compute to train them " <strong>"750×"</strong>
                        " every two years, while memory grows only " <strong>"2×"</strong> "."
                    </p>
                    <p class="source-note">
                        "The rates are Gholami et al.'s (IEEE Micro, 2024). Their 2× every two years "
                        "is the memory " <em>"capacity"</em> " of one accelerator; memory "
                        <em>"bandwidth"</em> " grew 1.6× and interconnect bandwidth 1.4× every two "
                        "years, against 3× for peak compute — so the ridge point climbs about 1.9× "
                        "every two years. The 410× and 750× were fit to 2017–2020 and overstate "
                        "growth since (Epoch: training compute 4–5× a year)."
                    </p>
                </div>
                <div class="sweep-controls">
                    {menu(
    "growth-start",
    "Start year ",
    START_YEARS.iter().map(|y| (*y, y.to_string())).collect(),
    start_year,
    )}
                </div>
                <Figure
                    id="growth-chart"
                    name="Growth per two years"
                    class="growth-wrap"
                    svg=Signal::derive(move || {
                        growth_svg(
                            i32::try_from(start_year.get()).unwrap_or(2018),
                            GROWTH_YEARS,
                            width.get(),
                        )
                    })
                    caption=format!(
                        "Each trend from 1× at the start year, over {GROWTH_YEARS} years, on a log scale."
                    )
                    table=Signal::stored(growth_table_html(GROWTH_YEARS))
                    mode=TableMode::Folded("Data table: the rates")
                    width=width
                />
            </Section>
        }
}
