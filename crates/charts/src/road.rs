//! The road of scaling meeting its walls: where each wall stands and where its label goes, for a
//! drawing of a given width ([`Layout`], [`place`]), and the drawing as SVG text ([`road_svg`]).
//! The app draws the same layout as live elements (`src/views/walls/wall_diagram.rs`: each wall
//! a button, updated in place); the first paint, before the app's wasm arrives, prints
//! [`road_svg`] (`firstwall first-paint`), so the two agree to the pixel.

use std::fmt::Write as _;

use firstwall_model::projection::{Projection, FIRST_YEAR, LAST_YEAR};
use firstwall_model::walls::WallId;

/// Approximate width of one character of a wall label (15 px bold), in pixels.
pub const CHAR_WIDTH: f64 = 9.6;
/// Space between two labels in a row, in pixels.
pub const LABEL_GAP: f64 = 8.0;
/// The source diagram's three horizons: "Current (2025)", "Short-to-mid term (5–10 years to
/// build)", "Long-term". We draw them as 2024–2026, 2026–2035 and after 2035.
pub const HORIZONS: [(&str, f64, f64); 3] = [
    ("Now", 2024.0, 2026.0),
    ("Short to mid term", 2026.0, 2035.0),
    ("Long term", 2035.0, 2040.0),
];

/// What the road's caption says, in the app and in the first paint.
pub const CAPTION: &str = "Each wall stands where demand for the largest training run reaches its \
                           ceiling. Select a wall for its mechanism, formula and sources. Bands: \
                           the source diagram's horizons — now, short to mid term, long term.";

/// Where everything goes for a drawing `width` pixels wide (one SVG unit is one pixel, so the
/// text is drawn at the size the style sheet gives it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// The drawing's width, pixels.
    pub width: f64,
    /// The drawing's height, pixels.
    pub height: f64,
    /// Laid out for a phone: the algorithms sign above the road, more label rows, a tick every
    /// four years, the horizons' names on two rows.
    pub narrow: bool,
    /// Left end of the time axis.
    pub x0: f64,
    /// Right end of the time axis.
    pub x1: f64,
    /// Where walls that do not bind before the horizon stand.
    pub beyond_x: f64,
    /// The algorithms sign: left, top, width, height.
    pub sign: (f64, f64, f64, f64),
    /// Top of the horizon bands.
    pub band_top: f64,
    /// The baselines of the horizons' names.
    pub horizon_label_y: [f64; 2],
    /// The wall labels' rows (baselines).
    pub label_rows: &'static [f64],
    /// Top of the walls.
    pub wall_top: f64,
    /// Top of the road.
    pub road_top: f64,
    /// Bottom of the road.
    pub road_bottom: f64,
    /// Years between two ticks of the axis.
    pub year_step: usize,
}

impl Layout {
    /// The layout for a drawing `width` pixels wide (at least [`crate::MIN_CHART_WIDTH_PX`]).
    pub fn for_width(width: f64) -> Self {
        let width = width.max(crate::MIN_CHART_WIDTH_PX);
        if crate::is_narrow(width) {
            Self {
                width,
                height: 414.0,
                narrow: true,
                x0: 24.0,
                x1: width - 84.0,
                beyond_x: width - 40.0,
                sign: (2.0, 2.0, width - 4.0, 34.0),
                band_top: 44.0,
                horizon_label_y: [62.0, 80.0],
                label_rows: &[106.0, 126.0, 146.0, 166.0, 186.0, 206.0],
                wall_top: 216.0,
                road_top: 322.0,
                road_bottom: 356.0,
                year_step: 4,
            }
        } else {
            Self {
                width,
                height: 322.0,
                narrow: false,
                x0: 196.0,
                x1: width - 140.0,
                beyond_x: width - 70.0,
                sign: (2.0, 150.0, 176.0, 52.0),
                band_top: 8.0,
                horizon_label_y: [28.0, 28.0],
                label_rows: &[50.0, 72.0, 94.0],
                wall_top: 108.0,
                road_top: 236.0,
                road_bottom: 270.0,
                year_step: 2,
            }
        }
    }

    /// Where a label of `text` centred at `x` must be centred to stay inside the drawing.
    pub fn inside(&self, x: f64, text: &str) -> f64 {
        let half = text.chars().count() as f64 * CHAR_WIDTH / 2.0 + 2.0;
        x.min(self.width - half).max(half)
    }

    /// Where `year` is on the time axis (clamped to its ends).
    pub fn x_of(&self, year: f64) -> f64 {
        let t = (year - f64::from(FIRST_YEAR)) / f64::from(LAST_YEAR - FIRST_YEAR);
        self.x0 + t.clamp(0.0, 1.0) * (self.x1 - self.x0)
    }
}

