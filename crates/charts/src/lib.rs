//! First Wall's charts, drawn with plotters.
//!
//! The trajectory chart is drawn with plotters ([`draw_trajectory`], generic over its
//! `DrawingBackend`; [`trajectory_svg`] renders it as an SVG string); the other charts are SVG
//! text written directly (the power flows, the sweep's charts, the memory view's). The web app
//! renders them; the CLI prints numbers and tables, and rasterizes these charts only for the
//! views' link-preview images (`firstwall preview`). Tests read the SVG. Charts read the
//! model's results and compute nothing of their own.
//!
//! Colours: the walls use the Okabe–Ito palette, which colour-blind readers can tell apart. Text
//! and axes are drawn in [`INK`]; the app's stylesheet recolours them for the dark theme (CSS
//! outranks SVG presentation attributes). Keep [`wall_color`] in sync with the `--wall-*`
//! variables in `style/main.css`.

use firstwall_model::format;
use firstwall_model::history;
use firstwall_model::projection::{Projection, FIRST_YEAR, LAST_YEAR};
use firstwall_model::sweep::{Fans, FAN_SERIES};
use firstwall_model::walls::WallId;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::series::DashedLineSeries;

pub mod first_paint;
pub mod memory;
mod power_flow;
pub mod road;
pub mod sweep;
pub mod words;

pub use power_flow::{power_flow_svg, power_flow_svg_sized, power_flow_table_html};

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The backend failed (for SVG strings this does not happen in practice).
    #[error("the chart could not be drawn: {0}")]
    Drawing(String),
}

/// Text and axes. Keep in sync with the `.chart` rules in `style/main.css`.
pub const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
/// The demand line.
pub const DEMAND: RGBColor = RGBColor(0x00, 0x00, 0x00);
/// The observed runs. Keep in sync with the `.chart` rules in `style/main.css`.
pub const OBSERVED: RGBColor = RGBColor(0x55, 0x55, 0x55);

/// A wall's colour (Okabe–Ito). Keep in sync with `--wall-*` in `style/main.css`.
pub fn wall_color(wall: WallId) -> RGBColor {
    match wall {
        WallId::Data => RGBColor(0x00, 0x72, 0xb2),
        WallId::Software => RGBColor(0x7b, 0x61, 0xb3),
        WallId::Compute => RGBColor(0xd5, 0x5e, 0x00),
        WallId::MemoryNetwork => RGBColor(0x00, 0x9e, 0x73),
        WallId::Power => RGBColor(0xe6, 0x9f, 0x00),
        WallId::Cooling => RGBColor(0xcc, 0x79, 0xa7),
    }
}

/// The narrowest a chart is laid out for, pixels; below this it scrolls sideways.
pub const MIN_CHART_WIDTH_PX: f64 = 280.0;

/// The first year the trajectory chart shows: the observed runs start in 2023 (GPT-4).
pub const CHART_FIRST_YEAR: f64 = 2023.0;

/// The y range, in whole decades around the observed runs, demand and every ceiling, kept within
/// 1e20–1e40.
fn log10_range(projection: &Projection) -> (f64, f64) {
    let observed = history::RUNS.iter().map(|run| &run.flop);
    let values = projection.demand_flop.iter().chain(observed).chain(
        projection
            .walls
            .iter()
            .filter_map(|w| w.ceiling_flop.as_ref())
            .flatten(),
    );
    let (lo, hi) = values
        .filter(|v| v.is_finite() && **v > 0.0)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v.log10()), hi.max(v.log10()))
        });
    let lo = lo.floor().clamp(20.0, 39.0);
    let hi = hi.ceil().clamp(lo + 1.0, 40.0);
    (lo, hi)
}

/// How a label sits on its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The point is at the label's start.
    Start,
    /// The point is at the label's middle.
    Middle,
    /// The point is at the label's end.
    End,
}

