//! Choosing a preset, and starting over.

use firstwall_model::{PresetId, Scenario};
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::SourceLink;

/// A labelled select of the presets, the chosen preset's description, and a button that drops
/// every change. Switching presets keeps the levers.
#[component]
pub fn PresetBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let preset = Memo::new(move |_| state.scenario.with(|s| s.base.preset_id()));
    let changed = Memo::new(move |_| state.scenario.with(|s| !s.base.changes().is_empty()));
    let on_change = move |event: leptos::ev::Event| {
        if let Some(next) = PresetId::lookup(&event_target_value(&event)) {
            state.update(|s| s.base = Scenario::preset(next));
        }
    };
    let start_over = move |_| {
        let id = preset.get_untracked();
        state.update(|s| s.base = Scenario::preset(id));
    };
    view! {
        <div class="preset-bar">
            <div class="preset-row">
                <label for="preset-select">"Start from"</label>
                <select id="preset-select" on:change=on_change prop:value=move || preset.get().id()>
                    {PresetId::ALL
                        .into_iter()
                        .map(|p| view! { <option value=p.id()>{p.title()}</option> })
                        .collect_view()}
                </select>
                <button type="button" id="start-over" on:click=start_over disabled=move || !changed.get()>
                    "Undo all my changes"
                </button>
            </div>
            <details class="fold preset-description">
                <summary>{move || format!("What “{}” assumes", preset.get().title())}</summary>
                <p>
                    {move || preset.get().description()} " "
                    {move || view! { <SourceLink citation=preset.get().source() /> }}
                </p>
            </details>
        </div>
    }
}
