//! `firstwall first-paint`: the HTML that a view's page shows before the app's wasm arrives, its
//! answer for the default scenario drawn from the model with the app's own chart code
//! (`firstwall_charts::first_paint`): Walls' verdict and road; Uncertainty's default sweep
//! (100,000 samples, seed 1, on the CPU), its headline, share bar and table. The build writes it into each view's entry
//! (`scripts/entries.mjs`); the app then replaces it with the same thing, live.

use std::fmt;

use firstwall_charts::first_paint::{sweep_answer_html, walls_answer_html};
use firstwall_model::sweep::{Sweep, DEFAULT_SAMPLES, DEFAULT_SEED};
use firstwall_model::{project, PresetId, Scenario};
use serde::Serialize;

/// Arguments of `first-paint`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Renders every view's first-paint answer and prints them.
    pub fn run(&self) -> anyhow::Result<()> {
        let scenario = Scenario::preset(PresetId::DEFAULT);
        // The sweep the Uncertainty view runs when it opens, on every core (the same tally on any
        // number of them: each sample's numbers come from its index and the seed).
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
        let tally = super::sweep::monte_carlo_threads(
            &Sweep::new(&scenario, DEFAULT_SEED),
            DEFAULT_SAMPLES,
            threads,
        );
        let report = Report {
            scenario: PresetId::DEFAULT,
            views: vec![
                Answer {
                    view: "walls",
                    html: walls_answer_html(&project(&scenario)),
                },
                Answer {
                    view: "sweep",
                    html: sweep_answer_html(&tally),
                },
            ],
        };
        super::print(&report, self.json)
    }
}

/// Each view's answer, as HTML.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The scenario they answer for: the app's default.
    #[serde(serialize_with = "super::by_id")]
    scenario: PresetId,
    /// One per view that opens with an answer (the others' first paint is their words alone).
    views: Vec<Answer>,
}

/// One view's answer.
#[derive(Debug, Serialize)]
struct Answer {
    /// The view's slug.
    view: &'static str,
    /// Its HTML: one element, in the app's markup and classes.
    html: String,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for answer in &self.views {
            writeln!(
                f,
                "{} ({}):\n{}",
                answer.view,
                self.scenario.id(),
                answer.html
            )?;
        }
        Ok(())
    }
}
