//! What the selected stage means in First Wall, tied to the visitor's scenario.

use firstwall_model::PARAMS;
use leptos::prelude::*;

use super::stages::Stage;
use crate::state::AppState;

/// The selected stage: the source's words and what the stage is here.
#[component]
pub fn StageDetail(
    /// The stage selected.
    selected: RwSignal<Stage>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let detail = move || {
        let stage = selected.get();
        let tie_in = match stage {
            Stage::Experience => {
                let changes = state.scenario.with(|s| s.base.changes().len());
                let levers = state.scenario.with(|s| s.levers.len());
                let preset = state.preset.get();
                view! {
                    <p>
                        "What you bring: you start from " <strong>{preset.title()}</strong> ", with "
                        {changes} " of your own values and " {levers} " levers switched on. Change "
                        "them in the Walls view; everything below follows."
                    </p>
                }
                .into_any()
            }
            Stage::Learning => {
                let cited = PARAMS.len();
                view! {
                    <p>
                        "What First Wall learned from: a registry of " <strong>{cited}</strong>
                        " assumptions, each with a unit, a plausible range and the source it comes "
                        "from — the numbers you verify on the human side."
                    </p>
                }
                .into_any()
            }
            Stage::Reasoning => view! {
                <p>
                    "How it reasons: six walls, each a formula of those assumptions (their "
                    "formulas, with your numbers, are in the Walls view's details), set against "
                    "demand growing 4–5× a year. No statistics here: arithmetic you can check."
                </p>
            }
            .into_any(),
            Stage::Inference => {
                let first = state.projection.with(|p| p.first_wall.map(|f| (f.wall.label(), f.year)));
                view! {
                    <p id="loop-inference">
                        "What it infers for your scenario: "
                        {match first {
                            Some((wall, year)) => format!(
                                "the first wall is {wall}, in {}.",
                                firstwall_model::format::quarter(year)
                            ),
                            None => "no wall binds before 2040.".to_owned(),
                        }}
                        " The Uncertainty view shows how sure that is across plausible worlds."
                    </p>
                }
                .into_any()
            }
            Stage::Thought => view! {
                <p>
                    "Your judgment: before acting on the answer, check the assumptions that move it "
                    "most (below). Do the values and sources convince you?"
                </p>
            }
            .into_any(),
            Stage::Action => view! {
                <p>
                    "Act: share the scenario or take it with you — enabled once you have checked "
                    "the assumptions. The decision stays yours."
                </p>
            }
            .into_any(),
        };
        view! {
            <h3>{stage.label()} <span class="row-tag">{if stage.is_human() { " · human" } else { " · AI" }}</span></h3>
            <p class="source-words">"The diagram: " <em>{stage.source_words()}</em></p>
            {tie_in}
        }
    };

    view! { <section class="figure loop-detail" id="loop-detail" aria-live="polite">{detail}</section> }
}
