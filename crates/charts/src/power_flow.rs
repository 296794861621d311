//! The power-flow (Sankey) diagram of a data center: from the grid through conversion and
//! cooling to the IT equipment, the chips, and out again as heat.
//!
//! Plain SVG built as text, like [`crate::trajectory_svg`]'s labels: ribbons are filled Bézier
//! bands whose width is proportional to MW. The node colours are CSS classes (`flow-*`), so the
//! stylesheet decides them for each theme.

use firstwall_model::datacenter::{Design, Flow, Node};
use firstwall_model::format;

use crate::escape_html;

/// Height of the flows, pixels (one SVG unit is one pixel: the drawing is laid out for the width
/// it is shown at, so its text is drawn at the size the style sheet gives it).
const HEIGHT: f64 = 440.0;
/// Node bars.
const BAR_W: f64 = 16.0;
const GAP: f64 = 18.0;
/// The columns' x positions as shares of the width: grid, first split, IT parts, heat.
const COLUMNS: [f64; 4] = [40.0 / 960.0, 330.0 / 960.0, 620.0 / 960.0, 904.0 / 960.0];
/// Below this width (pixels) the labels no longer fit beside the bars: each bar carries only its
/// MW, and a key under the flows names them.
const NARROW_PX: f64 = 860.0;
/// Height of a row of that key, pixels.
const KEY_ROW_PX: f64 = 22.0;
/// From this width (pixels) the key has two columns: its longest entry ("Server power conversion ·
/// 9.86 MW") is about 210 px at the key's 13 px type.
const KEY_TWO_COLUMNS_PX: f64 = 480.0;

fn column(node: Node) -> usize {
    match node {
        Node::Grid => 0,
        Node::ConversionLosses | Node::CoolingPlant | Node::It => 1,
        Node::ServerConversion | Node::NetworkStorage | Node::Hosts | Node::Accelerators => 2,
        Node::Heat => 3,
    }
}

fn css_class(node: Node) -> &'static str {
    match node {
        Node::Grid => "flow-grid",
        Node::ConversionLosses | Node::ServerConversion => "flow-loss",
        Node::CoolingPlant => "flow-cooling",
        Node::It => "flow-it",
        Node::NetworkStorage => "flow-network",
        Node::Hosts => "flow-hosts",
        Node::Accelerators => "flow-chips",
        Node::Heat => "flow-heat",
    }
}

/// A node's place: top and height, SVG units.
#[derive(Clone, Copy)]
struct Span {
    top: f64,
    height: f64,
}

/// All flows, with the heat column added: every leaf ends as heat.
fn with_heat(flows: &[Flow]) -> Vec<Flow> {
    let has_outflow = |node: Node| flows.iter().any(|f| f.from == node);
    let mut all = flows.to_vec();
    for flow in flows {
        if !has_outflow(flow.to) {
            all.push(Flow {
                from: flow.to,
                to: Node::Heat,
                mw: flow.mw,
            });
        }
    }
    all
}

/// MW with as many decimals as a reader needs: 217, 14.2, 6.38.
fn megawatts(mw: f64) -> String {
    if mw >= 100.0 {
        format!("{mw:.0}")
    } else if mw >= 10.0 {
        format!("{mw:.1}")
    } else {
        format!("{mw:.2}")
    }
}

/// The power flows as an SVG document laid out for `width` pixels.
pub fn power_flow_svg(design: &Design, width: f64) -> String {
    power_flow_svg_sized(design, width, HEIGHT)
}

