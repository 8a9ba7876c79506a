//! Saving a text file the app made (CSV, JSON) and copying a link, through the browser's own APIs.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// Offers `text` as a file download named `name`.
pub fn save_text(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let saved = save_url(name, &url);
    web_sys::Url::revoke_object_url(&url)?;
    saved
}

/// Offers a file the app was given (a `Blob`) as a download named `name`.
pub fn save_blob(name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let saved = save_url(name, &url);
    web_sys::Url::revoke_object_url(&url)?;
    saved
}

/// Offers the file at `url` (a blob or `data:` URL) as a download named `name`, through a hidden
/// `<a download>` clicked once.
pub fn save_url(name: &str, url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.set_hidden(true);
    document.body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// The page's full address.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
