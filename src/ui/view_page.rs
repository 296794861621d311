//! The frame every view shares: its title, its introduction, the document title.

use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::links::{Embedded, Freeze, Links};
use crate::ui::ShareBar;

/// Renders a view's heading and introduction (from [`ViewId`]), its lead (the answer and the
/// figure, so they come first), the Share menu, then the rest of its content; names the browser
/// tab after it. Embedded, the Share menu gives way to the link back.
#[component]
pub fn ViewPage(
    /// Which view this is.
    view: ViewId,
    /// What the view leads with: its figure (and answer), above the Share menu.
    #[prop(optional)]
    lead: Option<Children>,
    /// The view's content, below the lead and the Share menu.
    children: Children,
) -> impl IntoView {
    document().set_title(&format!("{} — First Wall", view.title()));
    // Every source the view cites, listed once at its foot (the app provides the list with each
    // route; a view mounted on its own gets one here).
    let citations = use_context::<crate::ui::citations::Citations>()
        .unwrap_or_else(crate::ui::citations::Citations::provide);
    let links = Links::from_context();
    view! {
        <article class="view" data-view=view.slug()>
            <header class="view-header">
                <h1>{view.title()}</h1>
                <p class="lede">{view.lede()}</p>
                <p class="print-only print-source">
                    {format!("First Wall {}, printed from ", env!("CARGO_PKG_VERSION"))}
                    {move || links.absolute(Freeze::Changes)}
                </p>
            </header>
            {lead.map(|lead| lead())}
            {(!expect_context::<Embedded>().0).then(|| view! { <ShareBar view=view /> })}
            {children()}
            <div class="view-refs">
                <crate::ui::citations::SourceList citations=citations />
                <crate::ui::glossary::GlossaryList />
            </div>
        </article>
    }
}
