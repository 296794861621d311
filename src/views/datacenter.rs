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

/// The Data center view: choose a site, see its power, racks, cooling and year, follow the
/// power from the grid to the chips, and watch a change ripple through the chain.
#[component]
pub fn DatacenterView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let design: Memo<DesignResult> = Memo::new(move |_| {
        state
            .effective
            .with(|s| design_scenario(s).map_err(|e| e.to_string()))
    });
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
    view! {
        <ViewPage view=ViewId::Datacenter>
            <SitePicker />
            <div class="dc-layout">
                <Section id="dc-inputs-title" title="Build it" class="dc-inputs">
                    {inputs}
                </Section>
                <SiteResults design=design />
            </div>
            <ChainDiagram design=design />
            <PowerFlow design=design />
            <EraComparison />
        </ViewPage>
    }
}
