//! One assumption: its label, value, control (a slider with an exact entry and a reset, or a menu
//! of options), what the levers make of it, its range and source.

use firstwall_model::format;
use firstwall_model::levers::LEVERS;
use firstwall_model::{ParamId, Scenario};
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::glossary::label_with_terms;
use crate::ui::scale::{display_value, entry_text, plausibility_note, Scale, TRACK_STEPS};
use crate::ui::{EvidenceBadge, SourceLink};

/// The control of one parameter of the shared scenario: a menu for a choice, a slider and an
/// exact entry for a number. Everything it shows comes from the registry.
#[component]
pub fn ParamControl(
    /// The parameter.
    param: ParamId,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    if state.locked.with_untracked(|l| l.contains(&param)) {
        // A teacher's link fixed it: its value, and no control.
        let spec = param.spec();
        return view! {
            <div class="param locked" data-param=spec.id>
                <div class="param-head">
                    <span>{label_with_terms(spec.label)}</span>
                    <output class="param-value">
                        {move || state.scenario.with(|s| display_value(spec, s.base.get(param)))}
                    </output>
                </div>
                <p class="param-help">"Fixed by this link."</p>
            </div>
        }
        .into_any();
    }
    if param.spec().is_choice() {
        view! { <ChoiceControl param=param /> }.into_any()
    } else {
        view! { <NumberControl param=param /> }.into_any()
    }
}

/// What both kinds of control show of a parameter: its value in the scenario, the preset's value,
/// and what the levers make of it.
#[derive(Clone, Copy)]
struct Values {
    state: AppState,
    param: ParamId,
    value: Memo<f64>,
    preset_value: Memo<f64>,
    effective: Memo<f64>,
}

impl Values {
    fn new(param: ParamId) -> Self {
        let state = expect_context::<AppState>();
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
        Self {
            state,
            param,
            value,
            preset_value,
            effective,
        }
    }

    /// Whether the visitor changed it from the preset; tracked.
    fn changed(self) -> bool {
        self.value.get().to_bits() != self.preset_value.get().to_bits()
    }

    /// Sets it (clamped into its limits).
    fn set(self, next: f64) {
        let param = self.param;
        self.state
            .update(|s| s.base = s.base.with_clamped(param, next).0);
    }

    /// What the levers make of this value, where they change it.
    fn lever_note(self) -> impl IntoView {
        let spec = self.param.spec();
        move || {
            (self.effective.get().to_bits() != self.value.get().to_bits()).then(|| {
                view! {
                    <p class="param-lever">"With the levers on: " {display_value(spec, self.effective.get())}</p>
                }
            })
        }
    }
}

/// A choice parameter's menu of options.
#[component]
fn ChoiceControl(param: ParamId) -> impl IntoView {
    let values = Values::new(param);
    let spec = param.spec();
    let select_id = format!("param-{}", spec.key);
    let help_id = format!("help-{}", spec.key);
    let on_select = move |event: leptos::ev::Event| {
        if let Some(next) = spec.option_value(&event_target_value(&event)) {
            values.set(next);
        }
    };
    view! {
        <div class="param" data-param=spec.id>
            <div class="param-head">
                <label for=select_id.clone()>{label_with_terms(spec.label)}</label>
                <EvidenceBadge param=param changed=Signal::derive(move || values.changed()) />
            </div>
            <select
                id=select_id
                class="param-select"
                aria-describedby=help_id.clone()
                on:change=on_select
                prop:value=move || spec.option(values.value.get()).map_or("", |choice| choice.id)
            >
                {spec
                    .options
                    .iter()
                    .map(|choice| view! { <option value=choice.id>{choice.label}</option> })
                    .collect_view()}
            </select>
            {values.lever_note()}
            <p class="param-help" id=help_id>
                {spec.help} " " <SourceLink citation=spec.source />
            </p>
        </div>
    }
}

