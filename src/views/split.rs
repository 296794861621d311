//! Each view's code in its own wasm module, downloaded when the view is first shown (issue 19: the
//! first view's wasm).
//!
//! A view is reached only through its `*_page` function here. With the `split` feature (the web
//! build: `data-cargo-features` in `index.html`) each is a split point of
//! [`wasm_split_helpers`]: `scripts/split-wasm.sh` cuts the functions only that view reaches out
//! of the main wasm into a module of its own, which the page fetches the first time the function
//! is called (code that several views share goes into modules of its own, fetched with the
//! first view that needs them). Without the feature (tests, native builds) the same functions
//! build the view at once.
//!
//! [`preload`] fetches a view's modules without building it: `main.rs` awaits it for the view at
//! the address before mounting, so that the first view is built in one go, with no empty frame
//! between the first paint and the app. A module that cannot be fetched (offline before the
//! service worker has kept it, a network error) leaves the view's title and a button that tries
//! again, never a blank page or an abort.

// Reason: a split point's loader is an `extern "C"` import that `wasm_split`'s expansion declares
// and calls (with the `split` feature only); nothing in this file is unsafe by hand.
#![allow(unsafe_code)]

use std::future::Future;

use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::present::SceneFigure;

/// A module that could not be fetched or instantiated; the browser's console has the details.
pub type LoadError = wasm_split_helpers::SplitLoaderError;

/// Declares the split points: `$page` builds a view or a figure (after fetching its module),
/// `$preload` only fetches. Functions with the same `$module` share one module
/// (`split_$module.wasm` in `dist/`, with the shared modules it needs); a view's is `view_` and its
/// slug, the name `scripts/wasm-split-map.mjs` looks for.
macro_rules! split_points {
    ($( $module:ident: fn $page:ident($($arg:ident: $ty:ty),*), $preload:ident => $view:expr; )*) => {
        $(
            #[cfg(all(feature = "split", target_family = "wasm"))]
            #[wasm_split_helpers::wasm_split($module, fallible, preload($preload))]
            fn $page($($arg: $ty),*) -> Result<AnyView, LoadError> {
                Ok($view)
            }

            #[cfg(not(all(feature = "split", target_family = "wasm")))]
            async fn $page($($arg: $ty),*) -> Result<AnyView, LoadError> {
                Ok($view)
            }

            #[cfg(not(all(feature = "split", target_family = "wasm")))]
            async fn $preload() -> Result<(), LoadError> {
                Ok(())
            }
        )*
    };
}

