//! The address decoders on generated addresses (reliability audit, "fuzzing in the suite"): the
//! query parse, the scenario and the sweep settings, as the app runs them at start-up, on
//! 120,000 addresses made of the real keys, hostile values, bad escapes and random bytes.
//!
//! An address never fails to open: every outcome must be a valid scenario (every value finite,
//! inside its range, on one of its choices) and valid sweep settings, with notices that are one
//! short line each; the outcome's own link must open to the same state with no notice. Native
//! only: in the browser layer the same count would take minutes.
#![cfg(not(target_arch = "wasm32"))]

// The model's generator and checks (`crates/model/tests/fuzz_inputs`), so that every decoder is
// fuzzed the same way.
#[path = "../crates/model/tests/fuzz_inputs/mod.rs"]
mod fuzz_inputs;

use fuzz_inputs::{check_message, check_valid, Rng, EXTREME_NUMBERS, UNICODE};

use firstwall_app::address::{self, Query};
use firstwall_app::state::{SweepSettings, MAX_APP_SAMPLES};
use firstwall_model::sweep::MAX_AXIS_STEPS;
use firstwall_model::ParamId;

/// Addresses per run.
const ADDRESSES: usize = 120_000;

const VALUES: &[&str] = &[
    "1",
    "0",
    "-0",
    "1.5",
    "2.5",
    "1e308",
    "1e309",
    "-1e309",
    "5e-324",
    "1e-400",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "18446744073709551616",
    "4294967296",
    "-1",
    "0x10",
    "1_000",
    "",
    " 3 ",
    "3%20",
    "%33",
    "%",
    "%E0%A4%A",
    "%ZZ",
    "%00",
    "+",
    "%2B",
    "١٢",
    "\u{200F}5",
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "{{7*7}}",
    "__proto__",
    "constructor",
    "air",
    "immersion",
    "gb200",
    "h100",
    "fp4,moe",
    "fp4,,nope",
    "source-2025",
    "epoch-2030",
    "optimistic",
    "cpu",
    "gpu",
    "tpu",
    "power",
    "2",
    "999",
    "1.0000000000000002",
    "0.30000000000000004",
    "1e-9",
    "12",
    "100000000",
    "1e12",
];

const FLAGS: &[&str] = &[
    "v",
    "p",
    "l",
    "sn",
    "ss",
    "se",
    "gx",
    "gy",
    "gr",
    "w",
    "stage",
    "verdict",
    "chip",
    "llm",
    "bpp",
    "batch",
    "ctx",
    "dec",
    "from",
    "embed",
    "present",
    "debug",
    "nope",
    "",
    "%65mbed",
    "%73n",
    "s%6E",
    "%",
    "p%",
    "__proto__",
];

fn key(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => rng.pick_str(FLAGS).to_owned(),
        1 => ParamId::ALL[rng.below(ParamId::ALL.len())]
            .spec()
            .key
            .to_owned(),
        2 => ParamId::ALL[rng.below(ParamId::ALL.len())]
            .spec()
            .id
            .to_owned(),
        // A key percent-encoded byte by byte.
        _ => ParamId::ALL[rng.below(ParamId::ALL.len())]
            .spec()
            .key
            .bytes()
            .map(|b| format!("%{b:02X}"))
            .collect(),
    }
}

fn value(rng: &mut Rng) -> String {
    match rng.below(8) {
        0..=2 => rng.pick_str(VALUES).to_owned(),
        3 => rng.pick_str(EXTREME_NUMBERS).to_owned(),
        4 => rng.pick_str(UNICODE).to_owned(),
        // A finite number anywhere in f64's range.
        5 => f64::from_bits(rng.next_u64()).to_string(),
        6 => format!("{}", rng.next_u64() % 2_000_000),
        // Random bytes, escaped or not.
        _ => (0..rng.below(12))
            .map(|_| {
                // A byte, written as an escape or (if printable) as itself.
                #[allow(clippy::cast_possible_truncation)]
                let b = rng.next_u64() as u8;
                if b.is_ascii_graphic() && rng.below(2) == 0 {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect(),
    }
}

fn address(rng: &mut Rng) -> String {
    let pairs = 1 + rng.below(8);
    let mut parts: Vec<String> = (0..pairs)
        .map(|_| match rng.below(10) {
            0 => key(rng),
            1 => format!("{}=", key(rng)),
            2 => format!("={}", value(rng)),
            3 => format!("{}={}={}", key(rng), value(rng), value(rng)),
            _ => format!("{}={}", key(rng), value(rng)),
        })
        .collect();
    if rng.below(20) == 0 {
        parts.push("&&&".to_owned());
    }
    let query = parts.join(if rng.below(30) == 0 { ";" } else { "&" });
    if rng.below(2) == 0 {
        format!("?{query}")
    } else {
        query
    }
}

fn assert_valid_settings(settings: &SweepSettings, address: &str) {
    assert!(
        (1..=MAX_APP_SAMPLES).contains(&settings.samples),
        "{address}"
    );
    assert!(
        (2..=MAX_AXIS_STEPS).contains(&settings.grid_steps),
        "{address}"
    );
    assert_ne!(settings.grid_x, settings.grid_y, "{address}");
}

#[test]
#[allow(clippy::print_stdout)] // Reason: the count is the test's report, shown with --nocapture.
fn fuzz_addresses_open_to_a_valid_scenario_with_plain_notices() {
    let mut rng = Rng::new(0x00F1_257A);
    let (mut noticed, mut clean) = (0usize, 0usize);
    for _ in 0..ADDRESSES {
        let address = address(&mut rng);
        let (query, mut notices) = Query::parse(&address);
        let (state, scenario_notices) = address::scenario::decode_query(&query);
        let (settings, sweep_notices) = address::sweep::decode_query(&query);
        notices.extend(scenario_notices);
        notices.extend(sweep_notices);

        check_valid(&state.base, &address);
        assert_valid_settings(&settings, &address);
        for notice in &notices {
            check_message(notice, &address);
        }

        // The state's own link opens to the same state, with nothing to say.
        let link = address::scenario::encode(&state);
        let (again, again_notices) = address::scenario::decode(&link);
        assert_eq!(again, state, "{address} → {link}");
        assert!(again_notices.is_empty(), "{link}: {again_notices:?}");
        let settings_link = address::sweep::encode(&settings).join("&");
        assert_eq!(
            address::sweep::decode(&settings_link),
            (settings, vec![]),
            "{address}"
        );

        if notices.is_empty() {
            clean += 1;
        } else {
            noticed += 1;
        }
    }
    println!(
        "fuzz: addresses: {ADDRESSES} decoded, {noticed} with notices, {clean} clean, 0 panics, every state valid and its own link exact"
    );
    assert_eq!(noticed + clean, ADDRESSES);
    // The generator must reach both outcomes, or it tests nothing.
    assert!(
        noticed > ADDRESSES / 10 && clean > 100,
        "{noticed} / {clean}"
    );
}
