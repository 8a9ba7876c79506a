//! Search, sort, clear, copy the link, and download the visible rows.

use crate::download::{copy_text, current_url, save_text};
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::export;
use upr_core::query::{Query, Sort, SortKey};
use upr_core::{t, t_with, Arg, Loaded};

#[component]
pub fn Toolbar(loaded: Arc<Loaded>, query: Memo<Query>, rows: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let (copied, set_copied) = signal(None::<String>);
    // Starting a search adds a history entry, so Back returns to the list as it was; the later
    // keystrokes of the same search replace that entry.
    let on_search = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let replace = query.with_untracked(|q| !q.search.is_empty());
        state.update_query(replace, |q| q.search = value);
    };
    let on_sort = move |ev: leptos::ev::Event| {
        if let Some(sort) = Sort::parse(&event_target_value(&ev)) {
            state.update_query(false, |q| q.sort = sort);
        }
    };
    let sort_option = move |key: SortKey, descending: bool| {
        let sort = Sort { key, descending };
        let label = move || {
            let lang = state.lang.get();
            let dir = if descending {
                "sort-descending"
            } else {
                "sort-ascending"
            };
            format!(
                "{} ({})",
                t(lang, &format!("sort-{}", key.word())),
                t(lang, dir)
            )
        };
        view! { <option value=sort.word() selected=move || query.with(|q| q.sort == sort)>{label}</option> }
    };
    let copy = move |_| {
        state.flush_url();
        let url = current_url();
        leptos::task::spawn_local(async move {
            let lang = state.lang.get_untracked();
            let message = if copy_text(&url).await {
                t(lang, "link-copied")
            } else {
                t_with(lang, "link-copy-failed", &[("url", Arg::Str(url))])
            };
            set_copied.set(Some(message));
        });
    };
    let l = loaded.clone();
    let download_csv = move |_| {
        let (lang, q) = (state.lang.get_untracked(), query.get_untracked());
        let rows = rows.get_untracked();
        match export::csv(&l.dataset, &l.prepared, &q, &rows, lang) {
            Ok(text) => {
                if let Err(e) =
                    save_text("upr-recommendations.csv", "text/csv;charset=utf-8", &text)
                {
                    crate::crash::record_error(&format!("download: {e:?}"));
                }
            }
            Err(e) => crate::crash::record_error(&format!("csv: {e}")),
        }
    };
    let l = loaded.clone();
    let download_json = move |_| {
        let q = query.get_untracked();
        let text = export::json(&l.dataset, &l.prepared, &q, &rows.get_untracked());
        if let Err(e) = save_text("upr-recommendations.json", "application/json", &text) {
            crate::crash::record_error(&format!("download: {e:?}"));
        }
    };
    let has_filters = move || query.with(Query::has_filters);
    view! {
        <div class="toolbar">
            <label class="search">
                <span>{state.t("search-label")}</span>
                <input type="search" data-testid="search" prop:value=move || query.with(|q| q.search.clone())
                    placeholder=state.t("search-placeholder") on:input=on_search autocomplete="off"/>
            </label>
            <label class="sort">
                <span>{state.t("sort-label")}</span>
                <select data-testid="sort" on:change=on_sort>
                    {SortKey::ALL.into_iter().flat_map(|k| [sort_option(k, false), sort_option(k, true)]).collect_view()}
                </select>
            </label>
            <div class="actions">
                <button type="button" data-testid="clear-filters" disabled=move || !has_filters()
                    on:click=move |_| state.set_query(&query.get_untracked().cleared(), false)>{state.t("clear-filters")}</button>
                <button type="button" data-testid="copy-link" on:click=copy>{state.t("copy-link")}</button>
                <button type="button" data-testid="download-csv" on:click=download_csv>{state.t("download-csv")}</button>
                <button type="button" data-testid="download-json" on:click=download_json>{state.t("download-json")}</button>
            </div>
            <p class="small" role="status" data-testid="copy-status">{move || copied.get()}</p>
        </div>
    }
}
