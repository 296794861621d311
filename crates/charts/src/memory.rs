//! The Memory wall view's charts: the trends that open the memory wall (growth from a start year,
//! log scale) and the roofline of one decoding workload, each with a table.

use std::fmt::Write as _;

use firstwall_model::format;
use firstwall_model::roofline::{Bound, Roofline, TRENDS};

use crate::{escape_html, grid_column, is_narrow, usable};

/// `10ⁿ` with the exponent in superscript digits.
fn power_of_ten(exponent: i32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut text = String::from("10");
    if exponent < 0 {
        text.push('⁻');
    }
    for digit in exponent.unsigned_abs().to_string().chars() {
        text.push(DIGITS[digit.to_digit(10).unwrap_or(0) as usize]);
    }
    text
}

/// A horizontal grid line at `y` from `left` to `right`, labelled at its left end.
fn grid_row(svg: &mut String, y: f64, left: f64, right: f64, label: &str) {
    write!(
        svg,
        "<line class=\"grid\" x1=\"{left}\" y1=\"{y:.1}\" x2=\"{right}\" y2=\"{y:.1}\"/>\
         <text class=\"tick-label\" x=\"{tx}\" y=\"{ty:.1}\" text-anchor=\"end\" font-size=\"14\">{label}</text>",
        tx = left - 8.0,
        ty = y + 5.0,
    )
    .ok();
}

/// `log10` position of `value` between `lo` and `hi` (both log10), mapped onto `a..b` pixels.
fn log_px(value: f64, lo: f64, hi: f64, a: f64, b: f64) -> f64 {
    a + (value.max(1e-300).log10() - lo) / (hi - lo) * (b - a)
}

/// Height of a row of a key under a chart, pixels.
const KEY_ROW_PX: f64 = 22.0;

