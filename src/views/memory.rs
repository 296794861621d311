//! `/memory`: the memory wall.

use leptos::prelude::*;

use crate::ui::ViewPage;
use crate::views::ViewId;

/// The Memory wall view.
#[component]
pub fn MemoryView() -> impl IntoView {
    view! {
        <ViewPage view=ViewId::Memory>
            <div class="figure">
                <p>
                    "The source diagram: language models grow " <strong>"410×"</strong>
                    " and the compute to train them " <strong>"750×"</strong>
                    " every two years, while memory grows only " <strong>"2×"</strong> "."
                </p>
                <p class="source-note">
                    "The rates come from Gholami et al., “AI and Memory Wall”, IEEE Micro, 2024. "
                    "Their 2× every two years is the memory "
                    <em>"capacity"</em>
                    " of one accelerator; memory "
                    <em>"bandwidth"</em>
                    " grew 1.6× and interconnect bandwidth 1.4× every two years, against 3× for "
                    "peak compute."
                </p>
            </div>
            <p class="prose">
                "When a chip can do hundreds of operations in the time it takes to fetch one byte, "
                "work that reuses each byte only a few times — like generating text one token at a "
                "time — is limited by memory bandwidth, not by arithmetic. That is the memory wall: "
                "it caps how fast a model answers, and how efficiently the largest runs use their "
                "chips."
            </p>
        </ViewPage>
    }
}
