//! What each view's card says and shows: the model at the default scenario, one headline, and
//! the figure — the view's own chart from `firstwall-charts`, or, for the two views without a
//! model chart (Human with AI, Optimization), a diagram of the view's idea in its words.

use std::fmt::Write as _;

use anyhow::{anyhow, Context as _};
use firstwall_charts::memory::roofline_svg_sized;
use firstwall_charts::sweep::{percent, share_bar_svg, year_histogram_svg};
use firstwall_charts::{escape_html, power_flow_svg_sized, trajectory_svg};
use firstwall_model::accelerators::Accelerator;
use firstwall_model::claims::{Verdict, CLAIMS};
use firstwall_model::datacenter::{design_scenario, Design};
use firstwall_model::format::{self, scientific};
use firstwall_model::projection::{Projection, LAST_YEAR};
use firstwall_model::roofline::{default_kv_bytes_per_token, roofline, Bound, Roofline, Workload};
use firstwall_model::sweep::{sensitivity, Leader, Sweep, Swing, Tally, SHARE_TOLERANCE};
use firstwall_model::walls::WallId;
use firstwall_model::{PresetId, Scenario};

use super::{place, wall_hex, Typesetter, ACCENT, BORDER, INK, MUTED, NO_WALL_GREY, RAISED};

/// The Uncertainty card's sweep: enough samples for shares to a percentage point, few enough
/// that a build draws them in seconds.
const SWEEP_SAMPLES: u32 = 20_000;
/// Its seed: `firstwall sweep`'s default, so the card can be reproduced from the command line.
const SWEEP_SEED: u32 = 1;

/// The Memory wall card's workload: the view's defaults (`Settings::defaults` in
/// `src/views/memory/mod.rs`; keep in sync) — Llama 2 70B (Touvron et al. 2023, "Llama 2", 70B
/// parameters) decoding one sequence of 4,096 tokens at 16 bits on an H100.
const MEMORY_ACCELERATOR: &str = "h100";
const MEMORY_MODEL: &str = "Llama 2 70B";
const MEMORY_PARAMS: f64 = 70e9;
const MEMORY_BYTES_PER_PARAM: f64 = 2.0;
const MEMORY_BATCH: f64 = 1.0;
const MEMORY_CONTEXT_TOKENS: f64 = 4096.0;

/// A view that has a card. Its slug is the app's (`src/routes.rs`, `VIEWS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// `/`: which wall comes first.
    Walls,
    /// `/sweep`: the first wall across uncertain worlds.
    Sweep,
    /// `/datacenter`: the data center as one system.
    Datacenter,
    /// `/memory`: the memory wall and the roofline.
    Memory,
    /// `/loop`: the human verifies what AI infers.
    Loop,
    /// `/claims`: the source diagrams' numbers, checked.
    Claims,
    /// `/engine`: the optimization behind the app.
    Engine,
}

impl View {
    /// Every view, in the app's navigation order.
    pub const ALL: [Self; 7] = [
        Self::Walls,
        Self::Sweep,
        Self::Datacenter,
        Self::Memory,
        Self::Loop,
        Self::Claims,
        Self::Engine,
    ];

    /// The slug: the view's file name.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Walls => "walls",
            Self::Sweep => "sweep",
            Self::Datacenter => "datacenter",
            Self::Memory => "memory",
            Self::Loop => "loop",
            Self::Claims => "claims",
            Self::Engine => "engine",
        }
    }

    /// The view of a slug.
    pub fn lookup(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|view| view.slug() == slug)
    }
}

/// A figure: SVG markup and the size it is drawn at, pixels.
#[derive(Debug)]
pub struct Figure {
    /// An `<svg>` document or a fragment, drawn from (0, 0).
    pub svg: String,
    /// Its width, pixels.
    pub width_px: f64,
    /// Its height, pixels.
    pub height_px: f64,
}

