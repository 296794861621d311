//! One figure on its own, for a blog post (`only=road`): the embed shows that figure of its view,
//! a one-line caption, its source and the link back, sized for a column of 400–800 px. With it,
//! the render flags Datawrapper's embeds have: `plain` (no caption), `static` (no controls, links
//! as text), `transparent` (no background); the embed's scheme is `theme=` ([`super::theme`]).
//!
//! The view is built as usual, so the figure is the live view's own, and `<html data-only>` hides
//! everything in `<main>` but it: the figure's element is marked `data-only-target`, the elements
//! between it and `<main>` `data-only-path` (a closed `<details>` on the way is opened), and the
//! style sheet hides the rest. A `MutationObserver` marks them again when the view re-renders.

use std::cell::RefCell;

use firstwall_model::claims::{Claim, CLAIMS};
use firstwall_model::source::{self, Source};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast as _;
use web_sys::{Element, MutationObserver, MutationObserverInit};

use crate::address::Query;
use crate::routes::ViewId;

/// A figure that an embed can show on its own.
#[derive(Debug)]
pub struct Figure {
    /// Its name in the address (`only=road`).
    pub name: &'static str,
    /// What the Embed dialog calls it.
    pub label: &'static str,
    /// The view it belongs to.
    pub view: ViewId,
    /// Where it is in the view: a CSS selector of one element in `<main>`.
    pub selector: &'static str,
    /// The line under it: what it shows.
    pub caption: &'static str,
    /// The public document it rests on.
    pub source: &'static Source,
}

const fn figure(
    name: &'static str,
    label: &'static str,
    view: ViewId,
    selector: &'static str,
    caption: &'static str,
    source: &'static Source,
) -> Figure {
    Figure {
        name,
        label,
        view,
        selector,
        caption,
        source,
    }
}

/// Every figure an embed can show alone (besides each claim, `only=claim:ID`), by view.
pub const FIGURES: [Figure; 10] = [
    figure(
        "verdict",
        "The answer: the first wall and its year",
        ViewId::Walls,
        "#verdict",
        "Which wall AI scaling hits first, and when, on these assumptions.",
        &source::EPOCH_2030,
    ),
    figure(
        "road",
        "The road to the walls",
        ViewId::Walls,
        "figure.wall-diagram",
        "The road of AI scaling: the year each wall would stop the largest training run.",
        &source::EPOCH_2030,
    ),
    figure(
        "chart",
        "Training compute by year",
        ViewId::Walls,
        "#trajectory-chart",
        "The largest training runs, the demand ahead and each wall's ceiling, by year.",
        &source::EPOCH_2030,
    ),
    figure(
        "sweep",
        firstwall_charts::sweep::SHARES_TITLE,
        ViewId::Sweep,
        "#share-bar-chart",
        "How often each wall comes first, across thousands of plausible worlds.",
        &source::EPOCH_2030,
    ),
    figure(
        "phase",
        "The first wall over two assumptions",
        ViewId::Sweep,
        ".phase-frame",
        "The first wall over two assumptions: colour is the wall, shade the year.",
        &source::EPOCH_2030,
    ),
    figure(
        "tornado",
        "Which assumptions matter most",
        ViewId::Sweep,
        "#tornado",
        "The five assumptions that move the first wall's year most, each at the ends of its range.",
        &source::EPOCH_2030,
    ),
    figure(
        "roofline",
        "The roofline",
        ViewId::Memory,
        "#roofline-figure",
        "The roofline: whether this model on this chip waits for memory or for arithmetic.",
        &source::GHOLAMI_2024,
    ),
    figure(
        "sankey",
        "Where the power goes",
        ViewId::Datacenter,
        "#power-flow",
        "Where a data center's power goes, from the grid to the chips; all of it leaves as heat.",
        &source::LBNL_2024,
    ),
    figure(
        "chain",
        "The chain: compute, network, power, cooling",
        ViewId::Datacenter,
        "#chain-figure",
        "Compute, network, power and cooling as one chain: the weakest link sets the pace.",
        &source::EPOCH_AI_DATA_CENTERS,
    ),
    figure(
        "loop",
        "The loop: AI infers, a person verifies",
        ViewId::HumanLoop,
        "#loop-figure",
        "AI learns, reasons and infers; a person verifies before anything is acted on.",
        &source::SOURCE_DIAGRAM,
    ),
];

