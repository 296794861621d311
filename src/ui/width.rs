//! The width a chart has to draw in, so that it is laid out for it (its text at the size it is
//! written in) instead of being drawn for a desktop and scaled down on a phone.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast as _;

/// The widest a chart is drawn, in CSS pixels (the page's content column on a desktop).
pub const MAX_CHART_WIDTH_PX: f64 = 1120.0;
/// The narrowest a chart is laid out for; below this it scrolls sideways.
pub const MIN_CHART_WIDTH_PX: f64 = firstwall_charts::MIN_CHART_WIDTH_PX;

/// A first guess of a chart's width before it is on the page: the window's width less the
/// page's margins, within the chart's limits. The measured width replaces it once mounted.
pub fn guess() -> f64 {
    let window_px = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(MAX_CHART_WIDTH_PX);
    // The page's side padding: 1 rem a side on a desktop, 0.75 rem on a phone.
    let margins = if window_px < 640.0 { 24.0 } else { 32.0 };
    clamp_width(window_px - margins)
}

/// `px` within the chart limits, to whole pixels (so a sub-pixel change redraws nothing).
pub fn clamp_width(px: f64) -> f64 {
    if px.is_finite() {
        px.clamp(MIN_CHART_WIDTH_PX, MAX_CHART_WIDTH_PX).floor()
    } else {
        MAX_CHART_WIDTH_PX
    }
}

/// The width of `element` in CSS pixels, within the chart limits: guessed from the window until
/// the element is mounted, then measured, and measured again whenever the element changes size (a
/// phone turned, a window dragged, the figure put on a presentation's stage). Equal widths do not
/// notify, so nothing redraws for nothing.
pub fn use_width(element: NodeRef<html::Div>) -> Memo<f64> {
    let width = RwSignal::new(guess());
    let measure = move || {
        if let Some(element) = element.get_untracked() {
            let px = f64::from(element.client_width());
            // An element not laid out (inside a closed fold, or printing) reports 0: keep the
            // last width rather than draw for nothing.
            if px > 0.0 {
                width.set(clamp_width(px));
            }
        }
    };
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);
    Effect::new(move |_| {
        let Some(mounted) = element.get() else {
            return;
        };
        measure();
        // A figure toggled to its table and back holds a new element: watch that one instead.
        let watching = observer.with_value(|watching| {
            watching.as_ref().map(|(watch, _)| {
                watch.disconnect();
                watch.observe(&mounted);
            })
        });
        if watching.is_none() {
            let callback = Closure::<dyn FnMut()>::new(measure);
            if let Ok(watch) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                watch.observe(&mounted);
                observer.set_value(Some((watch, callback)));
            }
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|watching| {
            if let Some((watch, _)) = watching {
                watch.disconnect();
            }
        });
    });
    Memo::new(move |_| width.get())
}
