//! The traffic-light table: one page of rows, one status cell per kind of assessor and the latest
//! status, texts short with the full text a click away; a pager below.

use crate::components::pager::Pager;
use crate::components::status::status_with_word;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::explore::{page, rows_to_fill, Evaluation};
use upr_core::export::TABLE_ASSESSORS;
use upr_core::model::{Response, Status, StatusCategory};
use upr_core::query::Query;
use upr_core::{t, t_with, Arg, Loaded};

const SHORT: usize = 160;
/// Rows drawn in the frame that follows an input until the table's place on screen is known: more
/// than a projector or a laptop screen shows below the toolbar.
const FIRST_ROWS: usize = 12;

fn short(text: &str) -> Option<String> {
    (text.chars().count() > SHORT).then(|| {
        format!(
            "{}…",
            text.chars().take(SHORT).collect::<String>().trim_end()
        )
    })
}

/// Words every row uses, translated once per render rather than once per row.
struct Labels {
    more: String,
    paragraph: String,
    recommendation: String,
    state: String,
    response: String,
    themes: String,
    latest: String,
    /// "Rate": the row's link to the rating session.
    rate: String,
    assessors: Vec<String>,
    /// The responses' names, in the order of `Response::ALL`.
    responses: [String; 3],
    /// The short status words, in the order of `StatusCategory::ALL`.
    statuses: [String; 4],
}

impl Labels {
    fn new(lang: upr_core::Lang) -> Self {
        Self {
            more: t(lang, "text-more"),
            paragraph: t(lang, "paragraph"),
            recommendation: t(lang, "recommendation"),
            state: t(lang, "recommending-state"),
            response: t(lang, "response"),
            themes: t(lang, "themes"),
            latest: t(lang, "col-latest"),
            rate: t(lang, "nav-rate"),
            assessors: TABLE_ASSESSORS
                .iter()
                .map(|k| t(lang, &format!("col-{}", k.word())))
                .collect(),
            responses: Response::ALL.map(|r| t(lang, r.message_key())),
            statuses: StatusCategory::ALL.map(|s| t(lang, s.short_key())),
        }
    }

    fn status(&self, status: Option<Status>) -> impl IntoView {
        let category = StatusCategory::of(status);
        status_with_word(category, self.statuses[category.rank()].clone())
    }
}