impl Figure {
    /// A chart's SVG document, at the size its root element gives.
    fn chart(svg: String) -> Self {
        let root = svg.split('>').next().unwrap_or_default();
        let attribute = |name: &str| {
            root.split(&format!(" {name}=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .and_then(|value| value.parse::<f64>().ok())
                .unwrap_or(1.0)
        };
        Self {
            width_px: attribute("width"),
            height_px: attribute("height"),
            svg,
        }
    }
}

/// What a card shows: the model's results for one view at the default scenario.
pub enum Content {
    /// The projection.
    Walls(Box<Projection>),
    /// The sweep's tally.
    Sweep(Box<Tally>),
    /// The scenario's data center.
    Datacenter(Box<Design>),
    /// Decoding the view's default workload.
    Memory(Box<Roofline>),
    /// The assumptions that move the first wall most.
    Loop(Vec<Swing>),
    /// How many claims got each verdict, in [`Verdict::ALL`]'s order.
    Claims(Vec<(Verdict, usize)>),
    /// How many assumptions a plausible world draws.
    Engine {
        /// Assumptions drawn per world.
        sampled: usize,
    },
}

impl Content {
    /// The model's results for `view` at the default scenario.
    pub fn compute(view: View) -> anyhow::Result<Self> {
        let scenario = Scenario::preset(PresetId::DEFAULT);
        Ok(match view {
            View::Walls => Self::Walls(Box::new(firstwall_model::project(&scenario))),
            View::Sweep => {
                let sweep = Sweep::new(&scenario, SWEEP_SEED);
                let tally = crate::commands::sweep::monte_carlo_threads(
                    &sweep,
                    SWEEP_SAMPLES,
                    crate::commands::sweep::cpu_threads(),
                );
                Self::Sweep(Box::new(tally))
            }
            View::Datacenter => Self::Datacenter(Box::new(
                design_scenario(&scenario).context("the default data center")?,
            )),
            View::Memory => {
                let chip = Accelerator::lookup(MEMORY_ACCELERATOR)
                    .ok_or_else(|| anyhow!("no accelerator {MEMORY_ACCELERATOR}"))?;
                let workload = Workload::new(
                    MEMORY_PARAMS,
                    MEMORY_PARAMS,
                    MEMORY_BYTES_PER_PARAM,
                    MEMORY_BATCH,
                    MEMORY_CONTEXT_TOKENS,
                    default_kv_bytes_per_token(MEMORY_BYTES_PER_PARAM),
                )
                .context("the Memory wall view's default workload")?;
                Self::Memory(Box::new(roofline(chip, &workload)))
            }
            View::Loop => Self::Loop(sensitivity(&scenario)),
            View::Claims => Self::Claims(
                Verdict::ALL
                    .into_iter()
                    .map(|verdict| {
                        let count = CLAIMS.iter().filter(|c| c.verdict == verdict).count();
                        (verdict, count)
                    })
                    .collect(),
            ),
            View::Engine => Self::Engine {
                sampled: Sweep::new(&scenario, SWEEP_SEED).sampled().count(),
            },
        })
    }

    /// One sentence of the model's answer, with its units.
    pub fn headline(&self) -> String {
        match self {
            Self::Walls(projection) => match &projection.first_wall {
                Some(first) => format!(
                    "First wall: {}, in {:.0} — at a training run of {}\u{a0}FLOP",
                    first.wall.label(),
                    first.year.floor(),
                    nb(&scientific(first.flop, 2))
                ),
                None => format!("No wall binds before {LAST_YEAR}"),
            },
            Self::Sweep(tally) => sweep_headline(tally),
            Self::Datacenter(design) => format!(
                "{} accelerators draw {}\u{a0}MW from the grid, at a PUE of {:.2}",
                format::count(design.accelerators),
                format::figure(design.facility_power_mw),
                design.per_accelerator.pue,
            ),
            Self::Memory(r) => format!(
                "Decoding {MEMORY_MODEL} on {}: {}-bound at {}\u{a0}FLOP/byte, {} the ridge at \
                 {}\u{a0}FLOP/byte",
                r.accelerator.name,
                r.bound.id(),
                format::figure(r.arithmetic_intensity_flop_per_byte),
                if r.bound == Bound::Memory {
                    "below"
                } else {
                    "above"
                },
                format::figure(r.ridge_flop_per_byte),
            ),
            Self::Loop(swings) => match swings.first() {
                Some(swing) => format!(
                    "Verify before you act: {} alone moves the first wall by {:.1}\u{a0}years",
                    lowercase_first(swing.param.spec().label),
                    swing.years()
                ),
                None => "Verify before you act: the final judgement stays with the human".into(),
            },
            Self::Claims(counts) => claims_headline(counts),
            Self::Engine { sampled } => format!(
                "Each plausible world draws {sampled} uncertain assumptions; the GPU must match \
                 the CPU within {}\u{a0}percentage points",
                SHARE_TOLERANCE * 100.0
            ),
        }
    }

    /// What the figure shows, as the end of a sentence ("… showing …").
    pub fn shows(&self) -> String {
        match self {
            Self::Walls(_) => {
                "training compute by year in FLOP on a log scale, with the runs that \
                               happened, the compute demand wants, each wall's ceiling and where \
                               demand first crosses one"
                    .into()
            }
            Self::Sweep(tally) => format!(
                "how often each wall comes first across {} plausible worlds as one bar split by \
                 wall, and a histogram of the year the first wall binds",
                format::grouped(tally.accepted() as f64)
            ),
            Self::Datacenter(_) => "the site's power flows in MW from the grid through \
                                    conversion and the cooling plant to the IT equipment and the \
                                    chips, all of it leaving as heat"
                .into(),
            Self::Memory(_) => "a roofline of attainable FLOP/s per device against arithmetic \
                                intensity in FLOP per byte, with the ridge point and this \
                                workload marked"
                .into(),
            Self::Loop(_) => "AI learning, reasoning and inferring, then a human verifying the \
                              inference before acting on it"
                .into(),
            Self::Claims(_) => {
                "a bar for each verdict, as long as the number of claims given it".into()
            }
            Self::Engine { .. } => "three steps, software first, then offload to hardware, then \
                                    verify by measuring"
                .into(),
        }
    }

    /// The figure, laid out for a box of `width_px` × `height_px` (the card scales down a
    /// chart that is taller).
    pub fn figure(
        &self,
        width_px: f64,
        height_px: f64,
        typesetter: &Typesetter,
    ) -> anyhow::Result<Figure> {
        Ok(match self {
            Self::Walls(projection) => {
                // The chart's phone layout starts below 640 px; it is drawn wide.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let width = width_px as u32;
                Figure::chart(trajectory_svg(projection, None, width)?)
            }
            Self::Sweep(tally) => sweep_figure(tally, width_px, height_px, typesetter),
            // Drawn to the box's height, so that their text keeps its size.
            Self::Datacenter(design) => {
                Figure::chart(power_flow_svg_sized(design, width_px, height_px))
            }
            Self::Memory(r) => Figure::chart(roofline_svg_sized(r, width_px, Some(height_px))),
            Self::Loop(_) => loop_figure(width_px, height_px, typesetter),
            Self::Claims(counts) => claims_figure(counts, width_px, height_px, typesetter),
            Self::Engine { .. } => engine_figure(width_px, height_px, typesetter),
        })
    }
}

/// `text` with no-break spaces, so that a number stays on the line of its unit ("38.9 %").
fn nb(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// A label inside a sentence: "Growth of the largest training run" → "growth of the largest
/// training run"; an acronym ("AI investment") stays as it is.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => first
            .to_lowercase()
            .chain(std::iter::once(second))
            .chain(chars)
            .collect(),
        _ => text.to_owned(),
    }
}

/// The sweep's answer: the wall that comes first most often, how often, and when.
fn sweep_headline(tally: &Tally) -> String {
    let worlds = format::grouped(tally.accepted() as f64);
    let when = tally
        .first_year_quantile(0.5)
        .map(|year| format!("; half hit a wall by {}", nb(&format::quarter(year))))
        .unwrap_or_default();
    match tally.leader() {
        Leader::Clear(wall, share) => format!(
            "{} comes first in {} of {worlds} plausible worlds{when}",
            wall.label(),
            nb(&percent(share))
        ),
        Leader::TooClose((a, share_a), (b, share_b)) => format!(
            "Too close to call: {} first in {}, {} in {} of {worlds} plausible worlds{when}",
            a.label(),
            nb(&percent(share_a)),
            b.label(),
            nb(&percent(share_b))
        ),
        Leader::NoWall => format!("No wall binds before {LAST_YEAR} in {worlds} plausible worlds"),
        Leader::NoWorld => "Every world drawn contradicts a run that already happened".into(),
    }
}

/// Which outcomes the share bar draws, with their labels and colours: the walls that can come
/// first, then "none by the horizon" (as `firstwall_charts::sweep` orders them).
fn outcomes(tally: &Tally) -> Vec<(String, String, f64)> {
    WallId::ALL
        .iter()
        .filter(|&&wall| wall != WallId::Software)
        .map(|&wall| (wall.label().to_owned(), wall_hex(wall), tally.share(wall)))
        .chain(std::iter::once((
            format!("None by {LAST_YEAR}"),
            NO_WALL_GREY.to_owned(),
            tally.none_share(),
        )))
        .filter(|(_, _, share)| *share > 0.0)
        .collect()
}

/// The share bar across the top; under it, the key (each outcome's colour and share) on the
/// left and the year histogram, in its compact layout, on the right.
fn sweep_figure(tally: &Tally, width_px: f64, height_px: f64, typesetter: &Typesetter) -> Figure {
    let bar = Figure::chart(share_bar_svg(tally, width_px));
    let mut svg = bar.svg;
    let below = bar.height_px + 16.0;

    let key_px = 22.0;
    let row_px = 36.0;
    let mut key_w: f64 = 0.0;
    for (i, (label, colour, share)) in outcomes(tally).into_iter().enumerate() {
        let text = format!("{label} {}", percent(share));
        let y = below + 8.0 + i as f64 * row_px;
        write!(
            svg,
            "<rect x=\"0\" y=\"{y:.1}\" width=\"22\" height=\"22\" rx=\"3\" fill=\"{colour}\"/>\
             <text x=\"34\" y=\"{ty:.1}\" font-size=\"{key_px}\" fill=\"{INK}\">{}</text>",
            escape_html(&text),
            ty = y + 19.0,
        )
        .ok();
        key_w = key_w.max(34.0 + typesetter.width_px(&text, key_px, false));
    }

    // Narrower than 640 px the histogram takes its compact layout (shorter, fewer ticks), which
    // keeps its text legible here.
    let histogram = Figure::chart(year_histogram_svg(tally, 600.0));
    let room_w = width_px - key_w - 40.0;
    let room_h = (height_px - below).max(1.0);
    let (x, y) = (key_w + 40.0, below);
    place(&mut svg, &histogram, x, y, room_w, room_h);
    Figure {
        svg,
        width_px,
        height_px,
    }
}

/// The claims' verdicts: a colour for each, from holds (green) to does not hold (red).
fn verdict_colour(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Holds => "#0b6b3a",
        Verdict::HoldsWithCorrection => "#5a9e6f",
        Verdict::Outdated => "#c98a00",
        Verdict::False => "#a11d1d",
        Verdict::Unverified => "#8b949e",
    }
}

