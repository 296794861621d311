//! A labelled menu (a `<select>`) bound to a signal.

use leptos::prelude::*;

/// A labelled `<select>` of `options` bound to `value`; each option's value travels as `T`'s
/// text. (Generic only at the edge: the component itself takes text, so the wasm holds one copy
/// of it however many types its menus choose among.)
pub fn menu<T>(
    id: &'static str,
    label: &'static str,
    options: Vec<(T, String)>,
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Clone + PartialEq + ToString + std::str::FromStr + Send + Sync + 'static,
{
    let options = options
        .into_iter()
        .map(|(v, text)| {
            let selected = value.with_untracked(|current| *current == v);
            (v.to_string(), text, selected)
        })
        .collect();
    let pick = Callback::new(move |text: String| {
        if let Ok(chosen) = text.parse::<T>() {
            value.set(chosen);
        }
    });
    view! { <Menu id=id label=label options=options pick=pick /> }
}

/// A labelled `<select>`: each option's value, what it says, and whether it is chosen; `pick`
/// gets the value chosen.
#[component]
pub fn Menu(
    /// The `<select>`'s id.
    id: &'static str,
    /// The words before it.
    label: &'static str,
    /// Each option's value, its words, and whether it starts chosen.
    options: Vec<(String, String, bool)>,
    /// Called with the value chosen.
    pick: Callback<String>,
) -> impl IntoView {
    view! {
        <label>
            {label}
            <select id=id on:change=move |ev| pick.run(event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(value, text, selected)| {
                        view! { <option value=value selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
