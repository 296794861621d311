//! The Walls view's fans and odds, kept current in the background: every change of the scenario
//! asks for them again, one computation at a time (the latest scenario wins).

use std::cell::Cell;
use std::sync::Arc;

use firstwall_model::sweep::{Leader, Tally, FAN_SAMPLES};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine;
use crate::state::{AppState, FanResult};

thread_local! {
    /// Whether a computation is running; it picks up the latest scenario when it ends.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// How long the scenario stays unchanged before its fans are computed, ms. An assumption: a few
/// frames (a dragged slider steps once a frame, 16.7 ms at 60 Hz), so that a drag's pause of a
/// frame or two starts no computation, and little beside the fans' own 100 ms to arrive (the
/// slider benchmark's median here).
const FANS_QUIET_MS: i32 = 60;

/// Keeps [`AppState::fans`] current while the calling view is shown.
pub fn keep_fans_current(state: AppState) {
    Effect::new(move |_| {
        state.effective.track();
        if RUNNING.get() {
            return;
        }
        RUNNING.set(true);
        spawn_local(async move {
            // The state may be gone by the time an answer comes (an app unmounted, as tests do):
            // then the loop ends quietly.
            while let Some(scenario) = state.effective.try_get_untracked() {
                let fresh = state
                    .fans
                    .try_with_untracked(|f| f.as_ref().is_some_and(|r| r.scenario == scenario));
                if fresh != Some(false) {
                    break;
                }
                // While a slider is dragged, wait for it to rest: a computation per step would
                // take a core from the page's own drawing (on a two-core machine, the drag's
                // slowest frames). The first fans of a page start at once.
                let shown = state.fans.try_with_untracked(Option::is_some) == Some(true);
                if shown {
                    engine::after_ms(FANS_QUIET_MS).await;
                    if state.effective.try_get_untracked().as_ref() != Some(&scenario) {
                        continue;
                    }
                }
                let Ok(done) = engine::fans(&scenario, FAN_SAMPLES).await else {
                    break;
                };
                let result = FanResult {
                    scenario,
                    fans: Arc::new(done.value),
                    elapsed_ms: done.elapsed_ms,
                };
                if state.fans.try_set(Some(result)).is_some() {
                    break;
                }
            }
            RUNNING.set(false);
        });
    });
}

/// The odds in a sentence: "Power comes first in 39 % of 3,712 plausible worlds around this
/// scenario (Compute → Heat 31 %, Data 27 %), around 2028 (80 %: 2027–2029)."
pub fn odds_sentence(tally: &Tally) -> String {
    let percent = |share: f64| format!("{:.0} %", share * 100.0);
    let worlds = crate::format::grouped(tally.accepted() as f64);
    let when = match (
        tally.first_year_quantile(0.1),
        tally.first_year_quantile(0.5),
        tally.first_year_quantile(0.9),
    ) {
        (Some(p10), Some(p50), Some(p90)) => format!(
            ", around {:.0} (80 %: {:.0}–{:.0})",
            p50.floor(),
            p10.floor(),
            p90.floor()
        ),
        _ => String::new(),
    };
    let others = |skip: usize| {
        let rest: Vec<String> = tally
            .ranked()
            .iter()
            .skip(skip)
            .take(2)
            .map(|(wall, share)| format!("{} {}", wall.label(), percent(*share)))
            .collect();
        if rest.is_empty() {
            String::new()
        } else {
            format!(" ({})", rest.join(", "))
        }
    };
    match tally.leader() {
        Leader::NoWorld => format!(
            "Across {} nearby worlds, every one puts a wall below a training run that already \
             happened: history leaves no plausible world around this scenario.",
            crate::format::grouped(tally.samples as f64)
        ),
        Leader::NoWall => {
            format!("No wall binds by 2040 in any of {worlds} plausible worlds around this scenario.")
        }
        Leader::Clear(wall, share) => format!(
            "{}, most likely: first in {} of {worlds} plausible worlds around this scenario{}{when}.",
            wall.label(),
            percent(share),
            others(1),
        ),
        Leader::TooClose((a, share_a), (b, share_b)) => format!(
            "Too close to call: {} first in {}, {} in {} of {worlds} plausible worlds around this \
             scenario{}{when}.",
            a.label(),
            percent(share_a),
            b.label(),
            percent(share_b),
            others(2),
        ),
    }
}
