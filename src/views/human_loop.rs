//! `/loop`: Human with AI — the source diagram as a live, interactive diagram tied to this app:
//! the AI row is First Wall's own work (what it learned, how it reasons, what it infers for your
//! scenario); the human row asks you to verify the assumptions that matter most before "Action"
//! (sharing or exporting) is enabled.

use firstwall_model::param::ParamId;
use firstwall_model::scenario_file;
use firstwall_model::sweep::sensitivity;
use firstwall_model::PARAMS;
use leptos::prelude::*;

use crate::format;
use crate::routes::ViewId;
use crate::state::AppState;
use crate::ui::{SourceLink, ViewPage};

/// The assumptions the checklist asks about: those that move the first wall most.
const CHECKS: usize = 4;

/// The six stages of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Experience,
    Thought,
    Action,
    Learning,
    Reasoning,
    Inference,
}

impl Stage {
    const ALL: [Self; 6] = [
        Self::Experience,
        Self::Thought,
        Self::Action,
        Self::Learning,
        Self::Reasoning,
        Self::Inference,
    ];

    fn id(self) -> &'static str {
        match self {
            Self::Experience => "experience",
            Self::Thought => "thought",
            Self::Action => "action",
            Self::Learning => "learning",
            Self::Reasoning => "reasoning",
            Self::Inference => "inference",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Experience => "Experience",
            Self::Thought => "Thought",
            Self::Action => "Action",
            Self::Learning => "Learning",
            Self::Reasoning => "Reasoning",
            Self::Inference => "Inference",
        }
    }

    /// What the source diagram says of it.
    fn source_words(self) -> &'static str {
        match self {
            Self::Experience => "Collecting various experiences and information.",
            Self::Thought => "Thinking and judging by combining emotions, logic and intuition.",
            Self::Action => "Executing final decisions.",
            Self::Learning => "Learning from databases and patterns.",
            Self::Reasoning => "Analyzing and judging through algorithms and calculations.",
            Self::Inference => "Deriving results based on statistics and probabilities.",
        }
    }

    /// Where its box sits: (x, y) of the top-left corner in the diagram's 900 × 360 box.
    fn position(self) -> (f64, f64) {
        let column = match self {
            Self::Experience | Self::Learning => 0.0,
            Self::Thought | Self::Reasoning => 1.0,
            Self::Action | Self::Inference => 2.0,
        };
        let row = match self {
            Self::Experience | Self::Thought | Self::Action => 40.0,
            _ => 250.0,
        };
        (40.0 + column * 300.0, row)
    }

    fn is_human(self) -> bool {
        matches!(self, Self::Experience | Self::Thought | Self::Action)
    }
}

