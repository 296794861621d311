//! Numbers as people read them: `2.5 × 10²⁹` and `12,461` on screen, `1.91e29` in formulas and
//! tables.

/// `value` rounded to `digits` significant digits.
pub fn round_significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(digits - 1 - value.abs().log10().floor() as i32);
    (value * scale).round() / scale
}

/// `value` in scientific notation with Unicode superscripts and `significant` digits, e.g.
/// `2.5 × 10²⁹`. Values between 0.01 and 10,000 are written plainly.
pub fn scientific(value: f64, significant: usize) -> String {
    if !value.is_finite() {
        let text = if value.is_nan() {
            "—"
        } else if value > 0.0 {
            "∞"
        } else {
            "−∞"
        };
        return text.to_owned();
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    let sign = if value < 0.0 { "−" } else { "" };
    let magnitude = value.abs();
    if (0.01..10_000.0).contains(&magnitude) {
        let plain = format!("{magnitude:.*}", significant.saturating_sub(1).max(2));
        return format!("{sign}{}", trim_zeros(&plain));
    }
    let formatted = format!("{magnitude:.*e}", significant.saturating_sub(1));
    let Some((mantissa, exponent)) = formatted.split_once('e') else {
        return formatted;
    };
    let mantissa = trim_zeros(mantissa);
    let exponent = superscript(exponent);
    if mantissa == "1" {
        format!("{sign}10{exponent}")
    } else {
        format!("{sign}{mantissa} × 10{exponent}")
    }
}

/// A whole number with thousands separators: `12,461`.
pub fn grouped(value: f64) -> String {
    if !value.is_finite() {
        return scientific(value, 2);
    }
    if value.abs() >= 1e15 {
        return scientific(value, 2);
    }
    // Rounded first, so the cast cannot truncate anything that matters.
    #[allow(clippy::cast_possible_truncation)]
    let rounded = value.round() as i64;
    let digits = rounded.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if rounded < 0 {
        out.push('−');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A quantity for people with three significant digits: `1,490`, `142`, `8.73`, `0.0512`;
/// scientific notation from a trillion up and below a thousandth.
pub fn figure(value: f64) -> String {
    let magnitude = value.abs();
    if !value.is_finite() || magnitude >= 1e12 || (magnitude < 1e-3 && value != 0.0) {
        return scientific(value, 3);
    }
    if magnitude >= 1000.0 {
        let digits = magnitude.log10().floor() as i32;
        let step = 10f64.powi(digits - 2);
        return grouped((value / step).round() * step);
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    let decimals = usize::try_from(2 - magnitude.log10().floor() as i32).unwrap_or(0);
    let text = format!("{:.*}", decimals, magnitude);
    let sign = if value < 0.0 { "−" } else { "" };
    format!(
        "{sign}{}",
        if decimals > 0 {
            trim_zeros(&text)
        } else {
            text
        }
    )
}

/// The short scientific form of formulas and CLI tables: `1.91e29`, plain between 0.01 and
/// 10,000 (`0.4`, `1646.4`).
pub fn short(value: f64) -> String {
    if value == 0.0 || (1e-2..1e4).contains(&value.abs()) {
        trim_zeros(&format!("{value:.3}"))
    } else {
        format!("{value:.2e}")
    }
}

/// A fractional year as a quarter: `Q4 2026` for 2026.75 (the quarter the year falls in).
pub fn quarter(year: f64) -> String {
    if !year.is_finite() {
        return "—".to_owned();
    }
    let whole = year.floor();
    // Within a year, so the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let quarter = ((year - whole) * 4.0).floor().clamp(0.0, 3.0) as u8 + 1;
    format!("Q{quarter} {whole:.0}")
}

/// A count for people, in the style the dollar amounts use: `100,000`, `6.8 million`,
/// `1.2 billion` (scientific from a quadrillion on).
pub fn count(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    if value.abs() >= 1e15 {
        return scientific(value, 2);
    }
    match in_words(value) {
        Some((scaled, word)) => format!("{}{word}", figure(scaled)),
        None => grouped(value),
    }
}

/// `value` in millions, billions or trillions with the word, from a million up; `None` below.
fn in_words(value: f64) -> Option<(f64, &'static str)> {
    let magnitude = value.abs();
    if magnitude >= 1e12 {
        Some((value / 1e12, " trillion"))
    } else if magnitude >= 1e9 {
        Some((value / 1e9, " billion"))
    } else if magnitude >= 1e6 {
        Some((value / 1e6, " million"))
    } else {
        None
    }
}

/// A US-dollar amount for people: `$490 million`, `$1.2 billion`, `$230 billion`, `$3.4 trillion`.
pub fn dollars(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let magnitude = value.abs();
    if magnitude >= 1e15 {
        return format!("${}", scientific(value, 3));
    }
    let Some((scaled, word)) = in_words(value) else {
        return format!("${}", grouped(value));
    };
    if scaled.abs() >= 1000.0 {
        return format!("${}{word}", grouped(scaled));
    }
    format!("${}{word}", figure(scaled))
}

/// The most characters of someone's input an error message repeats (see [`echo`]).
pub const ECHO_MAX_CHARS: usize = 60;

/// Someone's input, quoted for an error message on one line: `` `lots` ``. Control characters
/// are escaped, so the message stays one line; text longer than [`ECHO_MAX_CHARS`] is cut with an
/// ellipsis and its length is given instead (`` `aaaa…` (10,485,889 characters) ``), so a pasted
/// megabyte does not come back whole.
pub fn echo(text: &str) -> String {
    let total = text.chars().count();
    let mut quoted = String::from("`");
    for c in text.chars().take(ECHO_MAX_CHARS) {
        if c.is_control() {
            quoted.extend(c.escape_default());
        } else {
            quoted.push(c);
        }
    }
    if total > ECHO_MAX_CHARS {
        // A count of characters is far below 2^53, so the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        let total_chars = total as f64;
        format!("{quoted}…` ({} characters)", grouped(total_chars))
    } else {
        quoted.push('`');
        quoted
    }
}

/// A number in an error message, exactly as it was taken: plainly where that is short (`1.5`,
/// `20000`, `0.0098999`), in scientific notation where the plain form would run to hundreds of
/// digits (`1e308`, `5e-324`). Both forms read back as the same number.
pub fn exact(value: f64) -> String {
    let plain = value.to_string();
    if plain.len() <= 24 {
        plain
    } else {
        format!("{value:e}")
    }
}

fn trim_zeros(number: &str) -> String {
    if number.contains('.') {
        number
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    } else {
        number.to_owned()
    }
}

fn superscript(exponent: &str) -> String {
    exponent
        .chars()
        .filter_map(|c| match c {
            '-' => Some('⁻'),
            '0' => Some('⁰'),
            '1' => Some('¹'),
            '2' => Some('²'),
            '3' => Some('³'),
            '4' => Some('⁴'),
            '5' => Some('⁵'),
            '6' => Some('⁶'),
            '7' => Some('⁷'),
            '8' => Some('⁸'),
            '9' => Some('⁹'),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn counts_read_like_dollars() {
        assert_eq!(count(100_000.0), "100,000");
        assert_eq!(count(6.8e6), "6.8 million");
        assert_eq!(count(1.23e9), "1.23 billion");
        assert_eq!(count(2.5e16), "2.5 × 10¹⁶");
        assert_eq!(count(f64::NAN), "—");
    }

    #[test]
    fn quarters_and_dollars() {
        assert_eq!(quarter(2026.75), "Q4 2026");
        assert_eq!(quarter(2026.7), "Q3 2026");
        assert_eq!(quarter(2027.0), "Q1 2027");
        assert_eq!(dollars(4.9e8), "$490 million");
        assert_eq!(dollars(1.234e9), "$1.23 billion");
        assert_eq!(dollars(2.3e11), "$230 billion");
        assert_eq!(dollars(3.4e12), "$3.4 trillion");
        assert_eq!(dollars(2.5e15), "$2.5 × 10¹⁵");
        assert_eq!(dollars(12_500.0), "$12,500");
        assert_eq!(dollars(f64::NAN), "—");
    }

    use super::*;

    #[track_caller]
    fn check(value: f64, significant: usize, want: &str) {
        assert_eq!(scientific(value, significant), want);
    }

    #[test]
    fn scientific_notation() {
        check(2.48e29, 2, "2.5 × 10²⁹");
        check(2e25, 2, "2 × 10²⁵");
        check(1e30, 3, "10³⁰");
        check(3.14e-5, 2, "3.1 × 10⁻⁵");
        check(-4.2e12, 2, "−4.2 × 10¹²");
        check(-0.5, 2, "−0.5");
        check(0.0, 2, "0");
        check(f64::NAN, 2, "—");
        check(f64::INFINITY, 2, "∞");
    }

    #[test]
    fn plain_range() {
        check(4.0, 2, "4");
        check(1.28, 3, "1.28");
        check(0.4, 2, "0.4");
        check(1234.5, 2, "1234.5");
    }

    #[test]
    fn short_form() {
        assert_eq!(short(1.9126e29), "1.91e29");
        assert_eq!(short(0.4), "0.4");
        assert_eq!(short(4.0), "4");
        assert_eq!(short(1646.4), "1646.4");
        assert_eq!(short(0.0), "0");
        assert_eq!(short(-2e-5), "-2.00e-5");
    }

    #[test]
    fn figures() {
        assert_eq!(figure(1490.22), "1,490");
        assert_eq!(figure(141.667), "142");
        assert_eq!(figure(0.05123), "0.0512");
        assert_eq!(figure(20.0), "20");
        assert_eq!(figure(0.0), "0");
        assert_eq!(figure(8.734), "8.73");
        assert_eq!(figure(549_891.0), "550,000");
        assert_eq!(figure(2.5e27), "2.5 × 10²⁷");
    }

    #[test]
    fn echoes_are_short_and_on_one_line() {
        assert_eq!(echo("lots"), "`lots`");
        assert_eq!(echo("a\nb"), "`a\\nb`");
        assert_eq!(echo(&"é".repeat(60)), format!("`{}`", "é".repeat(60)));
        let long = "a".repeat(10_485_889);
        assert_eq!(
            echo(&long),
            format!("`{}…` (10,485,889 characters)", "a".repeat(60))
        );
    }

    #[test]
    fn exact_numbers_stay_short_and_read_back() {
        assert_eq!(exact(1.5), "1.5");
        assert_eq!(exact(20_000.0), "20000");
        assert_eq!(exact(-0.5), "-0.5");
        assert_eq!(exact(1e308), "1e308");
        assert_eq!(exact(5e-324), "5e-324");
        assert_eq!(exact(f64::NAN), "NaN");
        for value in [1e308, 5e-324, 0.0098999, 1e-7, 123_456_789.123] {
            assert_eq!(exact(value).parse::<f64>().ok(), Some(value));
        }
    }

    #[test]
    fn grouping() {
        assert_eq!(grouped(12_461.3), "12,461");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(-1_000_000.0), "−1,000,000");
        assert_eq!(grouped(0.0), "0");
        assert_eq!(grouped(1e20), "10²⁰");
    }
}
