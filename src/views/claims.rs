//! `/claims`: every numeric claim of the source diagrams, checked.

use leptos::prelude::*;

use crate::ui::ViewPage;
use crate::views::ViewId;

/// The Claims view.
#[component]
pub fn ClaimsView() -> impl IntoView {
    view! {
        <ViewPage view=ViewId::Claims>
            <div class="prose">
                <p>
                    "A diagram compresses a lot into a few numbers, and numbers age. Each claim is "
                    "set next to the best source found, the calculation that tests it, and a "
                    "verdict. Where a claim holds only with a correction — which quantity it "
                    "measures, which year it was true, who projected it — the correction is shown."
                </p>
                <p>
                    "For example, the diagram says GPT-3 needed 1,024 A100 GPUs for several "
                    "months. GPT-3 was trained on V100s; 1,024 A100s is a later estimate of how "
                    "long it would take on newer chips — about 34 days (Narayanan et al., 2021)."
                </p>
            </div>
        </ViewPage>
    }
}
