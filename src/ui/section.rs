//! A section of a view: its heading, and what it holds.

use leptos::prelude::*;

/// A `<section>` labelled by its `<h2>`.
#[component]
pub fn Section<C>(
    /// The heading's id; the section is labelled by it (presentation scenes scroll to it).
    id: &'static str,
    /// The heading.
    title: &'static str,
    /// The section's class.
    #[prop(optional)]
    class: &'static str,
    /// What the section holds (typed, so that no view is erased to `AnyView` on the way).
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    view! {
        <section class=class aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {children.into_inner()()}
        </section>
    }
}
