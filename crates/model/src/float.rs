//! f64 helpers for the sweep's hot path that compile to plain instructions on WebAssembly.
//!
//! On `wasm32`, `f64::max` and `f64::min` are calls into compiler-builtins (`fmax`, `fmin`: the
//! instruction has another rule for NaN), and `powf`, `exp` and `ln` are the `libm` crate's ports
//! of FreeBSD's, with a division in each. In the browser's workers `pow` alone was a third of a
//! sample's time, and `exp` a sixth (a V8 CPU profile of the sweep, December 2026). These give the
//! same answers: [`larger`] and [`smaller`] are `max` and `min` exactly, NaN included; [`exp`] is
//! `e^x` within 2 ulp and [`exp10`] `10^x` within a few ulp, on every platform alike.

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

/// `10^x` with one [`exp`]: within a few ulp of `10f64.powf(x)` (the rounding of `x · ln 10`,
/// about 1e-14 relative for the exponents the model meets).
#[inline]
pub(crate) fn exp10(x: f64) -> f64 {
    exp(x * LN_10)
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
/// `2^(j/32)` for `j` in `0..32`, each the f64 nearest the exact value (computed to 60 digits).
const EXP2_32THS: [u64; 32] = [
    0x3ff0000000000000,
    0x3ff059b0d3158574,
    0x3ff0b5586cf9890f,
    0x3ff11301d0125b51,
    0x3ff172b83c7d517b,
    0x3ff1d4873168b9aa,
    0x3ff2387a6e756238,
    0x3ff29e9df51fdee1,
    0x3ff306fe0a31b715,
    0x3ff371a7373aa9cb,
    0x3ff3dea64c123422,
    0x3ff44e086061892d,
    0x3ff4bfdad5362a27,
    0x3ff5342b569d4f82,
    0x3ff5ab07dd485429,
    0x3ff6247eb03a5585,
    0x3ff6a09e667f3bcd,
    0x3ff71f75e8ec5f74,
    0x3ff7a11473eb0187,
    0x3ff82589994cce13,
    0x3ff8ace5422aa0db,
    0x3ff93737b0cdc5e5,
    0x3ff9c49182a3f090,
    0x3ffa5503b23e255d,
    0x3ffae89f995ad3ad,
    0x3ffb7f76f2fb5e47,
    0x3ffc199bdd85529c,
    0x3ffcb720dcef9069,
    0x3ffd5818dcfba487,
    0x3ffdfc97337b9b5f,
    0x3ffea4afa2a490da,
    0x3fff50765b6e4540,
];

/// `e^x`: [`exp_by_table`] on WebAssembly, the platform's own `f64::exp` elsewhere (glibc's is
/// faster natively, and within 1 ulp of the same value).
#[inline]
pub(crate) fn exp(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        exp_by_table(x)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        x.exp()
    }
}

/// `e^x` within 1 ulp of `f64::exp`, with no division and no call: `x = (32m + j)·ln2/32 + r`,
/// `|r| ≤ ln2/64`, so `e^x = 2^m · 2^(j/32) · e^r`, with `e^r` to degree 6 (the next term is
/// below 4e-18). Arguments beyond ±700 (results near the ends of f64's range), and NaN, go to
/// `f64::exp`. In the browser's workers it is 1.2× the sweep's speed (V8, December 2026).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[inline]
pub(crate) fn exp_by_table(x: f64) -> f64 {
    /// 32 / ln 2.
    const INV_STEP: f64 = 46.166_241_308_446_83;
    /// ln 2 / 32 in two parts: the first has 21 bits, so `k · STEP_HI` is exact for any `k` here.
    const STEP_HI: f64 = 0.021_660_834_550_857_544;
    const STEP_LO: f64 = 1.484_164_074_697_397_7e-8;
    /// 1.5 · 2^52: adding it rounds to an integer, which its low bits then hold.
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    if x.is_nan() || x.abs() > 700.0 {
        return x.exp();
    }
    let shifted = x * INV_STEP + SHIFT;
    // The low 32 bits of `shifted` hold `k` in two's complement.
    #[allow(clippy::cast_possible_truncation)]
    let k = shifted.to_bits() as i32;
    let kd = shifted - SHIFT;
    let r = (x - kd * STEP_HI) - kd * STEP_LO;
    #[allow(clippy::cast_sign_loss)]
    let table = f64::from_bits(EXP2_32THS[(k & 31) as usize]);
    let m = i64::from(k >> 5);
    #[allow(clippy::cast_sign_loss)]
    let scale = f64::from_bits(((m + 1023) as u64) << 52);
    let r2 = r * r;
    let tail = r + r2
        * (0.5 + r * (1.0 / 6.0) + r2 * (1.0 / 24.0 + r * (1.0 / 120.0) + r2 * (1.0 / 720.0)));
    (table + table * tail) * scale
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

    /// Against `f64::exp` (itself within 1 ulp) on a dense grid of the range, the boundaries of
    /// its table and the points where it hands over: within 1 ulp of it, and the specials the same.
    #[test]
    fn exp_by_table_is_within_an_ulp() {
        let mut worst = 0.0f64;
        let mut check = |x: f64| {
            let (fast, exact) = (exp_by_table(x), x.exp());
            let ulp = f64::from_bits(exact.to_bits() + 1) - exact;
            let err = (fast - exact).abs() / ulp;
            worst = worst.max(err);
            assert!(err <= 1.0, "{x}: {fast} against {exact} ({err} ulp)");
        };
        for i in -1_400_000..=1_400_000 {
            check(f64::from(i) * 0.0005);
        }
        for k in -32_000..32_000 {
            let at = f64::from(k) * std::f64::consts::LN_2 / 32.0;
            for nudge in [-1e-12, 0.0, 1e-12, 0.5 * std::f64::consts::LN_2 / 32.0] {
                if (at + nudge).abs() <= 700.0 {
                    check(at + nudge);
                }
            }
        }
        for x in [
            0.0, -0.0, 1e-300, -1e-300, 1e-20, 700.0, -700.0, 700.1, -700.1, 709.7,
        ] {
            check(x);
        }
        assert!(exp_by_table(f64::NAN).is_nan());
        assert_eq!(exp_by_table(f64::INFINITY), f64::INFINITY);
        assert_eq!(exp_by_table(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp_by_table(800.0), f64::INFINITY);
        assert_eq!(exp_by_table(0.0), 1.0);
        assert!(worst > 0.0, "never differs: the test compares nothing");
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
