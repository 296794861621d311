//! The views' answers as the page's first paint shows them, before the app's wasm arrives, for the
//! default scenario, as HTML text in the markup and classes the app draws them with: Walls' verdict
//! and road (`src/views/walls/verdict.rs`, `wall_diagram.rs`), Uncertainty's headline, share bar
//! and table (`src/views/sweep/monte_carlo.rs`). `firstwall first-paint` prints them and the build
//! writes each into its view's entry (`scripts/entries.mjs`).
//!
//! A chart is laid out for the width it has, so it is drawn for the content columns of common
//! screens ([`WIDTHS_PX`]), and the style sheet shows the one for the width there is (a container
//! query on the chart's holder, `.boot-widths`): the widest that fits, at its own size. Each is
//! drawn at its layout's fixed height, so nothing below it moves when the app redraws it at the
//! exact width. The copies carry no `id`: they are not the app's elements.

use firstwall_model::format;
use firstwall_model::projection::{Projection, LAST_YEAR};
use firstwall_model::sweep::Tally;

use crate::road::{road_svg, CAPTION};
use crate::sweep::{headline, share_bar_svg, share_table_html, SHARES_TITLE, SHARE_BAR_CAPTION};
use crate::{escape_html, words};

/// The widths a chart is drawn at, pixels (chosen, an assumption about common screens): the
/// content columns of 360-, 390- and 430-pixel
/// phones (12-pixel margins), of a 768-pixel tablet, a 1024-pixel laptop and anything wider (16-pixel
/// margins; 1120 is the widest column, `MAX_CHART_WIDTH_PX` in the app). `style/main.css` picks
/// one by the column's width (`.boot-at-336` …); keep the two in step (a test reads the style sheet).
pub const WIDTHS_PX: [u32; 6] = [336, 366, 406, 736, 992, 1120];

/// The verdict and the road for `projection`, as the first paint shows them.
pub fn walls_answer_html(projection: &Projection) -> String {
    let headline = match &projection.first_wall {
        Some(first) => format!(
            "First wall: <strong data-wall=\"{}\">{}</strong> — in {}, at {} <span \
             class=\"term\">FLOP</span> ({})",
            first.wall.id(),
            escape_html(first.wall.label()),
            words::year(first.year),
            format::scientific(first.flop, 2),
            escape_html(&words::times_gpt4(first.flop)),
        ),
        None => format!("No wall binds before {LAST_YEAR}."),
    };
    let plain = projection
        .first_wall
        .as_ref()
        .map(words::plain_verdict)
        .unwrap_or_default();
    // The app opens the first wall's details at first, so its wall is drawn selected.
    let selected = projection.first_wall.map(|b| b.wall);
    let roads = at_widths(|width| road_svg(projection, width, selected));
    format!(
        "<div class=\"walls-answer boot-answer\"><section class=\"verdict\" \
         data-fans=\"pending\"><h2 class=\"visually-hidden\">The answer</h2><div><p \
         class=\"verdict-headline\">{headline}</p><p class=\"verdict-plain\">{}</p></div><div>\
         </div></section><h2 class=\"visually-hidden\">The road and its walls</h2><figure \
         class=\"wall-diagram\"><div class=\"diagram-scroll boot-widths\">{roads}</div><figcaption>{}</figcaption>\
         </figure></div>",
        escape_html(&plain),
        escape_html(CAPTION),
    )
}

/// The first answer of the Uncertainty view, for `tally` (the default sweep around the default
/// scenario: [`firstwall_model::sweep::DEFAULT_SAMPLES`] samples, seed
/// [`firstwall_model::sweep::DEFAULT_SEED`], on the CPU): its headline, the share bar and its
/// table, in the markup the view shows while its own sweep runs (`.sweep-pending`, which keeps
/// the answer's place).
pub fn sweep_answer_html(tally: &Tally) -> String {
    let headline = escape_html(&headline(tally)).replacen(
        "plausible worlds",
        "<span class=\"term\">plausible worlds</span>",
        1,
    );
    let bars = at_widths(|width| share_bar_svg(tally, width));
    format!(
        "<section class=\"sweep-run boot-answer\"><h2>{SHARES_TITLE}</h2><div \
         class=\"sweep-results sweep-pending\"><p class=\"sweep-headline\">{headline}</p><figure \
         class=\"chart-figure\"><div class=\"share-bar-wrap boot-widths\">{bars}</div><figcaption>{}\
         </figcaption></figure><div class=\"table-scroll\">{}</div></div></section>",
        escape_html(SHARE_BAR_CAPTION),
        without_ids(&share_table_html(tally)),
    )
}

/// `svg` drawn at each of [`WIDTHS_PX`], each in a `.boot-at-WIDTH` holder that the style sheet
/// shows at that column's width, scaled (never stretched) to fit, without ids.
fn at_widths(svg: impl Fn(f64) -> String) -> String {
    WIDTHS_PX
        .iter()
        .map(|&width| {
            let drawn = without_ids(&svg(f64::from(width))).replacen(
                "<svg ",
                "<svg preserveAspectRatio=\"xMinYMin meet\" ",
                1,
            );
            format!("<div class=\"boot-at boot-at-{width}\">{drawn}</div>")
        })
        .collect()
}

