//! The stage of a presentation: the scene's figure, taken out of its page and enlarged to fill the
//! window above the presentation bar, so that a projector shows the figure the scene talks about
//! rather than the top of a page.
//!
//! `<html data-scene="ID">` puts the element `#ID` on the stage (the style sheet has one rule per
//! scene's figure); `--scene-scale` enlarges it to fit. The figure keeps being the live view's own
//! element: change a number and it answers. It is fitted again whenever it changes size, is
//! replaced (a view re-rendered it), or the window changes. The page behind it is inert while it
//! is on the stage, so that Tab and a screen reader stay on the figure and the presentation bar.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast as _;
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit, ResizeObserver};

/// Space kept free around the figure, CSS pixels.
const MARGIN_PX: f64 = 16.0;
/// The most a figure is enlarged (beyond it, a small figure would only look coarse).
const MAX_SCALE: f64 = 2.5;
/// The least: a tall figure shrinks to fit, but not below legibility.
const MIN_SCALE: f64 = 0.4;

/// How much to scale a figure `width` × `height` (CSS pixels, unscaled) so that it fits a stage
/// `stage_width` × `stage_height` with a margin of 16 px around it, within the scale limits.
pub fn scene_scale(stage_width: f64, stage_height: f64, width: f64, height: f64) -> f64 {
    if !(width > 0.0 && height > 0.0 && stage_width > 0.0 && stage_height > 0.0) {
        return 1.0;
    }
    let across = (stage_width - 2.0 * MARGIN_PX) / width;
    let down = (stage_height - 2.0 * MARGIN_PX) / height;
    across.min(down).clamp(MIN_SCALE, MAX_SCALE)
}

/// What watches the figure on the stage.
struct Stage {
    /// The figure's element id, while one is on the stage.
    figure: Option<&'static str>,
    /// The element being watched for size changes.
    observed: Option<Element>,
    resize: ResizeObserver,
    _mutations: MutationObserver,
    /// The observers' and the window's callbacks, kept alive with them.
    _callbacks: [Closure<dyn FnMut()>; 3],
}

thread_local! {
    /// The one stage of the page, made the first time a presentation shows a figure.
    static STAGE: RefCell<Option<Stage>> = const { RefCell::new(None) };
}

impl Stage {
    fn new() -> Option<Self> {
        let on_resize = Closure::<dyn FnMut()>::new(refit);
        let on_mutation = Closure::<dyn FnMut()>::new(refit);
        let on_window = Closure::<dyn FnMut()>::new(refit);
        let resize = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        let mutations = MutationObserver::new(on_mutation.as_ref().unchecked_ref()).ok()?;
        // A view that re-renders its figure replaces the element: watch for that in <main>.
        if let Some(main) = document().query_selector("main").ok().flatten() {
            let options = MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            mutations.observe_with_options(&main, &options).ok()?;
        }
        window()
            .add_event_listener_with_callback("resize", on_window.as_ref().unchecked_ref())
            .ok()?;
        Some(Self {
            figure: None,
            observed: None,
            resize,
            _mutations: mutations,
            _callbacks: [on_resize, on_mutation, on_window],
        })
    }
}

/// Puts the figure with element id `figure` on the stage, or clears the stage (`None`). Where the
/// window is too narrow for a stage (a phone: the presentation is a scrolling page there) the
/// figure is scrolled to instead.
pub fn show(figure: Option<&'static str>, staged: bool) {
    let Some(root) = document().document_element() else {
        return;
    };
    match figure {
        Some(id) if staged => {
            STAGE.with_borrow_mut(|stage| {
                if stage.is_none() {
                    *stage = Stage::new();
                }
                if let Some(stage) = stage {
                    stage.figure = Some(id);
                }
            });
            // Attributes on <html> cannot fail to set; nothing to recover if refused.
            root.set_attribute("data-scene", id).ok();
            refit();
        }
        _ => {
            clear(&root);
            if let Some(element) = figure.and_then(|id| document().get_element_by_id(id)) {
                element.scroll_into_view();
            }
        }
    }
}

/// Marks what the stage makes inert (the page behind the figure).
const BEHIND: &str = "data-behind-stage";

/// Makes the page behind the stage live again.
fn release_page() {
    if let Ok(marked) = document().query_selector_all(&format!("[{BEHIND}]")) {
        for index in 0..marked.length() {
            if let Some(element) = marked
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            {
                element.remove_attribute("inert").ok();
                element.remove_attribute(BEHIND).ok();
            }
        }
    }
}

