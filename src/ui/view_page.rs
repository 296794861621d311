//! The frame every view shares: its title, its introduction, the document title.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::links::{Embedded, Freeze, Links};
use crate::ui::ShareBar;

/// What a view's sections after its lead wait for before they are built: the fetch of the wasm
/// module that holds their code (a split point's preload, `src/views/split.rs`), ended whether the
/// module came or not (the content says which).
pub type RestModule = Pin<Box<dyn Future<Output = ()>>>;

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
    /// The module the content's code is in, when it is not the view's own (the Walls view's
    /// sections after its lead: issue 19, the first view's wasm). The content is built once it is
    /// here, or has failed to come (the content then says so).
    #[prop(optional)]
    rest_module: Option<RestModule>,
    /// The view's content, below the lead and the Share menu.
    children: Children,
) -> impl IntoView {
    name_tab(view);
    // Every source the view cites, listed once at its foot (the app provides the list with each
    // route; a view mounted on its own gets one here).
    let citations = use_context::<crate::ui::citations::Citations>()
        .unwrap_or_else(crate::ui::citations::Citations::provide);
    let links = Links::from_context();
    // The lead (the answer and the figure) is built with the page; the rest of the view, its
    // sources and the glossary in a task of their own right after, so that no start-up task is
    // long (issue 19: the whole Walls view in one task was 65–75 ms on a desktop, 4× that on a
    // phone). `data-built` on the article says the rest is there. Where its code is in a module
    // of its own, it waits for that too; then it is built in a task of its own all the same (a
    // module already here answers in the same task).
    let built = RwSignal::new(false);
    let rest = StoredValue::new_local(Some(children));
    let build_rest = move || {
        set_timeout(
            move || {
                // Nothing to build if the view has gone meanwhile.
                built.try_set(true);
            },
            std::time::Duration::ZERO,
        );
    };
    match rest_module {
        Some(module) => leptos::task::spawn_local(async move {
            module.await;
            build_rest();
        }),
        None => build_rest(),
    }
    let rest = move || {
        built.get().then(|| {
            let children = rest.try_update_value(Option::take).flatten();
            // Built once: nothing it reads may make this closure run again (it would find the
            // children taken).
            untrack(move || {
                view! {
                    {children.map(|children| children())}
                    <div class="view-refs">
                        <crate::ui::citations::SourceList citations=citations />
                        <crate::ui::glossary::GlossaryList />
                    </div>
                }
            })
        })
    };
    view! {
        <article class="view" data-view=view.slug() data-built=move || built.get().then_some("")>
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
            {rest}
        </article>
    }
}

/// Names the browser's tab after `view`: its title, then the site's name.
pub fn name_tab(view: ViewId) {
    document().set_title(&format!("{} — First Wall", view.title()));
}
