//! Traditional and AI-era data centers side by side, and the eras of computing.

use firstwall_model::datacenter::ERAS;
use leptos::prelude::*;

use crate::ui::{Section, SourceLink};

/// The diagram "Data Center Shift with AI": its five layers then and now, with the figures
/// that changed, and its timeline.
#[component]
pub fn EraComparison() -> impl IntoView {
    let rows = ERAS
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.traditional} " → " {row.ai_era}</th>
                    <td>{row.traditional_figure}</td>
                    <td>{row.ai_figure}</td>
                    <td><SourceLink citation=row.source /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section id="eras-title" title="From independent layers to one system" class="eras">
            <div class="table-scroll">
                <table class="param-table" id="era-table">
                    <caption>"Traditional data center and AI data center, layer by layer"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Layer"</th>
                            <th scope="col">"Traditional"</th>
                            <th scope="col">"AI era"</th>
                            <th scope="col">"Source"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3>"Eras of computing"</h3>
            <ol class="flow" aria-label="Technology eras">
                <li>"Internet ’95"</li>
                <li>"Mobile ’07"</li>
                <li>"Cloud ’10"</li>
                <li>"Blockchain"</li>
                <li>"AI (LLM) ’22"</li>
            </ol>
            <p class="prose source-note">
                "Sources: the diagrams “Data Center Shift with AI” and “New For AI”."
            </p>
        </Section>
    }
}
