//! The list of keyboard shortcuts, opened with `?` anywhere (or the footer's button).

use leptos::html;
use leptos::prelude::*;

/// The shortcuts, as (keys, what they do), in the order the dialog lists them.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("?", "Show this list"),
    ("p", "Start the presentation"),
    (
        "t",
        "Walls view, in the chart's section: the chart as a table, and back",
    ),
    (
        "← → ↑ ↓, Page Up/Down, Home, End",
        "On a number or slider: change it",
    ),
    ("→, Space, Page Down, N", "Presentation: next scene"),
    ("←, Shift+Space, Page Up, P", "Presentation: previous scene"),
    ("Home, End", "Presentation: first and last scene"),
    ("F", "Presentation: full screen on or off"),
    ("Esc", "Leave the presentation, or close a dialog"),
];

/// The dialog; open it with `dialog.show_modal()` on the node it is given.
#[component]
pub fn KeyboardHelp(
    /// The dialog element, for whoever opens it.
    dialog: NodeRef<html::Dialog>,
) -> impl IntoView {
    view! {
        <dialog class="share-dialog keyboard-help" id="keyboard-help" node_ref=dialog aria-labelledby="keys-title">
            <h2 id="keys-title">"Keyboard shortcuts"</h2>
            <table class="param-table">
                <thead>
                    <tr>
                        <th scope="col">"Keys"</th>
                        <th scope="col">"What they do"</th>
                    </tr>
                </thead>
                <tbody>
                    {SHORTCUTS
                        .iter()
                        .map(|(keys, what)| view! {
                            <tr>
                                <td><kbd>{*keys}</kbd></td>
                                <td>{*what}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p>"Tab moves between controls; Enter or Space presses a button."</p>
            <form method="dialog" class="dialog-buttons">
                <button type="submit">"Close"</button>
            </form>
        </dialog>
    }
}
