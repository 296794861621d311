//! `/`: Who is the first wall?

use firstwall_model::demand::DemandTrend;
use firstwall_model::{project, PresetId, Scenario};
use leptos::prelude::*;

use crate::format;
use crate::ui::ViewPage;
use crate::views::ViewId;

/// A wall as the source diagram *Who is the first wall?* describes it.
struct SourceWall {
    /// The model's id for this wall.
    id: &'static str,
    name: &'static str,
    /// The diagram's own claim, in its words.
    claim: &'static str,
}

/// The six walls, in the diagram's order, with its headline claim for each. The Claims view checks
/// these; here they only introduce the walls.
const SOURCE_WALLS: [SourceWall; 6] = [
    SourceWall {
        id: "data",
        name: "Data",
        claim: "High-quality text data is expected to run out by 2026; synthetic data and \
                few-shot learning are the way around.",
    },
    SourceWall {
        id: "software",
        name: "Algorithms",
        claim: "“The era of simple scaling is over”: test-time compute, mixture-of-experts and \
                hybrid AI scale the right things instead.",
    },
    SourceWall {
        id: "compute",
        name: "Compute → Heat",
        claim: "GPT-3 took 1,024 A100 GPUs for several months; by 2030 the largest runs may need \
                2–45 GW, and that heat must go somewhere.",
    },
    SourceWall {
        id: "memory_network",
        name: "Memory & Network",
        claim: "Models grow 410× and compute 750× every two years, memory only 2×; networks need \
                800 Gbps and microsecond latency, and light is slow over distance.",
    },
    SourceWall {
        id: "power",
        name: "Power",
        claim: "Transmission lines and transformers take years to build; data centers may use \
                7.5 % of US electricity by 2030.",
    },
    SourceWall {
        id: "cooling",
        name: "Cooling",
        claim:
            "Dense GPU racks need liquid cooling, and upgrading a facility takes a year or more.",
    },
];

/// The front page: the six walls, the source's timeline, and what the trend asks for.
#[component]
pub fn WallsView() -> impl IntoView {
    let trend = DemandTrend::EPOCH_2030_REPORT;
    let flop_2030 = trend.flop_in(2030.0);
    let times_reference = flop_2030 / trend.reference_flop;
    let projection = project(&Scenario::preset(PresetId::Epoch2030));
    let verdict = projection.first_wall.map(|first| {
        let rest: Vec<String> = projection
            .order
            .iter()
            .skip(1)
            .map(|b| format!("{} ({:.0})", b.wall.label(), b.year.floor()))
            .collect();
        view! {
            <p id="verdict">
                "With Epoch AI's assumptions, the first wall is "
                <strong>{first.wall.label()}</strong> ", in " {format!("{:.0}", first.year.floor())}
                ", at " {format::scientific(first.flop, 2)} " FLOP ("
                {format::grouped(first.flop / trend.reference_flop)} " × GPT-4). Then: "
                {rest.join(", ")} "."
            </p>
        }
    });
    view! {
        <ViewPage view=ViewId::Walls>
            <div class="figure" id="demand-2030">
                <p>
                    "If the largest training run keeps growing "
                    <strong>{format::scientific(trend.growth_per_year, 2)} "×"</strong>
                    " a year from GPT-4's " {format::scientific(trend.reference_flop, 2)}
                    " FLOP (2023), the frontier wants "
                    <strong>{format::scientific(flop_2030, 2)} " FLOP"</strong> " in 2030 — "
                    {format::grouped(times_reference)} " × GPT-4. Which wall stands in the way?"
                </p>
                {verdict}
                <p class="source-note">
                    "Trend and reference run: Sevilla et al., "
                    <cite>"Can AI scaling continue through 2030?"</cite>
                    ", Epoch AI, 2024 (GPT-4 ≈ 2×10²⁵ FLOP, footnote 2; 4× a year)."
                </p>
            </div>
            <h2>"The six walls, as the source diagram sees them"</h2>
            <ul class="card-grid">
                {SOURCE_WALLS
                    .iter()
                    .map(|wall| {
                        view! {
                            <li class="card wall-card" data-wall=wall.id>
                                <h3>{wall.name}</h3>
                                <p>{wall.claim}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>"Its timeline of bottlenecks"</h2>
            <ol class="flow" aria-label="Critical bottlenecks by time">
                <li>"Now (2025): memory bandwidth and data quality"</li>
                <li>"Short to mid term: power infrastructure, 5–10 years to build"</li>
                <li>"Long term: the speed of light"</li>
            </ol>
            <p class="prose source-note">
                "Source: the diagram “Who is the first wall? AI Scaling: The 6 Major Bottlenecks "
                "(2025)”. Its claims are checked one by one on the Claims page."
            </p>
        </ViewPage>
    }
}