/// A piece of text on a chart, in backend pixels.
///
/// Plotters draws lines and markers; charts place their own text. In the browser, plotters
/// measures every string by adding it to the page and forcing a layout, which made a slider
/// move cost milliseconds; these labels need no measuring.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// Where the text is anchored, pixels from the left.
    pub x: i32,
    /// Its baseline, pixels from the top.
    pub y: i32,
    /// The text.
    pub text: String,
    /// How it sits on (x, y).
    pub anchor: Anchor,
    /// Font size, pixels.
    pub size_px: u32,
    /// Bold.
    pub bold: bool,
    /// Rotated a quarter turn anticlockwise (for a vertical axis title).
    pub vertical: bool,
}

/// Approximate width of a character at `size_px`, for laying out the legend.
fn char_width_px(size_px: u32) -> i32 {
    // Sans-serif text averages a little over half its size per character.
    i32::try_from(size_px).unwrap_or(13) * 11 / 20
}

fn label(x: i32, y: i32, text: impl Into<String>, anchor: Anchor, size_px: u32) -> Label {
    Label {
        x,
        y,
        text: text.into(),
        anchor,
        size_px,
        bold: false,
        vertical: false,
    }
}

/// A legend entry without a line or a point.
const NO_MARKER: u32 = u32::MAX;

/// Points of a line, (year, value).
type Points = Vec<(f64, f64)>;

/// A yearly series split at `today`: the points up to it, and the points from it on (each with
/// the value at `today` interpolated in log space, so the two parts join).
fn split_at_today(years: &[f64], values: &[f64], today: f64) -> (Points, Points) {
    let points: Points = years.iter().copied().zip(values.iter().copied()).collect();
    let at_today = points.windows(2).find_map(|w| {
        let ((t0, v0), (t1, v1)) = (w[0], w[1]);
        (t0 <= today && today <= t1 && v0 > 0.0 && v1 > 0.0).then(|| {
            let f = (today - t0) / (t1 - t0);
            (
                today,
                10f64.powf(v0.log10() + f * (v1.log10() - v0.log10())),
            )
        })
    });
    let mut past: Points = points.iter().copied().filter(|p| p.0 < today).collect();
    let mut future: Points = points.iter().copied().filter(|p| p.0 > today).collect();
    if let Some(point) = at_today {
        past.push(point);
        future.insert(0, point);
    }
    (past, future)
}

/// Height of one legend row, pixels.
const LEGEND_ROW_PX: i32 = 20;

/// Height of a legend of `rows` rows under the plot, pixels.
fn legend_height_px(rows: i32) -> u32 {
    u32::try_from(LEGEND_ROW_PX * rows + 20).unwrap_or(0)
}

/// How many entries the trajectory's legend has (see [`draw_trajectory`]): the shading, each
/// wall with a ceiling or that cannot bind (not algorithms), demand, the runs that happened.
fn legend_len(projection: &Projection, fans: Option<&Fans>) -> usize {
    let shaded = usize::from(fans.is_some_and(|f| f.quantiles.len() == FAN_SERIES));
    let walls = projection
        .walls
        .iter()
        .filter(|w| w.ceiling_flop.is_some() || w.id != WallId::Software)
        .count();
    shaded + walls + 2
}

/// What changes with the trajectory chart's width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TrajectoryLayout {
    /// Years between two ticks.
    year_step: usize,
    /// Room for the decade labels, pixels.
    y_label_area: u32,
    /// Room right of the plot, pixels.
    margin_right: u32,
    /// The legend goes under the plot rather than over its top left.
    legend_below: bool,
}

impl TrajectoryLayout {
    fn for_width(width: u32) -> Self {
        let narrow = width < 600;
        Self {
            year_step: if narrow { 4 } else { 2 },
            y_label_area: if narrow { 64 } else { 78 },
            margin_right: if narrow { 14 } else { 30 },
            legend_below: narrow,
        }
    }
}

