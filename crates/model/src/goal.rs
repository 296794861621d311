//! Goal seek: what would have to change, one assumption at a time, for the first wall to come
//! after a given year. For each uncertain assumption (those the sweeps draw), the model is asked
//! at the assumption's limits in both directions; where one of them pushes the first wall past the
//! year, bisection finds the smallest change that still does. The changes are listed with how far
//! each moves the assumption across its plausible range, and whether the value stays inside it.

use crate::param::ParamId;
use crate::projection::{project, LAST_YEAR};
use crate::scenario::Scenario;
use crate::sweep::Sweep;
use crate::walls::WallId;

/// Bisection steps: each halves the bracket, so 48 leave it below 10⁻¹⁴ of the range.
const STEPS: u32 = 48;

/// One assumption's smallest change that pushes the first wall past the year.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The assumption.
    pub param: ParamId,
    /// Its value in the scenario.
    pub from: f64,
    /// The value that does it (the smallest change found, to the bisection's precision).
    pub to: f64,
    /// The first wall then, and when (`None`: no wall before the horizon).
    pub first_wall: Option<(WallId, f64)>,
    /// How far the change moves the assumption, as a share of its plausible range (in log space
    /// for an assumption that grows by factors).
    pub share_of_range: f64,
    /// Whether the new value lies within the sources' plausible range.
    pub plausible: bool,
    /// Whether the scenario with it puts a wall below a training run that already happened.
    pub contradicts_history: bool,
}

/// What it takes to push the first wall past a year.
#[derive(Clone, Debug, PartialEq)]
pub enum Goal {
    /// The first wall already comes after the year (or none comes before the horizon).
    AlreadyPast(Option<(WallId, f64)>),
    /// The changes that do it, smallest first; assumptions that cannot do it alone are left out.
    Changes(Vec<Change>),
}

/// Why a goal cannot be sought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalError {
    /// The year lies outside the years the model projects.
    YearOutOfRange {
        /// The year asked for.
        year: i32,
    },
}

impl std::fmt::Display for GoalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::YearOutOfRange { year } => write!(
                f,
                "the year must lie from {} to {}, not {year}",
                crate::projection::FIRST_YEAR,
                LAST_YEAR - 1
            ),
        }
    }
}

impl std::error::Error for GoalError {}

/// The first wall of `scenario`, and when.
fn first_wall(scenario: &Scenario) -> Option<(WallId, f64)> {
    project(scenario).first_wall.map(|b| (b.wall, b.year))
}

/// Whether a first wall comes after `year`: it binds in a later calendar year, or not at all.
pub fn is_past(first: Option<(WallId, f64)>, year: i32) -> bool {
    first.is_none_or(|(_, when)| when.floor() > f64::from(year))
}

/// The smallest change of each uncertain assumption of `base`, alone, that makes the first wall
/// come after `year`; smallest share of its plausible range first.
pub fn seek(base: &Scenario, year: i32) -> Result<Goal, GoalError> {
    if !(crate::projection::FIRST_YEAR..LAST_YEAR).contains(&year) {
        return Err(GoalError::YearOutOfRange { year });
    }
    let now = first_wall(base);
    if is_past(now, year) {
        return Ok(Goal::AlreadyPast(now));
    }
    let mut changes: Vec<Change> = Sweep::new(base, 0)
        .sampled()
        .filter_map(|param| smallest_change(base, param, year))
        .collect();
    changes.sort_by(|a, b| a.share_of_range.total_cmp(&b.share_of_range));
    Ok(Goal::Changes(changes))
}

/// Where `value` lies between `a` and `b` as a number to bisect in: the logarithm for an
/// assumption that grows by factors (and is positive there), else the value.
struct Axis {
    log: bool,
}

impl Axis {
    fn to(&self, value: f64) -> f64 {
        if self.log {
            value.ln()
        } else {
            value
        }
    }

    fn from(&self, x: f64) -> f64 {
        if self.log {
            x.exp()
        } else {
            x
        }
    }
}

