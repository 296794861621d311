//! Browser entry point: install the panic banner; once the first paint is on screen, mount the
//! app and drop the loading indicator.

fn main() {
    firstwall_app::shell::panic_banner::install();
    firstwall_app::after_first_paint(|| {
        leptos::mount::mount_to_body(firstwall_app::App);
        firstwall_app::remove_loading_indicator();
    });
}