/// "14 claims checked: 2 hold, 8 hold with a correction, …".
fn claims_headline(counts: &[(Verdict, usize)]) -> String {
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|&(verdict, n)| {
            let one = n == 1;
            let words = match verdict {
                Verdict::Holds if one => "holds",
                Verdict::Holds => "hold",
                Verdict::HoldsWithCorrection if one => "holds with a correction",
                Verdict::HoldsWithCorrection => "hold with a correction",
                Verdict::Outdated => "outdated",
                Verdict::False if one => "does not hold",
                Verdict::False => "do not hold",
                Verdict::Unverified => "unverified",
            };
            format!("{n} {words}")
        })
        .collect();
    format!(
        "{total} numeric claims of the source diagrams checked: {}",
        parts.join(", ")
    )
}

/// A bar for each verdict, as long as the number of claims given it.
fn claims_figure(
    counts: &[(Verdict, usize)],
    width_px: f64,
    height_px: f64,
    typesetter: &Typesetter,
) -> Figure {
    let size_px = 22.0;
    let label_w = counts
        .iter()
        .map(|(verdict, _)| typesetter.width_px(verdict.label(), size_px, false))
        .fold(0.0, f64::max)
        + 20.0;
    let count_w = typesetter.width_px("88 claims", size_px, true) + 16.0;
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    let row_h = (height_px / counts.len().max(1) as f64).min(60.0);
    let bar_h = row_h * 0.62;
    let mut svg = String::new();
    for (i, &(verdict, n)) in counts.iter().enumerate() {
        let top = i as f64 * row_h;
        let middle = top + bar_h / 2.0;
        let bar_w = (width_px - label_w - count_w) * n as f64 / most;
        write!(
            svg,
            "<text x=\"{lx:.1}\" y=\"{ty:.1}\" font-size=\"{size_px}\" text-anchor=\"end\" fill=\"{INK}\">{label}</text>\
             <rect x=\"{label_w:.1}\" y=\"{top:.1}\" width=\"{bar_w:.1}\" height=\"{bar_h:.1}\" rx=\"3\" fill=\"{colour}\"/>\
             <text x=\"{cx:.1}\" y=\"{ty:.1}\" font-size=\"{size_px}\" font-weight=\"700\" fill=\"{INK}\">{n} claim{s}</text>",
            lx = label_w - 20.0,
            ty = middle + size_px * 0.36,
            label = escape_html(verdict.label()),
            colour = verdict_colour(verdict),
            cx = label_w + bar_w + 12.0,
            s = if n == 1 { "" } else { "s" },
        )
        .ok();
    }
    write!(
        svg,
        "<line x1=\"{label_w:.1}\" y1=\"0\" x2=\"{label_w:.1}\" y2=\"{y2:.1}\" stroke=\"{BORDER}\" stroke-width=\"2\"/>",
        y2 = counts.len() as f64 * row_h - (row_h - bar_h),
    )
    .ok();
    Figure {
        svg,
        width_px,
        height_px: counts.len() as f64 * row_h,
    }
}

