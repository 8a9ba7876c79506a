//! The "Data" view: which data is shown and its download, and importing one's own — templates and a
//! guide in both languages, a file picker and drop zone, a report of every problem, and nothing
//! changes until the user confirms.

use crate::components::import_report::Report;
use crate::components::storage_error::StorageError;
use crate::download::save_text;
use crate::import_worker::CheckFailed;
use crate::state::{shown_dataset_text, use_app, ShownData};
use crate::storage::{self, ImportMeta, ImportedFile, StoredImport};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use upr_core::import::{template_csv, CsvKind, ImportFile, ImportReport};
use upr_core::{t, t_with, Arg, Lang, Loaded};

/// The files of a picker or a drop, taken at once (the list empties when the picker is reset).
fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads the chosen or dropped files' bytes.
async fn read_files(files: Vec<web_sys::File>) -> Result<Vec<ImportFile>, String> {
    let mut out = Vec::new();
    for file in files {
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .map_err(|e| format!("{}: {e:?}", file.name()))?;
        out.push(ImportFile {
            name: file.name(),
            bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
        });
    }
    Ok(out)
}

#[component]
pub fn DataView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let plan = RwSignal::new(None::<Arc<ImportReport>>);
    let checking = RwSignal::new(false);
    // The check itself failed (its worker could not be fetched or stopped): said as it is.
    let check_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    // What the running check says it is doing; how to stop it; every problem of a long report.
    let progress = RwSignal::new(None::<String>);
    let stop = StoredValue::new(None::<futures::channel::oneshot::Sender<()>>);
    let stopped = RwSignal::new(false);
    let all_problems = RwSignal::new(None::<send_wrapper::SendWrapper<web_sys::Blob>>);
    let stop_check = move || {
        if let Some(tx) = stop.try_update_value(Option::take).flatten() {
            let _ = tx.send(());
        }
    };
    // Leaving the view ends a check still running.
    on_cleanup(stop_check);

    // Keeps `json` in this browser as the data to show, named after the files it came from.
    let keep = move |p: &ImportReport, json: String, id: String| {
        let meta = ImportMeta {
            files: p
                .files
                .iter()
                .map(|f| ImportedFile {
                    name: f.name.clone(),
                    rows: f.rows,
                })
                .collect(),
            imported_at: String::from(js_sys::Date::new_0().to_iso_string()),
            dataset_id: id,
        };
        spawn_local(async move {
            match storage::save(&StoredImport {
                meta,
                dataset: json,
            })
            .await
            {
                Ok(()) => {
                    plan.set(None);
                    state.data_version.update(|v| *v += 1);
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    // Each choice of files gets a number: a check of files chosen earlier may finish later.
    let latest = StoredValue::new(0u32);
    // The files last chosen, checked again when a State is chosen for a new tracker.
    let chosen_files = StoredValue::new_local(Vec::<web_sys::File>::new());
    // `tracker_for`: a State chosen from the report's choices; its tracker is started at once.
    let examine = move |files: Vec<web_sys::File>, tracker_for: Option<String>| {
        chosen_files.set_value(files.clone());
        // A check still running for files chosen before is ended.
        stop_check();
        error.set(None);
        check_error.set(None);
        plan.set(None);
        all_problems.set(None);
        stopped.set(false);
        progress.set(None);
        checking.set(true);
        latest.update_value(|n| *n += 1);
        let this = latest.get_value();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let read = async {
                let files = read_files(files).await?;
                let base = shown_dataset_text(&state.shown_data.get_untracked(), lang).await?;
                Ok::<_, String>((files, base))
            };
            // Only the latest choice of files is shown; nothing once the view is gone.
            let current = move || latest.try_get_value() == Some(this);
            match read.await {
                Ok((files, _)) if files.is_empty() => {}
                Ok((files, base)) => {
                    let (tx, rx) = futures::channel::oneshot::channel();
                    stop.set_value(Some(tx));
                    let told = move |text: String| {
                        if current() {
                            progress.try_set(Some(text));
                        }
                    };
                    let checked = crate::import_worker::check_import(
                        lang,
                        base,
                        files,
                        tracker_for.clone(),
                        told,
                        rx,
                    )
                    .await;
                    match checked {
                        _ if !current() => {}
                        Ok(c) if tracker_for.is_some() && !c.report.trackers.is_empty() => {
                            let tr = c.report.trackers[0].clone();
                            keep(&c.report, tr.json, tr.dataset_id);
                        }
                        Ok(c) => {
                            all_problems.set(c.all_problems.map(send_wrapper::SendWrapper::new));
                            plan.set(Some(Arc::new(c.report)));
                        }
                        Err(CheckFailed::Cancelled) => stopped.set(true),
                        Err(CheckFailed::Failed(e)) => check_error.set(Some(t_with(
                            lang,
                            "import-check-failed",
                            &[("error", Arg::Str(e))],
                        ))),
                    }
                }
                // Reading the files or the current data (the browser's storage) failed.
                Err(e) if current() => error.set(Some(e)),
                Err(_) => {}
            }
            if current() {
                checking.set(false);
            }
        })
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            examine(files_of(&files), None);
        }
        // Choosing the same file again (after fixing it) fires `change` again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            examine(files_of(&files), None);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };

    let confirm = move |_| {
        let Some(p) = plan.get_untracked() else {
            return;
        };
        if let (Some(json), Some(id)) = (p.merged_json.clone(), p.dataset_id.clone()) {
            keep(&p, json, id);
        }
    };
    // A list about another State: its own tracker replaces the data shown, as an import does.
    let start_tracker = move |i: usize| {
        let Some(p) = plan.get_untracked() else {
            return;
        };
        if let Some(tr) = p.trackers.get(i).cloned() {
            keep(&p, tr.json, tr.dataset_id);
        }
    };

    // A State chosen from the report's choices (UPR Info's): the files are checked again for it,
    // and its tracker started.
    let choose_tracker = move |code: String| {
        examine(chosen_files.get_value(), Some(code));
    };

    let country = loaded.dataset.country.code.to_lowercase();
    let download = move |_| {
        let origin = state.shown_data.get_untracked();
        let name = match origin.dataset_id() {
            Some(id) => format!("upr-dataset-{id}.json"),
            None => format!("upr-dataset-{country}.json"),
        };
        spawn_local(async move {
            let saved = shown_dataset_text(&origin, state.lang.get_untracked())
                .await
                .and_then(|text| {
                    save_text(&name, "application/json", &text).map_err(|e| format!("{e:?}"))
                });
            if let Err(e) = saved {
                error.set(Some(e));
            }
        });
    };

    let state_name = loaded.dataset.country.name.clone();
    let shown = move || {
        let lang = state.lang.get();
        state.shown_data.with(|o| match o {
            ShownData::Imported(meta) => meta.describe(lang),
            _ => t_with(
                lang,
                "data-bundled-shown",
                &[("state", Arg::Str(state_name.get(lang).to_string()))],
            ),
        })
    };
    let is_imported = move || {
        state
            .shown_data
            .with(|o| matches!(o, ShownData::Imported(_)))
    };

    let template = move |kind: CsvKind, lang: Lang| {
        let name = format!("upr-{}-template-{}.csv", kind.word(), lang.code());
        let label = move || {
            format!(
                "{} ({})",
                t_with(
                    state.lang.get(),
                    "import-template-download",
                    &[("kind", Arg::Str(kind.name(state.lang.get())))],
                ),
                lang.endonym()
            )
        };
        view! {
            <li>
                <button type="button" data-testid=format!("template-{}-{}", kind.word(), lang.code())
                    on:click=move |_| {
                        if let Err(e) = save_text(&name, "text/csv;charset=utf-8", &template_csv(kind, lang)) {
                            error.set(Some(format!("{e:?}")));
                        }
                    }>{label}</button>
            </li>
        }
    };
    // Per template: its columns, their headers in both languages, required or not, and meaning.
    let guide = move |kind: CsvKind| {
        let rows = kind
            .columns()
            .iter()
            .map(|spec| {
                let c = spec.column;
                let need = if spec.required {
                    "import-required"
                } else {
                    "import-optional"
                };
                view! {
                    <tr>
                        <td><code>{c.header(Lang::En)}</code></td>
                        <td lang="mn"><code>{c.header(Lang::Mn)}</code></td>
                        <td>{state.t(need)}</td>
                        <td>{move || t(state.lang.get(), &c.help_key(kind))}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h4>{move || kind.name(state.lang.get())}</h4>
            <p>{move || t(state.lang.get(), &format!("import-guide-{}", kind.word()))}</p>
            <div class="table-scroll">
                <table class="guide-table">
                    <thead><tr>
                        <th scope="col">{state.t("import-column-header-en")}</th>
                        <th scope="col">{state.t("import-column-header-mn")}</th>
                        <th scope="col">{state.t("import-column-required")}</th>
                        <th scope="col">{state.t("import-column-meaning")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };

    view! {
        <section class="data-view" aria-labelledby="data-title">
            <h2 id="data-title">{state.t("data-title")}</h2>
            <p data-testid="data-shown">{shown}</p>
            <p class="actions">
                <button type="button" data-testid="data-download" on:click=download>{state.t("data-download")}</button>
                <Show when=is_imported>
                    " "
                    <button type="button" data-testid="data-reset-here" on:click=move |_| state.return_to_bundled(error)>{state.t("data-reset")}</button>
                </Show>
            </p>

            <h3>{state.t("import-title")}</h3>
            <p>{state.t("import-intro")}</p>
            <details class="import-guide" data-testid="import-guide">
                <summary>{state.t("import-guide-title")}</summary>
                <p>{state.t("import-guide-intro")}</p>
                <p>{state.t("import-guide-encoding")}</p>
                <p>{state.t("import-guide-lists")}</p>
                <p>{state.t("import-guide-dates")}</p>
                <p>{state.t("import-guide-keys")}</p>
                <p>{state.t("import-guide-dataset")}</p>
                <p>{state.t("import-guide-official")}</p>
                {CsvKind::ALL.into_iter().map(guide).collect_view()}
            </details>
            <h4>{state.t("import-templates")}</h4>
            <ul class="plain templates">
                {CsvKind::ALL.into_iter().flat_map(|kind| Lang::ALL.into_iter().map(move |lang| template(kind, lang))).collect_view()}
            </ul>
            <div class="drop-zone" class:dragging=move || dragging.get() data-testid="drop-zone"
                on:dragover=on_drag_over on:dragleave=move |_| dragging.set(false) on:drop=on_drop>
                <label>
                    {state.t("import-choose-files")}
                    <input type="file" multiple accept=".csv,.json,.docx,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="import-file" on:change=on_pick/>
                </label>
                <p class="small">{state.t("import-drop-hint")}</p>
            </div>
            <Show when=move || checking.get()>
                <p role="status" data-testid="import-checking">
                    {state.t("import-checking")}" "
                    <span data-testid="import-progress">{move || progress.get().unwrap_or_else(|| t(state.lang.get(), "import-check-progress"))}</span>
                </p>
                <p><button type="button" data-testid="import-stop" on:click=move |_| stop_check()>{state.t("import-check-stop")}</button></p>
            </Show>
            <Show when=move || stopped.get()>
                <p role="status" data-testid="import-stopped">{state.t("import-check-stopped")}</p>
            </Show>
            <Show when=move || check_error.with(Option::is_some)>
                <p class="notice" role="alert" data-testid="import-check-error">{move || check_error.get()}</p>
            </Show>
            <StorageError error=error testid="import-error"/>
            {move || plan.get().map(|p| view! { <Report plan=p all_problems=all_problems.get() on_confirm=Callback::new(confirm) on_tracker=Callback::new(start_tracker) on_choose=Callback::new(choose_tracker) on_cancel=Callback::new(move |_| plan.set(None))/> })}
        </section>
    }
}