/// The smallest change of `param` alone, up or down, that makes the first wall of `base` come
/// after `year`; `None` if neither of its limits does.
fn smallest_change(base: &Scenario, param: ParamId, year: i32) -> Option<Change> {
    let spec = param.spec();
    let from = base.get(param);
    let at = |value: f64| {
        base.with(param, value)
            .ok()
            .map(|scenario| first_wall(&scenario))
    };
    let log = spec.is_log_scaled() && spec.min > 0.0 && from > 0.0;
    let axis = Axis { log };
    let range = if log {
        (spec.high / spec.low).ln().abs()
    } else {
        (spec.high - spec.low).abs()
    };
    [spec.max, spec.min]
        .into_iter()
        .filter(|&limit| limit != from)
        .filter_map(|limit| {
            let passes = |value: f64| at(value).is_some_and(|first| is_past(first, year));
            if !passes(limit) {
                return None;
            }
            // `fails` stays on the side that does not do it, `works` on the side that does.
            let (mut fails, mut works) = (axis.to(from), axis.to(limit));
            for _ in 0..STEPS {
                let middle = (fails + works) / 2.0;
                if passes(axis.from(middle)) {
                    works = middle;
                } else {
                    fails = middle;
                }
            }
            let mut to = axis.from(works).clamp(spec.min, spec.max);
            if spec.whole {
                to = if to > from { to.ceil() } else { to.floor() };
                if !passes(to) {
                    return None;
                }
            }
            let share_of_range = if range > 0.0 {
                (axis.to(to) - axis.to(from)).abs() / range
            } else {
                f64::INFINITY
            };
            let scenario = base.with(param, to).ok()?;
            let projection = project(&scenario);
            let contradicts_history = projection.history_contradictions().next().is_some();
            Some(Change {
                param,
                from,
                to,
                first_wall: projection.first_wall.map(|b| (b.wall, b.year)),
                share_of_range,
                plausible: spec.is_plausible(to),
                contradicts_history,
            })
        })
        .min_by(|a, b| a.share_of_range.total_cmp(&b.share_of_range))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::PresetId;

    /// Every change found pushes the first wall past the year, and the same change made 1 %
    /// smaller does not: the bisection found the edge, not just some value that works.
    fn check(base: &Scenario, year: i32) -> usize {
        let Goal::Changes(changes) = seek(base, year).unwrap() else {
            panic!("the first wall is already past {year}");
        };
        for change in &changes {
            let spec = change.param.spec();
            let applied = base.with(change.param, change.to).unwrap();
            assert!(
                is_past(first_wall(&applied), year),
                "{}: {} does not push it past {year}",
                spec.id,
                change.to
            );
            if !spec.whole {
                let smaller = change.from + 0.99 * (change.to - change.from);
                let short = base.with(change.param, smaller).unwrap();
                assert!(
                    !is_past(first_wall(&short), year),
                    "{}: 99 % of the change ({smaller}) already does it",
                    spec.id
                );
            }
            assert!(change.share_of_range.is_finite() && change.share_of_range > 0.0);
        }
        for pair in changes.windows(2) {
            assert!(pair[0].share_of_range <= pair[1].share_of_range);
        }
        changes.len()
    }

    #[test]
    fn goal_seek_finds_the_edge_for_the_evidence_preset() {
        let base = Scenario::preset(PresetId::Evidence2026);
        // Power binds in 2028: many assumptions, each alone, can push it a year.
        let found = check(&base, 2028);
        assert!(
            found >= 10,
            "only {found} assumptions can push it past 2028"
        );
        // Compute and data follow in 2029, so past 2030 only slower demand does it alone —
        // and it takes a demand growth below the sources' range.
        assert_eq!(check(&base, 2030), 1);
        let Goal::Changes(changes) = seek(&base, 2030).unwrap() else {
            unreachable!()
        };
        assert_eq!(changes[0].param, ParamId::DemandGrowth);
        assert!(changes[0].to < changes[0].from && !changes[0].plausible);
    }

    #[test]
    fn goal_seek_finds_the_edge_for_every_preset_and_2035() {
        for preset in PresetId::ALL {
            let base = Scenario::preset(preset);
            if let Goal::Changes(_) = seek(&base, 2035).unwrap() {
                check(&base, 2035);
            }
        }
    }

    #[test]
    fn a_first_wall_already_past_the_year_needs_no_change() {
        let base = Scenario::preset(PresetId::Evidence2026);
        let now = first_wall(&base);
        let year = now.map_or(2030, |(_, y)| y.floor() as i32 - 1);
        assert_eq!(seek(&base, year).unwrap(), Goal::AlreadyPast(now));
    }

    #[test]
    fn a_year_outside_the_projection_is_refused() {
        let base = Scenario::preset(PresetId::Evidence2026);
        assert_eq!(
            seek(&base, 2040),
            Err(GoalError::YearOutOfRange { year: 2040 })
        );
        assert!(seek(&base, 1990).is_err());
    }
}
