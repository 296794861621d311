//! `/memory`: the memory wall — the trends behind it, and the roofline of decoding on a chip the
//! visitor picks.

use firstwall_charts::memory::{growth_svg, growth_table_html, roofline_svg, roofline_table_html};
use firstwall_model::accelerators::{Accelerator, ACCELERATORS};
use firstwall_model::roofline::{
    default_kv_bytes_per_token, roofline, Bound, Roofline, Workload, DECODE_LEVERS, KV_SOURCE,
};
use firstwall_model::source::{self, Citation};
use leptos::prelude::*;

use crate::format;
use crate::routes::ViewId;
use crate::ui::{ExportMenu, SourceLink, TableFrom, ViewPage};

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
fn bind_settings(
    accelerator: RwSignal<String>,
    model: RwSignal<String>,
    bytes: RwSignal<f64>,
    batch: RwSignal<u32>,
    context: RwSignal<u32>,
    levers: RwSignal<Vec<&'static str>>,
    start_year: RwSignal<u32>,
) {
    use crate::shell::links::bind;
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

/// The Memory wall view.
#[component]
pub fn MemoryView() -> impl IntoView {
    let accelerator = RwSignal::new("h100".to_owned());
    let model = RwSignal::new("llama2-70b".to_owned());
    let bytes = RwSignal::new(2.0f64);
    let batch = RwSignal::new(1u32);
    let context = RwSignal::new(4096u32);
    let levers = RwSignal::new(Vec::<&'static str>::new());
    let start_year = RwSignal::new(2018u32);
    bind_settings(
        accelerator,
        model,
        bytes,
        batch,
        context,
        levers,
        start_year,
    );

    let result = Memo::new(move |_| {
        let chip: &'static Accelerator =
            Accelerator::lookup(&accelerator.get()).unwrap_or(&ACCELERATORS[1]);
        let m = MODELS
            .iter()
            .find(|m| m.id == model.get())
            .unwrap_or(&MODELS[0]);
        let b = bytes.get();
        Workload::new(
            m.params,
            m.active_params,
            b,
            f64::from(batch.get()),
            f64::from(context.get()),
            default_kv_bytes_per_token(b),
        )
        .ok()
        .map(|w| roofline(chip, &w))
    });
    // Speculative decoding and multi-token prediction multiply tokens/s while decoding is
    // memory-bound (the weights are read once for several tokens).
    let speedup = move || {
        let memory_bound = result.with(|r| r.as_ref().is_some_and(|r| r.bound == Bound::Memory));
        if !memory_bound {
            return 1.0;
        }
        levers.with(|on| {
            DECODE_LEVERS
                .iter()
                .filter(|l| on.contains(&l.id))
                .map(|l| l.memory_bound_speedup)
                .product::<f64>()
        })
    };

    let roofline_table = Memo::new(move |_| {
        result.with(|r| r.as_ref().map(roofline_table_html).unwrap_or_default())
    });
    let growth_table = growth_table_html(GROWTH_YEARS);
    view! {
        <ViewPage view=ViewId::Memory>
            <section class="roofline-section" aria-labelledby="roofline-heading">
                <h2 id="roofline-heading">"Is it memory or compute? Decoding on one chip"</h2>
                <p class="prose">
                    "Generating text reads every weight of the model once per step to make one "
                    "token for each sequence in the batch: about 2 operations per byte at 16 bits. "
                    "A chip can do hundreds of operations in the time it fetches one byte (its "
                    "ridge point), so at small batches decoding waits for memory. Pick a chip, a "
                    "model and a batch, and see which limit you hit."
                </p>
                <form class="sweep-controls" on:submit=|ev| ev.prevent_default()>
                    {menu(
                        "roofline-accelerator",
                        "Accelerator ",
                        ACCELERATORS.iter().map(|a| (a.id.to_owned(), a.name.to_owned())).collect(),
                        accelerator,
                    )}
                    {menu(
                        "roofline-model",
                        "Model ",
                        MODELS.iter().map(|m| (m.id.to_owned(), m.label.to_owned())).collect(),
                        model,
                    )}
                    {menu(
                        "roofline-precision",
                        "Precision ",
                        PRECISIONS.iter().map(|(b, text)| (*b, (*text).to_owned())).collect(),
                        bytes,
                    )}
                    {menu(
                        "roofline-batch",
                        "Batch (sequences) ",
                        BATCHES.iter().map(|b| (*b, format::grouped(f64::from(*b)))).collect(),
                        batch,
                    )}
                    {menu(
                        "roofline-context",
                        "Context (tokens) ",
                        CONTEXTS.iter().map(|c| (*c, format::grouped(f64::from(*c)))).collect(),
                        context,
                    )}
                </form>
                <fieldset class="decode-levers">
                    <legend>"Levers"</legend>
                    {DECODE_LEVERS
                        .iter()
                        .filter(|l| l.memory_bound_speedup > 1.0)
                        .map(|lever| {
                            let id = lever.id;
                            view! {
                                <label class="lever">
                                    <input
                                        type="checkbox"
                                        id=format!("lever-{id}")
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            levers
                                                .update(|l| {
                                                    l.retain(|x| *x != id);
                                                    if on {
                                                        l.push(id);
                                                    }
                                                });
                                        }
                                    />
                                    {lever.label}
                                    " ×" {format::figure(lever.memory_bound_speedup)}
                                    " while memory-bound. "
                                    <span class="lever-effect">{lever.effect}</span>
                                    " "
                                    <SourceLink citation=lever.source />
                                </label>
                            }
                        })
                        .collect_view()}
                    <p class="lever-effect">
                        "8-bit and 4-bit weights are the precision menu above; FlashAttention keeps "
                        "attention's memory linear in the context but leaves the weight reads alone. "
                        <SourceLink citation=DECODE_LEVERS[3].source />
                    </p>
                </fieldset>
                <div id="roofline-verdict" class="figure" role="status" aria-live="polite">
                    {move || {
                        result
                            .get()
                            .map(|r| verdict_view(&r, speedup()))
                            .unwrap_or_else(|| view! { <p>"This combination is not valid."</p> }.into_any())
                    }}
                </div>
                <figure class="chart-figure">
                    <div
                        class="roofline-wrap"
                        id="roofline-chart"
                        tabindex="0"
                        role="region"
                        aria-label="Roofline chart (scrolls sideways on narrow screens)"
                        inner_html=move || result.with(|r| r.as_ref().map(roofline_svg).unwrap_or_default())
                    ></div>
                    <figcaption>
                        "Attainable FLOP/s rises with arithmetic intensity until the ridge point, "
                        "then stays at the chip's peak. The dot is this workload."
                    </figcaption>
                </figure>
                <details class="data-details">
                    <summary>"Data table: the roofline's numbers"</summary>
                    <div
                        class="table-scroll"
                        inner_html=move || roofline_table.get()
                    ></div>
                </details>
                <ExportMenu what="Roofline" figure="#roofline-chart" table=TableFrom::Html(roofline_table.into()) />
                <p class="source-note">
                    {move || {
                        MODELS
                            .iter()
                            .find(|m| m.id == model.get())
                            .map(|m| view! { <SourceLink citation=m.source /> })
                    }}
                    " · KV cache: "
                    <SourceLink citation=KV_SOURCE />
                    " · chips: "
                    {move || {
                        Accelerator::lookup(&accelerator.get()).map(|a| view! { <SourceLink citation=a.source /> })
                    }}
                </p>
            </section>
            <section class="growth-section" aria-labelledby="growth-heading">
                <h2 id="growth-heading">"Why the wall rises: growth per two years"</h2>
                <div class="figure">
                    <p>
                        "The source diagram: language models grow " <strong>"410×"</strong>
                        " and the compute to train them " <strong>"750×"</strong>
                        " every two years, while memory grows only " <strong>"2×"</strong> "."
                    </p>
                    <p class="source-note">
                        "The rates are Gholami et al.'s (IEEE Micro, 2024). Their 2× every two years "
                        "is the memory " <em>"capacity"</em> " of one accelerator; memory "
                        <em>"bandwidth"</em> " grew 1.6× and interconnect bandwidth 1.4× every two "
                        "years, against 3× for peak compute — so the ridge point climbs about 1.9× "
                        "every two years. The 410× and 750× were fit to 2017–2020 and overstate "
                        "growth since (Epoch: training compute 4–5× a year)."
                    </p>
                </div>
                <div class="sweep-controls">
                    {menu(
                        "growth-start",
                        "Start year ",
                        START_YEARS.iter().map(|y| (*y, y.to_string())).collect(),
                        start_year,
                    )}
                </div>
                <figure class="chart-figure">
                    <div
                        class="growth-wrap"
                        id="growth-chart"
                        tabindex="0"
                        role="region"
                        aria-label="Growth chart (scrolls sideways on narrow screens)"
                        inner_html=move || {
                            growth_svg(i32::try_from(start_year.get()).unwrap_or(2018), GROWTH_YEARS)
                        }
                    ></div>
                    <figcaption>
                        {format!(
                            "Each trend from 1× at the start year, over {GROWTH_YEARS} years, on a log scale."
                        )}
                    </figcaption>
                </figure>
                <details class="data-details">
                    <summary>"Data table: the rates"</summary>
                    <div class="table-scroll" inner_html=growth_table.clone()></div>
                </details>
                <ExportMenu
                    what="Growth per two years"
                    figure="#growth-chart"
                    table=TableFrom::Html(Signal::derive(move || growth_table.clone()))
                />
            </section>
        </ViewPage>
    }
}

/// A labelled menu bound to `value`; each option's value travels as `T`'s text.
fn menu<T>(
    id: &'static str,
    label: &'static str,
    options: Vec<(T, String)>,
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Clone + PartialEq + ToString + std::str::FromStr + Send + Sync + 'static,
{
    view! {
        <label>
            {label}
            <select
                id=id
                on:change=move |ev| {
                    if let Ok(chosen) = event_target_value(&ev).parse::<T>() {
                        value.set(chosen);
                    }
                }
            >
                {options
                    .into_iter()
                    .map(|(v, text)| {
                        let selected = value.with_untracked(|current| *current == v);
                        view! { <option value=v.to_string() selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

fn verdict_view(r: &Roofline, speedup: f64) -> AnyView {
    let bound = match r.bound {
        Bound::Memory => "Memory-bound",
        Bound::Compute => "Compute-bound",
    };
    let fits = if r.fits_in_memory {
        format!(
            "Weights and cache ({} GB) fit on one {}.",
            format::figure(r.memory_bytes / 1e9),
            r.accelerator.name
        )
    } else {
        format!(
            "Weights and cache ({} GB) need {} devices ({}, at {:.0} % of each one's memory).",
            format::figure(r.memory_bytes / 1e9),
            format::figure(r.devices),
            r.accelerator.name,
            firstwall_model::roofline::USABLE_MEMORY_SHARE * 100.0
        )
    };
    let tokens = r.tokens_per_s * speedup;
    view! {
        <p class="roofline-headline" data-bound=r.bound.id() data-devices=r.devices.to_string()>
            <strong>{bound}</strong>
            {format!(
                ": {} FLOP per byte against a ridge of {}. At most {} tokens per second across the batch ({} per sequence){}.",
                format::figure(r.arithmetic_intensity_flop_per_byte),
                format::figure(r.ridge_flop_per_byte),
                format::grouped(tokens.round()),
                format::figure(tokens / (r.tokens_per_s / r.tokens_per_s_per_sequence)),
                if speedup > 1.0 { format!(", with the levers ×{}", format::figure(speedup)) } else { String::new() },
            )}
        </p>
        <p>{fits}</p>
        <p class="caveat">
            {format!(
                "The batch reaches the ridge at about {} sequences (dense model, cache aside).",
                format::figure(r.batch_at_ridge)
            )}
        </p>
    }
    .into_any()
}
