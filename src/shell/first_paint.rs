//! What the page's first paint showed (`scripts/entries.mjs`), kept for a view that shows the same
//! until it has its own: the Uncertainty view's default answer, computed when the site was built,
//! stays in its place while the view's own sweep runs, instead of "Sweeping…" between two copies
//! of the same answer.

use std::cell::RefCell;

thread_local! {
    /// The inside of the first paint's `.sweep-results`, if it was shown.
    static SWEEP_ANSWER: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps what the first paint (`#boot`) shows of an answer, before the app mounts (its views take
/// it as they are built). Only an answer that is on screen, by the style sheet's own test:
/// `public/boot.js` marks an address that asks for the default with its view's path
/// (`data-default-answer` on `<html>`), which must be the entry's own (`data-path` on `#boot`).
pub fn keep_answers() {
    let document = leptos::prelude::document();
    let Some(boot) = document.get_element_by_id("boot") else {
        return;
    };
    let asked = document
        .document_element()
        .and_then(|root| root.get_attribute("data-default-answer"));
    if asked.is_none() || asked != boot.get_attribute("data-path") {
        return;
    }
    if let Ok(Some(results)) = boot.query_selector(".boot-answer .sweep-results") {
        SWEEP_ANSWER.with(|kept| *kept.borrow_mut() = Some(results.inner_html()));
    }
}

/// The Uncertainty view's answer that the first paint showed, once (then it is gone).
pub fn take_sweep_answer() -> Option<String> {
    SWEEP_ANSWER.with(|kept| kept.borrow_mut().take())
}
