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
    // What the run demand wants then would cost: hardware and electricity.
    let cost = move || {
        projection.with(|p| {
            let cost = p.first_wall_cost?;
            Some(format!(
                "A run that size needs about {} H100-equivalents: {} of hardware and {} of electricity.",
                firstwall_model::format::scientific(cost.h100e, 2),
                firstwall_model::format::dollars(cost.hardware_usd),
                firstwall_model::format::dollars(cost.energy_usd),
            ))
        })
    };
    // Where the scenario says a run that happened was impossible.
    let history = move || {
        projection.with(|p| {
            let contradictions: Vec<String> = p
                .warnings
                .iter()
                .filter(|w| {
                    matches!(
                        w,
                        firstwall_model::projection::Warning::ContradictsHistory { .. }
                    )
                })
                .map(ToString::to_string)
                .collect();
            (!contradictions.is_empty()).then(|| {
                view! {
                    <p class="verdict-history">
                        <strong>"History disagrees: "</strong>
                        {contradictions.join("; ")} "."
                    </p>
                }
            })
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
                <p class="verdict-cost">{cost}</p>
                {history}
            </div>
            <p class="verdict-sentence">
                "If frontier training compute keeps growing " <ScrubNumber param=ParamId::DemandGrowth />
                ", the largest campus grows " <ScrubNumber param=ParamId::CampusGrowth />
                " from the first gigawatt sites of 2026, and the chip stock " <ScrubNumber param=ParamId::ChipStockGrowth />
                ", the first wall is "
                <strong>{move || projection.with(|p| words::binding_short(p.first_wall.as_ref()))}</strong>
                "."
            </p>
        </section>
    }
}
