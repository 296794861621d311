//! What one wall is, how it is computed with the current numbers, and where the numbers come from.

use firstwall_model::param::PARAMS;
use firstwall_model::walls::WallId;
use leptos::prelude::*;

use super::words;
use crate::state::AppState;
use crate::ui::scale::display_value;
use crate::ui::{EvidenceBadge, SourceLink};

/// The details of the selected wall: mechanism in plain words, the formula with this scenario's
/// numbers, when each component binds, and every parameter behind it with its source.
#[component]
pub fn WallDetails(
    /// The wall to describe; nothing is shown without one.
    selected: RwSignal<Option<WallId>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let wall = selected.get()?;
        // Recomputed once per change; the parts below re-render only when their text changes.
        let result = Memo::new(move |_| state.projection.with(|p| p.wall(wall).clone()));
        let result = move || result.get();
        let when = move || {
            let r = result();
            match (wall, r.binds_in_year) {
                (WallId::Software, _) => "Sets no ceiling of its own.".to_owned(),
                (_, None) if r.ceiling_flop.is_none() => {
                    "Cannot bind in this scenario (the formula below says why).".to_owned()
                }
                (_, Some(year)) => format!(
                    "Binds in {}, through {}.",
                    words::year(year),
                    r.binding_component.map_or("", |c| c.noun())
                ),
                (_, None) => format!(
                    "Does not bind before {}.",
                    firstwall_model::projection::LAST_YEAR
                ),
            }
        };
        let components = move || {
            result()
                .components
                .iter()
                .map(|c| {
                    let when = match (c.binds_in_year, &c.ceiling_flop) {
                        (Some(y), _) => format!("binds in {}", words::year(y)),
                        (None, None) => "cannot bind here".to_owned(),
                        (None, Some(_)) => {
                            format!("not before {}", firstwall_model::projection::LAST_YEAR)
                        }
                    };
                    view! { <li>{c.id.label()} ": " {when}</li> }
                })
                .collect_view()
        };
        // The assumptions' table is folded: built when first opened (or printed, which shows
        // folds), not each time the first wall changes and the details are built again (issue
        // 19: nothing folded is built before it is seen). A click on its summary (a pointer, Enter
        // or Space) builds it before the fold opens, so it never opens empty; `toggle` covers a
        // fold opened otherwise (by a script, or by find in page).
        let opened = RwSignal::new(false);
        crate::ui::on_screen::keep_for_print(std::rc::Rc::new(move || opened.set(true)));
        let on_toggle = move |event: leptos::ev::Event| {
            if event_target::<web_sys::HtmlDetailsElement>(&event).open() {
                opened.set(true);
            }
        };
        let params = move || opened.get().then(|| param_rows(state, wall));
        Some(view! {
            <section class="wall-details" id="wall-details" data-wall=wall.id() aria-labelledby="wall-details-title">
                <div class="wall-details-head">
                    <h3 id="wall-details-title">{wall.label()}</h3>
                    <button type="button" class="link-button" on:click=move |_| selected.set(None)>
                        "Close"
                    </button>
                </div>
                <p class="wall-when">{move || crate::ui::glossary::with_term(when(), "Binds", "binds")}</p>
                <p>{wall.mechanism()}</p>
                // One part says no more than the line above; several are worth listing.
                {(wall.components().len() > 1).then(|| view! {
                    <h4>"Its parts"</h4>
                    <ul>{components}</ul>
                })}
                <details class="fold">
                    <summary>"The formula, with these numbers"</summary>
                    <pre class="formula">{move || result().formula}</pre>
                </details>
                <details class="fold" on:toggle=on_toggle>
                <summary on:click=move |_| opened.set(true)>"The assumptions behind it, with their sources"</summary>
                <div class="table-scroll">
                <table class="param-table">
                    <thead>
                        <tr>
                            <th scope="col">"Assumption"</th>
                            <th scope="col">"Value"</th>
                            <th scope="col">"Evidence"</th>
                            <th scope="col">"Source"</th>
                        </tr>
                    </thead>
                    <tbody>{params}</tbody>
                </table>
                </div>
                </details>
            </section>
        })
    }
}

/// The rows of `wall`'s assumptions table: each parameter of its groups, its value in this
/// scenario, its evidence (marked where it differs from the preset) and its source.
fn param_rows(state: AppState, wall: WallId) -> impl IntoView {
    words::groups_of(wall)
        .iter()
        .flat_map(|&group| {
            PARAMS
                .iter()
                .enumerate()
                .filter(move |(_, p)| p.group == group)
        })
        .map(|(index, spec)| {
            let id = firstwall_model::ParamId::ALL[index];
            // Depends on the preset only, so a slider move does not rebuild it.
            let preset_value =
                Memo::new(move |_| firstwall_model::Scenario::preset(state.preset.get()).get(id));
            let changed = move || {
                state.effective.with(|s| s.get(id)).to_bits() != preset_value.get().to_bits()
            };
            view! {
                <tr>
                    <th scope="row">{spec.label}</th>
                    <td>{move || state.effective.with(|s| display_value(spec, s.get(id)))}</td>
                    <td><EvidenceBadge param=id changed=Signal::derive(changed) /></td>
                    <td><SourceLink citation=spec.source /></td>
                </tr>
            }
        })
        .collect_view()
}
