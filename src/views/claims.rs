//! `/claims`: every numeric claim of the source diagrams, checked.

use firstwall_model::claims::{Verdict, CLAIMS};
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::ui::{ExportMenu, SourceLink, TableFrom, ViewPage};

/// Every verdict, in the order the filter shows them.
const VERDICTS: [Verdict; 5] = [
    Verdict::Holds,
    Verdict::HoldsWithCorrection,
    Verdict::Outdated,
    Verdict::False,
    Verdict::Unverified,
];

/// The Claims view: a card per claim with its verdict, the explanation, First Wall's own
/// arithmetic where the model can redo it, and the sources; a filter by verdict.
#[component]
pub fn ClaimsView() -> impl IntoView {
    // `None`: every verdict.
    let filter = RwSignal::new(None::<Verdict>);
    let set_filter = filter.write_only();
    crate::shell::links::bind(
        "verdict",
        filter,
        |id| match id {
            "all" => Some(None),
            id => VERDICTS.into_iter().find(|v| v.id() == id).map(Some),
        },
        |verdict| verdict.map_or("all", Verdict::id).to_owned(),
    );
    let count = |verdict: Verdict| CLAIMS.iter().filter(|c| c.verdict == verdict).count();
    let shown = move || {
        CLAIMS
            .iter()
            .filter(|claim| filter.get().is_none_or(|v| v == claim.verdict))
            .count()
    };
    // The verdicts first, as the filter that shows them; then the claims.
    let lead = move || {
        view! {
            <fieldset class="claim-filter">
                <legend>"Show"</legend>
                <button
                    type="button"
                    aria-pressed=move || filter.get().is_none().to_string()
                    on:click=move |_| set_filter.set(None)
                >
                    {format!("All ({})", CLAIMS.len())}
                </button>
                {VERDICTS
                    .into_iter()
                    .filter(|v| count(*v) > 0)
                    .map(|verdict| {
                        view! {
                            <button
                                type="button"
                                data-verdict=verdict.id()
                                aria-pressed=move || (filter.get() == Some(verdict)).to_string()
                                on:click=move |_| set_filter.set(Some(verdict))
                            >
                                {format!("{} ({})", verdict.label(), count(verdict))}
                            </button>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || match shown() {
                    1 => "1 claim shown".to_owned(),
                    n => format!("{n} claims shown"),
                }}
            </p>
        }
        .into_any()
    };
    view! {
        <ViewPage view=ViewId::Claims lead=Box::new(lead)>
            <details class="fold prose">
                <summary>"How the claims are checked"</summary>
                <p>
                    "A diagram compresses a lot into a few numbers, and numbers age. Each claim of "
                    "the source diagrams is set next to the best source found and a verdict; where "
                    "First Wall's model can redo the arithmetic, it does, here and now. Where a claim "
                    "holds only with a correction — which quantity it measures, which year it was "
                    "true, who projected it — the correction is the point."
                </p>
            </details>
            <ExportMenu what="Claims" table=TableFrom::Html(Signal::derive(claims_table_html)) />
            <ol class="claims" id="claims">
                {CLAIMS
                    .iter()
                    .map(|claim| {
                        let verdict = claim.verdict;
                        view! {
                            <li
                                class="claim card"
                                id=format!("claim-{}", claim.id)
                                data-verdict=verdict.id()
                                hidden=move || filter.get().is_some_and(|v| v != verdict)
                            >
                                <p class="claim-context">{claim.context}</p>
                                <blockquote class="claim-text">{claim.claim}</blockquote>
                                <p>
                                    <span class="verdict-badge" data-verdict=verdict.id()>
                                        {verdict.label()}
                                    </span>
                                </p>
                                <p>{claim.explanation}</p>
                                {claim
                                    .calculation_text()
                                    .map(|text| {
                                        view! {
                                            <p class="claim-calculation">
                                                <strong>"First Wall's arithmetic: "</strong>
                                                {text}
                                            </p>
                                        }
                                    })}
                                <ul class="claim-sources">
                                    {claim
                                        .sources
                                        .iter()
                                        .map(|citation| view! { <li><SourceLink citation=*citation /></li> })
                                        .collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </ViewPage>
    }
}

/// Every claim as one table row, for the CSV and JSON exports (the page shows them as cards).
fn claims_table_html() -> String {
    use firstwall_charts::escape_html;
    let mut html = String::from(
        "<table><caption>The source diagrams' claims, checked</caption><thead><tr><th>Claim</th>\
         <th>The diagram says</th><th>Where</th><th>Verdict</th><th>Why</th>\
         <th>First Wall's arithmetic</th><th>Sources</th></tr></thead><tbody>",
    );
    for claim in CLAIMS {
        let sources: Vec<String> = claim.sources.iter().map(|c| c.text()).collect();
        let cells = [
            claim.id.to_owned(),
            claim.claim.to_owned(),
            claim.context.to_owned(),
            claim.verdict.label().to_owned(),
            claim.explanation.to_owned(),
            claim.calculation_text().unwrap_or_default(),
            sources.join("; "),
        ];
        html.push_str("<tr>");
        for cell in cells {
            html.push_str(&format!("<td>{}</td>", escape_html(&cell)));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_table_has_a_row_per_claim() {
        let html = claims_table_html();
        assert_eq!(html.matches("<tr>").count(), CLAIMS.len() + 1);
        assert_eq!(html.matches("<td>").count(), CLAIMS.len() * 7);
    }
}
