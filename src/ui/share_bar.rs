//! The actions under every view's title: copy the link (or share it), embed the view, cite it,
//! download the scenario, print a handout, present.

use leptos::html;
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::export;
use crate::shell::links::{Freeze, Links};
use crate::shell::present::Presentation;
use crate::ui::embed_dialog::EmbedDialog;

/// The share bar of `view`.
#[component]
pub fn ShareBar(
    /// The view it shares.
    view: ViewId,
) -> impl IntoView {
    let links = Links::from_context();
    let presentation = expect_context::<Presentation>();
    let status = RwSignal::new(String::new());
    let embed_dialog = NodeRef::<html::Dialog>::new();
    let cite_dialog = NodeRef::<html::Dialog>::new();
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);

    let copy = move |text: String, done: &'static str| {
        leptos::task::spawn_local(async move {
            status.set(if export::copy_text(&text).await {
                done.to_owned()
            } else if text.starts_with("http") {
                format!("The browser did not allow copying. Here it is to copy by hand: {text}")
            } else {
                "The browser did not allow copying: select the text in the box and copy it by hand."
                    .to_owned()
            });
        });
    };
    let share = move |_| {
        let data = js_sys::Object::new();
        let url = links.absolute(Freeze::Changes);
        for (key, value) in [
            ("title", format!("{} — First Wall", view.title())),
            ("url", url),
        ] {
            js_sys::Reflect::set(&data, &key.into(), &value.into()).ok();
        }
        let navigator = window().navigator();
        let call = js_sys::Reflect::get(&navigator, &"share".into())
            .ok()
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
            .and_then(|f| f.call1(&navigator, &data).ok());
        if let Some(promise) =
            call.and_then(|p| wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(p).ok())
        {
            // A visitor closing the share sheet is not an error worth a message.
            leptos::task::spawn_local(async move {
                wasm_bindgen_futures::JsFuture::from(promise).await.ok();
            });
        }
    };
    let download_scenario = move |_| {
        let json = links
            .state()
            .effective
            .with_untracked(firstwall_model::scenario_file::to_json);
        let name = export::file_name(view.slug(), "scenario", "json");
        match export::download_text(&name, "application/json", &json) {
            Ok(()) => status.set(format!(
                "Downloaded {name}: open it with `firstwall project --scenario {name}`."
            )),
            Err(err) => status.set(format!("Could not download the scenario: {err}.")),
        }
    };
    // The dialogs' text is made when they open, not on every change of the scenario.
    let embed_link = RwSignal::new(String::new());
    let cite_text = RwSignal::new(String::new());
    let cite_bibtex = RwSignal::new(String::new());
    let open = move |embed: bool| {
        let dialog = if embed { embed_dialog } else { cite_dialog };
        move |_| {
            if embed {
                embed_link.set(links.absolute(Freeze::AllValues));
            } else {
                let today: String = export::now_iso().chars().take(10).collect();
                let (text, bibtex) = citation(view, &links.absolute(Freeze::AllValues), &today);
                cite_text.set(text);
                cite_bibtex.set(bibtex);
            }
            if let Some(dialog) = dialog.get() {
                dialog.show_modal().ok();
            }
        }
    };

    // One compact control after the view's figure (UX audit: six buttons stood between the
    // question and the answer); a native <details>, so it opens by keyboard and without script.
    let menu = NodeRef::<html::Details>::new();
    let close_menu = move || {
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    };
    view! {
        <div class="share" on:click=move |event| {
            // A choice made closes the menu (its dialog, if any, takes over).
            let chosen = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|t| t.closest(".share-bar button").ok().flatten().is_some());
            if chosen {
                close_menu();
            }
        }>
        <details class="share-menu" node_ref=menu>
        <summary id="share-open">"Share"</summary>
        <div class="share-bar" role="group" aria-label="Share and export">
            <button
                type="button"
                id="copy-link"
                on:click=move |_| copy(links.absolute(Freeze::Changes), "The link to this view and scenario is on your clipboard.")
            >
                "Copy link"
            </button>
            {can_share.then(|| view! { <button type="button" id="share-native" on:click=share>"Share…"</button> })}
            <button type="button" id="embed-open" aria-haspopup="dialog" on:click=open(true)>
                "Embed"
            </button>
            <button type="button" id="cite-open" aria-haspopup="dialog" on:click=open(false)>
                "Cite"
            </button>
            <button type="button" id="scenario-download" on:click=download_scenario>
                "Scenario file"
            </button>
            <button type="button" id="print" on:click=move |_| { window().print().ok(); }>
                "Print"
            </button>
            <button
                type="button"
                id="present-start"
                aria-keyshortcuts="p"
                on:click=move |_| presentation.start()
            >
                "Present"
            </button>
        </div>
        </details>
            <p class="share-status" role="status">{move || status.get()}</p>
            <EmbedDialog dialog=embed_dialog view=view link=embed_link copy=copy />
            <CopyDialog
                dialog=cite_dialog
                title_id="cite-title"
                title="Cite this view"
                fields=vec![
                    CopyField {
                        id: "cite-text",
                        label: "Text",
                        rows: 4,
                        text: cite_text.into(),
                        button: "Copy the text",
                        done: "The citation is on your clipboard.",
                    },
                    CopyField {
                        id: "cite-bibtex",
                        label: "BibTeX",
                        rows: 9,
                        text: cite_bibtex.into(),
                        button: "Copy the BibTeX",
                        done: "The BibTeX entry is on your clipboard.",
                    },
                ]
                copy=copy
            />
        </div>
    }
}

