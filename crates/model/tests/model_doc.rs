//! `docs/MODEL.md` lists every input with its default, range, evidence tier, date and source. This
//! test keeps that table equal to the registry: change a parameter and the test fails until the
//! page says the same (`FIRSTWALL_BLESS=1 cargo test -p firstwall-model --test model_doc`
//! rewrites the table).

use firstwall_model::format;
use firstwall_model::param::{removed, Param, REMOVED};
use firstwall_model::PARAMS;

const DOC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/MODEL.md");
const START: &str = "<!-- inputs:start -->\n";
const END: &str = "<!-- inputs:end -->";

/// A table cell: no pipes, no line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn value(param: &Param, value: f64) -> String {
    match param.option(value) {
        Some(choice) => format!("`{}`", choice.id),
        None if param.is_choice() => format::short(value),
        None => format!("{} {}", format::short(value), param.unit),
    }
}

fn inputs_table() -> String {
    let mut table = String::from(
        "| Input | Default | Plausible range | Evidence | Source |\n|---|---|---|---|---|\n",
    );
    for param in &PARAMS {
        let range = if param.is_choice() {
            param
                .options
                .iter()
                .map(|choice| format!("`{}`", choice.id))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            format!("{}–{}", format::short(param.low), format::short(param.high))
        };
        let source = param.source.source;
        let title = if source.url.is_empty() {
            format!("*{}*", cell(source.title))
        } else {
            format!("[*{}*]({})", cell(source.title), source.url)
        };
        table.push_str(&format!(
            "| `{}` {} | {} | {} | {}, {} | {} ({}), {}: {} |\n",
            param.id,
            cell(param.label),
            value(param, param.default),
            range,
            param.evidence.id(),
            param.as_of,
            cell(source.authors),
            source.year,
            title,
            cell(param.source.locator),
        ));
    }
    table
}

#[test]
fn model_doc_inputs_table_matches_the_registry() {
    let doc = std::fs::read_to_string(DOC_PATH).expect("docs/MODEL.md");
    let start = doc.find(START).expect("the inputs:start marker") + START.len();
    let end = doc.find(END).expect("the inputs:end marker");
    let want = inputs_table();
    if doc[start..end] == want {
        return;
    }
    if std::env::var_os("FIRSTWALL_BLESS").is_some() {
        let updated = format!("{}{want}{}", &doc[..start], &doc[end..]);
        std::fs::write(DOC_PATH, updated).expect("docs/MODEL.md is writable");
        return;
    }
    panic!(
        "docs/MODEL.md's inputs table differs from the registry; rerun with FIRSTWALL_BLESS=1 to \
         rewrite it. The registry says:\n{want}"
    );
}

#[test]
fn model_doc_names_every_removed_parameter() {
    let doc = std::fs::read_to_string(DOC_PATH).expect("docs/MODEL.md");
    for old in &REMOVED {
        assert!(doc.contains(&format!("`{}`", old.id)), "{}", old.id);
        assert_eq!(removed(old.id).map(|r| r.id), Some(old.id));
    }
}
