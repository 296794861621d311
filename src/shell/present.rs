//! Presentation mode (`?present=1`, or the `p` key): the source's story as a tour of the live
//! views, one scene per step, in large type and high contrast, for a classroom or a stage.
//!
//! Keys follow the conventions people know from slide software (reveal.js): → / Space / PageDown
//! next, ← / PageUp back, Home / End first and last, F full screen, Esc leaves. Every scene is a
//! real view on the visitor's scenario, so the model stays live: change a number and the scene
//! answers.

use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use crate::routes::ViewId;
use crate::shell::router::{set_address, Route};
use crate::state::AppState;

/// One step of the tour.
#[derive(Clone, Copy, Debug)]
pub struct Scene {
    /// The view it shows.
    pub view: ViewId,
    /// The view's own state for this scene (`w=power`), if any.
    pub focus: &'static str,
    /// The element to bring into view (an `id`), or `""` for the top of the view.
    pub anchor: &'static str,
    /// The scene's title on the presentation bar.
    pub title: &'static str,
    /// What the presenter can say, in one or two sentences.
    pub say: &'static str,
}

/// The story of the source diagrams, in order.
pub const SCENES: [Scene; 7] = [
    Scene {
        view: ViewId::HumanLoop,
        focus: "stage=learning",
        anchor: "",
        title: "AI works like a human",
        say: "Humans learn from experience, think, and act; AI learns from data, reasons, and \
              infers. Training it takes compute — and that is where the walls begin.",
    },
    Scene {
        view: ViewId::Walls,
        focus: "",
        anchor: "",
        title: "Six walls",
        say: "Data, algorithms, compute and its heat, memory and network, power, cooling: which \
              one stops scaling first depends on assumptions. Here they are live.",
    },
    Scene {
        view: ViewId::Memory,
        focus: "",
        anchor: "",
        title: "The memory wall, now",
        say: "Compute has grown far faster than memory bandwidth. A chip that waits for data \
              does no arithmetic: today's models are memory-bound when they answer.",
    },
    Scene {
        view: ViewId::Walls,
        focus: "w=power",
        anchor: "road-title",
        title: "Power, next",
        say: "Transmission lines and transformers take five to ten years to build. With the \
              published assumptions, power is the first wall around 2030.",
    },
    Scene {
        view: ViewId::Walls,
        focus: "w=memory_network",
        anchor: "wall-details",
        title: "The speed of light, last",
        say: "Even with perfect chips, a training step must cross the cluster: latency and the \
              speed of light are the most distant wall.",
    },
    Scene {
        view: ViewId::Datacenter,
        focus: "",
        anchor: "",
        title: "The data center is one system",
        say: "Chips turn power into heat; cooling and power must keep up together. Change one \
              part and watch the chain from compute to the grid respond.",
    },
    Scene {
        view: ViewId::HumanLoop,
        focus: "stage=action",
        anchor: "verify-heading",
        title: "A human verifies",
        say: "The model infers; a person checks the assumptions that matter most before anyone \
              acts on the answer.",
    },
];

/// Presentation mode: the scene being shown (0-based), or `None` outside it. In context; `Copy`,
/// so key handlers can hold it.
#[derive(Clone, Copy)]
pub struct Presentation {
    /// The scene on screen.
    pub scene: RwSignal<Option<usize>>,
    route: Route,
    state: AppState,
}

/// The first scene that shows `view`, or the tour's first scene.
fn first_scene_of(view: Option<ViewId>) -> usize {
    SCENES
        .iter()
        .position(|scene| Some(scene.view) == view)
        .unwrap_or(0)
}

impl Presentation {
    /// Reads `present=N` from the address (1-based; any other value starts at the first scene)
    /// and puts the state into context.
    pub fn provide(route: Route, state: AppState) -> Self {
        let scene = route.query_value("present").map(|text| {
            text.parse::<usize>()
                .map_or(0, |n| n.clamp(1, SCENES.len()) - 1)
        });
        set_html_flag(scene.is_some());
        let presentation = Self {
            scene: RwSignal::new(scene),
            route,
            state,
        };
        provide_context(presentation);
        presentation
    }

    /// Whether presentation mode is on; tracked.
    pub fn on(&self) -> bool {
        self.scene.with(Option::is_some)
    }

    /// The address of scene `index`: its view, its focus, the visitor's scenario, `present=N`.
    fn scene_link(&self, index: usize) -> String {
        let scene = &SCENES[index];
        let scenario = self
            .state
            .scenario
            .with_untracked(crate::address::scenario::encode);
        let present = format!("present={}", index + 1);
        // A teacher's `hide` holds in the presentation too.
        let hide = crate::shell::links::hide_pair().unwrap_or_default();
        let lock = crate::shell::links::lock_pair(self.state).unwrap_or_default();
        let query = [scenario.as_str(), scene.focus, &present, &hide, &lock]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("&");
        crate::address::with_query(scene.view.path(), &query)
    }

