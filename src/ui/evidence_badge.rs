//! How a number is known: a small badge with its evidence tier and the date of the evidence.

use firstwall_model::ParamId;
use leptos::prelude::*;

use crate::state::AppState;

/// The evidence tier of a parameter's value in the current preset — measured, derived,
/// assumption or fitted — with the date of the evidence, and what the preset says of it in the
/// badge's title. A value the visitor changed is marked as theirs.
#[component]
pub fn EvidenceBadge(
    /// The parameter.
    param: ParamId,
    /// Whether the visitor changed the value from the preset's.
    #[prop(into)]
    changed: Signal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let evidence = Memo::new(move |_| state.preset.get().evidence(param));
    let why = Memo::new(move |_| {
        let preset = state.preset.get();
        preset
            .overrides()
            .iter()
            .find(|o| o.id == param)
            .map(|o| format!(" In {}: {}.", preset.title(), o.why))
            .unwrap_or_default()
    });
    let text = move || {
        if changed.get() {
            "Your value".to_owned()
        } else {
            let (tier, as_of) = evidence.get();
            format!("{} · {as_of}", tier.label())
        }
    };
    let class = move || {
        if changed.get() {
            "evidence evidence-yours".to_owned()
        } else {
            format!("evidence evidence-{}", evidence.get().0.id())
        }
    };
    let title = move || {
        if changed.get() {
            "You changed this value; the preset's evidence no longer applies.".to_owned()
        } else {
            let (tier, as_of) = evidence.get();
            format!(
                "{}: {}. Evidence from {as_of}.{}",
                tier.label(),
                tier.meaning(),
                why.get()
            )
        }
    };
    view! { <span class=class title=title data-evidence=move || evidence.get().0.id()>{text}</span> }
}
