//! Fuzzing in the suite: the worker's request decoder ([`firstwall_worker::handle`]) on 100,000
//! generated requests, every run the same. Each carries a scenario file built and mutated like
//! the model's fuzz inputs (`crates/model/tests/fuzz_inputs`, included below), and a small task;
//! some requests are mangled as a whole. Whatever comes in, the worker does not panic, and it
//! answers either with output for a valid scenario (every value finite, within its limits, whole
//! where the parameter is) or with an error that says what is wrong on one short line.
//!
//! `cargo test -p firstwall-worker --test fuzz -- --nocapture` prints the counts.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

// Keep in sync: the generator and the checks are the model's, so both crates fuzz the same way.
#[path = "../../model/tests/fuzz_inputs/mod.rs"]
mod fuzz_inputs;

use firstwall_model::sweep::COUNTS_LEN;
use firstwall_worker::{handle, Output, Request, Task};
use fuzz_inputs::{
    check_message, check_valid, flip_byte, random_text, scenario_file_input, truncate, valid_file,
    Rng, Tally, UNICODE, WRONG_TYPES,
};

/// Requests per run.
const INPUTS: u32 = 100_000;

/// A small task (a few samples or cells, so that 100,000 of them run in seconds), sometimes with
/// a field of the wrong kind.
fn task(rng: &mut Rng) -> String {
    let seed = rng.next_u64() as u32;
    let mut task = match rng.below(3) {
        0 => {
            let start = rng.below(3);
            format!(
                r#"{{"kind": "monte_carlo", "seed": {seed}, "start": {start}, "end": {}}}"#,
                start + rng.below(3)
            )
        }
        1 => format!(
            r#"{{"kind": "fans", "seed": {seed}, "samples": {}}}"#,
            rng.below(3)
        ),
        _ => {
            let axis = |param: &str, low: f64, high: f64| {
                format!(r#"{{"param": "{param}", "low": {low}, "high": {high}, "steps": 2}}"#)
            };
            format!(
                r#"{{"kind": "grid", "x": {}, "y": {}, "start": 0, "end": {}}}"#,
                axis(
                    rng.pick_str(&["power.campus_gw_2026", "pk", "nope"]),
                    0.5,
                    5.0
                ),
                axis("demand.growth_per_year", 2.0, 8.0),
                rng.below(3)
            )
        }
    };
    if rng.chance(0.1) {
        // A field's value of the wrong type, or an unknown kind.
        let fields = [
            "\"monte_carlo\"",
            "\"fans\"",
            "\"grid\"",
            "\"seed\": ",
            "\"param\": ",
        ];
        let field = *rng.pick(&fields);
        if let Some(at) = task.find(field) {
            let end = at + field.len();
            let replacement = if field.ends_with(": ") {
                format!("{field}{} ,\"_\": ", rng.pick(WRONG_TYPES))
            } else {
                // Any text, control characters included: the worker's messages quote it on one
                // short line.
                let text = rng.pick(UNICODE).replace('\\', "");
                format!("\"{}{}\"", &field[1..field.len() - 1], text)
            };
            task.replace_range(at..end, &replacement);
        }
    }
    task
}

/// A request: a scenario file (valid or mutated) and a small task, perhaps mangled as a whole by
/// truncation, a flipped byte or a field given twice.
fn request(rng: &mut Rng) -> String {
    if rng.chance(0.05) {
        return random_text(rng);
    }
    let scenario = loop {
        // A table export is not a scenario file; the worker takes only the file itself.
        let file = if rng.chance(0.3) {
            valid_file(rng)
        } else {
            scenario_file_input(rng)
        };
        if !file.contains("\"app\"") {
            break file;
        }
    };
    let mut text = format!(
        r#"{{"id": {}, "scenario": {scenario}, "task": {}}}"#,
        rng.below(1_000),
        task(rng)
    );
    if rng.chance(0.1) {
        // Changes that cannot ask for a huge task (a flipped byte adds at most one digit).
        match rng.below(3) {
            0 => truncate(rng, &mut text),
            1 => flip_byte(rng, &mut text),
            _ => text.insert_str(1, r#""id": 7, "#),
        }
    }
    text
}

#[test]
#[allow(clippy::print_stdout)] // Reason: the counts are the test's report (`--nocapture`).
fn fuzz_worker_requests_never_panic_and_name_their_errors() {
    let mut rng = Rng::new(0x0_0B5E_55ED);
    let mut tally = Tally::default();
    for _ in 0..INPUTS {
        let input = request(&mut rng);
        let outcome = tally.run(&input, || handle(&input).1);
        match outcome {
            Some(Ok(output)) => {
                // An answer means the request, and so its scenario, was valid.
                let request: Request = serde_json::from_str(&input)
                    .unwrap_or_else(|err| panic!("answered {input:?}, which reads as {err}"));
                let scenario = request
                    .scenario
                    .to_scenario()
                    .unwrap_or_else(|err| panic!("answered {input:?}, whose scenario is {err}"));
                check_valid(&scenario, &input);
                match (&request.task, output) {
                    (Task::MonteCarlo { .. }, Output::Counts(counts)) => {
                        assert_eq!(counts.len(), COUNTS_LEN);
                    }
                    (Task::Fans { .. }, Output::Fans { counts, .. }) => {
                        assert_eq!(counts.len(), COUNTS_LEN);
                    }
                    (Task::Grid { x, y, start, end }, Output::Cells(pairs)) => {
                        // A (wall, year) pair per cell, rows `start..end` within the y axis.
                        let rows = (*end).min(y.steps).saturating_sub(*start);
                        assert_eq!(pairs.len(), 2 * (x.steps * rows) as usize, "{input:?}");
                    }
                    (task, output) => panic!("{task:?} answered with {output:?}"),
                }
            }
            Some(Err(message)) => check_message(&message, &input),
            None => {}
        }
    }
    println!("{}", tally.line("worker requests"));
    tally.check(INPUTS);
}