/// Draws training compute by year on a log scale: the runs that happened (solid points), demand
/// and each wall's ceiling (solid up to today, dashed after: what the scenario projects), with
/// `fans` the band each spans across 80 % of the plausible worlds around the scenario, the points
/// where demand crosses them, a grid and a legend. Returns the text labels for the caller to
/// render (see [`Label`]); [`trajectory_svg`] does that for SVG.
pub fn draw_trajectory<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    projection: &Projection,
    fans: Option<&Fans>,
) -> Result<Vec<Label>, DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = root.dim_in_pixel();
    let layout = TrajectoryLayout::for_width(width);
    let legend_rows = i32::try_from(legend_len(projection, fans)).unwrap_or(0);
    // On a narrow chart the legend goes under the plot, where it has the whole width.
    let (plot_area, legend_area) = if layout.legend_below {
        let plot_px = height.saturating_sub(legend_height_px(legend_rows));
        let (plot, legend) = root.split_vertically(plot_px);
        (plot, Some(legend))
    } else {
        (root.clone(), None)
    };
    let (lo, hi) = log10_range(projection);
    let (first_year, last_year) = (CHART_FIRST_YEAR, f64::from(LAST_YEAR));
    let today = history::evidence_as_of_year();
    let (y_min, y_max) = (10f64.powf(lo), 10f64.powf(hi));
    let chart = ChartBuilder::on(&plot_area)
        .margin(14)
        .margin_right(layout.margin_right)
        .x_label_area_size(34)
        .y_label_area_size(layout.y_label_area)
        .build_cartesian_2d(first_year..last_year, (y_min..y_max).log_scale())?;
    let mut chart = chart;
    let grid = INK.mix(0.14);
    let mut labels = Vec::new();

    // Grid and ticks: every two years (four on a narrow chart), every decade.
    for year in (FIRST_YEAR..=LAST_YEAR).step_by(layout.year_step) {
        let year = f64::from(year);
        chart.draw_series(std::iter::once(PathElement::new(
            [(year, y_min), (year, y_max)],
            grid,
        )))?;
        let (x, y) = chart.backend_coord(&(year, y_min));
        labels.push(label(x, y + 20, format!("{year:.0}"), Anchor::Middle, 14));
    }
    for decade in (lo as i32)..=(hi as i32) {
        let flop = 10f64.powi(decade);
        chart.draw_series(std::iter::once(PathElement::new(
            [(first_year, flop), (last_year, flop)],
            grid,
        )))?;
        let (x, y) = chart.backend_coord(&(first_year, flop));
        labels.push(label(
            x - 8,
            y + 5,
            format::scientific(flop, 1),
            Anchor::End,
            14,
        ));
    }
    chart.draw_series(std::iter::once(PathElement::new(
        [(first_year, y_max), (first_year, y_min), (last_year, y_min)],
        INK.stroke_width(1),
    )))?;
    let (_, top) = chart.backend_coord(&(first_year, y_max));
    let (_, bottom) = chart.backend_coord(&(first_year, y_min));
    labels.push(Label {
        vertical: true,
        ..label(
            16,
            (top + bottom) / 2,
            "Training compute, FLOP",
            Anchor::Middle,
            15,
        )
    });

    // Today: what is left of the line is evidence, what is right of it projection.
    chart.draw_series(std::iter::once(PathElement::new(
        [(today, y_min), (today, y_max)],
        INK.mix(0.45),
    )))?;
    // Labelled at the foot of the line, clear of the legend.
    let (x_today, y_bottom) = chart.backend_coord(&(today, y_min));
    labels.push(label(
        x_today + 4,
        y_bottom - 8,
        "today →",
        Anchor::Start,
        13,
    ));

    let years: Vec<f64> = projection.years.iter().map(|&y| f64::from(y)).collect();
    let mut legend: Vec<(String, RGBColor, u32)> = Vec::new();

    // The fans, under everything else: from the 10th to the 90th percentile of the plausible
    // worlds, clipped to the plot (a wall that cannot bind in a world runs off the top).
    if let Some(fans) = fans.filter(|f| f.quantiles.len() == FAN_SERIES) {
        let clip = |log10: f64| 10f64.powf(log10.clamp(lo, hi));
        for (series, quantiles) in fans.quantiles.iter().enumerate() {
            let color = match series {
                0 => DEMAND,
                w => wall_color(WallId::ALL[w - 1]),
            };
            // A band only where some world puts the wall within reach.
            if quantiles.iter().all(|[p10, _, _]| !p10.is_finite()) {
                continue;
            }
            let mut band: Vec<(f64, f64)> = years
                .iter()
                .zip(quantiles)
                .map(|(&year, [p10, _, _])| (year, clip(*p10)))
                .collect();
            band.extend(
                years
                    .iter()
                    .zip(quantiles)
                    .rev()
                    .map(|(&year, [_, _, p90])| (year, clip(*p90))),
            );
            chart.draw_series(std::iter::once(Polygon::new(
                band,
                color.mix(0.13).filled(),
            )))?;
        }
        legend.push((
            format!(
                "Shaded: 80 % of {} plausible worlds",
                format::grouped(fans.tally.accepted() as f64)
            ),
            INK,
            NO_MARKER,
        ));
    }
    let mut lines: Vec<(&[f64], RGBColor, u32)> = Vec::new();
    for wall in &projection.walls {
        let color = wall_color(wall.id);
        match &wall.ceiling_flop {
            Some(ceilings) => {
                lines.push((ceilings, color, 3));
                legend.push((wall.id.label().to_owned(), color, 3));
            }
            // Say so, rather than leave a wall out without a word.
            None if wall.id != WallId::Software => {
                legend.push((
                    format!("{}: cannot bind here", wall.id.label()),
                    color,
                    NO_MARKER,
                ));
            }
            None => {}
        }
    }
    lines.push((&projection.demand_flop, DEMAND, 4));
    legend.push((
        "Demand: the largest run (dashed: projected)".to_owned(),
        DEMAND,
        4,
    ));
    for (values, color, width) in lines {
        let (past, future) = split_at_today(&years, values, today);
        chart.draw_series(LineSeries::new(past, color.stroke_width(width)))?;
        chart.draw_series(DashedLineSeries::new(
            future,
            12,
            7,
            color.stroke_width(width),
        ))?;
    }

    // The runs that happened: solid points, the records larger.
    for run in &history::RUNS {
        let is_record = history::records().any(|record| std::ptr::eq(record, run));
        chart.draw_series(std::iter::once(Circle::new(
            (run.year(), run.flop),
            if is_record { 5 } else { 3 },
            OBSERVED.filled(),
        )))?;
    }
    legend.push(("Runs that happened (Epoch AI)".to_owned(), OBSERVED, 0));

    for binding in &projection.order {
        let point = (binding.year, binding.flop);
        chart.draw_series(std::iter::once(Circle::new(
            point,
            6,
            wall_color(binding.wall).filled(),
        )))?;
        chart.draw_series(std::iter::once(Circle::new(
            point,
            6,
            DEMAND.stroke_width(2),
        )))?;
    }
    if let Some(first) = &projection.first_wall {
        let (x, y) = chart.backend_coord(&(first.year, first.flop));
        let text = format!(
            "First wall: {}, {:.0}",
            first.wall.label(),
            first.year.floor()
        );
        // Right of the point if it fits, else ending at the plot's right edge.
        let text_px = i32::try_from(text.chars().count()).unwrap_or(0) * char_width_px(16);
        let (right, _) = chart.backend_coord(&(last_year, y_min));
        let x = (x + 14).min(right - text_px).max(0);
        labels.push(Label {
            bold: true,
            ..label(x, y + 30, text, Anchor::Start, 16)
        });
    }

    debug_assert_eq!(legend.len(), legend_len(projection, fans));
    // The legend: top left inside the plot, or under it on a narrow chart.
    let row_px = LEGEND_ROW_PX;
    let widest = legend
        .iter()
        .map(|(text, _, _)| text.chars().count())
        .max()
        .unwrap_or(0);
    let width = 40 + i32::try_from(widest).unwrap_or(0) * char_width_px(14);
    let height = row_px * i32::try_from(legend.len()).unwrap_or(0) + 12;
    let (x0, y0) = match &legend_area {
        Some(area) => {
            let top_px = area.get_pixel_range().1.start;
            (4, top_px + 4)
        }
        None => {
            let (left, top) = chart.backend_coord(&(first_year, y_max));
            (left + 12, top + 10)
        }
    };
    root.draw(&Rectangle::new(
        [(x0, y0), (x0 + width, y0 + height)],
        WHITE.mix(0.9).filled(),
    ))?;
    root.draw(&Rectangle::new(
        [(x0, y0), (x0 + width, y0 + height)],
        INK.mix(0.3),
    ))?;
    for (i, (text, color, stroke)) in legend.into_iter().enumerate() {
        let y = y0 + 16 + row_px * i32::try_from(i).unwrap_or(0);
        if stroke == NO_MARKER {
            // Text only.
        } else if stroke == 0 {
            root.draw(&Circle::new((x0 + 20, y - 4), 5, color.filled()))?;
        } else {
            root.draw(&PathElement::new(
                [(x0 + 10, y - 4), (x0 + 30, y - 4)],
                color.stroke_width(stroke),
            ))?;
        }
        labels.push(label(x0 + 38, y + 1, text, Anchor::Start, 14));
    }

    root.present()?;
    Ok(labels)
}