/// What `only=` names.
#[derive(Clone, Copy, Debug)]
pub enum Only {
    /// One of [`FIGURES`].
    Figure(&'static Figure),
    /// One claim of the Claims view (`only=claim:gpt3-a100`).
    Claim(&'static Claim),
}

impl PartialEq for Only {
    fn eq(&self, other: &Self) -> bool {
        self.value() == other.value()
    }
}

impl Only {
    /// The figure `value` names (`road`, `claim:gpt3-a100`), if it is one.
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        if let Some(id) = value.strip_prefix("claim:") {
            return CLAIMS.iter().find(|c| c.id == id).map(Self::Claim);
        }
        FIGURES.iter().find(|f| f.name == value).map(Self::Figure)
    }

    /// Its value in the address.
    pub fn value(&self) -> String {
        match self {
            Self::Figure(f) => f.name.to_owned(),
            Self::Claim(c) => format!("claim:{}", c.id),
        }
    }

    /// The view it belongs to.
    pub fn view(&self) -> ViewId {
        match self {
            Self::Figure(f) => f.view,
            Self::Claim(_) => ViewId::Claims,
        }
    }

    /// The CSS selector of its element in the view.
    pub fn selector(&self) -> String {
        match self {
            Self::Figure(f) => f.selector.to_owned(),
            Self::Claim(c) => format!("#claim-{}", c.id),
        }
    }

    /// The line under it.
    pub fn caption(&self) -> String {
        match self {
            Self::Figure(f) => f.caption.to_owned(),
            // Its verdict is on the card itself.
            Self::Claim(_) => {
                "A claim of the source diagrams, checked against the literature.".to_owned()
            }
        }
    }

    /// The public document it rests on, if one has an address.
    pub fn source(&self) -> Option<&'static Source> {
        match self {
            Self::Figure(f) => Some(f.source).filter(|s| !s.url.is_empty()),
            // The first of the claim's evidence that a reader can open.
            Self::Claim(c) => c
                .sources
                .iter()
                .map(|citation| citation.source)
                .find(|s| !s.url.is_empty()),
        }
    }
}

/// Whether this page is an embed of the figure `name` alone: a view then lays that figure out to
/// fit a blog's column (600 × 500 px with its caption), a shorter chart or fewer rows.
pub fn shows_alone(name: &str) -> bool {
    use_context::<EmbedLook>()
        .and_then(|look| look.only)
        .is_some_and(|only| matches!(only, Only::Figure(f) if f.name == name))
}

/// A source as one short line: "Sevilla et al. (2024), Can AI scaling continue through 2030?".
pub fn short_citation(source: &Source) -> String {
    let mut authors = source.authors.split(',').map(str::trim);
    let first = authors.next().unwrap_or_default();
    let more = if authors.next().is_some() {
        " et al."
    } else {
        ""
    };
    format!("{first}{more} ({}), {}", source.year, source.title)
}

/// The names an address may give `only=`, for a notice: every figure's, and `claim:ID`.
pub fn names() -> String {
    FIGURES
        .iter()
        .map(|f| f.name)
        .chain(["claim:ID"])
        .collect::<Vec<_>>()
        .join(", ")
}

/// How an embed is drawn: the figure it shows alone, if any, and its render flags. In context.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EmbedLook {
    /// The figure shown alone.
    pub only: Option<Only>,
    /// No caption (`plain`).
    pub plain: bool,
    /// No controls, links as text (`static`).
    pub still: bool,
    /// No background (`transparent`).
    pub transparent: bool,
}

/// Whether a flag is on: present, and not `0`.
fn flag(query: &Query, key: &str) -> bool {
    query.get(key).is_some_and(|value| value != "0")
}

impl EmbedLook {
    /// Reads `only`, `plain`, `static` and `transparent` from the address of an embed on the
    /// route `view`; what cannot be used is said in `notices`. Marks `<html>` for the style sheet
    /// and puts the look into context.
    pub fn provide(
        query: &Query,
        embedded: bool,
        view: Option<ViewId>,
        notices: &mut Vec<String>,
    ) -> Self {
        let mut look = Self::default();
        if embedded {
            look.plain = flag(query, "plain");
            look.still = flag(query, "static");
            look.transparent = flag(query, "transparent");
            if let Some(value) = query.get("only") {
                match Only::parse(value) {
                    Some(only) if Some(only.view()) == view => look.only = Some(only),
                    Some(only) => notices.push(format!(
                        "Ignored only = {}: it is a figure of the view {} ({}), so this embed \
                         shows its whole view.",
                        firstwall_model::format::echo(value),
                        only.view().title(),
                        only.view().path()
                    )),
                    None => notices.push(format!(
                        "Ignored only = {}: the figures an embed can show alone are {}; this \
                         embed shows its whole view.",
                        firstwall_model::format::echo(value),
                        names()
                    )),
                }
            }
        }
        look.mark_root();
        provide_context(look);
        look
    }

    /// `<html data-only data-plain data-static data-transparent>`, as this look has them.
    fn mark_root(&self) {
        let Some(root) = document().document_element() else {
            return;
        };
        let only = self.only.map(|o| o.value());
        for (name, on) in [
            ("data-only", only.as_deref()),
            ("data-plain", self.plain.then_some("")),
            ("data-static", self.still.then_some("")),
            ("data-transparent", self.transparent.then_some("")),
        ] {
            // Attributes on the page's own root; nothing to do if the browser refuses.
            match on {
                Some(value) => root.set_attribute(name, value).ok(),
                None => root.remove_attribute(name).ok(),
            };
        }
        if let Some(only) = self.only {
            keep_marked(only.selector());
        }
    }
}

