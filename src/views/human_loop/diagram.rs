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
    let holder = NodeRef::<leptos::html::Div>::new();
    let width = crate::ui::width::use_width(holder);
    // Below this width the two rows become two columns, read downwards, so the text keeps its size.
    let narrow = Memo::new(move |_| width.get() < NARROW_PX);
    let diagram = move || {
        let narrow = narrow.get();
        let geometry = if narrow { &NARROW } else { &WIDE };
        let boxes = Stage::ALL
            .into_iter()
            .map(|stage| {
                let (x, y) = if narrow {
                    narrow_position(stage)
                } else {
                    stage.position()
                };
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
                        <rect x=x y=y width=geometry.box_w height=geometry.box_h rx="12"></rect>
                        <text
                            x=x + geometry.box_w / 2.0
                            y=y + geometry.box_h / 2.0 + geometry.stage_font / 3.0
                            text-anchor="middle"
                            font-size=geometry.stage_font
                        >
                            {stage.label()}
                        </text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg
                class="loop-diagram"
                class:narrow=narrow
                viewBox=geometry.view_box
                role="group"
                aria-label="Human with AI: humans go from experience to thought to action; AI from learning to reasoning to inference; Develop & Verification carries AI inference to human thought."
            >
                <text class="row-title" x=geometry.human_title.0 y=geometry.human_title.1 font-size=geometry.title_font>"Human works"</text>
                <text class="row-title" x=geometry.ai_title.0 y=geometry.ai_title.1 font-size=geometry.title_font>"AI works"</text>
                // One path per arrow, so each gets its head.
                {geometry.human_flow.map(|d| view! { <path class="flow human-flow" d=d marker-end="url(#arrow)"></path> })}
                {geometry.ai_flow.map(|d| view! { <path class="flow ai-flow" d=d marker-end="url(#arrow)"></path> })}
                <path class="flow verify-flow" d=geometry.verify_flow marker-end="url(#arrow-green)"></path>
                <text class="verify-label" x=geometry.verify_label.0 y=geometry.verify_label.1 text-anchor="middle" font-size=geometry.title_font>
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
        <figure class="loop-figure" id="loop-figure">
            <div node_ref=holder>{diagram}</div>
            <figcaption>
                "Select a stage (click, or Tab and Enter) to see what it means here. Source: the "
                "diagram “Human with AI”."
            </figcaption>
        </figure>
    }
}

/// Below this width (pixels) the diagram is drawn in columns.
const NARROW_PX: f64 = 560.0;

/// Where the diagram's parts go, in SVG units.
struct Geometry {
    view_box: &'static str,
    box_w: f64,
    box_h: f64,
    stage_font: f64,
    title_font: f64,
    human_title: (f64, f64),
    ai_title: (f64, f64),
    human_flow: [&'static str; 2],
    ai_flow: [&'static str; 2],
    verify_flow: &'static str,
    verify_label: (f64, f64),
}

/// The source diagram's layout: humans on the top row, AI on the bottom, each left to right.
const WIDE: Geometry = Geometry {
    view_box: "0 0 900 380",
    box_w: 220.0,
    box_h: 80.0,
    stage_font: 24.0,
    title_font: 18.0,
    human_title: (40.0, 26.0),
    ai_title: (40.0, 372.0),
    human_flow: ["M260 80 H340", "M560 80 H640"],
    ai_flow: ["M260 290 H340", "M560 290 H640"],
    verify_flow: "M750 250 C 750 185, 450 185, 450 125",
    verify_label: (600.0, 234.0),
};

/// On a phone, drawn about one unit per pixel: humans in the left column, AI in the right, each
/// read downwards; verification runs from AI inference back up to human thought.
const NARROW: Geometry = Geometry {
    view_box: "0 0 360 400",
    box_w: 150.0,
    box_h: 62.0,
    stage_font: 18.0,
    title_font: 15.0,
    human_title: (12.0, 24.0),
    ai_title: (198.0, 24.0),
    human_flow: ["M87 102 V152", "M87 222 V272"],
    ai_flow: ["M273 102 V152", "M273 222 V272"],
    verify_flow: "M198 312 C 120 312, 240 222, 166 198",
    verify_label: (180.0, 390.0),
};

/// A stage's box in the narrow layout: the column by who works, the row by the step.
fn narrow_position(stage: Stage) -> (f64, f64) {
    let (x, _) = stage.position();
    // The wide layout's column (0, 1, 2) is the step.
    let step = ((x - 40.0) / 300.0).round();
    let column = if stage.is_human() { 12.0 } else { 198.0 };
    (column, 40.0 + step * 120.0)
}
