//! Units of time the models share, one definition each, over the Julian year of 365.25 days on
//! which the sources' "per year" figures rest.

/// Days in an average (Julian) year.
pub const DAYS_PER_YEAR: f64 = 365.25;

/// Seconds in one day.
pub const SECONDS_PER_DAY: f64 = 86_400.0;

/// Hours in an average year.
pub const HOURS_PER_YEAR: f64 = DAYS_PER_YEAR * 24.0;

/// Seconds in an average month: a twelfth of an average year (30.4375 days).
pub const SECONDS_PER_MONTH: f64 = DAYS_PER_YEAR / 12.0 * SECONDS_PER_DAY;

/// Seconds in an average year.
pub const SECONDS_PER_YEAR: f64 = 12.0 * SECONDS_PER_MONTH;

#[cfg(test)]
mod tests {
    use super::*;

    /// The values the models used when each module kept its own copy (8,766 h, 30.4375 days):
    /// bit for bit, so no result moves.
    #[test]
    fn the_shared_units_are_the_ones_the_models_used() {
        assert_eq!(HOURS_PER_YEAR.to_bits(), 8_766.0f64.to_bits());
        assert_eq!(
            SECONDS_PER_MONTH.to_bits(),
            (30.4375 * 86_400.0f64).to_bits()
        );
        assert_eq!(SECONDS_PER_YEAR, 31_557_600.0);
    }
}