/// Labels as SVG `<text>` elements.
fn labels_svg(labels: &[Label]) -> String {
    let mut svg = String::from("<g class=\"chart-labels\" font-family=\"sans-serif\">");
    for l in labels {
        let anchor = match l.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let weight = if l.bold { " font-weight=\"700\"" } else { "" };
        let rotate = if l.vertical {
            format!(" transform=\"rotate(-90 {} {})\"", l.x, l.y)
        } else {
            String::new()
        };
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"{}\" fill=\"#1A1A1A\"{weight}{rotate}>{}</text>",
            l.x,
            l.y,
            l.size_px,
            escape_html(&l.text)
        ));
    }
    svg.push_str("</g>");
    svg
}

/// The trajectory chart as an SVG document laid out for `width` pixels (its height follows: a
/// narrow chart is taller, with its legend under the plot).
pub fn trajectory_svg(
    projection: &Projection,
    fans: Option<&Fans>,
    width: u32,
) -> Result<String, ChartError> {
    let layout = TrajectoryLayout::for_width(width);
    let plot_px = (width * 46 / 100).clamp(300, 400);
    let height = if layout.legend_below {
        let rows = i32::try_from(legend_len(projection, fans)).unwrap_or(0);
        plot_px + legend_height_px(rows)
    } else {
        plot_px
    };
    let mut svg = String::new();
    let labels = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw_trajectory(&root, projection, fans)
            .map_err(|err| ChartError::Drawing(err.to_string()))?
    };
    let close = svg.rfind("</svg>").unwrap_or(svg.len());
    svg.insert_str(close, &labels_svg(&labels));
    Ok(svg)
}

