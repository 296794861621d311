//! f64 helpers for the sweep's hot path that compile to plain instructions on WebAssembly.
//!
//! On `wasm32`, `f64::max` and `f64::min` are calls into compiler-builtins (`fmax`, `fmin`: the
//! instruction has another rule for NaN), and `powf` is musl's `pow`, about twice an `exp`. In the
//! browser's workers those three were a third of a sample's time (a V8 CPU profile of the sweep,
//! December 2026). These give the same answers: [`larger`] and [`smaller`] are `max` and `min`
//! exactly, NaN included; [`exp10`] is `10^x` within a few ulp.

use std::f64::consts::LN_10;

/// `a.max(b)`: the larger, or the one that is not NaN.
#[inline]
pub(crate) fn larger(a: f64, b: f64) -> f64 {
    if a >= b || b.is_nan() {
        a
    } else {
        b
    }
}

/// `a.min(b)`: the smaller, or the one that is not NaN.
#[inline]
pub(crate) fn smaller(a: f64, b: f64) -> f64 {
    if a <= b || b.is_nan() {
        a
    } else {
        b
    }
}

/// `10^x` with one `exp`: within a few ulp of `10f64.powf(x)` (the rounding of `x · ln 10`,
/// about 1e-14 relative for the exponents the model meets).
#[inline]
pub(crate) fn exp10(x: f64) -> f64 {
    (x * LN_10).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn larger_and_smaller_are_max_and_min() {
        let values = [
            -1.5,
            0.0,
            2.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1e300,
            -1e-300,
        ];
        for a in values {
            for b in values {
                let (max, min) = (a.max(b), a.min(b));
                assert!(
                    larger(a, b) == max || (larger(a, b).is_nan() && max.is_nan()),
                    "{a} {b}"
                );
                assert!(
                    smaller(a, b) == min || (smaller(a, b).is_nan() && min.is_nan()),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn exp10_is_powf_within_a_few_ulp() {
        for i in -400..=400 {
            let x = f64::from(i) * 0.0773;
            let (fast, exact) = (exp10(x), 10f64.powf(x));
            assert!(
                ((fast - exact) / exact).abs() < 2e-14,
                "{x}: {fast} against {exact}"
            );
        }
    }
}
