//! `/sweep`: the first wall as a distribution over uncertain assumptions.
//!
//! Three parts: the Monte Carlo sweep (how often each wall comes first, and when), the tornado
//! (which assumptions move the answer most) and the phase diagram (the first wall over two
//! assumptions). The sweep and the diagram run on [`crate::engine`]; the tornado is a few dozen
//! projections, computed on the page.

mod monte_carlo;
mod phase_diagram;
mod tornado;

use leptos::prelude::*;

use crate::routes::ViewId;
use crate::ui::ViewPage;

use monte_carlo::MonteCarlo;
use phase_diagram::PhaseDiagram;
use tornado::Tornado;

/// The Uncertainty view.
#[component]
pub fn SweepView() -> impl IntoView {
    let lead = || view! { <MonteCarlo /> }.into_any();
    view! {
        <ViewPage view=ViewId::Sweep lead=Box::new(lead)>
            <details class="fold prose" id="how-drawn">
                <summary>"How the worlds are drawn"</summary>
                <p>
                    "Each assumption — how fast compute demand grows, how much power one developer "
                    "can bring to one run, how many chips are made — has a plausible range rather "
                    "than one value. Drawing every assumption from its range many times answers "
                    "two questions a single scenario cannot: in what share of plausible worlds "
                    "does each wall bind first, and how spread out is the year it happens?"
                </p>
                <p>
                    "Each assumption is drawn around your value (set it in the Walls view) — as "
                    "often above it as below — with the spread of its published range; choices "
                    "such as the cooling technology stay as you chose them. Assumptions that move "
                    "together are drawn together: "
                    {firstwall_model::sweep::FACTORS
                        .iter()
                        .map(|f| f.label.to_ascii_lowercase())
                        .collect::<Vec<_>>()
                        .join(", ")}
                    " each move several at once. A world that puts a wall below a training run "
                    "that already happened is not plausible, and is dropped."
                </p>
            </details>
            <Tornado />
            <PhaseDiagram />
        </ViewPage>
    }
}