    /// Shows scene `index` (clamped to the tour), in place of the current history entry.
    pub fn go_to(&self, index: usize) {
        self.show(index, false);
    }

    /// Shows scene `index`, as a new history entry or in place of the current one.
    fn show(&self, index: usize, new_entry: bool) {
        let index = index.min(SCENES.len() - 1);
        set_address(self.route, &self.scene_link(index), new_entry);
        self.scene.set(Some(index));
        let anchor = SCENES[index].anchor;
        // After the view has been drawn.
        request_animation_frame(move || {
            let target = (!anchor.is_empty())
                .then(|| document().get_element_by_id(anchor))
                .flatten();
            match target {
                Some(element) => element.scroll_into_view(),
                None => window().scroll_to_with_x_and_y(0.0, 0.0),
            }
        });
    }

    /// Starts the tour at the current view's first scene (the first scene on a view the tour does
    /// not show), as a new history entry (Back returns to the page the visitor was on; the scenes
    /// themselves do not fill the history).
    pub fn start(&self) {
        set_html_flag(true);
        let here = ViewId::from_path(&self.route.path());
        self.show(first_scene_of(here), true);
    }

    /// The view the current scene shows, if presenting; tracked.
    pub fn scene_view(&self) -> Option<ViewId> {
        self.scene.get().map(|index| SCENES[index].view)
    }

    /// Leaves presentation mode, staying on the current view, and leaves full screen.
    pub fn stop(&self) {
        self.scene.set(None);
        set_html_flag(false);
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
    }

    /// Acts on a key in presentation mode; `true` if the key was used.
    pub fn handle_key(&self, event: &web_sys::KeyboardEvent) -> bool {
        let Some(index) = self.scene.get_untracked() else {
            return false;
        };
        let Some(step) = Step::for_key(&event.key(), event.shift_key()) else {
            return false;
        };
        match step {
            Step::Next => self.go_to(index + 1),
            Step::Back => self.go_to(index.saturating_sub(1)),
            Step::First => self.go_to(0),
            Step::Last => self.go_to(SCENES.len() - 1),
            Step::FullScreen => toggle_fullscreen(),
            Step::Leave => self.stop(),
        }
        true
    }
}

/// Marks `<html>` for the presentation styles (large type, high contrast, no site chrome).
fn set_html_flag(on: bool) {
    if let Some(root) = document().document_element() {
        // Attributes on <html> cannot fail to set; nothing to recover if the browser refuses.
        if on {
            root.set_attribute("data-present", "").ok();
        } else {
            root.remove_attribute("data-present").ok();
        }
    }
}

/// Full screen on or off (the browser may refuse without a user gesture: then nothing happens).
pub fn toggle_fullscreen() {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    } else if let Some(root) = document().document_element() {
        root.request_fullscreen().ok();
    }
}

/// What a key does in presentation mode, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The next scene.
    Next,
    /// The previous scene.
    Back,
    /// The first scene.
    First,
    /// The last scene.
    Last,
    /// Full screen on or off.
    FullScreen,
    /// Leave presentation mode.
    Leave,
}

impl Step {
    /// The step for a key (`KeyboardEvent.key`) with Shift held or not.
    pub fn for_key(key: &str, shift: bool) -> Option<Self> {
        Some(match key {
            "ArrowRight" | "PageDown" | "n" | "N" => Self::Next,
            " " if !shift => Self::Next,
            " " => Self::Back,
            "ArrowLeft" | "PageUp" | "p" | "P" => Self::Back,
            "Home" => Self::First,
            "End" => Self::Last,
            "f" | "F" => Self::FullScreen,
            "Escape" => Self::Leave,
            _ => return None,
        })
    }
}

/// Elements that take every key: text fields, menus, sliders, and anything inside a dialog.
const TYPING: &str = "input, select, textarea, [contenteditable], [role=slider], dialog";
/// Elements that are pressed with Space or Enter.
const PRESSABLE: &str = "button, a, summary, [role=button], [role=checkbox], [role=switch],                          [role=tab], [role=radio], [role=menuitem]";
/// Focusable elements that move something with the arrow and page keys: scrolling chart regions,
/// the phase diagram's cursor.
const STEERABLE: &str = "[role=region][tabindex], canvas[tabindex], [role=grid], [role=listbox]";

