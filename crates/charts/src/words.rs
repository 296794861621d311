//! The words for the model's answer that the Walls view shows and the first paint prints
//! (`firstwall first-paint`): shared phrasing, so that both say the same thing the same way.

use firstwall_model::demand::DemandTrend;
use firstwall_model::format;
use firstwall_model::projection::{Binding, Projection, LAST_YEAR};
use firstwall_model::walls::{ComponentId, WallId};

/// The calendar year in which a fractional year falls: 2029.7 is "2029".
pub fn year(year: f64) -> String {
    format!("{:.0}", year.floor())
}

/// The name of the reference run, with a non-breaking hyphen so that a line never breaks
/// inside it ("GPT-" / "4", UX audit B8).
pub const GPT4: &str = "GPT\u{2011}4";

/// A run size for people: "1.5 × 10²⁹ FLOP (7,300 × GPT‑4)".
pub fn run_size(flop: f64) -> String {
    format!(
        "{} FLOP ({})",
        format::scientific(flop, 2),
        times_gpt4(flop)
    )
}

/// A run size as a multiple of GPT-4's: "7,300 × GPT‑4".
pub fn times_gpt4(flop: f64) -> String {
    let gpt4 = DemandTrend::EPOCH_2030_REPORT.reference_flop;
    let times = format::round_significant(flop / gpt4, 2);
    format!("{} × {GPT4}", format::grouped(times))
}

/// "Power, in 2029" or "no wall before 2040".
pub fn binding_short(binding: Option<&Binding>) -> String {
    match binding {
        Some(b) => format!("{}, in {}", b.wall.label(), year(b.year)),
        None => format!("no wall before {LAST_YEAR}"),
    }
}

/// The first wall in plain words, by what binds: "Power runs out first: by 2029 no developer can
/// get enough electricity to train the next-larger model."
pub fn plain_verdict(binding: &Binding) -> String {
    let by = year(binding.year);
    match binding.component {
        ComponentId::DataStock => format!(
            "Data runs out first: by {by} there is not enough usable text and other data to \
             train the next-larger model well."
        ),
        ComponentId::ChipProduction => format!(
            "Chips run out first: by {by} not enough accelerators have been built to train the \
             next-larger model in the time a run takes."
        ),
        ComponentId::DataMovement => format!(
            "Memory gives out first: by {by} chips spend so long waiting for data from memory \
             that the next-larger run cannot be done in time."
        ),
        ComponentId::Latency => format!(
            "The network gives out first: by {by} the time messages take between chips stops \
             the next-larger run from using more of them."
        ),
        ComponentId::InterSiteBandwidth => format!(
            "The network gives out first: by {by} the links between data centers cannot carry \
             what the next-larger run needs to exchange."
        ),
        ComponentId::SpeedOfLight => format!(
            "Distance gives out first: by {by} light is too slow between the sites the \
             next-larger run would need."
        ),
        ComponentId::PowerForOneRun => format!(
            "Power runs out first: by {by} no developer can get enough electricity to train \
             the next-larger model."
        ),
        ComponentId::LiquidCooling => format!(
            "Cooling runs out first: by {by} not enough liquid cooling is installed to carry \
             away the heat of the next-larger run."
        ),
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
        assert_eq!(
            plain_verdict(projection.first_wall.as_ref().unwrap()),
            "Power runs out first: by 2029 no developer can get enough electricity to train the \
             next-larger model."
        );
        assert_eq!(run_size(1.46e29), "1.5 × 10²⁹ FLOP (7,300 × GPT\u{2011}4)");
        assert_eq!(year(2029.99), "2029");
    }
}
