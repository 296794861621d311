//! `firstwall preview`: each view's link-preview image — a 1200 × 630 PNG card with the brand,
//! the view's title, one headline computed from the model at the default scenario, and the
//! view's figure — drawn from the model at build time, not screenshotted from a browser.
//!
//! The card is one SVG document: text laid out here, the figure drawn by `firstwall-charts`
//! (or, for the two views without a model chart, a diagram drawn in `figures.rs`), and one style
//! sheet for the charts' CSS classes in the light theme. `raster.rs` finds the fonts, measures
//! text and turns the SVG into a PNG with resvg. The titles are not known here: the build
//! passes them from `src/routes.rs` (`scripts/entries.mjs`), so there is one list of them.

use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use firstwall_charts::escape_html;
use firstwall_model::format::echo;
use serde::Serialize;

mod figures;
mod raster;

pub use figures::View;
use figures::{Content, Figure};
pub use raster::Typesetter;

/// The card's width, pixels: the size Open Graph and Twitter's large card ask for (1.91 : 1).
pub const WIDTH_PX: u32 = 1200;
/// The card's height, pixels.
pub const HEIGHT_PX: u32 = 630;

/// The page's background. Keep the colours in sync with the light theme in `style/main.css`.
const BACKGROUND: &str = "#ffffff";
/// Text (`--fg`).
const INK: &str = "#15191e";
/// Secondary text (`--fg-muted`).
const MUTED: &str = "#4a5561";
/// Rules and grid lines (`--border`).
const BORDER: &str = "#c9d1d9";
/// The brand and the human side of the diagrams (`--accent`).
const ACCENT: &str = "#1f4e79";
/// Raised surfaces: the diagrams' boxes (`--bg-raised`).
const RAISED: &str = "#f4f6f8";
/// "No wall by the horizon" in the sweep's charts (`.seg-none`).
const NO_WALL_GREY: &str = "#b0b0b0";

/// Space around the card's content, pixels.
const MARGIN_PX: f64 = 56.0;
/// The brand line: size and baseline, pixels.
const BRAND_PX: f64 = 24.0;
const BRAND_BASELINE_PX: f64 = 62.0;
/// The title's font sizes, largest first: the first at which it fits on two lines is used.
const TITLE_SIZES_PX: [f64; 3] = [46.0, 40.0, 34.0];
/// Lines a title or a headline may take.
const MAX_LINES: usize = 2;
/// The headline's font size, pixels.
const HEADLINE_PX: f64 = 26.0;
/// Line height as a multiple of the font size.
const LEADING: f64 = 1.2;

/// Arguments of `preview`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A view and its title, `SLUG=TITLE` (slugs: walls, sweep, datacenter, memory, loop,
    /// claims, engine); repeat for more views. The titles are the app's (`src/routes.rs`).
    #[arg(long = "view", value_name = "SLUG=TITLE", required = true, value_parser = view_title)]
    views: Vec<ViewTitle>,
    /// The folder to write `SLUG.png` into (made if missing).
    #[arg(long = "out-dir", value_name = "DIR")]
    out_dir: PathBuf,
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
}

/// A view to draw and the title to put on it.
#[derive(Clone, Debug)]
pub struct ViewTitle {
    /// The view.
    pub view: View,
    /// Its title.
    pub title: String,
}

/// `--view`: `SLUG=TITLE`, the slug one of [`View::ALL`]'s and the title not empty.
fn view_title(text: &str) -> Result<ViewTitle, String> {
    let Some((slug, title)) = text.split_once('=') else {
        return Err(format!(
            "--view takes SLUG=TITLE, e.g. --view 'walls=Who is the first wall?', got {}",
            echo(text)
        ));
    };
    let view = View::lookup(slug.trim()).ok_or_else(|| {
        let slugs: Vec<&str> = View::ALL.iter().map(|view| view.slug()).collect();
        format!(
            "--view: no view {}; the views are {}",
            echo(slug),
            slugs.join(", ")
        )
    })?;
    let title = title.trim();
    if title.is_empty() {
        return Err(format!("--view {}: the title is empty", view.slug()));
    }
    Ok(ViewTitle {
        view,
        title: title.to_owned(),
    })
}

