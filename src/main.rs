//! Browser entry point: install the panic banner, mount the app, drop the loading indicator.

fn main() {
    firstwall_app::shell::panic_banner::install();
    leptos::mount::mount_to_body(firstwall_app::App);
    firstwall_app::remove_loading_indicator();
}
