//! The Embed dialog: what to embed — the whole view or one of its figures — and how (colours,
//! caption, controls, background), the code to paste, and a live preview of exactly that code's
//! frame.

use leptos::html;
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::only::{Only, FIGURES};

/// The height a whole view's frame starts at before its first message arrives (most views fit
/// without a scroll bar on a laptop; the script then sets the real height).
const VIEW_START_HEIGHT_PX: u32 = 900;
/// The height a figure's frame starts at (each fits in 500 px at 600 px wide).
const FIGURE_START_HEIGHT_PX: u32 = 500;
/// The tallest height the snippet's script gives a frame, in CSS pixels (a guard against a
/// runaway message; the longest view is about 10,000 px on a phone).
const EMBED_MAX_HEIGHT_PX: u32 = 40_000;
/// The tallest the preview in the dialog grows; a taller embed scrolls inside it.
const PREVIEW_MAX_HEIGHT_PX: f64 = 520.0;

/// The embed's colours: `theme=`.
const THEMES: [(&str, &str); 3] = [
    ("light", "Light"),
    ("dark", "Dark"),
    ("auto", "As the reader's system"),
];

/// How an embed is asked for: the choices of the dialog.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedChoice {
    /// The figure alone (its `only=` value), or the whole view (empty).
    pub only: String,
    /// `light` (the default, left out of the address), `dark` or `auto`.
    pub theme: String,
    /// No caption.
    pub plain: bool,
    /// No controls, links as text.
    pub still: bool,
    /// No background.
    pub transparent: bool,
}

impl EmbedChoice {
    /// The address of the frame: `link` (the view with every value frozen) and the embed's keys.
    pub fn address(&self, link: &str) -> String {
        let mut keys = vec!["embed=1".to_owned()];
        if !self.only.is_empty() {
            keys.push(format!(
                "only={}",
                crate::address::encode_component(&self.only)
            ));
        }
        if !self.theme.is_empty() && self.theme != "light" {
            keys.push(format!(
                "theme={}",
                crate::address::encode_component(&self.theme)
            ));
        }
        for (on, key) in [
            (self.plain && !self.only.is_empty(), "plain=1"),
            (self.still, "static=1"),
            (self.transparent, "transparent=1"),
        ] {
            if on {
                keys.push(key.to_owned());
            }
        }
        let separator = if link.contains('?') { '&' } else { '?' };
        format!("{link}{separator}{}", keys.join("&"))
    }

    /// The frame's starting height, CSS pixels.
    fn start_height(&self) -> u32 {
        if self.only.is_empty() {
            VIEW_START_HEIGHT_PX
        } else {
            FIGURE_START_HEIGHT_PX
        }
    }
}

/// The figures of `view` an embed can show alone: `(only= value, what the dialog calls it)`.
pub fn figures_of(view: ViewId) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = FIGURES
        .iter()
        .filter(|f| f.view == view)
        .map(|f| (f.name.to_owned(), f.label.to_owned()))
        .collect();
    if view == ViewId::Claims {
        out.extend(firstwall_model::claims::CLAIMS.iter().map(|c| {
            let text: String = c.claim.chars().take(60).collect();
            let more = if c.claim.chars().count() > 60 {
                "…"
            } else {
                ""
            };
            (Only::Claim(c).value(), format!("One claim: “{text}{more}”"))
        }));
    }
    out
}

/// The iframe snippet of `src` (an embed of `view`), starting `start_height` px tall, and the few
/// lines of script that resize it: they take a height message only from their own frame's window
/// (`event.source`, not the origin: a frame in `sandbox="allow-scripts"`, as WordPress makes it,
/// posts from the origin `null`), and ask the frame for its height when it has loaded and once
/// they run (in case its first messages came before the script).
pub fn embed_snippet(view: ViewId, src: &str, start_height: u32) -> String {
    let title = format!("First Wall: {}", view.title());
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" data-firstwall \
         style=\"width:100%;max-width:100%;height:{start_height}px;border:0\"></iframe>\n\
         <script>\n\
         /* First Wall embeds post {{type:\"firstwall:height\",height}}; this sets the frame's height. */\n\
         (function () {{\n\
         \x20 var frames = document.querySelectorAll(\"iframe[data-firstwall]\");\n\
         \x20 window.addEventListener(\"message\", function (event) {{\n\
         \x20   var data = event.data;\n\
         \x20   if (!data || data.type !== \"firstwall:height\" || !(data.height > 0)) return;\n\
         \x20   frames.forEach(function (frame) {{\n\
         \x20     if (frame.contentWindow === event.source) frame.style.height = Math.min(Math.ceil(data.height), {EMBED_MAX_HEIGHT_PX}) + \"px\";\n\
         \x20   }});\n\
         \x20 }});\n\
         \x20 frames.forEach(function (frame) {{\n\
         \x20   function ping() {{ if (frame.contentWindow) frame.contentWindow.postMessage({{ type: \"firstwall:ping\" }}, \"*\"); }}\n\
         \x20   frame.addEventListener(\"load\", ping);\n\
         \x20   ping();\n\
         \x20 }});\n\
         }})();\n\
         </script>",
        src = firstwall_charts::escape_html(src),
        title = firstwall_charts::escape_html(&title),
    )
}

