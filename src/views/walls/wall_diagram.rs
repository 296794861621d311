//! The road of scaling meeting its walls: an interactive SVG.

use firstwall_model::projection::{Projection, FIRST_YEAR, LAST_YEAR};
use firstwall_model::walls::WallId;
use leptos::prelude::*;

use super::words;
use crate::state::AppState;

/// Approximate width of one character of a wall label (15 px bold), in pixels.
const CHAR_WIDTH: f64 = 9.6;
/// Space between two labels in a row, in pixels.
const LABEL_GAP: f64 = 8.0;
/// Below this width (pixels) the road is laid out for a phone: the algorithms sign above the
/// road, more label rows, a tick every four years, the horizons' names on two rows.
const NARROW_PX: f64 = 640.0;

/// The source diagram's three horizons: "Current (2025)", "Short-to-mid term (5–10 years to
/// build)", "Long-term". We draw them as 2024–2026, 2026–2035 and after 2035.
const HORIZONS: [(&str, f64, f64); 3] = [
    ("Now", 2024.0, 2026.0),
    ("Short to mid term", 2026.0, 2035.0),
    ("Long term", 2035.0, 2040.0),
];

/// Where everything goes for a drawing `width` pixels wide (one SVG unit is one pixel, so the
/// text is drawn at the size the style sheet gives it).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Layout {
    width: f64,
    height: f64,
    narrow: bool,
    /// Left and right ends of the time axis.
    x0: f64,
    x1: f64,
    /// Where walls that do not bind before the horizon stand.
    beyond_x: f64,
    /// The algorithms sign: left, top, width, height.
    sign: (f64, f64, f64, f64),
    /// Top of the horizon bands, and the baselines of their names (alternating rows).
    band_top: f64,
    horizon_label_y: [f64; 2],
    /// The wall labels' rows (baselines).
    label_rows: &'static [f64],
    wall_top: f64,
    road_top: f64,
    road_bottom: f64,
    year_step: usize,
}

