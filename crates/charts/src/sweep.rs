//! The Uncertainty view's charts: first-wall shares, the first-wall year's distribution, the
//! tornado, and the phase diagram's colours — each with an HTML table as its text alternative.
//!
//! SVG built as text with CSS classes for colour (`seg-<wall>`, `bar`, `mark`), so the light and
//! dark themes restyle them; the phase diagram is an image the app paints on a canvas from
//! [`phase_rgb`].

use std::fmt::Write as _;

use firstwall_model::format;
use firstwall_model::projection::{FIRST_YEAR, LAST_YEAR};
use firstwall_model::sweep::{quantile, Leader, Swing, Tally, BINS_PER_YEAR};
use firstwall_model::walls::WallId;

use crate::{escape_html, grid_column, is_narrow, usable, wall_color};

/// The walls that can come first, and "none by the horizon", as the charts label them.
fn outcomes(tally: &Tally) -> Vec<(Option<WallId>, f64)> {
    WallId::ALL
        .iter()
        .filter(|&&wall| wall != WallId::Software)
        .map(|&wall| (Some(wall), tally.share(wall)))
        .chain(std::iter::once((None, tally.none_share())))
        .collect()
}

fn outcome_id(wall: Option<WallId>) -> &'static str {
    wall.map_or("none", WallId::id)
}

fn outcome_label(wall: Option<WallId>) -> String {
    wall.map_or_else(
        || format!("None by {LAST_YEAR}"),
        |wall| wall.label().to_owned(),
    )
}

/// A share as a percentage with one decimal (`26.7 %`), or `< 0.1 %`.
pub fn percent(share: f64) -> String {
    if share > 0.0 && share < 0.0005 {
        "< 0.1 %".to_owned()
    } else {
        format!("{:.1} %", share * 100.0)
    }
}

/// The title of the Uncertainty view's answer, and the name of its share bar, in the app and in
/// the first paint.
pub const SHARES_TITLE: &str = "How often each wall comes first";

/// What the share bar's caption says, in the app and in the first paint.
pub const SHARE_BAR_CAPTION: &str = "Share of samples in which each wall binds first. Algorithms \
                                     set no ceiling, so they never come first.";

/// The answer of a sweep in one sentence: the wall that comes first most often (or that none
/// does, when the leaders are too close to call), and when. The Uncertainty view's headline, and
/// its first paint's.
pub fn headline(tally: &Tally) -> String {
    let worlds = format::grouped(tally.accepted() as f64);
    let when = match (
        tally.first_year_quantile(0.1),
        tally.first_year_quantile(0.5),
        tally.first_year_quantile(0.9),
    ) {
        // Whole years in prose: the chart and its table give the quarters.
        (Some(p10), Some(p50), Some(p90)) => format!(
            " The first wall binds in {:.0} (median); in 80 % of them between {:.0} and {:.0}.",
            p50.floor(),
            p10.floor(),
            p90.floor()
        ),
        _ => String::new(),
    };
    match tally.leader() {
        Leader::NoWorld => format!(
            "Every one of {} draws put a wall below a training run that already happened: around \
             this scenario there is no plausible world.",
            format::grouped(tally.samples as f64)
        ),
        Leader::NoWall => format!(
            "No wall binds before {} in any of {worlds} plausible worlds.",
            LAST_YEAR
        ),
        Leader::TooClose((first, a), (second, b)) => format!(
            "No single wall dominates: {} comes first in {} and {} in {} of {worlds} plausible \
             worlds.{when}",
            first.label(),
            percent(a),
            second.label(),
            percent(b),
        ),
        Leader::Clear(first, share) => format!(
            "{} comes first most often: in {} of {worlds} plausible worlds.{when}",
            first.label(),
            percent(share),
        ),
    }
}

