//! The address, live: a view's own state in it — the wall that is open (`w=power`), the chip and
//! model of the roofline (`chip=h100&llm=llama2-70b`) — and the permalinks built from all of the
//! address's parts.
//!
//! The scenario and the sweep settings belong to every view; a view's keys
//! ([`crate::address::keys`]) belong to it alone and are dropped when the visitor moves to another.
//! A view reads its initial values from the route's address with [`bind`] when it is created and
//! writes changes through [`ViewQuery::set`]; [`crate::App`]'s address sync writes them out.

use leptos::prelude::*;

use crate::address::{self, encode_component, keys, with_query, Query};
use crate::routes::ViewId;
use crate::shell::router::Route;
use crate::state::AppState;

/// Whether the page is embedded in another site (`?embed=1`, or one figure of it, `?only=road`):
/// one view, no site chrome. In context.
#[derive(Clone, Copy, Debug)]
pub struct Embedded(pub bool);

impl Embedded {
    /// Reads `embed` (`embed=0` is off) and `only` from the address and puts it into context.
    pub fn provide(query: &Query) -> Self {
        let embedded = Self(
            query.get("embed").is_some_and(|value| value != "0") || query.get("only").is_some(),
        );
        provide_context(embedded);
        embedded
    }
}

/// The views' own values, in the order they were first set, each with whether it differs from the
/// view's default.
#[derive(Clone, Copy, Debug)]
pub struct ViewQuery(RwSignal<Vec<(&'static str, String, bool)>>);

impl ViewQuery {
    /// Creates it (empty) and puts it into context.
    pub fn provide() -> Self {
        let query = Self(RwSignal::new(Vec::new()));
        provide_context(query);
        query
    }

    /// Sets `key` to `value`; `differs` says whether that is other than the view's default (only
    /// those go into ordinary links).
    pub fn set(&self, key: &'static str, value: String, differs: bool) {
        self.0
            .update(|pairs| match pairs.iter().position(|(k, _, _)| *k == key) {
                Some(at) => pairs[at] = (key, value, differs),
                None => pairs.push((key, value, differs)),
            });
    }

    /// `key=value` pairs for `view`'s keys (with `Freeze::AllValues`, defaults too); tracked.
    pub fn pairs(&self, view: Option<ViewId>, freeze: Freeze) -> Vec<String> {
        self.0.with(|pairs| {
            pairs
                .iter()
                .filter(|(key, _, differs)| {
                    (*differs || freeze == Freeze::AllValues)
                        && view.is_some_and(|view| keys::is_view_key(key, view))
                })
                .map(|(key, value, _)| format!("{key}={}", encode_component(value)))
                .collect()
        })
    }
}

/// Keeps a view's `signal` in the address under `key`: starts from the address's value where
/// `parse` accepts it (a notice says what was ignored otherwise), and writes every value that
/// differs from the one the view started with (frozen links write defaults too). Call it when the
/// view is created.
pub fn bind<T>(
    key: &'static str,
    signal: RwSignal<T>,
    parse: impl Fn(&str) -> Option<T>,
    show: impl Fn(&T) -> String + Send + Sync + 'static,
) where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let start = signal.get_untracked();
    bind_with_default(key, signal, move || start.clone(), parse, show);
}

/// [`bind`] with a default that can change (the Walls view opens the current first wall, so its
/// `w` is written whenever the open wall is another).
pub fn bind_with_default<T>(
    key: &'static str,
    signal: RwSignal<T>,
    default: impl Fn() -> T + Send + Sync + 'static,
    parse: impl Fn(&str) -> Option<T>,
    show: impl Fn(&T) -> String + Send + Sync + 'static,
) where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    if let Some(text) = expect_context::<Route>().query_value(key) {
        match parse(&text) {
            Some(value) => signal.set(value),
            None => expect_context::<AppState>().notices.update(|notices| {
                notices.push(format!(
                    "Ignored {key} = {}: not one of this view's choices; it shows its default.",
                    firstwall_model::format::echo(&text)
                ));
            }),
        }
    }
    let views = expect_context::<ViewQuery>();
    Effect::new(move |_| {
        let value = signal.get();
        views.set(key, show(&value), value != default());
    });
}

