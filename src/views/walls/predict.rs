//! Predict, then reveal (`predict=1`): the visitor — or a class — commits to a first wall before
//! the model answers, then sees how the guess compares and why. The guess lives only in the
//! address (`predict=power`), never in storage, so a teacher's link asks every student afresh.

use firstwall_model::projection::{Projection, LAST_YEAR};
use firstwall_model::walls::WallId;
use leptos::prelude::*;

use super::words;
use crate::state::AppState;

/// Where a visitor is with a prediction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prediction {
    /// Not asked: the answer shows at once (the default).
    Off,
    /// Asked, not yet answered: the answer waits.
    Asking,
    /// Answered: a wall, or `None` for "no wall before the horizon".
    Picked(Option<WallId>),
}

impl Prediction {
    /// From the address's `predict` value: `1` asks; a wall id, or `none`, is a guess made.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "1" | "on" => Some(Self::Asking),
            "0" | "off" => Some(Self::Off),
            "none" => Some(Self::Picked(None)),
            id => WallId::lookup(id).map(|wall| Self::Picked(Some(wall))),
        }
    }

    /// The address's `predict` value.
    pub fn show(&self) -> String {
        match self {
            Self::Off => "0".to_owned(),
            Self::Asking => "1".to_owned(),
            Self::Picked(None) => "none".to_owned(),
            Self::Picked(Some(wall)) => wall.id().to_owned(),
        }
    }

    /// Whether the answer is held back.
    pub fn asking(self) -> bool {
        self == Self::Asking
    }
}

/// Moves the focus to `element` once it is on the page, if the visitor has just moved between
/// the question and the answer (`moved`), so a keyboard user lands on what replaced the button
/// they pressed; a page opened on either does not take the focus.
fn focus_when_moved(
    element: impl Fn() -> Option<web_sys::HtmlElement> + 'static,
    moved: RwSignal<bool>,
) {
    Effect::new(move |_| {
        if let Some(element) = element() {
            if moved.get_untracked() {
                moved.set(false);
                // Focus is a convenience: nothing to recover if the browser declines.
                element.focus().ok();
            }
        }
    });
}

/// A guess's name: a wall's label, or "No wall before 2040".
fn pick_label(pick: Option<WallId>) -> String {
    pick.map_or_else(
        || format!("No wall before {LAST_YEAR}"),
        |wall| wall.label().to_owned(),
    )
}

/// How a guess compares with the model's answer: whether it is right, and where the guessed wall
/// stands; then, where there is more to say than the verdict above it (whose plain words say why
/// the model's wall comes first), why.
pub fn compare(pick: Option<WallId>, projection: &Projection) -> (String, Option<String>) {
    let first = projection.first_wall.as_ref();
    let guessed = pick_label(pick);
    let Some(first) = first else {
        return match pick {
            None => (
                format!("You guessed no wall before {LAST_YEAR} — so does the model."),
                None,
            ),
            Some(_) => (
                format!(
                    "You guessed {guessed}; the model finds no wall before {LAST_YEAR} with these \
                     assumptions."
                ),
                None,
            ),
        };
    };
    let model = format!("{}, in {}", first.wall.label(), words::year(first.year));
    let same_year = |year: f64| words::year(year) == words::year(first.year);
    match pick {
        Some(wall) if wall == first.wall => (
            format!("You guessed {guessed} — so does the model: {model}."),
            None,
        ),
        Some(WallId::Software) => (
            format!("You guessed Algorithms; the model says {model}."),
            Some(
                "In the model algorithms have no wall of their own: better algorithms make each \
                 FLOP worth more, they do not cap the run."
                    .to_owned(),
            ),
        ),
        Some(wall) => {
            let binding = projection.order.iter().find(|b| b.wall == wall);
            let result = projection.walls.iter().find(|w| w.id == wall);
            let when = match (binding, result) {
                (Some(b), _) if same_year(b.year) => format!(
                    "{guessed} binds the same year, {}: as good as a tie.",
                    words::year(b.year)
                ),
                (Some(b), _) => format!(
                    "{guessed} binds in {}, {} later.",
                    words::year(b.year),
                    years_later(b.year, first.year)
                ),
                (None, Some(r)) if r.ceiling_flop.is_some() => {
                    format!("{guessed} does not bind before {LAST_YEAR}.")
                }
                _ => format!("{guessed} cannot bind at all with these assumptions."),
            };
            (
                format!("You guessed {guessed}; the model says {model}. {when}"),
                None,
            )
        }
        None => (
            format!("You guessed no wall before {LAST_YEAR}; the model says {model}."),
            None,
        ),
    }
}

/// "1 year" or "6 years", between two fractional years by their calendar years.
fn years_later(later: f64, earlier: f64) -> String {
    let gap = later.floor() - earlier.floor();
    if gap == 1.0 {
        "1 year".to_owned()
    } else {
        format!("{gap:.0} years")
    }
}

