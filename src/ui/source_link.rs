//! A link to where a number comes from.

use leptos::prelude::*;

/// A link to a citation, or its text where the source has no address.
#[component]
pub fn SourceLink(
    /// What to cite.
    citation: firstwall_model::source::Citation,
) -> impl IntoView {
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
