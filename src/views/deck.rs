//! The presentation's scroll view: on a window too narrow for a stage (a phone, below
//! [`crate::shell::present::SCROLL_VIEW_PX`]), the tour is one scrolling page, as reveal.js turns a
//! deck into a page — every scene in order, with its words and its figure, live on the visitor's
//! scenario. The presentation bar's steps scroll to a scene.

use leptos::prelude::*;

use crate::shell::present::{Scene, SCENES};

/// Every scene of the tour, one after another.
#[component]
pub fn ScrollDeck() -> impl IntoView {
    let scenes = SCENES
        .iter()
        .enumerate()
        .map(|(index, scene)| {
            let heading = format!("scene-{}-title", index + 1);
            let labelled_by = heading.clone();
            view! {
                <section class="deck-scene" id=format!("scene-{}", index + 1) aria-labelledby=labelled_by>
                    <p class="deck-counter">{format!("Scene {} of {}", index + 1, SCENES.len())}</p>
                    <h2 id=heading>{scene.title}</h2>
                    <p class="deck-say">{scene.say}</p>
                    {figure(scene)}
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="view deck">
            <h1>"First Wall: the tour"</h1>
            <p class="lede">
                "The story of the source diagrams in seven scenes, each live on your scenario. "
                "On a wider screen each scene fills the window, for a room."
            </p>
            {scenes}
        </article>
    }
}

/// A scene's figure, at the scene's focus: from the view it belongs to, in that view's own wasm
/// module in the web build ([`super::split`]).
fn figure(scene: &'static Scene) -> AnyView {
    // The focus's value: `stage=learning` → `learning`.
    let focus = scene.focus.split_once('=').map_or("", |(_, value)| value);
    let figure = scene.figure;
    // A closure: it runs again when the figure's module arrives.
    (move || super::split::scene_figure(figure, focus)).into_any()
}

#[cfg(test)]
mod tests {
    use crate::shell::present::SceneFigure;

    /// Every figure has its rule on the stage (the scroll view's match is exhaustive).
    #[test]
    fn every_figure_has_a_stage_rule() {
        let style = include_str!("../../style/main.css");
        for figure in SceneFigure::ALL {
            let rule = format!(":root[data-scene=\"{0}\"] #{0}", figure.id());
            assert!(style.contains(&rule), "no stage rule for {}", figure.id());
        }
    }
}
