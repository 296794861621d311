//! The words the Walls view uses for the model's results. Not components: shared phrasing.

use firstwall_model::demand::DemandTrend;
use firstwall_model::format;
use firstwall_model::param::Group;
use firstwall_model::projection::{Binding, Projection, LAST_YEAR};
use firstwall_model::walls::WallId;

/// The calendar year in which a fractional year falls: 2029.7 is "2029".
pub fn year(year: f64) -> String {
    format!("{:.0}", year.floor())
}

/// The name of the reference run, with a non-breaking hyphen so that a line never breaks
/// inside it ("GPT-" / "4", UX audit B8).
pub const GPT4: &str = "GPT\u{2011}4";

/// A run size for people: "1.5 × 10²⁹ FLOP (7,300 × GPT‑4)".
pub fn run_size(flop: f64) -> String {
    let gpt4 = DemandTrend::EPOCH_2030_REPORT.reference_flop;
    let times = crate::ui::scale::round_significant(flop / gpt4, 2);
    format!(
        "{} FLOP ({} × {GPT4})",
        format::scientific(flop, 2),
        format::grouped(times)
    )
}

/// "Power, in 2029" or "no wall before 2040".
pub fn binding_short(binding: Option<&Binding>) -> String {
    match binding {
        Some(b) => format!("{}, in {}", b.wall.label(), year(b.year)),
        None => format!("no wall before {LAST_YEAR}"),
    }
}

/// The walls after the first, in order: "then Cooling (2030), Data (2031)…".
pub fn the_rest(projection: &Projection) -> String {
    let rest: Vec<String> = projection
        .order
        .iter()
        .skip(1)
        .map(|b| format!("{} ({})", b.wall.label(), year(b.year)))
        .collect();
    let never: Vec<&str> = projection
        .walls
        .iter()
        .filter(|w| w.ceiling_flop.is_some() && w.binds_in_year.is_none())
        .map(|w| w.id.label())
        .collect();
    let cannot: Vec<&str> = projection
        .walls
        .iter()
        .filter(|w| w.id != WallId::Software && w.ceiling_flop.is_none())
        .map(|w| w.id.label())
        .collect();
    let mut parts = Vec::new();
    if !rest.is_empty() {
        parts.push(format!("Then {}.", rest.join(", ")));
    }
    if !never.is_empty() {
        parts.push(format!("Not before {LAST_YEAR}: {}.", never.join(", ")));
    }
    if !cannot.is_empty() {
        parts.push(format!("Cannot bind here: {}.", cannot.join(", ")));
    }
    parts.join(" ")
}

/// The parameter groups that shape a wall: its own, plus the run's length, utilization and
/// precision for the walls that count chips or watts.
pub fn groups_of(wall: WallId) -> &'static [Group] {
    match wall {
        WallId::Data => &[Group::Data],
        WallId::Software => &[Group::Software],
        WallId::Compute => &[Group::Compute, Group::Demand],
        WallId::MemoryNetwork => &[Group::MemoryNetwork],
        WallId::Power => &[Group::Power, Group::Datacenter, Group::Demand],
        WallId::Cooling => &[Group::Cooling, Group::Datacenter, Group::Demand],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use firstwall_model::{project, PresetId, Scenario};

    #[test]
    fn words_for_epoch_2030() {
        let projection = project(&Scenario::preset(PresetId::Epoch2030));
        assert_eq!(
            binding_short(projection.first_wall.as_ref()),
            "Power, in 2029"
        );
        assert_eq!(
            the_rest(&projection),
            "Then Compute → Heat (2030), Data (2031), Memory & Network (2033). Cannot bind here: Cooling."
        );
        assert_eq!(run_size(1.46e29), "1.5 × 10²⁹ FLOP (7,300 × GPT\u{2011}4)");
        assert_eq!(year(2029.99), "2029");
    }
}
