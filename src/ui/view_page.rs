//! The frame every view shares: its title, its introduction, the document title.

use leptos::prelude::*;

use crate::views::ViewId;

/// Renders a view's heading and introduction (from [`ViewId`]) above its content, and names the
/// browser tab after it.
#[component]
pub fn ViewPage(
    /// Which view this is.
    view: ViewId,
    /// The view's content, below the introduction.
    children: Children,
) -> impl IntoView {
    document().set_title(&format!("{} — First Wall", view.title()));
    view! {
        <article class="view" data-view=view.slug()>
            <header class="view-header">
                <h1>{view.title()}</h1>
                <p class="lede">{view.lede()}</p>
            </header>
            {children()}
        </article>
    }
}
