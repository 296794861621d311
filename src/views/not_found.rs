//! The page for a route that does not exist.

use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::router::Route;

/// Shown for any unknown route: says so, and offers every view.
#[component]
pub fn NotFound() -> impl IntoView {
    let route = expect_context::<Route>();
    document().set_title("Page not found — First Wall");
    view! {
        // Built whole at once (`data-built`, as a view frame says when its sections are there).
        <article class="view" data-view="not-found" data-built="">
            <header class="view-header">
                <h1>"Page not found"</h1>
                <p class="lede">
                    "There is no page at " <code>{move || route.path()}</code>
                    ". It may have moved, or the link may be mistyped. These are the views:"
                </p>
            </header>
            <ul class="prose">
                {ViewId::ALL
                    .into_iter()
                    .map(|view| {
                        view! {
                            <li>
                                <a href=view.path()>{view.nav_label()}</a>
                                " — "
                                {view.title()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </article>
    }
}