/// Whether a key event belongs to the element it happened in (a text field, a slider, a button
/// pressed with Space, a chart scrolled with the arrows) rather than to the page's shortcuts. The
/// page's listener runs before the elements' own handlers, so it decides by the target.
pub fn key_is_for_the_control(event: &web_sys::KeyboardEvent) -> bool {
    if event.default_prevented() || event.ctrl_key() || event.meta_key() || event.alt_key() {
        return true;
    }
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let within = |selector: &str| target.closest(selector).ok().flatten().is_some();
    let key = event.key();
    // Esc leaves the presentation from anywhere but a dialog (which it closes).
    if key == "Escape" {
        return within("dialog");
    }
    within(TYPING)
        || (matches!(key.as_str(), " " | "Enter") && within(PRESSABLE))
        || (matches!(
            key.as_str(),
            "ArrowLeft"
                | "ArrowRight"
                | "ArrowUp"
                | "ArrowDown"
                | "PageUp"
                | "PageDown"
                | "Home"
                | "End"
        ) && within(STEERABLE))
}

/// The presentation bar: scene counter, title, what to say, and buttons for those without keys.
/// It stays in place from scene to scene (only its words change), so a button keeps the focus.
#[component]
pub fn PresentBar() -> impl IntoView {
    let presentation = expect_context::<Presentation>();
    let on = Memo::new(move |_| presentation.on());
    let index = move || presentation.scene.get().unwrap_or(0);
    let scene = move || &SCENES[index()];
    let counter = move || format!("Scene {} of {}", index() + 1, SCENES.len());
    move || {
        on.get().then(|| {
            view! {
                <aside class="present-bar" aria-label="Presentation">
                    <p class="present-counter" id="present-counter">{counter}</p>
                    <p class="visually-hidden" role="status">
                        {move || format!("{}: {}", counter(), scene().title)}
                    </p>
                    <div class="present-words">
                        <h2 class="present-title">{move || scene().title}</h2>
                        <p class="present-say">{move || scene().say}</p>
                    </div>
                    <div class="present-buttons">
                        <button
                            type="button"
                            aria-label="Previous scene"
                            aria-keyshortcuts="ArrowLeft PageUp"
                            disabled=move || index() == 0
                            on:click=move |_| presentation.go_to(index().saturating_sub(1))
                        >
                            "←"
                        </button>
                        <button
                            type="button"
                            id="present-next"
                            aria-label="Next scene"
                            aria-keyshortcuts="ArrowRight PageDown Space"
                            disabled=move || index() + 1 == SCENES.len()
                            on:click=move |_| presentation.go_to(index() + 1)
                        >
                            "→"
                        </button>
                        <button type="button" aria-keyshortcuts="F" on:click=move |_| toggle_fullscreen()>
                            "Full screen"
                        </button>
                        <button type="button" id="present-leave" aria-keyshortcuts="Escape" on:click=move |_| presentation.stop()>
                            "Leave"
                        </button>
                    </div>
                </aside>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn present_starts_at_the_views_own_scene() {
        assert_eq!(first_scene_of(Some(ViewId::Walls)), 1);
        assert_eq!(first_scene_of(Some(ViewId::Memory)), 2);
        assert_eq!(first_scene_of(Some(ViewId::Datacenter)), 5);
        assert_eq!(first_scene_of(Some(ViewId::HumanLoop)), 0);
        assert_eq!(first_scene_of(Some(ViewId::Claims)), 0);
        assert_eq!(first_scene_of(None), 0);
    }

    #[test]
    fn the_tour_tells_the_sources_story_in_order() {
        let views: Vec<ViewId> = SCENES.iter().map(|scene| scene.view).collect();
        assert_eq!(views.first(), Some(&ViewId::HumanLoop));
        assert_eq!(views.last(), Some(&ViewId::HumanLoop));
        assert!(views.contains(&ViewId::Memory) && views.contains(&ViewId::Datacenter));
        for scene in SCENES {
            assert!(scene.say.split_whitespace().count() > 10, "{}", scene.title);
            if let Some((key, _)) = scene.focus.split_once('=') {
                assert!(
                    crate::address::keys::is_view_key(key, scene.view),
                    "{} is not a key of {:?}",
                    scene.focus,
                    scene.view
                );
            }
        }
    }

    #[test]
    fn keys_follow_slide_conventions() {
        assert_eq!(Step::for_key("ArrowRight", false), Some(Step::Next));
        assert_eq!(Step::for_key(" ", false), Some(Step::Next));
        assert_eq!(Step::for_key(" ", true), Some(Step::Back));
        assert_eq!(Step::for_key("PageUp", false), Some(Step::Back));
        assert_eq!(Step::for_key("f", false), Some(Step::FullScreen));
        assert_eq!(Step::for_key("Escape", false), Some(Step::Leave));
        assert_eq!(Step::for_key("x", false), None);
    }
}
