//! First Wall's web app: a Leptos single-page app, compiled to WebAssembly by Trunk.
//!
//! The app draws and explains; it never computes a model number itself. Numbers come from
//! [`firstwall_model`] (f64, the reference) and, for large sweeps, [`firstwall_gpu`] (WebGPU).
//!
//! - [`App`]: the shell: site header and footer, one route per view.
//! - [`router`]: a small router for the fixed routes (history, back/forward, link clicks).
//! - [`views`]: the seven views and the 404 page; [`views::ViewId`] is the one table of routes,
//!   navigation labels, titles and introductions.
//! - [`ui`]: components shared by views (header, theme switch, view page frame, GPU check).
//! - [`engine`]: where sweeps run — WebGPU, background workers, or the page in slices.
//! - [`sweep_settings`]: the Uncertainty view's settings and their place in the address.
//! - [`url_state`]: the scenario in the address; [`view_query`]: each view's own state there, the
//!   embedded form (`?embed=1`) and the permalinks built from all of it.
//! - [`present`]: presentation mode, a scripted tour of the live views.
//! - [`export`]: charts as SVG and PNG, tables as CSV and JSON, the scenario as a file.
//! - [`theme`]: light, dark or the system's choice, remembered in `localStorage`.
//! - [`panic_banner`]: turns a panic into a recoverable error banner instead of a dead page.
//! - [`format`](mod@format): numbers as people read them (`2.5 × 10²⁹`), from the model crate.

mod app;
pub mod engine;
pub mod export;
pub mod panic_banner;
pub mod present;
pub mod router;
pub mod state;
pub mod sweep_settings;
pub mod theme;
pub mod ui;
pub mod url_state;
pub mod view_query;
pub mod views;

pub use app::App;
pub use firstwall_model::format;

/// Removes the loading indicator that `index.html` shows until the app has mounted.
pub fn remove_loading_indicator() {
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
