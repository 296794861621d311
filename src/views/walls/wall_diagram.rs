//! The road of scaling meeting its walls: an interactive SVG, laid out by
//! `firstwall_charts::road` (which also prints it for the first paint).

use firstwall_charts::road::{place, sign_text, Layout, HORIZONS};
use firstwall_model::projection::{FIRST_YEAR, LAST_YEAR};
use firstwall_model::walls::WallId;
use leptos::prelude::*;

use crate::state::AppState;

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
    let multiplier_text = move || state.projection.with(sign_text);
    let sign = move || {
        let l = layout.get();
        let (x, y, w, h) = l.sign;
        let centre = x + w / 2.0;
        // On a phone the sign is one line across the top; beside the road, two lines.
        let text = if l.narrow {
            view! {
                <text x=centre y=y + h / 2.0 + 5.0 class="sign-label" text-anchor="middle">
                    "Algorithms: no wall · " {multiplier_text}
                </text>
            }
            .into_any()
        } else {
            view! {
                <text x=centre y=y + 21.0 class="sign-label" text-anchor="middle">"Algorithms: no wall"</text>
                <text x=centre y=y + 41.0 class="sign-label" text-anchor="middle">{multiplier_text}</text>
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
            <figcaption id="wall-diagram-hint">{firstwall_charts::road::CAPTION}</figcaption>
        </figure>
    }
}
