//! Printed on every page (a fixed element repeats on each printed page): what the page shows, the
//! active filters, and the source line. Hidden on screen.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::charts::filter_labels;
use upr_core::{format, t, t_with, Arg};

#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = use_app();
    // Made only for printing (between `beforeprint` and `afterprint`), not on every input.
    let text = move || {
        if !state.printing.get() {
            return None;
        }
        let lang = state.lang.get();
        let loaded = state.data.get().and_then(|r| r.ok())?;
        let ds = &loaded.dataset;
        let q = state.shown.get();
        // The same words as the charts' scope line.
        let filters = filter_labels(ds, &q, lang).join("; ");
        let filters = if filters.is_empty() {
            t(lang, "print-no-filters")
        } else {
            filters
        };
        let docs: Vec<String> = ds
            .cycles
            .iter()
            .flat_map(|c| c.documents.iter().map(|&d| ds.documents[d].id.clone()))
            .take(3)
            .collect();
        let source = t_with(
            lang,
            "print-source",
            &[
                ("title", Arg::Str(ds.title.get(lang).to_string())),
                ("date", Arg::Str(format::date(lang, ds.as_of))),
                ("documents", Arg::Str(docs.join(", "))),
            ],
        );
        // The view's own address (the address bar may be a frame behind).
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        let url = format!("{origin}{}", state.href(&state.address.get()));
        Some((filters, source, url))
    };
    view! {
        <div class="print-header" aria-hidden="true" data-testid="print-header">
            {move || text().map(|(filters, source, url)| view! {
                <p class="print-filters" data-testid="print-filters">{filters}</p>
                <p class="print-source" data-testid="print-source">{source}</p>
                <p class="print-url">{url}</p>
            })}
        </div>
    }
}
