//! Non-fatal dataset problems: a notice the reader can open for details or dismiss.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::{t_count, DataIssue};

#[component]
pub fn Warnings(warnings: Vec<DataIssue>) -> impl IntoView {
    let state = use_app();
    let (dismissed, set_dismissed) = signal(false);
    let count = warnings.len();
    let show = move || count > 0 && !dismissed.get();
    let items = move || {
        let lang = state.lang.get();
        warnings
            .iter()
            .map(|w| view! { <li><code>{w.path.clone()}</code>": "{w.message(lang)}</li> })
            .collect_view()
    };
    view! {
        <Show when=show>
            <aside class="notice" role="status" data-testid="warnings">
                <p>{move || t_count(state.lang.get(), "warnings-title", count)}</p>
                <details>
                    <summary>{state.t("show-details")}</summary>
                    <ul>{items.clone()}</ul>
                </details>
                <button type="button" on:click=move |_| set_dismissed.set(true) data-testid="dismiss-warnings">{state.t("dismiss")}</button>
            </aside>
        </Show>
    }
}
