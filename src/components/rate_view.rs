//! The rating session: the current filtered list, one recommendation at a time. Keys 1, 2, 3 rate
//! it fully, partially or not implemented, 0 takes the rating made here back to "not assessed", E
//! opens the evidence, → and ← move; the same with buttons for a mouse or a phone. The screen says
//! how far the session is. The place in the list is in the address (`rec`), so a reload returns
//! to it.

use crate::components::assess_form::AssessForm;
use crate::components::assessor_picker::AssessorPicker;
use crate::components::status::StatusLabel;
use crate::state::use_app;
use crate::tracker::Saving;
use crate::tracker::{self, typing};
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::assess::session::{change_for_key, own_entry, Key, Ratings};
use upr_core::assess::EntryState;
use upr_core::explore::filter;
use upr_core::model::{Status, StatusCategory};
use upr_core::query::{Query, View};
use upr_core::{t, t_with, Arg, Loaded};

/// The evidence form the E key opened: for which recommendation, the entry recorded here that it
/// edits (if any), and the status a new entry starts with.
type EvidenceForm = (String, Option<EntryState>, Option<Status>);

/// The status buttons, in key order.
const BUTTONS: [(Option<Status>, &str); 4] = [
    (Some(Status::Fully), "1"),
    (Some(Status::Partially), "2"),
    (Some(Status::Not), "3"),
    (None, "0"),
];

/// The filters shown (without the place in the list) and the rows they select in `loaded`, in the
/// list's order: fixed while the filters stay, so that rating moves no row.
pub fn filtered_list(loaded: &Arc<Loaded>) -> (Memo<Query>, Memo<Vec<usize>>) {
    let state = use_app();
    let filters = Memo::new(move |_| {
        state.shown.with(|q| Query {
            rec: None,
            page: 1,
            ..q.clone()
        })
    });
    let l = loaded.clone();
    let rows = Memo::new(move |_| filters.with(|q| filter(&l.dataset, &l.prepared, q)));
    (filters, rows)
}

