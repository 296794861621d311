//! Technology levers from *New For AI*, each a switch with its sourced effect.

use firstwall_model::levers::LEVERS;
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::SourceLink;

/// One checkbox per lever, saying what it changes and by how much.
#[component]
pub fn LeverToggles() -> impl IntoView {
    let state = expect_context::<AppState>();
    let levers = LEVERS
        .iter()
        .map(|lever| {
            let id = format!("lever-{}", lever.id);
            let changes: Vec<String> = lever
                .changes
                .iter()
                .map(|(param, change)| {
                    format!("{} {}", param.spec().label, change.describe(param.spec()))
                })
                .collect();
            let checked = Memo::new(move |_| state.scenario.with(|s| s.lever_on(lever.id)));
            // A lever whose change is already the case (liquid cooling under Epoch's PUE) says so.
            let idle = Memo::new(move |_| {
                state
                    .scenario
                    .with(|s| !s.lever_on(lever.id) && !lever.changes_anything(&s.base))
            });
            view! {
                <li class="lever">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || checked.get()
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            state.update(|s| s.set_lever(lever, on));
                        }
                    />
                    <label for=id>
                        <strong>{lever.label}</strong>
                        " — " {lever.effect}
                        <span class="lever-change">
                            {changes.join("; ")}
                            {move || idle.get().then_some(" — already the case in this scenario")}
                        </span>
                    </label>
                    <p class="lever-source"><SourceLink citation=lever.source /></p>
                </li>
            }
        })
        .collect_view();
    view! {
        // Open from the start when the address switched a lever on.
        <details class="fold levers" open=state.scenario.with_untracked(|s| LEVERS.iter().any(|l| s.lever_on(l.id)))>
            <summary>{format!("Technology levers: {} switches, each with its source", LEVERS.len())}</summary>
            <p class="prose">
                "The diagram “New For AI” lists the technologies that move the walls. Switch them "
                "on to see by how much; each changes named assumptions by a sourced factor."
            </p>
            <ul class="lever-list">{levers}</ul>
        </details>
    }
}
