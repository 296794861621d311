//! A view's sources, each listed once and numbered (UX audit: one author list was repeated eleven
//! times down a page): where a number is, a short reference `[3]` and what in the source supports
//! it; at the foot of the view, in a fold, the numbered list of the documents.

use firstwall_model::source::Source;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The sources cited on the current view, numbered in the order they are first shown.
#[derive(Clone, Copy)]
pub struct Citations(RwSignal<Vec<&'static Source>>);

impl Citations {
    /// A fresh list for a view, provided to everything the view renders.
    pub fn provide() -> Self {
        let citations = Self(RwSignal::new(Vec::new()));
        provide_context(citations);
        citations
    }

    /// The number of `source` on this view (from 1), listing it if it is new. A source is the same
    /// document when its title and address are.
    pub fn number(self, source: &'static Source) -> usize {
        let same = |known: &&Source| known.title == source.title && known.url == source.url;
        if let Some(index) = self.0.with_untracked(|list| list.iter().position(same)) {
            return index + 1;
        }
        self.0.update(|list| list.push(source));
        self.0.with_untracked(Vec::len)
    }
}

/// The id of the list entry of source number `n`.
fn entry_id(n: usize) -> String {
    format!("source-{n}")
}

/// One source as the list gives it: authors, title, year, publisher; linked where it has an
/// address.
fn source_line(source: &Source) -> String {
    format!(
        "{}, “{}” ({}), {}",
        source.authors, source.title, source.year, source.publisher
    )
}

/// A reference to source number `n`: opens the view's list of sources and moves to its entry.
#[component]
pub fn CiteRef(
    /// The source's number on the view.
    n: usize,
) -> impl IntoView {
    let go = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        let document = document();
        if let Some(list) = document.get_element_by_id("sources") {
            list.set_attribute("open", "").ok();
        }
        if let Some(entry) = document
            .get_element_by_id(&entry_id(n))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            entry.scroll_into_view();
            entry.focus().ok();
        }
    };
    view! {
        <a class="cite" href=format!("#{}", entry_id(n)) on:click=go aria-label=format!("source {n}")>
            {format!("[{n}]")}
        </a>
    }
}

/// The numbered list of the sources the view cites, in a fold at its foot.
#[component]
pub fn SourceList(
    /// The view's sources.
    citations: Citations,
) -> impl IntoView {
    let count = move || citations.0.with(Vec::len);
    let entries = move || {
        citations.0.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, source)| {
                    let line = source_line(source);
                    let text = if source.url.is_empty() {
                        view! { {line} }.into_any()
                    } else {
                        view! {
                            <a href=source.url rel="noopener noreferrer" target="_blank">{line}</a>
                        }
                        .into_any()
                    };
                    view! { <li id=entry_id(i + 1) tabindex="-1">{text}</li> }
                })
                .collect_view()
        })
    };
    move || {
        (count() > 0).then(|| {
            view! {
                <details class="fold sources" id="sources">
                    <summary>{move || format!("Sources ({})", count())}</summary>
                    <ol class="source-list">{entries}</ol>
                </details>
            }
        })
    }
}