/// Where each wall stands and which label row it uses.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    /// The wall.
    pub wall: WallId,
    /// Where the wall stands.
    pub x: f64,
    /// Where its label is centred.
    pub label_x: f64,
    /// Its label's row (an index into [`Layout::label_rows`]).
    pub row: usize,
    /// Its label.
    pub label: String,
    /// Whether it is the first wall.
    pub first: bool,
}

/// Where each wall of `projection` stands in `layout`, and where its label goes: every wall but
/// algorithms, in the order they bind, then those that do not bind before the horizon.
pub fn place(projection: &Projection, layout: &Layout) -> Vec<Placement> {
    let first = projection.first_wall.map(|b| b.wall);
    // Left to right: the walls in the order they bind, then those beyond the horizon.
    let walls: Vec<(WallId, f64, String)> = projection
        .order
        .iter()
        .map(|b| {
            (
                b.wall,
                layout.x_of(b.year),
                format!("{} {}", b.wall.label(), crate::words::year(b.year)),
            )
        })
        .chain(
            projection
                .walls
                .iter()
                .filter(|w| w.id != WallId::Software && w.binds_in_year.is_none())
                .map(|w| {
                    let label = if w.ceiling_flop.is_some() {
                        w.id.label().to_owned()
                    } else {
                        format!("{}: cannot bind", w.id.label())
                    };
                    (w.id, layout.beyond_x, label)
                }),
        )
        .collect();
    // Each label takes the row where it needs the smallest shift to the right to clear the
    // labels before it; a dashed leader joins a shifted label to its wall.
    let mut row_end = vec![f64::NEG_INFINITY; layout.label_rows.len()];
    let mut beyond = 0.0;
    walls
        .into_iter()
        .map(|(wall, x, label)| {
            let x = if x >= layout.beyond_x {
                beyond += 1.0;
                layout.beyond_x + (beyond - 1.0) * 12.0 - 24.0
            } else {
                x
            };
            // The first wall's label is larger (see `.first-wall .wall-label`).
            let scale = if Some(wall) == first { 1.15 } else { 1.0 };
            let half = label.chars().count() as f64 * CHAR_WIDTH * scale / 2.0;
            let centre_in = |row: usize| x.max(row_end[row] + LABEL_GAP + half);
            // A row with room for the label between its last label and the drawing's right edge
            // (pulled left of its wall if need be), if there is one.
            let fits = |row: &usize| row_end[*row] + LABEL_GAP + 2.0 * half <= layout.width - 4.0;
            let row = (0..layout.label_rows.len())
                .filter(fits)
                .min_by(|&a, &b| centre_in(a).total_cmp(&centre_in(b)))
                .or_else(|| {
                    (0..layout.label_rows.len())
                        .min_by(|&a, &b| centre_in(a).total_cmp(&centre_in(b)))
                })
                .unwrap_or(0);
            let label_x = centre_in(row)
                .min(layout.width - half - 4.0)
                .max(half + 2.0);
            row_end[row] = label_x + half;
            Placement {
                first: Some(wall) == first,
                wall,
                x,
                label_x,
                row,
                label,
            }
        })
        .collect()
}

/// The sign beside (or, on a phone, above) the road: algorithms are no wall, and what they
/// multiply compute by in 2030, "× 512 by 2030".
pub fn sign_text(projection: &Projection) -> String {
    let multiplier = projection.effective_compute_multiplier[(2030 - FIRST_YEAR) as usize];
    format!(
        "× {} by 2030",
        firstwall_model::format::scientific(multiplier, 2)
    )
}

