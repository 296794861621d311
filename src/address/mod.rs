//! The address: what a link says, read once and written back.
//!
//! The query is split and percent-decoded in one place ([`Query::parse`]); [`keys::KEYS`] says who
//! owns each key (the scenario, the sweep's settings, one view, or a flag that says how the page
//! is shown); [`scenario`] and [`sweep`] turn their keys into state and back. The state knows
//! nothing of its place in the address: this module knows the state, as a serialiser knows the
//! type it writes.
//!
//! Decoding never fails: a malformed, unknown or out-of-range value is ignored or clamped, and a
//! notice says what happened.

pub mod keys;
pub mod scenario;
pub mod sweep;

use firstwall_model::format::echo;

use crate::state::{ScenarioState, SweepSettings};

/// Everything an address says that holds for every view: the scenario and the sweep's settings,
/// the parsed query (for the views' own keys and the flags), and notices for what was odd.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The query, parsed.
    pub query: Query,
    /// The scenario it describes.
    pub scenario: ScenarioState,
    /// The sweep's settings it sets.
    pub sweep: SweepSettings,
    /// What was ignored, clamped or repeated, in plain words.
    pub notices: Vec<String>,
}

/// Reads an address's query string (`location.search`, with or without its `?`).
pub fn decode(search: &str) -> Decoded {
    let (query, mut notices) = Query::parse(search);
    let (scenario, more) = scenario::decode_query(&query);
    notices.extend(more);
    let (sweep, more) = sweep::decode_query(&query);
    notices.extend(more);
    Decoded {
        query,
        scenario,
        sweep,
        notices,
    }
}

/// The most of an address's query First Wall reads, in bytes. A full frozen link is about 1 KB;
/// anything past this is not a link First Wall made.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;

/// An address's query, read once: every key and value percent-decoded the same way, each key
/// once (a repeated key keeps its last value, and a notice says so). Every part of the app reads
/// the address through this.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// The query of `search` (with or without its `?`), and notices for what was odd about it.
    pub fn parse(search: &str) -> (Self, Vec<String>) {
        let search = search.trim_start_matches('?');
        let mut notices = Vec::new();
        if search.len() > MAX_QUERY_BYTES {
            notices.push(format!(
                "This link's settings are {} KB long, more than First Wall reads ({} KB); they were ignored.",
                search.len().div_ceil(1024),
                MAX_QUERY_BYTES / 1024
            ));
            return (Self::default(), notices);
        }
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut repeated: Vec<(String, usize)> = Vec::new();
        for pair in search.split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (percent_decode(key), percent_decode(value));
            match pairs.iter_mut().find(|(k, _)| *k == key) {
                Some(known) => {
                    known.1 = value;
                    match repeated.iter_mut().find(|(k, _)| *k == key) {
                        Some(count) => count.1 += 1,
                        None => repeated.push((key, 2)),
                    }
                }
                None => pairs.push((key, value)),
            }
        }
        for (key, times) in repeated {
            let last = pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map_or("", |(_, v)| v.as_str());
            notices.push(format!(
                "The link gives {} {times} times; the last value, {}, was used.",
                echo(&key),
                echo(last)
            ));
        }
        (Self { pairs }, notices)
    }

    /// The value of `key`, decoded.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every key and value, decoded, in the order the address gives them.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// Decodes `%XX` escapes and `+` (space); malformed escapes are kept as they are.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value: everything but unreserved characters and `,` (a list separator
/// that browsers leave alone, so lever lists stay readable).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(char::from(byte));
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `path?query`, or `path` alone for an empty query.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use firstwall_model::ParamId;

    use super::*;

    /// Reliability audit F9: every key is percent-decoded the same way, whoever reads it.
    #[test]
    fn encoded_keys_mean_the_same_as_plain_ones() {
        let (query, notices) = Query::parse("?%65mbed=1&%73n=5000&%70k=1.5");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(query.get("embed"), Some("1"));
        assert_eq!(query.get("sn"), Some("5000"));
        let (state, _) = scenario::decode_query(&query);
        assert_eq!(state.base.get(ParamId::CampusGw2026), 1.5);
        let (settings, _) = sweep::decode_query(&query);
        assert_eq!(settings.samples, 5000);
    }

    /// Reliability audit F11: a repeated key, or a parameter set by its key and its id, keeps the
    /// last value and says so.
    #[test]
    fn repeated_keys_keep_the_last_value_with_a_notice() {
        let (query, notices) = Query::parse("p=source-2025&p=nope&sn=10&sn=20&sn=30");
        assert_eq!(query.get("p"), Some("nope"));
        assert_eq!(query.get("sn"), Some("30"));
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(notices[0].contains("`p` 2 times") && notices[0].contains("`nope`"));
        assert!(notices[1].contains("`sn` 3 times") && notices[1].contains("`30`"));
        let (state, notices) = scenario::decode("pk=1.5&power.campus_gw_2026=2");
        assert_eq!(state.base.get(ParamId::CampusGw2026), 2.0);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("twice, as `pk` and as `power.campus_gw_2026`"));
    }

    /// Reliability audit F13: an address longer than First Wall reads is ignored with a notice,
    /// and no notice repeats more than a short piece of what the visitor typed.
    #[test]
    fn oversized_addresses_and_long_values_are_cut() {
        let long = format!("pd=5&{}", "x".repeat(MAX_QUERY_BYTES));
        let (query, notices) = Query::parse(&long);
        assert_eq!(query, Query::default());
        assert!(
            notices[0].contains("more than First Wall reads (16 KB)"),
            "{notices:?}"
        );
        let (_, notices) = scenario::decode(&format!("p={}", "y".repeat(10_000)));
        assert_eq!(notices.len(), 1);
        assert!(notices[0].contains("…` (10,000 characters)"), "{notices:?}");
        assert!(notices[0].len() < 200, "{}", notices[0]);
    }

    #[test]
    fn components_are_encoded() {
        assert_eq!(encode_component("fp4,moe"), "fp4,moe");
        assert_eq!(encode_component("a b&c=d"), "a%20b%26c%3Dd");
        assert_eq!(encode_component("é"), "%C3%A9");
    }

    #[test]
    fn percent_escapes() {
        assert_eq!(percent_decode("a%2Cb+c"), "a,b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        let (s, notices) = scenario::decode("l=fp4%2Cmoe");
        assert!(notices.is_empty());
        assert_eq!(s.levers.len(), 2);
    }
}
