//! Goal seek: "what would have to change to push the first wall past YEAR?" — the model's
//! `goal::seek` for the scenario shown, as a list of one-at-a-time changes, each with how far it
//! moves its assumption, whether the sources support the new value, and a button that makes it.

use firstwall_model::goal::{seek, Goal};
use firstwall_model::projection::LAST_YEAR;
use leptos::prelude::*;

use super::words;
use crate::state::AppState;
use crate::ui::scale::display_value;

/// The years a visitor can ask about.
const YEARS: std::ops::Range<i32> = 2026..LAST_YEAR;

/// `to` to six significant digits, rounded away from `from`, so the change still does it and the
/// link carries a short number.
fn round_away(to: f64, from: f64) -> f64 {
    if to == 0.0 || !to.is_finite() {
        return to;
    }
    let scale = 10f64.powi(5 - to.abs().log10().floor() as i32);
    if to > from {
        (to * scale).ceil() / scale
    } else {
        (to * scale).floor() / scale
    }
}

/// The question, its answer when asked, and a button per change. Setting `request` to a year
/// asks about that year (a question card does) and brings the answer into view.
#[component]
pub fn GoalSeek(
    /// A year to answer for, set from elsewhere; taken and cleared here.
    request: RwSignal<Option<i32>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let first_year = move || {
        state
            .projection
            .with(|p| p.first_wall.map(|b| b.year.floor() as i32))
    };
    // The year asked about: two years after the first wall at first, within the projection.
    let year = RwSignal::new(
        first_year()
            .map_or(2035, |y| y + 2)
            .clamp(YEARS.start, YEARS.end - 1),
    );
    // The answer, for the scenario and year it was asked for (stale once either moves).
    let answer = RwSignal::new(None::<(i32, firstwall_model::Scenario, Goal)>);
    let ask = move || {
        let scenario = state.effective.get_untracked();
        let asked = year.get_untracked();
        if let Ok(goal) = seek(&scenario, asked) {
            answer.set(Some((asked, scenario, goal)));
        }
    };
    Effect::new(move |_| {
        if let Some(asked) = request.get() {
            year.set(asked.clamp(YEARS.start, YEARS.end - 1));
            ask();
            request.set(None);
            if let Some(section) = document().get_element_by_id("goal-seek") {
                section.scroll_into_view();
            }
        }
    });
    let fresh = move || {
        answer.with(|a| {
            a.as_ref().is_some_and(|(asked, scenario, _)| {
                *asked == year.get() && state.effective.with(|s| s == scenario)
            })
        })
    };
    let apply = move |param: firstwall_model::ParamId, to: f64| {
        state.update(|s| s.base = s.base.with_clamped(param, to).0);
    };
    let results = move || {
        if !fresh() {
            return answer.with(|a| a.is_some()).then(|| {
                view! { <p class="goal-stale">"The scenario or the year changed: ask again."</p> }
                    .into_any()
            });
        }
        answer.with(|a| {
            let (asked, scenario, goal) = a.as_ref()?;
            let asked = *asked;
            Some(match goal {
                Goal::AlreadyPast(first) => view! {
                    <p>
                        {match first {
                            Some((wall, when)) => format!(
                                "Nothing to change: the first wall, {}, already comes in {}, after {asked}.",
                                wall.label(),
                                words::year(*when)
                            ),
                            None => format!("Nothing to change: no wall binds before {LAST_YEAR}."),
                        }}
                    </p>
                }
                .into_any(),
                Goal::Changes(changes) if changes.is_empty() => view! {
                    <p>
                        {format!(
                            "No single assumption, changed alone within its limits, pushes the first \
                             wall past {asked}: it takes several at once."
                        )}
                    </p>
                }
                .into_any(),
                Goal::Changes(changes) => {
                    // What a teacher's link fixed is not to be changed.
                    let items = changes
                        .iter()
                        .filter(|change| !state.is_locked(change.param))
                        .map(|change| {
                            let spec = change.param.spec();
                            // A lever changes this assumption: the value shown is not the one set.
                            let levered = scenario.get(change.param).to_bits()
                                != state.scenario.with_untracked(|s| s.base.get(change.param)).to_bits();
                            let then = match change.first_wall {
                                Some((wall, when)) => {
                                    format!("first wall then: {}, {}", wall.label(), words::year(when))
                                }
                                None => format!("then no wall before {LAST_YEAR}"),
                            };
                            let range = if change.contradicts_history {
                                "contradicts a run that already happened"
                            } else if change.plausible {
                                "within the sources' range"
                            } else {
                                "outside the sources' range"
                            };
                            let (param, to) = (change.param, round_away(change.to, change.from));
                            view! {
                                <li class="goal-change" class:implausible=!change.plausible data-param=spec.id>
                                    <strong>{spec.label}</strong>
                                    {format!(
                                        ": {} → {} ({:.0} % of its plausible range; {range}); {then}. ",
                                        display_value(spec, change.from),
                                        display_value(spec, change.to),
                                        change.share_of_range * 100.0,
                                    )}
                                    {(!levered).then(|| view! {
                                        <button type="button" class="link-button" on:click=move |_| apply(param, to)>
                                            "Make this change"
                                        </button>
                                    })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <p>
                            {format!(
                                "Each of these, alone, pushes the first wall past {asked} — the smallest \
                                 change the model finds, smallest move first:"
                            )}
                        </p>
                        <ol class="goal-list" id="goal-list">{items}</ol>
                    }
                    .into_any()
                }
            })
        })
    };
    view! {
        <div class="goal-seek" id="goal-seek">
            <form class="preset-row" on:submit=move |ev| { ev.prevent_default(); ask(); }>
                <label for="goal-year">"Push the first wall past"</label>
                <select
                    id="goal-year"
                    on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() {
                            year.set(y);
                        }
                    }
                    prop:value=move || year.get().to_string()
                >
                    {YEARS.map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view()}
                </select>
                <button type="submit" id="goal-run">"Find what it takes"</button>
            </form>
            <div id="goal-result" role="status" aria-live="polite">{results}</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_keeps_the_change_at_least_as_large() {
        for (to, from) in [
            (4.082273546393703, 4.1),
            (1.7218072512878806, 1.7),
            (0.26919989472782524, 0.3333),
        ] {
            let rounded = round_away(to, from);
            assert!(
                (rounded - from).abs() >= (to - from).abs(),
                "{to} → {rounded}"
            );
            assert!((rounded - to).abs() <= to.abs() * 2e-5, "{to} → {rounded}");
        }
    }
}