/// The Human with AI view.
#[component]
pub fn HumanLoopView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selected = RwSignal::new(Stage::Thought);
    crate::shell::links::bind(
        "stage",
        selected,
        |id| Stage::ALL.into_iter().find(|stage| stage.id() == id),
        |stage| stage.id().to_owned(),
    );
    // The assumptions that move the first wall most, for the checklist.
    let to_check = Memo::new(move |_| {
        state.effective.with(|scenario| {
            sensitivity(scenario)
                .into_iter()
                .take(CHECKS)
                .map(|swing| swing.param)
                .collect::<Vec<ParamId>>()
        })
    });
    let checked = RwSignal::new(Vec::<ParamId>::new());
    // A new scenario asks for a new check.
    Effect::new(move |_| {
        to_check.track();
        checked.set(Vec::new());
    });
    let verified = move || to_check.with(|all| all.iter().all(|p| checked.with(|c| c.contains(p))));

    let diagram = move || {
        let boxes = Stage::ALL
            .into_iter()
            .map(|stage| {
                let (x, y) = stage.position();
                let class = move || {
                    let mut class = format!(
                        "stage stage-{}",
                        if stage.is_human() { "human" } else { "ai" }
                    );
                    if selected.get() == stage {
                        class.push_str(" selected");
                    }
                    if stage == Stage::Action && !verified() {
                        class.push_str(" locked");
                    }
                    class
                };
                view! {
                    <g
                        class=class
                        data-stage=stage.id()
                        tabindex="0"
                        role="button"
                        aria-pressed=move || (selected.get() == stage).to_string()
                        aria-label=format!("{}: {}", stage.label(), stage.source_words())
                        on:click=move |_| selected.set(stage)
                        on:focus=move |_| selected.set(stage)
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Enter" || ev.key() == " " {
                                ev.prevent_default();
                                selected.set(stage);
                            }
                        }
                    >
                        <rect x=x y=y width="220" height="80" rx="12"></rect>
                        <text x=x + 110.0 y=y + 48.0 text-anchor="middle" font-size="24">
                            {stage.label()}
                        </text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg
                class="loop-diagram"
                viewBox="0 0 900 380"
                role="group"
                aria-label="Human with AI: humans go from experience to thought to action; AI from learning to reasoning to inference; Develop & Verification carries AI inference to human thought."
            >
                <text class="row-title" x="40" y="26" font-size="18">"Human works"</text>
                <text class="row-title" x="40" y="372" font-size="18">"AI works"</text>
                <path class="flow human-flow" d="M260 80 H340 M560 80 H640" marker-end="url(#arrow)"></path>
                <path class="flow ai-flow" d="M260 290 H340 M560 290 H640" marker-end="url(#arrow)"></path>
                <path class="flow verify-flow" d="M750 250 C 750 185, 450 185, 450 125" marker-end="url(#arrow-green)"></path>
                <text class="verify-label" x="600" y="234" text-anchor="middle" font-size="18">
                    "Develop & Verification"
                </text>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path class="arrow-head" d="M0 0 L10 5 L0 10 z"></path>
                    </marker>
                    <marker id="arrow-green" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path class="arrow-head-green" d="M0 0 L10 5 L0 10 z"></path>
                    </marker>
                </defs>
                {boxes}
            </svg>
        }
    };

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

    let share_url = move || {
        // The current address is the permalink (UrlSync keeps it so).
        window().location().href().unwrap_or_default()
    };
    let export_href = move || {
        let json = state.effective.with(scenario_file::to_json);
        format!(
            "data:application/json;charset=utf-8,{}",
            crate::address::encode_component(&json)
        )
    };
    let copied = RwSignal::new(None::<bool>);

    view! {
        <ViewPage view=ViewId::HumanLoop>
            <figure class="loop-figure">
                {diagram}
                <figcaption>
                    "Select a stage (click, or Tab and Enter) to see what it means here. Source: the "
                    "diagram “Human with AI”."
                </figcaption>
            </figure>
            <section class="figure loop-detail" id="loop-detail" aria-live="polite">{detail}</section>
            <section class="loop-verify" aria-labelledby="verify-heading">
                <h2 id="verify-heading">"Verify before you act"</h2>
                <p class="prose">
                    "These assumptions move the first wall most for your scenario (each at the low "
                    "and high end of its range). Check each value against its source."
                </p>
                <ul class="checklist" id="checklist">
                    {move || {
                        to_check
                            .get()
                            .into_iter()
                            .map(|param| {
                                let spec = param.spec();
                                let value = state.effective.with(|s| s.get(param));
                                view! {
                                    <li>
                                        <label>
                                            <input
                                                type="checkbox"
                                                data-param=spec.id
                                                prop:checked=move || checked.with(|c| c.contains(&param))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    checked
                                                        .update(|c| {
                                                            c.retain(|p| *p != param);
                                                            if on {
                                                                c.push(param);
                                                            }
                                                        });
                                                }
                                            />
                                            <strong>{spec.label}</strong>
                                            {format!(": {} {}", format::figure(value), spec.unit)}
                                        </label>
                                        " "
                                        <SourceLink citation=spec.source />
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <p id="verify-status" role="status">
                    {move || {
                        let done = to_check.with(|all| all.iter().filter(|p| checked.with(|c| c.contains(p))).count());
                        if verified() {
                            "All checked: the action is yours.".to_owned()
                        } else {
                            format!("{done} of {} checked.", to_check.with(Vec::len))
                        }
                    }}
                </p>
                <div class="loop-actions" data-enabled=move || verified().to_string()>
                    <button
                        type="button"
                        id="loop-copy"
                        disabled=move || !verified()
                        on:click=move |_| {
                            let url = share_url();
                            leptos::task::spawn_local(async move {
                                copied.set(Some(crate::shell::export::copy_text(&url).await));
                            });
                        }
                    >
                        "Copy the link to this scenario"
                    </button>
                    {move || {
                        if verified() {
                            view! {
                                <a
                                    id="loop-export"
                                    class="button-link"
                                    download="first-wall-scenario.json"
                                    href=export_href
                                >
                                    "Download the scenario (JSON)"
                                </a>
                            }
                                .into_any()
                        } else {
                            view! {
                                <span class="button-link disabled" aria-disabled="true">
                                    "Download the scenario (JSON)"
                                </span>
                            }
                                .into_any()
                        }
                    }}
                </div>
                <p class="copy-status" role="status">
                    {move || match copied.get() {
                        Some(true) => "The link is on your clipboard.".to_owned(),
                        Some(false) => format!("The browser did not allow copying; the link is {}", share_url()),
                        None => String::new(),
                    }}
                </p>
            </section>
        </ViewPage>
    }
}