#[component]
pub fn RecTable(
    loaded: Arc<Loaded>,
    query: Memo<Query>,
    rows: Memo<Vec<usize>>,
    evaluation: Memo<Evaluation>,
) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let labels = Arc::new(Labels::new(lang));
    let labels_header = labels.clone();
    // The rows on screen with the status each shows: a row is re-created only when it or its
    // status changes, so narrowing a search keeps the rows that stay.
    let visible = Memo::new(move |_| {
        let q = query.get();
        let all = rows.get();
        let printing = state.printing.get();
        let shown: &[usize] = if printing { &all } else { page(&all, q.page).0 };
        evaluation.with(|e| {
            shown
                .iter()
                .map(|&i| (i, e.status[i], printing))
                .collect::<Vec<_>>()
        })
    });
    // A new list of rows is drawn in two steps: the rows that fill the window at once, the rest of
    // the page after that frame has been painted, so typing and clicking a filter answer within a
    // frame. How many fill the window is read from the table's place when the layout is settled
    // (after the second step, and on scrolling), never in the middle of an input.
    let table_ref = NodeRef::<leptos::html::Table>::new();
    let screenful = StoredValue::new(FIRST_ROWS);
    let measure = move || {
        // The table may be gone by now (another view, another slide).
        let (Some(table), Some(window)) =
            (table_ref.try_get_untracked().flatten(), web_sys::window())
        else {
            return;
        };
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(f64::NAN);
        let top = table.get_bounding_client_rect().top();
        let heights: Vec<f64> = table
            .query_selector_all("tbody > tr")
            .ok()
            .map(|rows| {
                (0..rows.length())
                    .filter_map(|i| rows.item(i))
                    .filter_map(|n| {
                        use wasm_bindgen::JsCast;
                        n.dyn_into::<web_sys::Element>().ok()
                    })
                    .map(|r| r.get_bounding_client_rect().height())
                    .collect()
            })
            .unwrap_or_default();
        screenful.try_set_value(rows_to_fill(top, height, &heights));
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| measure());
    on_cleanup(move || on_scroll.remove());
    let follow_up = RwSignal::new(0u32);
    // What the table body shows: the rows, how many of them are drawn yet, the follow-up tick, and
    // the query they were drawn for. Any change of rows or query is a new table body: the old one
    // goes in one piece instead of row by row, and each row's link is written once, for the query
    // it was drawn for, instead of every row following every keystroke.
    #[derive(Clone, PartialEq)]
    struct Shown {
        rows: Vec<(usize, Option<Status>, bool)>,
        drawn: usize,
        tick: u32,
        query: Query,
        generation: u32,
    }
    let shown = Memo::new(move |before: Option<&Shown>| {
        let all = visible.get();
        let q = query.get();
        let tick = follow_up.get();
        let printing = state.printing.get_untracked();
        let generation = before.map_or(0, |b| b.generation);
        match before {
            Some(b) if b.rows == all && b.query == q => Shown {
                drawn: if tick != b.tick { all.len() } else { b.drawn },
                rows: all,
                tick,
                query: q,
                generation,
            },
            _ if printing || all.len() <= screenful.try_get_value().unwrap_or(FIRST_ROWS) => {
                Shown {
                    drawn: all.len(),
                    rows: all,
                    tick,
                    query: q,
                    generation: generation + 1,
                }
            }
            _ => {
                // The callback of the next frame runs after this frame has been painted.
                request_animation_frame(move || {
                    request_animation_frame(move || {
                        follow_up.update(|t| *t += 1);
                        request_animation_frame(measure);
                    })
                });
                Shown {
                    drawn: screenful.try_get_value().unwrap_or(FIRST_ROWS),
                    rows: all,
                    tick,
                    query: q,
                    generation: generation + 1,
                }
            }
        }
    });
    let l = loaded.clone();
    let row = move |(i, latest, printing): (usize, Option<upr_core::model::Status>, bool)| {
        let (ds, prep, labels) = (&l.dataset, &l.prepared, labels.clone());
        let r = &ds.recommendations[i];
        let open = state.href(&Query {
            rec: Some(r.id.clone()),
            ..query.get_untracked()
        });
        // The rating session on this list, at this row.
        let rate = state.href(&Query {
            view: upr_core::query::View::Rate,
            rec: Some(r.id.clone()),
            ..query.get_untracked()
        });
        let reference = upr_core::format::reference(ds, r);
        let rate_label = t_with(
            lang,
            "rate-recommendation",
            &[("paragraph", Arg::Str(reference.clone()))],
        );
        let label = t_with(
            lang,
            "open-recommendation",
            &[("paragraph", Arg::Str(reference.clone()))],
        );
        let text = match short(&r.text).filter(|_| !printing) {
            Some(s) => view! {
                <details class="rec-text-toggle">
                    <summary><span class="short">{s}</span><span class="more">{labels.more.clone()}</span></summary>
                    <p class="full">{r.text.clone()}</p>
                </details>
            }
            .into_any(),
            None => view! { <span>{r.text.clone()}</span> }.into_any(),
        };
        let themes = r
            .themes
            .iter()
            .map(|&th| ds.themes[th].name.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(", ");
        // Another mechanism's recommendation has no position; its body stands where the
        // recommending States do.
        let response = r
            .response
            .map(|x| labels.responses[x.rank()].clone())
            .unwrap_or_else(|| "—".to_string());
        let by = match &r.mechanism {
            Some(m) => m.clone(),
            None => r.states.join(", "),
        };

        let cells = TABLE_ASSESSORS
            .iter()
            .zip(labels.assessors.iter())
            .map(|(&k, name)| view! { <td class="status-cell" data-label=name.clone()>{labels.status(prep.status_by(i, k))}</td> })
            .collect_view();
        view! {
            <tr data-testid="recommendation-row" data-id=r.id.clone()>
                <th scope="row" data-label=labels.paragraph.clone()><a href=open aria-label=label data-testid="open-recommendation">{reference}</a></th>
                <td class="rec-text" data-label=labels.recommendation.clone()>{text}</td>
                <td data-label=labels.state.clone()>{by}</td>
                <td data-label=labels.response.clone()>{response}</td>
                <td data-label=labels.themes.clone()>{themes}</td>
                {cells}
                <td class="status-cell" data-label=labels.latest.clone()>
                    {labels.status(latest)}" "
                    <a class="rate-link" href=rate aria-label=rate_label data-testid="rate-row">{labels.rate.clone()}</a>
                </td>
            </tr>
        }
    };
    let each = move || shown.with(|s| s.rows[..s.drawn.min(s.rows.len())].to_vec());
    let generation = Memo::new(move |_| shown.with(|s| s.generation));
    let body = move || {
        generation.track();
        let row = row.clone();
        view! { <tbody><For each=each key=|item| *item children=row/></tbody> }
    };
    // Busy while the rest of a new list of rows is still to come (assistive technology waits for
    // the whole table, and so do tests that read its rows).
    let busy = move || shown.with(|s| (s.drawn < s.rows.len()).then_some("true"));
    let empty = move || rows.with(Vec::is_empty);
    view! {
        <div class="table-area">
            <div class="table-scroll">
                <table class="recommendations" data-testid="recommendations-table" aria-busy=busy node_ref=table_ref>
                    <thead>
                        <tr>
                            <th scope="col">{state.t("paragraph")}</th>
                            <th scope="col">{state.t("recommendation")}</th>
                            <th scope="col">{state.t("recommending-state")}</th>
                            <th scope="col">{state.t("response")}</th>
                            <th scope="col">{state.t("themes")}</th>
                            {labels_header.assessors.iter().map(|name| view! { <th scope="col">{name.clone()}</th> }).collect_view()}
                            <th scope="col">{state.t("col-latest")}</th>
                        </tr>
                    </thead>
                    {body}
                </table>
            </div>
            <Show when=empty>
                <p class="no-rows" data-testid="no-rows">{state.t("no-rows")}</p>
            </Show>
            <Pager query=query rows=rows/>
        </div>
    }
}
