//! `/datacenter`: compute, network, power and cooling as one coupled system.

use leptos::prelude::*;

use crate::ui::ViewPage;
use crate::views::ViewId;

/// The Data center view.
#[component]
pub fn DatacenterView() -> impl IntoView {
    view! {
        <ViewPage view=ViewId::Datacenter>
            <h2>"Eras of computing"</h2>
            <ol class="flow" aria-label="Technology eras">
                <li>"Internet ’95"</li>
                <li>"Mobile ’07"</li>
                <li>"Cloud ’10"</li>
                <li>"Blockchain"</li>
                <li>"AI (LLM) ’22"</li>
            </ol>
            <h2>"From independent layers to one system"</h2>
            <ul class="card-grid">
                <li class="card">
                    <h3>"Traditional data center"</h3>
                    <p>"Software, server, network, power, cooling — designed as separate layers."</p>
                </li>
                <li class="card">
                    <h3>"AI data center"</h3>
                    <p>
                        "LLM models on GPUs, high-bandwidth networks between them, high-voltage DC "
                        "power and liquid cooling with coolant distribution units (CDUs) — each "
                        "sized for the others."
                    </p>
                </li>
            </ul>
            <p class="prose">
                "The two pillars of the diagram “New For AI” say the same: computing (massive data, "
                "immense compute) and infrastructure (enormous energy, high-density cooling) are "
                "linked like a chain. More computing is worth nothing without the energy and the "
                "cooling to run it."
            </p>
            <p class="prose source-note">
                "Sources: the diagrams “Data Center Shift with AI” and “New For AI”."
            </p>
        </ViewPage>
    }
}
