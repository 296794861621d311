//! The answer in one line, and a sentence whose numbers drive the model.

use firstwall_model::sweep::Leader;
use firstwall_model::ParamId;
use leptos::prelude::*;

use super::words;
use crate::state::AppState;
use crate::ui::glossary::{with_term, Term};
use crate::ui::scale::plausibility_note;
use crate::ui::ScrubNumber;

/// "First wall: Power — in 2029, at 1.5 × 10²⁹ FLOP (7,300 × GPT-4)" and the same in plain words;
/// then `children` (the figure); then the rest in order, the odds across the plausible worlds
/// around the scenario (once the background has weighed them), a sentence with scrubbable numbers
/// and what the run would cost. Announced politely to screen readers when it changes. When the
/// plausible worlds split between two walls, the headline says it is too close to call instead of
/// naming one.
#[component]
pub fn Verdict(
    /// What stands between the answer and its details: the figure.
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let projection = state.projection;
    // On the Walls view, whether the odds' code could not be fetched (the presentation's answer
    // is only built once it is here).
    let odds_lost = use_context::<super::WallsPage>().map(|page| page.odds_lost);
    // The fans, if they are for this very scenario, and what they say comes first.
    let fresh_fans = Memo::new(move |_| {
        state.fans.with(|f| {
            f.as_ref()
                .filter(|r| state.effective.with(|s| *s == r.scenario))
                .map(|r| std::sync::Arc::clone(&r.fans))
        })
    });
    let leader = Memo::new(move |_| fresh_fans.with(|f| f.as_ref().map(|f| f.tally.leader())));
    let fresh = move || leader.with(Option::is_some);
    let headline = move || {
        if let Some(Leader::TooClose((a, _), (b, _))) = leader.get() {
            return view! {
                <p class="verdict-headline">
                    "First wall: too close to call — " <strong data-wall=a.id()>{a.label()}</strong>
                    " or " <strong data-wall=b.id()>{b.label()}</strong>
                </p>
            }
            .into_any();
        }
        projection.with(|p| match &p.first_wall {
            Some(first) => view! {
                <p class="verdict-headline">
                    "First wall: " <strong data-wall=first.wall.id()>{first.wall.label()}</strong>
                    " — in " {words::year(first.year)} ", at "
                    {firstwall_model::format::scientific(first.flop, 2)} " " <Term id="flop">"FLOP"</Term>
                    " (" {words::times_gpt4(first.flop)} ")"
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
    let plain = move || projection.with(|p| p.first_wall.as_ref().map(words::plain_verdict));
    // The odds across plausible worlds; in a tie, the scenario's own answer too.
    let odds = move || {
        let Some(mut text) =
            fresh_fans.with(|f| f.as_ref().map(|f| super::fans::odds_sentence(&f.tally)))
        else {
            if odds_lost.is_some_and(|lost| lost.get()) {
                return "The odds across plausible worlds could not be computed: their code could \
                        not be downloaded (see below)."
                    .to_owned();
            }
            return "Weighing the plausible worlds around this scenario…".to_owned();
        };
        if matches!(leader.get(), Some(Leader::TooClose(..))) {
            if let Some(first) = projection.with(|p| p.first_wall) {
                text.push_str(&format!(
                    " Your scenario exactly: {} in {}, at {}.",
                    first.wall.label(),
                    words::year(first.year),
                    words::run_size(first.flop)
                ));
            }
        }
        text
    };
    // Where the scenario says a run that happened was impossible.
    let history = move || {
        projection.with(|p| {
            let contradictions: Vec<String> = p
                .history_contradictions()
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
    // Values the visitor set outside the sources' ranges (UX audit B3): allowed, and said so here
    // as well as beside the control.
    let flags = move || {
        let notes: Vec<String> = state.scenario.with(|s| {
            s.base
                .implausible()
                .into_iter()
                .filter_map(|id| {
                    plausibility_note(id.spec(), s.base.get(id))
                        .map(|note| format!("{}: {note}", id.spec().label))
                })
                .collect()
        });
        (!notes.is_empty()).then(|| {
            view! {
                <p class="verdict-flags" id="verdict-flags">
                    <strong>"Outside the sources' ranges: "</strong>
                    {notes.join(" ")}
                </p>
            }
        })
    };
    // What the run demand wants then would cost: hardware and electricity.
    let cost = move || {
        projection.with(|p| {
            let cost = p.first_wall_cost?;
            Some(view! {
                {format!("A run that size needs about {} ", firstwall_model::format::count(crate::ui::scale::round_significant(cost.h100e, 2)))}
                <Term id="h100e">"H100-equivalents"</Term>
                {format!(
                    ": {} of hardware and {} of electricity.",
                    firstwall_model::format::dollars(cost.hardware_usd),
                    firstwall_model::format::dollars(cost.energy_usd),
                )}
            })
        })
    };
    view! {
        // The answer and its figure: what a presentation's scene puts on the stage.
        <div id="walls-answer" class="walls-answer">
        <section
            class="verdict"
            id="verdict"
            aria-labelledby="verdict-title"
            data-fans=move || if fresh() { "fresh" } else { "pending" }
        >
            <h2 id="verdict-title" class="visually-hidden">"The answer"</h2>
            <div aria-live="polite" aria-atomic="true">
                {headline}
                <p class="verdict-plain" id="verdict-plain">{plain}</p>
            </div>
            <div aria-live="polite">
                {history}
                {flags}
            </div>
        </section>
        {children()}
        </div>
        <div class="verdict-more">
            <p class="verdict-rest" aria-live="polite">{move || projection.with(words::the_rest)}</p>
            <p class="verdict-odds" id="verdict-odds" aria-busy=move || {
                (!fresh() && !odds_lost.is_some_and(|lost| lost.get())).to_string()
            }>
                {move || with_term(odds(), "plausible worlds", "plausible-world")}
            </p>
            <p class="verdict-sentence">
                "If frontier training compute keeps growing " <ScrubNumber param=ParamId::DemandGrowth />
                ", the largest campus grows " <ScrubNumber param=ParamId::CampusGrowth />
                " from the first gigawatt sites of 2026, and the chip stock " <ScrubNumber param=ParamId::ChipStockGrowth />
                ", the first wall is "
                <strong>{move || projection.with(|p| words::binding_short(p.first_wall.as_ref()))}</strong>
                "."
            </p>
            <p class="verdict-cost" aria-live="polite">{cost}</p>
        </div>
    }
}
