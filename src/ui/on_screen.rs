//! Whether a chart is on screen, or about to be, so that a chart off screen keeps what it last
//! drew and draws again as it comes into view instead of redrawing for every change nobody sees
//! (issue 19); and the charts to bring up to date at once, before the page is printed or a chart
//! is exported.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast as _;

/// How far beyond the window an element counts as on screen: about what a frame of brisk
/// scrolling moves, so that a chart is drawn as it comes in rather than a frame after (the
/// browser reports a crossing after the frame that makes it).
const MARGIN: &str = "32px 0px";

/// Whether `element` is within 32 px of the window (`MARGIN`): true until the browser first says
/// otherwise (so that everything draws once), then as it scrolls or the layout moves it, and for
/// the element the reference holds now (a figure toggled to its table and back has a new one).
/// Where the browser cannot tell (no `IntersectionObserver`), always true.
pub fn use_on_screen(element: NodeRef<html::Div>) -> ReadSignal<bool> {
    let on_screen = RwSignal::new(true);
    let observer = StoredValue::new_local(
        None::<(
            web_sys::IntersectionObserver,
            Closure<dyn FnMut(js_sys::Array)>,
        )>,
    );
    Effect::new(move |_| {
        let Some(mounted) = element.get() else {
            return;
        };
        // A figure toggled to its table and back holds a new element: watch that one instead.
        let watching = observer.with_value(|watching| {
            watching.as_ref().map(|(watch, _)| {
                watch.disconnect();
                watch.observe(&mounted);
            })
        });
        if watching.is_some() {
            return;
        }
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The latest entry is the element's state now.
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                on_screen.set(entry.is_intersecting());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(MARGIN);
        if let Ok(watch) = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) {
            watch.observe(&mounted);
            observer.set_value(Some((watch, callback)));
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|watching| {
            if let Some((watch, _)) = watching {
                watch.disconnect();
            }
        });
    });
    on_screen.read_only()
}

/// What brings one chart up to date at once.
type Draw = Rc<dyn Fn()>;

thread_local! {
    /// What draws each chart on the page now, by a key of its own.
    static DRAW_NOW: RefCell<Vec<(u64, Draw)>> = const { RefCell::new(Vec::new()) };
    static NEXT_KEY: Cell<u64> = const { Cell::new(0) };
}

/// Keeps `draw` (which brings one chart up to date at once, or builds a fold that is built when
/// opened) for [`draw_all_now`] until the calling component is cleaned up.
pub fn keep_for_print(draw: Draw) {
    let key = NEXT_KEY.with(|next| {
        let key = next.get();
        next.set(key + 1);
        key
    });
    DRAW_NOW.with(|all| all.borrow_mut().push((key, draw)));
    on_cleanup(move || DRAW_NOW.with(|all| all.borrow_mut().retain(|(k, _)| *k != key)));
}

/// Brings every chart on the page up to date at once, on screen or not, and builds every fold
/// kept here: for printing, which shows them all.
pub fn draw_all_now() {
    // Called outside the borrow: drawing may clean up or add charts.
    let all: Vec<Draw> = DRAW_NOW.with(|all| {
        all.borrow()
            .iter()
            .map(|(_, draw)| Rc::clone(draw))
            .collect()
    });
    for draw in all {
        draw();
    }
}
