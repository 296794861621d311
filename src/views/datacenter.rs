//! `/datacenter`: compute, network, power and cooling as one coupled system.

use firstwall_model::datacenter::{design_scenario, Design};
use firstwall_model::param::{Group, PARAMS};
use firstwall_model::ParamId;
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::state::AppState;
use crate::ui::{ParamControl, Section, ViewPage};

mod chain_diagram;
mod era_comparison;
mod power_flow;
mod site_picker;
mod site_results;

use chain_diagram::ChainDiagram;
use era_comparison::EraComparison;
use power_flow::PowerFlow;
use site_picker::SitePicker;
use site_results::SiteResults;

/// The site the model designs from the shared scenario (levers included); an error only for an
/// accelerator without published power, which the scenario cannot choose.
pub(crate) type DesignResult = Result<Design, String>;

/// The site the scenario designs, as it changes.
fn design_memo(state: AppState) -> Memo<DesignResult> {
    Memo::new(move |_| {
        state
            .effective
            .with(|s| design_scenario(s).map_err(|e| e.to_string()))
    })
}

/// The presentation's scroll view (a phone): the chain, on its own.
#[component]
pub fn ChainScene() -> impl IntoView {
    let design = design_memo(expect_context::<AppState>());
    view! {
        <div id="chain-figure">
            <ChainDiagram design=design />
        </div>
    }
}

/// The Data center view: choose a site, see its power, racks, cooling and year, follow the
/// power from the grid to the chips, and watch a change ripple through the chain.
#[component]
pub fn DatacenterView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let design = design_memo(state);
    let sizing_by_power =
        Memo::new(move |_| state.scenario.with(|s| s.base.get(ParamId::Sizing) >= 1.0));
    let inputs = PARAMS
        .iter()
        .zip(ParamId::ALL)
        .filter(|(spec, _)| spec.group == Group::Datacenter)
        .map(|(_, &id)| id)
        .chain([
            ParamId::Utilization,
            ParamId::PrecisionSpeedup,
            ParamId::RunMonths,
        ])
        .map(|id| {
            let shown = move || match id {
                ParamId::AcceleratorCount => !sizing_by_power.get(),
                ParamId::FacilityMw => sizing_by_power.get(),
                _ => true,
            };
            view! {
                <div class="dc-input" class:hidden=move || !shown()>
                    <ParamControl param=id />
                </div>
            }
        })
        .collect_view();
    // On a phone the inputs and the results are one column: a line of the key results stays at
    // the top of the inputs while they scroll (UX audit: the results went out of view).
    let summary = move || {
        design.with(|d| {
            d.as_ref().ok().map(|d| {
                format!(
                    "{} MW at the meter · {} MW of IT · {}",
                    firstwall_model::format::figure(d.facility_power_mw),
                    firstwall_model::format::figure(d.it_power_mw),
                    if d.cooling_feasible {
                        "cooling works"
                    } else {
                        "cannot be cooled"
                    }
                )
            })
        })
    };
    let lead = move || {
        view! {
            <div id="chain-figure">
                <ChainDiagram design=design />
            </div>
            <PowerFlow design=design />
        }
        .into_any()
    };
    view! {
        <ViewPage view=ViewId::Datacenter lead=Box::new(lead)>
            <SitePicker />
            <div class="dc-layout">
                <Section id="dc-inputs-title" title="Build it" class="dc-inputs">
                    <p class="dc-summary" aria-hidden="true">{summary}</p>
                    {inputs}
                </Section>
                <SiteResults design=design />
            </div>
            <EraComparison />
        </ViewPage>
    }
}
