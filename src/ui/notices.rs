//! Messages about the address the page was opened with: what was ignored or clamped.

use leptos::prelude::*;

use crate::state::AppState;

/// Shows the state's notices, if any, with a button to dismiss them.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        {move || state.notices.with(|n| !n.is_empty()).then(|| view! {
            <div class="notice" id="notices" role="status">
                <p>
                    <strong>"Some settings in the link could not be used as they were:"</strong>
                </p>
                <ul>
                    {move || {
                        state
                            .notices
                            .get()
                            .into_iter()
                            .map(|notice| view! { <li>{notice}</li> })
                            .collect_view()
                    }}
                </ul>
                <button type="button" class="link-button" on:click=move |_| state.notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </div>
        })}
    }
}
