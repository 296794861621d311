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
use crate::shell::speaker;
use crate::state::AppState;

/// One step of the tour.
#[derive(Clone, Copy, Debug)]
pub struct Scene {
    /// The view it shows.
    pub view: ViewId,
    /// The view's own state for this scene (`w=power`), if any.
    pub focus: &'static str,
    /// The figure the scene is about, which goes on the stage ([`crate::shell::stage`]).
    pub figure: SceneFigure,
    /// The scene's title on the presentation bar.
    pub title: &'static str,
    /// What the presenter can say, in one or two sentences (on the bar, for everyone).
    pub say: &'static str,
    /// What to point at or ask, for the presenter only (the speaker view).
    pub notes: &'static str,
}

/// The figures a scene can be about. Each is an element of its view, found by its id; the style
/// sheet has one stage rule per figure, and the scroll view (`views/deck.rs`) draws each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SceneFigure {
    /// The loop diagram (Human with AI).
    Loop,
    /// The Walls answer: the verdict and the road (or, first, the guess it asks for).
    Answer,
    /// The roofline's verdict and chart (Memory).
    Roofline,
    /// Training compute by year, with the fans (Walls).
    Trajectory,
    /// One wall's details (Walls).
    WallDetails,
    /// The chain from compute to power (Data center).
    Chain,
    /// The checklist before acting (Human with AI).
    Checklist,
}

impl SceneFigure {
    /// Every figure.
    pub const ALL: [Self; 7] = [
        Self::Loop,
        Self::Answer,
        Self::Roofline,
        Self::Trajectory,
        Self::WallDetails,
        Self::Chain,
        Self::Checklist,
    ];

    /// The element id the figure has on its view.
    pub fn id(self) -> &'static str {
        match self {
            Self::Loop => "loop-figure",
            Self::Answer => "walls-answer",
            Self::Roofline => "roofline-figure",
            Self::Trajectory => "trajectory-figure",
            Self::WallDetails => "wall-details",
            Self::Chain => "chain-figure",
            Self::Checklist => "verify-figure",
        }
    }
}

/// A scene's focus that asks the room to guess before the answer shows (Walls' predict-then-
/// reveal).
const ASK_FOR_A_GUESS: &str = "predict=1";

/// Below this window width (CSS pixels) the tour is a scrolling page, not a stage.
pub const SCROLL_VIEW_PX: f64 = 440.0;

/// Whether the window is too narrow for a stage: the tour is then a scrolling page.
pub fn too_narrow_for_a_stage() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < SCROLL_VIEW_PX)
}

/// The story of the source diagrams, in order.
pub const SCENES: [Scene; 7] = [
    Scene {
        view: ViewId::HumanLoop,
        focus: "stage=learning",
        figure: SceneFigure::Loop,
        title: "AI works like a human",
        say: "Humans learn from experience, think, and act; AI learns from data, reasons, and \
              infers. Training it takes compute — and that is where the walls begin.",
        notes: "Point at the dashed arrow, Develop & Verification: a person checks what the \
                model infers before anyone acts. The last scene returns to it.",
    },
    Scene {
        view: ViewId::Walls,
        focus: "predict=1",
        figure: SceneFigure::Answer,
        title: "Six walls",
        say: "Data, algorithms, compute and its heat, memory and network, power, cooling: which \
              one stops scaling first? Ask the room, take its guess, then reveal the model's \
              answer on the published assumptions.",
        notes: "Ask the room to guess first: choose the majority's wall and reveal. The answer \
                is the model's on these assumptions; the road shows the order of all six \
                walls.",
    },
    Scene {
        view: ViewId::Memory,
        focus: "",
        figure: SceneFigure::Roofline,
        title: "The memory wall, now",
        say: "Compute has grown far faster than memory bandwidth. A chip that waits for data \
              does no arithmetic: today's models are memory-bound when they answer.",
        notes: "The dot is one model answering (decoding) on one chip: left of the ridge the \
                chip waits for memory. A larger batch moves the dot right, towards \
                compute-bound.",
    },
    Scene {
        view: ViewId::Walls,
        focus: "w=power",
        figure: SceneFigure::Trajectory,
        title: "Power, next",
        say: "Transmission lines and transformers take five to ten years to build. With the \
              published assumptions, power is the first wall around 2030.",
        notes: "The dashed black line is the run the frontier wants; each wall's line is its \
                ceiling, and the shaded band holds 80 % of the plausible worlds. Where demand \
                crosses a ceiling, that wall binds.",
    },
    Scene {
        view: ViewId::Walls,
        focus: "w=memory_network",
        figure: SceneFigure::WallDetails,
        title: "The speed of light, last",
        say: "Even with perfect chips, a training step must cross the cluster: latency and the \
              speed of light are the most distant wall.",
        notes: "Its parts are listed with the year each binds; the speed of light is the last \
                of them, the most distant wall. Faster chips do not move it: a step still has \
                to cross the cluster.",
    },
    Scene {
        view: ViewId::Datacenter,
        focus: "",
        figure: SceneFigure::Chain,
        title: "The data center is one system",
        say: "Chips turn power into heat; cooling and power must keep up together. Change one \
              part and watch the chain from compute to the grid respond.",
        notes: "Read the chain left to right: chips make heat, heat needs cooling, all of it \
                needs power. The link marked in red is where this site meets the first wall.",
    },
    Scene {
        view: ViewId::HumanLoop,
        focus: "stage=action",
        figure: SceneFigure::Checklist,
        title: "A human verifies",
        say: "The model infers; a person checks the assumptions that matter most before anyone \
              acts on the answer.",
        notes: "The checklist names the assumptions that move the answer most in this \
                scenario. The Action stage waits until each has been checked against its \
                source.",
    },
];