impl Args {
    /// Draws every view asked for, writes the images and prints the report.
    pub fn run(&self) -> anyhow::Result<()> {
        let typesetter = Typesetter::new()?;
        std::fs::create_dir_all(&self.out_dir).with_context(|| {
            format!(
                "cannot make the folder {}",
                echo(&self.out_dir.display().to_string())
            )
        })?;
        let mut images = Vec::with_capacity(self.views.len());
        for ViewTitle { view, title } in &self.views {
            let card = Card::new(*view, title, &typesetter)?;
            let png = typesetter
                .png(&card.svg)
                .with_context(|| format!("cannot draw the {} preview", view.slug()))?;
            let file = self.out_dir.join(format!("{}.png", view.slug()));
            write_file(&file, &png)?;
            images.push(Image {
                view: view.slug(),
                title: title.clone(),
                headline: card.headline,
                alt: card.alt,
                file: file.display().to_string(),
                width_px: WIDTH_PX,
                height_px: HEIGHT_PX,
                bytes: png.len(),
            });
        }
        super::print(&Report { images }, self.json)
    }
}

/// Writes `bytes` to `path`, saying which file could not be written.
fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes)
        .with_context(|| format!("cannot write {}", echo(&path.display().to_string())))
}

/// The images written.
#[derive(Debug, Serialize)]
pub struct Report {
    /// In the order of the `--view` flags.
    images: Vec<Image>,
}

/// One image.
#[derive(Debug, Serialize)]
struct Image {
    /// The view's slug.
    view: &'static str,
    /// The title on it.
    title: String,
    /// The headline on it, computed from the model.
    headline: String,
    /// What it shows, in one sentence: the image's text alternative.
    alt: String,
    /// Where it was written.
    file: String,
    width_px: u32,
    height_px: u32,
    /// The PNG's size.
    bytes: usize,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for image in &self.images {
            writeln!(
                f,
                "{} ({} × {} px, {} KB): {}",
                image.file,
                image.width_px,
                image.height_px,
                image.bytes.div_ceil(1024),
                image.headline
            )?;
        }
        Ok(())
    }
}

/// One view's card, as SVG, with the words on it.
#[derive(Debug)]
pub struct Card {
    /// The whole card, [`WIDTH_PX`] × [`HEIGHT_PX`].
    pub svg: String,
    /// The headline, computed from the model.
    pub headline: String,
    /// What the card shows, in one sentence.
    pub alt: String,
}

impl Card {
    /// The card of `view` titled `title`: the model at the default scenario, laid out.
    pub fn new(view: View, title: &str, typesetter: &Typesetter) -> anyhow::Result<Self> {
        let content = Content::compute(view)?;
        let headline = content.headline();
        let inner_w = f64::from(WIDTH_PX) - 2.0 * MARGIN_PX;

        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH_PX}\" height=\"{HEIGHT_PX}\" \
             viewBox=\"0 0 {WIDTH_PX} {HEIGHT_PX}\" font-family=\"{family}\"><style>{style}</style>\
             <rect width=\"{WIDTH_PX}\" height=\"{HEIGHT_PX}\" fill=\"{BACKGROUND}\"/>",
            family = escape_html(typesetter.family()),
            style = style_sheet(),
        );
        brand(&mut svg);

        // The title: the largest size at which it takes at most two lines.
        let (title_px, title_lines) = TITLE_SIZES_PX
            .iter()
            .map(|&size| (size, typesetter.wrap(title, size, true, inner_w, MAX_LINES)))
            .find(|(_, wrapped)| !wrapped.truncated)
            .unwrap_or_else(|| {
                let size = TITLE_SIZES_PX[TITLE_SIZES_PX.len() - 1];
                (size, typesetter.wrap(title, size, true, inner_w, MAX_LINES))
            });
        let headline_lines = typesetter.wrap(&headline, HEADLINE_PX, false, inner_w, MAX_LINES);
        let mut baseline = BRAND_BASELINE_PX + 20.0;
        for (i, line) in title_lines.lines.iter().enumerate() {
            baseline += if i == 0 { title_px } else { title_px * LEADING };
            text(&mut svg, MARGIN_PX, baseline, title_px, true, INK, line);
        }
        for (i, line) in headline_lines.lines.iter().enumerate() {
            // The first line half a line below the title.
            baseline += if i == 0 {
                title_px + HEADLINE_PX * 0.5
            } else {
                HEADLINE_PX * LEADING
            };
            text(
                &mut svg,
                MARGIN_PX,
                baseline,
                HEADLINE_PX,
                false,
                MUTED,
                line,
            );
        }

        // The figure fills the rest, scaled down if it must be, and centred.
        let top = baseline + 30.0;
        let box_h = f64::from(HEIGHT_PX) - 24.0 - top;
        let figure = content.figure(inner_w, box_h, typesetter)?;
        place(&mut svg, &figure, MARGIN_PX, top, inner_w, box_h);
        svg.push_str("</svg>");

        // The words for people and pages have plain spaces; the no-break ones only steer the
        // line breaks on the card.
        let headline = headline.replace('\u{a0}', " ");
        let alt = format!(
            "First Wall's card “{title}”, showing {}. {headline}.",
            content.shows()
        );
        Ok(Self { svg, headline, alt })
    }
}