/// The trends over `years` years from `start_year`, each indexed to 1 at the start, laid out for
/// `width` pixels: each line labelled at its end, or on a phone in a key under the chart.
pub fn growth_svg(start_year: i32, years: u32, width: f64) -> String {
    let width = usable(width);
    let narrow = is_narrow(width);
    let plot_height = if narrow { 320.0 } else { 440.0 };
    let key_height = if narrow {
        TRENDS.len() as f64 * KEY_ROW_PX + 8.0
    } else {
        0.0
    };
    let (height, svg_height) = (plot_height, plot_height + key_height);
    let (left, right, top, bottom) = if narrow {
        (58.0, 16.0, 20.0, 44.0)
    } else {
        (70.0, 330.0, 20.0, 44.0)
    };
    let span = f64::from(years.max(1));
    let top_decade = TRENDS
        .iter()
        .map(|t| t.growth(span).log10())
        .fold(1.0, f64::max)
        .ceil();
    let x_of = |t: f64| left + t / span * (width - left - right);
    let y_of = |g: f64| log_px(g, 0.0, top_decade, height - bottom, top);
    let mut svg = format!(
        "<svg class=\"growth-chart\" viewBox=\"0 0 {width:.0} {svg_height}\" width=\"{width:.0}\" height=\"{svg_height}\" \
         role=\"img\" aria-labelledby=\"growth-title\">\
         <title id=\"growth-title\">Growth over {years} years from {start_year}, log scale: model size and \
         training compute race ahead of memory bandwidth</title>"
    );
    let step = if top_decade > 12.0 { 2 } else { 1 };
    // Whole decades within 0–40.
    #[allow(clippy::cast_possible_truncation)]
    let decades = top_decade as i32;
    for decade in (0..=decades).step_by(step) {
        let label = if decade == 0 {
            "1×".to_owned()
        } else {
            format!("{}×", power_of_ten(decade))
        };
        grid_row(
            &mut svg,
            y_of(10f64.powi(decade)),
            left,
            width - right,
            &label,
        );
    }
    let year_step = if narrow { 4 } else { 2 };
    for k in 0..=years {
        if k % year_step == 0 {
            let x = x_of(f64::from(k));
            // A start year plus a few years stays an i32.
            #[allow(clippy::cast_possible_wrap)]
            let year = start_year + k as i32;
            write!(
                svg,
                "<text class=\"tick-label\" x=\"{x:.1}\" y=\"{y}\" text-anchor=\"middle\" font-size=\"14\">{year}</text>",
                y = height - bottom + 24.0
            )
            .ok();
        }
    }
    // Labels at the lines' ends, pushed apart where lines end close together.
    let mut label_ys: Vec<(usize, f64)> = TRENDS
        .iter()
        .enumerate()
        .map(|(i, t)| (i, y_of(t.growth(span)) + 5.0))
        .collect();
    label_ys.sort_by(|a, b| a.1.total_cmp(&b.1));
    for k in 1..label_ys.len() {
        let min = label_ys[k - 1].1 + 18.0;
        if label_ys[k].1 < min {
            label_ys[k].1 = min;
        }
    }
    for (i, trend) in TRENDS.iter().enumerate() {
        let points: Vec<String> = (0..=years * 4)
            .map(|q| {
                let t = f64::from(q) / 4.0;
                format!("{:.1},{:.1}", x_of(t), y_of(trend.growth(t)))
            })
            .collect();
        let end = trend.growth(span);
        let ly = label_ys
            .iter()
            .find(|(j, _)| *j == i)
            .map_or(y_of(end), |(_, y)| *y);
        // At the line's end, or in the key under the chart.
        let (lx, ly) = if narrow {
            (28.0, plot_height + 8.0 + i as f64 * KEY_ROW_PX + 14.0)
        } else {
            (width - right + 8.0, ly)
        };
        write!(
            svg,
            "<polyline class=\"trend trend-{id}\" fill=\"none\" points=\"{points}\"><title>{label}: {per}× every two years</title></polyline>\
             <text class=\"trend-label\" x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"14\">{label} {end}</text>",
            id = trend.id,
            points = points.join(" "),
            label = escape_html(trend.label),
            per = format::figure(trend.per_two_years),
            end = escape_html(&format!("{}×", format::short(end))),
        )
        .ok();
        if narrow {
            write!(
                svg,
                "<polyline class=\"trend trend-{id}\" fill=\"none\" points=\"2,{y:.1} 22,{y:.1}\"/>",
                id = trend.id,
                y = ly - 5.0,
            )
            .ok();
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The trends as a table: the rate, what it measures, and the growth after `years` years.
pub fn growth_table_html(years: u32) -> String {
    let mut html = format!(
        "<table class=\"data-table\" id=\"growth-table\"><caption>The memory wall's trends (Gholami et \
         al. 2024)</caption><thead><tr><th scope=\"col\">Trend</th><th scope=\"col\">Every two years</th>\
         <th scope=\"col\">Per year</th><th scope=\"col\">After {years} years</th><th scope=\"col\">What it measures</th>\
         </tr></thead><tbody>"
    );
    for trend in &TRENDS {
        write!(
            html,
            "<tr data-trend=\"{}\"><th scope=\"row\">{}</th><td>{}×</td><td>{:.2}×</td><td>{}×</td><td>{}</td></tr>",
            trend.id,
            escape_html(trend.label),
            format::figure(trend.per_two_years),
            trend.per_two_years.sqrt(),
            format::short(trend.growth(f64::from(years))),
            escape_html(trend.measures),
        )
        .ok();
    }
    html.push_str("</tbody></table>");
    html
}

/// The roofline, laid out for `width` pixels: attainable FLOP/s against arithmetic intensity on
/// one device, the ridge point, and the workload's point. The axis spans 0.1 to 10,000 FLOP per
/// byte, so every accelerator's ridge (tens to hundreds) is in view at any width.
pub fn roofline_svg(r: &Roofline, width: f64) -> String {
    roofline_svg_sized(r, width, None)
}

/// [`roofline_svg`] `height` pixels tall (at least 240; `None`: 320 on a phone, 420 wider), for a
/// figure that must fit a given box (an embed of the roofline alone).
pub fn roofline_svg_sized(r: &Roofline, width: f64, height: Option<f64>) -> String {
    let width = usable(width);
    let narrow = is_narrow(width);
    let height = match height {
        Some(h) if h.is_finite() => h.max(240.0),
        _ if narrow => 320.0,
        _ => 420.0,
    };
    let (left, right, top, bottom) = if narrow {
        (70.0, 28.0, 30.0, 56.0)
    } else {
        (90.0, 30.0, 30.0, 56.0)
    };
    let (x_lo, x_hi) = (-1.0, 4.0);
    let peak = r.peak_flop_per_s;
    let y_hi = peak.log10().ceil() + 0.3;
    let y_lo = y_hi - 5.0;
    let x_of = |i: f64| log_px(i, x_lo, x_hi, left, width - right);
    let y_of = |f: f64| log_px(f, y_lo, y_hi, height - bottom, top);
    let attainable = |i: f64| (i * r.bandwidth_bytes_per_s).min(peak);
    let mut svg = format!(
        "<svg class=\"roofline-chart\" viewBox=\"0 0 {width:.0} {height}\" width=\"{width:.0}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"roofline-title\">\
         <title id=\"roofline-title\">Roofline of {name}: ridge at {ridge} FLOP per byte; this workload at {i} FLOP per byte is {bound}-bound</title>",
        name = escape_html(r.accelerator.name),
        ridge = format::figure(r.ridge_flop_per_byte),
        i = format::figure(r.arithmetic_intensity_flop_per_byte),
        bound = r.bound.id(),
    );
    for decade in -1..=4 {
        grid_column(
            &mut svg,
            "grid",
            x_of(10f64.powi(decade)),
            top,
            height - bottom,
            height - bottom + 22.0,
            14,
            &format::figure(10f64.powi(decade)),
        );
    }
    // Whole decades of FLOP/s.
    #[allow(clippy::cast_possible_truncation)]
    let (first, last) = (y_lo.ceil() as i32, y_hi.floor() as i32);
    for decade in first..=last {
        grid_row(
            &mut svg,
            y_of(10f64.powi(decade)),
            left,
            width - right,
            &power_of_ten(decade),
        );
    }
    write!(
        svg,
        "<text class=\"tick-label\" x=\"{x:.1}\" y=\"{y}\" text-anchor=\"middle\" font-size=\"14\">{x_title}</text>\
         <text class=\"tick-label\" x=\"16\" y=\"{ym:.1}\" font-size=\"14\" transform=\"rotate(-90 16 {ym:.1})\" text-anchor=\"middle\">{y_title}</text>",
        x_title = if narrow { "FLOP per byte from memory" } else { "arithmetic intensity (FLOP per byte from memory)" },
        y_title = if narrow { "FLOP/s per device" } else { "attainable FLOP/s per device" },
        x = (left + width - right) / 2.0,
        y = height - 10.0,
        ym = (top + height - bottom) / 2.0,
    )
    .ok();
    let roof: Vec<String> = (0..=100)
        .map(|k| {
            let i = 10f64.powf(x_lo + (x_hi - x_lo) * f64::from(k) / 100.0);
            format!("{:.1},{:.1}", x_of(i), y_of(attainable(i)))
        })
        .collect();
    let (ix, iy) = (
        x_of(r.arithmetic_intensity_flop_per_byte),
        y_of(attainable(r.arithmetic_intensity_flop_per_byte)),
    );
    let rx = x_of(r.ridge_flop_per_byte);
    write!(
        svg,
        "<polyline class=\"roof\" fill=\"none\" points=\"{roof}\"/>\
         <line class=\"mark\" x1=\"{rx:.1}\" y1=\"{top}\" x2=\"{rx:.1}\" y2=\"{y2}\"/>\
         <text class=\"mark-label\" x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"14\" text-anchor=\"{ridge_anchor}\">ridge {ridge} FLOP/byte</text>\
         <text class=\"mark-label\" x=\"{mx:.1}\" y=\"{my:.1}\" font-size=\"14\" text-anchor=\"middle\">memory-bound</text>\
         <text class=\"mark-label\" x=\"{cx:.1}\" y=\"{cy:.1}\" font-size=\"14\" text-anchor=\"middle\">compute-bound</text>\
         <circle class=\"workload workload-{bound}\" cx=\"{ix:.1}\" cy=\"{iy:.1}\" r=\"9\"><title>this workload: {i} FLOP/byte, {att} FLOP/s</title></circle>",
        roof = roof.join(" "),
        y2 = height - bottom,
        // Right of the ridge's line if the label fits there, else left of it.
        lx = if rx + 8.0 + RIDGE_LABEL_PX <= width - right { rx + 8.0 } else { rx - 8.0 },
        ridge_anchor = if rx + 8.0 + RIDGE_LABEL_PX <= width - right { "start" } else { "end" },
        ly = height - bottom - 12.0,
        ridge = format::figure(r.ridge_flop_per_byte),
        mx = x_of(10f64.powf((x_lo + r.ridge_flop_per_byte.log10()) / 2.0)),
        my = y_of(attainable(10f64.powf((x_lo + r.ridge_flop_per_byte.log10()) / 2.0))) - 18.0,
        cx = x_of(10f64.powf((x_hi + r.ridge_flop_per_byte.log10()) / 2.0))
            .clamp(left + 56.0, width - right - 56.0),
        cy = y_of(peak) + 24.0,
        bound = r.bound.id(),
        i = format::figure(r.arithmetic_intensity_flop_per_byte),
        att = format::short(attainable(r.arithmetic_intensity_flop_per_byte)),
    )
    .ok();
    svg.push_str("</svg>");
    svg
}

/// About how wide "ridge 295 FLOP/byte" is at 14 px, pixels.
const RIDGE_LABEL_PX: f64 = 150.0;

/// The roofline's numbers as a table.
pub fn roofline_table_html(r: &Roofline) -> String {
    let rows = [
        ("Peak FLOP/s per device", format::short(r.peak_flop_per_s)),
        (
            "Memory bandwidth per device",
            format!("{} bytes/s", format::short(r.bandwidth_bytes_per_s)),
        ),
        (
            "Ridge point",
            format!("{} FLOP/byte", format::figure(r.ridge_flop_per_byte)),
        ),
        ("FLOP per decode step", format::short(r.flop_per_step)),
        (
            "Bytes read per decode step",
            format::short(r.bytes_per_step),
        ),
        (
            "Arithmetic intensity",
            format!(
                "{} FLOP/byte",
                format::figure(r.arithmetic_intensity_flop_per_byte)
            ),
        ),
        (
            "Bound",
            match r.bound {
                Bound::Memory => "memory".to_owned(),
                Bound::Compute => "compute".to_owned(),
            },
        ),
        (
            "Weights and KV cache",
            format!("{} GB", format::figure(r.memory_bytes / 1e9)),
        ),
        ("Devices to hold them", format::figure(r.devices)),
        (
            "Tokens per second (upper bound)",
            format::figure(r.tokens_per_s),
        ),
    ];
    let mut html = String::from(
        "<table class=\"data-table\" id=\"roofline-table\"><caption>The roofline's numbers</caption><tbody>",
    );
    for (label, value) in rows {
        write!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            escape_html(label),
            escape_html(&value)
        )
        .ok();
    }
    html.push_str("</tbody></table>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::accelerators::Accelerator;
    use firstwall_model::roofline::{roofline, Workload};

    #[test]
    fn the_growth_chart_draws_every_trend_and_the_table_the_rates() {
        let svg = growth_svg(2020, 10, 1000.0);
        assert_eq!(svg.matches("<polyline").count(), TRENDS.len());
        assert!(svg.contains("trend-memory-capacity"));
        let table = growth_table_html(10);
        assert_eq!(table.matches("<tr data-trend").count(), TRENDS.len());
        assert!(table.contains("410×"));
    }

    #[test]
    fn the_roofline_marks_the_ridge_and_the_workload() {
        let h100 = Accelerator::lookup("h100").unwrap_or_else(|| panic!("h100"));
        let w = Workload::new(70e9, 70e9, 2.0, 1.0, 4096.0, 327_680.0)
            .unwrap_or_else(|e| panic!("{e}"));
        let svg = roofline_svg(&roofline(h100, &w), 1000.0);
        let short = roofline_svg_sized(&roofline(h100, &w), 1000.0, Some(280.0));
        assert!(short.contains("viewBox=\"0 0 1000 280\""), "{short}");
        assert!(svg.contains("ridge 295 FLOP/byte"), "{svg}");
        assert!(svg.contains("workload-memory"));
        // On a phone the ridge stays in the plot (UX audit: the scaled chart hid it).
        for width in [280.0, 358.0, 1000.0] {
            let svg = roofline_svg(&roofline(h100, &w), width);
            let ridge_x: f64 = svg
                .split("<line class=\"mark\" x1=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next()?.parse().ok())
                .unwrap_or_else(|| panic!("no ridge line: {svg}"));
            assert!(
                ridge_x > 70.0 && ridge_x < width - 14.0,
                "{ridge_x} at {width}"
            );
            // The last tick's label, centred on the plot's edge, stays inside the SVG (it was cut
            // to "10,00" on a phone): half of "10,000" at 14 px is under 24 px.
            let last_x: f64 = svg
                .split(">10,000</text>")
                .next()
                .and_then(|before| {
                    before
                        .rsplit(" x=\"")
                        .next()?
                        .split('"')
                        .next()?
                        .parse()
                        .ok()
                })
                .unwrap_or_else(|| panic!("no 10,000 tick: {svg}"));
            assert!(width - last_x >= 24.0, "10,000 at {last_x} of {width}");
        }
        let table = roofline_table_html(&roofline(h100, &w));
        assert!(table.contains("memory") && table.contains("Devices to hold them"));
    }
}
