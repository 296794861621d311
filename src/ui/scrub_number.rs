//! A number inside a sentence that changes when you drag it or press the arrow keys.

use firstwall_model::ParamId;
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::scale::{display_value, plausibility_note, Scale};

/// Pixels of horizontal drag that sweep the whole track.
const DRAG_PX_PER_TRACK: f64 = 400.0;

/// A scrubbable number bound to one parameter of the shared scenario. It is an ARIA slider:
/// focusable (pressing it focuses it too), ←/→ and ↑/↓ step by a twentieth of the plausible
/// range, Page Up/Down by a quarter of it, Home/End jump to the track's ends; dragging left or
/// right changes it continuously.
#[component]
pub fn ScrubNumber(
    /// The parameter it changes.
    param: ParamId,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let spec = param.spec();
    let value = Memo::new(move |_| state.scenario.with(|s| s.base.get(param)));
    if state.locked.with_untracked(|l| l.contains(&param)) {
        // A teacher's link fixed it: the number, not a control.
        return view! {
            <strong class="scrub-fixed" data-param=spec.id>{move || display_value(spec, value.get())}</strong>
        }
        .into_any();
    }
    let set = move |next: f64| {
        state.update(|s| s.base = s.base.with_clamped(param, next).0);
    };
    // The scale is fixed while dragging, so the number follows the pointer smoothly.
    let drag = StoredValue::new(None::<(f64, f64, Scale)>);

    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let current = value.get_untracked();
        let scale = Scale::for_param(spec, current);
        let Some(next) = scale.after_key(spec, current, &event.key()) else {
            return;
        };
        event.prevent_default();
        set(scale.value_after_key(next, current));
    };
    let on_pointerdown = move |event: leptos::ev::PointerEvent| {
        let current = value.get_untracked();
        let scale = Scale::for_param(spec, current);
        drag.set_value(Some((
            f64::from(event.client_x()),
            scale.position(current),
            scale,
        )));
        let target: web_sys::HtmlElement = event_target(&event);
        // The default action that would focus it is prevented (it starts a drag); focus it here,
        // so the keys work after a press.
        target.focus().ok();
        // Keeps the drag going when the pointer leaves the number; without it, the drag simply
        // ends there.
        target.set_pointer_capture(event.pointer_id()).ok();
        event.prevent_default();
    };
    let on_pointermove = move |event: leptos::ev::PointerEvent| {
        if let Some((start_x, start_t, scale)) = drag.get_value() {
            let dx = f64::from(event.client_x()) - start_x;
            set(scale.value(start_t + dx / DRAG_PX_PER_TRACK));
        }
    };
    let on_pointerup = move |_| drag.set_value(None);

    view! {
        <span
            class="scrub"
            class:implausible=move || !spec.is_plausible(value.get())
            role="slider"
            tabindex="0"
            data-param=spec.id
            aria-label=spec.label
            aria-valuemin=move || Scale::for_param(spec, value.get()).value(0.0)
            aria-valuemax=move || Scale::for_param(spec, value.get()).value(1.0)
            aria-valuenow=move || value.get()
            aria-valuetext=move || {
                plausibility_note(spec, value.get()).unwrap_or_else(|| display_value(spec, value.get()))
            }
            title="Drag sideways, or focus and use the arrow keys"
            on:keydown=on_keydown
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointercancel=on_pointerup
        >
            {move || display_value(spec, value.get())}
        </span>
    }
    .into_any()
}
