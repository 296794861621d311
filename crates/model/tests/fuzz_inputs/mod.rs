//! Generated inputs for the decoders' fuzz tests, and the checks every outcome must pass.
//!
//! Shared by `crates/model/tests/fuzz.rs` and `crates/worker/tests/fuzz.rs` (which includes this
//! file by path): valid scenario files and `--set` assignments, structured mutations of them
//! (truncation, byte flips, keys given twice or by both names, extreme numbers, unicode, deep
//! nesting, wrong types, long text) and random bytes. Everything comes from one small seeded
//! generator, so every run sees the same inputs.
#![allow(dead_code)] // Each test crate uses part of it.

use std::panic::{catch_unwind, AssertUnwindSafe};

use firstwall_model::param::REMOVED;
use firstwall_model::scenario_file::{to_json, ScenarioFile};
use firstwall_model::{ParamId, PresetId, Scenario, PARAMS};

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of `texts`.
    pub fn pick_str(&mut self, texts: &[&'static str]) -> &'static str {
        texts[self.below(texts.len())]
    }
}

/// Numbers and number-like texts that have broken parsers before.
pub const EXTREME_NUMBERS: &[&str] = &[
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "1e309",
    "1e400",
    "-0",
    "-0.0",
    "0",
    "0.0",
    "5e-324",
    "-5e-324",
    "1e-400",
    "2.2250738585072014e-308",
    "123456789012345678901234567890123456789",
    "18446744073709551616",
    "4294967296",
    "-1",
    "0.5",
    "1.5",
    "2.5",
    "1e9",
    "999999999.5",
    "\"NaN\"",
    "NaN",
    "\"Infinity\"",
    "Infinity",
    "-Infinity",
    "1e",
    "1.",
    ".5",
    "+1",
    "01",
    "0x10",
    "1_000",
];

/// Pieces of text that are not plain ASCII: escapes that decode to control characters, lone
/// surrogates, right-to-left marks, a byte-order mark, emoji, combining marks.
pub const UNICODE: &[&str] = &[
    "é",
    "💥",
    "\u{202e}",
    "\u{feff}",
    "\u{0301}",
    "\u{200b}",
    "ﬁ",
    "١٢",
    "\\n",
    "\\r\\n",
    "\\u0000",
    "\\ud800",
    "\\udc00\\ud800",
    "\\u2028",
    "\\\"",
    "\\\\",
    "\\x",
    "\0",
    "\n",
    "\t",
    "\u{7f}",
];

/// JSON values of the wrong type for any field here.
pub const WRONG_TYPES: &[&str] = &[
    "\"str\"",
    "\"\"",
    "[]",
    "{}",
    "null",
    "true",
    "false",
    "[1, 2]",
    "{\"a\": 1}",
    "\"evidence-2026\"",
    "\"1.5\"",
];

/// Every name a parameter can be set by, plus removed and unknown names.
pub fn names() -> Vec<String> {
    let mut names: Vec<String> = PARAMS
        .iter()
        .flat_map(|p| [p.id.to_owned(), p.key.to_owned()])
        .collect();
    names.extend(
        REMOVED
            .iter()
            .flat_map(|r| [r.id.to_owned(), r.key.to_owned()]),
    );
    names.extend(
        [
            "power.nope",
            "",
            "x",
            "PK",
            "datacenter.count ",
            "run.utilization.",
            "scenario",
        ]
        .map(str::to_owned),
    );
    names
}

/// A value of `id` inside its limits, as a number (whole where the parameter is, an option's
/// index for a choice), or one of the plausible-range ends.
pub fn valid_value(rng: &mut Rng, id: ParamId) -> f64 {
    let spec = id.spec();
    let value = match rng.below(5) {
        0 => spec.min,
        1 => spec.max,
        2 => spec.low,
        3 => spec.high,
        _ => spec.min + rng.unit() * (spec.max - spec.min),
    };
    if spec.whole {
        value.round()
    } else {
        value
    }
}

/// A random valid scenario: a preset and a few changed values.
pub fn valid_scenario(rng: &mut Rng) -> Scenario {
    let mut scenario = Scenario::preset(*rng.pick(&PresetId::ALL));
    for _ in 0..rng.below(6) {
        let id = *rng.pick(ParamId::ALL);
        scenario = scenario.with_clamped(id, valid_value(rng, id)).0;
    }
    scenario
}

/// A valid scenario file's text: pretty or compact, version 1 or 2, or inside a table export.
pub fn valid_file(rng: &mut Rng) -> String {
    let scenario = valid_scenario(rng);
    let mut file = ScenarioFile::from_scenario(&scenario);
    if rng.chance(0.2) {
        file.version = 1;
    }
    let text = if rng.chance(0.5) {
        to_json(&scenario)
    } else {
        serde_json::to_string(&file).unwrap_or_default()
    };
    if rng.chance(0.15) {
        format!(
            r#"{{"app": "First Wall", "version": "0.1.0", "view": "walls", "scenario": {text}, "columns": ["Year"], "rows": [["2024"]]}}"#
        )
    } else {
        text
    }
}

/// Byte ranges of the numbers that follow a `:` (the values of an object).
fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b':' {
            let mut start = i + 1;
            while start < bytes.len() && bytes[start] == b' ' {
                start += 1;
            }
            let mut end = start;
            while end < bytes.len()
                && matches!(bytes[end], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
            {
                end += 1;
            }
            if end > start {
                spans.push((start, end));
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    spans
}

/// Byte ranges of the quoted strings (keys and string values), without the quotes.
fn string_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let end = end.min(bytes.len());
            spans.push((start, end));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    spans
}

/// A char boundary at or before `index`.
fn boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn random_position(rng: &mut Rng, text: &str) -> usize {
    boundary(text, rng.below(text.len() + 1))
}

/// Where the entries of `values` start (just after its `{`), if the text has one.
fn values_start(text: &str) -> Option<usize> {
    let at = text.find("\"values\"")?;
    text[at..].find('{').map(|brace| at + brace + 1)
}

/// The text cut at a random place.
pub fn truncate(rng: &mut Rng, text: &mut String) {
    let at = random_position(rng, text);
    text.truncate(at);
}

/// One character replaced by an ASCII character that matters to JSON or to numbers.
pub fn flip_byte(rng: &mut Rng, text: &mut String) {
    if !text.is_empty() {
        let at = boundary(text, rng.below(text.len()));
        let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        const BYTES: &[u8] = b" !\"#,-.0123456789:;E[]e{}\\nx";
        let replacement = char::from(*rng.pick(BYTES));
        text.replace_range(at..end, &replacement.to_string());
    }
}

/// One structured mutation of JSON text.
pub fn mutate_json(rng: &mut Rng, text: &mut String) {
    match rng.below(13) {
        0 => truncate(rng, text),
        1 => flip_byte(rng, text),
        // A parameter set twice, by the same name or by its other name.
        2 => {
            if let Some(at) = values_start(text) {
                let id = *rng.pick(ParamId::ALL);
                let spec = id.spec();
                let value = valid_value(rng, id);
                let second = if rng.chance(0.5) { spec.key } else { spec.id };
                let mut entries = format!("\"{}\": {value}, \"{second}\": {value}", spec.id);
                if !text[at..].trim_start().starts_with('}') {
                    entries.push_str(", ");
                }
                text.insert_str(at, &entries);
            }
        }
        // A dotted id replaced by its short key, or a key by a removed or unknown name.
        3 => {
            let spans = string_spans(text);
            if !spans.is_empty() {
                let (start, end) = *rng.pick(&spans);
                let name = rng.pick(&names()).clone();
                text.replace_range(start..end, &name);
            }
        }
        // An extreme number in place of a number.
        4 => {
            let spans = number_spans(text);
            if !spans.is_empty() {
                let (start, end) = *rng.pick(&spans);
                text.replace_range(start..end, rng.pick_str(EXTREME_NUMBERS));
            }
        }
        // Unicode into a key or a string value.
        5 => {
            let spans = string_spans(text);
            let at = if spans.is_empty() || rng.chance(0.2) {
                random_position(rng, text)
            } else {
                let (start, end) = *rng.pick(&spans);
                boundary(text, start + rng.below(end - start + 1))
            };
            text.insert_str(at, rng.pick_str(UNICODE));
        }
        // Deep nesting in place of a number.
        6 => {
            let depth = *rng.pick(&[2, 10, 126, 127, 128, 129, 500, 3000]);
            let nested = if rng.chance(0.5) {
                format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
            } else {
                format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth))
            };
            let spans = number_spans(text);
            if spans.is_empty() {
                text.push_str(&nested);
            } else {
                let (start, end) = *rng.pick(&spans);
                text.replace_range(start..end, &nested);
            }
        }
        // A value of the wrong type.
        7 => {
            let spans = number_spans(text);
            let wrong = rng.pick(WRONG_TYPES);
            if spans.is_empty() {
                if let Some(at) = text.find("\"evidence-2026\"") {
                    text.replace_range(at..at + 15, wrong);
                }
            } else {
                let (start, end) = *rng.pick(&spans);
                text.replace_range(start..end, wrong);
            }
        }
        // A field given twice, or an unknown one, at the top.
        8 => {
            if let Some(at) = text.find('{') {
                let field = *rng.pick(&[
                    "\"preset\": \"optimistic\", ",
                    "\"version\": 2, ",
                    "\"version\": 1, ",
                    "\"values\": {}, ",
                    "\"values\": {\"pk\": 2}, ",
                    "\"extra\": 1, ",
                    "\"scenario\": {\"version\": 2, \"preset\": \"pessimistic\"}, ",
                ]);
                text.insert_str(at + 1, field);
            }
        }
        // Two stretches swapped.
        9 => {
            let a = random_position(rng, text);
            let b = random_position(rng, text);
            let (a, b) = (a.min(b), a.max(b));
            let middle = boundary(text, a + (b - a) / 2);
            let swapped = format!("{}{}", &text[middle..b], &text[a..middle]);
            text.replace_range(a..b, &swapped);
        }
        // A stretch duplicated.
        10 => {
            let a = random_position(rng, text);
            let b = random_position(rng, text);
            let (a, b) = (a.min(b), a.max(b));
            let copy = text[a..b].to_owned();
            text.insert_str(b, &copy);
        }
        // Long text as a key or a string (the message must not repeat it whole).
        11 => {
            let spans = string_spans(text);
            if !spans.is_empty() {
                let (start, end) = *rng.pick(&spans);
                let long = "é".repeat(1 + rng.below(5_000));
                text.replace_range(start..end, &long);
            }
        }
        // A number of the right type but outside the limits, or fractional.
        _ => {
            let spans = number_spans(text);
            if !spans.is_empty() {
                let (start, end) = *rng.pick(&spans);
                let value = match rng.below(4) {
                    0 => format!("{}", -rng.unit() * 1e6),
                    1 => format!("{:e}", rng.unit() * 1e40),
                    2 => format!("{}", rng.below(100) as f64 + 0.5),
                    _ => format!("{}", rng.below(1_000_000_000)),
                };
                text.replace_range(start..end, &value);
            }
        }
    }
}

