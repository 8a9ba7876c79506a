//! The table's pages: previous, next and where the reader is.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::explore::page;
use upr_core::query::Query;
use upr_core::{t_with, Arg};

#[component]
pub fn Pager(query: Memo<Query>, rows: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let info = Memo::new(move |_| {
        let (_, p, pages) = page(&rows.get(), query.with(|q| q.page));
        (p, pages)
    });
    let link = move |to: u32| {
        let q = Query {
            page: to,
            ..query.get()
        };
        state.href(&q)
    };
    view! {
        <Show when=move || { info.get().1 > 1 }>
            <nav class="pager" aria-label=state.t("pagination") data-testid="pager">
                <Show when=move || { info.get().0 > 1 }>
                    <a href=move || link(info.get().0 - 1) rel="prev" data-testid="page-previous">{state.t("page-previous")}</a>
                </Show>
                <span data-testid="page-of">{move || {
                    let (p, pages) = info.get();
                    t_with(state.lang.get(), "page-of", &[("page", Arg::Num(p as f64)), ("pages", Arg::Num(pages as f64))])
                }}</span>
                <Show when=move || { let (p, pages) = info.get(); p < pages }>
                    <a href=move || link(info.get().0 + 1) rel="next" data-testid="page-next">{state.t("page-next")}</a>
                </Show>
            </nav>
        </Show>
    }
}
