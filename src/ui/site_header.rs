//! The site header: the name, the navigation between views, the theme switch.

use leptos::prelude::*;

use crate::routes::ViewId;
use crate::shell::router::NavLink;
use crate::shell::theme::ThemeChoice;
use crate::ui::ThemeSwitch;

/// The header on every page. The link to the current view carries `aria-current="page"`.
#[component]
pub fn SiteHeader(
    /// The theme in force when the app started.
    initial_theme: ThemeChoice,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href="/">
                    <img src="/public/favicon.svg" alt="" width="26" height="26" />
                    "First Wall"
                </a>
                <nav class="site-nav" aria-label="Views">
                    <ul>
                        {ViewId::ALL
                            .into_iter()
                            .map(|view| {
                                view! {
                                    <li>
                                        <NavLink href=view.path()>{view.nav_label()}</NavLink>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <ThemeSwitch initial=initial_theme />
            </div>
        </header>
    }
}
