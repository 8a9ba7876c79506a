//! The tracker's root, on every view once ratings are kept here: reads the kept log, hears the
//! other tabs, applies the log to the data shown, takes Ctrl+Z, and says in a banner what is not
//! yet shared, with the downloads that share it.

use super::store;
use super::Saving;
use crate::download::save_text;
use crate::state::{use_app, AppState, AppliedData};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use upr_core::assess::share::{self, Shared};
use upr_core::assess::{apply, dataset_id, Change, Log, LogIssue};
use upr_core::query::View;
use upr_core::{t, t_count, t_with, Arg, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the root knows besides the log (the rest of the app needs none of it).
#[derive(Clone, Copy)]
struct Kept {
    shared: RwSignal<Shared>,
    damaged: RwSignal<Vec<(String, String)>>,
    load_error: RwSignal<Option<String>>,
    issues: RwSignal<Vec<LogIssue>>,
    download_error: RwSignal<Option<String>>,
}

/// Reads the kept log and merges it with the changes made here meanwhile.
fn load(state: AppState, kept: Kept) {
    spawn_local(async move {
        let t = super::signals();
        let _ = state;
        // A storage that does not answer (held by another tab, as WebKit's has been) is said,
        // and the data is shown without the kept ratings rather than "Loading…" for ever.
        let reading = std::pin::pin!(store::load());
        let timer = std::pin::pin!(crate::storage::sleep(crate::storage::OPEN_DEADLINE_MS));
        let read = match futures::future::select(reading, timer).await {
            futures::future::Either::Left((read, _)) => read,
            futures::future::Either::Right(_) => Err(format!(
                "the browser's storage did not answer within {} s",
                crate::storage::OPEN_DEADLINE_MS / 1000
            )),
        };
        match read {
            Ok(read) => {
                t.log.update(|log| {
                    let mut merged = Log::new(read.changes);
                    if let Some(now) = log {
                        for c in now.changes() {
                            merged.insert(c.clone());
                        }
                    }
                    *log = Some(Arc::new(merged));
                });
                kept.damaged.set(read.damaged);
                kept.shared.set(read.shared);
                kept.load_error.set(None);
            }
            Err(e) => {
                t.log.update(|log| {
                    log.get_or_insert_with(|| Arc::new(Log::default()));
                });
                kept.load_error.set(Some(e));
            }
        }
    });
}

/// Hears the changes other tabs make.
fn listen(state: AppState, kept: Kept) {
    let Ok(channel) = web_sys::BroadcastChannel::new(store::CHANNEL) else {
        return;
    };
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let text = ev.data().as_string().unwrap_or_default();
            match serde_json::from_str::<Change>(&text) {
                Ok(change) => crate::tracker::log().update(|log| {
                    let log = log.get_or_insert_with(|| Arc::new(Log::default()));
                    if !log.contains(&change.id) {
                        Arc::make_mut(log).insert(change);
                    }
                }),
                // What was shared changed, or something this version does not know: read it all.
                Err(_) => load(state, kept),
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // A tab closed before it could tell the others (or a message missed): what the storage has is
    // read again whenever this tab is shown.
    let shown = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if visible {
            load(state, kept);
        }
    });
    on_cleanup(move || shown.remove());
    let channel = send_wrapper::SendWrapper::new((channel, on_message));
    on_cleanup(move || {
        let (channel, _) = channel.take();
        channel.close();
    });
}

