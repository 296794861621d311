//! First Wall's routes: the views, and the one table of their paths, names and words.
//!
//! The bottom floor of the app: the address, the router, the navigation, presentations and each
//! view's header read [`VIEWS`]; nothing here knows how a view is drawn.

/// One of First Wall's views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewId {
    /// `/`: which wall does AI scaling hit first?
    Walls,
    /// `/sweep`: the answer as a distribution over uncertain assumptions.
    Sweep,
    /// `/datacenter`: compute, network, power and cooling as one system.
    Datacenter,
    /// `/memory`: the memory wall and the roofline.
    Memory,
    /// `/loop`: the human verifies what the model infers before acting.
    HumanLoop,
    /// `/claims`: the source's numbers, checked.
    Claims,
    /// `/engine`: how the app computes, and the benchmark on this machine.
    Engine,
}

/// What the app says about a view, wherever it names it.
#[derive(Debug)]
pub struct View {
    /// The view.
    pub id: ViewId,
    /// The route, as the router and the address bar show it.
    pub path: &'static str,
    /// A stable lowercase name, for `data-view` attributes and file names.
    pub slug: &'static str,
    /// The short label in the navigation.
    pub nav_label: &'static str,
    /// The view's title: its `<h1>` and the browser tab's name.
    pub title: &'static str,
    /// A short introduction in plain words, from the source diagrams.
    pub lede: &'static str,
    /// Words the view opens with, as numbered cards, before anything it computes (most views
    /// have none). The first paint (`scripts/entries.mjs`) shows them too, so that a view whose
    /// largest words are these has them on screen before the app.
    pub cards: &'static [Card],
}

/// A card of words a view opens with: a step's title and its text.
#[derive(Debug)]
pub struct Card {
    /// The title, numbered as shown (`1. Remove unnecessary work`).
    pub title: &'static str,
    /// The text, one paragraph.
    pub text: &'static str,
}

/// Every view, in navigation order (and in [`ViewId`]'s order).
pub const VIEWS: [View; 7] = [
    View {
        id: ViewId::Walls,
        path: "/",
        slug: "walls",
        nav_label: "Walls",
        title: "Who is the first wall?",
        lede: "Six walls stand in the way of ever larger AI models: data, algorithms, compute and \
                its heat, memory and network, power, cooling. Which comes first depends on \
                assumptions — here they are yours to change.",
        cards: &[],
    },
    View {
        id: ViewId::Sweep,
        path: "/sweep",
        slug: "sweep",
        nav_label: "Uncertainty",
        title: "How sure are we? The first wall across uncertain worlds",
        lede: "Every assumption behind the walls is uncertain. Draw thousands of plausible worlds \
                from the ranges the sources give, and count how often each wall comes first, and \
                when.",
        cards: &[],
    },
    View {
        id: ViewId::Datacenter,
        path: "/datacenter",
        slug: "datacenter",
        nav_label: "Data center",
        title: "The AI data center is one system",
        lede: "An AI data center is one system: its chips turn all their power into heat, and \
                power, network and liquid cooling must keep up together. Improving one part \
                alone does not raise the whole.",
        cards: &[],
    },
    View {
        id: ViewId::Memory,
        path: "/memory",
        slug: "memory",
        nav_label: "Memory wall",
        title: "The memory wall",
        lede: "Models and compute have grown far faster than the memory that feeds them, and a \
                chip that waits for data does no arithmetic. The source diagram calls memory \
                bandwidth today's critical bottleneck.",
        cards: &[],
    },
    View {
        id: ViewId::HumanLoop,
        path: "/loop",
        slug: "loop",
        nav_label: "Human with AI",
        title: "Human with AI",
        lede: "AI learns, reasons and infers; a person checks what it inferred before anything is \
                acted on. AI assists the decision; the final judgement and the action stay with \
                the human.",
        cards: &[],
    },
    View {
        id: ViewId::Claims,
        path: "/claims",
        slug: "claims",
        nav_label: "Claims",
        title: "Checking the claims",
        lede: "The source diagrams make many numeric claims — data running out by 2026, 2–45 GW \
                training runs by 2030. Each is checked against the literature: holds, holds with \
                a correction, outdated, or false.",
        cards: &[],
    },
    View {
        id: ViewId::Engine,
        path: "/engine",
        slug: "engine",
        nav_label: "Optimization",
        title: "The optimization behind First Wall",
        lede: "Optimization means doing only what is necessary: improve the software first, \
                offload the heavy work to hardware when software is not enough, then verify by \
                measuring. First Wall follows the same path.",
        cards: &[
            Card {
                title: "1. Remove unnecessary work",
                text: "Before any hardware: the model is plain Rust compiled to WebAssembly, so \
                       nothing waits on a server. The six walls rest on eight ceilings (a wall can \
                       have several parts). Two never move, so the year demand reaches them is one \
                       division. The others are searched only where a crossing can hide: every \
                       quarter year while history still grew faster than demand, then in one \
                       bracket once demand outgrows them; each crossing is refined to about two \
                       hours. Where a cheap bound already shows demand within a wall, its equation \
                       is not solved at all. One plausible world costs about two microseconds on \
                       one core.",
            },
            Card {
                title: "2. Offload to hardware",
                text: "Sweeps of millions of worlds run as a WebGPU compute shader: one world per \
                       GPU thread, in single precision and in log space, counted straight into \
                       histograms on the GPU so only 29 KB come back. Without WebGPU, background \
                       workers share the work between the processor's cores, and the page never \
                       freezes. On an NVIDIA H200 the same kernel swept 680 million worlds a \
                       second.",
            },
            Card {
                title: "3. Verify",
                text: "Fast is worthless if it is wrong. Both paths draw the same worlds from the \
                       same seed, so the GPU's answer can be checked against the double-precision \
                       CPU model world for world: the shares must agree within half a percentage \
                       point, and they agree far closer than that.",
            },
        ],
    },
];