/// One horizontal bar `width` pixels wide, split by how often each wall comes first; a segment
/// wide enough for it carries its percentage.
pub fn share_bar_svg(tally: &Tally, width: f64) -> String {
    let width = usable(width);
    let height = 56.0;
    let mut svg = format!(
        "<svg class=\"share-bar\" viewBox=\"0 0 {width:.0} {height}\" width=\"{width:.0}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"share-bar-title\"><title id=\"share-bar-title\">"
    );
    let summary: Vec<String> = outcomes(tally)
        .iter()
        .filter(|(_, share)| *share > 0.0)
        .map(|(wall, share)| format!("{} {}", outcome_label(*wall), percent(*share)))
        .collect();
    svg.push_str(&escape_html(&format!("First wall: {}", summary.join(", "))));
    svg.push_str("</title>");
    let mut x = 0.0;
    for (wall, share) in outcomes(tally) {
        if share <= 0.0 {
            continue;
        }
        let w = share * width;
        // Writing to a String cannot fail.
        write!(
            svg,
            "<rect class=\"seg seg-{id}\" x=\"{x:.2}\" y=\"0\" width=\"{w:.2}\" height=\"{height}\"><title>{label}: {p}</title></rect>",
            id = outcome_id(wall),
            label = escape_html(&outcome_label(wall)),
            p = escape_html(&percent(share)),
        )
        .ok();
        // "38.6 %" at 18 px is about 60 px wide.
        if w >= 66.0 {
            write!(
                svg,
                "<text class=\"seg-label\" x=\"{:.2}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"18\">{}</text>",
                x + w / 2.0,
                height / 2.0 + 6.0,
                escape_html(&percent(share))
            )
            .ok();
        }
        x += w;
    }
    svg.push_str("</svg>");
    svg
}

/// The legend and numbers of [`share_bar_svg`], as a table: each wall's share of samples in
/// which it comes first, how often it binds at all by the horizon, and its median year.
pub fn share_table_html(tally: &Tally) -> String {
    let mut html = String::from(
        "<table class=\"data-table\" id=\"share-table\"><caption>How often each wall comes \
         first, across the plausible worlds</caption><thead><tr><th scope=\"col\">Wall</th>\
         <th scope=\"col\">First in</th><th scope=\"col\">Binds by 2040 in</th>\
         <th scope=\"col\">Median year it binds</th></tr></thead><tbody>",
    );
    for (wall, share) in outcomes(tally) {
        let (binds, median) = match wall {
            Some(wall) => {
                let bins = &tally.wall_year_bins[wall as usize];
                let binds: u64 = bins.iter().map(|&n| u64::from(n)).sum();
                (
                    percent(binds as f64 / tally.accepted().max(1) as f64),
                    quantile(bins, 0.5).map_or_else(|| "—".to_owned(), |y| format!("{y:.1}")),
                )
            }
            None => (String::new(), String::new()),
        };
        write!(
            html,
            "<tr data-outcome=\"{id}\"><th scope=\"row\"><span class=\"swatch seg-{id}\" aria-hidden=\"true\"></span>{label}</th>\
             <td data-share=\"{share}\">{p}</td><td>{binds}</td><td>{median}</td></tr>",
            id = outcome_id(wall),
            label = escape_html(&outcome_label(wall)),
            p = percent(share),
        )
        .ok();
    }
    html.push_str("</tbody></table>");
    html
}

/// Quarter-year bins of the first wall's year, from the tally's finer histogram.
fn quarter_bins(tally: &Tally) -> Vec<u64> {
    let per_quarter = BINS_PER_YEAR / 4;
    tally
        .first_year_bins
        .chunks(per_quarter)
        .map(|chunk| chunk.iter().map(|&n| u64::from(n)).sum())
        .collect()
}

