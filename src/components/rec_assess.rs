//! On a recommendation's page: adding an assessment, the entries recorded in this browser (each
//! can be edited or withdrawn), and every change made here to its assessments, with its time and
//! assessor.

use crate::components::assess_form::AssessForm;
use crate::components::status::StatusLabel;
use crate::state::use_app;
use crate::tracker;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::assess::{Act, EntryState, HistoryKind};
use upr_core::model::{Status, StatusCategory};
use upr_core::{format, t, t_with, Arg, Loaded};

/// Which form is open: none, a new entry, or the edit of one.
#[derive(Clone, PartialEq)]
enum Open {
    Closed,
    New,
    Edit(String),
}

fn history_key(kind: HistoryKind) -> &'static str {
    match kind {
        HistoryKind::Added => "assess-history-added",
        HistoryKind::Edited => "assess-history-edited",
        HistoryKind::Withdrawn => "assess-history-withdrawn",
        HistoryKind::Undid => "assess-history-undid",
    }
}

fn category(status: Option<&str>) -> Option<StatusCategory> {
    status.and_then(Status::parse).map(StatusCategory::Rated)
}

#[component]
pub fn RecAssess(loaded: Arc<Loaded>, id: String) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    // A draft left when a tab closed opens its form again.
    let open = RwSignal::new(match tracker::draft(&id) {
        Some(d) => d.editing.map_or(Open::New, Open::Edit),
        None => Open::Closed,
    });
    let rec = id.clone();
    let own = Memo::new(move |_| {
        crate::tracker::log().with(|log| {
            log.as_ref()
                .map(|l| {
                    l.entries()
                        .into_iter()
                        .filter(|e| e.entry.recommendation == rec)
                        .collect::<Vec<EntryState>>()
                })
                .unwrap_or_default()
        })
    });
    let rec = id.clone();
    let history = Memo::new(move |_| {
        crate::tracker::log().with(|log| log.as_ref().map(|l| l.history(&rec)).unwrap_or_default())
    });
    let done = Callback::new(move |()| open.set(Open::Closed));
    let form = {
        let loaded = loaded.clone();
        let id = id.clone();
        move || {
            let which = open.get();
            let editing = match &which {
                Open::Edit(entry) => {
                    own.with_untracked(|o| o.iter().find(|e| &e.id == entry).cloned())
                }
                _ => None,
            };
            match which {
                Open::Closed => None,
                Open::New => Some(view! { <AssessForm loaded=loaded.clone() recommendation=id.clone() on_done=done/> }.into_any()),
                Open::Edit(_) => editing.map(|e| view! {
                    <AssessForm loaded=loaded.clone() recommendation=id.clone() editing=e on_done=done/>
                }.into_any()),
            }
        }
    };
    let own_items = move || {
        own.get()
            .into_iter()
            .map(|e| {
                let entry_id = e.id.clone();
                let withdraw_id = e.id.clone();
                let by = t_with(
                    lang,
                    "assess-own-by",
                    &[
                        ("assessor", Arg::Str(e.entry.assessor.name.clone())),
                        ("date", Arg::Str(e.entry.date.clone())),
                    ],
                );
                view! {
                    <li class="card assessment own" data-testid="own-entry">
                        <p>
                            {category(Some(&e.entry.status)).map(|c| view! { <StatusLabel category=c/> })}
                            " "{by}
                        </p>
                        {(!e.entry.evidence.is_empty()).then(|| view! { <blockquote>{e.entry.evidence.clone()}</blockquote> })}
                        <p>
                            <button type="button" data-testid="own-edit"
                                on:click=move |_| open.set(Open::Edit(entry_id.clone()))>{t(lang, "assess-edit")}</button>
                            " "
                            <button type="button" data-testid="own-withdraw"
                                on:click=move |_| { tracker::record(state, Some(&withdraw_id), Act::Withdraw); }>
                                {t(lang, "assess-withdraw")}
                            </button>
                        </p>
                    </li>
                }
            })
            .collect_view()
    };
    let history_items = move || {
        history
            .get()
            .into_iter()
            .rev()
            .map(|h| {
                let what = t_with(
                    lang,
                    history_key(h.kind),
                    &[
                        ("assessor", Arg::Str(h.assessor.name.clone())),
                        ("when", Arg::Str(format::utc_minute(&h.at))),
                        (
                            "what",
                            Arg::Str(h.undoes.map(|k| t(lang, history_key(k))).unwrap_or_default()),
                        ),
                    ],
                );
                let undone = h.undone.then(|| view! { " "<em>{t(lang, "assess-history-undone")}</em> });
                view! {
                    <li data-testid="history-item">
                        {category(h.status.as_deref()).map(|c| view! { <StatusLabel category=c compact=true/>" " })}
                        {what}{undone}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="rec-assess" data-testid="rec-assess">
            <Show when=move || open.get() == Open::Closed>
                <button type="button" class="button" data-testid="add-assessment"
                    on:click=move |_| open.set(Open::New)>{t(lang, "assess-add")}</button>
            </Show>
            {form}
            <Show when=move || !own.with(Vec::is_empty)>
                <h4>{t(lang, "assess-own")}</h4>
                <ul class="plain">{own_items}</ul>
            </Show>
            <Show when=move || !history.with(Vec::is_empty)>
                <details class="history" data-testid="history">
                    <summary>{t(lang, "assess-history")}</summary>
                    <ol class="small">{history_items}</ol>
                </details>
            </Show>
        </section>
    }
}
