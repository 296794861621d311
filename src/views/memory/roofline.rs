//! The roofline of decoding on one chip: the visitor's chip, model, precision, batch and
//! context, the decode levers, the verdict and the chart.

use firstwall_charts::memory::{roofline_svg_sized, roofline_table_html};
use firstwall_model::accelerators::{Accelerator, ACCELERATORS};
use firstwall_model::roofline::{
    default_kv_bytes_per_token, roofline, Bound, Roofline, Workload, DECODE_LEVERS, KV_SOURCE,
};
use leptos::prelude::*;

use super::{Settings, BATCHES, CONTEXTS, MODELS, PRECISIONS};
use crate::format;
use crate::ui::{menu, Figure, Section, SourceLink, TableMode};

/// The chart's height embedded alone (`only=roofline`), pixels.
const CHART_ALONE_PX: f64 = 240.0;

/// The roofline section.
#[component]
pub fn RooflineSection(
    /// The view's choices.
    settings: Settings,
) -> impl IntoView {
    let Settings {
        accelerator,
        model,
        bytes,
        batch,
        context,
        levers,
        ..
    } = settings;
    let width = RwSignal::new(crate::ui::width::guess());
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
    // Embedded alone (`only=roofline`), a shorter chart, to fit a blog's column.
    let height = crate::shell::only::shows_alone("roofline").then_some(CHART_ALONE_PX);
    view! {
            <Section
                id="roofline-heading"
                title="Is it memory or compute? Decoding on one chip"
                class="roofline-section"
            >
                <div id="roofline-figure">
                    <div id="roofline-verdict" class="figure" role="status" aria-live="polite">
                        {move || {
                            result
                                .get()
                                .map(|r| verdict_view(&r, speedup()))
                                .unwrap_or_else(|| view! { <p>"This combination is not valid."</p> }.into_any())
                        }}
                    </div>
                    <Figure
                        id="roofline-chart"
                        name="Roofline"
                        class="roofline-wrap"
                        svg=Signal::derive(move || {
                            let width = width.get();
                            result.with(|r| r.as_ref().map(|r| roofline_svg_sized(r, width, height)).unwrap_or_default())
                        })
                        caption="Attainable FLOP/s rises with arithmetic intensity until the ridge point, \
                                 then stays at the chip's peak. The dot is this workload."
                        table=roofline_table
                        mode=TableMode::Folded("Data table: the roofline's numbers")
                        width=width
                    />
                </div>
                <p class="prose">
                    "Generating text reads every weight of the model once per step to make one "
                    "token for each sequence in the batch: about 2 operations per byte at 16 bits. "
                    "A chip can do hundreds of operations in the time it fetches one byte (its "
                    <crate::ui::glossary::Term id="ridge">"ridge point"</crate::ui::glossary::Term>
                    "), so at small batches decoding waits for memory: it is "
                    <crate::ui::glossary::Term id="memory-bound">"memory-bound"</crate::ui::glossary::Term>
                    ". Pick a chip, a model and a batch under the chart."
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
            </Section>
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
