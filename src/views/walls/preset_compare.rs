//! Two presets side by side: where they disagree, and why their first walls differ.

use firstwall_model::param::PARAMS;
use firstwall_model::{project, ParamId, PresetId, Scenario};
use leptos::prelude::*;

use super::words;
use crate::state::AppState;
use crate::ui::scale::display_value;

/// Compares the current preset with another one the visitor picks: each one's first wall and
/// year, every assumption on which they disagree, and the disagreements behind their first walls.
#[component]
pub fn PresetCompare() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = Memo::new(move |_| state.scenario.with(|s| s.base.preset_id()));
    let (other, set_other) = signal(None::<PresetId>);
    let on_change = move |event: leptos::ev::Event| {
        set_other.set(PresetId::lookup(&event_target_value(&event)));
    };
    let comparison = move || {
        let a = current.get();
        let b = other.get()?;
        Some(view! { <Comparison a=a b=b /> })
    };
    view! {
        <div class="compare">
            <div class="preset-row">
                <label for="compare-select">
                    {move || format!("Compare {} with", current.get().title())}
                </label>
                <select id="compare-select" on:change=on_change>
                    <option value="">"— choose —"</option>
                    {move || {
                        PresetId::ALL
                            .into_iter()
                            .filter(|p| *p != current.get())
                            .map(|p| view! { <option value=p.id() selected=move || other.get() == Some(p)>{p.title()}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
            {comparison}
        </div>
    }
}

/// The comparison of two presets, as the model sees them (without the visitor's changes).
#[component]
fn Comparison(
    /// The current preset.
    a: PresetId,
    /// The one to compare with.
    b: PresetId,
) -> impl IntoView {
    if a == b {
        return view! { <p>"Choose a different preset to compare."</p> }.into_any();
    }
    let (sa, sb) = (Scenario::preset(a), Scenario::preset(b));
    let (pa, pb) = (project(&sa), project(&sb));
    let differs = |id: ParamId| sa.get(id).to_bits() != sb.get(id).to_bits();
    let rows = ParamId::ALL
        .iter()
        .copied()
        .filter(|&id| differs(id))
        .map(|id| {
            let spec = id.spec();
            view! {
                <tr>
                    <th scope="row">{spec.label}</th>
                    <td>{display_value(spec, sa.get(id))}</td>
                    <td>{display_value(spec, sb.get(id))}</td>
                </tr>
            }
        })
        .collect_view();

    let reasons = |first: Option<firstwall_model::projection::Binding>| -> Vec<&'static str> {
        first.map_or_else(Vec::new, |binding| {
            words::groups_of(binding.wall)
                .iter()
                .flat_map(|&group| {
                    PARAMS
                        .iter()
                        .zip(ParamId::ALL)
                        .filter(move |(spec, &id)| spec.group == group && differs(id))
                        .map(|(spec, _)| spec.label)
                })
                .collect()
        })
    };
    let why = match (pa.first_wall, pb.first_wall) {
        (Some(fa), Some(fb)) if fa.wall == fb.wall => format!(
            "Both hit {} first; {} puts it in {}, {} in {}.",
            fa.wall.label(),
            a.title(),
            words::year(fa.year),
            b.title(),
            words::year(fb.year)
        ),
        _ => format!(
            "{} hits {} first; {} hits {}.",
            a.title(),
            words::binding_short(pa.first_wall.as_ref()),
            b.title(),
            words::binding_short(pb.first_wall.as_ref())
        ),
    };
    let mut because: Vec<&str> = reasons(pa.first_wall);
    for reason in reasons(pb.first_wall) {
        if !because.contains(&reason) {
            because.push(reason);
        }
    }
    let because = if because.is_empty() {
        "They agree on every assumption behind those walls; the difference comes from walls that bind in one and not the other.".to_owned()
    } else {
        format!(
            "They disagree on what sets those walls: {}.",
            because.join("; ")
        )
    };

    view! {
        <div class="comparison" id="comparison">
            <p class="compare-why">{why} " " {because}</p>
            <div class="table-scroll">
            <table class="param-table">
                <caption>"Where the two presets disagree"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Assumption"</th>
                        <th scope="col">{a.title()}</th>
                        <th scope="col">{b.title()}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    <tr class="compare-result">
                        <th scope="row">"First wall"</th>
                        <td>{words::binding_short(pa.first_wall.as_ref())}</td>
                        <td>{words::binding_short(pb.first_wall.as_ref())}</td>
                    </tr>
                </tbody>
            </table>
            </div>
        </div>
    }
    .into_any()
}
