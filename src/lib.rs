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

/// Removes the loading indicator that `index.html` shows until the app has mounted.
pub fn remove_loading_indicator() {
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