/// A box of a diagram: its title and words, and its colours.
#[derive(Clone, Copy)]
struct Step<'a> {
    title: &'a str,
    words: &'a str,
    fill: &'a str,
    stroke: &'a str,
}

/// The font sizes of a diagram's boxes, pixels.
const STEP_TITLE_PX: f64 = 26.0;
const STEP_WORDS_PX: f64 = 19.0;
/// The gap between two boxes, where the arrow goes, pixels.
const STEP_GAP_PX: f64 = 44.0;

/// Boxes `box_h` high in a row from `top`, joined by arrows, each with its title and words
/// wrapped inside it. The titles start at the same height in every box.
fn steps_row(
    svg: &mut String,
    steps: &[Step<'_>],
    top: f64,
    width_px: f64,
    box_h: f64,
    typesetter: &Typesetter,
) {
    let n = steps.len().max(1) as f64;
    let box_w = (width_px - STEP_GAP_PX * (n - 1.0)) / n;
    let laid_out: Vec<_> = steps
        .iter()
        .map(|step| {
            let title = typesetter.wrap(step.title, STEP_TITLE_PX, true, box_w - 24.0, 2);
            let words = typesetter.wrap(step.words, STEP_WORDS_PX, false, box_w - 28.0, 3);
            (title.lines, words.lines)
        })
        .collect();
    let block_h = |(title, words): &(Vec<String>, Vec<String>)| {
        title.len() as f64 * STEP_TITLE_PX * 1.15 + 12.0 + words.len() as f64 * STEP_WORDS_PX * 1.3
    };
    let tallest = laid_out.iter().map(block_h).fold(0.0, f64::max);
    let first_baseline = top + (box_h - tallest) / 2.0 + STEP_TITLE_PX * 0.9;
    for (i, (step, (title, words))) in steps.iter().zip(&laid_out).enumerate() {
        let x = i as f64 * (box_w + STEP_GAP_PX);
        let cx = x + box_w / 2.0;
        write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{box_w:.1}\" height=\"{box_h:.1}\" rx=\"12\" \
             fill=\"{}\" stroke=\"{}\" stroke-width=\"3\"/>",
            step.fill, step.stroke
        )
        .ok();
        let mut y = first_baseline;
        for line in title {
            centred(svg, cx, y, STEP_TITLE_PX, true, INK, line);
            y += STEP_TITLE_PX * 1.15;
        }
        y += 12.0 - STEP_TITLE_PX * 0.15 + STEP_WORDS_PX * 0.1;
        for line in words {
            centred(svg, cx, y, STEP_WORDS_PX, false, MUTED, line);
            y += STEP_WORDS_PX * 1.3;
        }
        if i + 1 < steps.len() {
            arrow(
                svg,
                x + box_w + 6.0,
                x + box_w + STEP_GAP_PX - 6.0,
                top + box_h / 2.0,
            );
        }
    }
}