impl ViewId {
    /// Every view, in navigation order.
    pub const ALL: [Self; 7] = [
        Self::Walls,
        Self::Sweep,
        Self::Datacenter,
        Self::Memory,
        Self::HumanLoop,
        Self::Claims,
        Self::Engine,
    ];

    /// The view's row of [`VIEWS`].
    pub fn view(self) -> &'static View {
        &VIEWS[self as usize]
    }

    /// The route, as the router and the address bar show it.
    pub fn path(self) -> &'static str {
        self.view().path
    }

    /// The view at `path`, if any (trailing slashes are ignored).
    pub fn from_path(path: &str) -> Option<Self> {
        let path = match path.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        };
        VIEWS
            .iter()
            .find(|view| view.path == path)
            .map(|view| view.id)
    }

    /// A stable lowercase name, for `data-view` attributes and file names.
    pub fn slug(self) -> &'static str {
        self.view().slug
    }

    /// The short label in the navigation.
    pub fn nav_label(self) -> &'static str {
        self.view().nav_label
    }

    /// The view's title: its `<h1>` and the browser tab's name.
    pub fn title(self) -> &'static str {
        self.view().title
    }

    /// A short introduction in plain words, from the source diagrams.
    pub fn lede(self) -> &'static str {
        self.view().lede
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_the_enums_order() {
        for (at, view) in ViewId::ALL.into_iter().enumerate() {
            assert_eq!(VIEWS[at].id, view);
        }
    }

    #[test]
    fn paths_and_slugs_are_unique() {
        for (i, a) in ViewId::ALL.iter().enumerate() {
            for b in &ViewId::ALL[i + 1..] {
                assert_ne!(a.path(), b.path());
                assert_ne!(a.slug(), b.slug());
                assert_ne!(a.nav_label(), b.nav_label());
            }
        }
    }

    #[test]
    fn routes_are_the_designed_ones() {
        let paths: Vec<&str> = ViewId::ALL.iter().map(|view| view.path()).collect();
        assert_eq!(
            paths,
            [
                "/",
                "/sweep",
                "/datacenter",
                "/memory",
                "/loop",
                "/claims",
                "/engine"
            ]
        );
    }

    #[test]
    fn paths_resolve_to_views() {
        for view in ViewId::ALL {
            assert_eq!(ViewId::from_path(view.path()), Some(view));
        }
        assert_eq!(ViewId::from_path("/claims/"), Some(ViewId::Claims));
        assert_eq!(ViewId::from_path(""), Some(ViewId::Walls));
        assert_eq!(ViewId::from_path("/nope"), None);
        assert_eq!(ViewId::from_path("/claims/x"), None);
    }

    #[test]
    fn every_view_has_words() {
        for view in ViewId::ALL {
            assert!(view.title().len() > 5, "{view:?}");
            assert!(view.lede().split_whitespace().count() > 20, "{view:?}");
        }
    }
}