/// The first wall's year as a histogram (quarter years) laid out for `width` pixels, with its
/// 10th, 50th and 90th percentiles marked.
pub fn year_histogram_svg(tally: &Tally, width: f64) -> String {
    let width = usable(width);
    let narrow = is_narrow(width);
    let height = if narrow { 260.0 } else { 340.0 };
    let (left, right, top, bottom) = if narrow {
        (20.0, 20.0, 64.0, 40.0)
    } else {
        (40.0, 36.0, 64.0, 40.0)
    };
    let span = f64::from(LAST_YEAR - FIRST_YEAR);
    let x_of = |year: f64| left + (year - f64::from(FIRST_YEAR)) / span * (width - left - right);
    let bins = quarter_bins(tally);
    let total: u64 = bins.iter().sum();
    let peak = bins.iter().copied().max().unwrap_or(0).max(1);
    let plot_h = height - top - bottom;
    let mut svg = format!(
        "<svg class=\"year-histogram\" viewBox=\"0 0 {width:.0} {height}\" width=\"{width:.0}\" \
         height=\"{height}\" role=\"img\" aria-labelledby=\"year-histogram-title\"><title id=\"year-histogram-title\">"
    );
    let q = |p: f64| tally.first_year_quantile(p);
    let title = match (q(0.1), q(0.5), q(0.9)) {
        (Some(p10), Some(p50), Some(p90)) => format!(
            "The first wall's year: median {p50:.1}; 80 % of samples between {p10:.1} and {p90:.1}"
        ),
        _ => format!("No wall binds before {LAST_YEAR} in any sample"),
    };
    svg.push_str(&escape_html(&title));
    svg.push_str("</title>");
    // Axis and year ticks every two years (four on a phone).
    write!(
        svg,
        "<line class=\"axis\" x1=\"{left}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\"/>",
        y = height - bottom,
        x2 = width - right
    )
    .ok();
    for year in (FIRST_YEAR..=LAST_YEAR).step_by(if narrow { 4 } else { 2 }) {
        grid_column(
            &mut svg,
            "tick",
            x_of(f64::from(year)),
            height - bottom,
            height - bottom + 6.0,
            height - bottom + 24.0,
            14,
            &year.to_string(),
        );
    }
    write!(
        svg,
        "<text class=\"tick-label\" x=\"{x}\" y=\"18\" font-size=\"14\" text-anchor=\"start\">bars: share of samples per quarter year</text>",
        x = left,
    )
    .ok();
    let bar_w = (width - left - right) / bins.len().max(1) as f64;
    for (i, &count) in bins.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let h = count as f64 / peak as f64 * plot_h;
        let year = f64::from(FIRST_YEAR) + i as f64 / 4.0;
        write!(
            svg,
            "<rect class=\"bar\" x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\"><title>{from:.2}–{to:.2}: {p}</title></rect>",
            x = left + i as f64 * bar_w + 0.5,
            y = height - bottom - h,
            w = (bar_w - 1.0).max(0.5),
            from = year,
            to = year + 0.25,
            p = escape_html(&percent(count as f64 / total.max(1) as f64)),
        )
        .ok();
    }
    // The 10th percentile's label ends at its line and the 90th's starts at it, so the two never
    // overlap; the median's is on the row above.
    for (p, name, anchor) in [
        (0.1, "p10", "end"),
        (0.5, "median", "middle"),
        (0.9, "p90", "start"),
    ] {
        if let Some(year) = q(p) {
            let x = x_of(year);
            let lx = match anchor {
                "end" => (x + 4.0).max(left + 80.0),
                "start" => (x - 4.0).min(width - right - 80.0),
                _ => x.clamp(left + 55.0, width - right - 55.0),
            };
            write!(
                svg,
                "<line class=\"mark mark-{name}\" x1=\"{x:.1}\" y1=\"{top}\" x2=\"{x:.1}\" y2=\"{y2}\"/>\
                 <text class=\"mark-label\" x=\"{lx:.1}\" y=\"{ly}\" text-anchor=\"{anchor}\" font-size=\"14\">{name} {year:.1}</text>",
                y2 = height - bottom,
                ly = top - if name == "median" { 24.0 } else { 6.0 },
            )
            .ok();
        }
    }
    svg.push_str("</svg>");
    svg
}

/// [`year_histogram_svg`]'s numbers by whole year.
pub fn year_table_html(tally: &Tally) -> String {
    let mut html = String::from(
        "<table class=\"data-table\" id=\"year-table\"><caption>The year the first wall binds: \
         share of samples per year</caption><thead><tr><th scope=\"col\">Year</th>\
         <th scope=\"col\">Share of samples</th></tr></thead><tbody>",
    );
    // Of the plausible worlds, as the "none" row is.
    let total = tally.accepted();
    for (year, chunk) in (FIRST_YEAR..).zip(tally.first_year_bins.chunks(BINS_PER_YEAR)) {
        let count: u64 = chunk.iter().map(|&n| u64::from(n)).sum();
        write!(
            html,
            "<tr><th scope=\"row\">{year}</th><td>{}</td></tr>",
            percent(count as f64 / total.max(1) as f64)
        )
        .ok();
    }
    write!(
        html,
        "<tr><th scope=\"row\">None by {LAST_YEAR}</th><td>{}</td></tr></tbody></table>",
        percent(tally.none_share())
    )
    .ok();
    html
}