/// The question, asked before the answer: one choice per wall and "none before the horizon", and
/// a button that reveals. A form, so the keyboard works as anywhere: arrows choose, Enter
/// reveals.
#[component]
pub fn PredictCard(
    /// The guess, in the address.
    prediction: RwSignal<Prediction>,
    /// Set when the visitor moves between question and answer (the focus follows).
    moved: RwSignal<bool>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when_moved(move || heading.get().map(Into::into), moved);
    let choice = RwSignal::new(None::<Option<WallId>>);
    let choices = WallId::ALL
        .iter()
        .map(|&wall| Some(wall))
        .chain(std::iter::once(None))
        .map(|pick| {
            let value = Prediction::Picked(pick).show();
            view! {
                <label class="predict-choice">
                    <input
                        type="radio"
                        name="predict-pick"
                        value=value
                        prop:checked=move || choice.get() == Some(pick)
                        on:change=move |_| choice.set(Some(pick))
                    />
                    <span>{pick_label(pick)}</span>
                </label>
            }
        })
        .collect_view();
    let reveal = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(pick) = choice.get_untracked() {
            moved.set(true);
            prediction.set(Prediction::Picked(pick));
        }
    };
    view! {
        <section class="predict" id="predict" aria-labelledby="predict-title">
            <h2 id="predict-title" tabindex="-1" node_ref=heading>"Which wall do you think comes first?"</h2>
            <p class="predict-lede">
                "Commit to a guess before the model answers. It uses the assumptions below; the "
                "answer, and how your guess compares, come when you reveal it."
            </p>
            <form class="predict-form" on:submit=reveal>
                <fieldset class="predict-choices">
                    <legend class="visually-hidden">"Your guess"</legend>
                    {choices}
                </fieldset>
                <button type="submit" id="predict-reveal" disabled=move || choice.with(Option::is_none)>
                    "Reveal the model's answer"
                </button>
            </form>
        </section>
    }
}

/// After the reveal: how the guess compares, and why; "Guess again" asks once more. Takes the
/// focus when it appears, so a keyboard user lands on the answer.
#[component]
pub fn PredictResult(
    /// The guess, in the address.
    prediction: RwSignal<Prediction>,
    /// Set when the visitor moves between question and answer (the focus follows).
    moved: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let words = move || match prediction.get() {
        Prediction::Picked(pick) => state.projection.with(|p| Some(compare(pick, p))),
        _ => None,
    };
    let heading = NodeRef::<leptos::html::P>::new();
    focus_when_moved(move || heading.get().map(Into::into), moved);
    move || {
        words().map(|(verdict, why)| {
            let right = matches!(prediction.get_untracked(), Prediction::Picked(pick)
                if pick == state.projection.with_untracked(|p| p.first_wall.map(|b| b.wall)));
            view! {
                <div class="predict-result" id="predict-result" data-right=right.to_string() role="status">
                    <p class="predict-verdict" tabindex="-1" node_ref=heading>{verdict}</p>
                    {why.map(|why| view! { <p class="predict-why">{why}</p> })}
                    <button type="button" class="link-button" id="predict-again" on:click=move |_| {
                        moved.set(true);
                        prediction.set(Prediction::Asking);
                    }>
                        "Guess again"
                    </button>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::{project, PresetId, Scenario};

    #[test]
    fn the_address_holds_the_guess() {
        for wall in WallId::ALL {
            let picked = Prediction::Picked(Some(wall));
            assert_eq!(Prediction::parse(&picked.show()), Some(picked));
        }
        assert_eq!(Prediction::parse("none"), Some(Prediction::Picked(None)));
        assert_eq!(Prediction::parse("1"), Some(Prediction::Asking));
        assert_eq!(Prediction::parse("0"), Some(Prediction::Off));
        assert_eq!(Prediction::parse("gravity"), None);
    }

    /// Epoch AI's 2030 report preset: power first in 2029, then compute 2030, data 2031, memory
    /// and network 2033; cooling cannot bind (words.rs tests the same order).
    #[test]
    fn a_guess_is_compared_with_the_epoch_2030_answer() {
        let projection = project(&Scenario::preset(PresetId::Epoch2030));
        let (right, why) = compare(Some(WallId::Power), &projection);
        assert_eq!(
            right,
            "You guessed Power — so does the model: Power, in 2029."
        );
        assert_eq!(why, None, "the verdict above it says why");
        let (later, _) = compare(Some(WallId::MemoryNetwork), &projection);
        assert_eq!(
            later,
            "You guessed Memory & Network; the model says Power, in 2029. Memory & Network \
             binds in 2033, 4 years later."
        );
        let (next, _) = compare(Some(WallId::Compute), &projection);
        assert!(next.ends_with("binds in 2030, 1 year later."), "{next}");
        let (never, _) = compare(Some(WallId::Cooling), &projection);
        assert!(
            never.ends_with("Cooling cannot bind at all with these assumptions."),
            "{never}"
        );
        let (software, reason) = compare(Some(WallId::Software), &projection);
        assert!(software.starts_with("You guessed Algorithms"), "{software}");
        assert!(reason.is_some_and(|r| r.contains("no wall of their own")));
        let (none, _) = compare(None, &projection);
        assert_eq!(
            none,
            "You guessed no wall before 2040; the model says Power, in 2029."
        );
    }
}
