//! The frame every view shares: its title, its introduction, the document title.

use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::links::{Embedded, Freeze, Links};
use crate::ui::ShareBar;

/// Renders a view's heading, introduction (from [`ViewId`]) and share bar above its content, and
/// names the browser tab after it. Embedded, the share bar gives way to the link back.
#[component]
pub fn ViewPage(
    /// Which view this is.
    view: ViewId,
    /// The view's content, below the introduction.
    children: Children,
) -> impl IntoView {
    document().set_title(&format!("{} — First Wall", view.title()));
    let links = Links::from_context();
    view! {
        <article class="view" data-view=view.slug()>
            <header class="view-header">
                <h1>{view.title()}</h1>
                <p class="lede">{view.lede()}</p>
                {(!expect_context::<Embedded>().0).then(|| view! { <ShareBar view=view /> })}
                <p class="print-only print-source">
                    {format!("First Wall {}, printed from ", env!("CARGO_PKG_VERSION"))}
                    {move || links.absolute(Freeze::Changes)}
                </p>
            </header>
            {children()}
        </article>
    }
}