/// Random bytes, read as text the way a file is (invalid UTF-8 replaced), or a soup of JSON
/// tokens.
pub fn random_text(rng: &mut Rng) -> String {
    let length = rng.below(300);
    if rng.chance(0.5) {
        let bytes: Vec<u8> = (0..length).map(|_| (rng.next_u64() & 0xff) as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        const TOKENS: &[&str] = &[
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "\"version\"",
            "\"preset\"",
            "\"values\"",
            "\"pk\"",
            "2",
            "1e308",
            "\"evidence-2026\"",
            "null",
            "true",
            " ",
            "\"n\"",
            "1.5",
            "-0",
            "\"",
        ];
        (0..length / 4).map(|_| *rng.pick(TOKENS)).collect()
    }
}

/// A scenario file for the decoder: valid, mutated one to three times, or random.
pub fn scenario_file_input(rng: &mut Rng) -> String {
    if rng.chance(0.1) {
        return random_text(rng);
    }
    let mut text = valid_file(rng);
    if rng.chance(0.15) {
        return text;
    }
    for _ in 0..1 + rng.below(3) {
        mutate_json(rng, &mut text);
    }
    text
}

/// A `--set` assignment: a name, `=`, a value, each perhaps mangled.
pub fn assignment_input(rng: &mut Rng) -> String {
    if rng.chance(0.05) {
        return random_text(rng);
    }
    let id = *rng.pick(ParamId::ALL);
    let spec = id.spec();
    let mut name = match rng.below(10) {
        0..=3 => spec.id.to_owned(),
        4..=6 => spec.key.to_owned(),
        _ => rng.pick(&names()).clone(),
    };
    if rng.chance(0.1) {
        let at = random_position(rng, &name);
        name.insert_str(at, rng.pick_str(UNICODE));
    }
    let value = match rng.below(12) {
        0..=3 => format!("{}", valid_value(rng, id)),
        4 => format!("{:e}", valid_value(rng, id)),
        5 if spec.is_choice() => rng.pick(spec.options).id.to_owned(),
        5 | 6 => (rng.pick_str(EXTREME_NUMBERS)).to_owned(),
        7 => format!(
            "{}",
            spec.min + (spec.max - spec.min) * (rng.unit() * 3.0 - 1.0)
        ),
        8 => format!(" {} ", rng.below(10) as f64 + 0.5),
        9 => "9".repeat(1 + rng.below(1_000)),
        10 => (rng.pick_str(UNICODE)).to_owned(),
        _ => (*rng.pick(&[
            "", "lots", "1 2", "--5", "1e5e5", "inf", "-inf", "nan", "INF", "+5",
        ]))
        .to_owned(),
    };
    match rng.below(20) {
        0 => format!("{name}{value}"),
        1 => format!("{name}=={value}"),
        2 => format!(" {name} = {value} "),
        3 => format!("{name}={value}={value}"),
        _ => format!("{name}={value}"),
    }
}

/// Panics if any value of `scenario` is not finite, outside its parameter's limits, or
/// fractional where the parameter is whole; says which input made it.
#[track_caller]
pub fn check_valid(scenario: &Scenario, input: &str) {
    for &id in ParamId::ALL {
        let spec = id.spec();
        let value = scenario.get(id);
        assert!(
            value.is_finite()
                && (spec.min..=spec.max).contains(&value)
                && (!spec.whole || value.fract() == 0.0),
            "{} = {value} is not valid, from {}",
            spec.id,
            shown(input)
        );
    }
}

/// Panics unless `message` names the problem on one short line.
#[track_caller]
pub fn check_message(message: &str, input: &str) {
    assert!(
        !message.trim().is_empty(),
        "an empty message for {}",
        shown(input)
    );
    assert!(
        !message.contains(['\n', '\r']),
        "a message of several lines for {}: {message:?}",
        shown(input)
    );
    assert!(
        message.chars().count() <= 400,
        "a message of {} characters for {}: {}…",
        message.chars().count(),
        shown(input),
        message.chars().take(200).collect::<String>()
    );
}

/// An input as a test failure shows it: at most 300 characters, escaped.
pub fn shown(input: &str) -> String {
    let head: String = input.chars().take(300).collect();
    format!("{head:?} ({} bytes)", input.len())
}

/// How the inputs of one fuzz test came out.
#[derive(Debug, Default)]
pub struct Tally {
    pub inputs: u32,
    pub refused: u32,
    pub valid: u32,
    pub panics: u32,
    /// The first input that panicked, shown.
    pub first_panic: Option<String>,
}

impl Tally {
    /// Runs `decode` on `input`, catching a panic, and counts the outcome. Returns it (`None`
    /// after a panic) for the caller to check outside the catch, so that a failed check is not
    /// counted as the decoder's panic.
    pub fn run<T>(
        &mut self,
        input: &str,
        decode: impl FnOnce() -> Result<T, String>,
    ) -> Option<Result<T, String>> {
        self.inputs += 1;
        match catch_unwind(AssertUnwindSafe(decode)) {
            Ok(outcome) => {
                if outcome.is_ok() {
                    self.valid += 1;
                } else {
                    self.refused += 1;
                }
                Some(outcome)
            }
            Err(_) => {
                self.panics += 1;
                self.first_panic.get_or_insert_with(|| shown(input));
                None
            }
        }
    }

    /// The line a fuzz test prints.
    pub fn line(&self, what: &str) -> String {
        format!(
            "fuzz: {what}: {} inputs, {} refused with a named error, {} valid, {} panics",
            self.inputs, self.refused, self.valid, self.panics
        )
    }

    /// Panics if anything panicked, or if the inputs were not varied enough to test both ways.
    #[track_caller]
    pub fn check(&self, minimum_inputs: u32) {
        assert!(self.inputs >= minimum_inputs, "{self:?}");
        assert_eq!(self.panics, 0, "first panic on {:?}", self.first_panic);
        // Both outcomes must be common, or the generator has stopped exercising one of them.
        assert!(
            self.valid >= self.inputs / 20,
            "too few valid inputs: {self:?}"
        );
        assert!(
            self.refused >= self.inputs / 20,
            "too few refused inputs: {self:?}"
        );
    }
}
