//! The application shell: router, header, the routes of the seven views, footer; the embedded and
//! presentation forms of the same page; the keys that work everywhere.

use leptos::html;
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::links::{Embedded, Freeze, Links, ViewQuery};
use crate::shell::only::EmbedLook;
use crate::shell::present::{key_is_for_the_control, PresentBar, Presentation};
use crate::shell::router::provide_router;
use crate::state::AppState;
use crate::ui::{KeyboardHelp, Notices, OfflineStatus, SiteFooter, SiteHeader};
use crate::views::split::view_page;
use crate::views::{NotFound, ScrollDeck};

/// The query flag that makes a debug build panic on purpose, so that tests can check that a panic
/// shows the error banner rather than a blank page. Release builds ignore it: nobody can link to a
/// broken First Wall.
pub const FORCED_PANIC_QUERY: &str = "debug=panic";

/// The window event that makes any build panic on purpose: only a script running in the page can
/// send it, so end-to-end tests can check the banner on the real build and no link can break it.
pub const FORCED_PANIC_EVENT: &str = "firstwall:panic";

/// The whole app. Every route of [`crate::routes::ViewId`] is declared here.
#[component]
pub fn App() -> impl IntoView {
    // The address, read once: every part of the app decodes it the same way.
    let search = window().location().search().unwrap_or_default();
    let address = crate::address::decode(&search);
    let query = address.query;
    let state = AppState::new(address.scenario, address.sweep, address.notices);
    provide_context(state);
    let embedded = Embedded::provide(&query);
    // An embed of one figure (`only=road`) and its render flags (`plain`, `static`, `transparent`).
    let path = window().location().pathname().unwrap_or_default();
    let mut look_notices = Vec::new();
    let look = EmbedLook::provide(
        &query,
        embedded.0,
        ViewId::from_path(&path),
        &mut look_notices,
    );
    if !look_notices.is_empty() {
        state.notices.update(|notices| notices.extend(look_notices));
    }
    // The visitor's stored scheme, or an embed's own (`theme=`, light by default).
    let theme = if embedded.0 {
        crate::shell::theme::ThemeChoice::for_embed(query.get("theme"))
    } else {
        crate::shell::theme::ThemeChoice::stored()
    };
    crate::shell::theme::apply(theme);
    let views = ViewQuery::provide();
    // The flags that say how the page is shown, kept in the address as they came (decoded and
    // written again, so that `%65mbed=1` stays an embed after the address is rewritten).
    // (`hide` and `lock` are not among them: the links carry them, so that shared and embedded
    // links keep them.)
    let flags: Vec<String> = crate::address::keys::flags()
        .filter(|key| !["present", "hide", "lock"].contains(key))
        .filter_map(|key| {
            query
                .get(key)
                .map(|value| format!("{key}={}", crate::address::encode_component(value)))
        })
        .collect();

    // A teacher's link hides parts of the views (`hide=questions,assumptions`): the style sheet
    // hides what `data-hide` on <html> names; a name that is not a part gets a notice.
    if let Some(value) = query.get("hide") {
        let (parts, unknown) = crate::address::keys::hidden_parts(value);
        if let Some(root) = document().document_element() {
            root.set_attribute("data-hide", &parts.join(" ")).ok();
        }
        if !unknown.is_empty() {
            state.notices.update(|notices| {
                notices.push(format!(
                    "Ignored hide = {}: the parts a link can hide are {}.",
                    firstwall_model::format::echo(&unknown.join(",")),
                    crate::address::keys::HIDEABLE.join(", ")
                ));
            });
        }
    }

    // A teacher's link fixes assumptions (`lock=g,pk`, by short key or id): their controls give way
    // to their values, and no change moves them.
    if let Some(value) = query.get("lock") {
        let mut unknown = Vec::new();
        let mut locked = Vec::new();
        for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match firstwall_model::ParamId::lookup(name) {
                Some(id) if !locked.contains(&id) => locked.push(id),
                Some(_) => {}
                None => unknown.push(name.to_owned()),
            }
        }
        state.locked.set(locked);
        if !unknown.is_empty() {
            state.notices.update(|notices| {
                notices.push(format!(
                    "Ignored lock = {}: not an assumption's key (see `firstwall params`).",
                    firstwall_model::format::echo(&unknown.join(","))
                ));
            });
        }
    }

    // A panic on purpose, to test the error banner: `?debug=panic` in a debug build; in any build,
    // a script of the page itself (a test; never a link) dispatching `firstwall:panic`.
    if cfg!(debug_assertions) && query.get("debug") == Some("panic") {
        // After the page is up, as a panic in an event handler would be.
        set_timeout(
            || panic!("forced by ?{FORCED_PANIC_QUERY} (a test of the error banner)"),
            std::time::Duration::ZERO,
        );
    }
    let forced_panic = window_event_listener_untyped(FORCED_PANIC_EVENT, |_| {
        panic!("forced by the {FORCED_PANIC_EVENT} event (a test of the error banner)")
    });
    on_cleanup(move || forced_panic.remove());

    let route = provide_router(query);
    Links::provide(state, route, views);
    let presentation = Presentation::provide(route, state);
    // `present=N` in the address: show scene N, with its focus.
    if let Some(index) = presentation.scene.get_untracked() {
        presentation.go_to(index);
    }
    // Back, forward or a link to another view ends the presentation.
    Effect::new(move |_| {
        let view = ViewId::from_path(&route.path());
        if presentation
            .scene_view()
            .is_some_and(|scene| Some(scene) != view)
        {
            presentation.stop();
        }
    });
    let help = NodeRef::<html::Dialog>::new();
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if key_is_for_the_control(&event) {
            return;
        }
        if presentation.handle_key(&event) {
            event.prevent_default();
            return;
        }
        match event.key().as_str() {
            "?" => {
                if let Some(dialog) = help.get_untracked() {
                    dialog.show_modal().ok();
                }
            }
            "p" if !embedded.0 => presentation.start(),
            _ => {}
        }
    });
    // Printing shows the data tables that sit in closed <details> on screen; afterwards they close.
    // Charts off screen are brought up to date too (they keep what they last drew: ui::on_screen).
    let before_print = window_event_listener_untyped("beforeprint", |_| {
        open_data_details(true);
        crate::ui::on_screen::draw_all_now();
    });
    let after_print = window_event_listener_untyped("afterprint", |_| open_data_details(false));
    on_cleanup(move || {
        keys.remove();
        before_print.remove();
        after_print.remove();
    });

    // A new scene re-creates the view, so that it opens on the scene's focus; leaving the
    // presentation keeps the view as it is (the last scene stays in this memo).
    let last_scene = Memo::new(move |last: Option<&Option<usize>>| {
        presentation.scene.get().or_else(|| last.copied().flatten())
    });
    // On a phone the tour is one scrolling page (the scroll view), whichever scene is on.
    let deck = Memo::new(move |_| presentation.on() && presentation.narrow.get());
    let page = move || {
        if deck.get() {
            crate::ui::citations::Citations::provide();
            return view! { <ScrollDeck /> }.into_any();
        }
        last_scene.track();
        page_for(ViewId::from_path(&route.path()))
    };

    view! {
        <div id="app">
            {(!embedded.0).then(|| view! {
                <a class="skip-link" href="#main">"Skip to content"</a>
                <SiteHeader initial_theme=theme />
            })}
            <UrlSync flags=flags />
            // Under the header, and on its own in presentations and embeds.
            <OfflineStatus />
            <main id="main" tabindex="-1" inert=look.still>
                <Notices />
                {page}
            </main>
            {if embedded.0 {
                view! { <EmbedCredit /> }.into_any()
            } else {
                view! { <SiteFooter help=help /> }.into_any()
            }}
            <PresentBar />
            <KeyboardHelp dialog=help />
        </div>
    }
}

