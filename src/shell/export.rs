//! Files the visitor takes away: a chart as SVG or PNG (at 2× for projectors), a table as CSV or
//! JSON (with the scenario and the app's version inside), the scenario as the file the CLI reads.
//!
//! Charts are exported from the page as drawn, with the styles the page gives them written into
//! the file (an SVG on its own has no style sheet), on the page's background so that a dark-theme
//! export is not dark text on transparency. Tables are read from the same HTML the page shows.

use firstwall_model::scenario_file::ScenarioFile;
use firstwall_model::Scenario;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::{JsCast as _, JsValue};

/// How much larger than on screen a PNG is drawn: sharp on a projector or a slide.
pub const PNG_SCALE: f64 = 2.0;

/// The SVG properties written into an exported chart, read from the page's computed styles.
const SVG_STYLE_PROPERTIES: &[&str] = &[
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
    "text-anchor",
    "dominant-baseline",
    "visibility",
    "display",
];

/// A table as rows of text, as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableData {
    /// The table's caption (its title).
    pub caption: String,
    /// The column headings.
    pub columns: Vec<String>,
    /// The rows, cell by cell.
    pub rows: Vec<Vec<String>>,
}

impl TableData {
    /// RFC 4180 CSV: a header row, then the rows; fields with commas, quotes or line breaks are
    /// quoted. Lines end in CRLF, as the RFC and spreadsheets expect.
    pub fn to_csv(&self) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .map(|cell| {
                    if cell.contains([',', '"', '\n', '\r']) {
                        format!("\"{}\"", cell.replace('"', "\"\""))
                    } else {
                        cell.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut csv = line(&self.columns);
        csv.push_str("\r\n");
        for row in &self.rows {
            csv.push_str(&line(row));
            csv.push_str("\r\n");
        }
        csv
    }
}

/// A table export: where it came from (so the numbers can be reproduced), then the table.
#[derive(Serialize)]
struct TableExport<'a> {
    /// Always "First Wall".
    app: &'static str,
    /// The app's version.
    version: &'static str,
    /// The view's slug (`walls`).
    view: &'a str,
    /// The exact address of the scenario, with every value written out.
    url: &'a str,
    /// When, as an ISO 8601 UTC time.
    exported: String,
    /// The scenario (levers applied) in the form `firstwall --scenario` reads.
    scenario: ScenarioFile,
    caption: &'a str,
    columns: &'a [String],
    rows: &'a [Vec<String>],
}

/// The JSON of a table exported now from `view` of `scenario` at `url` (pretty-printed).
pub fn table_json(view: &str, url: &str, scenario: &Scenario, table: &TableData) -> String {
    let export = TableExport {
        app: "First Wall",
        version: env!("CARGO_PKG_VERSION"),
        view,
        url,
        exported: now_iso(),
        scenario: ScenarioFile::from_scenario(scenario),
        caption: &table.caption,
        columns: &table.columns,
        rows: &table.rows,
    };
    // Strings, numbers and maps always serialize.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// The current time as ISO 8601 UTC (`2026-11-26T12:00:00.000Z`), from the browser's clock.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Reads an HTML `<table>` (or a `<dl>` of results, as two columns): the header row from `<thead>` (or the first row), the rest as rows;
/// a cell's exact number from its `data-value` where it has one (`2.48e29` rather than the
/// `2.5 × 10²⁹` people read), else its text with white space collapsed.
pub fn read_table(table: &web_sys::Element) -> TableData {
    let cells = |row: &web_sys::Element| -> Vec<String> {
        let list = row.query_selector_all("th, td").ok();
        (0..list.as_ref().map_or(0, web_sys::NodeList::length))
            .filter_map(|i| list.as_ref()?.item(i)?.dyn_into::<web_sys::Element>().ok())
            .map(|cell| cell_text(&cell))
            .collect()
    };
    if table.tag_name().eq_ignore_ascii_case("dl") {
        return read_description_list(table);
    }
    let rows = table.query_selector_all("tr").ok();
    let mut data = TableData {
        caption: table
            .query_selector("caption")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default(),
        ..TableData::default()
    };
    for i in 0..rows.as_ref().map_or(0, web_sys::NodeList::length) {
        let Some(row) = rows
            .as_ref()
            .and_then(|r| r.item(i))
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let in_head = row.closest("thead").ok().flatten().is_some();
        if data.columns.is_empty() && (in_head || i == 0) {
            data.columns = cells(&row);
        } else {
            data.rows.push(cells(&row));
        }
    }
    data
}

/// A cell's exact number (`data-value`) or its text with white space collapsed.
fn cell_text(cell: &web_sys::Element) -> String {
    cell.get_attribute("data-value").unwrap_or_else(|| {
        let text = cell.text_content().unwrap_or_default();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    })
}

/// A `<dl>` of results as a two-column table: each term and its description.
fn read_description_list(list: &web_sys::Element) -> TableData {
    let mut data = TableData {
        caption: list.get_attribute("aria-label").unwrap_or_default(),
        columns: vec!["Quantity".to_owned(), "Value".to_owned()],
        rows: Vec::new(),
    };
    let mut row = Vec::new();
    let mut child = list.first_element_child();
    while let Some(element) = child {
        let text = cell_text(&element);
        match element.tag_name().to_ascii_lowercase().as_str() {
            "dt" => row = vec![text],
            "dd" if !row.is_empty() => {
                row.push(text);
                data.rows.push(std::mem::take(&mut row));
            }
            _ => {}
        }
        child = element.next_element_sibling();
    }
    data
}

/// Reads the first `<table>` in an HTML fragment (the charts crate's table HTML).
pub fn read_table_html(html: &str) -> Option<TableData> {
    let holder = document().create_element("div").ok()?;
    holder.set_inner_html(html);
    let table = holder.query_selector("table").ok()??;
    Some(read_table(&table))
}

/// An SVG file of a chart as it is drawn on the page: styles written in (as attributes), the page's background
/// behind it, a size in pixels.
pub fn standalone_svg(svg: &web_sys::Element) -> Result<String, String> {
    let copy = svg
        .clone_node_with_deep(true)
        .map_err(|_| "the browser could not copy the chart")?
        .dyn_into::<web_sys::Element>()
        .map_err(|_| "the chart is not an element")?;
    let originals = svg.query_selector_all("*").map_err(|_| "bad selector")?;
    let copies = copy.query_selector_all("*").map_err(|_| "bad selector")?;
    for i in 0..originals.length().min(copies.length()) {
        let (Some(original), Some(target)) = (
            originals
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok()),
            copies
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok()),
        ) else {
            continue;
        };
        write_styles(&original, &target);
    }
    let (width, height) = svg_size(svg);
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok();
    copy.set_attribute("width", &format!("{width}")).ok();
    copy.set_attribute("height", &format!("{height}")).ok();
    write_styles(svg, &copy);
    let background = document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "rect")
        .map_err(|_| "the browser could not draw the background")?;
    for (name, value) in [
        ("x", "-10%"),
        ("y", "-10%"),
        ("width", "120%"),
        ("height", "120%"),
    ] {
        background.set_attribute(name, value).ok();
    }
    background.set_attribute("fill", &page_background()).ok();
    copy.prepend_with_node_1(&background)
        .map_err(|_| "the browser could not draw the background")?;
    let text = web_sys::XmlSerializer::new()
        .and_then(|serializer| serializer.serialize_to_string(&copy))
        .map_err(|_| "the browser could not write the SVG")?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{text}"
    ))
}