/// One text that a dialog shows and copies.
#[derive(Clone, Copy)]
struct CopyField {
    /// The text box's id.
    id: &'static str,
    /// Its label.
    label: &'static str,
    /// Its height in lines.
    rows: u32,
    /// The text.
    text: Signal<String>,
    /// The copy button's words.
    button: &'static str,
    /// What the status line says once copied.
    done: &'static str,
}

/// A modal dialog of read-only texts, each with a button that copies it.
#[component]
fn CopyDialog(
    dialog: NodeRef<html::Dialog>,
    /// The heading's id (the dialog is labelled by it).
    title_id: &'static str,
    title: &'static str,
    /// A paragraph under the heading, if any.
    #[prop(optional)]
    intro: &'static str,
    fields: Vec<CopyField>,
    copy: impl Fn(String, &'static str) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let boxes = fields
        .iter()
        .map(|field| {
            let text = field.text;
            view! {
                <label for=field.id>{field.label}</label>
                <textarea id=field.id readonly rows=field.rows prop:value=move || text.get()></textarea>
            }
        })
        .collect_view();
    let buttons = fields
        .into_iter()
        .map(|field| {
            view! {
                <button type="button" on:click=move |_| copy(field.text.get_untracked(), field.done)>
                    {field.button}
                </button>
            }
        })
        .collect_view();
    view! {
        <dialog class="share-dialog" node_ref=dialog aria-labelledby=title_id>
            <h2 id=title_id>{title}</h2>
            {(!intro.is_empty()).then(|| view! { <p>{intro}</p> })}
            {boxes}
            <div class="dialog-buttons">
                {buttons}
                <form method="dialog">
                    <button type="submit">"Close"</button>
                </form>
            </div>
        </dialog>
    }
}

/// The citation of the current view and scenario: plain text and BibTeX, with the exact address
/// (every value written out) and today's date.
pub fn citation(view: ViewId, url: &str, date: &str) -> (String, String) {
    let version = env!("CARGO_PKG_VERSION");
    let year = date.get(..4).unwrap_or("2026");
    // A title that ends in its own punctuation ("Who is the first wall?") takes no period.
    let title = view.title();
    let stop = if title.ends_with(['?', '!', '.']) {
        ""
    } else {
        "."
    };
    let text = format!(
        "First Wall (version {version}). “{title}{stop}” Scenario: {url}. Accessed {date}."
    );
    let bibtex = format!(
        "@misc{{firstwall-{slug}-{date},\n  title = {{First Wall: {title}}},\n  \
         author = {{{{First Wall}}}},\n  year = {{{year}}},\n  \
         note = {{Version {version}; the scenario is in the address. Accessed {date}}},\n  \
         howpublished = {{\\url{{{url}}}}},\n  url = {{{url}}},\n  urldate = {{{date}}}\n}}",
        slug = view.slug(),
        title = view.title(),
    );
    (text, bibtex)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_citation_carries_the_address_and_date() {
        let (text, bibtex) = citation(
            ViewId::Walls,
            "https://x.org/?v=1&p=epoch-2030",
            "2026-11-26",
        );
        assert!(text.contains("https://x.org/?v=1&p=epoch-2030"));
        assert!(text.ends_with("Accessed 2026-11-26."));
        // UX audit B9: a question keeps its own mark, and only it.
        assert!(
            text.contains("“Who is the first wall?” Scenario:"),
            "{text}"
        );
        let (memory, _) = citation(ViewId::Memory, "https://x.org/memory", "2026-11-26");
        assert!(memory.contains("“The memory wall.” Scenario:"), "{memory}");
        assert!(bibtex.starts_with("@misc{firstwall-walls-2026-11-26,"));
        assert!(bibtex.contains("year = {2026}"));
        assert!(bibtex.contains("urldate = {2026-11-26}"));
        assert_eq!(bibtex.matches('{').count(), bibtex.matches('}').count());
    }
}
