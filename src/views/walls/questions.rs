//! Question cards: one press sets up a scenario worth looking at and says what to look at. The
//! values come from the registry (each assumption's plausible range, as its sources give it),
//! never from numbers written here.

use firstwall_model::{ParamId, Scenario};
use leptos::prelude::*;

use crate::state::AppState;

/// Where an assumption goes for a question.
#[derive(Clone, Copy)]
enum To {
    /// The high end of its plausible range.
    High(ParamId),
    /// The low end of its plausible range.
    Low(ParamId),
    /// A choice, by its option's id.
    Choice(ParamId, &'static str),
}

impl To {
    fn apply(self, scenario: &Scenario) -> Scenario {
        let (param, value) = match self {
            Self::High(param) => (param, param.spec().high),
            Self::Low(param) => (param, param.spec().low),
            Self::Choice(param, id) => match param.spec().option_value(id) {
                Some(value) => (param, value),
                None => return scenario.clone(),
            },
        };
        scenario.with_clamped(param, value).0
    }
}

/// What a question does.
enum Act {
    /// Sets assumptions (on top of the current scenario).
    Sets(&'static [To]),
    /// Asks the goal seek about a year.
    Goal(i32),
}

/// A question, what it does, and what to look at then.
struct Question {
    id: &'static str,
    ask: &'static str,
    act: Act,
    look: &'static str,
}

const QUESTIONS: [Question; 4] = [
    Question {
        id: "power-fast",
        ask: "What if power grows as fast as the sources allow?",
        act: Act::Sets(&[
            To::High(ParamId::CampusGw2026),
            To::High(ParamId::CampusGrowth),
            To::High(ParamId::PowerGrowth),
        ]),
        look: "Look at the road: does Power move right, and which wall takes its place?",
    },
    Question {
        id: "less-text",
        ask: "What if there is less usable text?",
        act: Act::Sets(&[
            To::Low(ParamId::TextStock),
            To::Low(ParamId::QualityFraction),
        ]),
        look: "Look at the Data wall: open it for its formula — multimodal and synthetic data \
               still count.",
    },
    Question {
        id: "air-cooled",
        ask: "Does liquid cooling change anything?",
        act: Act::Sets(&[To::Choice(ParamId::Cooling, "air")]),
        look: "This sets the chips to be cooled by air. Look at the Cooling wall and at the power \
               each chip costs at the meter; Undo puts liquid back.",
    },
    Question {
        id: "past-2035",
        ask: "What would push the first wall past 2035?",
        act: Act::Goal(2035),
        look: "Look at the list under the question: each change alone, and whether the sources \
               support it.",
    },
];

/// The question cards, then `children` (the goal seek); `goal` receives the year of a goal-seek
/// question.
#[component]
pub fn QuestionCards(
    /// Set to a year to make the goal seek answer for it.
    goal: RwSignal<Option<i32>>,
    /// What follows the cards.
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let asked = RwSignal::new(None::<&'static str>);
    let cards = QUESTIONS
        .iter()
        .map(|question| {
            let press = move |_| {
                match question.act {
                    Act::Sets(sets) => state.update(|s| {
                        s.base = sets
                            .iter()
                            .fold(s.base.clone(), |scenario, set| set.apply(&scenario));
                    }),
                    Act::Goal(year) => goal.set(Some(year)),
                }
                asked.set(Some(question.id));
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="question"
                        data-question=question.id
                        aria-pressed=move || (asked.get() == Some(question.id)).to_string()
                        on:click=press
                    >
                        {question.ask}
                    </button>
                </li>
            }
        })
        .collect_view();
    let look = move || {
        asked
            .get()
            .and_then(|id| QUESTIONS.iter().find(|q| q.id == id))
            .map(|q| q.look)
    };
    view! {
        <section class="questions" aria-labelledby="questions-title">
            <h2 id="questions-title" class="questions-title">"Questions to try"</h2>
            <ul class="question-list">{cards}</ul>
            <p class="question-look" id="question-look" role="status" aria-live="polite">{look}</p>
            {children()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::{project, PresetId};

    #[test]
    fn each_question_changes_what_it_says() {
        let base = Scenario::preset(PresetId::Evidence2026);
        for question in &QUESTIONS {
            if let Act::Sets(sets) = question.act {
                let changed = sets.iter().fold(base.clone(), |s, set| set.apply(&s));
                assert_ne!(changed, base, "{}", question.id);
            }
        }
        // More power, sooner: the power wall comes no earlier than before.
        let Act::Sets(sets) = QUESTIONS[0].act else {
            unreachable!()
        };
        let fast = sets.iter().fold(base.clone(), |s, set| set.apply(&s));
        let year = |s: &Scenario| {
            project(s)
                .wall(firstwall_model::WallId::Power)
                .binds_in_year
        };
        assert!(year(&fast).unwrap_or(f64::INFINITY) >= year(&base).unwrap_or(f64::INFINITY));
    }
}
