//! The chain link of the source diagrams: compute → heat → cooling → power, one system.

use firstwall_model::format;
use firstwall_model::walls::WallId;
use leptos::prelude::*;

use super::DesignResult;
use crate::state::AppState;
use crate::ui::Section;

/// Four links that show how a change ripples through the others: compute makes heat, heat needs
/// cooling, cooling and compute need power. Each change replays the ripple (not under reduced
/// motion), and the link that now binds is flagged with the reason.
#[component]
pub fn ChainDiagram(
    /// The designed site.
    design: Memo<DesignResult>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let links = move || {
        let Ok(d) = design.get() else {
            return ().into_any();
        };
        let first = state
            .projection
            .with(|p| p.first_wall.map(|b| (b.wall, b.year)));
        let per = d.per_accelerator;
        let peak = per.accelerator.bf16_flop_per_s * d.accelerators;
        let cooling_plant_mw = d
            .flows
            .iter()
            .find(|f| f.to == firstwall_model::datacenter::Node::CoolingPlant)
            .map_or(0.0, |f| f.mw);
        let binds = |wall: WallId| first.is_some_and(|(w, _)| w == wall);
        let year = first.map_or(2040.0, |(_, y)| y.floor());
        let items = [
            (
                "compute",
                "Compute",
                format!(
                    "{} accelerators, {} FLOP/s at 16-bit",
                    format::grouped(d.accelerators),
                    format::scientific(peak, 2)
                ),
                binds(WallId::Compute)
                    .then(|| format!("Chip supply is the first wall, in {year:.0}")),
            ),
            (
                "heat",
                "Heat",
                format!(
                    "{} MW of IT heat; {:.0} kW in every rack",
                    format::figure(d.it_power_mw),
                    d.rack_power_kw
                ),
                None,
            ),
            (
                "cooling",
                "Cooling",
                format!(
                    "{}: up to {:.0} kW a rack; plant draws {} MW",
                    d.cooling.label(),
                    d.cooling.spec().rack_limit_kw,
                    format::figure(cooling_plant_mw)
                ),
                if d.cooling_feasible {
                    binds(WallId::Cooling)
                        .then(|| format!("Cooling capacity is the first wall, in {year:.0}"))
                } else {
                    Some(format!(
                        "Rack at {:.0} kW: {} cannot remove it",
                        d.rack_power_kw,
                        d.cooling.label()
                    ))
                },
            ),
            (
                "power",
                "Power",
                format!(
                    "{} MW at the meter, PUE {:.2}, {}",
                    format::figure(d.facility_power_mw),
                    per.pue,
                    if d.chain == firstwall_model::datacenter::PowerChain::Ac {
                        "AC"
                    } else {
                        "800 V DC"
                    }
                ),
                binds(WallId::Power)
                    .then(|| format!("Power for one run is the first wall, in {year:.0}")),
            ),
        ];
        items
            .into_iter()
            .enumerate()
            .map(|(i, (id, name, value, flag))| {
                let flagged = flag.is_some();
                view! {
                    <li
                        class="chain-link ripple"
                        class:flagged=flagged
                        data-link=id
                        style:animation-delay=format!("{}ms", i * 160)
                    >
                        <span class="chain-name">{name}</span>
                        <span class="chain-value">{crate::ui::glossary::with_term(value, "PUE", "pue")}</span>
                        {flag.map(|text| view! { <span class="chain-flag">{text}</span> })}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <Section id="chain-title" title="One chain: compute → heat → cooling → power" class="chain">
            <p class="prose">
                "More chips make more heat, denser heat needs other cooling, and both need power. "
                "Change anything below and watch it travel."
            </p>
            <ol class="chain-links" id="chain-links" aria-live="polite">
                {links}
            </ol>
        </Section>
    }
}
