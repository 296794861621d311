//! The presentation's scroll view: on a window too narrow for a stage (a phone, below
//! [`crate::shell::present::SCROLL_VIEW_PX`]), the tour is one scrolling page, as reveal.js turns a
//! deck into a page — every scene in order, with its words and its figure, live on the visitor's
//! scenario. The presentation bar's steps scroll to a scene.

use leptos::prelude::*;

use crate::shell::present::{Scene, SceneFigure, SCENES};

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

/// A scene's figure, at the scene's focus.
fn figure(scene: &Scene) -> AnyView {
    use super::{datacenter, human_loop, memory, walls};
    // The focus's value: `stage=learning` → `learning`.
    let focus = scene.focus.split_once('=').map_or("", |(_, value)| value);
    match scene.figure {
        SceneFigure::Loop => view! { <human_loop::LoopScene stage=focus /> }.into_any(),
        SceneFigure::Answer => view! { <walls::AnswerScene /> }.into_any(),
        SceneFigure::Roofline => view! { <memory::RooflineScene /> }.into_any(),
        SceneFigure::Trajectory => view! { <walls::TrajectoryScene /> }.into_any(),
        SceneFigure::WallDetails => view! { <walls::DetailsScene wall=focus /> }.into_any(),
        SceneFigure::Chain => view! { <datacenter::ChainScene /> }.into_any(),
        SceneFigure::Checklist => view! { <human_loop::VerifyScene /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