#[component]
pub fn RateView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let (filters, rows) = filtered_list(&loaded);
    let me = RwSignal::new(tracker::me());
    Effect::new(move |_| {
        if let Some(who) = me.get() {
            tracker::set_me(&who);
        }
    });
    let l = loaded.clone();
    let pos = Memo::new(move |_| {
        let id = state.shown.with(|q| q.rec.clone());
        rows.with(|r| {
            id.and_then(|id| {
                r.iter()
                    .position(|&i| l.dataset.recommendations[i].id == id)
            })
            .unwrap_or(0)
        })
    });
    let entries = Memo::new(move |_| {
        crate::tracker::log().with(|l| l.as_ref().map(|l| l.entries()).unwrap_or_default())
    });
    let l = loaded.clone();
    let ratings = Memo::new(move |_| {
        me.with(|m| {
            m.as_ref()
                .map(|m| rows.with(|r| entries.with(|e| Ratings::new(&l, r, m, e))))
        })
    });
    let l = loaded.clone();
    let row_id = move |p: usize| {
        rows.with_untracked(|r| r.get(p).map(|&i| l.dataset.recommendations[i].id.clone()))
    };
    let row_id = StoredValue::new(row_id);
    let go = move |p: usize| {
        if let Some(id) = row_id.with_value(|f| f(p)) {
            let q = Query {
                rec: Some(id),
                ..state.address.get_untracked()
            };
            state.set_query(&q, true);
        }
    };
    // The evidence form, for the row it was opened on.
    let form: RwSignal<Option<EvidenceForm>> = RwSignal::new(None);
    let notice = RwSignal::new(None::<&'static str>);
    let act = move |key: Key| {
        notice.set(None);
        let p = pos.get_untracked();
        let n = rows.with_untracked(Vec::len);
        match key {
            Key::Next if p + 1 < n => go(p + 1),
            Key::Previous if p > 0 => go(p - 1),
            Key::Next | Key::Previous => {}
            Key::Rate(_) | Key::Evidence => {
                let Some(who) = me.get_untracked() else {
                    notice.set(Some("rate-choose-first"));
                    return;
                };
                let Some(rec) = row_id.with_value(|f| f(p)) else {
                    return;
                };
                let today = tracker::today();
                match key {
                    Key::Rate(status) => {
                        let change = entries
                            .with_untracked(|e| change_for_key(e, &rec, &who, status, &today));
                        match change {
                            Some((entry, act)) => {
                                tracker::record(state, entry.as_deref(), act);
                            }
                            None => notice.set(Some("rate-nothing-to-withdraw")),
                        }
                    }
                    _ => {
                        let own = entries.with_untracked(|e| own_entry(e, &rec, &who).cloned());
                        let status =
                            ratings.with_untracked(|r| r.as_ref().and_then(|r| r.status(p)));
                        form.set(Some((rec, own, status)));
                    }
                }
            }
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
            || typing(&ev)
            || form.with_untracked(Option::is_some)
            || crate::tracker::log().with_untracked(Option::is_none)
        {
            return;
        }
        if let Some(key) = Key::of(&ev.key()) {
            ev.prevent_default();
            act(key);
        }
    });
    on_cleanup(move || keys.remove());

    let progress = move || {
        let lang = state.lang.get();
        ratings.with(|r| match (r, me.get()) {
            (Some(r), Some(who)) => t_with(
                lang,
                "rate-progress",
                &[
                    ("rated", Arg::Num(r.rated() as f64)),
                    ("total", Arg::Num(r.total() as f64)),
                    ("assessor", Arg::Str(who.name)),
                ],
            ),
            _ => t(lang, "rate-choose"),
        })
    };
    let current = move || ratings.with(|r| r.as_ref().and_then(|r| r.status(pos.get())));
    let l = loaded.clone();
    let card = move || {
        // The kept ratings first: until they are read, the card would say "not assessed".
        if crate::tracker::log().with(Option::is_none) {
            return view! { <p class="loading" role="status">{t(lang, "part-loading")}</p> }
                .into_any();
        }
        let p = pos.get();
        let n = rows.with(Vec::len);
        let Some(i) = rows.with(|r| r.get(p).copied()) else {
            return view! { <p data-testid="rate-empty">{t(lang, "rate-empty")}</p> }.into_any();
        };
        let r = &l.dataset.recommendations[i];
        let place = t_with(
            lang,
            "rate-place",
            &[
                ("n", Arg::Num((p + 1) as f64)),
                ("total", Arg::Num(n as f64)),
            ],
        );
        let heading = format!(
            "{} · {}",
            upr_core::format::reference(&l.dataset, r),
            r.states.join(", ")
        );
        let page = state.href(&Query {
            view: View::Recommendations,
            rec: Some(r.id.clone()),
            ..filters.get_untracked()
        });
        let buttons = BUTTONS
            .into_iter()
            .map(|(status, key)| {
                let pressed = move || (current() == status && me.with(Option::is_some)).to_string();
                let label = StatusCategory::of(status).message_key();
                view! {
                    <button type="button" class=format!("rate-key {}", StatusCategory::of(status).word())
                        aria-pressed=pressed aria-keyshortcuts=key
                        data-testid=format!("rate-{key}")
                        on:click=move |_| act(Key::Rate(status))>
                        <kbd>{key}</kbd>" "{t(lang, label)}
                    </button>
                }
            })
            .collect_view();
        view! {
            <article class="card rate-card" data-testid="rate-card" data-rec=r.id.clone()>
                <p class="small" data-testid="rate-place">{place}</p>
                <h3>{heading}</h3>
                <p class="rec-full" data-testid="rate-text">{r.text.clone()}</p>
                <p data-testid="rate-status" data-status=move || StatusCategory::of(current()).word()>
                    <StatusLabel category=StatusCategory::of(current())/>
                </p>
                <div class="rate-keys" role="group" aria-label=t(lang, "assess-status")>{buttons}</div>
                <p class="rate-more">
                    <button type="button" aria-keyshortcuts="E" data-testid="rate-evidence"
                        on:click=move |_| act(Key::Evidence)><kbd>"E"</kbd>" "{t(lang, "rate-evidence")}</button>
                    " "
                    <a href=page data-testid="rate-open">{t(lang, "rate-open")}</a>
                </p>
                <p class="rate-move">
                    <button type="button" aria-keyshortcuts="ArrowLeft" data-testid="rate-previous" disabled=p == 0
                        on:click=move |_| act(Key::Previous)>"← "{t(lang, "rate-previous")}</button>
                    " "
                    <button type="button" aria-keyshortcuts="ArrowRight" data-testid="rate-next" disabled=p + 1 >= n
                        on:click=move |_| act(Key::Next)>{t(lang, "rate-next")}" →"</button>
                    " "
                    <button type="button" data-testid="rate-next-unrated"
                        on:click=move |_| {
                            if let Some(next) = ratings.with_untracked(|r| r.as_ref().and_then(|r| r.next_unrated(p))) {
                                go(next);
                            }
                        }>{t(lang, "rate-next-unrated")}</button>
                </p>
            </article>
        }
        .into_any()
    };
    let l = loaded.clone();
    let evidence = move || {
        form.get().map(|(rec, editing, status)| {
            let done = Callback::new(move |()| form.set(None));
            match editing {
                Some(e) => view! { <AssessForm loaded=l.clone() recommendation=rec editing=e focus="evidence" on_done=done/> }.into_any(),
                None => match status {
                    Some(s) => view! { <AssessForm loaded=l.clone() recommendation=rec status=s focus="evidence" on_done=done/> }.into_any(),
                    None => view! { <AssessForm loaded=l.clone() recommendation=rec focus="evidence" on_done=done/> }.into_any(),
                },
            }
        })
    };
    let saving = move || match crate::tracker::signals().saving.get() {
        Saving::Writing(_) => t(state.lang.get(), "assess-saving"),
        Saving::Saved => t(state.lang.get(), "assess-saved"),
        _ => String::new(),
    };
    let validate = move || state.href(&state.shown.get().with_view(View::Validate));
    let log_read = Memo::new(move |_| crate::tracker::log().with(Option::is_some));
    let picker_data = loaded.clone();
    view! {
        <section class="rate" aria-labelledby="rate-title" data-testid="rate-view">
            <h2 id="rate-title">{t(lang, "nav-rate")}</h2>
            <p class="small">{t(lang, "rate-intro")}" "<a href=validate data-testid="to-validate">{t(lang, "nav-validate")}</a></p>
            // Once the kept log is read, so that the assessors named in it are offered.
            <Show when=move || log_read.get()>
                <AssessorPicker loaded=picker_data.clone() chosen=me/>
            </Show>
            <p class="rate-progress" role="status" data-testid="rate-progress">{progress}</p>
            {move || notice.get().map(|id| view! { <p class="notice" role="alert" data-testid="rate-notice">{t(state.lang.get(), id)}</p> })}
            {card}
            {evidence}
            <p class="small" role="status" data-testid="rate-saving">{saving}</p>
            <p class="small">{t(lang, "rate-keys")}</p>
        </section>
    }
}