/// The brand line: the six walls' colours as a mark, then the name.
fn brand(svg: &mut String) {
    use firstwall_model::walls::WallId;

    let size = 12.0;
    for (i, &wall) in WallId::ALL.iter().enumerate() {
        let x = MARGIN_PX + i as f64 * (size + 3.0);
        write!(
            svg,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{h}\" rx=\"2\" fill=\"{fill}\"/>",
            y = BRAND_BASELINE_PX - 20.0,
            h = size + 8.0,
            fill = wall_hex(wall),
        )
        .ok();
    }
    let x = MARGIN_PX + 6.0 * (size + 3.0) + 10.0;
    text(
        svg,
        x,
        BRAND_BASELINE_PX,
        BRAND_PX,
        true,
        ACCENT,
        "First Wall",
    );
}

/// A line of text whose start is at (`x`, `baseline`).
fn text(svg: &mut String, x: f64, baseline: f64, size_px: f64, bold: bool, fill: &str, line: &str) {
    write!(
        svg,
        "<text x=\"{x:.1}\" y=\"{baseline:.1}\" font-size=\"{size_px}\"{weight} fill=\"{fill}\">{}</text>",
        escape_html(line),
        weight = if bold { " font-weight=\"700\"" } else { "" },
    )
    .ok();
}

/// Puts `figure` in the box at (`x`, `y`), `w` × `h`: centred, scaled down if it is larger.
pub(crate) fn place(svg: &mut String, figure: &Figure, x: f64, y: f64, w: f64, h: f64) {
    let scale = (w / figure.width_px)
        .min(h / figure.height_px)
        .clamp(0.1, 1.0);
    let dx = x + (w - figure.width_px * scale) / 2.0;
    let dy = y + (h - figure.height_px * scale) / 2.0;
    write!(
        svg,
        "<g transform=\"translate({dx:.1} {dy:.1}) scale({scale:.4})\">{}</g>",
        figure.svg
    )
    .ok();
}

/// A wall's colour as `#rrggbb`, from the charts' palette.
fn wall_hex(wall: firstwall_model::walls::WallId) -> String {
    let rgb = firstwall_charts::wall_color(wall);
    format!("#{:02x}{:02x}{:02x}", rgb.0, rgb.1, rgb.2)
}