/// Makes everything in `<main>` but `figure` (and what holds it) inert, so that the keyboard and
/// screen readers stay on what the room sees. Adds only: what it made inert stays so until
/// [`release_page`].
fn put_page_behind(figure: &Element) {
    let mut node = figure.clone();
    while let Some(parent) = node.parent_element() {
        let mut sibling = parent.first_element_child();
        while let Some(element) = sibling {
            if element != node && !element.has_attribute("inert") {
                element.set_attribute("inert", "").ok();
                element.set_attribute(BEHIND, "").ok();
            }
            sibling = element.next_element_sibling();
        }
        if parent.tag_name().eq_ignore_ascii_case("main") {
            break;
        }
        node = parent;
    }
}

/// Takes the figure off the stage and stops watching it.
fn clear(root: &Element) {
    root.remove_attribute("data-scene").ok();
    release_page();
    if let Some(root) = root.dyn_ref::<HtmlElement>() {
        let style = root.style();
        for property in ["--scene-scale", "--stage-top"] {
            style.remove_property(property).ok();
        }
    }
    STAGE.with_borrow_mut(|stage| {
        if let Some(stage) = stage {
            stage.figure = None;
            stage.observed = None;
            stage.resize.disconnect();
        }
    });
}

/// Fits the figure on the stage to the window again, watching it if it is a new element.
fn refit() {
    let watched = STAGE.with_borrow_mut(|stage| {
        let stage = stage.as_mut()?;
        let element = stage.figure.and_then(|id| document().get_element_by_id(id));
        let changed = element != stage.observed;
        if changed {
            stage.resize.disconnect();
            if let Some(element) = &element {
                stage.resize.observe(element);
            }
            stage.observed = element.clone();
        }
        Some((element, changed))
    });
    let Some((figure, changed)) = watched else {
        return;
    };
    // A new element: what stood behind the old one is let go first.
    if changed {
        release_page();
    }
    let Some(figure) = figure else {
        return;
    };
    // Again on every change: a view may have added to the page behind.
    put_page_behind(&figure);
    if let Ok(figure) = figure.dyn_into::<HtmlElement>() {
        fit(&figure);
    }
}

/// Scales `figure` to fill the window above the presentation bar, centred there.
fn fit(figure: &HtmlElement) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let inner = |value: Result<wasm_bindgen::JsValue, _>| {
        value.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    };
    let (window_width, window_height) = (
        inner(window().inner_width()),
        inner(window().inner_height()),
    );
    let bar = document()
        .query_selector(".present-bar")
        .ok()
        .flatten()
        .and_then(|bar| bar.dyn_into::<HtmlElement>().ok())
        .map_or(0.0, |bar| f64::from(bar.offset_height()));
    let stage_height = window_height - bar;
    let scale = scene_scale(
        window_width,
        stage_height,
        f64::from(figure.offset_width()),
        f64::from(figure.offset_height()),
    );
    let style = root.style();
    style
        .set_property("--scene-scale", &format!("{scale:.3}"))
        .ok();
    style
        .set_property("--stage-top", &format!("{:.0}px", stage_height / 2.0))
        .ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_figure_fills_the_width_and_a_tall_one_the_height() {
        // The road, 1,120 × 480 px, on a 1920 × 1080 projector with a 150-px bar: as wide as the
        // window allows (1,888 px), 809 px tall.
        let road = scene_scale(1920.0, 930.0, 1120.0, 480.0);
        assert!((road * 1120.0 - 1888.0).abs() < 0.5, "{road}");
        // A tall checklist shrinks to the stage's height.
        let list = scene_scale(1920.0, 930.0, 1120.0, 1200.0);
        assert!((list * 1200.0 - 898.0).abs() < 0.5, "{list}");
        // Within the limits, and 1 for a figure with no size (hidden).
        assert_eq!(scene_scale(1920.0, 930.0, 100.0, 50.0), MAX_SCALE);
        assert_eq!(scene_scale(1920.0, 930.0, 1120.0, 9000.0), MIN_SCALE);
        assert_eq!(scene_scale(1920.0, 930.0, 0.0, 0.0), 1.0);
        assert_eq!(scene_scale(1920.0, f64::NAN, 1120.0, 480.0), 1.0);
    }
}