/// A vertical line at `x` from `y1` to `y2` with a centred label at `label_y` below it: the ticks
/// and grid columns of the hand-drawn charts (`class` is `tick` or `grid`).
#[allow(clippy::too_many_arguments)] // Reason: one SVG element pair; names at the call sites read better than a struct.
pub(crate) fn grid_column(
    svg: &mut String,
    class: &str,
    x: f64,
    y1: f64,
    y2: f64,
    label_y: f64,
    font_size: u32,
    label: &str,
) {
    use std::fmt::Write as _;
    write!(
        svg,
        "<line class=\"{class}\" x1=\"{x:.1}\" y1=\"{y1}\" x2=\"{x:.1}\" y2=\"{y2}\"/>\
         <text class=\"tick-label\" x=\"{x:.1}\" y=\"{label_y}\" text-anchor=\"middle\" font-size=\"{font_size}\">{label}</text>",
    )
    .ok();
}

/// Whether a hand-drawn chart `width` pixels wide is laid out for a phone.
pub(crate) fn is_narrow(width: f64) -> bool {
    width < 640.0
}

/// A width fit to lay out a chart for: finite, not below 240 pixels.
pub(crate) fn usable(width: f64) -> f64 {
    if width.is_finite() {
        width.max(240.0)
    } else {
        1000.0
    }
}

