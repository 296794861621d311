//! A link to where a number comes from.

use leptos::prelude::*;

use crate::ui::citations::{Citations, CiteRef};

/// Where a number comes from: on a view, the number of its source in the view's list and what in
/// the source supports it ("Source [3]: table 2"); elsewhere, the whole reference, linked.
#[component]
pub fn SourceLink(
    /// What to cite.
    citation: firstwall_model::source::Citation,
) -> impl IntoView {
    if let Some(citations) = use_context::<Citations>() {
        let n = citations.number(citation.source);
        return view! {
            <span class="source">
                "Source " <CiteRef n=n /> ": " {citation.locator}
            </span>
        }
        .into_any();
    }
    let text = format!(
        "{}, “{}” ({}), {}",
        citation.source.authors, citation.source.title, citation.source.year, citation.locator
    );
    if citation.source.url.is_empty() {
        view! { <span class="source">"Source: " {text}</span> }.into_any()
    } else {
        view! {
            <span class="source">
                "Source: "
                <a href=citation.source.url rel="noopener noreferrer" target="_blank">
                    {text}
                </a>
            </span>
        }
        .into_any()
    }
}
