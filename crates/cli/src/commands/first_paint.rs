//! `firstwall first-paint`: the HTML that a view's page shows before the app's wasm arrives, its
//! answer for the default scenario drawn from the model with the app's own chart code
//! (`firstwall_charts::first_paint`). The build writes it into each view's entry
//! (`scripts/entries.mjs`); the app then replaces it with the same thing, live.

use std::fmt;

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
        let walls = firstwall_charts::first_paint::walls_answer_html(&project(&scenario));
        let report = Report {
            scenario: PresetId::DEFAULT,
            views: vec![Answer {
                view: "walls",
                html: walls,
            }],
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
