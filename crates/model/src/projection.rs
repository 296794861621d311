//! Projecting a scenario: demand and every ceiling, year by year, and which wall binds first.
//!
//! A wall binds in the first (fractional) year in which demand exceeds its ceiling. Walls are
//! compared on that year; walls within [`TIE_TOLERANCE_YEARS`] of each other are reported as tied
//! (in the source diagram's order). If no wall binds by [`LAST_YEAR`], there is no first wall,
//! and a warning says so.

use std::fmt;

use crate::param::{ParamId, PARAMS};
use crate::preset::PresetId;
use crate::scenario::Scenario;
use crate::walls::{sci, ComponentId, WallId, Walls};

/// First year of the projection.
pub const FIRST_YEAR: i32 = 2024;
/// Last year of the projection (the horizon).
pub const LAST_YEAR: i32 = 2040;
/// Walls that bind this close together (in years) are tied.
pub const TIE_TOLERANCE_YEARS: f64 = 1e-6;

/// Steps of the scan for a crossing, years; bisection refines within a step.
const SCAN_STEP_YEARS: f64 = 0.25;

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
    /// Ceiling for each year of [`Projection::years`], FLOP.
    pub ceiling_flop: Vec<f64>,
    /// When demand first exceeds it, if before the horizon.
    pub binds_in_year: Option<f64>,
}

/// One wall's ceiling over the years.
#[derive(Clone, Debug, PartialEq)]
pub struct WallResult {
    /// Which wall.
    pub id: WallId,
    /// Ceiling for each year, FLOP; `None` for algorithms, which set no ceiling.
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
    /// What the reader should know.
    pub warnings: Vec<Warning>,
}

impl Projection {
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
    for i in 1..order.len() {
        order[i].tied_with_previous = order[i].year - order[i - 1].year <= TIE_TOLERANCE_YEARS;
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

    Projection {
        preset: scenario.preset_id(),
        effective_compute_multiplier: years
            .iter()
            .map(|&year| walls.effective_compute_multiplier(f64::from(year)))
            .collect(),
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
            ceiling_flop: years
                .iter()
                .map(|&year| walls.component_ceiling(component, f64::from(year)))
                .collect(),
            binds_in_year: first_crossing(walls, component),
        })
        .collect();
    let binding = components
        .iter()
        .filter_map(|c| Some((c.id, c.binds_in_year?)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    let ceiling_flop = (!components.is_empty()).then(|| {
        years
            .iter()
            .map(|&year| {
                walls
                    .ceiling(wall, f64::from(year))
                    .unwrap_or(f64::INFINITY)
            })
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

/// The first year in the projection when demand exceeds the component's ceiling.
fn first_crossing(walls: &Walls, component: ComponentId) -> Option<f64> {
    // Positive when demand is above the ceiling; log space keeps 1e40 FLOP finite and precise.
    let excess = |year: f64| {
        walls.demand().log10_flop_in(year) - walls.component_ceiling(component, year).log10()
    };
    let first = f64::from(FIRST_YEAR);
    let last = f64::from(LAST_YEAR);
    let mut below = first;
    if excess(below) > 0.0 {
        return Some(first);
    }
    while below < last {
        let above = (below + SCAN_STEP_YEARS).min(last);
        if excess(above) > 0.0 {
            let (mut lo, mut hi) = (below, above);
            for _ in 0..48 {
                let mid = 0.5 * (lo + hi);
                if excess(mid) > 0.0 {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return Some(hi);
        }
        below = above;
    }
    None
}
