//! `/loop`: Human with AI, the human-in-the-loop diagram.

use leptos::prelude::*;

use crate::ui::ViewPage;
use crate::views::ViewId;

/// The Human with AI view.
#[component]
pub fn HumanLoopView() -> impl IntoView {
    view! {
        <ViewPage view=ViewId::HumanLoop>
            <h2>"Human works"</h2>
            <ol class="flow" aria-label="How humans work">
                <li>"Experience — collecting experiences and information"</li>
                <li>"Thought — judging with emotion, logic and intuition"</li>
                <li>"Action — carrying out the decision"</li>
            </ol>
            <h2>"AI works"</h2>
            <ol class="flow" aria-label="How AI works">
                <li>"Learning — from data and patterns"</li>
                <li>"Reasoning — analysing through algorithms"</li>
                <li>"Inference — results from statistics and probability"</li>
            </ol>
            <div class="figure">
                <p>
                    <strong>"Develop & Verification"</strong>
                    " joins AI inference to human thought: people review what the AI inferred, "
                    "and only then decide whether to act."
                </p>
            </div>
            <p class="prose">
                "First Wall works the same way. Its parameter table is what it learned from, its "
                "model is how it reasons, and its projection is what it infers. You check the "
                "assumptions and their sources before you share or act on the answer."
            </p>
            <p class="prose source-note">"Source: the diagram “Human with AI”."</p>
        </ViewPage>
    }
}