/// Presentation mode: the scene being shown (0-based), or `None` outside it. In context; `Copy`,
/// so key handlers can hold it.
#[derive(Clone, Copy)]
pub struct Presentation {
    /// The scene on screen.
    pub scene: RwSignal<Option<usize>>,
    /// The room's guess at the first wall (`predict=…`), kept from the scene that asked for it
    /// so that returning to that scene shows the answer rather than asking again. In memory only.
    guess: RwSignal<Option<String>>,
    /// Whether the window is too narrow for a stage (the tour is a scrolling page then); follows
    /// the window's width.
    pub narrow: RwSignal<bool>,
    /// Whether the presenter has asked for the whole page instead of the figure alone (to change
    /// a number mid-talk); each new scene shows its figure again.
    whole_page: RwSignal<bool>,
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
            guess: RwSignal::new(None),
            narrow: RwSignal::new(too_narrow_for_a_stage()),
            whole_page: RwSignal::new(false),
            route,
            state,
        };
        provide_context(presentation);
        let resized = window_event_listener(leptos::ev::resize, move |_| {
            presentation.narrow.set(too_narrow_for_a_stage());
        });
        on_cleanup(move || resized.remove());
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
        let focus = match (scene.focus, self.guess.get_untracked()) {
            (ASK_FOR_A_GUESS, Some(guess)) => format!("predict={guess}"),
            (focus, _) => focus.to_owned(),
        };
        // A teacher's `hide` holds in the presentation too.
        let hide = crate::shell::links::hide_pair().unwrap_or_default();
        let lock = crate::shell::links::lock_pair(self.state).unwrap_or_default();
        let query = [scenario.as_str(), &focus, &present, &hide, &lock]
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
        // The address as it is now (the view writes the guess into it), not as it was reached.
        // Kept as it is: a guess, or the ask itself, which asks again.
        let search = window().location().search().unwrap_or_default();
        let now = crate::address::Query::parse(&search).0;
        if let Some(guess) = now.get("predict") {
            self.guess.set(Some(guess.to_owned()));
        }
        set_address(self.route, &self.scene_link(index), new_entry);
        self.whole_page.set(false);
        self.scene.set(Some(index));
    }

    /// Starts the tour at scene `index`, as a new history entry (the speaker view can restart a
    /// tour that was left).
    pub fn start_at(&self, index: usize) {
        set_html_flag(true);
        self.show(index, true);
    }

    /// Starts the tour at the current view's first scene (the first scene on a view the tour does
    /// not show), as a new history entry (Back returns to the page the visitor was on; the scenes
    /// themselves do not fill the history).
    pub fn start(&self) {
        let here = ViewId::from_path(&self.route.path());
        self.start_at(first_scene_of(here));
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

/// Tells the speaker view, if one is open, which scene is on screen and every scene's words.
fn tell_speaker(scene: Option<usize>) {
    speaker::tell(|| {
        speaker::state_message(scene, SCENES.iter().map(|s| [s.title, s.say, s.notes]))
    });
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
    // The speaker view, if open, follows the scenes.
    Effect::new(move |_| tell_speaker(presentation.scene.get()));
    // The scene's figure goes on the stage once its view has been drawn; off when the tour ends.
    Effect::new(move |_| {
        let scene = presentation.scene.get();
        let figure = scene.map(|index| SCENES[index].figure.id());
        let staged = !presentation.narrow.get() && !presentation.whole_page.get();
        request_animation_frame(move || {
            crate::shell::stage::show(figure, staged);
            // The scroll view: to the scene's own section.
            if let Some(section) = scene
                .filter(|_| !staged)
                .and_then(|index| document().get_element_by_id(&format!("scene-{}", index + 1)))
            {
                section.scroll_into_view();
            }
        });
    });
    // The speaker view asks where the tour is, and steps it.
    let heard = window_event_listener(leptos::ev::message, move |event| {
        match speaker::receive(&event) {
            Some(speaker::Request::Ready) => tell_speaker(presentation.scene.get_untracked()),
            Some(speaker::Request::Go(index)) if presentation.on() => presentation.go_to(index),
            Some(speaker::Request::Go(index)) => presentation.start_at(index),
            None => {}
        }
    });
    on_cleanup(move || heard.remove());
    let speaker_note = RwSignal::new("");
    let open_speaker = move |_| {
        speaker_note.set(if speaker::open() {
            ""
        } else {
            "The browser blocked the speaker window: allow pop-ups for this site."
        });
    };
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
                        <button
                            type="button"
                            id="present-page"
                            aria-pressed=move || presentation.whole_page.get().to_string()
                            title="The whole page, to change a number; press again for the figure alone"
                            on:click=move |_| presentation.whole_page.update(|on| *on = !*on)
                        >
                            "Whole page"
                        </button>
                        <button type="button" id="present-speaker" on:click=open_speaker>
                            "Speaker view"
                        </button>
                        <button type="button" id="present-leave" aria-keyshortcuts="Escape" on:click=move |_| presentation.stop()>
                            "Leave"
                        </button>
                    </div>
                    <p class="present-note" role="status">{move || speaker_note.get()}</p>
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
