//! The run and cancel buttons of a computation that takes a while (a sweep, a phase diagram, the
//! benchmark).

use leptos::prelude::*;

use crate::engine::CancelFlag;

/// A run button (a form's submit button, or one with its own click handler) and a cancel button
/// that stops the run in progress between chunks; each is disabled while it cannot act.
#[component]
pub fn RunControls(
    /// The run button's id.
    run_id: &'static str,
    /// The run button's words.
    label: &'static str,
    /// The cancel button's id.
    cancel_id: &'static str,
    /// Whether a run is in progress.
    running: RwSignal<bool>,
    /// The current run's cancel flag.
    cancel: StoredValue<CancelFlag>,
    /// What the run button does; without it, it submits its form.
    #[prop(optional)]
    on_run: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <button
            type=if on_run.is_some() { "button" } else { "submit" }
            id=run_id
            disabled=move || running.get()
            on:click=move |_| {
                if let Some(run) = on_run {
                    run.run(());
                }
            }
        >
            {label}
        </button>
        <button
            type="button"
            id=cancel_id
            disabled=move || !running.get()
            on:click=move |_| cancel.with_value(CancelFlag::cancel)
        >
            "Cancel"
        </button>
    }
}