/// The year a swing's end reaches, the horizon standing in for "none".
fn end_year(end: Option<(WallId, f64)>) -> f64 {
    end.map_or(f64::from(LAST_YEAR), |(_, year)| year)
}

fn end_text(end: Option<(WallId, f64)>) -> String {
    end.map_or_else(
        || format!("none by {LAST_YEAR}"),
        |(wall, year)| format!("{} {year:.1}", wall.label()),
    )
}

/// The tornado, laid out for `width` pixels: for the `rows` parameters that move the first wall
/// most, the first wall's year with the parameter at its 10th and at its 90th percentile, around
/// the scenario's own year. Wide, the labels are a column left of the bars; on a phone each label
/// is a line above its bar.
pub fn tornado_svg(swings: &[Swing], base_year: Option<f64>, rows: usize, width: f64) -> String {
    let width = usable(width);
    let narrow = is_narrow(width);
    let shown: Vec<&Swing> = swings.iter().take(rows).collect();
    // Room for a label on two lines beside the bar, or one above it.
    let (row_h, top, bottom) = if narrow {
        (50.0, 60.0, 44.0)
    } else {
        (42.0, 40.0, 44.0)
    };
    let (left, right) = if narrow { (12.0, 16.0) } else { (360.0, 24.0) };
    // Characters that fit on a label's line: the column beside the bars, or the width.
    let line_chars = if narrow {
        ((width - 24.0) / 7.6) as usize
    } else {
        LABEL_LINE_CHARS
    };
    let height = top + bottom + row_h * shown.len() as f64;
    let years: Vec<f64> = shown
        .iter()
        .flat_map(|s| [end_year(s.low.1), end_year(s.high.1)])
        .chain(base_year)
        .collect();
    let lo = years
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
        .floor()
        .max(f64::from(FIRST_YEAR));
    let hi = years
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max)
        .ceil()
        .min(f64::from(LAST_YEAR))
        .max(lo + 1.0);
    let x_of = |year: f64| left + (year - lo) / (hi - lo) * (width - left - right);
    let mut svg = format!(
        "<svg class=\"tornado\" viewBox=\"0 0 {width:.0} {height}\" width=\"{width:.0}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"tornado-title\">\
         <title id=\"tornado-title\">Which assumptions move the first wall most: the first wall's year with \
         each at the low and the high end of its range</title>"
    );
    let years_per_tick = if narrow { 4.0 } else { 8.0 };
    let step = if hi - lo > years_per_tick { 2 } else { 1 };
    // Whole years within the horizon.
    #[allow(clippy::cast_possible_truncation)]
    let (first_tick, last_tick) = (lo as i32, hi as i32);
    for year in (first_tick..=last_tick).step_by(step) {
        grid_column(
            &mut svg,
            "grid",
            x_of(f64::from(year)),
            top,
            height - bottom,
            height - bottom + 24.0,
            14,
            &year.to_string(),
        );
    }
    // The key: side by side, or one above the other on a phone.
    let (hx, hy) = if narrow {
        (left, 30.0)
    } else {
        (left + 220.0, 8.0)
    };
    write!(
        svg,
        "<rect class=\"legend-low\" x=\"{left}\" y=\"8\" width=\"16\" height=\"16\"/>\
         <text class=\"tick-label\" x=\"{lx}\" y=\"22\" font-size=\"14\">at its 10th percentile</text>\
         <rect class=\"legend-high\" x=\"{hx}\" y=\"{hy}\" width=\"16\" height=\"16\"/>\
         <text class=\"tick-label\" x=\"{htx}\" y=\"{hty}\" font-size=\"14\">at its 90th percentile</text>",
        lx = left + 22.0,
        htx = hx + 22.0,
        hty = hy + 14.0,
    )
    .ok();
    for (i, swing) in shown.iter().enumerate() {
        let y = top + row_h * i as f64;
        let spec = swing.param.spec();
        let lines = if narrow {
            vec![truncate(spec.label, line_chars)]
        } else {
            wrap(spec.label, line_chars)
        };
        // Beside: one line centred on the bar, two around it. Above: at the row's top.
        let (label_x, first_y, anchor) = if narrow {
            (left, y + 14.0, "start")
        } else {
            (
                left - 10.0,
                y + row_h / 2.0 + 5.0 - 8.5 * (lines.len() as f64 - 1.0),
                "end",
            )
        };
        write!(
            svg,
            "<text class=\"row-label\" x=\"{label_x}\" y=\"{first_y:.1}\" text-anchor=\"{anchor}\" font-size=\"14\">",
        )
        .ok();
        for (n, line) in lines.iter().enumerate() {
            write!(
                svg,
                "<tspan x=\"{x}\" dy=\"{dy}\">{line}</tspan>",
                x = label_x,
                dy = if n == 0 { 0.0 } else { 17.0 },
                line = escape_html(line),
            )
            .ok();
        }
        svg.push_str("</text>");
        let centre = base_year.unwrap_or(f64::from(LAST_YEAR));
        for (class, (value, end)) in [("low", swing.low), ("high", swing.high)] {
            let year = end_year(end);
            let (a, b) = (x_of(centre.min(year)), x_of(centre.max(year)));
            write!(
                svg,
                "<rect class=\"swing-{class}\" x=\"{a:.2}\" y=\"{ry:.1}\" width=\"{w:.2}\" height=\"{h:.1}\">\
                 <title>{label} = {v} {unit}: {end}</title></rect>",
                ry = if narrow { y + 20.0 } else { y + 6.0 },
                w = (b - a).max(1.5),
                h = if narrow { row_h - 26.0 } else { row_h - 12.0 },
                label = escape_html(spec.label),
                v = format::figure(value),
                unit = escape_html(spec.unit),
                end = escape_html(&end_text(end)),
            )
            .ok();
        }
    }
    if let Some(year) = base_year {
        let x = x_of(year);
        write!(
            svg,
            "<line class=\"mark\" x1=\"{x:.1}\" y1=\"{top}\" x2=\"{x:.1}\" y2=\"{y2}\"/>",
            y2 = height - bottom
        )
        .ok();
    }
    svg.push_str("</svg>");
    svg
}

