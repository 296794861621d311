//! `/loop`: Human with AI — the source diagram as a live, interactive diagram tied to this app:
//! the AI row is First Wall's own work (what it learned, how it reasons, what it infers for your
//! scenario); the human row asks you to verify the assumptions that matter most before "Action"
//! (sharing or exporting) is enabled.

mod detail;
mod diagram;
mod stages;
mod verify;

use firstwall_model::param::ParamId;
use firstwall_model::sweep::sensitivity;
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::state::AppState;
use crate::ui::ViewPage;
use stages::Stage;

/// The assumptions the checklist asks about: those that move the first wall most.
const CHECKS: usize = 4;

/// The checklist's state: the assumptions to check and those the visitor has checked.
#[derive(Clone, Copy)]
struct Checks {
    /// The assumptions that move the first wall most, for the scenario on screen.
    to_check: Memo<Vec<ParamId>>,
    /// Those ticked.
    checked: RwSignal<Vec<ParamId>>,
}

impl Checks {
    /// The assumptions that move the first wall most for the scenario, none checked yet; a new
    /// scenario asks for a new check.
    fn new(state: AppState) -> Self {
        let to_check = Memo::new(move |_| {
            state.effective.with(|scenario| {
                sensitivity(scenario)
                    .into_iter()
                    .take(CHECKS)
                    .map(|swing| swing.param)
                    .collect::<Vec<ParamId>>()
            })
        });
        let checked = RwSignal::new(Vec::<ParamId>::new());
        Effect::new(move |_| {
            to_check.track();
            checked.set(Vec::new());
        });
        Self { to_check, checked }
    }

    /// Whether every assumption is checked; tracked.
    fn verified(self) -> bool {
        self.to_check
            .with(|all| all.iter().all(|p| self.checked.with(|c| c.contains(p))))
    }
}

/// The Human with AI view.
#[component]
pub fn HumanLoopView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selected = RwSignal::new(Stage::Thought);
    crate::shell::links::bind(
        "stage",
        selected,
        |id| Stage::ALL.into_iter().find(|stage| stage.id() == id),
        |stage| stage.id().to_owned(),
    );
    let checks = Checks::new(state);

    view! {
        <ViewPage view=ViewId::HumanLoop>
            <diagram::LoopDiagram selected=selected checks=checks />
            <detail::StageDetail selected=selected />
            <div id="verify-figure">
                <verify::Verify checks=checks />
            </div>
        </ViewPage>
    }
}

/// The presentation's scroll view (a phone): the loop diagram at a stage, on its own.
#[component]
pub fn LoopScene(
    /// The stage selected, by its id.
    stage: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let selected = RwSignal::new(
        Stage::ALL
            .into_iter()
            .find(|s| s.id() == stage)
            .unwrap_or(Stage::Thought),
    );
    view! { <diagram::LoopDiagram selected=selected checks=Checks::new(state) /> }
}

/// The presentation's scroll view: the checklist, on its own.
#[component]
pub fn VerifyScene() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div id="verify-figure">
            <verify::Verify checks=Checks::new(state) />
        </div>
    }
}
