//! The words a visitor may not know (FLOP, H100-equivalent, MFU, PUE…), explained where they
//! appear: hovering, focusing or tapping a marked term shows its meaning (on a phone, along the
//! bottom of the screen), and each view lists them all in a fold at its foot.

use leptos::prelude::*;

/// A term and what it means, in plain words.
pub struct Entry {
    /// The id its mentions refer to (`gloss-{id}`).
    pub id: &'static str,
    /// The term as the list shows it.
    pub term: &'static str,
    /// What it means.
    pub meaning: &'static str,
}

/// Every term the site explains, in alphabetical order.
pub const GLOSSARY: [Entry; 9] = [
    Entry {
        id: "binds",
        term: "Binds (a wall)",
        meaning: "A wall binds in the year the largest training run that demand asks for reaches \
                  the wall's ceiling: from then on the wall, not demand, sets how large a run can be.",
    },
    Entry {
        id: "flop",
        term: "FLOP",
        meaning: "Floating-point operations: the arithmetic a training run does in all. GPT-4's \
                  training took about 2 × 10²⁵ FLOP (Epoch AI's estimate).",
    },
    Entry {
        id: "h100e",
        term: "H100-equivalent",
        meaning: "A count of AI chips in units of one NVIDIA H100's computing power (989 TFLOP/s \
                  dense at 16-bit, NVIDIA's figure), so that different chips can be added up.",
    },
    Entry {
        id: "knee",
        term: "Knee (data movement)",
        meaning: "The run size past which moving data between chips starts to cut utilization: \
                  beyond it, twice the chips buy less than twice the compute.",
    },
    Entry {
        id: "memory-bound",
        term: "Memory-bound, compute-bound",
        meaning: "A chip is memory-bound when it waits for data from memory and compute-bound \
                  when its arithmetic units are the limit; the ridge point divides the two.",
    },
    Entry {
        id: "mfu",
        term: "MFU",
        meaning: "Model FLOP utilization: the share of the chips' peak arithmetic a training run \
                  actually uses; Meta reports 38–43 % for Llama 3's largest run.",
    },
    Entry {
        id: "plausible-world",
        term: "Plausible world",
        meaning: "One draw of every uncertain assumption from its published range. A draw that \
                  puts a wall below a training run that already happened is not plausible and is \
                  dropped.",
    },
    Entry {
        id: "pue",
        term: "PUE",
        meaning: "Power usage effectiveness: the power a data center draws from the grid divided \
                  by the power its IT equipment uses. 1.0 would mean no overhead; halls with \
                  direct-to-chip liquid cooling publish 1.1–1.25.",
    },
    Entry {
        id: "ridge",
        term: "Ridge point",
        meaning: "The arithmetic intensity (FLOP per byte read from memory) at which a chip \
                  computes as fast as it fetches: below it, the chip waits for memory.",
    },
];

/// The entry with `id`.
fn entry(id: &str) -> Option<&'static Entry> {
    GLOSSARY.iter().find(|e| e.id == id)
}

/// A mention of glossary term `id`: the words (its children) marked, its meaning shown on hover,
/// focus or tap, and given to screen readers as its description.
#[component]
pub fn Term(
    /// The glossary entry's id.
    id: &'static str,
    /// The words as the sentence has them.
    children: Children,
) -> impl IntoView {
    let meaning = entry(id).map_or("", |e| e.meaning);
    view! {
        <span class="term" tabindex="0" data-tip=meaning aria-describedby=format!("gloss-{id}")>
            {children()}
        </span>
    }
}

/// `text` with its first `phrase` marked as a mention of glossary term `id` (the text unchanged
/// when the phrase is not in it).
pub fn with_term(text: impl Into<String>, phrase: &'static str, id: &'static str) -> AnyView {
    let text = text.into();
    match text.find(phrase) {
        Some(at) => {
            let before = text[..at].to_owned();
            let after = text[at + phrase.len()..].to_owned();
            view! { {before} <Term id=id>{phrase}</Term> {after} }.into_any()
        }
        None => text.into_any(),
    }
}

/// Words of the assumptions' labels that the glossary explains, and their entries.
const LABEL_TERMS: [(&str, &str); 3] = [("MFU", "mfu"), ("knee", "knee"), ("PUE", "pue")];

/// An assumption's label with its first glossary word marked.
pub fn label_with_terms(label: &'static str) -> AnyView {
    match LABEL_TERMS.iter().find(|(word, _)| label.contains(word)) {
        Some(&(word, id)) => with_term(label, word, id),
        None => label.into_any(),
    }
}

/// The view's glossary, in a fold at its foot (the mentions' descriptions point here).
#[component]
pub fn GlossaryList() -> impl IntoView {
    view! {
        <details class="fold glossary" id="glossary">
            <summary>"Glossary"</summary>
            <dl>
                {GLOSSARY
                    .iter()
                    .map(|e| {
                        view! {
                            <dt>{e.term}</dt>
                            <dd id=format!("gloss-{}", e.id)>{e.meaning}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures the glossary quotes are the registry's, with its sources.
    #[test]
    fn the_glossarys_figures_are_the_registrys() {
        let meaning = |id| entry(id).map_or("", |e| e.meaning);
        let gpt4 = firstwall_model::demand::DemandTrend::EPOCH_2030_REPORT.reference_flop;
        assert_eq!(gpt4, 2e25);
        assert!(meaning("flop").contains("2 × 10²⁵"));
        let h100 = firstwall_model::accelerators::Accelerator::lookup("h100").unwrap();
        assert_eq!((h100.bf16_flop_per_s / 1e12).floor(), 989.0);
        assert!(meaning("h100e").contains("989 TFLOP/s"));
        let mfu = firstwall_model::ParamId::Utilization.spec().source.locator;
        assert!(mfu.contains("38–43 %"), "{mfu}");
        assert!(meaning("mfu").contains("38–43 %"));
        let liquid = firstwall_model::datacenter::Cooling::DirectLiquid.spec();
        assert_eq!((liquid.pue_low, liquid.pue_high), (1.1, 1.25));
        assert!(meaning("pue").contains("1.1–1.25"));
    }

    #[test]
    fn the_glossary_is_sorted_with_unique_ids() {
        for pair in GLOSSARY.windows(2) {
            assert!(
                pair[0].term.to_lowercase() < pair[1].term.to_lowercase(),
                "{}",
                pair[1].term
            );
        }
        for e in &GLOSSARY {
            assert_eq!(
                GLOSSARY.iter().filter(|o| o.id == e.id).count(),
                1,
                "{}",
                e.id
            );
            assert!(e.meaning.ends_with('.'), "{}", e.id);
        }
    }
}
