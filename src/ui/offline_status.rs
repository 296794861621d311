//! Says when the browser is offline, and what still works: with the copy the service worker saved
//! (`sw.js`, see docs/ARCHITECTURE.md, "Offline") the app also reloads without a network; without
//! one (a first visit, an embed, a sandboxed frame) only the open page keeps working.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Whether this page was loaded through First Wall's service worker, so that a reload works
/// offline. False wherever service workers are missing or forbidden (reading
/// `navigator.serviceWorker` throws in a sandboxed frame, which counts as "no").
fn saved_copy_in_use() -> bool {
    let navigator: JsValue = window().navigator().into();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|container| container.is_object())
        .and_then(|container| {
            js_sys::Reflect::get(&container, &JsValue::from_str("controller")).ok()
        })
        .is_some_and(|controller| controller.is_object())
}

/// What the banner says while offline, depending on whether a saved copy serves this page.
pub fn offline_message(saved: bool) -> &'static str {
    if saved {
        "Offline: First Wall keeps working from the copy saved in this browser, reloads included."
    } else {
        "Offline: this page keeps working, but it is not saved in this browser yet, so reloading \
         it needs the network."
    }
}

/// A badge shown while the browser reports no network.
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    // Looked at when the network goes: the service worker may have taken over since the load.
    let saved = RwSignal::new(saved_copy_in_use());
    let went_online = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let went_offline = window_event_listener(leptos::ev::offline, move |_| {
        saved.set(saved_copy_in_use());
        online.set(false);
    });
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    view! {
        <p
            class="offline-status"
            id="offline-status"
            role="status"
            data-saved=move || saved.get().to_string()
        >
            {move || (!online.get()).then(|| offline_message(saved.get()))}
        </p>
    }
}
