//! "Verify before you act": the assumptions that move the first wall most, each to check against
//! its source, and the action (copy the link, download the scenario) that waits for the checks.

use firstwall_model::scenario_file;
use leptos::prelude::*;

use super::Checks;
use crate::format;
use crate::state::AppState;
use crate::ui::{Section, SourceLink};

/// The checklist and the action.
#[component]
pub fn Verify(
    /// The checklist.
    checks: Checks,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Checks { to_check, checked } = checks;
    let verified = move || checks.verified();
    let share_url = move || {
        // The current address is the permalink (UrlSync keeps it so).
        window().location().href().unwrap_or_default()
    };
    let export_href = move || {
        let json = state.effective.with(scenario_file::to_json);
        format!(
            "data:application/json;charset=utf-8,{}",
            crate::address::encode_component(&json)
        )
    };
    let copied = RwSignal::new(None::<bool>);

    view! {
        <Section id="verify-heading" title="Verify before you act" class="loop-verify">
            <p class="prose">
                "These assumptions move the first wall most for your scenario (each at the low "
                "and high end of its range). Check each value against its source."
            </p>
            <ul class="checklist" id="checklist">
                {move || {
                    to_check
                        .get()
                        .into_iter()
                        .map(|param| {
                            let spec = param.spec();
                            let value = state.effective.with(|s| s.get(param));
                            view! {
                                <li>
                                    <label>
                                        <input
                                            type="checkbox"
                                            data-param=spec.id
                                            prop:checked=move || checked.with(|c| c.contains(&param))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                checked
                                                    .update(|c| {
                                                        c.retain(|p| *p != param);
                                                        if on {
                                                            c.push(param);
                                                        }
                                                    });
                                            }
                                        />
                                        <strong>{spec.label}</strong>
                                        {format!(": {} {}", format::figure(value), spec.unit)}
                                    </label>
                                    " "
                                    <SourceLink citation=spec.source />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p id="verify-status" role="status">
                {move || {
                    let done = to_check.with(|all| all.iter().filter(|p| checked.with(|c| c.contains(p))).count());
                    if verified() {
                        "All checked: the action is yours.".to_owned()
                    } else {
                        format!("{done} of {} checked.", to_check.with(Vec::len))
                    }
                }}
            </p>
            <div class="loop-actions" data-enabled=move || verified().to_string()>
                <button
                    type="button"
                    id="loop-copy"
                    disabled=move || !verified()
                    on:click=move |_| {
                        let url = share_url();
                        leptos::task::spawn_local(async move {
                            copied.set(Some(crate::shell::export::copy_text(&url).await));
                        });
                    }
                >
                    "Copy the link to this scenario"
                </button>
                {move || {
                    if verified() {
                        view! {
                            <a
                                id="loop-export"
                                class="button-link"
                                download="first-wall-scenario.json"
                                href=export_href
                            >
                                "Download the scenario (JSON)"
                            </a>
                        }
                            .into_any()
                    } else {
                        view! {
                            <span class="button-link disabled" aria-disabled="true">
                                "Download the scenario (JSON)"
                            </span>
                        }
                            .into_any()
                    }
                }}
            </div>
            <p class="copy-status" role="status">
                {move || match copied.get() {
                    Some(true) => "The link is on your clipboard.".to_owned(),
                    Some(false) => format!("The browser did not allow copying; the link is {}", share_url()),
                    None => String::new(),
                }}
            </p>
        </Section>
    }
}
