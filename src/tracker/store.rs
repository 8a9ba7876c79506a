//! The log of ratings in the browser's IndexedDB: one record per change, added once and never
//! rewritten (so two tabs writing at once never overwrite each other), and the entries as they
//! were when last shared. Other tabs hear of each change on a broadcast channel.

use crate::storage::{committed, describe, open, settle, CHANGES, TRACKER};
use upr_core::assess::share::Shared;
use upr_core::assess::Change;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::IdbTransactionMode;

const SHARED: &str = "shared";
/// The channel other tabs of the app listen on.
pub const CHANNEL: &str = "upr-changes";

/// What the browser keeps.
#[derive(Default)]
pub struct Kept {
    pub changes: Vec<Change>,
    /// Records that are not changes this app wrote (damaged storage), as their keys and text:
    /// said, and offered for download, never deleted.
    pub damaged: Vec<(String, String)>,
    pub shared: Shared,
}

fn text_of(v: &JsValue) -> String {
    v.as_string()
        .or_else(|| js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string()))
        .unwrap_or_else(|| format!("{v:?}"))
}

/// Every kept change, and what was last shared.
pub async fn load() -> Result<Kept, String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_sequence(&js_sys::Array::of2(
            &JsValue::from_str(CHANGES),
            &JsValue::from_str(TRACKER),
        ))
        .map_err(describe)?;
    let changes = tx.object_store(CHANGES).map_err(describe)?;
    let keys = settle(&changes.get_all_keys().map_err(describe)?)
        .await
        .map_err(describe)?;
    let values = settle(&changes.get_all().map_err(describe)?)
        .await
        .map_err(describe)?;
    let shared = settle(
        &tx.object_store(TRACKER)
            .map_err(describe)?
            .get(&JsValue::from_str(SHARED))
            .map_err(describe)?,
    )
    .await
    .map_err(describe)?;
    db.close();
    let keys: js_sys::Array = keys.unchecked_into();
    let values: js_sys::Array = values.unchecked_into();
    let mut kept = Kept::default();
    for (key, value) in keys.iter().zip(values.iter()) {
        let parsed = value
            .as_string()
            .and_then(|text| serde_json::from_str::<Change>(&text).ok());
        match parsed {
            Some(change) => kept.changes.push(change),
            None => kept.damaged.push((text_of(&key), text_of(&value))),
        }
    }
    kept.shared = shared
        .as_string()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    Ok(kept)
}

/// Keeps one change; resolves once the browser has committed it.
pub async fn add(change: &Change) -> Result<(), String> {
    let text = serde_json::to_string(change).map_err(|e| e.to_string())?;
    put(CHANGES, &change.id, &text, true).await
}

/// Keeps what has been shared.
pub async fn set_shared(shared: &Shared) -> Result<(), String> {
    let text = serde_json::to_string(shared).map_err(|e| e.to_string())?;
    put(TRACKER, SHARED, &text, false).await
}

async fn put(store: &str, key: &str, text: &str, once: bool) -> Result<(), String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let s = tx.object_store(store).map_err(describe)?;
    let (key, value) = (JsValue::from_str(key), JsValue::from_str(text));
    if once {
        s.add_with_key(&value, &key)
    } else {
        s.put_with_key(&value, &key)
    }
    .map_err(describe)?;
    let done = committed(&tx).await.map(drop).map_err(describe);
    db.close();
    done
}

/// Tells the other tabs: a change's JSON, or `shared` when what was shared changed.
pub fn broadcast(message: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&JsValue::from_str(message));
        channel.close();
    }
}
