//! First Wall's web app: a Leptos single-page app, compiled to WebAssembly by Trunk.
//!
//! The app draws and explains; it never computes a model number itself. Numbers come from
//! [`firstwall_model`] (f64, the reference) and, for large sweeps, [`firstwall_gpu`] (WebGPU).
//!
//! The modules are floors, each importing only from the floors below it (`tests/layering.rs`):
//!
//! 1. [`routes`]: the views' paths, names and words, one table.
//! 2. [`engine`]: where sweeps run — WebGPU, background workers, or the page in slices.
//! 3. [`state`]: what the visitor chose (scenario, sweep settings) and what the model made of it.
//! 4. [`address`]: the address read once — one parse, one table of keys — and written back.
//! 5. [`shell`]: the router, the live address and permalinks, presentation mode, export, the
//!    theme, the panic banner.
//! 6. [`ui`]: components shared by views (header, controls, figures, the GPU check).
//! 7. [`views`]: the seven views and the 404 page.
//! 8. [`App`]: puts them together.
//!
//! [`format`](mod@format) is the model's: numbers as people read them (`2.5 × 10²⁹`).

pub mod address;
mod app;
pub mod engine;
pub mod routes;
pub mod shell;
pub mod state;
pub mod ui;
pub mod views;

pub use app::App;
pub use firstwall_model::format;

/// Runs `start` once the browser has painted what the page already holds and recorded that
/// paint — each entry's first paint (`scripts/entries.mjs`): the header, the view's title and its
/// introduction. `public/boot.js` makes the promise this waits for (`firstwallFirstPaint`); where
/// there is none, or it does not settle within [`PAINT_WAIT`] (a tab in the background, an embed
/// scrolled out of view), `start` runs anyway.
///
/// Where the wasm is ready before the first frame (a fast network, a cached visit), mounting at
/// once would keep the screen blank until the view is built, and a paint replaced before the
/// browser records it counts for nothing: the page's largest paint would wait for the app. This
/// way the words show first and the view replaces them in the same places (issue 19).
pub fn after_first_paint(start: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast as _;

    let painted = js_sys::Reflect::get(&leptos::prelude::window(), &"firstwallFirstPaint".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    let Some(painted) = painted else {
        start();
        return;
    };
    // Whichever comes first runs it; the other finds it gone.
    type Once = Rc<Cell<Option<Box<dyn FnOnce()>>>>;
    let start: Once = Rc::new(Cell::new(Some(Box::new(start))));
    let run = |start: &Once| {
        if let Some(start) = start.take() {
            start();
        }
    };
    let on_paint = Rc::clone(&start);
    let then = Closure::once(move |_: wasm_bindgen::JsValue| run(&on_paint));
    // The promise never rejects; a `then` without a handler for that is enough. The closure is
    // called once, by the page, which outlives it: it is handed over, not kept.
    let _ = painted.then(&then);
    then.forget();
    leptos::prelude::set_timeout(move || run(&start), PAINT_WAIT);
}

/// How long [`after_first_paint`] waits for the first paint before it starts anyway: a chosen
/// bound (an assumption, not a measurement), long enough for a frame on a slow phone and short
/// enough that a tab with no frames is not kept waiting.
pub const PAINT_WAIT: std::time::Duration = std::time::Duration::from_millis(200);

/// Removes the loading indicator that `index.html` shows until the app has mounted: the first
/// paint.
pub fn remove_loading_indicator() {
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
