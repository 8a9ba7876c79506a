//! The imported dataset, kept in the browser's IndexedDB so that it survives reloads and going
//! offline. One record: the merged dataset's text with what it was made from.

use js_sys::Promise;
use serde::{Deserialize, Serialize};
use upr_core::{t_with, Arg, Lang};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "upr-dashboard";
const STORE: &str = "imports";
/// Version 2 added the ratings recorded in the app: one record per change (`crate::tracker`).
const DB_VERSION: u32 = 2;
pub(crate) const CHANGES: &str = "changes";
/// The tracker's other records: what was last shared.
pub(crate) const TRACKER: &str = "tracker";
const KEY: &str = "current";

/// One file of an import, as the banner names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportedFile {
    pub name: String,
    pub rows: usize,
}

/// What the imported data was made from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportMeta {
    pub files: Vec<ImportedFile>,
    /// When it was imported, as the browser's clock said (ISO 8601, UTC).
    pub imported_at: String,
    /// `upr_core::import::dataset_id` of `dataset`.
    pub dataset_id: String,
}

impl ImportMeta {
    /// "Imported data is shown, not the bundled dataset: a.csv (2 rows), imported 2026-12-02 13:32
    /// UTC (dataset efa3b6d3)." — the banner and the Data view say it alike.
    pub fn describe(&self, lang: Lang) -> String {
        let files = self
            .files
            .iter()
            .map(|f| {
                t_with(
                    lang,
                    "data-file-rows",
                    &[
                        ("name", Arg::Str(f.name.clone())),
                        ("rows", Arg::Num(f.rows as f64)),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        t_with(
            lang,
            "data-imported-shown",
            &[
                ("files", Arg::Str(files)),
                (
                    "when",
                    Arg::Str(upr_core::format::utc_minute(&self.imported_at)),
                ),
                ("id", Arg::Str(self.dataset_id.clone())),
            ],
        )
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StoredImport {
    pub meta: ImportMeta,
    /// The merged dataset, in the dataset file format.
    pub dataset: String,
}

/// A JavaScript error (a rejected promise's reason) in words.
pub fn describe(e: JsValue) -> String {
    // A DOMException first: it is an Error too in some engines, and its name is what says what
    // happened (a full storage's message may be empty, its name "QuotaExceededError").
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        let message = ex.message();
        return if message.is_empty() {
            ex.name()
        } else {
            format!("{}: {message}", ex.name())
        };
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Resolves with the request's result once it succeeds; rejects with its error.
pub(crate) fn settle(req: &IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = req.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = req.clone();
        let on_error = Closure::once_into_js(move || {
            let error = failed
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("IndexedDB request failed"));
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        req.set_onsuccess(Some(on_success.unchecked_ref()));
        req.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Resolves when a read-write transaction has been committed.
pub(crate) fn committed(tx: &IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let on_error = Closure::once_into_js(move || {
            let error = failed
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("IndexedDB transaction failed"));
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(on_error.unchecked_ref()));
        tx.set_onabort(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
}

pub(crate) async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(describe)?
        .ok_or("this browser does not offer IndexedDB")?;
    let req: IdbOpenDbRequest = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(describe)?;
    let upgrading = req.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            for store in [STORE, CHANGES, TRACKER] {
                if !db.object_store_names().contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    // Another connection (another tab, an older page) holds the database while this one waits:
    // said, not waited on for ever.
    let blocked = Closure::once_into_js(|| {
        leptos::logging::warn!("IndexedDB: opening the kept import is blocked by another tab");
    });
    req.set_onblocked(Some(blocked.unchecked_ref()));
    let db = settle(&req).await.map_err(describe)?;
    Ok(db.unchecked_into())
}

/// The kept import, if there is one. `Err` when the browser's storage cannot be read or the record
/// is not one this app wrote.
pub async fn load() -> Result<Option<StoredImport>, String> {
    read(open().await?).await
}

async fn read(db: IdbDatabase) -> Result<Option<StoredImport>, String> {
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let value = settle(&store.get(&JsValue::from_str(KEY)).map_err(describe)?)
        .await
        .map_err(describe)?;
    db.close();
    match value.as_string() {
        None => Ok(None),
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| format!("the kept import is not readable: {e}")),
    }
}

/// How long the first view waits for the browser's storage to open. Opening takes milliseconds;
/// one that has not answered by then is stuck (WebKit's IndexedDB has hung on opening before, and
/// a database being deleted in another tab holds every later open), and the bundled data is shown
/// rather than "Loading…" for ever. Reading a large kept import may take longer, and is waited for.
pub const OPEN_DEADLINE_MS: i32 = 4_000;

/// Resolves after `ms` milliseconds.
pub(crate) async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The storage did not open within [`OPEN_DEADLINE_MS`].
#[derive(Clone, Debug, PartialEq)]
pub struct NoAnswer;

/// [`load`], given up when the storage has not opened after [`OPEN_DEADLINE_MS`]
/// (`Err(NoAnswer)`). An error of the storage itself (storage turned off, a record this app did
/// not write) is `Ok(Err(..))`.
pub async fn load_within_deadline() -> Result<Result<Option<StoredImport>, String>, NoAnswer> {
    let opening = std::pin::pin!(open());
    let timer = std::pin::pin!(sleep(OPEN_DEADLINE_MS));
    match futures::future::select(opening, timer).await {
        futures::future::Either::Left((Ok(db), _)) => Ok(read(db).await),
        futures::future::Either::Left((Err(e), _)) => Ok(Err(e)),
        futures::future::Either::Right(_) => Err(NoAnswer),
    }
}

/// Keeps `import`, replacing any earlier one; resolves once the browser has committed it.
pub async fn save(import: &StoredImport) -> Result<(), String> {
    let text = serde_json::to_string(import).map_err(|e| e.to_string())?;
    write(Some(text)).await
}

/// Forgets the kept import (the bundled data is shown again).
pub async fn clear() -> Result<(), String> {
    write(None).await
}

/// A mark in the page's local storage that an import is kept, which public/boot.js reads before the
/// app runs: the bundled data's figures written into the page are then not shown, for they are not
/// the figures of the data that will be shown. Only a hint: without it they show a moment longer.
const KEPT_MARK: &str = "upr-kept-import";

fn mark_kept(kept: bool) {
    let Some(local) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let _ = if kept {
        local.set_item(KEPT_MARK, "1")
    } else {
        local.remove_item(KEPT_MARK)
    };
}

async fn write(value: Option<String>) -> Result<(), String> {
    mark_kept(value.is_some());
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let key = JsValue::from_str(KEY);
    match value {
        Some(text) => store.put_with_key(&JsValue::from_str(&text), &key),
        None => store.delete(&key),
    }
    .map_err(describe)?;
    let done = committed(&tx).await.map(drop).map_err(describe);
    db.close();
    done
}