/// Opens every closed data table and fold (`details.data-details`, `details.fold`: formulas,
/// sources) for printing, or closes again the ones it opened.
fn open_data_details(open: bool) {
    let selector = if open {
        "details.data-details:not([open]), details.fold:not([open])"
    } else {
        "details[data-print-opened]"
    };
    let Ok(found) = document().query_selector_all(selector) else {
        return;
    };
    for i in 0..found.length() {
        let Some(details) = found
            .item(i)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        else {
            continue;
        };
        // Attributes on our own elements; nothing to do if the browser refuses.
        if open {
            details.set_attribute("open", "").ok();
            details.set_attribute("data-print-opened", "").ok();
        } else {
            details.remove_attribute("open").ok();
            details.remove_attribute("data-print-opened").ok();
        }
    }
}

/// The view of a route (`None`: the 404 page), with a fresh list of the sources it cites (provided
/// before the view is built: a view makes some of its parts before its frame, `ViewPage`, and
/// those parts number their sources too). A view's code is its own wasm module in the web build
/// ([`crate::views::split`]).
fn page_for(view: Option<ViewId>) -> AnyView {
    crate::ui::citations::Citations::provide();
    match view {
        Some(view) => view_page(view),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// The line under an embedded view: where it comes from, and a link that opens the same view and
/// scenario in First Wall. Under one figure (`only=`), first a line saying what it shows (not when
/// `plain`) and its source; `static`, the links are text.
#[component]
fn EmbedCredit() -> impl IntoView {
    let links = Links::from_context();
    let look = expect_context::<EmbedLook>();
    let caption = look
        .only
        .filter(|_| !look.plain)
        .map(|only| view! { <p class="only-caption" id="only-caption">{only.caption()}</p> });
    let source = look.only.map(|only| match only.source() {
        Some(source) => {
            let name = crate::shell::only::short_citation(source);
            let cite = if look.still {
                view! { <span>{format!("{name}, {}", source.url)}</span> }.into_any()
            } else {
                view! { <a href=source.url target="_blank" rel="noopener">{name}</a> }.into_any()
            };
            view! { <span class="only-source">"Source: " {cite}". "</span> }.into_any()
        }
        None => view! { <span class="only-source">"Drawn by First Wall from its model. "</span> }
            .into_any(),
    });
    let link_back = if look.still {
        view! {
            <span id="embed-open-full">{move || format!("First Wall: {}", links.absolute(Freeze::Changes))}</span>
        }
        .into_any()
    } else {
        view! {
            <a id="embed-open-full" href=move || links.absolute(Freeze::Changes) target="_blank" rel="noopener">
                "Open in First Wall ↗"
            </a>
        }
        .into_any()
    };
    let invite = (look.only.is_none() && !look.still)
        .then(|| view! { <span>" — change the assumptions, see the sources."</span> });
    view! {
        <footer class="embed-credit" class:only-credit=look.only.is_some()>
            {caption}
            <p class="embed-credit-line">{source} {link_back} {invite}</p>
        </footer>
    }
}

/// How long the address waits after the last change before it is rewritten. Browsers throttle
/// rapid history updates (and warn about it), and a slider sends dozens a second.
const URL_SYNC_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

/// Keeps the address bar in step with the scenario, on every route, without adding history
/// entries: the current address is always the permalink.
#[component]
fn UrlSync(
    /// The address's flags (`embed=1`), kept in every address written.
    flags: Vec<String>,
) -> impl IntoView {
    let links = Links::from_context();
    let presentation = expect_context::<Presentation>();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let link = links.current(Freeze::Changes);
        // Keep the flags (embedding, tests): they are how the page is shown. The presentation's
        // scene comes from its state, so leaving it leaves the address too.
        let scene = presentation
            .scene
            .get()
            .map(|index| format!("present={}", index + 1));
        let flags: Vec<&str> = flags
            .iter()
            .map(String::as_str)
            .chain(scene.as_deref())
            .collect();
        let url = match (flags.is_empty(), link.contains('?')) {
            (true, _) => link,
            (false, true) => format!("{link}&{}", flags.join("&")),
            (false, false) => format!("{link}?{}", flags.join("&")),
        };
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Ok(history) = window().history() {
                    // Nothing to do if the browser refuses: the address is only a convenience.
                    history
                        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                        .ok();
                }
            },
            URL_SYNC_DELAY,
        );
        pending.set_value(handle.ok());
    });
}
