//! Every assumption of the model, grouped by wall.

use firstwall_model::param::{Group, PARAMS};
use firstwall_model::ParamId;
use leptos::prelude::*;

use crate::ui::ParamControl;

/// A collapsible section per group of the registry, each with a control per parameter.
#[component]
pub fn AssumptionPanel() -> impl IntoView {
    let groups = Group::ALL
        .into_iter()
        .map(|group| {
            let controls = PARAMS
                .iter()
                .zip(ParamId::ALL)
                .filter(|(spec, _)| spec.group == group)
                .map(|(_, &id)| view! { <ParamControl param=id /> })
                .collect_view();
            view! {
                <details class="param-group">
                    <summary>{group.label()}</summary>
                    <div class="param-grid">{controls}</div>
                </details>
            }
        })
        .collect_view();
    view! {
        <h3>"Every assumption, by wall"</h3>
        <p>"Each has a unit, a plausible range and a source; values outside the range are flagged."</p>
        <div class="param-groups">{groups}</div>
    }
}