/// Characters on one line of a tornado label (the label column is 350 px at 15 px type).
const LABEL_LINE_CHARS: usize = 38;

/// `text` on at most two lines of `max_chars`, broken between words; a second line that would
/// still be too long is shortened with an ellipsis.
fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    if text.chars().count() <= max_chars {
        return vec![text.to_owned()];
    }
    let mut first = String::new();
    let mut words = text.split(' ').peekable();
    while let Some(&word) = words.peek() {
        let len = first.chars().count() + usize::from(!first.is_empty()) + word.chars().count();
        if len > max_chars && !first.is_empty() {
            break;
        }
        if !first.is_empty() {
            first.push(' ');
        }
        first.push_str(word);
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    let mut lines = vec![first];
    if !rest.is_empty() {
        lines.push(truncate(&rest.join(" "), max_chars));
    }
    lines
}

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max_chars - 1).collect();
        format!("{cut}…")
    }
}

/// The tornado's numbers: every parameter, its 10th/90th-percentile values and the first wall
/// at each.
pub fn tornado_table_html(swings: &[Swing]) -> String {
    let mut html = String::from(
        "<table class=\"data-table\" id=\"tornado-table\"><caption>One assumption at a time: \
         the first wall with each at the low and high end of its range</caption><thead><tr>\
         <th scope=\"col\">Assumption</th><th scope=\"col\">Low (10th percentile)</th>\
         <th scope=\"col\">First wall</th><th scope=\"col\">High (90th percentile)</th>\
         <th scope=\"col\">First wall</th><th scope=\"col\">Swing</th></tr></thead><tbody>",
    );
    for swing in swings {
        let spec = swing.param.spec();
        write!(
            html,
            "<tr data-param=\"{id}\"><th scope=\"row\">{label}</th><td>{lv} {unit}</td><td>{le}</td>\
             <td>{hv} {unit}</td><td>{he}</td><td>{sw:.1} years</td></tr>",
            id = spec.id,
            label = escape_html(spec.label),
            unit = escape_html(spec.unit),
            lv = format::figure(swing.low.0),
            le = escape_html(&end_text(swing.low.1)),
            hv = format::figure(swing.high.0),
            he = escape_html(&end_text(swing.high.1)),
            sw = swing.years(),
        )
        .ok();
    }
    html.push_str("</tbody></table>");
    html
}

