//! The footer: what First Wall is, its privacy promise, the keyboard shortcuts.

use leptos::html;
use leptos::prelude::*;

/// The footer on every page.
#[component]
pub fn SiteFooter(
    /// The keyboard shortcuts' dialog, opened by the footer's button.
    help: NodeRef<html::Dialog>,
) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "First Wall " {env!("CARGO_PKG_VERSION")}
                " runs entirely in your browser: no cookies, no trackers, no requests to anyone but this site. "
                "After the first visit it works offline. "
                "Built on five diagrams — Human with AI, Who is the first wall?, Data Center Shift with AI, "
                "The optimization, New For AI — and checked against the sources each view cites."
            </p>
            <p>
                <button
                    type="button"
                    class="link-button"
                    id="keys-open"
                    aria-keyshortcuts="?"
                    aria-haspopup="dialog"
                    on:click=move |_| {
                        if let Some(dialog) = help.get() {
                            dialog.show_modal().ok();
                        }
                    }
                >
                    "Keyboard shortcuts (?)"
                </button>
            </p>
        </footer>
    }
}
