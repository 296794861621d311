//! Projecting a scenario: demand and every ceiling, year by year, and which wall binds first.
//!
//! A wall binds in the first (fractional) year in which demand exceeds its ceiling
//! ([`crate::walls::Ceilings::crossing`], the same code the sweep runs). Walls are compared on
//! that year; walls within [`TIE_TOLERANCE_YEARS`] of each other are reported as tied (in the
//! source diagram's order). If no wall binds by [`LAST_YEAR`], there is no first wall, and a
//! warning says so. A ceiling below a training run that already happened is reported too: the
//! scenario contradicts history there ([`Warning::ContradictsHistory`]).

use std::fmt;

use crate::cost::{run_cost, RunCost};
use crate::history::{self, Run};
use crate::param::{ParamId, PARAMS};
use crate::preset::PresetId;
use crate::scenario::Scenario;
use crate::walls::{sci, ComponentId, WallId, Walls};

/// First year of the projection.
pub const FIRST_YEAR: i32 = 2024;
/// Last year of the projection (the horizon).
pub const LAST_YEAR: i32 = 2040;
/// Walls that bind this close together (in years) are tied: the sweep's tolerance, so a sample's
/// first wall is the projection's.
pub const TIE_TOLERANCE_YEARS: f64 = crate::walls::TIE_YEARS;

/// A wall binding: demand reaches its ceiling.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Binding {
    /// Which wall.
    pub wall: WallId,
    /// Through which of its components.
    pub component: ComponentId,
    /// When: the first fractional year in which demand exceeds the ceiling.
    pub year: f64,
    /// The size of the run then, FLOP (demand = ceiling).
    pub flop: f64,
    /// Whether it binds at the same time as the binding before it in [`Projection::order`].
    pub tied_with_previous: bool,
}

/// One component's ceiling over the years.
#[derive(Clone, Debug, PartialEq)]
pub struct ComponentResult {
    /// Which component.
    pub id: ComponentId,
    /// Ceiling for each year of [`Projection::years`], FLOP; `None` where it cannot bind (cooling
    /// installed before its power; no utilization floor).
    pub ceiling_flop: Option<Vec<f64>>,
    /// When demand first exceeds it, if before the horizon.
    pub binds_in_year: Option<f64>,
}

/// One wall's ceiling over the years.
#[derive(Clone, Debug, PartialEq)]
pub struct WallResult {
    /// Which wall.
    pub id: WallId,
    /// Ceiling for each year, FLOP; `None` for algorithms, which set no ceiling, and for a wall
    /// that cannot bind in this scenario (cooling, mostly).
    pub ceiling_flop: Option<Vec<f64>>,
    /// When demand first exceeds it, if before the horizon.
    pub binds_in_year: Option<f64>,
    /// The component that binds first.
    pub binding_component: Option<ComponentId>,
    /// Every component.
    pub components: Vec<ComponentResult>,
    /// The formula with the numbers of the year it binds (or of the horizon) substituted.
    pub formula: String,
}

