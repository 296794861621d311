//! The preview cards' fonts, text measuring and rasterizing: SVG to PNG with resvg (pure Rust),
//! the text set in a sans-serif family found among the system's fonts.

use std::sync::Arc;

use anyhow::{anyhow, Context as _};
use firstwall_charts::escape_html;
use resvg::{tiny_skia, usvg};

use super::{HEIGHT_PX, WIDTH_PX};

/// The families the cards may be set in, in order of preference. DejaVu Sans is the one
/// `scripts/setup.sh` installs (Debian's `fonts-dejavu-core`), so the build's images are the
/// same everywhere it runs; the others let the command work on other systems.
const FAMILIES: [&str; 5] = [
    "DejaVu Sans",
    "Liberation Sans",
    "Noto Sans",
    "Arial",
    "Helvetica",
];

/// Sets and draws the cards: the fonts found once, and the options every SVG is read with.
pub struct Typesetter {
    options: usvg::Options<'static>,
}

impl std::fmt::Debug for Typesetter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter")
            .field("family", &self.options.font_family)
            .finish_non_exhaustive()
    }
}

/// Text broken into lines.
#[derive(Debug)]
pub struct Wrapped {
    /// The lines.
    pub lines: Vec<String>,
    /// Whether words were left out (the last line then ends with "…").
    pub truncated: bool,
}

impl Typesetter {
    /// Loads the system's fonts and picks the family; fails, saying what to install, if none of
    /// [`FAMILIES`] is there (an image without text would be worse than no image).
    pub fn new() -> anyhow::Result<Self> {
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_system_fonts();
        let family = FAMILIES
            .into_iter()
            .find(|family| {
                fonts
                    .faces()
                    .any(|face| face.families.iter().any(|(name, _)| name == family))
            })
            .ok_or_else(|| {
                anyhow!(
                    "no font for the preview's text: none of {} is installed ({} font faces found). \
                     On Debian or Ubuntu: apt-get install fonts-dejavu-core (scripts/setup.sh does)",
                    FAMILIES.join(", "),
                    fonts.len()
                )
            })?;
        // Charts that ask for the generic family get the same one.
        fonts.set_sans_serif_family(family);
        Ok(Self {
            options: usvg::Options {
                font_family: family.to_owned(),
                fontdb: Arc::new(fonts),
                ..usvg::Options::default()
            },
        })
    }

    /// The family the cards are set in.
    pub fn family(&self) -> &str {
        &self.options.font_family
    }

    /// How wide `text` is drawn at `size_px`, pixels: laid out by the same code that draws it.
    pub fn width_px(&self, text: &str, size_px: f64, bold: bool) -> f64 {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">\
             <text x=\"0\" y=\"50\" font-size=\"{size_px}\"{weight}>{}</text></svg>",
            escape_html(text),
            weight = if bold { " font-weight=\"700\"" } else { "" },
        );
        match usvg::Tree::from_str(&svg, &self.options) {
            Ok(tree) => f64::from(tree.root().abs_bounding_box().width()),
            // Our own markup always parses; were it not to, a generous guess keeps text inside.
            Err(_) => text.chars().count() as f64 * size_px * 0.65,
        }
    }

    /// `text` broken into lines at most `max_width_px` wide, at most `max_lines` of them, at its
    /// spaces (never at a no-break space); a word longer than a line stands alone on its line.
    pub fn wrap(
        &self,
        text: &str,
        size_px: f64,
        bold: bool,
        max_width_px: f64,
        max_lines: usize,
    ) -> Wrapped {
        let fits = |line: &str| self.width_px(line, size_px, bold) <= max_width_px;
        let mut lines: Vec<String> = Vec::new();
        for word in text.split(' ').filter(|word| !word.is_empty()) {
            match lines.last_mut() {
                Some(line) if fits(&format!("{line} {word}")) => {
                    line.push(' ');
                    line.push_str(word);
                }
                _ => lines.push(word.to_owned()),
            }
        }
        let truncated = lines.len() > max_lines.max(1);
        if truncated {
            lines.truncate(max_lines.max(1));
            if let Some(last) = lines.last_mut() {
                let mut words: Vec<&str> = last.split(' ').collect();
                while words.len() > 1 && !fits(&format!("{}…", words.join(" "))) {
                    words.pop();
                }
                *last = format!("{}…", words.join(" "));
            }
        }
        Wrapped { lines, truncated }
    }

    /// The card `svg` as a PNG of [`WIDTH_PX`] × [`HEIGHT_PX`].
    pub fn png(&self, svg: &str) -> anyhow::Result<Vec<u8>> {
        let tree = self.tree(svg)?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH_PX, HEIGHT_PX)
            .ok_or_else(|| anyhow!("cannot allocate a {WIDTH_PX} × {HEIGHT_PX} image"))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|err| anyhow!("cannot encode the PNG: {err}"))
    }

    /// `svg` read with the card's fonts.
    pub fn tree(&self, svg: &str) -> anyhow::Result<usvg::Tree> {
        usvg::Tree::from_str(svg, &self.options).context("the card's SVG does not parse")
    }
}