/// The light theme for the charts' CSS classes: what `style/main.css` gives them in the app.
/// Keep in sync with the `.seg-*`, `.flow-*`, `.year-histogram`, `.roofline-chart` and `.mark`
/// rules there.
fn style_sheet() -> String {
    use firstwall_model::walls::WallId;

    let wall = |w: WallId| wall_hex(w);
    let mut css = String::new();
    for &w in &WallId::ALL {
        write!(css, ".seg-{}{{fill:{}}}", w.id(), wall(w)).ok();
    }
    write!(
        css,
        ".seg-none{{fill:{NO_WALL_GREY}}}\
         .seg-label{{fill:#111111;font-weight:700;paint-order:stroke;stroke:#ffffff;stroke-opacity:0.85;stroke-width:4px}}\
         .bar{{fill:{ACCENT}}}\
         .axis,.tick,.grid{{stroke:{BORDER};stroke-width:1}}\
         .tick-label,.mark-label,.row-label,.flow-label{{fill:{INK}}}\
         .flow-label{{font-size:14px}}\
         .mark{{stroke:{INK};stroke-width:2;stroke-dasharray:6 4}}\
         .roof{{stroke:{INK};stroke-width:3}}\
         .workload{{stroke:{BACKGROUND};stroke-width:3}}\
         .workload-memory{{fill:{memory}}}\
         .workload-compute{{fill:{compute}}}\
         .ribbon{{opacity:0.5}}\
         .flow-grid{{fill:#3d4752}}\
         .flow-loss{{fill:{compute}}}\
         .flow-cooling{{fill:{cooling}}}\
         .flow-it{{fill:{data}}}\
         .flow-network{{fill:{memory}}}\
         .flow-hosts{{fill:{software}}}\
         .flow-chips{{fill:{power}}}\
         .flow-heat{{fill:#8b949e}}",
        memory = wall(WallId::MemoryNetwork),
        compute = wall(WallId::Compute),
        cooling = wall(WallId::Cooling),
        data = wall(WallId::Data),
        software = wall(WallId::Software),
        power = wall(WallId::Power),
    )
    .ok();
    css
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

    use std::collections::BTreeSet;

    use resvg::{tiny_skia, usvg};

    use super::*;

    /// Where the figure is, whatever the title and headline: from this row to the bottom.
    const FIGURE_FROM_PX: usize = 320;

    /// A title as long as the app's longest, so that every card is drawn with a wrapped title.
    const LONG_TITLE: &str = "How sure are we? The first wall across uncertain worlds";

    /// Every view's card with [`LONG_TITLE`], and its PNG.
    fn cards() -> Vec<(View, Card, Vec<u8>)> {
        let typesetter = Typesetter::new().expect("a sans-serif font (fonts-dejavu-core)");
        View::ALL
            .into_iter()
            .map(|view| {
                let card = Card::new(view, LONG_TITLE, &typesetter).unwrap();
                let png = typesetter.png(&card.svg).unwrap();
                (view, card, png)
            })
            .collect()
    }

    /// Every text of a card as drawn: its words and its box, pixels.
    fn texts(svg: &str) -> Vec<(String, usvg::Rect)> {
        fn walk(group: &usvg::Group, out: &mut Vec<(String, usvg::Rect)>) {
            for node in group.children() {
                match node {
                    usvg::Node::Group(group) => walk(group, out),
                    usvg::Node::Text(text) => {
                        let words = text.chunks().iter().map(|c| c.text()).collect();
                        out.push((words, text.abs_bounding_box()));
                    }
                    _ => {}
                }
            }
        }
        let typesetter = Typesetter::new().unwrap();
        let tree = typesetter.tree(svg).unwrap();
        let mut out = Vec::new();
        walk(tree.root(), &mut out);
        out
    }

    #[test]
    fn every_view_is_a_1200_by_630_png_with_a_picture_on_it() {
        for (view, _, png) in cards() {
            let pixmap = tiny_skia::Pixmap::decode_png(&png).unwrap();
            assert_eq!(
                (pixmap.width(), pixmap.height()),
                (WIDTH_PX, HEIGHT_PX),
                "{view:?}"
            );
            let pixels = pixmap.pixels();
            let colours: BTreeSet<[u8; 4]> = pixels
                .iter()
                .map(|p| [p.red(), p.green(), p.blue(), p.alpha()])
                .collect();
            // Text alone is anti-aliased into dozens of greys; a figure adds its colours.
            assert!(colours.len() >= 100, "{view:?}: {} colours", colours.len());
            // Below the title and the headline (two lines each at most) is the figure.
            let figure = &pixels[FIGURE_FROM_PX * WIDTH_PX as usize..];
            let drawn = figure
                .iter()
                .filter(|p| [p.red(), p.green(), p.blue()] != [0xff, 0xff, 0xff])
                .count();
            let drawn_share = drawn as f64 / figure.len() as f64;
            assert!(
                drawn_share >= 0.02,
                "{view:?}: {drawn_share:.3} of the figure drawn"
            );
        }
    }

    #[test]
    fn every_text_is_inside_the_card_and_none_overlaps_another() {
        for (view, card, _) in cards() {
            let texts = texts(&card.svg);
            // The brand, two lines of title, the headline and the figure's words.
            assert!(texts.len() >= 5, "{view:?}: {texts:?}");
            for (words, r) in &texts {
                assert!(
                    r.left() >= 0.0
                        && r.top() >= 0.0
                        && r.right() <= WIDTH_PX as f32
                        && r.bottom() <= HEIGHT_PX as f32,
                    "{view:?}: {words:?} at {r:?} leaves the card"
                );
            }
            for (i, (a, ra)) in texts.iter().enumerate() {
                for (b, rb) in &texts[i + 1..] {
                    let overlap = ra.left() < rb.right() - 1.0
                        && rb.left() < ra.right() - 1.0
                        && ra.top() < rb.bottom() - 1.0
                        && rb.top() < ra.bottom() - 1.0;
                    assert!(!overlap, "{view:?}: {a:?} {ra:?} overlaps {b:?} {rb:?}");
                }
            }
        }
    }

    #[test]
    fn the_walls_headline_names_the_projections_first_wall_and_year() {
        let projection = firstwall_model::project(&firstwall_model::Scenario::preset(
            firstwall_model::PresetId::DEFAULT,
        ));
        let first = projection
            .first_wall
            .expect("the default scenario hits a wall");
        let typesetter = Typesetter::new().unwrap();
        let card = Card::new(View::Walls, "Who is the first wall?", &typesetter).unwrap();
        let named = format!("{}, in {:.0}", first.wall.label(), first.year.floor());
        assert!(card.headline.contains(&named), "{}", card.headline);
        assert!(card.alt.contains(&named), "{}", card.alt);
        // On the card itself, in words the reader sees.
        let drawn: String = texts(&card.svg)
            .into_iter()
            .map(|(words, _)| words)
            .collect::<Vec<_>>()
            .join(" ")
            .replace('\u{a0}', " ");
        assert!(drawn.contains(&named), "{drawn}");
    }

    #[test]
    fn a_title_too_long_for_two_lines_is_cut_with_an_ellipsis() {
        let typesetter = Typesetter::new().unwrap();
        let title = "A title far too long for any card, ".repeat(6);
        let card = Card::new(View::Claims, &title, &typesetter).unwrap();
        let lines: Vec<String> = texts(&card.svg)
            .into_iter()
            .map(|(words, _)| words)
            .filter(|words| words.starts_with('A') || words.contains("title"))
            .collect();
        assert_eq!(lines.len(), MAX_LINES, "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
    }

    /// `--view TEXT` gives `want`: the slug and title, or an error containing the text.
    #[track_caller]
    fn check_view_flag(text: &str, want: Result<(&str, &str), &str>) {
        let got = view_title(text);
        match (got, want) {
            (Ok(got), Ok((slug, title))) => {
                assert_eq!((got.view.slug(), got.title.as_str()), (slug, title));
            }
            (Err(message), Err(part)) => assert!(message.contains(part), "{message}"),
            (got, want) => panic!("{text:?}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn the_view_flag_takes_a_slug_and_a_title() {
        check_view_flag(
            "walls=Who is the first wall?",
            Ok(("walls", "Who is the first wall?")),
        );
        check_view_flag(
            "loop=Human with AI = a loop",
            Ok(("loop", "Human with AI = a loop")),
        );
        check_view_flag(
            " sweep = How sure are we? ",
            Ok(("sweep", "How sure are we?")),
        );
        check_view_flag("walls", Err("--view takes SLUG=TITLE"));
        check_view_flag(
            "nowhere=Title",
            Err("walls, sweep, datacenter, memory, loop, claims, engine"),
        );
        check_view_flag("claims=  ", Err("the title is empty"));
    }
}
