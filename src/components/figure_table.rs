//! A chart's figures as an HTML table (its text alternative, and what a printout carries before the
//! charts' library has arrived).

use leptos::prelude::*;
use upr_core::charts::DataTable;

/// A chart's figures as an HTML table, or its "empty" sentence when it has no rows.
#[component]
pub fn FigureTable(table: DataTable) -> impl IntoView {
    if table.rows.is_empty() {
        let text = table.empty.clone().unwrap_or_default();
        return view! {
            <div class="figure-table-empty">
                <p class="figure-table-caption">{table.caption.clone()}</p>
                <p class="small" data-testid="table-empty">{text}</p>
            </div>
        }
        .into_any();
    }
    let head = table
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{c.clone()}</th> })
        .collect_view();
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let mut cells = row.iter();
            let first = cells.next().cloned().unwrap_or_default();
            let rest = cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view();
            view! { <tr><th scope="row">{first}</th>{rest}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=table.caption.clone()>
            <table class="figure-table">
                <caption>{table.caption.clone()}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