/// The Embed dialog of `view`. `opened` is set when the dialog opens (the frozen link is made
/// then, not on every change of the scenario) and cleared when it closes, which also ends the
/// preview's app.
#[component]
pub fn EmbedDialog(
    /// The dialog element, which the share bar opens.
    dialog: NodeRef<html::Dialog>,
    /// The view it embeds.
    view: ViewId,
    /// The view's link with every value frozen, while the dialog is open (else empty).
    link: RwSignal<String>,
    /// Copies a text and says `done` on the share bar's status line.
    copy: impl Fn(String, &'static str) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let choice = RwSignal::new(EmbedChoice {
        theme: "light".to_owned(),
        ..EmbedChoice::default()
    });
    let address = Memo::new(move |_| {
        link.with(|link| (!link.is_empty()).then(|| choice.with(|c| c.address(link))))
    });
    let snippet = Memo::new(move |_| {
        address
            .get()
            .map(|src| embed_snippet(view, &src, choice.with(|c| c.start_height())))
            .unwrap_or_default()
    });
    let frame = NodeRef::<html::Iframe>::new();
    let preview_height = RwSignal::new(f64::from(FIGURE_START_HEIGHT_PX));
    // The preview speaks the embed's own protocol: its height comes from its window only.
    let on_message = window_event_listener(leptos::ev::message, move |event| {
        let Some(frame) = frame.get_untracked() else {
            return;
        };
        let from_frame = match (event.source(), frame.content_window()) {
            (Some(source), Some(window)) => js_sys::Object::is(&source, &window),
            _ => false,
        };
        if !from_frame {
            return;
        }
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into()).ok();
        let height = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|h| h.as_f64());
        if kind.and_then(|k| k.as_string()).as_deref() == Some("firstwall:height") {
            if let Some(height) = height.filter(|h| h.is_finite() && *h > 0.0) {
                preview_height.set(height.min(PREVIEW_MAX_HEIGHT_PX));
            }
        }
    });
    on_cleanup(move || on_message.remove());

    let figures = figures_of(view);
    let show = (!figures.is_empty()).then(|| {
        let options = figures
            .into_iter()
            .map(|(value, label)| view! { <option value=value>{label}</option> })
            .collect_view();
        view! {
            <label for="embed-only">"Show"</label>
            <select id="embed-only">
                <option value="">"The whole view"</option>
                {options}
            </select>
        }
    });
    let themes = THEMES
        .iter()
        .map(|(value, label)| view! { <option value=*value selected=*value == "light">{*label}</option> })
        .collect_view();
    let check = |id: &'static str, label: &'static str| {
        view! {
            <label class="embed-flag" for=id>
                <input type="checkbox" id=id />
                {label}
            </label>
        }
    };
    // The choices are read back from the form on any change: one handler, not one per control.
    let read = move |_| choice.set(read_choice());
    let on_close = move |_| link.set(String::new());
    view! {
        <dialog class="share-dialog embed-dialog" node_ref=dialog aria-labelledby="embed-title" on:close=on_close>
            <h2 id="embed-title">"Embed this view"</h2>
            <p>
                "Paste the code into a web page. The frame shows this view, or one of its figures, "
                "with your scenario and without the site's header; its address holds every value, "
                "so it keeps showing these numbers even if First Wall's defaults change. The "
                "script resizes the frame to its content; it also works where WordPress sandboxes "
                "an embed."
            </p>
            <div class="embed-options" on:change=read>
                <div class="embed-choice">
                    {show}
                    <label for="embed-theme">"Colours"</label>
                    <select id="embed-theme">{themes}</select>
                </div>
                <fieldset class="embed-flags">
                    <legend>"Options"</legend>
                    <span hidden=move || choice.with(|c| c.only.is_empty())>
                        {check("embed-plain", "No caption")}
                    </span>
                    {check("embed-static", "Still: no controls, links as text")}
                    {check("embed-transparent", "Transparent background")}
                </fieldset>
            </div>
            <label for="embed-snippet">"Embed code"</label>
            <textarea id="embed-snippet" readonly rows=7 prop:value=move || snippet.get()></textarea>
            <div class="dialog-buttons">
                <button type="button" id="embed-copy" on:click=move |_| copy(snippet.get_untracked(), "The embed code is on your clipboard.")>
                    "Copy the code"
                </button>
                <form method="dialog">
                    <button type="submit">"Close"</button>
                </form>
            </div>
            <p class="embed-preview-label" id="embed-preview-label">
                "Preview"
            </p>
            <div class="embed-preview">
                {move || {
                    address
                        .get()
                        .map(|src| {
                            view! {
                                <iframe
                                    id="embed-preview"
                                    node_ref=frame
                                    src=src
                                    title="Preview of the embed"
                                    aria-describedby="embed-preview-label"
                                    style:height=move || format!("{}px", preview_height.get().ceil())
                                ></iframe>
                            }
                        })
                }}
            </div>
        </dialog>
    }
}

