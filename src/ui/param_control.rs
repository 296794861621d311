//! One assumption: its label, value, slider, exact entry, reset, range and source.

use firstwall_model::format;
use firstwall_model::levers::LEVERS;
use firstwall_model::{ParamId, Scenario};
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::scale::{display_value, Scale, TRACK_STEPS};
use crate::ui::{EvidenceBadge, SourceLink};

/// The control of one parameter of the shared scenario. The slider moves along
/// [`Scale::for_param`]; the number field takes any value within the parameter's limits and says
/// why it refuses anything else; reset returns to the preset's value. Everything it shows comes
/// from the registry.
#[component]
pub fn ParamControl(
    /// The parameter.
    param: ParamId,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let spec = param.spec();
    let value = Memo::new(move |_| state.scenario.with(|s| s.base.get(param)));
    // Depends on the preset only, so moving another slider does not recompute it.
    let preset_value = Memo::new(move |_| Scenario::preset(state.preset.get()).get(param));
    // Only a parameter some lever can change needs to watch the levers' result; the others
    // stay out of the reactive graph's way (a slider move then checks a few memos, not fifty).
    let lever_can_change = LEVERS
        .iter()
        .any(|lever| lever.changes.iter().any(|(id, _)| *id == param));
    let effective = Memo::new(move |_| {
        if lever_can_change {
            state.effective.with(|s| s.get(param))
        } else {
            value.get()
        }
    });
    // What the levers make of this value, where they change it.
    let lever_note = move || {
        (effective.get().to_bits() != value.get().to_bits()).then(|| {
            view! {
                <p class="param-lever">"With the levers on: " {display_value(spec, effective.get())}</p>
            }
        })
    };
    let changed = move || value.get().to_bits() != preset_value.get().to_bits();
    let (error, set_error) = signal(None::<String>);
    let slider_id = format!("param-{}", spec.key);
    let entry_id = format!("entry-{}", spec.key);
    let help_id = format!("help-{}", spec.key);

    let on_slider = move |event: leptos::ev::Event| {
        let Ok(steps) = event_target_value(&event).parse::<f64>() else {
            return;
        };
        let scale = Scale::for_param(spec, value.get_untracked());
        let next = scale.value(steps / TRACK_STEPS);
        set_error.set(None);
        state.update(|s| s.base = s.base.with_clamped(param, next).0);
    };
    let on_entry = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let parsed = firstwall_model::scenario::parse_value(param, &text)
            .and_then(|v| firstwall_model::scenario::validate(param, v));
        match parsed {
            Ok(next) => {
                set_error.set(None);
                state.update(|s| s.base = s.base.with_clamped(param, next).0);
            }
            Err(err) => set_error.set(Some(err.to_string())),
        }
    };
    let reset = move |_| {
        set_error.set(None);
        let target = preset_value.get_untracked();
        state.update(|s| s.base = s.base.with_clamped(param, target).0);
    };

    if spec.is_choice() {
        let select_id = format!("param-{}", spec.key);
        let on_select = move |event: leptos::ev::Event| {
            if let Some(next) = spec.option_value(&event_target_value(&event)) {
                state.update(|s| s.base = s.base.with_clamped(param, next).0);
            }
        };
        return view! {
            <div class="param" data-param=spec.id>
                <div class="param-head">
                    <label for=select_id.clone()>{spec.label}</label>
                    <EvidenceBadge param=param changed=Signal::derive(changed) />
                </div>
                <select
                    id=select_id
                    class="param-select"
                    aria-describedby=help_id.clone()
                    on:change=on_select
                    prop:value=move || spec.option(value.get()).map_or("", |choice| choice.id)
                >
                    {spec
                        .options
                        .iter()
                        .map(|choice| view! { <option value=choice.id>{choice.label}</option> })
                        .collect_view()}
                </select>
                {lever_note}
                <p class="param-help" id=help_id>
                    {spec.help} " " <SourceLink citation=spec.source />
                </p>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="param" data-param=spec.id>
            <div class="param-head">
                <label for=slider_id.clone()>{spec.label}</label>
                <EvidenceBadge param=param changed=Signal::derive(changed) />
                <output for=slider_id.clone() class="param-value">
                    {move || display_value(spec, value.get())}
                </output>
            </div>
            <input
                type="range"
                id=slider_id
                min="0"
                max=TRACK_STEPS
                step="1"
                aria-describedby=help_id.clone()
                aria-valuetext=move || display_value(spec, value.get())
                prop:value=move || {
                    (Scale::for_param(spec, value.get()).position(value.get()) * TRACK_STEPS).round()
                }
                on:input=on_slider
            />
            <div class="param-row">
                <label class="visually-hidden" for=entry_id.clone()>
                    {format!("{}, exact value in {}", spec.label, spec.unit)}
                </label>
                <input
                    type="text"
                    inputmode="decimal"
                    id=entry_id
                    class="param-entry"
                    aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || value.get().to_string()
                    on:change=on_entry
                />
                <span class="param-unit">{spec.unit}</span>
                <button
                    type="button"
                    class="link-button"
                    on:click=reset
                    disabled=move || value.get().to_bits() == preset_value.get().to_bits()
                    aria-label=move || {
                        format!("Reset {} to {}", spec.label, display_value(spec, preset_value.get()))
                    }
                >
                    "Reset"
                </button>
            </div>
            {move || error.get().map(|message| view! { <p class="param-error" role="alert">{message}</p> })}
            {lever_note}
            <p class="param-help" id=help_id>
                {spec.help} " Plausible: " {format::scientific(spec.low, 3)} "–"
                {format::scientific(spec.high, 3)} " " {spec.unit} " (" {spec.range_note} "). "
                <SourceLink citation=spec.source />
            </p>
        </div>
    }
    .into_any()
}
