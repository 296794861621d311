//! The seven views and the 404 page.
//!
//! [`ViewId`] is the one table of routes, navigation labels, titles and introductions: the router,
//! the navigation and each view's header all read it.

mod claims;
mod datacenter;
mod engine;
mod human_loop;
mod memory;
mod not_found;
mod sweep;
mod walls;

pub use claims::ClaimsView;
pub use datacenter::DatacenterView;
pub use engine::EngineView;
pub use human_loop::HumanLoopView;
pub use memory::MemoryView;
pub use not_found::NotFound;
pub use sweep::SweepView;
pub use walls::WallsView;

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

    /// The route, as the router and the address bar show it.
    pub fn path(self) -> &'static str {
        match self {
            Self::Walls => "/",
            Self::Sweep => "/sweep",
            Self::Datacenter => "/datacenter",
            Self::Memory => "/memory",
            Self::HumanLoop => "/loop",
            Self::Claims => "/claims",
            Self::Engine => "/engine",
        }
    }

    /// The view at `path`, if any (trailing slashes are ignored).
    pub fn from_path(path: &str) -> Option<Self> {
        let path = match path.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        };
        Self::ALL.into_iter().find(|view| view.path() == path)
    }

    /// A stable lowercase name, for `data-view` attributes and file names.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Walls => "walls",
            Self::Sweep => "sweep",
            Self::Datacenter => "datacenter",
            Self::Memory => "memory",
            Self::HumanLoop => "loop",
            Self::Claims => "claims",
            Self::Engine => "engine",
        }
    }

    /// The short label in the navigation.
    pub fn nav_label(self) -> &'static str {
        match self {
            Self::Walls => "Walls",
            Self::Sweep => "Uncertainty",
            Self::Datacenter => "Data center",
            Self::Memory => "Memory wall",
            Self::HumanLoop => "Human with AI",
            Self::Claims => "Claims",
            Self::Engine => "Optimization",
        }
    }

    /// The view's title: its `<h1>` and the browser tab's name.
    pub fn title(self) -> &'static str {
        match self {
            Self::Walls => "Who is the first wall?",
            Self::Sweep => "How sure are we? The first wall across uncertain worlds",
            Self::Datacenter => "The AI data center is one system",
            Self::Memory => "The memory wall",
            Self::HumanLoop => "Human with AI",
            Self::Claims => "Checking the claims",
            Self::Engine => "The optimization behind First Wall",
        }
    }

    /// A short introduction in plain words, from the source diagrams.
    pub fn lede(self) -> &'static str {
        match self {
            Self::Walls => {
                "Training ever larger AI models runs into six walls: data, algorithms, compute and \
                 its heat, memory and network, power, and cooling. The first wall is not one \
                 barrier but a sequence. Which one stops scaling first depends on assumptions — \
                 and here they are yours to change."
            }
            Self::Sweep => {
                "Every assumption behind the walls is uncertain. Instead of one answer, draw \
                 thousands of plausible worlds from the ranges the sources give, and count in how \
                 many each wall comes first, and when."
            }
            Self::Datacenter => {
                "A traditional data center was built in independent layers: software, servers, \
                 network, power, cooling. An AI data center cannot be: GPUs draw enormous power \
                 and turn it all into heat, fast networks add more, and power and liquid cooling \
                 must keep up in real time. Optimising one part alone does not raise the whole."
            }
            Self::Memory => {
                "Models and compute have grown far faster than the memory that feeds them. The \
                 source diagram calls memory bandwidth today's critical bottleneck: a chip that \
                 waits for data does no arithmetic."
            }
            Self::HumanLoop => {
                "Humans work through experience, thought and action; AI through learning, \
                 reasoning and inference. The bridge between them is verification: a person \
                 checks what the AI inferred before anything is acted on. AI assists the \
                 decision; the final judgement and the action stay with the human."
            }
            Self::Claims => {
                "The source diagrams make many numeric claims — data running out by 2026, memory \
                 growing 2× every two years, 2–45 GW training runs by 2030. Each is checked here \
                 against the literature: holds, holds with a correction, outdated, or false."
            }
            Self::Engine => {
                "Optimization means doing only what is necessary: more speed, less resource. \
                 Improve the software first; offload the heavy work to hardware when software is \
                 not enough; then verify by measuring. First Wall follows the same path."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
