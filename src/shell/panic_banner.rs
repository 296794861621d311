//! A panic must never leave a blank or silently dead page.
//!
//! The hook runs before the WebAssembly instance aborts. It logs the panic to the console and puts
//! a banner at the top of the page, built with plain DOM calls (the reactive system may be in any
//! state). The banner's links work without WebAssembly: reload this page, or start over at `/`.
//! The dead app underneath is marked `inert`, so its controls no longer pretend to work.

use wasm_bindgen::JsCast as _;

/// The banner's element id, for tests.
pub const PANIC_BANNER_ID: &str = "panic-banner";

/// Installs the panic hook. Call it first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("First Wall stopped: {message}").into());
        show_banner(&message);
    }));
}

/// Shows the error banner with `message` as its technical detail. Safe to call more than once.
pub fn show_banner(message: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id(PANIC_BANNER_ID).is_some() {
        return;
    }
    if let Some(app) = document.get_element_by_id("app") {
        // Inert stops the dead controls from taking focus or clicks; if it fails, they stay.
        app.set_attribute("inert", "").ok();
    }
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    let Some(banner) = banner(&document, message) else {
        return;
    };
    // Prepend, so it is the first thing both eyes and screen readers meet.
    body.prepend_with_node_1(&banner).ok();
    if let Some(link) = banner.query_selector("a").ok().flatten() {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.focus().ok();
        }
    }
}

fn banner(document: &web_sys::Document, message: &str) -> Option<web_sys::Element> {
    let here = document
        .location()
        .and_then(|location| location.href().ok())
        .unwrap_or_default();

    let banner = document.create_element("div").ok()?;
    banner.set_id(PANIC_BANNER_ID);
    banner.set_class_name("panic-banner");
    banner.set_attribute("role", "alert").ok()?;
    let inner = append(document, &banner, "div", None)?;
    inner.set_class_name("panic-banner-inner");
    append(
        document,
        &inner,
        "h2",
        Some("Something went wrong, and First Wall stopped."),
    )?;
    append(
        document,
        &inner,
        "p",
        Some("Reloading the page starts it again; the link below does that."),
    )?;
    let actions = append(document, &inner, "p", None)?;
    let reload = append(document, &actions, "a", Some("Reload this page"))?;
    reload.set_attribute("href", &here).ok()?;
    let home = append(document, &actions, "a", Some("Start over"))?;
    home.set_attribute("href", "/").ok()?;
    // A target makes the router's click handler (still attached, but in a dead instance) leave
    // these links to the browser, which loads the page afresh.
    for link in [&reload, &home] {
        link.set_attribute("target", "_self").ok()?;
    }
    let details = append(document, &inner, "details", None)?;
    append(document, &details, "summary", Some("Technical details"))?;
    append(document, &details, "pre", Some(message))?;
    Some(banner)
}

fn append(
    document: &web_sys::Document,
    parent: &web_sys::Element,
    tag: &str,
    text: Option<&str>,
) -> Option<web_sys::Element> {
    let element = document.create_element(tag).ok()?;
    if let Some(text) = text {
        element.set_text_content(Some(text));
    }
    parent.append_child(&element).ok()?;
    Some(element)
}
