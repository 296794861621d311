//! The application shell: router, header, the routes of the seven views, footer.

use leptos::prelude::*;

use crate::router::{provide_router, Route};
use crate::state::AppState;
use crate::ui::{Notices, SiteFooter, SiteHeader};
use crate::url_state;
use crate::views::{
    ClaimsView, DatacenterView, EngineView, HumanLoopView, MemoryView, NotFound, SweepView, ViewId,
    WallsView,
};

/// The query flag that makes the app panic on purpose, so that end-to-end tests can check that a
/// panic shows the error banner rather than a blank page. Harmless to visitors: the banner offers
/// a reload.
pub const FORCED_PANIC_QUERY: &str = "debug=panic";

/// The whole app. Every route of [`crate::views::ViewId`] is declared here.
#[component]
pub fn App() -> impl IntoView {
    let theme = crate::theme::ThemeChoice::stored();
    crate::theme::apply(theme);
    let search = window().location().search().unwrap_or_default();
    let (initial, mut notices) = url_state::decode(&search);
    let (sweep, sweep_notices) = crate::sweep_settings::decode(&search);
    notices.extend(sweep_notices);
    provide_context(AppState::new(initial, sweep, notices));

    let forced_panic = window().location().search().is_ok_and(|search| {
        search
            .trim_start_matches('?')
            .split('&')
            .any(|pair| pair == FORCED_PANIC_QUERY)
    });
    if forced_panic {
        // After the page is up, as a panic in an event handler would be.
        set_timeout(
            || panic!("forced by ?{FORCED_PANIC_QUERY} (a test of the error banner)"),
            std::time::Duration::ZERO,
        );
    }

    let route = provide_router();
    let page = move || match ViewId::from_path(&route.path()) {
        Some(ViewId::Walls) => view! { <WallsView /> }.into_any(),
        Some(ViewId::Sweep) => view! { <SweepView /> }.into_any(),
        Some(ViewId::Datacenter) => view! { <DatacenterView /> }.into_any(),
        Some(ViewId::Memory) => view! { <MemoryView /> }.into_any(),
        Some(ViewId::HumanLoop) => view! { <HumanLoopView /> }.into_any(),
        Some(ViewId::Claims) => view! { <ClaimsView /> }.into_any(),
        Some(ViewId::Engine) => view! { <EngineView /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    };

    view! {
        <div id="app">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <SiteHeader initial_theme=theme />
            <UrlSync />
            <main id="main" tabindex="-1">
                <Notices />
                {page}
            </main>
            <SiteFooter />
        </div>
    }
}

/// How long the address waits after the last change before it is rewritten. Browsers throttle
/// rapid history updates (and warn about it), and a slider sends dozens a second.
const URL_SYNC_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

/// Keeps the address bar in step with the scenario, on every route, without adding history
/// entries: the current address is always the permalink.
#[component]
fn UrlSync() -> impl IntoView {
    let state = expect_context::<AppState>();
    let route = expect_context::<Route>();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let query = state.scenario.with(url_state::encode);
        let sweep = state.sweep.with(crate::sweep_settings::encode);
        let path = route.path();
        let search = window().location().search().unwrap_or_default();
        // Keep flags that are not part of the scenario (embedding, presenting, tests).
        let others: Vec<&str> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| {
                let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
                ["embed", "present", "debug"].contains(&key)
            })
            .collect();
        let query = [query.as_str()]
            .into_iter()
            .chain(sweep.iter().map(String::as_str))
            .chain(others)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("&");
        let url = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Ok(history) = window().history() {
                    // Nothing to do if the browser refuses: the address is only a convenience.
                    history
                        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                        .ok();
                }
            },
            URL_SYNC_DELAY,
        );
        pending.set_value(handle.ok());
    });
}
