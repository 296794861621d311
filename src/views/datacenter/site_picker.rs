//! Real sites to start from.

use firstwall_model::datacenter::SITES;
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::{Section, SourceLink};

/// A button per site; each sets the accelerator, size, cooling and power chain of the shared
/// scenario (so the walls follow).
#[component]
pub fn SitePicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let buttons = SITES
        .iter()
        .map(|site| {
            view! {
                <li>
                    <button
                        type="button"
                        class="site-button"
                        data-site=site.id
                        on:click=move |_| state.update(|s| s.base = site.apply(&s.base))
                    >
                        {site.title}
                    </button>
                    <span class="source-inline"><SourceLink citation=site.source /></span>
                </li>
            }
        })
        .collect_view();
    view! {
        <Section id="sites-title" title="Start from a real site" class="site-picker">
            <ul class="site-list">{buttons}</ul>
        </Section>
    }
}
