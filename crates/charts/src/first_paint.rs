//! The Walls view's answer as the page's first paint shows it, before the app's wasm arrives: the
//! verdict and the road, for the default scenario, as HTML text in the markup and classes the app
//! draws them with (`src/views/walls/verdict.rs`, `wall_diagram.rs`). `firstwall first-paint`
//! prints it and the build writes it into the view's entry (`scripts/entries.mjs`).
//!
//! The road is laid out for the width it has, so it is drawn for the content columns of common
//! screens ([`ROAD_WIDTHS_PX`]), and the style sheet shows the one for the width there is (a
//! container query on `.diagram-scroll`): the widest that fits, at its own size. It is drawn at
//! its layout's fixed height, so nothing below it moves when the app redraws it at the exact width.

use firstwall_model::format;
use firstwall_model::projection::{Projection, LAST_YEAR};

use crate::road::{road_svg, CAPTION};
use crate::{escape_html, words};

/// The widths the road is drawn at, pixels: the content columns of 360-, 390- and 430-pixel
/// phones (12-pixel margins), of a 768-pixel tablet, a 1024-pixel laptop and anything wider (16-pixel
/// margins; 1120 is the widest column, `MAX_CHART_WIDTH_PX` in the app). `style/main.css` picks
/// one by the column's width (`.boot-road-336` …); keep the two in step (a test reads the style sheet).
pub const ROAD_WIDTHS_PX: [u32; 6] = [336, 366, 406, 736, 992, 1120];

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
    let roads: String = ROAD_WIDTHS_PX
        .iter()
        .map(|&width| {
            let svg = road_svg(projection, f64::from(width), selected).replacen(
                "<svg ",
                "<svg preserveAspectRatio=\"xMinYMin meet\" ",
                1,
            );
            format!("<div class=\"boot-road boot-road-{width}\">{svg}</div>")
        })
        .collect();
    format!(
        "<div class=\"walls-answer boot-answer\"><section class=\"verdict\" \
         data-fans=\"pending\"><h2 class=\"visually-hidden\">The answer</h2><div><p \
         class=\"verdict-headline\">{headline}</p><p class=\"verdict-plain\">{}</p></div><div>\
         </div></section><h2 class=\"visually-hidden\">The road and its walls</h2><figure \
         class=\"wall-diagram\"><div class=\"diagram-scroll\">{roads}</div><figcaption>{}</figcaption>\
         </figure></div>",
        escape_html(&plain),
        escape_html(CAPTION),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::{project, PresetId, Scenario};

    #[test]
    fn the_default_answer_names_the_projections_first_wall_and_draws_both_roads() {
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
        let roads = ROAD_WIDTHS_PX.len();
        assert_eq!(
            html.matches("<svg ").count(),
            roads,
            "a road for each width"
        );
        // Laid out for a phone below 640 pixels (taller), for a desktop above.
        assert!(html.contains("<div class=\"boot-road boot-road-366\"><svg preserveAspectRatio=\"xMinYMin meet\" viewBox=\"0 0 366 414\""));
        assert!(html.contains("<div class=\"boot-road boot-road-1120\"><svg preserveAspectRatio=\"xMinYMin meet\" viewBox=\"0 0 1120 322\""));
        // The first wall is marked on each, and selected (the app opens its details at first).
        let marked = format!(
            "<g class=\"wall first-wall selected\" data-wall=\"{}\">",
            first.wall.id()
        );
        assert_eq!(html.matches(&marked).count(), roads, "{html}");
        assert_eq!(html.matches("▲ first wall").count(), roads);
    }

    #[test]
    fn the_style_sheet_shows_a_road_for_every_width() {
        let css = include_str!("../../../style/main.css");
        for width in ROAD_WIDTHS_PX {
            assert!(
                css.contains(&format!("#boot .boot-road-{width} {{ display: block; }}")),
                "style/main.css shows no .boot-road-{width}"
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
}