/// What watches `<main>` for the figure.
struct Marker {
    selector: String,
    _observer: MutationObserver,
    _callback: Closure<dyn FnMut()>,
}

thread_local! {
    static MARKER: RefCell<Option<Marker>> = const { RefCell::new(None) };
}

/// Marks the figure `selector` and the way to it now, and whenever `<main>`'s content changes.
fn keep_marked(selector: String) {
    let callback = Closure::<dyn FnMut()>::new(mark);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    MARKER.with(|m| {
        *m.borrow_mut() = Some(Marker {
            selector,
            _observer: observer.clone(),
            _callback: callback,
        });
    });
    // <main> exists once the app has mounted: observe it then. (An effect runs after the mount;
    // not an animation frame, which a frame below the fold of a blog may never get.)
    Effect::new(move |_| {
        if let Some(main) = document().query_selector("main").ok().flatten() {
            let options = MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            observer.observe_with_options(&main, &options).ok();
        }
        mark();
    });
}

/// Marks the figure `data-only-target` and its ancestors up to `<main>` `data-only-path`, opening
/// a closed `<details>` among them; clears the marks of an element the view has replaced.
fn mark() {
    let Some(selector) = MARKER.with(|m| m.borrow().as_ref().map(|m| m.selector.clone())) else {
        return;
    };
    let document = document();
    let Some(target) = document
        .query_selector(&format!("main {selector}"))
        .ok()
        .flatten()
    else {
        return;
    };
    if target.has_attribute("data-only-target") {
        return;
    }
    if let Ok(old) = document.query_selector_all("[data-only-target], [data-only-path]") {
        for i in 0..old.length() {
            if let Some(element) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                element.remove_attribute("data-only-target").ok();
                element.remove_attribute("data-only-path").ok();
            }
        }
    }
    target.set_attribute("data-only-target", "").ok();
    let mut up = target.parent_element();
    while let Some(element) = up {
        if element.tag_name().eq_ignore_ascii_case("main") {
            break;
        }
        element.set_attribute("data-only-path", "").ok();
        if element.tag_name().eq_ignore_ascii_case("details") {
            element.set_attribute("open", "").ok();
        }
        up = element.parent_element();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_the_issue_names_is_there_once() {
        let names: Vec<&str> = FIGURES.iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            [
                "verdict", "road", "chart", "sweep", "phase", "tornado", "roofline", "sankey",
                "chain", "loop"
            ]
        );
    }

    #[test]
    fn only_reads_figures_and_claims_and_nothing_else() {
        assert_eq!(Only::parse("road").map(|o| o.view()), Some(ViewId::Walls));
        assert_eq!(
            Only::parse(" sankey ").map(|o| o.view()),
            Some(ViewId::Datacenter)
        );
        let claim = CLAIMS[0].id;
        let only = Only::parse(&format!("claim:{claim}")).expect("a claim");
        assert_eq!(only.view(), ViewId::Claims);
        assert_eq!(only.selector(), format!("#claim-{claim}"));
        assert_eq!(only.value(), format!("claim:{claim}"));
        for bad in [
            "",
            "Road",
            "claim:",
            "claim:nope",
            "claim:road",
            "road,chart",
            "<b>",
        ] {
            assert_eq!(Only::parse(bad), None, "{bad}");
        }
    }

    /// What a visitor reads under a figure names a public document, never one of this project's.
    #[test]
    fn every_figure_has_a_caption_and_a_public_source() {
        for f in &FIGURES {
            assert!(
                f.caption.ends_with('.') && f.caption.len() < 100,
                "{}",
                f.name
            );
            let only = Only::Figure(f);
            if f.name != "loop" {
                let source = only.source().unwrap_or_else(|| panic!("{}", f.name));
                assert!(source.url.starts_with("https://"), "{}", f.name);
            }
        }
        for c in CLAIMS {
            let only = Only::Claim(c);
            assert!(only.caption().len() < 120, "{}", c.id);
            assert!(only.source().is_some(), "{}", c.id);
        }
    }

    #[test]
    fn a_short_citation_names_the_first_author() {
        assert_eq!(
            short_citation(&source::EPOCH_2030),
            "Sevilla et al. (2024), Can AI scaling continue through 2030?"
        );
        assert_eq!(
            short_citation(&source::EPOCH_AI_DATA_CENTERS),
            "Epoch AI (2026), Frontier AI Data Centers (data hub)"
        );
    }

    /// A claim's id makes a CSS id selector as it is: no character that would need escaping.
    #[test]
    fn claim_ids_are_plain_selectors() {
        for c in CLAIMS {
            assert!(
                c.id.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "{}",
                c.id
            );
        }
    }
}
