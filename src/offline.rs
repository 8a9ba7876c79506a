//! Offline use: registers the service worker (dist/sw.js, generated at build time with the
//! release's files) and tells the app when a new version is waiting, so that the user chooses
//! when to reload. The old version keeps serving its own files until then.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent where service workers are not supported (or in private modes that disable them).
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .then(|| navigator.service_worker())
}

/// Registers `sw.js`; `on_update` runs when a new version has been installed and waits.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(sw) = container() else { return };
    let promise = sw.register("sw.js");
    let on_update_ok = on_update.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |reg: JsValue| {
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if reg.waiting().is_some() && has_controller() {
            on_update_ok();
        }
        let reg2 = reg.clone();
        let on_update = on_update_ok.clone();
        let found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg2.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update = on_update.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
    let failed = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        // Not a crash: the app works online without it (e.g. a browser that blocks workers).
        leptos::logging::warn!("service worker registration failed: {e:?}");
    });
    let _ = promise.then2(&ok, &failed);
    ok.forget();
    failed.forget();
}

fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Lets the waiting version take over, then reloads the page once it controls it.
pub fn activate_update() {
    let Some(sw) = container() else { return };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    sw.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let ready = sw.ready();
    let skip = Closure::<dyn FnMut(JsValue)>::new(|reg: JsValue| {
        if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
            if let Some(waiting) = reg.waiting() {
                let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
            }
        }
    });
    if let Ok(ready) = ready {
        let _ = ready.then(&skip);
    }
    skip.forget();
}
