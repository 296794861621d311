//! A figure as every view shows one: the chart, its caption, the same numbers as a data table,
//! and the Download menu, with every id derived from the chart's.

use leptos::html;
use leptos::prelude::*;

use crate::ui::{ExportMenu, TableFrom};

/// Where a figure's data table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableMode {
    /// Under the figure, always shown.
    Open,
    /// Under the figure, in a closed `<details>` with this summary (printing opens it).
    Folded(&'static str),
    /// In place of the chart, one press of a toggle button away (and of `key`, while the focus
    /// is in the figure); `word` is what the chart is called on the button ("chart").
    Toggle {
        /// What the chart is called on the button.
        word: &'static str,
        /// A key that toggles it, if any.
        key: Option<&'static str>,
    },
}

/// A chart with its caption, its numbers and its Download menu. The data table's holder has the
/// id `{id}-data`, the toggle button `{id}-table-toggle`. The chart is `svg` (markup from the
/// charts crate, drawn into an element with the id `id`) or the `children` (a canvas the view
/// paints, which carries its own id).
#[component]
pub fn Figure(
    /// The chart element's id, from which the other ids derive.
    id: &'static str,
    /// What the figure is called: the Download menu's name for its files.
    name: &'static str,
    /// The chart element's class.
    class: &'static str,
    /// The chart, as SVG markup (else the children are the chart).
    #[prop(optional, into)]
    svg: Option<Signal<String>>,
    /// What the chart shows, for screen readers (the chart is then an image).
    #[prop(optional, into)]
    label: Option<Signal<String>>,
    /// The caption, if any.
    #[prop(optional, into)]
    caption: Option<TextProp>,
    /// The same numbers, as an HTML table.
    #[prop(into)]
    table: Signal<String>,
    /// Where the table is.
    mode: TableMode,
    /// The chart, when it is not SVG markup.
    #[prop(optional)]
    children: Option<ChildrenFn>,
    /// Kept equal to the chart element's width in CSS pixels (see [`crate::ui::width`]), for a
    /// chart that lays itself out for the width it has.
    #[prop(optional)]
    width: Option<RwSignal<f64>>,
) -> impl IntoView {
    let chart_ref = NodeRef::<html::Div>::new();
    if let Some(width) = width {
        let measured = crate::ui::width::use_width(chart_ref);
        Effect::new(move |_| width.set(measured.get()));
    }
    // Off screen, the chart keeps what it last drew and draws again as it comes into view: its
    // markup is not even computed for changes nobody sees (issue 19). Printing and exporting
    // bring it up to date at once.
    let on_screen = crate::ui::on_screen::use_on_screen(chart_ref);
    let drawn = svg.map(|svg| {
        Memo::new(move |last: Option<&String>| match last {
            Some(last) if !on_screen.get() => last.clone(),
            _ => svg.get(),
        })
    });
    let draw_now = svg.map(|svg| {
        let draw = move || {
            // Only a chart that may be behind; nothing once the figure is gone.
            if on_screen.try_get_untracked() == Some(false) {
                if let (Some(holder), Some(markup)) = (
                    chart_ref.try_get_untracked().flatten(),
                    svg.try_get_untracked(),
                ) {
                    holder.set_inner_html(&markup);
                }
            }
        };
        crate::ui::on_screen::keep_for_print(std::rc::Rc::new(draw));
        Callback::new(move |()| draw())
    });
    let as_table = RwSignal::new(false);
    let table_id = format!("{id}-data");
    // Charts are laid out for their width (`ui::width`), so none scrolls sideways.
    let region = label.map(|_| "img");
    let name_for_readers = move || label.map(|l| l.get());
    let chart = move || match (drawn, children.clone()) {
        (Some(drawn), _) => view! {
            <div
                class=class
                id=id
                node_ref=chart_ref
                role=region
                aria-label=name_for_readers
                data-off-screen=move || (!on_screen.get()).then_some("")
                inner_html=move || drawn.get()
            ></div>
        }
        .into_any(),
        (None, children) => view! {
            <div
                class=class
                node_ref=chart_ref
                role=region
                aria-label=name_for_readers
            >
                {children.map(|children| children())}
            </div>
        }
        .into_any(),
    };
    let figure = move || {
        view! {
            <figure class="chart-figure">
                {chart()}
                {caption.clone().map(|caption| view! { <figcaption>{move || caption.get()}</figcaption> })}
            </figure>
        }
    };
    let data = move || view! { <div class="table-scroll" id=table_id.clone() inner_html=move || table.get()></div> };
    let export = view! {
        <ExportMenu what=name figure=chart_ref table=TableFrom::Html(table) draw_now=draw_now />
    };
    match mode {
        TableMode::Open => view! { {figure()} {data()} {export} }.into_any(),
        TableMode::Folded(summary) => view! {
            {figure()}
            <details class="data-details">
                <summary>{summary}</summary>
                {data()}
            </details>
            {export}
        }
        .into_any(),
        TableMode::Toggle { word, key } => {
            let toggle = move || as_table.update(|shown| *shown = !*shown);
            let on_keydown = move |event: leptos::ev::KeyboardEvent| {
                if key.is_some_and(|k| event.key() == k)
                    && !event.ctrl_key()
                    && !event.meta_key()
                    && !event.alt_key()
                {
                    toggle();
                }
            };
            let show_table = match key {
                Some(k) => format!("Show as a table ({k})"),
                None => "Show as a table".to_owned(),
            };
            view! {
                <div class="figure-block" on:keydown=on_keydown>
                    <div class="figure-tools">
                        <button
                            type="button"
                            id=format!("{id}-table-toggle")
                            aria-pressed=move || as_table.get().to_string()
                            aria-keyshortcuts=key
                            on:click=move |_| toggle()
                        >
                            {move || {
                                if as_table.get() {
                                    format!("Show the {word}")
                                } else {
                                    show_table.clone()
                                }
                            }}
                        </button>
                        {export}
                    </div>
                    {move || if as_table.get() { data().into_any() } else { figure().into_any() }}
                </div>
            }
            .into_any()
        }
    }
}
