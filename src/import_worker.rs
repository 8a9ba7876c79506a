//! Runs the import check in a Web Worker (import-worker/, built by Trunk into
//! `upr-import-worker_loader.js`): a new worker per check, fetched the first time someone imports
//! (then from the browser's cache or the service worker), ended when it has answered or when the
//! user cancels. What it says it is doing goes to the page as it goes.

use futures::channel::oneshot;
use std::cell::RefCell;
use std::rc::Rc;
use upr_core::import::{ImportFile, ImportReport};
use upr_core::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const WORKER: &str = "upr-import-worker_loader.js";
/// How long the worker may take to start (fetch and compile its WebAssembly) before the check is
/// given up with a message; a failure there is not always reported to the page.
const START_LIMIT_MS: i32 = 60_000;

/// The worker's answer: the report's JSON text, and every problem as a CSV file when there are more
/// than the report lists.
type Answer = (String, Option<web_sys::Blob>);
type Done = Rc<RefCell<Option<oneshot::Sender<Result<Answer, String>>>>>;

/// A finished check.
pub struct Checked {
    pub report: ImportReport,
    /// Every problem, when the report lists only the first ones.
    pub all_problems: Option<web_sys::Blob>,
}

/// Why there is no report.
#[derive(Debug, PartialEq)]
pub enum CheckFailed {
    /// The user stopped it.
    Cancelled,
    /// The worker could not be fetched, failed, or answered something unreadable.
    Failed(String),
}

/// The `message` of an error or an error event.
fn message_of(v: &JsValue) -> Option<String> {
    js_sys::Reflect::get(v, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
}

fn request(
    lang: Lang,
    base: &str,
    files: &[ImportFile],
    tracker_for: Option<&str>,
) -> Result<JsValue, JsValue> {
    let list = js_sys::Array::new();
    for f in files {
        let file = js_sys::Object::new();
        js_sys::Reflect::set(&file, &"name".into(), &JsValue::from_str(&f.name))?;
        js_sys::Reflect::set(
            &file,
            &"bytes".into(),
            &js_sys::Uint8Array::from(f.bytes.as_slice()),
        )?;
        list.push(&file);
    }
    let msg = js_sys::Object::new();
    js_sys::Reflect::set(&msg, &"lang".into(), &JsValue::from_str(lang.code()))?;
    js_sys::Reflect::set(&msg, &"base".into(), &JsValue::from_str(base))?;
    js_sys::Reflect::set(&msg, &"files".into(), &list)?;
    // Today, as this browser's clock says (a tracker from a source without a date is dated so).
    let today = String::from(js_sys::Date::new_0().to_iso_string());
    let today = today.get(..10).unwrap_or_default();
    js_sys::Reflect::set(&msg, &"today".into(), &JsValue::from_str(today))?;
    if let Some(code) = tracker_for {
        js_sys::Reflect::set(&msg, &"tracker".into(), &JsValue::from_str(code))?;
    }
    Ok(msg.into())
}

/// Checks `files` against the current dataset's text `base`; the report is written in `lang`.
/// `tracker_for`: a State chosen from the report's choices, whose tracker the report then carries.
/// `progress` is told what the check is doing; sending on (or dropping the sender of) `cancel`
/// ends the worker. Errors say what went wrong with the worker itself (it could not be fetched or
/// it failed).
pub async fn check_import(
    lang: Lang,
    base: String,
    files: Vec<ImportFile>,
    tracker_for: Option<String>,
    progress: impl Fn(String) + 'static,
    cancel: oneshot::Receiver<()>,
) -> Result<Checked, CheckFailed> {
    use futures::FutureExt;
    let failed = CheckFailed::Failed;
    let describe = |e: JsValue| {
        e.as_string()
            .or_else(|| message_of(&e))
            .unwrap_or_else(|| format!("{e:?}"))
    };
    let worker = web_sys::Worker::new(WORKER).map_err(|e| failed(describe(e)))?;
    let (tx, rx) = oneshot::channel();
    let done: Done = Rc::new(RefCell::new(Some(tx)));
    let finish = {
        let done = done.clone();
        move |result: Result<Answer, String>| {
            if let Some(tx) = done.borrow_mut().take() {
                let _ = tx.send(result);
            }
        }
    };
    let msg =
        request(lang, &base, &files, tracker_for.as_deref()).map_err(|e| failed(describe(e)))?;
    drop((base, files));
    let started = Rc::new(std::cell::Cell::new(false));
    let on_message = {
        let worker = worker.clone();
        let finish = finish.clone();
        let started = started.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
            if data.as_string().as_deref() == Some("ready") {
                started.set(true);
                if let Err(e) = worker.post_message(&msg) {
                    finish(Err(describe(e)));
                }
            } else if let Some(text) = field("progress").and_then(|p| p.as_string()) {
                progress(text);
            } else if let Some(report) = field("report").and_then(|r| r.as_string()) {
                let all = field("problems").and_then(|b| b.dyn_into::<web_sys::Blob>().ok());
                finish(Ok((report, all)));
            } else {
                finish(Err("the import check answered something unreadable".into()));
            }
        })
    };
    // The worker's file could not be fetched or run, or the check failed.
    let on_error = {
        let finish = finish.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let message = message_of(&ev)
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| format!("{WORKER} could not be loaded"));
            finish(Err(message));
        })
    };
    let too_slow = Closure::once_into_js(move || {
        if !started.get() {
            finish(Err(format!(
                "{WORKER} did not start within {} s",
                START_LIMIT_MS / 1000
            )));
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            too_slow.unchecked_ref(),
            START_LIMIT_MS,
        );
    }
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let answer = futures::select! {
        answer = rx.fuse() => Some(answer.unwrap_or_else(|_| Err("the import check stopped".into()))),
        _ = cancel.fuse() => None,
    };
    worker.terminate();
    drop((on_message, on_error));
    let (text, all_problems) = answer.ok_or(CheckFailed::Cancelled)?.map_err(failed)?;
    let report = serde_json::from_str::<ImportReport>(&text)
        .map_err(|e| failed(format!("the import check's answer could not be read: {e}")))?;
    Ok(Checked {
        report,
        all_problems,
    })
}
