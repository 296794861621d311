//! What the site draws, holds, uses and delivers.

use firstwall_model::demand::DemandTrend;
use firstwall_model::format;
use leptos::prelude::*;

use super::DesignResult;
use crate::state::AppState;
use crate::ui::{ExportMenu, SourceLink, TableFrom};

/// What a figure that assumes the site runs says when it cannot (UX audit B5).
const IF_IT_RAN: &str = " (if it ran)";

fn mw(value: f64) -> String {
    format!("{} MW", format::figure(value))
}

/// The site's figures, the cooling verdict (an alert when the racks cannot be cooled), and what
/// these choices do to the walls.
#[component]
pub fn SiteResults(
    /// The designed site.
    design: Memo<DesignResult>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let gpt4 = DemandTrend::EPOCH_2030_REPORT.reference_flop;
    // The frontier's first wall with these choices: what this site's kind of design does to the
    // walls, whether or not this one site can run (UX audit B5 keeps the two apart).
    let walls_line = move || {
        state.projection.with(|p| match &p.first_wall {
            Some(first) => format!(
                "For the frontier, with data centers like this one, the first wall is {}, in {:.0}.",
                first.wall.label(),
                first.year.floor()
            ),
            None => {
                "For the frontier, with data centers like this one, no wall binds before 2040."
                    .to_owned()
            }
        })
    };
    let facts = NodeRef::<leptos::html::Dl>::new();
    move || match design.get() {
        Err(message) => view! { <p class="notice" role="alert">{message}</p> }.into_any(),
        Ok(d) => {
            let per = d.per_accelerator;
            let feasible = d.cooling_feasible;
            let energy = d.energy;
            view! {
                <section class="dc-results" aria-labelledby="dc-results-title" aria-live="polite">
                    <h2 id="dc-results-title">"What it takes"</h2>
                    <p
                        class="cooling-verdict"
                        class:infeasible=!feasible
                        id="cooling-verdict"
                        role=if feasible { "status" } else { "alert" }
                    >
                        <strong>{if feasible { "Cooling works: " } else { "Cannot be cooled: " }}</strong>
                        {d.cooling_reason.clone()}
                    </p>
                    {d.notes.iter().map(|note| view! { <p class="notice dc-note">{note.clone()}</p> }).collect_view()}
                    <dl class="facts" id="dc-facts" node_ref=facts aria-label="What the data center takes">
                        <dt>"Accelerators"</dt>
                        <dd>{format::grouped(d.accelerators)} " × " {per.accelerator.name}</dd>
                        <dt>"IT power"</dt>
                        <dd id="dc-it">{mw(d.it_power_mw)}</dd>
                        <dt>"Facility power"</dt>
                        <dd id="dc-facility">{mw(d.facility_power_mw)}</dd>
                        <dt><crate::ui::glossary::Term id="pue">"PUE"</crate::ui::glossary::Term></dt>
                        <dd>{format!("{:.2}", per.pue)}</dd>
                        <dt>"Grid to chip"</dt>
                        <dd>
                            {format!(
                                "{:.1} % of the power reaches the boards through the conversion stages ({})",
                                d.chain.grid_to_board_efficiency() * 100.0,
                                d.chain
                                    .facility_stages()
                                    .iter()
                                    .chain(std::iter::once(&d.chain.it_stage()))
                                    .map(|stage| format!("{} {:.1} %", stage.name, stage.efficiency * 100.0))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )}
                            " "
                            <SourceLink citation=d.chain.source() />
                        </dd>
                        <dt>"Per accelerator"</dt>
                        <dd>
                            {format!(
                                "{} W of IT, {} W at the meter (chip {} W)",
                                format::figure(per.it_w),
                                format::figure(per.facility_w),
                                format::figure(per.chip_w)
                            )}
                        </dd>
                        <dt>"Racks"</dt>
                        <dd>
                            {format!(
                                "{} racks of {:.0} kW, {} accelerators each; {} A on a {:.0} V rack bus",
                                format::grouped(d.racks),
                                d.rack_power_kw,
                                d.accelerators_per_rack,
                                format::grouped(d.rack_current_a),
                                d.chain.rack_bus_v()
                            )}
                        </dd>
                        <dt class:moot=!feasible>"Energy in a year" {(!feasible).then_some(IF_IT_RAN)}</dt>
                        <dd class:moot=!feasible>
                            {format!(
                                "{} GWh at the average draw ({:.0} % of nameplate)",
                                format::figure(d.annual_energy_gwh),
                                100.0 * state.effective.with(|s| s.get(firstwall_model::ParamId::LoadFraction))
                            )}
                        </dd>
                        <dt class:moot=!feasible>"Water in a year" {(!feasible).then_some(IF_IT_RAN)}</dt>
                        <dd class:moot=!feasible>{format!("{} m³", format::figure(d.annual_water_m3))}</dd>
                        <dt class:moot=!feasible>"CO₂ in a year" {(!feasible).then_some(IF_IT_RAN)}</dt>
                        <dd class:moot=!feasible>{format!("{} t (operational)", format::figure(d.annual_co2_t))}</dd>
                        <dt class:moot=!feasible>"Energy cost in a year" {(!feasible).then_some(IF_IT_RAN)}</dt>
                        <dd class:moot=!feasible>{format::dollars(d.annual_energy_cost_usd)}</dd>
                        <dt class:moot=!feasible>"Generation to build" {(!feasible).then_some(IF_IT_RAN)}</dt>
                        <dd class:moot=!feasible>
                            {if energy.capacity_factor >= 1.0 {
                                format!("{} of {} connection; {}", mw(d.generation_capacity_mw), energy.choice.label, energy.lead_time)
                            } else {
                                format!(
                                    "{} of {} at a {:.0} % capacity factor; {}",
                                    mw(d.generation_capacity_mw),
                                    energy.choice.label,
                                    energy.capacity_factor * 100.0,
                                    energy.lead_time
                                )
                            }}
                            " "
                            <SourceLink citation=energy.source />
                        </dd>
                        <dt class:moot=!feasible>"Training compute" {(!feasible).then_some(IF_IT_RAN)}</dt>
                        <dd id="dc-flop" class:moot=!feasible>
                            {format!(
                                "{} FLOP a year; {} FLOP in one run ({} × {})",
                                format::scientific(d.training_flop_per_year, 2),
                                format::scientific(d.training_flop_per_run, 2),
                                format::grouped(d.training_flop_per_run / gpt4),
                                crate::views::walls::words::GPT4,
                            )}
                        </dd>
                    </dl>
                    <ExportMenu what="What it takes" table=TableFrom::Page(facts) />
                    <p class="dc-walls" id="dc-walls">
                        {(!feasible).then_some(
                            "This site cannot run as designed, so the figures marked “if it ran” are \
                             what it would take, not what it does. ",
                        )}
                        {walls_line} " The power and cooling walls read this site's PUE and power per chip, \
                        from the year the chosen accelerator led the frontier."
                    </p>
                </section>
            }
            .into_any()
        }
    }
}