/// A line of text centred on `cx`.
fn centred(svg: &mut String, cx: f64, y: f64, size_px: f64, bold: bool, fill: &str, line: &str) {
    write!(
        svg,
        "<text x=\"{cx:.1}\" y=\"{y:.1}\" font-size=\"{size_px}\"{weight} text-anchor=\"middle\" \
         fill=\"{fill}\">{}</text>",
        escape_html(line),
        weight = if bold { " font-weight=\"700\"" } else { "" },
    )
    .ok();
}

/// A caption under a diagram, centred, in at most two lines; returns the height it takes.
fn caption(svg: &mut String, text: &str, width_px: f64, top: f64, typesetter: &Typesetter) -> f64 {
    let size_px = 22.0;
    let lines = typesetter.wrap(text, size_px, false, width_px, 2).lines;
    for (i, line) in lines.iter().enumerate() {
        let y = top + size_px + i as f64 * size_px * 1.3;
        centred(svg, width_px / 2.0, y, size_px, false, INK, line);
    }
    lines.len() as f64 * size_px * 1.3
}

/// A horizontal arrow from `x1` to `x2` at `y`.
fn arrow(svg: &mut String, x1: f64, x2: f64, y: f64) {
    write!(
        svg,
        "<line x1=\"{x1:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{INK}\" stroke-width=\"3\"/>\
         <path d=\"M{x2:.1} {y:.1} L{:.1} {:.1} L{:.1} {:.1} Z\" fill=\"{INK}\"/>",
        x2 - 10.0,
        x2 - 14.0,
        y - 8.0,
        x2 - 14.0,
        y + 8.0,
    )
    .ok();
}

