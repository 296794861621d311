//! `/memory`: the memory wall — the trends behind it, and the roofline of decoding on a chip the
//! visitor picks.

mod growth;
mod roofline;

use firstwall_model::accelerators::Accelerator;
use firstwall_model::roofline::DECODE_LEVERS;
use firstwall_model::source::{self, Citation};
use leptos::prelude::*;

use crate::routes::ViewId;
use crate::ui::ViewPage;

/// A model to decode, with where its size comes from.
struct ModelChoice {
    id: &'static str,
    label: &'static str,
    params: f64,
    active_params: f64,
    source: Citation,
}

const MODELS: [ModelChoice; 3] = [
    ModelChoice {
        id: "llama2-70b",
        label: "Llama 2 70B (dense)",
        params: 70e9,
        active_params: 70e9,
        source: Citation {
            source: &source::LLAMA2,
            locator: "70B parameters, 80 layers, grouped-query attention",
        },
    },
    ModelChoice {
        id: "gpt3-175b",
        label: "GPT-3 175B (dense)",
        params: 175e9,
        active_params: 175e9,
        source: Citation {
            source: &source::BROWN_2020,
            locator: "175B parameters",
        },
    },
    ModelChoice {
        id: "deepseek-v3",
        label: "DeepSeek-V3 (671B, 37B active per token)",
        params: 671e9,
        active_params: 37e9,
        source: Citation {
            source: &source::DEEPSEEK_V3,
            locator: "671B parameters, 37B activated per token (mixture-of-experts)",
        },
    },
];

/// Precisions the view offers: bytes per parameter and a label.
const PRECISIONS: [(f64, &str); 3] = [
    (2.0, "16-bit (BF16)"),
    (1.0, "8-bit (FP8 / INT8)"),
    (0.5, "4-bit (INT4)"),
];
const BATCHES: [u32; 7] = [1, 4, 16, 64, 256, 512, 1024];
const CONTEXTS: [u32; 4] = [1024, 4096, 32_768, 131_072];
const START_YEARS: [u32; 4] = [2016, 2018, 2020, 2022];
const GROWTH_YEARS: u32 = 10;

/// Keeps the view's choices in the address (`chip llm bpp batch ctx dec from`); values that are not
/// among the menus' choices are ignored with a notice.
fn bind_settings(settings: Settings) {
    use crate::shell::links::bind;
    let Settings {
        accelerator,
        model,
        bytes,
        batch,
        context,
        levers,
        start_year,
    } = settings;
    let text = |id: &String| id.clone();
    bind(
        "chip",
        accelerator,
        |id| Accelerator::lookup(id).map(|a| a.id.to_owned()),
        text,
    );
    bind(
        "llm",
        model,
        |id| MODELS.iter().find(|m| m.id == id).map(|m| m.id.to_owned()),
        text,
    );
    bind(
        "bpp",
        bytes,
        |b| {
            let b: f64 = b.parse().ok()?;
            PRECISIONS.iter().any(|(p, _)| *p == b).then_some(b)
        },
        f64::to_string,
    );
    let one_of =
        |choices: &'static [u32]| move |n: &str| n.parse().ok().filter(|n| choices.contains(n));
    bind("batch", batch, one_of(&BATCHES), u32::to_string);
    bind("ctx", context, one_of(&CONTEXTS), u32::to_string);
    bind("from", start_year, one_of(&START_YEARS), u32::to_string);
    bind(
        "dec",
        levers,
        |ids| {
            ids.split(',')
                .filter(|id| !id.is_empty())
                .map(|id| DECODE_LEVERS.iter().find(|l| l.id == id).map(|l| l.id))
                .collect::<Option<Vec<_>>>()
        },
        |on| on.join(","),
    );
}

/// The view's choices, each in the address.
#[derive(Clone, Copy)]
struct Settings {
    accelerator: RwSignal<String>,
    model: RwSignal<String>,
    bytes: RwSignal<f64>,
    batch: RwSignal<u32>,
    context: RwSignal<u32>,
    levers: RwSignal<Vec<&'static str>>,
    start_year: RwSignal<u32>,
}

impl Settings {
    /// The view's own defaults: an H100 answering with Llama 2 70B at 16 bits, one sequence.
    fn defaults() -> Self {
        Self {
            accelerator: RwSignal::new("h100".to_owned()),
            model: RwSignal::new("llama2-70b".to_owned()),
            bytes: RwSignal::new(2.0f64),
            batch: RwSignal::new(1u32),
            context: RwSignal::new(4096u32),
            levers: RwSignal::new(Vec::<&'static str>::new()),
            start_year: RwSignal::new(2018u32),
        }
    }
}

/// The Memory wall view.
#[component]
pub fn MemoryView() -> impl IntoView {
    let settings = Settings::defaults();
    bind_settings(settings);
    view! {
        <ViewPage
            view=ViewId::Memory
            lead=Box::new(move || view! { <roofline::RooflineSection settings=settings /> }.into_any())
        >
            <growth::GrowthSection start_year=settings.start_year />
        </ViewPage>
    }
}

/// The presentation's scroll view (a phone): the roofline at the view's defaults, on its own.
#[component]
pub fn RooflineScene() -> impl IntoView {
    view! { <roofline::RooflineSection settings=Settings::defaults() /> }
}