/// [`power_flow_svg`] with the flows `flows_px` pixels tall (at least 240) rather than 440, for a
/// figure that must fit a given box (an embed of the diagram alone).
pub fn power_flow_svg_sized(design: &Design, width: f64, flows_px: f64) -> String {
    let flows_height = if flows_px.is_finite() {
        flows_px.max(240.0)
    } else {
        HEIGHT
    };
    let width = if width.is_finite() {
        width.max(240.0)
    } else {
        960.0
    };
    let narrow = width < NARROW_PX;
    let columns = COLUMNS.map(|share| {
        if narrow {
            // Edge to edge: the labels are in the key.
            4.0 + share * (width - 8.0 - BAR_W) / COLUMNS[3]
        } else {
            share * width
        }
    });
    let flows = with_heat(&design.flows);
    let total_mw = design.facility_power_mw.max(f64::MIN_POSITIVE);
    // The tallest column (the IT parts plus their gaps) must fit.
    let scale = (flows_height - 50.0 - 4.0 * GAP) / total_mw;

    // Stack each column's nodes top to bottom in the order the flows list them.
    let mut nodes: Vec<Node> = vec![Node::Grid];
    for flow in &flows {
        for node in [flow.from, flow.to] {
            if !nodes.contains(&node) {
                nodes.push(node);
            }
        }
    }
    let size = |node: Node| -> f64 {
        let inflow: f64 = flows.iter().filter(|f| f.to == node).map(|f| f.mw).sum();
        let outflow: f64 = flows.iter().filter(|f| f.from == node).map(|f| f.mw).sum();
        inflow.max(outflow)
    };
    let mut spans: Vec<(Node, Span)> = Vec::new();
    // Losses and cooling pass straight from the first split to the heat: the IT parts start
    // below them, so those ribbons run over the top without crossing anything.
    let pass_through: f64 = flows
        .iter()
        .filter(|f| f.to == Node::Heat && column(f.from) == 1)
        .map(|f| f.mw * scale)
        .sum();
    for col in 0..COLUMNS.len() {
        let mut top = if col == 2 {
            30.0 + pass_through + GAP
        } else {
            30.0
        };
        for &node in nodes.iter().filter(|&&n| column(n) == col) {
            let height = (size(node) * scale).max(1.0);
            spans.push((node, Span { top, height }));
            top += height + GAP;
        }
    }
    let span_of = |node: Node| {
        spans.iter().find(|(n, _)| *n == node).map_or(
            Span {
                top: 0.0,
                height: 0.0,
            },
            |(_, s)| *s,
        )
    };

    // The key: one column on a phone, two where they fit side by side.
    let key_columns = if width >= KEY_TWO_COLUMNS_PX { 2 } else { 1 };
    let key_rows = if narrow {
        spans.len().div_ceil(key_columns)
    } else {
        0
    };
    let height = flows_height + key_rows as f64 * KEY_ROW_PX + if narrow { 8.0 } else { 0.0 };
    let mut svg = format!(
        "<svg viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\" \
         xmlns=\"http://www.w3.org/2000/svg\" class=\"power-flow\">"
    );
    // Ribbons: each leaves its source below the previous one, and enters its target likewise.
    let mut out_used: Vec<(Node, f64)> = Vec::new();
    let mut in_used: Vec<(Node, f64)> = Vec::new();
    let take = |used: &mut Vec<(Node, f64)>, node: Node, amount: f64| -> f64 {
        let entry = used.iter_mut().find(|(n, _)| *n == node);
        match entry {
            Some((_, offset)) => {
                let start = *offset;
                *offset += amount;
                start
            }
            None => {
                used.push((node, amount));
                0.0
            }
        }
    };
    for flow in &flows {
        let width = flow.mw * scale;
        if width <= 0.0 {
            continue;
        }
        let (from, to) = (span_of(flow.from), span_of(flow.to));
        let y0 = from.top + take(&mut out_used, flow.from, width);
        let y1 = to.top + take(&mut in_used, flow.to, width);
        let x0 = columns[column(flow.from)] + BAR_W;
        let x1 = columns[column(flow.to)];
        let mid = (x0 + x1) / 2.0;
        svg.push_str(&format!(
            "<path class=\"ribbon {}\" d=\"M{x0:.1},{y0:.1} C{mid:.1},{y0:.1} {mid:.1},{y1:.1} {x1:.1},{y1:.1} \
             L{x1:.1},{:.1} C{mid:.1},{:.1} {mid:.1},{:.1} {x0:.1},{:.1} Z\"><title>{} → {}: {} MW</title></path>",
            css_class(flow.to),
            y1 + width,
            y1 + width,
            y0 + width,
            y0 + width,
            escape_html(flow.from.label()),
            escape_html(flow.to.label()),
            megawatts(flow.mw),
        ));
    }
    for (i, &(node, span)) in spans.iter().enumerate() {
        let x = columns[column(node)];
        svg.push_str(&format!(
            "<rect class=\"node {}\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{BAR_W}\" height=\"{:.1}\"/>",
            css_class(node),
            span.top,
            span.height
        ));
        let last = column(node) == COLUMNS.len() - 1;
        // Labels to the right of the bar; the last column's above it. Narrow, a bar carries its
        // MW only, and the key names it.
        let (lx, ly, anchor) = if last {
            (x + BAR_W, span.top - 8.0, "end")
        } else {
            (x + BAR_W + 6.0, span.top + span.height / 2.0 + 5.0, "start")
        };
        let text = if narrow {
            format!("{} MW", megawatts(size(node)))
        } else {
            format!("{} · {} MW", node.label(), megawatts(size(node)))
        };
        svg.push_str(&format!(
            "<text x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\" class=\"flow-label\">{}</text>",
            escape_html(&text)
        ));
        if narrow {
            // Down the first column, then the second.
            let (row, col) = (i % key_rows.max(1), i / key_rows.max(1));
            let y = flows_height + 8.0 + row as f64 * KEY_ROW_PX;
            let x = 4.0 + col as f64 * (width / 2.0);
            svg.push_str(&format!(
                "<rect class=\"node {}\" x=\"{x:.1}\" y=\"{:.1}\" width=\"14\" height=\"14\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" class=\"flow-label\">{} · {} MW</text>",
                css_class(node),
                y,
                x + 20.0,
                y + 12.0,
                escape_html(node.label()),
                megawatts(size(node))
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The same flows as an HTML table.
pub fn power_flow_table_html(design: &Design) -> String {
    let mut html = String::from(
        "<table class=\"data-table\" id=\"power-flow-table\"><caption>Power flows, MW</caption>\
         <thead><tr><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">MW</th>\
         <th scope=\"col\">Share of the grid draw</th></tr></thead><tbody>",
    );
    let total = design.facility_power_mw.max(f64::MIN_POSITIVE);
    for flow in &design.flows {
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} %</td></tr>",
            escape_html(flow.from.label()),
            escape_html(flow.to.label()),
            megawatts(flow.mw),
            format::short((1000.0 * flow.mw / total).round() / 10.0)
        ));
    }
    html.push_str("</tbody></table>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::datacenter::design_scenario;
    use firstwall_model::{PresetId, Scenario};

    /// Embedded alone in a blog's column, the flows are shorter and the key takes two columns.
    #[test]
    fn a_diagram_fits_a_box_with_its_key_in_two_columns() {
        let design = design_scenario(&Scenario::preset(PresetId::Epoch2030)).unwrap();
        let svg = power_flow_svg_sized(&design, 576.0, 300.0);
        let entries = svg.matches(" · ").count();
        assert!(entries >= 8, "{entries} key entries");
        let height = 300.0 + entries.div_ceil(2) as f64 * KEY_ROW_PX + 8.0;
        assert!(
            svg.starts_with(&format!("<svg viewBox=\"0 0 576 {height:.0}\"")),
            "{}",
            &svg[..80]
        );
        // The second column starts half-way across.
        assert!(svg.contains("<rect class=\"node flow-") && svg.contains("x=\"292.0\""));
        // A phone keeps one column.
        let phone = power_flow_svg_sized(&design, 358.0, 300.0);
        let one = 300.0 + entries as f64 * KEY_ROW_PX + 8.0;
        assert!(phone.starts_with(&format!("<svg viewBox=\"0 0 358 {one:.0}\"")));
    }

    #[test]
    fn the_diagram_has_every_node_and_a_ribbon_per_flow() {
        let design = design_scenario(&Scenario::preset(PresetId::Epoch2030)).unwrap();
        // Narrow, the same names and numbers are in the key under the flows.
        for width in [960.0, 358.0] {
            let svg = power_flow_svg(&design, width);
            for node in [
                Node::Grid,
                Node::CoolingPlant,
                Node::It,
                Node::Accelerators,
                Node::Heat,
            ] {
                assert!(svg.contains(&format!(">{} · ", node.label())), "{node:?}");
            }
            // 7 flows, plus one to heat for each of the 6 leaves.
            assert_eq!(svg.matches("<path class=\"ribbon").count(), 13);
            assert!(svg.contains("From the grid · 170 MW"), "{svg}");
            assert!(svg.contains("Accelerators · 70.0 MW"), "{svg}");
            assert!(svg.contains(&format!("viewBox=\"0 0 {width:.0} ")), "{svg}");
        }
        let table = power_flow_table_html(&design);
        assert_eq!(table.matches("<tr><td>").count(), design.flows.len());
    }
}