/// Something the reader should know about a projection. Never an error: the projection stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// A value is valid but outside the plausible range of its sources.
    OutsidePlausibleRange {
        /// The parameter.
        id: ParamId,
        /// Its value.
        value: f64,
    },
    /// Demand already exceeds this wall at the start of the projection.
    BindsAtStart {
        /// The wall.
        wall: WallId,
    },
    /// No wall binds before the horizon.
    NoWallBeforeHorizon,
    /// Two or more walls bind first at the same time.
    TiedFirst {
        /// The tied walls, in the source diagram's order.
        walls: Vec<WallId>,
    },
    /// A wall's ceiling lies below a training run that already happened: the scenario says that
    /// run was impossible.
    ContradictsHistory {
        /// The wall.
        wall: WallId,
        /// The largest run it contradicts.
        run: &'static Run,
        /// The wall's ceiling when that run was published, FLOP.
        ceiling_flop: f64,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::OutsidePlausibleRange { id, value } => {
                let spec = id.spec();
                write!(
                    f,
                    "{} = {} {} is outside the plausible range {}–{} {} ({})",
                    spec.id,
                    sci(*value),
                    spec.unit,
                    sci(spec.low),
                    sci(spec.high),
                    spec.unit,
                    spec.range_note
                )
            }
            Self::BindsAtStart { wall } => write!(
                f,
                "the {} wall already binds in {FIRST_YEAR}: demand starts above its ceiling",
                wall.label()
            ),
            Self::NoWallBeforeHorizon => {
                write!(
                    f,
                    "no wall binds before {LAST_YEAR}, the end of the projection"
                )
            }
            Self::TiedFirst { walls } => write!(
                f,
                "{} bind first at the same time",
                walls
                    .iter()
                    .map(|w| w.label())
                    .collect::<Vec<_>>()
                    .join(" and ")
            ),
            Self::ContradictsHistory {
                wall,
                run,
                ceiling_flop,
            } => write!(
                f,
                "history contradicts the {} wall: {} ({}) trained {} FLOP, published in {}, above this \
                 scenario's ceiling of {} FLOP then (Epoch AI data)",
                wall.label(),
                run.model,
                run.organization,
                sci(run.flop),
                run.published.0,
                sci(*ceiling_flop),
            ),
        }
    }
}

/// Everything the views and the CLI show about one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// The preset the scenario starts from.
    pub preset: PresetId,
    /// Every whole year from [`FIRST_YEAR`] to [`LAST_YEAR`].
    pub years: Vec<i32>,
    /// The largest run the frontier wants, per year, FLOP.
    pub demand_flop: Vec<f64>,
    /// All six walls, in the source diagram's order.
    pub walls: Vec<WallResult>,
    /// The walls that bind before the horizon, earliest first.
    pub order: Vec<Binding>,
    /// The first of them, if any.
    pub first_wall: Option<Binding>,
    /// How much more a FLOP is worth than in 2024, per year (algorithms; see
    /// [`Walls::effective_compute_multiplier`]).
    pub effective_compute_multiplier: Vec<f64>,
    /// What the run demand wants costs, per year.
    pub run_cost: Vec<RunCost>,
    /// What the run demand wants when the first wall binds costs.
    pub first_wall_cost: Option<RunCost>,
    /// What the reader should know.
    pub warnings: Vec<Warning>,
}

impl Projection {
    /// The warnings that say history contradicts this scenario.
    pub fn history_contradictions(&self) -> impl Iterator<Item = &Warning> {
        self.warnings
            .iter()
            .filter(|w| matches!(w, Warning::ContradictsHistory { .. }))
    }

    /// The result for one wall.
    pub fn wall(&self, id: WallId) -> &WallResult {
        &self.walls[id as usize]
    }
}

