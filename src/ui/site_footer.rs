//! The footer: what First Wall is, and its privacy promise.

use leptos::prelude::*;

/// The footer on every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "First Wall " {env!("CARGO_PKG_VERSION")}
                " runs entirely in your browser: no cookies, no trackers, no requests to anyone but this site. "
                "Built on five diagrams — Human with AI, Who is the first wall?, Data Center Shift with AI, "
                "The optimization, New For AI — and checked against the sources each view cites."
            </p>
        </footer>
    }
}
