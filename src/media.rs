//! What the screen and the reader's settings are, as CSS media queries say them.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = window, js_name = matchMedia)]
    fn match_media(query: &str) -> Result<JsValue, JsValue>;
}

/// Whether the media query matches now (false where the browser cannot say).
pub fn matches(query: &str) -> bool {
    match_media(query)
        .ok()
        .and_then(|m| js_sys::Reflect::get(&m, &JsValue::from_str("matches")).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether the window is phone- or tablet-sized (the stylesheet's `max-width: 48rem`).
pub fn is_small_screen() -> bool {
    matches("(max-width: 48rem)")
}

/// Whether the reader asked the system for less motion (`prefers-reduced-motion: reduce`).
pub fn prefers_reduced_motion() -> bool {
    matches("(prefers-reduced-motion: reduce)")
}
