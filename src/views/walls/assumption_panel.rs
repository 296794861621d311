//! Every assumption of the model, grouped by wall.

use firstwall_model::param::{Group, PARAMS};
use firstwall_model::ParamId;
use leptos::prelude::*;

use crate::ui::{ParamControl, Section};

/// The groups that start open.
const OPEN: [Group; 2] = [Group::Demand, Group::Power];

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
                <details class="param-group" open=OPEN.contains(&group)>
                    <summary>{group.label()}</summary>
                    <div class="param-grid">{controls}</div>
                </details>
            }
        })
        .collect_view();
    view! {
        <Section id="assumptions-title" title="Every assumption" class="assumptions">
            <p class="prose">
                "Each value has a unit, a plausible range from the literature and a source. Drag a "
                "slider, or type an exact value; values outside the plausible range are allowed and "
                "flagged."
            </p>
            {groups}
        </Section>
    }
}
