//! One cycle's ratings: a row per status, a column per kind of assessor.

use crate::components::status::StatusLabel;
use crate::state::use_app;
use leptos::prelude::*;
use upr_core::model::StatusCategory;
use upr_core::summary::CycleSummary;
use upr_core::t;

/// One row per status and one column per kind of assessor: the status words stand in full as
/// row headers, and a card holds the table however many kinds have rated (a column per status
/// was wider than a card at 1366 px).
#[component]
pub fn StatusByAssessor(summary: CycleSummary, number: u32) -> impl IntoView {
    let state = use_app();
    // Named by the cycle's number, as its card is (`cycle-1`, `status-by-assessor-1`).
    let n = number;
    let lang = state.lang.get_untracked();
    let kinds = summary
        .by_kind
        .iter()
        .map(|(k, _)| view! { <th scope="col">{t(lang, k.message_key())}</th> })
        .collect_view();
    let rows = StatusCategory::ALL
        .map(|category| {
            let cells = summary
                .by_kind
                .iter()
                .map(|(_, c)| view! { <td>{c.of(category)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><StatusLabel category=category/></th>
                    {cells}
                </tr>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        // Keyboard users can scroll a table that is wider than its card.
        <div class="table-scroll" tabindex="0" role="region" aria-label=state.t("status-by-assessor")>
        <table class="status-table" data-testid=format!("status-by-assessor-{n}")>
            <caption>{state.t("status-by-assessor")}<span class="small">" "{state.t("status-by-assessor-caption")}</span></caption>
            <thead>
                <tr>
                    <th scope="col">{state.t("status-column")}</th>
                    {kinds}
                </tr>
            </thead>
            <tbody>
                {rows}
            </tbody>
        </table>
        </div>
    }
}