// Each view, and the figures the presentation's scroll view borrows from it (in the view's own
// module, so that the scroll view itself stays small and in the main module). A view's module is
// `view_<slug>`; the Walls view's sections after its lead are in one of their own,
// `later_<slug>` (`scripts/wasm-split-map.mjs` reads both names), with the figures that use them
// and the fans' computation (which the scroll view's answer needs too): fetched once the view's
// first module is here and built after the lead, so that the first view waits for less.
split_points! {
    view_walls: fn walls_page(), preload_walls => view! { <super::WallsView rest=WALLS_REST /> }.into_any();
    later_walls: fn walls_rest_page(), preload_walls_rest => view! { <super::walls::WallsRest /> }.into_any();
    later_walls: fn answer_scene(), preload_answer_scene => view! { <super::walls::AnswerScene /> }.into_any();
    later_walls: fn trajectory_scene(), preload_trajectory_scene => view! { <super::walls::TrajectoryScene /> }.into_any();
    later_walls: fn details_scene(wall: &'static str), preload_details_scene => view! { <super::walls::DetailsScene wall=wall /> }.into_any();
    view_sweep: fn sweep_page(), preload_sweep => view! { <super::SweepView /> }.into_any();
    view_datacenter: fn datacenter_page(), preload_datacenter => view! { <super::DatacenterView /> }.into_any();
    view_datacenter: fn chain_scene(), preload_chain_scene => view! { <super::datacenter::ChainScene /> }.into_any();
    view_memory: fn memory_page(), preload_memory => view! { <super::MemoryView /> }.into_any();
    view_memory: fn roofline_scene(), preload_roofline_scene => view! { <super::memory::RooflineScene /> }.into_any();
    view_loop: fn human_loop_page(), preload_human_loop => view! { <super::HumanLoopView /> }.into_any();
    view_loop: fn loop_scene(stage: &'static str), preload_loop_scene => view! { <super::human_loop::LoopScene stage=stage /> }.into_any();
    view_loop: fn verify_scene(), preload_verify_scene => view! { <super::human_loop::VerifyScene /> }.into_any();
    view_claims: fn claims_page(), preload_claims => view! { <super::ClaimsView /> }.into_any();
    view_engine: fn engine_page(), preload_engine => view! { <super::EngineView /> }.into_any();
}

/// What the page shows in a view's place: the view, at once when its module is here (always so
/// for the view the page opened on: `main.rs` waits for it); else the view's title while it is
/// fetched, and then the view, or the error that says it could not be fetched. Call it inside a
/// reactive closure: the closure runs again when the module arrives.
pub fn view_page(view: ViewId) -> AnyView {
    let path = view.view().path;
    // The tab's name at once, as the view itself names it, also while its module is on the way.
    crate::ui::name_tab(view);
    let place = Placeholder {
        key: path,
        title: view.view().title,
        slug: Some(view.slug()),
    };
    when_here(place, preload(path), move || async move {
        match view {
            ViewId::Walls => walls_page().await,
            ViewId::Sweep => sweep_page().await,
            ViewId::Datacenter => datacenter_page().await,
            ViewId::Memory => memory_page().await,
            ViewId::HumanLoop => human_loop_page().await,
            ViewId::Claims => claims_page().await,
            ViewId::Engine => engine_page().await,
        }
    })
}

/// Where the Walls view's sections after its lead come from: their own module.
const WALLS_REST: super::walls::RestFrom = super::walls::RestFrom {
    fetch: fetch_walls_rest_boxed,
    build: walls_rest,
};

/// [`fetch_walls_rest`], boxed for [`WALLS_REST`].
fn fetch_walls_rest_boxed() -> std::pin::Pin<Box<dyn Future<Output = bool>>> {
    Box::pin(fetch_walls_rest())
}

/// The Walls view's sections after its lead (`walls::WallsRest`), once [`fetch_walls_rest`] has
/// ended: the sections if their module came, else a message and a way to try again.
fn walls_rest() -> AnyView {
    built_now(walls_rest_page()).unwrap_or_else(rest_not_loaded)
}

/// Fetches the module of the Walls view's sections after its lead (and the fans' computation);
/// `true` if it came.
async fn fetch_walls_rest() -> bool {
    preload_walls_rest().await.is_ok()
}

/// Starts fetching the modules of the sections after the lead of the view at `path`, if they
/// have their own, without waiting for them: `main.rs` calls it once the view's first modules are
/// here, so that they come while the app mounts.
pub fn fetch_rest(path: &str) {
    if ViewId::from_path(path) == Some(ViewId::Walls) {
        // Before the app mounts, so not Leptos's executor (it has none yet).
        wasm_bindgen_futures::spawn_local(async {
            // A failure is the view's to show, when it is built.
            fetch_walls_rest().await;
        });
    }
}

/// A scene's figure in the presentation's scroll view, at the scene's focus (`focus`: the focus's
/// value, `learning` for `stage=learning`), like [`view_page`]. A figure is in the module of the
/// view it belongs to.
pub fn scene_figure(figure: SceneFigure, focus: &'static str) -> AnyView {
    // Each split point has a loader of its own, though a view's share one module: the figure's
    // own is the one to wait for.
    let fetch = async move {
        match figure {
            SceneFigure::Loop => preload_loop_scene().await,
            SceneFigure::Answer => preload_answer_scene().await,
            SceneFigure::Roofline => preload_roofline_scene().await,
            SceneFigure::Trajectory => preload_trajectory_scene().await,
            SceneFigure::WallDetails => preload_details_scene().await,
            SceneFigure::Chain => preload_chain_scene().await,
            SceneFigure::Checklist => preload_verify_scene().await,
        }
    };
    let place = Placeholder {
        key: figure.id(),
        title: "First Wall: the tour",
        slug: None,
    };
    when_here(place, fetch, move || async move {
        match figure {
            SceneFigure::Loop => loop_scene(focus).await,
            SceneFigure::Answer => answer_scene().await,
            SceneFigure::Roofline => roofline_scene().await,
            SceneFigure::Trajectory => trajectory_scene().await,
            SceneFigure::WallDetails => details_scene(focus).await,
            SceneFigure::Chain => chain_scene().await,
            SceneFigure::Checklist => verify_scene().await,
        }
    })
}

thread_local! {
    /// The pages (a view's path, a scene figure's id) whose module's last fetch failed: shown as
    /// failed once, so that the closure that runs again when the fetch ends does not start
    /// another; the next visit tries again.
    static FAILED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// What stands in a page's place while its module is fetched, or when it could not be.
struct Placeholder {
    /// The page's name in [`FAILED`]: a view's path, a scene figure's id.
    key: &'static str,
    /// The page's title, its heading meanwhile.
    title: &'static str,
    /// A view's slug: the placeholder says which view it stands for (`data-view`, not yet
    /// `data-built`).
    slug: Option<&'static str>,
}

/// The page that `page` builds if `fetch`, the page's own split point's preload, finds its module
/// already here (one poll: a loaded module's answers at once); otherwise `place` while it is
/// fetched, and the calling reactive closure runs again when the fetch has ended, to build the
/// page (or say it failed) then.
///
/// The page is always built where this is called, under the closure's owner, never in the
/// fetching task (which has none: the view's contexts would be missing). Not a `Suspend`: a
/// `Suspend` that replaces another builds its view a tick later, after the view it replaces has
/// been disposed but while it is still in the page, and stepping quickly through a
/// presentation's scenes then panicked ("a reactive value that has already been disposed").
fn when_here<F>(
    place: Placeholder,
    fetch: impl Future<Output = Result<(), LoadError>> + 'static,
    page: impl FnOnce() -> F,
) -> AnyView
where
    F: Future<Output = Result<AnyView, LoadError>>,
{
    use std::task::{Context, Poll, Waker};
    let Placeholder { key, title, slug } = place;
    let failed_last_time = FAILED.with_borrow_mut(|failed| {
        let at = failed.iter().position(|&k| k == key);
        at.map(|at| failed.swap_remove(at)).is_some()
    });
    if failed_last_time {
        return not_loaded(title);
    }
    let mut fetch = Box::pin(fetch);
    match fetch.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        // The split point's own loader is loaded: `page` is built at once.
        Poll::Ready(Ok(())) => built_now(page()).unwrap_or_else(|| not_loaded(title)),
        Poll::Ready(Err(_)) => not_loaded(title),
        Poll::Pending => {
            let arrived = ArcTrigger::new();
            arrived.track();
            leptos::task::spawn_local(async move {
                if fetch.await.is_err() {
                    FAILED.with_borrow_mut(|failed| failed.push(key));
                }
                arrived.notify();
            });
            view! {
                <article class="view view-loading" aria-busy="true" data-view=slug>
                    <h1>{title}</h1>
                </article>
            }
            .into_any()
        }
    }
}

/// The page a split point builds, if its module is here (then the call answers at once); `None`
/// if it is not, or could not be fetched.
fn built_now(page: impl Future<Output = Result<AnyView, LoadError>>) -> Option<AnyView> {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(page).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(view)) => Some(view),
        Poll::Ready(Err(_)) | Poll::Pending => None,
    }
}

