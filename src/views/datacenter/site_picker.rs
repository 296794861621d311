//! Real sites to start from.

use firstwall_model::datacenter::SITES;
use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::SourceLink;

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
        <section class="site-picker" aria-labelledby="sites-title">
            <h2 id="sites-title">"Start from a real site"</h2>
            <ul class="site-list">{buttons}</ul>
        </section>
    }
}
