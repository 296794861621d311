//! The source diagram as an SVG of six focusable stages; the flow animates unless reduced motion
//! is asked for (the stylesheet's part).

use leptos::prelude::*;

use super::stages::Stage;
use super::Checks;

/// The diagram: each stage a button that selects it; Action is locked until the checks are done.
#[component]
pub fn LoopDiagram(
    /// The stage selected.
    selected: RwSignal<Stage>,
    /// The checklist (Action waits for it).
    checks: Checks,
) -> impl IntoView {
    let verified = move || checks.verified();
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

    view! {
        <figure class="loop-figure">
            {diagram}
            <figcaption>
                "Select a stage (click, or Tab and Enter) to see what it means here. Source: the "
                "diagram “Human with AI”."
            </figcaption>
        </figure>
    }
}