/// Writes `original`'s computed SVG styles into `target` as presentation attributes (`fill="…"`),
/// which a standalone SVG file honours and which, unlike a `style` attribute, the site's
/// Content-Security-Policy (`style-src 'self'`) does not block.
fn write_styles(original: &web_sys::Element, target: &web_sys::Element) {
    let Some(style) = window().get_computed_style(original).ok().flatten() else {
        return;
    };
    for name in SVG_STYLE_PROPERTIES {
        if let Ok(value) = style.get_property_value(name) {
            if !value.is_empty() {
                // An attribute on a detached copy cannot fail to set.
                target.set_attribute(name, &value).ok();
            }
        }
    }
}

/// The page's background colour (the theme's), for exports that must not be transparent.
fn page_background() -> String {
    document()
        .body()
        .and_then(|body| window().get_computed_style(&body).ok().flatten())
        .and_then(|style| style.get_property_value("background-color").ok())
        .filter(|colour| !colour.is_empty() && colour != "rgba(0, 0, 0, 0)")
        .unwrap_or_else(|| "#ffffff".to_owned())
}

/// An SVG's drawing size: its viewBox, else its size on screen.
fn svg_size(svg: &web_sys::Element) -> (f64, f64) {
    let from_view_box = svg.get_attribute("viewBox").and_then(|view_box| {
        let numbers: Vec<f64> = view_box
            .split([' ', ','])
            .filter_map(|n| n.parse().ok())
            .collect();
        (numbers.len() == 4 && numbers[2] > 0.0 && numbers[3] > 0.0)
            .then(|| (numbers[2], numbers[3]))
    });
    from_view_box.unwrap_or_else(|| {
        let rect = svg.get_bounding_client_rect();
        (rect.width().max(1.0), rect.height().max(1.0))
    })
}

