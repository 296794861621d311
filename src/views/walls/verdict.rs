//! The answer in one line, and a sentence whose numbers drive the model.

use firstwall_model::ParamId;
use leptos::prelude::*;

use super::words;
use crate::state::AppState;
use crate::ui::ScrubNumber;

/// "First wall: Power — in 2029, at 1.5 × 10²⁹ FLOP (7,300 × GPT-4)", the rest in order, and a
/// sentence with scrubbable numbers. Announced politely to screen readers when it changes.
#[component]
pub fn Verdict() -> impl IntoView {
    let state = expect_context::<AppState>();
    let projection = state.projection;
    let headline = move || {
        projection.with(|p| match &p.first_wall {
            Some(first) => view! {
                <p class="verdict-headline">
                    "First wall: " <strong data-wall=first.wall.id()>{first.wall.label()}</strong>
                    " — in " {words::year(first.year)} ", at " {words::run_size(first.flop)}
                </p>
            }
            .into_any(),
            None => view! {
                <p class="verdict-headline">
                    "No wall binds before " {firstwall_model::projection::LAST_YEAR} "."
                </p>
            }
            .into_any(),
        })
    };
    let binding_part = move || {
        projection.with(|p| {
            p.first_wall
                .map(|first| format!("It binds through {}.", first.component.noun()))
        })
    };
    view! {
        <section class="verdict" id="verdict" aria-labelledby="verdict-title">
            <h2 id="verdict-title" class="visually-hidden">"The answer"</h2>
            <div aria-live="polite" aria-atomic="true">
                {headline}
                <p class="verdict-rest">
                    {binding_part} " " {move || projection.with(words::the_rest)}
                </p>
            </div>
            <p class="verdict-sentence">
                "If frontier training compute keeps growing " <ScrubNumber param=ParamId::DemandGrowth />
                " and one developer can bring " <ScrubNumber param=ParamId::DistributedGw2030 />
                " to one run by 2030, with chips " <ScrubNumber param=ParamId::Utilization />
                " busy, the first wall is "
                <strong>{move || projection.with(|p| words::binding_short(p.first_wall.as_ref()))}</strong>
                "."
            </p>
        </section>
    }
}
