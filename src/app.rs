//! The application shell: router, header, the routes of the seven views, footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::ui::{SiteFooter, SiteHeader};
use crate::views::{
    ClaimsView, DatacenterView, EngineView, HumanLoopView, MemoryView, NotFound, SweepView,
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

    view! {
        <div id="app">
            <Router>
                <a class="skip-link" href="#main">"Skip to content"</a>
                <SiteHeader initial_theme=theme />
                <main id="main" tabindex="-1">
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=WallsView />
                        <Route path=path!("/sweep") view=SweepView />
                        <Route path=path!("/datacenter") view=DatacenterView />
                        <Route path=path!("/memory") view=MemoryView />
                        <Route path=path!("/loop") view=HumanLoopView />
                        <Route path=path!("/claims") view=ClaimsView />
                        <Route path=path!("/engine") view=EngineView />
                    </Routes>
                </main>
                <SiteFooter />
            </Router>
        </div>
    }
}
