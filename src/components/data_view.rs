//! The "Data" view: which data is shown and its download, and importing one's own — templates and a
//! guide in both languages, a file picker and drop zone, a report of every problem, and nothing
//! changes until the user confirms.

use crate::components::data_banner::{imported_text, return_to_bundled, StorageError};
use crate::download::save_text;
use crate::state::{shown_dataset_text, use_app, Origin};
use crate::storage::{self, ImportMeta, ImportedFile, StoredImport};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use upr_core::import::{plan_import, template_csv, CsvKind, ImportFile, ImportPlan};
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
    let plan = RwSignal::new(None::<Arc<ImportPlan>>);
    let error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);

    let examine = move |files: Vec<web_sys::File>| {
        error.set(None);
        spawn_local(async move {
            match read_files(files).await {
                Ok(files) if files.is_empty() => {}
                Ok(files) => {
                    let origin = state.origin.get_untracked();
                    match shown_dataset_text(&origin, state.lang.get_untracked()).await {
                        Ok(base) => plan.set(Some(Arc::new(plan_import(&base, &files)))),
                        Err(e) => error.set(Some(e)),
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            examine(files_of(&files));
        }
        // Choosing the same file again (after fixing it) fires `change` again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            examine(files_of(&files));
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
        let (Some(json), Some(id)) = (p.merged_json.clone(), p.dataset_id.clone()) else {
            return;
        };
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

    let country = loaded.dataset.country.code.to_lowercase();
    let download = move |_| {
        let origin = state.origin.get_untracked();
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

    let shown = move || {
        let lang = state.lang.get();
        state.origin.with(|o| match o {
            Origin::Imported(meta) => imported_text(lang, meta),
            _ => t(lang, "data-bundled-shown"),
        })
    };
    let is_imported = move || state.origin.with(|o| matches!(o, Origin::Imported(_)));

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
                    <button type="button" data-testid="data-reset-here" on:click=move |_| return_to_bundled(error)>{state.t("data-reset")}</button>
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
                    <input type="file" multiple accept=".csv,.json,text/csv,application/json" data-testid="import-file" on:change=on_pick/>
                </label>
                <p class="small">{state.t("import-drop-hint")}</p>
            </div>
            <StorageError error=error testid="import-error"/>
            {move || plan.get().map(|p| view! { <Report plan=p on_confirm=Callback::new(confirm) on_cancel=Callback::new(move |_| plan.set(None))/> })}
        </section>
    }
}

/// The check of an import: its files, every problem with its place, what would change, and the
/// buttons to confirm or cancel.
#[component]
fn Report(
    plan: Arc<ImportPlan>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ok = plan.merged_json.is_some();
    let errors = plan.errors().count();
    let summary = if !ok {
        t_with(
            lang,
            "import-blocked",
            &[("count", Arg::Num(errors as f64))],
        )
    } else if plan.changes.is_empty() {
        t(lang, "import-no-changes")
    } else {
        t(lang, "import-ready")
    };
    let files = plan
        .files
        .iter()
        .map(|f| {
            let rows = t_with(lang, "import-file-rows", &[("rows", Arg::Num(f.rows as f64))]);
            view! { <li data-testid="import-file-summary"><strong>{f.name.clone()}</strong>" — "{f.kind.name(lang)}", "{rows}</li> }
        })
        .collect_view();
    let problems = plan
        .problems
        .iter()
        .map(|p| {
            let severity = if p.is_error() {
                t(lang, "import-error")
            } else {
                t(lang, "import-warning")
            };
            view! {
                <tr data-testid="import-problem" class:error=p.is_error()>
                    <td>{severity}</td>
                    <td>{p.location(lang)}</td>
                    <td>{p.message(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let changes = plan
        .changes
        .iter()
        .map(|c| {
            let mut parts = vec![
                t_with(lang, "import-change-added", &[("count", Arg::Num(c.added as f64))]),
                t_with(lang, "import-change-changed", &[("count", Arg::Num(c.changed as f64))]),
                t_with(lang, "import-change-unchanged", &[("count", Arg::Num(c.unchanged as f64))]),
            ];
            if c.removed > 0 {
                parts.push(t_with(lang, "import-change-removed", &[("count", Arg::Num(c.removed as f64))]));
            }
            view! { <li data-testid="import-change"><strong>{c.table.name(lang)}</strong>": "{parts.join(", ")}</li> }
        })
        .collect_view();
    let has_problems = !plan.problems.is_empty();
    let has_changes = !plan.changes.is_empty();
    view! {
        <div class="import-report" data-testid="import-report">
            <h3>{t(lang, "import-report-title")}</h3>
            <p role="status" data-testid="import-summary" class:blocked=!ok>{summary}</p>
            <ul>{files}</ul>
            {has_problems.then(|| view! {
                <div class="table-scroll">
                    <table data-testid="import-problems">
                        <caption>{t(lang, "import-problems-title")}</caption>
                        <thead><tr>
                            <th scope="col">{t(lang, "import-report-severity")}</th>
                            <th scope="col">{t(lang, "import-report-place")}</th>
                            <th scope="col">{t(lang, "import-report-problem")}</th>
                        </tr></thead>
                        <tbody>{problems}</tbody>
                    </table>
                </div>
            })}
            {has_changes.then(|| view! {
                <h4>{t(lang, "import-changes-title")}</h4>
                <ul data-testid="import-changes">{changes}</ul>
            })}
            <p class="actions">
                <button type="button" data-testid="import-confirm" disabled=!ok on:click=move |_| on_confirm.run(())>{t(lang, "import-apply")}</button>
                " "
                <button type="button" data-testid="import-cancel" on:click=move |_| on_cancel.run(())>{t(lang, "import-cancel")}</button>
            </p>
        </div>
    }
}
