//! The import check, run in a Web Worker (built by Trunk as `upr-import-worker*.js` and `_bg.wasm`).
//! The app starts it only when someone chooses files to import (src/import_worker.rs), so the
//! importer is not part of the first download, and a large file is checked without freezing the page.
//!
//! Messages: the worker says `"ready"` once it listens; it is then sent
//! `{lang: "en"|"mn", base: <the current dataset's JSON text>, files: [{name, bytes: Uint8Array}]}`
//! and answers with the JSON text of an `upr_core::import::ImportReport`.

use upr_core::import::{check_import, ImportFile, ImportReport, ReportProblem};
use upr_core::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn get(obj: &JsValue, key: &str) -> Result<JsValue, String> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).map_err(|_| format!("no `{key}`"))
}

/// The request's parts, or what is wrong with it.
fn read_request(data: &JsValue) -> Result<(Lang, String, Vec<ImportFile>), String> {
    let lang = get(data, "lang")?
        .as_string()
        .and_then(|code| Lang::parse(&code))
        .unwrap_or(Lang::En);
    let base = get(data, "base")?.as_string().ok_or("`base` is not text")?;
    let list = get(data, "files")?;
    if !js_sys::Array::is_array(&list) {
        return Err("`files` is not a list".into());
    }
    let files = js_sys::Array::from(&list)
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let name = get(&f, "name")?
                .as_string()
                .ok_or(format!("files[{i}].name is not text"))?;
            let bytes = get(&f, "bytes")?
                .dyn_into::<js_sys::Uint8Array>()
                .map_err(|_| format!("files[{i}].bytes is not a Uint8Array"))?
                .to_vec();
            Ok(ImportFile { name, bytes })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok((lang, base, files))
}

fn answer(data: &JsValue) -> String {
    let report = match read_request(data) {
        Ok((lang, base, files)) => check_import(lang, &base, &files),
        // Only the app sends requests, so this is a fault of the app: said as a blocking problem.
        Err(e) => ImportReport {
            summary: format!("The import check was sent a request it cannot read: {e}."),
            problems: vec![ReportProblem {
                error: true,
                message: e,
                ..Default::default()
            }],
            ..Default::default()
        },
    };
    serde_json::to_string(&report).unwrap_or_default()
}

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let _ = reply.post_message(&JsValue::from_str(&answer(&ev.data())));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it; so does its handler.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
