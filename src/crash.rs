//! When anything panics, the page shows a "something went wrong" panel with a reload link instead of
//! dying silently, and the panic is recorded in `window.__appErrors` for the tests of every engine.
//! Built with plain DOM calls and `textContent`: after a panic the app's own rendering is gone.

use wasm_bindgen::JsValue;

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        record_error(&format!("panic: {info}"));
        show_crash_panel();
    }));
}

/// Appends a line to `window.__appErrors` (created by public/boot.js).
pub fn record_error(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(list) = js_sys::Reflect::get(&window, &JsValue::from_str("__appErrors")) {
        if let Some(array) = list.dyn_ref::<js_sys::Array>() {
            array.push(&JsValue::from_str(text));
        }
    }
}

use wasm_bindgen::JsCast;

/// The static "Loading…" message of index.html, replaced by the app once it runs.
pub fn remove_boot_status() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The "loading" line, and the figures written into the page at build time.
    for id in ["boot-status", "glance"] {
        if let Some(el) = document.get_element_by_id(id) {
            el.remove();
        }
    }
}

fn show_crash_panel() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("crash-panel").is_some() {
        return;
    }
    let lang = doc
        .document_element()
        .map(|e| e.get_attribute("lang").unwrap_or_default())
        .unwrap_or_default();
    let lang = upr_core::Lang::parse(&lang).unwrap_or_default();
    let build = || -> Result<(), JsValue> {
        let panel = doc.create_element("div")?;
        panel.set_id("crash-panel");
        panel.set_class_name("crash-panel");
        panel.set_attribute("role", "alert")?;
        panel.set_attribute("data-testid", "crash-panel")?;
        let h = doc.create_element("h2")?;
        h.set_text_content(Some(&upr_core::t(lang, "crash-title")));
        let p = doc.create_element("p")?;
        p.set_text_content(Some(&upr_core::t(lang, "crash-body")));
        let a = doc.create_element("a")?;
        let here = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        a.set_attribute("href", &here)?;
        a.set_class_name("button");
        a.set_text_content(Some(&upr_core::t(lang, "reload")));
        panel.append_with_node_3(&h, &p, &a)?;
        if let Some(body) = doc.body() {
            body.prepend_with_node_1(&panel)?;
        }
        Ok(())
    };
    let _ = build();
}
