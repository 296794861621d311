//! A section that shows a chart or, one click away, the same numbers as a table, with the chart's
//! Download menu.

use leptos::prelude::*;

use crate::ui::{ExportMenu, TableFrom};

/// A titled section with a chart (SVG markup) and its table (HTML) behind a toggle button.
#[component]
pub fn ChartOrTable(
    /// The section's class.
    class: &'static str,
    /// The heading's id (the section is labelled by it).
    title_id: &'static str,
    /// The heading, also the Download menu's name for the files.
    title: &'static str,
    /// The toggle button's id.
    toggle_id: &'static str,
    /// What the figure is called on the toggle ("chart", "diagram").
    figure_word: &'static str,
    /// The figure's class.
    figure_class: &'static str,
    /// The figure's id selector (`#power-flow`), for the element and its Download menu.
    figure: &'static str,
    /// The figure's text for screen readers.
    #[prop(into)]
    label: Signal<String>,
    /// The chart, as SVG markup.
    #[prop(into)]
    svg: Signal<String>,
    /// The same numbers, as an HTML table.
    #[prop(into)]
    table: Signal<String>,
    /// A key that toggles the view while the focus is in the section, if any.
    #[prop(optional)]
    key: Option<&'static str>,
) -> impl IntoView {
    let (as_table, set_as_table) = signal(false);
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if key.is_some_and(|k| event.key() == k)
            && !event.ctrl_key()
            && !event.meta_key()
            && !event.alt_key()
        {
            set_as_table.update(|t| *t = !*t);
        }
    };
    let show_table = match key {
        Some(k) => format!("Show as a table ({k})"),
        None => "Show as a table".to_owned(),
    };
    view! {
        <section class=class aria-labelledby=title_id on:keydown=on_keydown>
            <div class="section-head">
                <h2 id=title_id>{title}</h2>
                <button
                    type="button"
                    id=toggle_id
                    aria-pressed=move || as_table.get().to_string()
                    aria-keyshortcuts=key
                    on:click=move |_| set_as_table.update(|t| *t = !*t)
                >
                    {move || {
                        if as_table.get() {
                            format!("Show the {figure_word}")
                        } else {
                            show_table.clone()
                        }
                    }}
                </button>
                <ExportMenu what=title figure=figure table=TableFrom::Html(table) />
            </div>
            {move || {
                if as_table.get() {
                    view! { <div class="table-scroll" inner_html=move || table.get()></div> }.into_any()
                } else {
                    view! {
                        <div
                            class=figure_class
                            id=figure.trim_start_matches('#')
                            role="img"
                            aria-label=move || label.get()
                            inner_html=move || svg.get()
                        ></div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
