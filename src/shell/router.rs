//! A small router for First Wall's fixed routes.
//!
//! First Wall has seven views and a 404 page, no nested routes, no route parameters and no data
//! loading, so a general router would be mostly unused code in every visitor's download. This one
//! keeps the current path in a signal, follows the browser's back and forward buttons, and turns
//! clicks on same-site links into history entries instead of page loads.

use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use crate::address::Query;

/// The current path (`/`, `/claims`) and the query it was reached with, shared through context.
#[derive(Clone, Copy, Debug)]
pub struct Route {
    path: RwSignal<String>,
    /// Parsed once per address: views read their own keys from it when they are created.
    query: StoredValue<Query>,
}

impl Route {
    /// The current path; tracked.
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// The value of `key` in the address the route was reached with (decoded as every key is);
    /// untracked, for a view that is being created.
    pub fn query_value(&self, key: &str) -> Option<String> {
        self.query
            .with_value(|query| query.get(key).map(str::to_owned))
    }

    /// Follows the address the browser shows now.
    fn follow(&self) {
        let search = window().location().search().unwrap_or_default();
        // Notices about an address are shown for the one the page was opened with.
        self.query.set_value(Query::parse(&search).0);
        self.path.set(current_path());
    }
}

/// Creates the route from the page's address (`query`, parsed by the caller), provides it as
/// context, and starts listening to links and history.
pub fn provide_router(query: Query) -> Route {
    let route = Route {
        path: RwSignal::new(current_path()),
        query: StoredValue::new(query),
    };
    provide_context(route);
    // Back and forward: the browser has already changed the address.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| route.follow());
    let clicks = window_event_listener(leptos::ev::click, move |event| {
        if let Some(path) = internal_link_target(&event) {
            event.prevent_default();
            navigate(route, &path);
        }
    });
    // When the app unmounts (only tests do that), stop listening.
    on_cleanup(move || {
        popstate.remove();
        clicks.remove();
    });
    route
}

/// Goes to `path` (which may carry a query string) without loading a page.
pub fn navigate(route: Route, path: &str) {
    set_address(route, path, true);
    window().scroll_to_with_x_and_y(0.0, 0.0);
    // Move focus to the new page, as a page load would, so keyboard and screen-reader users
    // start at its top.
    if let Some(main) = document().get_element_by_id("main") {
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            main.focus().ok();
        }
    }
}

/// Puts `path` (which may carry a query string) into the address, as a new history entry or in
/// place of the current one (for steps that should not fill the back button's list, such as a
/// presentation's scenes), and follows it.
pub fn set_address(route: Route, path: &str, new_entry: bool) {
    if let Ok(history) = window().history() {
        let null = wasm_bindgen::JsValue::NULL;
        // If the browser refuses, the route still changes; only the address lags.
        if new_entry {
            history.push_state_with_url(&null, "", Some(path)).ok();
        } else {
            history.replace_state_with_url(&null, "", Some(path)).ok();
        }
    }
    route.follow();
}

/// The path of the page's address, as the router reads it (`/` if the browser will not say).
pub fn current_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".to_owned())
}

/// The path of a plain left click on a link to this site, or `None` if the browser should handle
/// the click itself (another site, a new tab, a download, a link with a target).
fn internal_link_target(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    if anchor.has_attribute("download")
        || anchor
            .get_attribute("target")
            .is_some_and(|t| !t.is_empty())
        || anchor
            .get_attribute("rel")
            .is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"))
    {
        return None;
    }
    let anchor = anchor.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    let here = window().location();
    if anchor.origin() != here.origin().ok()? {
        return None;
    }
    let path = anchor.pathname();
    // A link to the same page with only a fragment scrolls; leave it to the browser.
    if path == here.pathname().ok()? && !anchor.hash().is_empty() {
        return None;
    }
    Some(format!("{path}{}", anchor.search()))
}

/// A link within the site that says whether it is the current page (`aria-current="page"`).
#[component]
pub fn NavLink(
    /// The path it goes to.
    href: &'static str,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let route = expect_context::<Route>();
    view! {
        <a href=href aria-current=move || (route.path() == href).then_some("page")>
            {children()}
        </a>
    }
}