/// In the place of a view's sections after its lead when their module could not be fetched: why,
/// and a way to try again. The lead above it still works.
fn rest_not_loaded() -> AnyView {
    let reload = |_| {
        // Nothing else to do if the browser refuses.
        let _ = window().location().reload();
    };
    view! {
        <section class="not-loaded" role="alert">
            <p>
                "The rest of this view (its chart, its details and your assumptions) could not be "
                "downloaded. If you are offline, connect and try again."
            </p>
            <button type="button" on:click=reload>"Try again"</button>
        </section>
    }
    .into_any()
}

/// Fetches the modules of the view at `path` (none for a 404) without building it; `Err` if they
/// could not be fetched (the view then says so when it is shown, and tries again).
pub async fn preload(path: &str) -> Result<(), LoadError> {
    match ViewId::from_path(path) {
        Some(ViewId::Walls) => preload_walls().await,
        Some(ViewId::Sweep) => preload_sweep().await,
        Some(ViewId::Datacenter) => preload_datacenter().await,
        Some(ViewId::Memory) => preload_memory().await,
        Some(ViewId::HumanLoop) => preload_human_loop().await,
        Some(ViewId::Claims) => preload_claims().await,
        Some(ViewId::Engine) => preload_engine().await,
        None => Ok(()),
    }
}

/// In a view's place when its module could not be fetched: its title, why, and a way to try again
/// (a failed fetch is not remembered, so trying again fetches afresh).
fn not_loaded(title: &'static str) -> AnyView {
    let reload = |_| {
        // Nothing else to do if the browser refuses.
        let _ = window().location().reload();
    };
    view! {
        <article class="view not-loaded" role="alert">
            <h1>{title}</h1>
            <p>
                "This view's code could not be downloaded, so it cannot be shown. "
                "If you are offline, connect and try again; the rest of First Wall still works."
            </p>
            <button type="button" on:click=reload>"Try again"</button>
        </article>
    }
    .into_any()
}