/// A number parameter's slider along [`Scale::for_param`], its exact entry (any value within the
/// parameter's limits; it says why it refuses anything else) and its reset to the preset's value.
#[component]
fn NumberControl(param: ParamId) -> impl IntoView {
    let values = Values::new(param);
    let Values {
        value,
        preset_value,
        ..
    } = values;
    let spec = param.spec();
    let (error, set_error) = signal(None::<String>);
    let slider_id = format!("param-{}", spec.key);
    let entry_id = format!("entry-{}", spec.key);
    let help_id = format!("help-{}", spec.key);

    let on_slider = move |event: leptos::ev::Event| {
        let Ok(steps) = event_target_value(&event).parse::<f64>() else {
            return;
        };
        let scale = Scale::for_param(spec, value.get_untracked());
        set_error.set(None);
        values.set(scale.value(steps / TRACK_STEPS));
    };
    // The arrow and page keys step by a share of the plausible range, not of the track's 1,000
    // steps (UX audit: a plausible range in about twenty presses); Home and End stay the input's.
    let on_slider_key = move |event: leptos::ev::KeyboardEvent| {
        let key = event.key();
        if key == "Home" || key == "End" {
            return;
        }
        let current = value.get_untracked();
        let scale = Scale::for_param(spec, current);
        if let Some(next) = scale.after_key(spec, current, &key) {
            event.prevent_default();
            set_error.set(None);
            values.set(scale.value_after_key(next, current));
        }
    };
    // A fraction is typed and shown as a percentage, as its readout and the verdict give it.
    let percent = spec.unit == "fraction";
    let entry_unit = if percent { "%" } else { spec.unit };
    let on_entry = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let parsed = if percent {
            parse_percent(spec, &text)
        } else {
            firstwall_model::scenario::parse_value(param, &text)
                .and_then(|v| firstwall_model::scenario::validate(param, v))
                .map_err(|err| err.to_string())
        };
        match parsed {
            Ok(next) => {
                set_error.set(None);
                values.set(next);
            }
            Err(message) => set_error.set(Some(message)),
        }
    };
    let reset = move |_| {
        set_error.set(None);
        values.set(preset_value.get_untracked());
    };
    view! {
        <div class="param" data-param=spec.id>
            <div class="param-head">
                <label for=slider_id.clone()>{label_with_terms(spec.label)}</label>
                <EvidenceBadge param=param changed=Signal::derive(move || values.changed()) />
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
                on:keydown=on_slider_key
            />
            <div class="param-row">
                <label class="visually-hidden" for=entry_id.clone()>
                    {format!("{}, exact value in {}", spec.label, entry_unit)}
                </label>
                <input
                    type="text"
                    inputmode="decimal"
                    id=entry_id
                    class="param-entry"
                    aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || entry_text(if percent { value.get() * 100.0 } else { value.get() })
                    on:change=on_entry
                />
                <span class="param-unit">{entry_unit}</span>
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
            {move || {
                plausibility_note(spec, value.get())
                    .map(|note| view! { <p class="param-flag" role="status">{note}</p> })
            }}
            {values.lever_note()}
            <p class="param-help" id=help_id>
                {spec.help} " Plausible: " {format::scientific(spec.low, 3)} "–"
                {format::scientific(spec.high, 3)} " " {spec.unit} " (" {spec.range_note} "). "
                <SourceLink citation=spec.source />
            </p>
        </div>
    }
}

/// A percentage typed for a fraction (`33.3`, `33.3 %`), as the fraction, or why it is refused.
fn parse_percent(spec: &'static firstwall_model::param::Param, text: &str) -> Result<f64, String> {
    let number = text.trim().trim_end_matches('%').trim();
    let (low, high) = (spec.min * 100.0, spec.max * 100.0);
    match number.parse::<f64>() {
        // Rounded, so that 33.3 % is 0.333 and not 0.33299999999999996.
        Ok(p) if p.is_finite() && (low..=high).contains(&p) => {
            Ok(crate::ui::scale::round_significant(p / 100.0, 12))
        }
        _ => Err(format!(
            "{}: {} is not a percentage from {} % to {} %.",
            spec.label,
            format::echo(text),
            format::figure(low),
            format::figure(high)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_are_typed_as_percentages() {
        let spec = ParamId::FreeCoolingShare.spec();
        assert_eq!(parse_percent(spec, "33.3"), Ok(0.333));
        assert_eq!(parse_percent(spec, " 50 % "), Ok(0.5));
        let refused = parse_percent(spec, "150").unwrap_err();
        assert!(
            refused.contains("not a percentage from 0 % to 100 %"),
            "{refused}"
        );
        assert!(parse_percent(spec, "NaN").is_err());
        assert!(parse_percent(spec, "half").is_err());
    }
}
