//! The data wall.
//!
//! ```text
//! D(t)      = (S_text · q · E_eff(E) + S_multimodal) · g_stock^(t − 2024) + S_synthetic   tokens
//! E_eff(E)  = 1 + R*·(1 − exp(−(E − 1)/R*)),  R* = 15.39                                   (Muennighoff et al. 2023)
//! C_data(t) = 6 · f_active · D(t)² / r                                                     FLOP
//! ```
//! With `r` tokens per parameter a dense model of `N = D/r` parameters trained on all `D` tokens
//! costs `6·N·D = 6·D²/r` (`0.3·D²` at the compute-optimal r = 20); a mixture-of-experts model
//! pays only for its active share `f_active` (Epoch 2030, footnote 76). The data wall does not
//! depend on chips or utilization: it is a limit on tokens.

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

/// The data wall, reduced: `log10 C = coefficient + 2·log10(stock · g^(t − 2024) + synthetic)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DataCurve {
    /// `log10(6 · f_active / r)`.
    pub log10_coefficient: f64,
    /// The growing part of the effective stock in 2024, tokens.
    pub stock: f64,
    /// `ln` of the stock's yearly growth.
    pub ln_growth: f64,
    /// Synthetic tokens (not growing).
    pub synthetic: f64,
}

impl DataCurve {
    pub(crate) fn new(values: &[f64; ParamId::COUNT]) -> Self {
        let v = |id: ParamId| values[id as usize];
        Self {
            log10_coefficient: (FLOP_PER_PARAM_TOKEN * v(ParamId::MoeActiveFraction)
                / v(ParamId::TokensPerParam))
            .log10(),
            stock: v(ParamId::TextStock)
                * v(ParamId::QualityFraction)
                * effective_epochs(v(ParamId::Epochs))
                + v(ParamId::MultimodalTokens),
            ln_growth: v(ParamId::StockGrowth).ln(),
            synthetic: v(ParamId::SyntheticTokens),
        }
    }

    /// Effective training tokens in `year`.
    pub fn tokens(&self, year: f64) -> f64 {
        self.stock * crate::float::exp(self.ln_growth * (year - 2024.0)) + self.synthetic
    }

    /// `log10` of the largest run the data allows in `year`, FLOP.
    pub fn log10_flop(&self, year: f64) -> f64 {
        self.log10_coefficient + 2.0 * self.tokens(year).log10()
    }
}

pub(crate) fn formula(walls: &Walls, year: f64) -> String {
    let get = |id| walls.scenario().get(id);
    let data = &walls.ceilings().data;
    let epochs = get(ParamId::Epochs);
    format!(
        "C = 6 · f · D² / r, D = (S · q · E_eff + M) · g^(t − 2024) + Y = ({} · {} · {} + {}) · {}^{} + {} \
         = {} tokens; C = 6 · {} · ({})² / {} = {} FLOP in {year:.0} (E_eff = {} for {} epochs)",
        sci(get(ParamId::TextStock)),
        sci(get(ParamId::QualityFraction)),
        sci(effective_epochs(epochs)),
        sci(get(ParamId::MultimodalTokens)),
        sci(get(ParamId::StockGrowth)),
        sci(year - 2024.0),
        sci(get(ParamId::SyntheticTokens)),
        sci(data.tokens(year)),
        sci(get(ParamId::MoeActiveFraction)),
        sci(data.tokens(year)),
        sci(get(ParamId::TokensPerParam)),
        sci(walls.component_ceiling(super::ComponentId::DataStock, year)),
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