/// The road for `projection`, `width` pixels wide, as SVG text: the same elements, classes and
/// coordinates as the app's live drawing, with `selected`'s wall marked as selected (the app opens
/// the first wall's details at first). Inert: no wall is a button here.
pub fn road_svg(projection: &Projection, width: f64, selected: Option<WallId>) -> String {
    let l = Layout::for_width(width);
    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        "<svg viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"group\" aria-label=\"The \
         road of AI scaling, {FIRST_YEAR} to {LAST_YEAR}, and the year each wall blocks it\">",
        w = l.width,
        h = l.height,
    );
    for (i, &(name, from, to)) in HORIZONS.iter().enumerate() {
        let (a, b) = (l.x_of(from), l.x_of(to));
        let _ = write!(
            svg,
            "<rect x=\"{a}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"horizon horizon-{i}\"></rect>\
             <text x=\"{}\" y=\"{}\" class=\"horizon-label\" text-anchor=\"middle\">{name}</text>",
            l.band_top,
            b - a,
            l.road_bottom - l.band_top,
            l.inside((a + b) / 2.0, name),
            l.horizon_label_y[i % 2],
        );
    }
    let middle = (l.road_top + l.road_bottom) / 2.0;
    let after = format!("after {LAST_YEAR}");
    let _ = write!(
        svg,
        "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"road\"></rect>\
         <line x1=\"0\" x2=\"{}\" y1=\"{middle}\" y2=\"{middle}\" class=\"road-line\"></line>\
         <text x=\"{}\" y=\"{}\" class=\"horizon-label\" text-anchor=\"middle\">{after}</text>",
        l.road_top,
        l.width,
        l.road_bottom - l.road_top,
        l.width,
        l.inside(l.beyond_x, &after),
        l.horizon_label_y[1],
    );
    for year in (FIRST_YEAR..=LAST_YEAR).step_by(l.year_step) {
        let x = l.x_of(f64::from(year));
        let _ = write!(
            svg,
            "<line x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\" class=\"tick\"></line>\
             <text x=\"{x}\" y=\"{}\" class=\"axis-label\" text-anchor=\"middle\">{year}</text>",
            l.road_bottom,
            l.road_bottom + 6.0,
            l.road_bottom + 22.0,
        );
    }
    // The algorithms sign.
    let (x, y, w, h) = l.sign;
    let centre = x + w / 2.0;
    let sign = sign_text(projection);
    let selected_class = |wall: WallId| {
        if selected == Some(wall) {
            " selected"
        } else {
            ""
        }
    };
    let _ = write!(
        svg,
        "<g class=\"wall software-sign{}\" data-wall=\"software\">\
         <rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\" class=\"sign\"></rect>",
        selected_class(WallId::Software),
    );
    if l.narrow {
        let _ = write!(
            svg,
            "<text x=\"{centre}\" y=\"{}\" class=\"sign-label\" text-anchor=\"middle\">Algorithms: no \
             wall · {}</text>",
            y + h / 2.0 + 5.0,
            crate::escape_html(&sign),
        );
    } else {
        let _ = write!(
            svg,
            "<text x=\"{centre}\" y=\"{}\" class=\"sign-label\" text-anchor=\"middle\">Algorithms: no \
             wall</text><text x=\"{centre}\" y=\"{}\" class=\"sign-label\" \
             text-anchor=\"middle\">{}</text>",
            y + 21.0,
            y + 41.0,
            crate::escape_html(&sign),
        );
    }
    svg.push_str("</g>");
    // The walls, in the app's order (every wall but algorithms, as `WallId::ALL` lists them).
    let placements = place(projection, &l);
    for wall in WallId::ALL.into_iter().filter(|&w| w != WallId::Software) {
        let placement = placements.iter().find(|p| p.wall == wall);
        let x = placement.map_or(l.beyond_x, |p| p.x);
        let label_x = placement.map_or(l.beyond_x, |p| p.label_x);
        let label_y = placement.map_or(l.label_rows[0], |p| l.label_rows[p.row]);
        let first = placement.is_some_and(|p| p.first);
        let _ = write!(
            svg,
            "<g class=\"wall{}{}\" data-wall=\"{}\">\
             <line x1=\"{label_x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\" class=\"leader\"></line>\
             <rect x=\"{}\" y=\"{}\" width=\"18\" height=\"{}\" rx=\"2\" class=\"wall-bar\"></rect>\
             <text x=\"{label_x}\" y=\"{label_y}\" class=\"wall-label\" text-anchor=\"middle\">{}</text>\
             <text x=\"{x}\" y=\"{}\" class=\"first-badge\" text-anchor=\"middle\">{}</text></g>",
            if first { " first-wall" } else { "" },
            selected_class(wall),
            wall.id(),
            label_y + 6.0,
            l.wall_top,
            x - 9.0,
            l.wall_top,
            l.road_top - l.wall_top,
            crate::escape_html(placement.map_or("", |p| p.label.as_str())),
            l.road_bottom + 44.0,
            if first { "▲ first wall" } else { "" },
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::{project, PresetId, Scenario};

    #[test]
    fn labels_do_not_overlap_within_a_row_and_stay_in_the_drawing() {
        for (preset, width) in PresetId::ALL
            .into_iter()
            .flat_map(|p| [280.0, 358.0, 600.0, 700.0, 1120.0].map(|w| (p, w)))
        {
            let layout = Layout::for_width(width);
            let placements = place(&project(&Scenario::preset(preset)), &layout);
            assert_eq!(placements.len(), 5, "every wall but algorithms");
            for p in &placements {
                let half = p.label.chars().count() as f64 * CHAR_WIDTH / 2.0;
                assert!(
                    p.label_x - half >= 0.0 && p.label_x + half <= width,
                    "{preset:?} at {width} px: {} leaves the drawing",
                    p.label
                );
            }
            for (i, a) in placements.iter().enumerate() {
                for b in &placements[i + 1..] {
                    if a.row == b.row {
                        let half =
                            |p: &Placement| p.label.chars().count() as f64 * CHAR_WIDTH / 2.0;
                        assert!(
                            (a.label_x - b.label_x).abs() >= half(a) + half(b),
                            "{preset:?} at {width} px: {} and {} overlap",
                            a.label,
                            b.label
                        );
                    }
                }
            }
        }
    }
}
