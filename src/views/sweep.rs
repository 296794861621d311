//! `/sweep`: the first wall as a distribution over uncertain assumptions.

use leptos::prelude::*;

use crate::ui::ViewPage;
use crate::views::ViewId;

/// The Uncertainty view.
#[component]
pub fn SweepView() -> impl IntoView {
    view! {
        <ViewPage view=ViewId::Sweep>
            <div class="prose">
                <p>
                    "Each assumption — how fast compute demand grows, how much power one developer "
                    "can bring to one run, how many chips are made — has a plausible range rather "
                    "than one value. Sampling those ranges many times over answers two questions "
                    "that a single scenario cannot: in what share of plausible worlds does each "
                    "wall bind first, and how spread out is the year it happens?"
                </p>
                <p>
                    "The samples are drawn from seeded, counter-based random numbers, so the same "
                    "seed gives the same answer on the CPU, on a graphics card, in the browser and "
                    "in the command-line tool."
                </p>
            </div>
        </ViewPage>
    }
}