/// A bracket over the boxes from `x1` to `x2`, its top at `y`, with a label above it.
fn bracket(svg: &mut String, x1: f64, x2: f64, y: f64, colour: &str, label: &str) {
    write!(
        svg,
        "<path d=\"M{x1:.1} {yb:.1} V{y:.1} H{x2:.1} V{yb:.1}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\"/>\
         <text x=\"{cx:.1}\" y=\"{ty:.1}\" font-size=\"22\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{colour}\">{}</text>",
        escape_html(label),
        yb = y + 12.0,
        cx = (x1 + x2) / 2.0,
        ty = y - 10.0,
    )
    .ok();
}

/// The tallest a diagram's boxes are drawn, pixels.
const MAX_BOX_PX: f64 = 200.0;
/// Room left under a diagram's boxes for its caption, pixels.
const CAPTION_ROOM_PX: f64 = 76.0;

/// Human with AI: AI learns, reasons and infers; a human verifies the inference, then acts.
fn loop_figure(width_px: f64, height_px: f64, typesetter: &Typesetter) -> Figure {
    // The app's colours for the two sides (`.stage-ai`, `.stage-human` in style/main.css).
    let ai = Step {
        title: "",
        words: "",
        fill: "#f3ecf7",
        stroke: "#7b61b3",
    };
    let human = Step {
        fill: "#e8f1fb",
        stroke: ACCENT,
        ..ai
    };
    let steps = [
        Step {
            title: "Learn",
            words: "from data and patterns",
            ..ai
        },
        Step {
            title: "Reason",
            words: "through algorithms and calculation",
            ..ai
        },
        Step {
            title: "Infer",
            words: "results from statistics",
            ..ai
        },
        Step {
            title: "Human verifies",
            words: "checks what AI inferred",
            ..human
        },
        Step {
            title: "Act",
            words: "on the human's decision",
            ..human
        },
    ];
    let box_w = (width_px - STEP_GAP_PX * 4.0) / 5.0;
    let top = 44.0;
    let box_h = (height_px - top - CAPTION_ROOM_PX).clamp(120.0, MAX_BOX_PX);
    let mut svg = String::new();
    let split = 3.0 * (box_w + STEP_GAP_PX);
    bracket(
        &mut svg,
        0.0,
        split - STEP_GAP_PX,
        top - 14.0,
        ai.stroke,
        "AI works",
    );
    bracket(
        &mut svg,
        split,
        width_px,
        top - 14.0,
        human.stroke,
        "The human decides",
    );
    steps_figure(
        svg,
        &steps,
        (top, box_h),
        width_px,
        "AI assists the decision; the final judgement and the action stay with the human.",
        typesetter,
    )
}

