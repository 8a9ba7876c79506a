//! The traffic-light table: one page of rows, one status cell per kind of assessor and the latest
//! status, texts short with the full text a click away; a pager below.

use crate::components::status::StatusLabel;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::explore::page;
use upr_core::export::TABLE_ASSESSORS;
use upr_core::model::Response;
use upr_core::query::Query;
use upr_core::{t, t_with, Arg, Loaded};

const SHORT: usize = 160;

fn short(text: &str) -> Option<String> {
    (text.chars().count() > SHORT).then(|| format!("{}…", text.chars().take(SHORT).collect::<String>().trim_end()))
}

#[component]
pub fn RecTable(loaded: Arc<Loaded>, query: Memo<Query>, rows: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let l = loaded.clone();
    let body = move || {
        let lang = state.lang.get();
        let q = query.get();
        let all = rows.get();
        let (visible, _, _) = page(&all, q.page);
        let (ds, prep) = (&l.dataset, &l.prepared);
        visible
            .iter()
            .map(|&i| {
                let r = &ds.recommendations[i];
                let open = state.href(&Query { rec: Some(r.id.clone()), ..q.clone() });
                let label = t_with(lang, "open-recommendation", &[("paragraph", Arg::Str(r.paragraph.clone()))]);
                let text = match short(&r.text) {
                    Some(s) => view! {
                        <details class="rec-text-toggle">
                            <summary><span class="short">{s}</span><span class="more">{t(lang, "text-more")}</span></summary>
                            <p class="full">{r.text.clone()}</p>
                        </details>
                    }
                    .into_any(),
                    None => view! { <span>{r.text.clone()}</span> }.into_any(),
                };
                let themes = r.themes.iter().map(|&th| ds.themes[th].name.get(lang).to_string()).collect::<Vec<_>>().join(", ");
                let response = t(lang, if r.response == Response::Supported { "response-supported" } else { "response-noted" });
                let cells = TABLE_ASSESSORS
                    .iter()
                    .map(|&k| view! { <td class="status-cell" data-label=t(lang, &format!("col-{}", k.word()))><StatusLabel status=prep.status_by(i, k) compact=true/></td> })
                    .collect_view();
                view! {
                    <tr data-testid="recommendation-row" data-id=r.id.clone()>
                        <th scope="row" data-label=t(lang, "paragraph")><a href=open aria-label=label data-testid="open-recommendation">{r.paragraph.clone()}</a></th>
                        <td class="rec-text" data-label=t(lang, "recommendation")>{text}</td>
                        <td data-label=t(lang, "recommending-state")>{r.states.join(", ")}</td>
                        <td data-label=t(lang, "response")>{response}</td>
                        <td data-label=t(lang, "themes")>{themes}</td>
                        {cells}
                        <td class="status-cell" data-label=t(lang, "col-latest")><StatusLabel status=prep.status(ds, i, &q) compact=true/></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let empty = move || rows.with(Vec::is_empty);
    view! {
        <div class="table-area">
            <div class="table-scroll">
                <table class="recommendations" data-testid="recommendations-table">
                    <thead>
                        <tr>
                            <th scope="col">{state.t("paragraph")}</th>
                            <th scope="col">{state.t("recommendation")}</th>
                            <th scope="col">{state.t("recommending-state")}</th>
                            <th scope="col">{state.t("response")}</th>
                            <th scope="col">{state.t("themes")}</th>
                            {TABLE_ASSESSORS.iter().map(|k| {
                                let id: &'static str = match k.word() {
                                    "government" => "col-government",
                                    "nhri" => "col-nhri",
                                    _ => "col-civil_society",
                                };
                                view! { <th scope="col">{state.t(id)}</th> }
                            }).collect_view()}
                            <th scope="col">{state.t("col-latest")}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <Show when=empty>
                <p class="no-rows" data-testid="no-rows">{state.t("no-rows")}</p>
            </Show>
            <Pager query=query rows=rows/>
        </div>
    }
}

#[component]
fn Pager(query: Memo<Query>, rows: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let info = Memo::new(move |_| {
        let (_, p, pages) = page(&rows.get(), query.with(|q| q.page));
        (p, pages)
    });
    let link = move |to: u32| {
        let q = Query { page: to, ..query.get() };
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
