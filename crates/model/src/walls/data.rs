//! The data wall.
//!
//! ```text
//! D(t)      = (S_text · q · E_eff(E) + S_multimodal) · g_stock^(t − 2024) + S_synthetic   tokens
//! E_eff(E)  = 1 + R*·(1 − exp(−(E − 1)/R*)),  R* = 15.39                                   (Muennighoff et al. 2023)
//! C_data(t) = 6 · f_active · D(t)² / r                                                     FLOP
//! ```
//! With `r` tokens per parameter a dense model of `N = D/r` parameters trained on all `D` tokens
//! costs `6·N·D = 6·D²/r` (`0.3·D²` at the compute-optimal r = 20); a mixture-of-experts model
//! pays only for its active share `f_active` (Epoch 2030, footnote 76).

use super::{sci, Walls, FLOP_PER_PARAM_TOKEN};
use crate::param::ParamId;

/// Muennighoff et al. 2023's fitted decay constant for repeated data, `R_D*` (the
/// `huggingface/datablations` README gives 15.387756).
pub const REPEAT_DECAY_EPOCHS: f64 = 15.387_756;

/// What `epochs` passes over the data are worth in unique-data passes:
/// `1 + R*·(1 − e^(−(E−1)/R*))`. Four epochs are worth 3.73, forty 15.2, never more than 16.4.
pub fn effective_epochs(epochs: f64) -> f64 {
    1.0 + REPEAT_DECAY_EPOCHS * (1.0 - (-(epochs - 1.0) / REPEAT_DECAY_EPOCHS).exp())
}

/// Effective training tokens available in `year`.
pub(crate) fn effective_tokens(walls: &Walls, year: f64) -> f64 {
    let text = walls.get(ParamId::TextStock)
        * walls.get(ParamId::QualityFraction)
        * effective_epochs(walls.get(ParamId::Epochs));
    let growth = walls.get(ParamId::StockGrowth).powf(year - 2024.0);
    (text + walls.get(ParamId::MultimodalTokens)) * growth + walls.get(ParamId::SyntheticTokens)
}

pub(crate) fn ceiling_flop(walls: &Walls, year: f64) -> f64 {
    let tokens = effective_tokens(walls, year);
    FLOP_PER_PARAM_TOKEN * walls.get(ParamId::MoeActiveFraction) * tokens * tokens
        / walls.get(ParamId::TokensPerParam)
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    let epochs = walls.get(ParamId::Epochs);
    format!(
        "C = 6 · f · D² / r, D = (S · q · E_eff + M) · g^(t − 2024) + Y = ({} · {} · {} + {}) · {}^{} + {} \
         = {} tokens; C = 6 · {} · ({})² / {} = {} FLOP in {year:.0} (E_eff = {} for {} epochs)",
        sci(walls.get(ParamId::TextStock)),
        sci(walls.get(ParamId::QualityFraction)),
        sci(effective_epochs(epochs)),
        sci(walls.get(ParamId::MultimodalTokens)),
        sci(walls.get(ParamId::StockGrowth)),
        sci(year - 2024.0),
        sci(walls.get(ParamId::SyntheticTokens)),
        sci(effective_tokens(walls, year)),
        sci(walls.get(ParamId::MoeActiveFraction)),
        sci(effective_tokens(walls, year)),
        sci(walls.get(ParamId::TokensPerParam)),
        sci(ceiling_flop(walls, year)),
        sci(effective_epochs(epochs)),
        sci(epochs),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// walls.md: effective over unique tokens at E epochs, from R_D* = 15.39 [derived].
    #[test]
    fn effective_epochs_muennighoff() {
        for (epochs, want) in [
            (1.0, 1.0),
            (4.0, 3.73),
            (5.0, 4.52),
            (16.0, 10.58),
            (40.0, 15.17),
        ] {
            assert!(
                (effective_epochs(epochs) - want).abs() < 0.01,
                "{epochs}: {}",
                effective_epochs(epochs)
            );
        }
        assert!(effective_epochs(1e6) < 16.39);
    }
}