/// Projects a scenario from [`FIRST_YEAR`] to [`LAST_YEAR`]. Cannot fail: a [`Scenario`] is valid.
pub fn project(scenario: &Scenario) -> Projection {
    let walls = Walls::new(scenario);
    let years: Vec<i32> = (FIRST_YEAR..=LAST_YEAR).collect();
    let demand_flop = years
        .iter()
        .map(|&year| walls.demand().flop_in(f64::from(year)))
        .collect();
    let mut warnings: Vec<Warning> = PARAMS
        .iter()
        .zip(ParamId::ALL)
        .filter(|(spec, &id)| !spec.is_plausible(scenario.get(id)))
        .map(|(_, &id)| Warning::OutsidePlausibleRange {
            id,
            value: scenario.get(id),
        })
        .collect();

    let wall_results: Vec<WallResult> = WallId::ALL
        .iter()
        .map(|&wall| wall_result(&walls, wall, &years))
        .collect();

    let mut order: Vec<Binding> = wall_results
        .iter()
        .filter_map(|result| {
            let year = result.binds_in_year?;
            Some(Binding {
                wall: result.id,
                component: result.binding_component?,
                year,
                flop: walls.demand().flop_in(year),
                tied_with_previous: false,
            })
        })
        .collect();
    // (year, wall) is a total order, so the unstable sort is deterministic (and smaller in wasm).
    order.sort_unstable_by(|a, b| a.year.total_cmp(&b.year).then(a.wall.cmp(&b.wall)));
    // Walls tied with the earliest of a group are listed in the source diagram's order.
    let mut start = 0;
    while start < order.len() {
        let end = start
            + order[start..]
                .iter()
                .take_while(|b| b.year - order[start].year <= TIE_TOLERANCE_YEARS)
                .count();
        order[start..end].sort_unstable_by_key(|b| b.wall);
        for binding in &mut order[start + 1..end] {
            binding.tied_with_previous = true;
        }
        start = end;
    }
    for binding in &order {
        if binding.year <= f64::from(FIRST_YEAR) {
            warnings.push(Warning::BindsAtStart { wall: binding.wall });
        }
    }
    let first_wall = order.first().copied();
    let tied_first: Vec<WallId> = order
        .iter()
        .take_while(|b| first_wall.is_some_and(|first| b.year - first.year <= TIE_TOLERANCE_YEARS))
        .map(|b| b.wall)
        .collect();
    if tied_first.len() > 1 {
        warnings.push(Warning::TiedFirst { walls: tied_first });
    }
    if first_wall.is_none() {
        warnings.push(Warning::NoWallBeforeHorizon);
    }
    warnings.extend(contradictions(&walls));

    Projection {
        preset: scenario.preset_id(),
        effective_compute_multiplier: years
            .iter()
            .map(|&year| walls.effective_compute_multiplier(f64::from(year)))
            .collect(),
        run_cost: years
            .iter()
            .map(|&year| run_cost(&walls, f64::from(year)))
            .collect(),
        first_wall_cost: first_wall.map(|first| run_cost(&walls, first.year)),
        years,
        demand_flop,
        walls: wall_results,
        order,
        first_wall,
        warnings,
    }
}

fn wall_result(walls: &Walls, wall: WallId, years: &[i32]) -> WallResult {
    let components: Vec<ComponentResult> = wall
        .components()
        .iter()
        .map(|&component| ComponentResult {
            id: component,
            ceiling_flop: walls.can_bind(component).then(|| {
                years
                    .iter()
                    .map(|&year| walls.component_ceiling(component, f64::from(year)))
                    .collect()
            }),
            binds_in_year: walls.ceilings().crossing(component),
        })
        .collect();
    let binding = components
        .iter()
        .filter_map(|c| Some((c.id, c.binds_in_year?)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    // The wall's ceiling is its lowest component's, year by year ([`Walls::ceiling`]).
    let bounded: Vec<&Vec<f64>> = components
        .iter()
        .filter_map(|c| c.ceiling_flop.as_ref())
        .collect();
    let ceiling_flop = (!bounded.is_empty()).then(|| {
        (0..years.len())
            .map(|i| bounded.iter().map(|c| c[i]).fold(f64::INFINITY, f64::min))
            .collect()
    });
    let formula_year = binding.map_or(f64::from(LAST_YEAR), |(_, year)| year.floor());
    WallResult {
        id: wall,
        ceiling_flop,
        binds_in_year: binding.map(|(_, year)| year),
        binding_component: binding.map(|(component, _)| component),
        components,
        formula: walls.formula(wall, formula_year),
    }
}

/// For each wall, the largest observed run above its ceiling when it was published, if any.
fn contradictions(walls: &Walls) -> Vec<Warning> {
    WallId::ALL
        .iter()
        .filter_map(|&wall| {
            history::RUNS
                .iter()
                .filter_map(|run| {
                    let ceiling_flop = crate::backtest::ceiling_at(walls, wall, run)?;
                    (ceiling_flop < run.flop).then_some((run, ceiling_flop))
                })
                .max_by(|a, b| a.0.flop.total_cmp(&b.0.flop))
                .map(|(run, ceiling_flop)| Warning::ContradictsHistory {
                    wall,
                    run,
                    ceiling_flop,
                })
        })
        .collect()
}