/// `html` without its `id` and `aria-labelledby` attributes: a copy must not take the app's ids
/// (the app's elements carry them), and a label it pointed to is gone with them.
fn without_ids(html: &str) -> String {
    let mut out = html.to_owned();
    for attribute in [" id=\"", " aria-labelledby=\""] {
        while let Some(start) = out.find(attribute) {
            let value = start + attribute.len();
            let Some(end) = out[value..].find('"') else {
                break;
            };
            out.replace_range(start..value + end + 1, "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::{project, PresetId, Scenario};

    #[test]
    fn the_default_answer_names_the_projections_first_wall_and_draws_its_road_at_every_width() {
        let projection = project(&Scenario::preset(PresetId::DEFAULT));
        let first = projection
            .first_wall
            .expect("the default scenario meets a wall");
        let html = walls_answer_html(&projection);
        assert!(html.contains(&format!(
            "First wall: <strong data-wall=\"{}\">{}</strong> — in {}",
            first.wall.id(),
            first.wall.label(),
            words::year(first.year)
        )));
        assert!(html.contains(&escape_html(&words::plain_verdict(&first))));
        let roads = WIDTHS_PX.len();
        assert_eq!(
            html.matches("<svg ").count(),
            roads,
            "a road for each width"
        );
        // Laid out for a phone below 640 pixels (taller), for a desktop above.
        assert!(html.contains("<div class=\"boot-at boot-at-366\"><svg preserveAspectRatio=\"xMinYMin meet\" viewBox=\"0 0 366 414\""));
        assert!(html.contains("<div class=\"boot-at boot-at-1120\"><svg preserveAspectRatio=\"xMinYMin meet\" viewBox=\"0 0 1120 322\""));
        // The first wall is marked on each, and selected (the app opens its details at first).
        let marked = format!(
            "<g class=\"wall first-wall selected\" data-wall=\"{}\">",
            first.wall.id()
        );
        assert_eq!(html.matches(&marked).count(), roads, "{html}");
        assert_eq!(html.matches("▲ first wall").count(), roads);
    }

    #[test]
    fn the_style_sheet_shows_each_width_where_it_fits_and_covers_every_column() {
        // `@container (LOW <= width < HIGH) { .boot-at-W { display: block; } }`, one per width.
        let css = include_str!("../../../style/main.css");
        let bound = |text: &str| text.trim().trim_end_matches("px").parse::<f64>().unwrap();
        let mut ranges: Vec<(f64, f64, u32)> = WIDTHS_PX
            .iter()
            .map(|&width| {
                let rule = format!(" {{ .boot-at-{width} {{ display: block; }} }}");
                let line = css
                    .lines()
                    .find(|line| line.starts_with("@container (") && line.ends_with(&rule))
                    .unwrap_or_else(|| panic!("style/main.css shows no .boot-at-{width}"));
                let query = &line["@container (".len()..line.len() - rule.len() - 1];
                let (low, rest) = match query.split_once(" <= width") {
                    Some((low, rest)) => (bound(low), rest),
                    None => (0.0, query.trim_start_matches("width")),
                };
                let high = rest.trim().strip_prefix('<').map_or(f64::INFINITY, bound);
                (low, high, width)
            })
            .collect();
        ranges.sort_by(|a, b| a.0.total_cmp(&b.0));
        // Every column has one drawing: the ranges follow each other from 0 to any width.
        assert_eq!(ranges[0].0, 0.0);
        assert_eq!(ranges.last().unwrap().1, f64::INFINITY);
        for pair in ranges.windows(2) {
            assert_eq!(pair[0].1, pair[1].0, "{ranges:?}");
        }
        for &(low, high, width) in &ranges {
            let w = f64::from(width);
            // Laid out as the app lays out that column: a phone's below 640 px, a desktop's above.
            assert_eq!(
                crate::is_narrow(w),
                high <= 640.0,
                ".boot-at-{width} in [{low}, {high})"
            );
            // Shown where it fits, unscaled; or, the narrowest of its layout, scaled down just
            // below its own width.
            let narrowest = if crate::is_narrow(w) { 0.0 } else { 640.0 };
            assert!(
                w < high && (low <= w || low == narrowest),
                ".boot-at-{width} in [{low}, {high})"
            );
        }
    }

    #[test]
    fn a_scenario_without_a_wall_says_so() {
        let mut projection = project(&Scenario::preset(PresetId::DEFAULT));
        projection.first_wall = None;
        let html = walls_answer_html(&projection);
        assert!(html.contains(&format!("No wall binds before {LAST_YEAR}.")));
        assert!(!html.contains("first-wall selected"));
    }

    #[test]
    fn the_sweeps_first_answer_is_its_headline_share_bar_and_table_without_ids() {
        let scenario = firstwall_model::Scenario::preset(PresetId::DEFAULT);
        let sweep = firstwall_model::sweep::Sweep::new(&scenario, 1);
        let mut tally = Tally::default();
        sweep.run(0, 2_000, &mut tally);
        let html = sweep_answer_html(&tally);
        let words = escape_html(&headline(&tally)).replacen(
            "plausible worlds",
            "<span class=\"term\">plausible worlds</span>",
            1,
        );
        assert!(
            html.contains(&format!("<p class=\"sweep-headline\">{words}</p>")),
            "{html}"
        );
        assert_eq!(html.matches("<svg ").count(), WIDTHS_PX.len());
        assert!(html.contains("<table"), "the shares' table");
        assert!(
            !html.contains(" id=\"") && !html.contains("aria-labelledby"),
            "{html}"
        );
        // Each wall's share is in the table as the app prints it.
        assert!(html.contains(&crate::sweep::percent(
            tally.share(firstwall_model::WallId::Power)
        )));
    }

    #[test]
    fn ids_are_taken_out_and_nothing_else() {
        assert_eq!(
            without_ids(
                "<svg id=\"a\" class=\"b\" aria-labelledby=\"a\"><title id=\"a\">t</title></svg>"
            ),
            "<svg class=\"b\"><title>t</title></svg>"
        );
    }
}
