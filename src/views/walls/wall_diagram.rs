//! The road of scaling meeting its walls: an interactive SVG.

use firstwall_model::projection::{Projection, FIRST_YEAR, LAST_YEAR};
use firstwall_model::walls::WallId;
use leptos::prelude::*;

use super::words;
use crate::state::AppState;

/// Width of the drawing, in SVG units.
const WIDTH: f64 = 1000.0;
/// Left and right ends of the time axis, in SVG units.
const X0: f64 = 196.0;
const X1: f64 = 860.0;
/// Where walls that do not bind before the horizon stand.
const BEYOND_X: f64 = 930.0;
/// Vertical layout.
const LABEL_ROW_Y: [f64; 3] = [50.0, 72.0, 94.0];
const WALL_TOP: f64 = 108.0;
const ROAD_TOP: f64 = 236.0;
const ROAD_BOTTOM: f64 = 270.0;
/// Approximate width of one character of a wall label, in SVG units.
const CHAR_WIDTH: f64 = 9.6;
/// Space between two labels in a row, in SVG units.
const LABEL_GAP: f64 = 8.0;

/// The source diagram's three horizons: "Current (2025)", "Short-to-mid term (5–10 years to
/// build)", "Long-term". We draw them as 2024–2026, 2026–2035 and after 2035.
const HORIZONS: [(&str, f64, f64); 3] = [
    ("Now", 2024.0, 2026.0),
    ("Short to mid term", 2026.0, 2035.0),
    ("Long term", 2035.0, 2040.0),
];

