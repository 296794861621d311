//! Fuzzing in the suite: the real decoders of scenario files ([`scenario_file::parse_json`]) and
//! of `--set` ([`Scenario::with_assignment`]) on 100,000 generated inputs each, every run the same
//! (a seeded generator, `fuzz_inputs`). Whatever comes in, the decoder does not panic, and what
//! comes out is either a valid scenario (every value finite, within its limits, whole where the
//! parameter is) or an error that says what is wrong on one short line.
//!
//! `cargo test -p firstwall-model --test fuzz -- --nocapture` prints the counts.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

mod fuzz_inputs;

use firstwall_model::scenario::{parse_assignment, validate};
use firstwall_model::{scenario_file, ParamId, PresetId, Scenario};
use fuzz_inputs::{
    assignment_input, check_message, check_valid, scenario_file_input, valid_value, Rng, Tally,
};

/// Inputs per decoder and run.
const INPUTS: u32 = 100_000;

#[test]
#[allow(clippy::print_stdout)] // Reason: the counts are the test's report (`--nocapture`).
fn fuzz_scenario_files_never_panic_and_name_their_errors() {
    let mut rng = Rng::new(0x5CE7_A210);
    let mut tally = Tally::default();
    for _ in 0..INPUTS {
        let input = scenario_file_input(&mut rng);
        let outcome = tally.run(&input, || {
            scenario_file::parse_json(&input).map_err(|err| err.to_string())
        });
        match outcome {
            Some(Ok(scenario)) => check_valid(&scenario, &input),
            Some(Err(message)) => check_message(&message, &input),
            None => {}
        }
    }
    println!("{}", tally.line("scenario files"));
    tally.check(INPUTS);
}

#[test]
#[allow(clippy::print_stdout)] // Reason: the counts are the test's report (`--nocapture`).
fn fuzz_set_assignments_never_panic_and_name_their_errors() {
    let mut rng = Rng::new(0x5E7_0001);
    let mut tally = Tally::default();
    let bases: Vec<Scenario> = PresetId::ALL.iter().map(|&p| Scenario::preset(p)).collect();
    for _ in 0..INPUTS {
        let input = assignment_input(&mut rng);
        let base = rng.pick(&bases);
        let mut parsed = None;
        let outcome = tally.run(&input, || {
            parsed = Some(parse_assignment(&input));
            base.with_assignment(&input).map_err(|err| err.to_string())
        });
        // The two entry points agree: an assignment parses exactly when it applies, and then to
        // the value the scenario holds; a refusal is the same refusal.
        match (outcome, parsed) {
            (Some(Ok(scenario)), Some(Ok((id, value)))) => {
                check_valid(&scenario, &input);
                assert_eq!(scenario.get(id).to_bits(), value.to_bits(), "{input:?}");
            }
            (Some(Err(message)), Some(Err(err))) => {
                check_message(&message, &input);
                assert_eq!(message, err.to_string(), "{input:?}");
            }
            (None, _) => {}
            (outcome, parsed) => {
                panic!("{input:?}: with_assignment gave {outcome:?}, parse_assignment {parsed:?}")
            }
        }
    }
    println!("{}", tally.line("--set assignments"));
    tally.check(INPUTS);
}

/// What sliders and addresses use: any number at all gives a valid scenario, and the flag says
/// whether the value was changed on the way in (rounded, clamped, or NaN ignored).
#[test]
fn clamping_any_number_gives_a_valid_scenario_and_says_when_it_changed_it() {
    let mut rng = Rng::new(0xC1A_3B00);
    let base = Scenario::preset(PresetId::Evidence2026);
    let extremes = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        f64::MIN,
        -0.0,
        5e-324,
        0.5,
        1.5,
        2.5,
    ];
    for round in 0..20_000 {
        let id = *rng.pick(ParamId::ALL);
        let value = if round % 3 == 0 {
            *rng.pick(&extremes)
        } else if round % 3 == 1 {
            valid_value(&mut rng, id)
        } else {
            (rng.unit() - 0.5) * 10f64.powi(rng.below(40) as i32 - 10)
        };
        let (next, changed) = base.with_clamped(id, value);
        check_valid(&next, &format!("{id:?} = {value}"));
        let kept = next.get(id).to_bits() == value.to_bits();
        assert_eq!(changed, !kept, "{id:?} = {value}: {}", next.get(id));
        if !changed {
            assert_eq!(validate(id, value), Ok(value), "{id:?} = {value}");
        }
    }
}