/// A phase-diagram cell's colour: the first wall's colour, paler the later it binds (a wall in
/// 2024 at full strength, one in 2040 at a third); grey where no wall binds by the horizon.
pub fn phase_rgb(cell: Option<(WallId, f64)>) -> [u8; 3] {
    match cell {
        None => [0xb0, 0xb0, 0xb0],
        Some((wall, year)) => {
            let RGBColorParts(r, g, b) = parts(wall);
            let late = ((year - f64::from(FIRST_YEAR)) / f64::from(LAST_YEAR - FIRST_YEAR))
                .clamp(0.0, 1.0);
            let keep = 1.0 - 0.65 * late;
            let mix = |c: u8| {
                let value = f64::from(c) * keep + 255.0 * (1.0 - keep);
                // 0–255 by construction.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let value = value.round().clamp(0.0, 255.0) as u8;
                value
            };
            [mix(r), mix(g), mix(b)]
        }
    }
}

struct RGBColorParts(u8, u8, u8);

fn parts(wall: WallId) -> RGBColorParts {
    let color = wall_color(wall);
    RGBColorParts(color.0, color.1, color.2)
}

/// A phase diagram's cells as a table, thinned to at most `max` × `max` (every k-th row and
/// column), for people who cannot see the image.
pub fn phase_table_html(
    cells: &[Option<(WallId, f64)>],
    x: (&str, &[f64]),
    y: (&str, &[f64]),
    max: usize,
) -> String {
    let (x_label, xs) = x;
    let (y_label, ys) = y;
    let pick = |n: usize| -> Vec<usize> {
        if n <= max {
            (0..n).collect()
        } else {
            (0..max).map(|k| k * (n - 1) / (max - 1).max(1)).collect()
        }
    };
    let (cols, rows) = (pick(xs.len()), pick(ys.len()));
    let mut html = format!(
        "<table class=\"data-table\" id=\"phase-table\"><caption>The first wall and its year for \
         {} × {} of the diagram's cells: rows {}, columns {}</caption><thead><tr><th scope=\"col\">{} \\ {}</th>",
        rows.len(),
        cols.len(),
        escape_html(y_label),
        escape_html(x_label),
        escape_html(y_label),
        escape_html(x_label)
    );
    for &i in &cols {
        write!(html, "<th scope=\"col\">{}</th>", format::figure(xs[i])).ok();
    }
    html.push_str("</tr></thead><tbody>");
    for &j in rows.iter().rev() {
        write!(html, "<tr><th scope=\"row\">{}</th>", format::figure(ys[j])).ok();
        for &i in &cols {
            let text = match cells.get(j * xs.len() + i).copied().flatten() {
                Some((wall, year)) => format!("{} {year:.1}", wall.label()),
                None => "none".to_owned(),
            };
            write!(html, "<td>{}</td>", escape_html(&text)).ok();
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13: no parameter's name is cut short in the tornado.
    #[test]
    fn every_parameter_label_fits_on_two_lines() {
        for param in &firstwall_model::PARAMS {
            let lines = wrap(param.label, LABEL_LINE_CHARS);
            assert!(lines.len() <= 2, "{}", param.label);
            assert!(
                lines
                    .iter()
                    .all(|l| l.chars().count() <= LABEL_LINE_CHARS && !l.ends_with('…')),
                "{lines:?}"
            );
            assert_eq!(lines.join(" "), param.label);
        }
    }
    use firstwall_model::sweep::{monte_carlo, sensitivity};
    use firstwall_model::{PresetId, Scenario};

    fn tally() -> Tally {
        monte_carlo(&Scenario::preset(PresetId::Epoch2030), 4_000, 1)
    }

    #[test]
    fn the_share_bar_adds_up_to_the_whole_width() {
        let tally = tally();
        for width in [1000.0, 358.0] {
            let svg = share_bar_svg(&tally, width);
            let widths: f64 = svg
                .split("<rect class=\"seg ")
                .skip(1)
                .filter_map(|rest| {
                    rest.split("width=\"")
                        .nth(1)?
                        .split('"')
                        .next()?
                        .parse::<f64>()
                        .ok()
                })
                .sum();
            assert!((widths - width).abs() < 0.1, "{widths} of {width}");
        }
        let svg = share_bar_svg(&tally, 1000.0);
        assert!(svg.contains("seg-power") && svg.contains("seg-data"));
        let table = share_table_html(&tally);
        assert_eq!(table.matches("<tr data-outcome").count(), 6);
        assert!(table.contains(&percent(tally.share(WallId::Power))));
    }

    /// A share under 0.1 % reads "< 0.1 %": escaped, so the SVG stays well-formed XML (an
    /// unescaped `<` broke rasterizing it for the link previews).
    #[test]
    fn a_share_under_a_tenth_of_a_percent_is_escaped_in_the_svg() {
        let mut tally = Tally::default();
        tally.first_counts[WallId::Power as usize] = 10_000;
        tally.first_counts[WallId::Data as usize] = 1;
        tally.samples = 10_001;
        tally.first_year_bins[0] = 1;
        tally.first_year_bins[200] = 10_000;
        for svg in [
            share_bar_svg(&tally, 1000.0),
            year_histogram_svg(&tally, 1000.0),
        ] {
            assert!(svg.contains("&lt; 0.1 %"), "{svg}");
            assert!(!svg.contains("< 0.1"), "{svg}");
        }
    }

    #[test]
    fn the_histogram_marks_the_quantiles() {
        let tally = tally();
        let svg = year_histogram_svg(&tally, 1000.0);
        assert!(
            svg.contains("mark-median") && svg.contains("mark-p10") && svg.contains("mark-p90")
        );
        assert!(svg.matches("class=\"bar\"").count() > 8);
        let table = year_table_html(&tally);
        // 2024 … 2039, and "none by 2040".
        assert_eq!(table.matches("<tr><th scope=\"row\">").count(), 17);
    }

    #[test]
    fn the_tornado_draws_the_largest_swings() {
        let swings = sensitivity(&Scenario::preset(PresetId::Epoch2030));
        // On a phone each label is one line above its bar, starting at the left edge.
        let narrow = tornado_svg(&swings, Some(2029.6), 10, 358.0);
        assert_eq!(
            narrow
                .matches("text-anchor=\"start\" font-size=\"14\"><tspan")
                .count(),
            10
        );
        let svg = tornado_svg(&swings, Some(2029.6), 10, 1000.0);
        assert_eq!(svg.matches("class=\"row-label\"").count(), 10);
        assert!(svg.contains(
            &escape_html(swings[0].param.spec().label)
                .chars()
                .take(20)
                .collect::<String>()
        ));
        let table = tornado_table_html(&swings);
        assert_eq!(table.matches("<tr data-param").count(), swings.len());
    }

    #[test]
    fn phase_colours_fade_with_the_year_and_grey_means_none() {
        let early = phase_rgb(Some((WallId::Power, 2024.0)));
        let late = phase_rgb(Some((WallId::Power, 2040.0)));
        let c = wall_color(WallId::Power);
        assert_eq!(early, [c.0, c.1, c.2]);
        assert!(late.iter().zip(early).all(|(l, e)| *l >= e));
        assert_eq!(phase_rgb(None), [0xb0, 0xb0, 0xb0]);
        let cells = vec![Some((WallId::Power, 2030.0)); 6];
        let table = phase_table_html(&cells, ("x", &[1.0, 2.0, 3.0]), ("y", &[1.0, 2.0]), 16);
        assert_eq!(table.matches("<td>").count(), 6);
    }
}
