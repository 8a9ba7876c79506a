//! The import check, run in a Web Worker (built by Trunk as `upr-import-worker*.js` and `_bg.wasm`).
//! The app starts it only when someone chooses files to import (src/import_worker.rs), so the
//! importer is not part of the first download, and a large file is checked without freezing the page.
//!
//! Messages: the worker says `"ready"` once it listens; it is then sent
//! `{lang: "en"|"mn", base: <the current dataset's JSON text>, files: [{name, bytes: Uint8Array}],
//! today: "YYYY-MM-DD", tracker: <the ISO code of a State chosen for a new tracker, or absent>}`.
//! While it checks it sends `{progress: <what it is doing, in words>}`; it answers
//! `{report: <the JSON text of an upr_core::import::ImportReport>, problems: <a CSV Blob of every
//! problem, when there are more than the report lists>}`. To cancel, the app ends the worker.

use upr_core::import::{
    check_import_observed, set_context, CheckContext, ImportFile, ImportReport, ReportProblem,
};
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
    // What the check is told besides its files (both optional).
    let text = |key: &str| get(data, key).ok().and_then(|v| v.as_string());
    set_context(CheckContext {
        today: text("today"),
        tracker_for: text("tracker"),
    });
    Ok((lang, base, files))
}

/// Sends `{key: value}` to the app.
fn send(scope: &web_sys::DedicatedWorkerGlobalScope, key: &str, value: &JsValue) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &JsValue::from_str(key), value);
    let _ = scope.post_message(&msg);
}

fn answer(scope: &web_sys::DedicatedWorkerGlobalScope, data: &JsValue) -> JsValue {
    let mut all = None;
    let report = match read_request(data) {
        Ok((lang, base, files)) => {
            let (report, csv) = check_import_observed(lang, &base, &files, &mut |text| {
                send(scope, "progress", &JsValue::from_str(&text))
            });
            all = csv;
            report
        }
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
    let msg = js_sys::Object::new();
    let text = serde_json::to_string(&report).unwrap_or_default();
    let _ = js_sys::Reflect::set(&msg, &"report".into(), &JsValue::from_str(&text));
    if let Some(csv) = all {
        let parts = js_sys::Array::of1(&JsValue::from_str(&csv));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/csv;charset=utf-8");
        if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
            let _ = js_sys::Reflect::set(&msg, &"problems".into(), &blob);
        }
    }
    msg.into()
}

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let _ = reply.post_message(&answer(&reply, &ev.data()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it; so does its handler.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
