//! Every assumption of the model, grouped by wall.

use firstwall_model::param::{Group, PARAMS};
use firstwall_model::ParamId;
use leptos::prelude::*;

use crate::ui::ParamControl;

/// A collapsible section per group of the registry, each with a control per parameter.
///
/// A group's controls are built when it is first opened, and kept after: closed, the nine groups'
/// controls were 40 % of the Walls page's elements, built at start-up and brought up to date on
/// every change that nobody could see (issue 19).
#[component]
pub fn AssumptionPanel() -> impl IntoView {
    let groups = Group::ALL
        .into_iter()
        .map(|group| {
            let opened = RwSignal::new(false);
            // The address keys of its parameters, so that a group can be found before it is
            // built (`details.param-group[data-params~="pk"]`).
            let keys = PARAMS
                .iter()
                .filter(|spec| spec.group == group)
                .map(|spec| spec.key)
                .collect::<Vec<_>>()
                .join(" ");
            let controls = move || {
                opened.get().then(|| {
                    PARAMS
                        .iter()
                        .zip(ParamId::ALL)
                        .filter(|(spec, _)| spec.group == group)
                        .map(|(_, &id)| view! { <ParamControl param=id /> })
                        .collect_view()
                })
            };
            let on_toggle = move |event: leptos::ev::Event| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&event).open();
                if open && !opened.get_untracked() {
                    opened.set(true);
                }
            };
            view! {
                <details class="param-group" data-params=keys on:toggle=on_toggle>
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