impl Layout {
    fn for_width(width: f64) -> Self {
        let width = width.max(crate::ui::width::MIN_CHART_WIDTH_PX);
        if width < NARROW_PX {
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
    fn inside(&self, x: f64, text: &str) -> f64 {
        let half = text.chars().count() as f64 * CHAR_WIDTH / 2.0 + 2.0;
        x.min(self.width - half).max(half)
    }

    fn x_of(&self, year: f64) -> f64 {
        let t = (year - f64::from(FIRST_YEAR)) / f64::from(LAST_YEAR - FIRST_YEAR);
        self.x0 + t.clamp(0.0, 1.0) * (self.x1 - self.x0)
    }
}

/// Where each wall stands and which label row it uses.
#[derive(Clone, Debug, PartialEq)]
struct Placement {
    wall: WallId,
    /// Where the wall stands.
    x: f64,
    /// Where its label is centred.
    label_x: f64,
    row: usize,
    label: String,
    first: bool,
}

fn place(projection: &Projection, layout: &Layout) -> Vec<Placement> {
    let first = projection.first_wall.map(|b| b.wall);
    // Left to right: the walls in the order they bind, then those beyond the horizon.
    let walls: Vec<(WallId, f64, String)> = projection
        .order
        .iter()
        .map(|b| {
            (
                b.wall,
                layout.x_of(b.year),
                format!("{} {}", b.wall.label(), words::year(b.year)),
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

/// Six walls on the road of scaling, placed by the year each binds; the first is highlighted;
/// the source diagram's three horizons are marked. Each wall is a button that selects it. The
/// drawing is laid out for the width it has and redrawn when that changes.
#[component]
pub fn WallDiagram(
    /// The wall whose details are open.
    selected: RwSignal<Option<WallId>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let holder = NodeRef::<leptos::html::Div>::new();
    let width = crate::ui::width::use_width(holder);
    let layout = Memo::new(move |_| Layout::for_width(width.get()));
    let placements = Memo::new(move |_| {
        let layout = layout.get();
        state.projection.with(|p| place(p, &layout))
    });
    let multiplier_2030 = move || {
        state
            .projection
            .with(|p| p.effective_compute_multiplier[(2030 - FIRST_YEAR) as usize])
    };

    // What changes only with the width: the bands, the road, the ticks.
    let scenery = move || {
        let l = layout.get();
        let ticks = (FIRST_YEAR..=LAST_YEAR)
            .step_by(l.year_step)
            .map(|year| {
                let x = l.x_of(f64::from(year));
                view! {
                    <line x1=x x2=x y1=l.road_bottom y2=l.road_bottom + 6.0 class="tick" />
                    <text x=x y=l.road_bottom + 22.0 class="axis-label" text-anchor="middle">
                        {year}
                    </text>
                }
            })
            .collect_view();
        let horizons = HORIZONS
            .iter()
            .enumerate()
            .map(|(i, &(name, from, to))| {
                let (a, b) = (l.x_of(from), l.x_of(to));
                view! {
                    <rect x=a y=l.band_top width=b - a height=l.road_bottom - l.band_top class=format!("horizon horizon-{i}") />
                    <text x=l.inside((a + b) / 2.0, name) y=l.horizon_label_y[i % 2] class="horizon-label" text-anchor="middle">
                        {name}
                    </text>
                }
            })
            .collect_view();
        let middle = (l.road_top + l.road_bottom) / 2.0;
        let after = format!("after {LAST_YEAR}");
        view! {
            {horizons}
            <rect x="0" y=l.road_top width=l.width height=l.road_bottom - l.road_top class="road" />
            <line x1="0" x2=l.width y1=middle y2=middle class="road-line" />
            <text x=l.inside(l.beyond_x, &after) y=l.horizon_label_y[1] class="horizon-label" text-anchor="middle">
                {after.clone()}
            </text>
            {ticks}
        }
    };

    // One stable group per wall; only its attributes change when the scenario does, so the
    // browser restyles a few attributes instead of rebuilding the drawing.
    let wall_view = move |wall: WallId| {
        let placement = move || placements.with(|all| all.iter().find(|p| p.wall == wall).cloned());
        let x = move || placement().map_or(layout.get().beyond_x, |p| p.x);
        let label_x = move || placement().map_or(layout.get().beyond_x, |p| p.label_x);
        let label_y = move || {
            let rows = layout.get().label_rows;
            placement().map_or(rows[0], |p| rows[p.row])
        };
        let first = move || placement().is_some_and(|p| p.first);
        let is_selected = move || selected.get() == Some(wall);
        let toggle =
            move || selected.update(|s| *s = if *s == Some(wall) { None } else { Some(wall) });
        view! {
            <g
                class="wall"
                class:first-wall=first
                class:selected=is_selected
                data-wall=wall.id()
                role="button"
                tabindex="0"
                aria-describedby="wall-diagram-hint"
                aria-pressed=move || is_selected().to_string()
                on:click=move |_| toggle()
                on:keydown=move |event: leptos::ev::KeyboardEvent| {
                    if event.key() == "Enter" || event.key() == " " {
                        event.prevent_default();
                        toggle();
                    }
                }
            >
                <line x1=label_x x2=x y1=move || label_y() + 6.0 y2=move || layout.get().wall_top class="leader" />
                <rect
                    x=move || x() - 9.0
                    y=move || layout.get().wall_top
                    width="18"
                    height=move || layout.with(|l| l.road_top - l.wall_top)
                    rx="2"
                    class="wall-bar"
                />
                <text x=label_x y=label_y class="wall-label" text-anchor="middle">
                    {move || placement().map(|p| p.label).unwrap_or_default()}
                </text>
                <text x=x y=move || layout.get().road_bottom + 44.0 class="first-badge" text-anchor="middle">
                    {move || if first() { "▲ first wall" } else { "" }}
                </text>
            </g>
        }
    };
    let sign_text = move || {
        format!(
            "× {} by 2030",
            firstwall_model::format::scientific(multiplier_2030(), 2)
        )
    };
    let sign = move || {
        let l = layout.get();
        let (x, y, w, h) = l.sign;
        let centre = x + w / 2.0;
        // On a phone the sign is one line across the top; beside the road, two lines.
        let text = if l.narrow {
            view! {
                <text x=centre y=y + h / 2.0 + 5.0 class="sign-label" text-anchor="middle">
                    "Algorithms: no wall · " {sign_text}
                </text>
            }
            .into_any()
        } else {
            view! {
                <text x=centre y=y + 21.0 class="sign-label" text-anchor="middle">"Algorithms: no wall"</text>
                <text x=centre y=y + 41.0 class="sign-label" text-anchor="middle">{sign_text}</text>
            }
            .into_any()
        };
        view! {
            <rect x=x y=y width=w height=h rx="6" class="sign" />
            {text}
        }
    };

    view! {
        <figure class="wall-diagram">
            <div class="diagram-scroll" node_ref=holder>
                <svg
                    viewBox=move || layout.with(|l| format!("0 0 {} {}", l.width, l.height))
                    width=move || layout.get().width
                    height=move || layout.get().height
                    role="group"
                    aria-label="The road of AI scaling, 2024 to 2040, and the year each wall blocks it"
                >
                    {scenery}
                    <g
                        class="wall software-sign"
                        class:selected=move || selected.get() == Some(WallId::Software)
                        data-wall="software"
                        role="button"
                        tabindex="0"
                        aria-describedby="wall-diagram-hint"
                        aria-pressed=move || (selected.get() == Some(WallId::Software)).to_string()
                        on:click=move |_| selected.set(Some(WallId::Software))
                        on:keydown=move |event: leptos::ev::KeyboardEvent| {
                            if event.key() == "Enter" || event.key() == " " {
                                event.prevent_default();
                                selected.set(Some(WallId::Software));
                            }
                        }
                    >
                        {sign}
                    </g>
                    {WallId::ALL
                        .into_iter()
                        .filter(|&wall| wall != WallId::Software)
                        .map(wall_view)
                        .collect_view()}
                </svg>
            </div>
            <figcaption id="wall-diagram-hint">
                "Each wall stands where demand for the largest training run reaches its ceiling. "
                "Select a wall for its mechanism, formula and sources. Bands: the source diagram's "
                "horizons — now, short to mid term, long term."
            </figcaption>
        </figure>
    }
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
