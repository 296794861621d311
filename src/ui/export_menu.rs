//! The "Download" menu beside a chart or a table: PNG (2×) and SVG of the chart, CSV and JSON of
//! its table.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use crate::shell::export;
use crate::shell::links::{Freeze, Links};

/// Where the menu finds a chart's table.
#[derive(Clone, Copy)]
pub enum TableFrom {
    /// No table.
    None,
    /// HTML the page may or may not be showing (the charts crate's table functions).
    Html(Signal<String>),
    /// A list of results on the page (`<dl>`: a term and its value per row).
    Page(NodeRef<html::Dl>),
}

/// A download menu. `figure` is the element that holds the chart (an `<svg>` or a `<canvas>`);
/// `table` is where its numbers are.
#[component]
pub fn ExportMenu(
    /// What is exported, for file names (`Training compute by year`).
    what: &'static str,
    /// The element holding the chart, if any.
    #[prop(optional)]
    figure: Option<NodeRef<html::Div>>,
    /// The table, if any.
    #[prop(default = TableFrom::None)]
    table: TableFrom,
    /// Brings the chart up to date at once, if it may be behind (a chart off screen keeps what it
    /// last drew: `ui::on_screen`).
    #[prop(default = None)]
    draw_now: Option<Callback<()>>,
) -> impl IntoView {
    let links = Links::from_context();
    let status = RwSignal::new(String::new());
    let slug = move || links.view().map_or("page", |view| view.slug());
    let name = move |extension: &str| export::file_name(slug(), what, extension);
    let figure_element = move || -> Result<web_sys::Element, String> {
        if let Some(draw_now) = draw_now {
            draw_now.run(());
        }
        let holder = figure
            .ok_or("no chart")?
            .get_untracked()
            .ok_or("the chart is not on the page (show the chart, then try again)")?;
        holder
            .query_selector("svg, canvas")
            .ok()
            .flatten()
            .ok_or_else(|| "the chart has not been drawn yet".to_owned())
    };
    let table_data = move || -> Result<export::TableData, String> {
        match table {
            TableFrom::None => Err("no table".to_owned()),
            TableFrom::Html(html) => export::read_table_html(&html.get_untracked())
                .ok_or_else(|| "there are no numbers yet".to_owned()),
            TableFrom::Page(list) => list
                .get_untracked()
                .map(|list| export::read_table(&list))
                .ok_or_else(|| "the table is not on the page".to_owned()),
        }
    };
    let report = move |result: Result<String, String>| match result {
        Ok(file) => status.set(format!("Downloaded {file}.")),
        Err(err) => status.set(format!("Could not export: {err}.")),
    };

    let svg = move |_| {
        report(figure_element().and_then(|element| {
            let file = name("svg");
            let text = match element.dyn_ref::<web_sys::HtmlCanvasElement>() {
                Some(canvas) => {
                    let png = canvas
                        .to_data_url_with_type("image/png")
                        .map_err(|_| "the browser refused to copy the diagram".to_owned())?;
                    export::canvas_svg(canvas, &png)
                }
                None => export::standalone_svg(&element)?,
            };
            export::download_text(&file, "image/svg+xml", &text)?;
            Ok(file)
        }));
    };
    let png = move |_| {
        let element = match figure_element() {
            Ok(element) => element,
            Err(err) => return report(Err(err)),
        };
        status.set("Drawing the image…".to_owned());
        leptos::task::spawn_local(async move {
            let file = name("png");
            let result = match export::png(&element).await {
                Ok(url) => export::download_url(&file, &url).map(|()| file),
                Err(err) => Err(err),
            };
            report(result);
        });
    };
    let csv = move |_| {
        report(table_data().and_then(|data| {
            let file = name("csv");
            export::download_text(&file, "text/csv", &data.to_csv())?;
            Ok(file)
        }));
    };
    let json = move |_| {
        report(table_data().and_then(|data| {
            let file = name("json");
            let json = links.state().effective.with_untracked(|scenario| {
                export::table_json(slug(), &links.absolute(Freeze::AllValues), scenario, &data)
            });
            export::download_text(&file, "application/json", &json)?;
            Ok(file)
        }));
    };
    let has_table = !matches!(table, TableFrom::None);

    view! {
        <details class="export-menu" data-export-for=what>
            <summary aria-label=format!("Download: {what}")>"Download"</summary>
            <div class="export-buttons" role="group" aria-label=format!("Download: {what}")>
                {figure.map(|_| view! {
                    <button type="button" data-export="png" on:click=png>"PNG image (2×)"</button>
                    <button type="button" data-export="svg" on:click=svg>"SVG image"</button>
                })}
                {has_table.then(|| view! {
                    <button type="button" data-export="csv" on:click=csv>"CSV table"</button>
                    <button type="button" data-export="json" on:click=json>"JSON (with the scenario)"</button>
                })}
            </div>
            <p class="export-status" role="status">{move || status.get()}</p>
        </details>
    }
}
