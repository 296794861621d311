//! Where a computation ran, in plain words, and what the visitor should know about how.

use leptos::prelude::*;

use crate::engine::Ran;

/// The engine badge (its tooltip: the adapter, or how the CPU ran), a line about the run, and
/// the fallbacks on the way, if any.
#[component]
pub fn EngineBadge(
    /// The line's id.
    id: &'static str,
    /// The engine that answered.
    ran: Ran,
    /// What the run did, after the badge ("16,384 cells in 0.42 s.").
    text: String,
    /// The notes, in plain words (a fallback, a retried chunk).
    notes: Vec<String>,
    /// The notes list's id, if tests or links need one.
    #[prop(optional)]
    notes_id: Option<&'static str>,
) -> impl IntoView {
    view! {
        <p class="engine-badge" id=id>
            <span class="badge" data-engine=ran.kind() title=ran.detail()>{ran.label()}</span>
            " "
            {text}
        </p>
        {(!notes.is_empty())
            .then(|| {
                view! {
                    <ul class="notice" id=notes_id>
                        {notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
}