fn x_of(year: f64) -> f64 {
    let t = (year - f64::from(FIRST_YEAR)) / f64::from(LAST_YEAR - FIRST_YEAR);
    X0 + t.clamp(0.0, 1.0) * (X1 - X0)
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

fn place(projection: &Projection) -> Vec<Placement> {
    let first = projection.first_wall.map(|b| b.wall);
    // Left to right: the walls in the order they bind, then those beyond the horizon.
    let walls: Vec<(WallId, f64, String)> = projection
        .order
        .iter()
        .map(|b| {
            (
                b.wall,
                x_of(b.year),
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
                    (w.id, BEYOND_X, label)
                }),
        )
        .collect();
    // Each label takes the row where it needs the smallest shift to the right to clear the
    // labels before it; a dashed leader joins a shifted label to its wall.
    let mut row_end = [f64::NEG_INFINITY; LABEL_ROW_Y.len()];
    let mut beyond = 0.0;
    walls
        .into_iter()
        .map(|(wall, x, label)| {
            let x = if x >= BEYOND_X {
                beyond += 1.0;
                BEYOND_X + (beyond - 1.0) * 12.0 - 24.0
            } else {
                x
            };
            // The first wall's label is larger (see `.first-wall .wall-label`).
            let scale = if Some(wall) == first { 1.15 } else { 1.0 };
            let half = label.chars().count() as f64 * CHAR_WIDTH * scale / 2.0;
            let centre_in = |row: usize| x.max(row_end[row] + LABEL_GAP + half);
            let row = (0..LABEL_ROW_Y.len())
                .min_by(|&a, &b| centre_in(a).total_cmp(&centre_in(b)))
                .unwrap_or(0);
            let label_x = centre_in(row).min(WIDTH - half - 4.0);
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
/// the source diagram's three horizons are marked. Each wall is a button that selects it.
#[component]
pub fn WallDiagram(
    /// The wall whose details are open.
    selected: RwSignal<Option<WallId>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let placements = Memo::new(move |_| state.projection.with(place));
    let multiplier_2030 = move || {
        state
            .projection
            .with(|p| p.effective_compute_multiplier[(2030 - FIRST_YEAR) as usize])
    };

    let ticks = (FIRST_YEAR..=LAST_YEAR)
        .step_by(2)
        .map(|year| {
            let x = x_of(f64::from(year));
            view! {
                <line x1=x x2=x y1=ROAD_BOTTOM y2=ROAD_BOTTOM + 6.0 class="tick" />
                <text x=x y=ROAD_BOTTOM + 22.0 class="axis-label" text-anchor="middle">
                    {year}
                </text>
            }
        })
        .collect_view();
    let horizons = HORIZONS
        .iter()
        .enumerate()
        .map(|(i, &(name, from, to))| {
            let (a, b) = (x_of(from), x_of(to));
            view! {
                <rect x=a y="8" width=b - a height=ROAD_BOTTOM - 8.0 class=format!("horizon horizon-{i}") />
                <text x=(a + b) / 2.0 y="28" class="horizon-label" text-anchor="middle">
                    {name}
                </text>
            }
        })
        .collect_view();

    // One stable group per wall; only its attributes change when the scenario does, so the
    // browser restyles a few attributes instead of rebuilding the drawing.
    let wall_view = move |wall: WallId| {
        let placement = move || placements.with(|all| all.iter().find(|p| p.wall == wall).cloned());
        let x = move || placement().map_or(BEYOND_X, |p| p.x);
        let label_x = move || placement().map_or(BEYOND_X, |p| p.label_x);
        let label_y = move || placement().map_or(LABEL_ROW_Y[0], |p| LABEL_ROW_Y[p.row]);
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
                <line x1=label_x x2=x y1=move || label_y() + 6.0 y2=WALL_TOP class="leader" />
                <rect x=move || x() - 9.0 y=WALL_TOP width="18" height=ROAD_TOP - WALL_TOP rx="2" class="wall-bar" />
                <text x=label_x y=label_y class="wall-label" text-anchor="middle">
                    {move || placement().map(|p| p.label).unwrap_or_default()}
                </text>
                <text x=x y=ROAD_BOTTOM + 44.0 class="first-badge" text-anchor="middle">
                    {move || if first() { "▲ first wall" } else { "" }}
                </text>
            </g>
        }
    };

    view! {
        <figure class="wall-diagram">
            <div class="diagram-scroll">
                <svg
                    viewBox=format!("0 0 {WIDTH} 322")
                    role="group"
                    aria-label="The road of AI scaling, 2024 to 2040, and the year each wall blocks it"
                >
                    {horizons}
                    <rect x="0" y=ROAD_TOP width=WIDTH height=ROAD_BOTTOM - ROAD_TOP class="road" />
                    <line x1="0" x2=WIDTH y1=(ROAD_TOP + ROAD_BOTTOM) / 2.0 y2=(ROAD_TOP + ROAD_BOTTOM) / 2.0 class="road-line" />
                    <text x=BEYOND_X y="28" class="horizon-label" text-anchor="middle">
                        {format!("after {LAST_YEAR}")}
                    </text>
                    {ticks}
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
                        <rect x="2" y="150" width="176" height="52" rx="6" class="sign" />
                        <text x="90" y="171" class="sign-label" text-anchor="middle">"Algorithms: no wall"</text>
                        <text x="90" y="191" class="sign-label" text-anchor="middle">
                            {move || format!("× {} by 2030", firstwall_model::format::scientific(multiplier_2030(), 2))}
                        </text>
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
    fn labels_do_not_overlap_within_a_row() {
        for preset in PresetId::ALL {
            let placements = place(&project(&Scenario::preset(preset)));
            assert_eq!(placements.len(), 5, "every wall but algorithms");
            for (i, a) in placements.iter().enumerate() {
                for b in &placements[i + 1..] {
                    if a.row == b.row {
                        let half =
                            |p: &Placement| p.label.chars().count() as f64 * CHAR_WIDTH / 2.0;
                        assert!(
                            (a.label_x - b.label_x).abs() >= half(a) + half(b),
                            "{preset:?}: {} and {} overlap",
                            a.label,
                            b.label
                        );
                    }
                }
            }
        }
    }
}