/// How a link freezes the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freeze {
    /// Only what differs from the preset: short, and follows the preset if its defaults change.
    Changes,
    /// Every value written out: the link shows the same numbers whatever later versions change.
    AllValues,
}

/// What a permalink is made of: the scenario, the sweep settings, the route and the views' own
/// values. `Copy`, so event handlers can hold it (they run without the component's context).
#[derive(Clone, Copy)]
pub struct Links {
    state: AppState,
    route: Route,
    views: ViewQuery,
    /// The ordinary link, made once per change however many places show it.
    changes: Memo<String>,
}

impl Links {
    /// Creates the links from the app's state, route and view values, and puts them into context.
    pub fn provide(state: AppState, route: Route, views: ViewQuery) -> Self {
        let changes = Memo::new(move |_| Self::make(state, route, views, Freeze::Changes));
        let links = Self {
            state,
            route,
            views,
            changes,
        };
        provide_context(links);
        links
    }

    /// From the context the app provides.
    pub fn from_context() -> Self {
        expect_context::<Self>()
    }

    /// The path and query of the current view with its full state (no flags); tracked.
    pub fn current(&self, freeze: Freeze) -> String {
        match freeze {
            Freeze::Changes => self.changes.get(),
            Freeze::AllValues => Self::make(self.state, self.route, self.views, freeze),
        }
    }

    fn make(state: AppState, route: Route, views: ViewQuery, freeze: Freeze) -> String {
        let path = route.path();
        let view = ViewId::from_path(&path);
        let scenario = state.scenario.with(|s| match freeze {
            Freeze::Changes => address::scenario::encode(s),
            Freeze::AllValues => address::scenario::encode_frozen(s),
        });
        // Frozen, the sweep's settings matter only where a sweep is shown.
        let sweep = state.sweep.with(|s| match freeze {
            Freeze::AllValues if view == Some(ViewId::Sweep) => address::sweep::encode_all(s),
            _ => address::sweep::encode(s),
        });
        // A teacher's `hide` and `lock` travel with every link made from the page (shared,
        // embedded).
        let hide = hide_pair();
        let lock = lock_pair(state);
        let query = [scenario]
            .into_iter()
            .chain(sweep)
            .chain(views.pairs(view, freeze))
            .chain(hide)
            .chain(lock)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("&");
        with_query(&path, &query)
    }

    /// [`Self::current`] as an absolute address.
    pub fn absolute(&self, freeze: Freeze) -> String {
        format!("{}{}", origin(), self.current(freeze))
    }

    /// The view on screen, if the route is one.
    pub fn view(&self) -> Option<ViewId> {
        ViewId::from_path(&self.route.path())
    }

    /// The shared state.
    pub fn state(&self) -> AppState {
        self.state
    }
}

/// `hide=…` for the parts a teacher's link hid when the page opened (the app marks them on
/// `<html data-hide>`), for every address and link the page writes; `None` when nothing is hidden.
pub fn hide_pair() -> Option<String> {
    let parts = document().document_element()?.get_attribute("data-hide")?;
    let list: Vec<&str> = parts.split_whitespace().collect();
    (!list.is_empty()).then(|| format!("hide={}", encode_component(&list.join(","))))
}

/// `lock=…` for the assumptions a teacher's link fixed (by their short keys); `None` for none.
pub fn lock_pair(state: AppState) -> Option<String> {
    let keys: Vec<&str> = state
        .locked
        .with_untracked(|l| l.iter().map(|id| id.spec().key).collect());
    (!keys.is_empty()).then(|| format!("lock={}", keys.join(",")))
}

/// The site's origin (`https://example.org`), for absolute links.
pub fn origin() -> String {
    window().location().origin().unwrap_or_default()
}
