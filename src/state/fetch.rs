//! Fetching what the app shows: the bundled dataset (taking over the request public/boot.js started
//! as the page began), the import kept in this browser, and the map's GeoJSON.

use super::ShownData;
use crate::storage;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::{load_dataset, load_dataset_bytes, DataIssue, Lang, LoadFailure, Loaded, Problem};
use wasm_bindgen::{JsCast, JsValue};

/// Where the bundled dataset is, relative to the page (so the app works under any sub-path).
pub const DATASET_URL: &str = "data/mongolia-upr.json";
pub const MAP_URL: &str = "data/mongolia_admin1.geojson";

pub type DataResult = Result<Arc<Loaded>, Arc<LoadFailure>>;

fn network(e: gloo_net::Error) -> Problem {
    Problem::Network {
        detail: e.to_string(),
    }
}

/// The bundled dataset's response that public/boot.js asked for as the page started: taken once,
/// by the first load; later loads fetch anew.
fn started_by_boot(url: &str) -> Option<js_sys::Promise> {
    if url != DATASET_URL {
        return None;
    }
    let window = web_sys::window()?;
    let key = JsValue::from_str("__uprDataset");
    let started = js_sys::Reflect::get(&window, &key).ok()?;
    js_sys::Reflect::delete_property(&window, &key).ok()?;
    started.dyn_into().ok()
}

async fn fetch(url: &str) -> Result<gloo_net::http::Response, Problem> {
    let resp = match started_by_boot(url) {
        Some(started) => wasm_bindgen_futures::JsFuture::from(started)
            .await
            .map(|r| gloo_net::http::Response::from(r.unchecked_into::<web_sys::Response>()))
            .map_err(|e| Problem::Network {
                detail: storage::describe(e),
            })?,
        None => gloo_net::http::Request::get(url)
            .send()
            .await
            .map_err(network)?,
    };
    if !resp.ok() {
        return Err(Problem::Http {
            status: resp.status(),
        });
    }
    Ok(resp)
}

async fn fetch_text(url: &str) -> Result<String, Problem> {
    fetch(url).await?.text().await.map_err(network)
}

/// The body as bytes, for `load_dataset_bytes`: copied into the app's memory once, at its size.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Problem> {
    fetch(url).await?.binary().await.map_err(network)
}

/// The kept import when there is one that loads, else the bundled dataset. Both are asked for at
/// once, so a kept import costs no extra time. A storage that cannot be read at all (turned off,
/// say) shows the bundled data; one that does not open shows it after a deadline, with a notice,
/// instead of "Loading…" for ever.
pub(super) async fn fetch_dataset(shown: RwSignal<ShownData>) -> DataResult {
    let (kept, bundled) = futures::join!(storage::load_within_deadline(), fetch_bytes(DATASET_URL));
    let which = match kept {
        Ok(Ok(Some(kept))) => match load_dataset(&kept.dataset) {
            Ok(loaded) => {
                shown.set(ShownData::Imported(kept.meta));
                return Ok(Arc::new(loaded));
            }
            Err(failure) => ShownData::KeptButUnusable(failure.errors().cloned().collect()),
        },
        Ok(_) => ShownData::Bundled,
        Err(storage::NoAnswer) => ShownData::StorageSilent,
    };
    shown.set(which);
    let bundled = bundled.map_err(|p| Arc::new(LoadFailure::single(p)))?;
    load_dataset_bytes(bundled).map(Arc::new).map_err(Arc::new)
}

/// The text of the dataset shown: the base an import is merged into, and what "Download this data"
/// saves. Read again when needed (from the browser's storage or the service worker's cache) rather
/// than kept in memory beside the parsed data.
pub async fn shown_dataset_text(shown: &ShownData, lang: Lang) -> Result<String, String> {
    if let ShownData::Imported(_) = shown {
        if let Some(kept) = storage::load().await? {
            return Ok(kept.dataset);
        }
    }
    fetch_text(DATASET_URL)
        .await
        .map_err(|p| DataIssue::error(DATASET_URL, p).message(lang))
}

/// The map's GeoJSON text, fetched when the map is first shown.
pub async fn fetch_map() -> Result<String, Problem> {
    fetch_text(MAP_URL).await
}

impl super::AppState {
    /// Forgets the kept import and loads the bundled data; `error` says why when the storage
    /// refuses.
    pub fn return_to_bundled(&self, error: RwSignal<Option<String>>) {
        let version = self.data_version;
        leptos::task::spawn_local(async move {
            match storage::clear().await {
                Ok(()) => version.update(|v| *v += 1),
                Err(e) => error.set(Some(e)),
            }
        });
    }
}
