//! `firstwall claims`: every numeric claim of the source diagrams, checked — verdict,
//! explanation and sources.

use std::fmt;

use firstwall_model::claims::{Verdict, CLAIMS};
use serde::Serialize;

use super::{by_id, Cited};

/// Arguments of `claims`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
}

impl Args {
    /// Prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        super::print(&Report::build(), self.json)
    }
}

/// Every claim, checked.
#[derive(Debug, Serialize)]
pub struct Report {
    /// In [`CLAIMS`] order.
    claims: Vec<Claim>,
}

/// One claim.
#[derive(Debug, Serialize)]
struct Claim {
    id: &'static str,
    claim: &'static str,
    context: &'static str,
    #[serde(serialize_with = "by_id")]
    verdict: Verdict,
    explanation: &'static str,
    calculation: Option<String>,
    sources: Vec<Cited>,
}

impl Report {
    /// The claims, each with First Wall's arithmetic where it has some.
    pub fn build() -> Self {
        let claims = CLAIMS
            .iter()
            .map(|claim| Claim {
                id: claim.id,
                claim: claim.claim,
                context: claim.context,
                verdict: claim.verdict,
                explanation: claim.explanation,
                calculation: claim.calculation_text(),
                sources: claim.sources.iter().copied().map(Cited).collect(),
            })
            .collect();
        Self { claims }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for claim in &self.claims {
            writeln!(
                f,
                "{} — {}",
                claim.verdict.label().to_uppercase(),
                claim.claim
            )?;
            writeln!(f, "  ({}; id {})", claim.context, claim.id)?;
            writeln!(f, "  {}", claim.explanation)?;
            if let Some(text) = &claim.calculation {
                writeln!(f, "  First Wall's arithmetic: {text}")?;
            }
            for source in &claim.sources {
                writeln!(f, "  source: {source}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
