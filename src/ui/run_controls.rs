//! A computation that takes a while (a sweep, a phase diagram, the benchmark), as a view holds it
//! ([`RunState`]), and its run and cancel buttons ([`RunControls`]).

use leptos::prelude::*;

use crate::engine::CancelFlag;

/// Whether a run is going, how far it is, and the cancel flag of the run in progress. A run in
/// progress is cancelled when the component that made the state goes away (a visitor who leaves
/// the view stops its sweep). `Copy`, so handlers and tasks can hold it.
#[derive(Clone, Copy, Debug)]
pub struct RunState {
    running: RwSignal<bool>,
    progress: RwSignal<f64>,
    cancel: StoredValue<CancelFlag>,
}

impl Default for RunState {
    fn default() -> Self {
        Self::new()
    }
}

impl RunState {
    /// A state with no run, for the component being created.
    pub fn new() -> Self {
        let cancel = StoredValue::new(CancelFlag::default());
        on_cleanup(move || {
            cancel.try_with_value(CancelFlag::cancel);
        });
        Self {
            running: RwSignal::new(false),
            progress: RwSignal::new(0.0),
            cancel,
        }
    }

    /// Whether a run is going; tracked.
    pub fn running(&self) -> bool {
        self.running.get()
    }

    /// The share of the run done, 0–1; tracked.
    pub fn progress(&self) -> f64 {
        self.progress.get()
    }

    /// Starts a run unless one is going: the new run's cancel flag, or `None`.
    pub fn start(&self) -> Option<CancelFlag> {
        if self.running.get_untracked() {
            return None;
        }
        let flag = CancelFlag::default();
        self.cancel.set_value(flag.clone());
        self.running.set(true);
        self.progress.set(0.0);
        Some(flag)
    }

    /// Reports the share done (nothing happens once the component is gone).
    pub fn report(&self, share: f64) {
        self.progress.try_set(share);
    }

    /// The run is over, however it ended (nothing happens once the component is gone).
    pub fn end(&self) {
        self.running.try_set(false);
    }

    /// Asks the run in progress to stop.
    pub fn cancel(&self) {
        self.cancel.with_value(CancelFlag::cancel);
    }
}

/// A run button (a form's submit button, or one with its own click handler) and a cancel button
/// that stops the run in progress; each is disabled while it cannot act.
#[component]
pub fn RunControls(
    /// The run button's id.
    run_id: &'static str,
    /// The run button's words.
    label: &'static str,
    /// The cancel button's id.
    cancel_id: &'static str,
    /// The run they control.
    state: RunState,
    /// What the run button does; without it, it submits its form.
    #[prop(optional)]
    on_run: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <button
            type=if on_run.is_some() { "button" } else { "submit" }
            id=run_id
            disabled=move || state.running()
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
            disabled=move || !state.running()
            on:click=move |_| state.cancel()
        >
            "Cancel"
        </button>
    }
}
