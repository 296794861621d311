//! `/`: Who is the first wall?

use firstwall_model::walls::WallId;
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::state::AppState;
use crate::ui::{Section, ViewPage};

mod assumption_panel;
mod fans;
mod goal_seek;
mod lever_toggles;
mod predict;
mod preset_bar;
mod preset_compare;
mod questions;
mod trajectory_chart;
mod verdict;
mod wall_details;
mod wall_diagram;
pub(in crate::views) mod words;

use assumption_panel::AssumptionPanel;
use goal_seek::GoalSeek;
use lever_toggles::LeverToggles;
use predict::{PredictCard, PredictResult, Prediction};
use preset_bar::PresetBar;
use preset_compare::PresetCompare;
use questions::QuestionCards;
use trajectory_chart::TrajectoryChart;
use verdict::Verdict;
use wall_details::WallDetails;
use wall_diagram::WallDiagram;

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

/// Where the Walls view's sections after its lead come from: `src/views/split.rs` gives them a
/// wasm module of their own (a view does not reach the split points itself, so that the two
/// files do not import each other).
#[derive(Clone, Copy)]
pub struct RestFrom {
    /// Fetches their module; `true` if it came.
    pub fetch: fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = bool>>>,
    /// Builds them once the fetch has ended: [`WallsRest`], or a message if it could not come.
    pub build: fn() -> AnyView,
}

/// The front page: the answer, the road and its walls, the chart, the levers, every assumption,
/// and the source diagram's own view.
#[component]
pub fn WallsView(
    /// Where the sections after the lead come from.
    rest: RestFrom,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The first wall's details are open at first, so the answer comes with its reasons.
    let selected = RwSignal::new(
        state
            .projection
            .with_untracked(|p| p.first_wall.map(|b| b.wall)),
    );
    let first = Memo::new(move |_| state.projection.with(|p| p.first_wall.map(|b| b.wall)));
    crate::shell::links::bind_with_default(
        "w",
        selected,
        move || first.get(),
        |text| match text {
            "none" => Some(None),
            id => WallId::lookup(id).map(Some),
        },
        |wall| wall.map_or("none", WallId::id).to_owned(),
    );
    // The open wall follows the first wall (UX audit B4) until the visitor opens another one
    // (or the address names one); opening the first wall again makes it follow again.
    let follows = RwSignal::new(selected.get_untracked() == first.get_untracked());
    Effect::new(move |_| {
        let open = selected.get();
        follows.set(open == first.get_untracked());
    });
    Effect::new(move |_| {
        let now = first.get();
        if follows.get_untracked() && selected.get_untracked() != now {
            selected.set(now);
        }
    });
    // Predict, then reveal: while a guess is asked for, the answer and what gives it away wait.
    let prediction = RwSignal::new(Prediction::Off);
    crate::shell::links::bind("predict", prediction, Prediction::parse, Prediction::show);
    let asking = Memo::new(move |_| prediction.get().asking());
    let moved = RwSignal::new(false);
    // A question card can ask the goal seek about a year.
    let goal_request = RwSignal::new(None::<i32>);
    let lead = move || {
        (move || {
            if asking.get() {
                view! {
                    <div id="walls-answer" class="walls-answer">
                        <PredictCard prediction=prediction moved=moved />
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <Verdict>
                        <PredictResult prediction=prediction moved=moved />
                        <h2 id="road-title" class="visually-hidden">"The road and its walls"</h2>
                        <WallDiagram selected=selected />
                    </Verdict>
                }
                .into_any()
            }
        })
        .into_any()
    };
    let odds_lost = RwSignal::new(false);
    provide_context(WallsPage {
        selected,
        goal_request,
        asking,
        odds_lost,
    });
    let rest_module = Box::pin(async move {
        if !(rest.fetch)().await {
            odds_lost.try_set(true);
        }
    });
    view! {
        <ViewPage view=ViewId::Walls lead=Box::new(lead) rest_module=rest_module>
            {(rest.build)()}
        </ViewPage>
    }
}

/// What the Walls view's lead shares with its sections after it ([`WallsRest`]).
#[derive(Clone, Copy)]
struct WallsPage {
    /// The wall whose details are open.
    selected: RwSignal<Option<WallId>>,
    /// A year a question card asks the goal seek about.
    goal_request: RwSignal<Option<i32>>,
    /// Whether a guess is being asked for (the answer and what gives it away wait).
    asking: Memo<bool>,
    /// Whether the module that computes the odds (with the sections after the lead) could not be
    /// fetched: the verdict then says the odds are not coming, instead of that they are on the way.
    odds_lost: RwSignal<bool>,
}

/// The Walls view after its lead: the questions and the goal seek, the open wall's details, the
/// chart, every assumption, and the source diagram's own view; and the fans and odds, kept
/// current. In a wasm module of its own (`later_walls`, src/views/split.rs), so that the first
/// view waits only for the lead's code.
#[component]
pub fn WallsRest() -> impl IntoView {
    let WallsPage {
        selected,
        goal_request,
        asking,
        ..
    } = expect_context::<WallsPage>();
    // The fans and odds come from the workers (or the graphics card), whose code is here too: the
    // verdict above says the odds are on the way until they come.
    fans::keep_fans_current(expect_context::<AppState>());
    view! {
            <div class="walls-answer-more" hidden=move || asking.get()>
                <QuestionCards goal=goal_request>
                    <GoalSeek request=goal_request />
                </QuestionCards>
                <WallDetails selected=selected />
                <TrajectoryChart />
            </div>
            <Section id="assumptions-title" title="Your assumptions" class="assumptions">
                <PresetBar />
                <PresetCompare />
                <LeverToggles />
                <AssumptionPanel />
            </Section>
            <section class="source-view" aria-labelledby="source-view-title">
                <details class="fold">
                    <summary>
                        <h2 id="source-view-title" class="fold-title">"The six walls, as the source diagram sees them"</h2>
                    </summary>
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
                    <h3>"Its timeline of bottlenecks"</h3>
                    <ol class="flow" aria-label="Critical bottlenecks by time">
                        <li>"Now (2025): memory bandwidth and data quality"</li>
                        <li>"Short to mid term: power infrastructure, 5–10 years to build"</li>
                        <li>"Long term: the speed of light"</li>
                    </ol>
                    <p class="prose source-note">
                        "Source: the diagram “Who is the first wall? AI Scaling: The 6 Major Bottlenecks "
                        "(2025)”. Choose the preset “Source diagrams (2025)” to see its timeline in the "
                        "model; its claims are checked one by one on the Claims page."
                    </p>
                </details>
            </section>
    }
}

/// The presentation's scroll view (a phone): the answer and the road, on their own.
#[component]
pub fn AnswerScene() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selected = RwSignal::new(None::<WallId>);
    fans::keep_fans_current(state);
    view! {
        <Verdict>
            <WallDiagram selected=selected />
        </Verdict>
    }
}

/// The presentation's scroll view: the chart with its fans, on its own.
#[component]
pub fn TrajectoryScene() -> impl IntoView {
    fans::keep_fans_current(expect_context::<AppState>());
    view! { <TrajectoryChart /> }
}

/// The presentation's scroll view: one wall's details, on their own.
#[component]
pub fn DetailsScene(
    /// The wall, by its id.
    wall: &'static str,
) -> impl IntoView {
    view! { <WallDetails selected=RwSignal::new(WallId::lookup(wall)) /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_cards_use_the_models_wall_ids() {
        for wall in SOURCE_WALLS {
            assert!(WallId::lookup(wall.id).is_some(), "{}", wall.id);
        }
    }
}