/// A PNG (as a `data:` URL) of a chart, an `<svg>` or a `<canvas>`, at [`PNG_SCALE`].
pub async fn png(figure: &web_sys::Element) -> Result<String, String> {
    let canvas = document()
        .create_element("canvas")
        .map_err(|_| "no canvas")?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .map_err(|_| "no canvas")?;
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or("this browser cannot draw on a canvas")?;
    if let Some(source) = figure.dyn_ref::<web_sys::HtmlCanvasElement>() {
        let (w, h) = (f64::from(source.width()), f64::from(source.height()));
        if w < 1.0 || h < 1.0 {
            return Err("the diagram has not been drawn yet".to_owned());
        }
        // A phase diagram is one pixel per cell: scale it up crisply, no blur between cells.
        let scale = (1200.0 / w.max(h)).max(PNG_SCALE).ceil();
        size_canvas(&canvas, w * scale, h * scale);
        context.set_image_smoothing_enabled(false);
        context
            .draw_image_with_html_canvas_element_and_dw_and_dh(
                source,
                0.0,
                0.0,
                w * scale,
                h * scale,
            )
            .map_err(|_| "the browser could not copy the diagram")?;
    } else {
        let svg = standalone_svg(figure)?;
        let (w, h) = svg_size(figure);
        let image = web_sys::HtmlImageElement::new().map_err(|_| "no image")?;
        image.set_src(&format!(
            "data:image/svg+xml;charset=utf-8,{}",
            crate::address::encode_component(&svg)
        ));
        wasm_bindgen_futures::JsFuture::from(image.decode())
            .await
            .map_err(|_| "the browser could not draw the chart as an image")?;
        size_canvas(&canvas, w * PNG_SCALE, h * PNG_SCALE);
        context
            .draw_image_with_html_image_element_and_dw_and_dh(
                &image,
                0.0,
                0.0,
                w * PNG_SCALE,
                h * PNG_SCALE,
            )
            .map_err(|_| "the browser could not draw the chart as an image")?;
    }
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the browser refused to write the image".to_owned())
}

fn size_canvas(canvas: &web_sys::HtmlCanvasElement, width: f64, height: f64) {
    // Chart sizes are a few thousand pixels at most; the casts cannot overflow.
    canvas.set_width(width.round() as u32);
    canvas.set_height(height.round() as u32);
}

/// An SVG file that shows a canvas (the phase diagram is a raster, one pixel per cell).
pub fn canvas_svg(canvas: &web_sys::HtmlCanvasElement, png_url: &str) -> String {
    let (w, h) = (canvas.width(), canvas.height());
    let size = 1200.0_f64.max(f64::from(w.max(h)));
    let scale = size / f64::from(w.max(h).max(1));
    let (width, height) = (f64::from(w) * scale, f64::from(h) * scale);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
         <image width=\"{width}\" height=\"{height}\" image-rendering=\"pixelated\" href=\"{png_url}\"/></svg>"
    )
}

/// Puts `text` on the clipboard; `false` where the browser has no clipboard for this page (a
/// plain-http address on another machine has none) or refuses.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    if !available {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Starts the download of `text` as `name`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not make the file")?;
    download_url(name, &url)?;
    // Long enough for the browser to start reading it.
    set_timeout(
        move || {
            web_sys::Url::revoke_object_url(&url).ok();
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Starts the download of a `data:` or `blob:` URL as `name`.
pub fn download_url(name: &str, url: &str) -> Result<(), String> {
    let link = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("the browser could not start the download")?;
    link.set_href(url);
    link.set_download(name);
    link.click();
    Ok(())
}

/// A file name: `first-wall-<view>-<what>.<ext>`, lowercase and dashed.
pub fn file_name(view: &str, what: &str, extension: &str) -> String {
    let what: String = what
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let what = what
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("first-wall-{view}-{what}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let table = TableData {
            caption: "t".into(),
            columns: vec!["Wall".into(), "Share".into()],
            rows: vec![
                vec!["Power".into(), "26.7 %".into()],
                vec!["Memory, network".into(), "say \"hi\"".into()],
            ],
        };
        assert_eq!(
            table.to_csv(),
            "Wall,Share\r\nPower,26.7 %\r\n\"Memory, network\",\"say \"\"hi\"\"\"\r\n"
        );
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            file_name("walls", "Training compute by year", "csv"),
            "first-wall-walls-training-compute-by-year.csv"
        );
        assert_eq!(
            file_name("sweep", "share/bar", "png"),
            "first-wall-sweep-share-bar.png"
        );
    }
}
