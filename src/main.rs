//! Browser entry point: install the panic banner; once the first paint is on screen, keep the
//! answer it shows for the view that shows the same, mount the app and drop the first paint.

fn main() {
    firstwall_app::shell::panic_banner::install();
    firstwall_app::after_first_paint(|| {
        firstwall_app::shell::first_paint::keep_answers();
        leptos::mount::mount_to_body(firstwall_app::App);
        firstwall_app::remove_loading_indicator();
    });
}
