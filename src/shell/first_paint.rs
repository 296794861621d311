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
/// it as they are built). Only an answer that is on screen: `public/boot.js` shows one only where
/// the address asks for the default (`data-default-answer` on `<html>`), and never on another
/// view's address (`boot-elsewhere`).
pub fn keep_answers() {
    let Some(boot) = leptos::prelude::document().get_element_by_id("boot") else {
        return;
    };
    let shown = leptos::prelude::document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-default-answer"))
        && !boot.class_list().contains("boot-elsewhere");
    if !shown {
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