/// Escapes text for HTML.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The trajectory chart's numbers as an HTML table (the chart's text alternative): one row per
/// year, demand and each wall's ceiling; cells where demand is above the ceiling are marked. Each
/// number also carries its exact value in `data-value`, which the app's CSV and JSON exports use.
///
/// A string rather than components: it is static, and building it as text costs the browser
/// download far less code.
pub fn trajectory_table_html(projection: &Projection) -> String {
    let walls: Vec<_> = projection
        .walls
        .iter()
        .filter(|w| w.ceiling_flop.is_some())
        .collect();
    let mut html = String::from(
        "<table class=\"data-table\" id=\"trajectory-table\"><caption>Largest training run in FLOP: \
         demand and each wall's ceiling. Bold: demand is above the ceiling.</caption><thead><tr>\
         <th scope=\"col\">Year</th><th scope=\"col\">Demand</th>",
    );
    for wall in &walls {
        html.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape_html(wall.id.label())
        ));
    }
    html.push_str("</tr></thead><tbody>");
    for (i, year) in projection.years.iter().enumerate() {
        html.push_str(&format!(
            "<tr><th scope=\"row\">{year}</th><td data-value=\"{demand:e}\">{}</td>",
            format::scientific(projection.demand_flop[i], 2),
            demand = projection.demand_flop[i]
        ));
        for wall in &walls {
            let ceiling = wall.ceiling_flop.as_ref().map_or(f64::NAN, |c| c[i]);
            let class = if projection.demand_flop[i] > ceiling {
                " class=\"exceeded\""
            } else {
                ""
            };
            // No ceiling (NaN) has no exact value; the export keeps the text.
            let exact = if ceiling.is_finite() {
                format!(" data-value=\"{ceiling:e}\"")
            } else {
                String::new()
            };
            html.push_str(&format!(
                "<td{class}{exact}>{}</td>",
                format::scientific(ceiling, 2)
            ));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}

/// The observed runs as an HTML table: every run of at least 1e25 FLOP, with its source.
pub fn observed_runs_table_html() -> String {
    let mut html = String::from(
        "<table class=\"data-table\" id=\"observed-runs-table\"><caption>Training runs that \
         happened: every run of at least 10²⁵ FLOP in Epoch AI's data on large-scale models (to \
         April 2026, CC BY 4.0). Dates are publication dates.</caption><thead><tr>\
         <th scope=\"col\">Published</th><th scope=\"col\">Model</th>\
         <th scope=\"col\">Organization</th><th scope=\"col\">Training compute</th>\
         <th scope=\"col\">Epoch's confidence</th></tr></thead><tbody>",
    );
    for run in &history::RUNS {
        html.push_str(&format!(
            "<tr><td>{}</td><th scope=\"row\">{}</th><td>{}</td>\
             <td data-value=\"{:e}\">{} FLOP</td><td>{}</td></tr>",
            run.date(),
            escape_html(run.model),
            escape_html(run.organization),
            run.flop,
            format::scientific(run.flop, 2),
            run.confidence.label(),
        ));
    }
    html.push_str("</tbody></table>");
    html
}

/// The fans as an HTML table: per year, the 10th–90th percentile range of demand and of each
/// wall that binds in some plausible world.
pub fn fans_table_html(fans: &Fans) -> String {
    if fans.quantiles.len() != FAN_SERIES {
        return String::new();
    }
    let shown: Vec<usize> = (0..FAN_SERIES)
        .filter(|&series| {
            fans.quantiles[series]
                .iter()
                .any(|[p10, _, _]| p10.is_finite())
        })
        .collect();
    let name = |series: usize| match series {
        0 => "Demand".to_owned(),
        w => WallId::ALL[w - 1].label().to_owned(),
    };
    let mut html = format!(
        "<table class=\"data-table\" id=\"fans-table\"><caption>The spread across {} plausible \
         worlds: the 10th to the 90th percentile, FLOP (“no limit” where a wall cannot bind in \
         that share of them)</caption><thead><tr><th scope=\"col\">Year</th>",
        format::grouped(fans.tally.accepted() as f64)
    );
    for &series in &shown {
        html.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape_html(&name(series))
        ));
    }
    html.push_str("</tr></thead><tbody>");
    let value = |log10: f64| {
        if log10.is_finite() {
            format::scientific(10f64.powf(log10), 2)
        } else if log10 > 0.0 {
            "no limit".to_owned()
        } else {
            "none".to_owned()
        }
    };
    for (y, year) in (FIRST_YEAR..=LAST_YEAR).enumerate() {
        html.push_str(&format!("<tr><th scope=\"row\">{year}</th>"));
        for &series in &shown {
            let [p10, _, p90] = fans.quantiles[series][y];
            html.push_str(&format!("<td>{} – {}</td>", value(p10), value(p90)));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}

#[cfg(test)]
mod table_tests {
    use super::*;
    use firstwall_model::{project, PresetId, Scenario};

    #[test]
    fn the_table_has_a_row_per_year_and_marks_exceeded_ceilings() {
        let projection = project(&Scenario::preset(PresetId::Epoch2030));
        let html = trajectory_table_html(&projection);
        assert_eq!(html.matches("<tr>").count(), 1 + projection.years.len());
        assert!(html.contains("<th scope=\"col\">Memory &amp; Network</th>"));
        assert!(html.contains(
            "<th scope=\"row\">2030</th><td data-value=\"2.4833500225704826e29\">2.5 × 10²⁹</td>"
        ));
        // In 2030 demand (2.5e29) is above power (1.9e29) and cooling (2.8e29 is above, so not).
        let row_2030 = html
            .split("<th scope=\"row\">2030</th>")
            .nth(1)
            .unwrap()
            .split("</tr>")
            .next()
            .unwrap();
        assert_eq!(row_2030.matches("exceeded").count(), 1, "{row_2030}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::{project, PresetId, Scenario};

    #[test]
    fn the_trajectory_has_every_wall_the_demand_and_the_first_wall() {
        let projection = project(&Scenario::preset(PresetId::Epoch2030));
        let svg = trajectory_svg(&projection, None, 960).unwrap();
        let sweep = firstwall_model::sweep::Sweep::new(&Scenario::preset(PresetId::Epoch2030), 1);
        let fans = firstwall_model::sweep::fans(&sweep, 400);
        let with_fans = trajectory_svg(&projection, Some(&fans), 960).unwrap();
        assert!(
            with_fans.matches("<polygon").count() >= 4,
            "a band per wall and demand"
        );
        assert!(with_fans.contains("Shaded: 80 % of"));
        let table = fans_table_html(&fans);
        assert_eq!(table.matches("<tr>").count(), 1 + projection.years.len());
        assert!(table.contains("<th scope=\"col\">Power</th>"));
        assert!(svg.starts_with("<svg"), "{}", &svg[..80]);
        assert!(svg.trim_end().ends_with("</svg>"));
        for wall in WallId::ALL {
            let label = wall.label().replace('&', "&amp;");
            let shown = svg.contains(&format!(">{label}</text>"));
            let cannot = svg.contains(&format!(">{label}: cannot bind here</text>"));
            assert_eq!(
                shown,
                projection.wall(wall).ceiling_flop.is_some(),
                "{wall:?}"
            );
            assert_eq!(cannot, wall == WallId::Cooling, "{wall:?}");
        }
        assert!(svg.contains(">Demand: the largest run (dashed: projected)</text>"));
        assert!(svg.contains(">First wall: Power, 2029</text>"));
        assert!(svg.contains(">2030</text>") && svg.contains(">10²⁹</text>"));
        // A line in each bounded wall's colour (none for algorithms, none for cooling, which
        // cannot bind here), and the demand line.
        for wall in WallId::ALL {
            let RGBColor(r, g, b) = wall_color(wall);
            let stroke = format!("stroke=\"#{r:02X}{g:02X}{b:02X}\" stroke-width=\"3\"");
            assert_eq!(
                svg.contains(&stroke),
                projection.wall(wall).ceiling_flop.is_some(),
                "{wall:?}"
            );
        }
        assert!(svg.contains("stroke=\"#000000\" stroke-width=\"4\""));
        // Crossing markers: two circles per binding wall; a point per observed run; the legend's.
        assert_eq!(
            svg.matches("<circle").count(),
            2 * projection.order.len() + history::RUNS.len() + 1
        );
        assert!(svg.contains(">Runs that happened (Epoch AI)</text>"));
        assert!(svg.contains(">today →</text>"));
    }

    #[test]
    fn the_y_axis_spans_whole_decades() {
        let projection = project(&Scenario::preset(PresetId::Epoch2030));
        assert_eq!(log10_range(&projection), (25.0, 36.0));
    }

    #[test]
    fn labels_are_escaped() {
        let svg = labels_svg(&[label(1, 2, "a < b & c", Anchor::Start, 10)]);
        assert!(svg.contains(">a &lt; b &amp; c</text>"));
    }
}