/// The dialog's choices as its form holds them (a control that is not there — the figure menu of
/// a view without figures — reads as the default).
fn read_choice() -> EmbedChoice {
    let property = |id: &str, name: &str| {
        document()
            .get_element_by_id(id)
            .and_then(|element| js_sys::Reflect::get(&element, &name.into()).ok())
    };
    let value = |id| {
        property(id, "value")
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let checked = |id| property(id, "checked").and_then(|v| v.as_bool()) == Some(true);
    EmbedChoice {
        only: value("embed-only"),
        theme: value("embed-theme"),
        plain: checked("embed-plain"),
        still: checked("embed-static"),
        transparent: checked("embed-transparent"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_resizes_and_is_titled() {
        let snippet = embed_snippet(
            ViewId::Memory,
            "https://x.org/memory?v=1&p=epoch-2030&embed=1",
            900,
        );
        assert!(snippet.contains("src=\"https://x.org/memory?v=1&amp;p=epoch-2030&amp;embed=1\""));
        assert!(snippet.contains("title=\"First Wall: The memory wall\""));
        assert!(snippet.contains("height:900px"));
        assert!(snippet.contains("firstwall:height"));
        assert!(snippet.contains("frame.contentWindow === event.source"));
        // Matched by window, not by origin: a sandboxed frame's origin is `null`.
        assert!(!snippet.contains("event.origin"));
        assert!(snippet.contains("frame.addEventListener(\"load\", ping)"));
    }

    #[test]
    fn a_choice_writes_only_what_differs_from_an_embeds_defaults() {
        let whole = EmbedChoice {
            theme: "light".to_owned(),
            ..EmbedChoice::default()
        };
        assert_eq!(
            whole.address("https://x.org/?v=1"),
            "https://x.org/?v=1&embed=1"
        );
        assert_eq!(
            whole.address("https://x.org/loop"),
            "https://x.org/loop?embed=1"
        );
        // `plain` means nothing without a figure's caption to drop.
        let plain_view = EmbedChoice {
            plain: true,
            ..whole.clone()
        };
        assert_eq!(plain_view.address("/"), "/?embed=1");
        let figure = EmbedChoice {
            only: "claim:gpt3-a100".to_owned(),
            theme: "auto".to_owned(),
            plain: true,
            still: true,
            transparent: true,
        };
        assert_eq!(
            figure.address("/claims?v=1"),
            "/claims?v=1&embed=1&only=claim%3Agpt3-a100&theme=auto&plain=1&static=1&transparent=1"
        );
        assert_eq!(figure.start_height(), FIGURE_START_HEIGHT_PX);
    }

    /// Every figure the dialog offers is one the embed reads, on its own view.
    #[test]
    fn the_dialog_offers_each_views_figures() {
        for view in ViewId::ALL {
            for (value, label) in figures_of(view) {
                let only = Only::parse(&value).unwrap_or_else(|| panic!("{value}"));
                assert_eq!(only.view(), view, "{value}");
                assert!(!label.is_empty());
            }
        }
        let names = |view| {
            figures_of(view)
                .into_iter()
                .map(|(v, _)| v)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(ViewId::Walls), ["verdict", "road", "chart"]);
        assert_eq!(names(ViewId::Sweep), ["sweep", "phase", "tornado"]);
        assert_eq!(names(ViewId::Engine), Vec::<String>::new());
        assert_eq!(
            names(ViewId::Claims).len(),
            firstwall_model::claims::CLAIMS.len()
        );
    }
}