/// A row of `steps` at `top`, `box_h` tall, after what `svg` holds already, with `words` under it.
fn steps_figure(
    mut svg: String,
    steps: &[Step<'_>],
    (top, box_h): (f64, f64),
    width_px: f64,
    words: &str,
    typesetter: &Typesetter,
) -> Figure {
    steps_row(&mut svg, steps, top, width_px, box_h, typesetter);
    let caption_h = caption(&mut svg, words, width_px, top + box_h + 16.0, typesetter);
    Figure {
        svg,
        width_px,
        height_px: top + box_h + 24.0 + caption_h,
    }
}

/// The optimization: software first, then hardware, then verify by measuring.
fn engine_figure(width_px: f64, height_px: f64, typesetter: &Typesetter) -> Figure {
    let step = |title, words| Step {
        title,
        words,
        fill: RAISED,
        stroke: ACCENT,
    };
    let steps = [
        step(
            "1. Software first",
            "Remove unnecessary work: plain Rust in WebAssembly, crossings in closed form",
        ),
        step(
            "2. Offload to hardware",
            "Millions of worlds as a WebGPU compute shader, one world per GPU thread",
        ),
        step(
            "3. Verify by measuring",
            "The GPU's answer checked against the CPU's, world for world, from one seed",
        ),
    ];
    let top = 4.0;
    let box_h = (height_px - top - CAPTION_ROOM_PX).clamp(120.0, MAX_BOX_PX);
    steps_figure(
        String::new(),
        &steps,
        (top, box_h),
        width_px,
        "Optimization means doing only what is necessary.",
        typesetter,
    )
}
