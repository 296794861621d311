//! Browser entry point: install the panic banner; fetch the view's own wasm modules; once they are
//! here and the first paint is on screen, keep the answer it shows for the view that shows the
//! same, mount the app and drop the first paint.

fn main() {
    firstwall_app::shell::panic_banner::install();
    // The modules are fetched as soon as the main wasm runs, while the first paint is on screen,
    // and the view is then built in one go with the app (src/views/split.rs). A module that could
    // not be fetched is fetched again when the view is built, which says so if it fails again:
    // nothing to do with the error here.
    wasm_bindgen_futures::spawn_local(async {
        let path = firstwall_app::shell::router::current_path();
        let _ = firstwall_app::views::split::preload(&path).await;
        firstwall_app::views::split::fetch_rest(&path);
        firstwall_app::after_first_paint(|| {
            firstwall_app::shell::first_paint::keep_answers();
            leptos::mount::mount_to_body(firstwall_app::App);
            firstwall_app::remove_loading_indicator();
        });
    });
}
