//! Browser tests: the app's components in headless Chromium (wasm-bindgen-test), and a WebGPU
//! compute dispatch with a known answer. Run with `cargo test --target wasm32-unknown-unknown`
//! (the runner is set in .cargo/config.toml; webdriver.json turns WebGPU on).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use firstwall_app::theme::{ThemeChoice, THEME_STORAGE_KEY};
use firstwall_app::views::ViewId;
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, so tests do not see each other's DOM.
fn fresh_host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Points the address bar at `path` without loading anything, as the router would.
fn go_to(path: &str) {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Lets effects and the router run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
async fn app_mounts_navigates_and_shows_404() {
    go_to("/");
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), firstwall_app::App);
    settle().await;

    assert_eq!(text_of(&host, "h1"), ViewId::Walls.title());
    assert_eq!(
        document().title(),
        format!("{} — First Wall", ViewId::Walls.title())
    );
    let links = host.query_selector_all(".site-nav a").unwrap();
    assert_eq!(links.length(), 7);
    assert_eq!(text_of(&host, ".site-nav a[aria-current='page']"), "Walls");
    // The Walls view shows the model's 2030 demand, not a hard-coded figure.
    assert!(text_of(&host, "#demand-2030").contains("2.5 × 10²⁹ FLOP"));
    assert!(text_of(&host, "#verdict").contains("the first wall is Power, in 2029"));

    // Clicking a navigation link routes without reloading.
    let claims: web_sys::HtmlElement = host
        .query_selector(".site-nav a[href='/claims']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    claims.click();
    settle().await;
    assert_eq!(window().location().pathname().unwrap(), "/claims");
    assert_eq!(text_of(&host, "h1"), ViewId::Claims.title());
    assert_eq!(text_of(&host, ".site-nav a[aria-current='page']"), "Claims");

    drop(handle);
    go_to("/no-such-view");
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), firstwall_app::App);
    settle().await;
    assert_eq!(text_of(&host, "h1"), "Page not found");
    assert!(text_of(&host, ".lede").contains("/no-such-view"));
    drop(handle);
    go_to("/");
}

#[wasm_bindgen_test]
async fn theme_switch_applies_and_remembers() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(THEME_STORAGE_KEY).unwrap();
    let host = fresh_host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        view! { <firstwall_app::ui::ThemeSwitch initial=ThemeChoice::System /> }
    });
    let select: web_sys::HtmlSelectElement = host
        .query_selector("select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let root = document().document_element().unwrap();

    let choose = |value: &str| {
        select.set_value(value);
        let event = web_sys::Event::new("change").unwrap();
        select.dispatch_event(&event).unwrap();
    };

    choose("dark");
    settle().await;
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(
        storage.get_item(THEME_STORAGE_KEY).unwrap().as_deref(),
        Some("dark")
    );
    assert_eq!(ThemeChoice::stored(), ThemeChoice::Dark);

    choose("light");
    settle().await;
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("light"));

    choose("system");
    settle().await;
    assert_eq!(root.get_attribute("data-theme"), None);
    assert_eq!(storage.get_item(THEME_STORAGE_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn panic_banner_replaces_a_dead_page() {
    let app = fresh_host();
    app.set_id("app");
    firstwall_app::panic_banner::show_banner("index out of bounds (a test)");
    let banner = document()
        .get_element_by_id(firstwall_app::panic_banner::PANIC_BANNER_ID)
        .expect("the banner is shown");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner
        .text_content()
        .unwrap()
        .contains("index out of bounds (a test)"));
    assert_eq!(banner.query_selector_all("a").unwrap().length(), 2);
    // Links the dead router must not intercept: the browser loads them afresh.
    assert_eq!(
        banner
            .query_selector_all("a[target='_self']")
            .unwrap()
            .length(),
        2
    );
    assert!(app.has_attribute("inert"), "the dead app is made inert");
    // A second panic does not stack a second banner.
    firstwall_app::panic_banner::show_banner("again");
    assert_eq!(
        document()
            .query_selector_all(".panic-banner")
            .unwrap()
            .length(),
        1
    );
    banner.remove();
    app.remove();
}

/// The crossing kernel through WebGPU (SwiftShader in headless Chromium) agrees with the model.
#[wasm_bindgen_test]
async fn webgpu_compute_matches_the_model() {
    let gpu = firstwall_gpu::GpuContext::new()
        .await
        .expect("WebGPU adapter (webdriver.json passes --enable-unsafe-webgpu)");
    assert_eq!(gpu.adapter().backend, "BrowserWebGpu");
    // Known answer: 2e25 FLOP growing 4× a year reaches 2e29 FLOP in 6.644 years.
    let sample = firstwall_gpu::CrossingSample::new(2e25, 4.0, 2e29);
    let years = gpu.years_to_reach(&[sample]).await.unwrap();
    assert!((years[0] - 6.643_856).abs() < 1e-4, "{years:?}");

    let agreement = gpu
        .check_against_model(&firstwall_gpu::reference_cases(4096))
        .await
        .unwrap();
    assert_eq!(agreement.cases, 4096);
    assert!(agreement.agrees(), "{agreement:?}");
}
