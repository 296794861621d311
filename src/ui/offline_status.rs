//! Says when the browser is offline, and that First Wall keeps working from the copy the service
//! worker saved (`sw.js`, see docs/ARCHITECTURE.md, "Offline").

use leptos::prelude::*;

/// A badge shown while the browser reports no network.
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    let went_online = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let went_offline = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    view! {
        <p class="offline-status" id="offline-status" role="status">
            {move || (!online.get()).then_some(
                "Offline: First Wall keeps working from the copy saved in this browser."
            )}
        </p>
    }
}