/// Applies the log to the data shown whenever either changes, except during a rating session
/// (which shows its own ratings at once; the rest follows when it ends).
fn keep_applied(state: AppState, kept: Kept) {
    // Only whether the rating session is shown: a change of filters is not a reason to apply.
    let rating = Memo::new(move |_| state.shown.with(|q| q.view == View::Rate));
    // The log and the data last applied (the log by its number of changes, which only grows; the
    // data by address): the same pair is not applied again.
    Effect::new(move |last: Option<Option<(usize, usize)>>| {
        let last = last.flatten();
        if rating.get() {
            return last;
        }
        let Some(Ok(base)) = state.data.get() else {
            return last;
        };
        let t = state.tracker;
        let Some(log) = super::log().get() else {
            return last;
        };
        let pair = (log.changes().len(), Arc::as_ptr(&base) as usize);
        if last == Some(pair) {
            return last;
        }
        let entries = log.entries();
        if entries.is_empty() {
            // Set only when it changes: each set draws the view anew.
            if t.applied.with_untracked(Option::is_some) {
                t.applied.set(None);
            }
            if !t.ready.get_untracked() {
                t.ready.set(true);
            }
            kept.issues.set(Vec::new());
            return Some(pair);
        }
        let applied = apply(&base, &entries);
        let id = dataset_id(
            state
                .shown_data
                .with_untracked(|d| d.dataset_id())
                .as_deref(),
            &entries,
        );
        kept.issues.set(applied.issues);
        t.applied.set(Some(AppliedData {
            base,
            loaded: Arc::new(applied.loaded),
            id,
            entries: applied.applied,
        }));
        if !t.ready.get_untracked() {
            t.ready.set(true);
        }
        Some(pair)
    });
}

