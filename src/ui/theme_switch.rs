//! The light/dark/system switch.

use leptos::prelude::*;

use crate::shell::theme::{self, ThemeChoice};

/// A labelled select that applies and remembers the colour scheme.
#[component]
pub fn ThemeSwitch(
    /// The choice selected when the switch first renders.
    initial: ThemeChoice,
) -> impl IntoView {
    let on_change = move |event: leptos::ev::Event| {
        let choice = ThemeChoice::parse(&event_target_value(&event)).unwrap_or_default();
        theme::apply(choice);
        choice.store();
    };
    view! {
        <label class="theme-switch">
            "Theme"
            <select id="theme-switch" on:change=on_change>
                {ThemeChoice::ALL
                    .into_iter()
                    .map(|choice| {
                        view! {
                            <option value=choice.as_str() selected=choice == initial>
                                {choice.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