/// Ctrl+Z (⌘Z) takes back the last change, except in a text field (where it undoes typing).
fn undo_key(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let z = ev.key() == "z" || ev.key() == "Z" || ev.key() == "я";
        if !(z && (ev.ctrl_key() || ev.meta_key()) && !ev.shift_key() && !ev.alt_key()) {
            return;
        }
        if !super::typing(&ev) && super::undo(state) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

fn file_date() -> String {
    super::today()
}

/// Downloads the entries as the assessments template, and marks them shared.
fn download_csv(kept: Kept, lang: Lang) {
    let Some(log) = crate::tracker::log().get_untracked() else {
        return;
    };
    let entries = log.entries();
    let name = format!("upr-ratings-{}.csv", file_date());
    match save_text(&name, "text/csv", &share::csv(&entries, lang)) {
        Ok(()) => mark_shared(kept, share::snapshot(&entries)),
        Err(e) => kept.download_error.set(Some(format!("{e:?}"))),
    }
}

/// Downloads the whole dataset with the entries (merged as an import of the downloaded CSV would
/// merge them, in the import worker), and marks them shared.
fn download_dataset(state: AppState, kept: Kept, lang: Lang) {
    let Some(log) = crate::tracker::log().get_untracked() else {
        return;
    };
    let entries = log.entries();
    let shown = state.shown_data.get_untracked();
    spawn_local(async move {
        let result = async {
            let base = crate::state::shown_dataset_text(&shown, lang).await?;
            let csv = share::csv(&entries, Lang::En);
            let files = vec![upr_core::import::ImportFile {
                name: "ratings.csv".into(),
                bytes: csv.into_bytes(),
            }];
            let (_keep, cancel) = futures::channel::oneshot::channel();
            let checked =
                crate::import_worker::check_import(lang, base, files, None, |_| {}, cancel)
                    .await
                    .map_err(|e| format!("{e:?}"))?;
            let text = checked
                .report
                .merged_json
                .ok_or_else(|| checked.report.summary.clone())?;
            let id = checked.report.dataset_id.unwrap_or_default();
            save_text(&format!("upr-dataset-{id}.json"), "application/json", &text)
                .map_err(|e| format!("{e:?}"))
        }
        .await;
        match result {
            Ok(()) => mark_shared(kept, share::snapshot(&entries)),
            Err(e) => kept.download_error.set(Some(e)),
        }
    });
}

fn mark_shared(kept: Kept, shared: Shared) {
    kept.download_error.set(None);
    kept.shared.set(shared.clone());
    spawn_local(async move {
        if store::set_shared(&shared).await.is_ok() {
            store::broadcast("shared");
        }
    });
}

/// The kept records that could not be read, as they are, one per line.
fn download_damaged(kept: Kept) {
    let text = kept.damaged.with_untracked(|d| {
        d.iter()
            .map(|(k, v)| format!("{k}\t{v}"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let _ = save_text("upr-kept-records.txt", "text/plain", &text);
}

#[component]
pub fn TrackerRoot() -> impl IntoView {
    let state = use_app();
    let kept = Kept {
        shared: RwSignal::new(Shared::default()),
        damaged: RwSignal::new(Vec::new()),
        load_error: RwSignal::new(None),
        issues: RwSignal::new(Vec::new()),
        download_error: RwSignal::new(None),
    };
    load(state, kept);
    listen(state, kept);
    keep_applied(state, kept);
    undo_key(state);
    let tr = super::signals();
    let lang = state.lang;
    let unshared = Memo::new(move |_| {
        tr.log.with(|log| {
            log.as_ref().map_or(0, |log| {
                kept.shared
                    .with(|shared| share::unshared(&log.entries(), shared))
            })
        })
    });
    let has_entries = Memo::new(move |_| {
        tr.log
            .with(|log| log.as_ref().is_some_and(|l| !l.entries().is_empty()))
    });
    let can_undo = Memo::new(move |_| {
        tr.log
            .with(|log| log.as_ref().and_then(|l| l.undoable()).is_some())
    });
    let status_text = move || {
        let lang = lang.get();
        let n = unshared.get();
        if n == 0 {
            t(lang, "assess-all-shared")
        } else {
            t_count(lang, "assess-unshared", n)
        }
    };
    let saving = move || match tr.saving.get() {
        Saving::Idle => None,
        Saving::Writing(_) => Some(t(lang.get(), "assess-saving")),
        Saving::Saved => Some(t(lang.get(), "assess-saved")),
        Saving::Failed(_) => None,
    };
    let failed = move || match tr.saving.get() {
        Saving::Failed(reason) => Some(t_with(
            lang.get(),
            "assess-save-failed",
            &[("reason", Arg::Str(reason))],
        )),
        _ => None,
    };
    let load_failed = move || {
        kept.load_error.get().map(|reason| {
            t_with(
                lang.get(),
                "assess-load-failed",
                &[("reason", Arg::Str(reason))],
            )
        })
    };
    let damaged = move || {
        let n = kept.damaged.with(Vec::len);
        (n > 0).then(|| t_count(lang.get(), "assess-damaged", n))
    };
    let issues = move || {
        let lang = lang.get();
        kept.issues.with(|list| {
            list.iter()
                .map(|i| view! { <li data-testid="tracker-issue">{i.message(lang)}</li> })
                .collect_view()
        })
    };
    let show = move || {
        has_entries.get() || failed().is_some() || load_failed().is_some() || damaged().is_some()
    };
    view! {
        <Show when=show>
            <aside class="notice data-banner tracker-banner" data-testid="tracker-banner"
                aria-label=move || t(lang.get(), "assess-banner-label")>
                <p role="status" data-testid="tracker-unshared">{status_text}</p>
                <p class="small" role="status" data-testid="tracker-saving">{saving}</p>
                <button type="button" data-testid="tracker-download-csv"
                    on:click=move |_| download_csv(kept, lang.get_untracked())>
                    {move || t(lang.get(), "assess-download-csv")}
                </button>
                <button type="button" data-testid="tracker-download-dataset"
                    on:click=move |_| download_dataset(state, kept, lang.get_untracked())>
                    {move || t(lang.get(), "assess-download-dataset")}
                </button>
                <button type="button" data-testid="tracker-undo" disabled=move || !can_undo.get()
                    aria-keyshortcuts="Control+Z"
                    on:click=move |_| { super::undo(state); }>
                    {move || t(lang.get(), "assess-undo")}
                </button>
                {move || failed().map(|text| view! {
                    <p class="notice" role="alert" data-testid="tracker-save-failed">{text}</p>
                })}
                {move || load_failed().map(|text| view! {
                    <p class="notice" role="alert" data-testid="tracker-load-failed">{text}</p>
                })}
                {move || damaged().map(|text| view! {
                    <p class="notice" role="alert" data-testid="tracker-damaged">{text}" "
                        <button type="button" data-testid="tracker-download-records"
                            on:click=move |_| download_damaged(kept)>
                            {move || t(lang.get(), "assess-download-records")}
                        </button>
                    </p>
                })}
                {move || kept.download_error.get().map(|e| view! {
                    <p class="notice" role="alert" data-testid="tracker-download-error">
                        {t_with(lang.get(), "assess-download-failed", &[("reason", Arg::Str(e))])}
                    </p>
                })}
                <ul class="small">{issues}</ul>
            </aside>
        </Show>
    }
}
