//! The only JavaScript glue: bindings to the global `echarts` that dist/echarts.js (a tree-shaken
//! build of the npm package) defines. Options are built in the core crate as JSON and handed over
//! with `JSON.parse`, so ECharts receives plain objects.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one DOM element.
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = registerMap)]
    fn register_map_js(name: &str, geojson: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init_js(el: &web_sys::HtmlElement) -> Result<Instance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option_js(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn resize(this: &Instance);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &Instance);

    #[wasm_bindgen(method, js_name = isDisposed)]
    pub fn is_disposed(this: &Instance) -> bool;
}

/// Whether dist/echarts.js has run (it is deferred and may arrive after the app's first paint).
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("echarts")).ok())
        .is_some_and(|v| v.is_object())
}

fn parse(json: &str) -> Result<JsValue, String> {
    js_sys::JSON::parse(json).map_err(|e| format!("{e:?}"))
}

pub fn register_map(name: &str, geojson_text: &str) -> Result<(), String> {
    register_map_js(name, &parse(geojson_text)?).map_err(|e| format!("{e:?}"))
}

pub fn init(el: &web_sys::HtmlElement) -> Result<Instance, String> {
    init_js(el).map_err(|e| format!("{e:?}"))
}

impl Instance {
    /// Replaces the whole option (`notMerge`), so series that are gone do not linger.
    pub fn set_option(&self, option: &serde_json::Value) -> Result<(), String> {
        let opts = parse(r#"{"notMerge":true,"lazyUpdate":false}"#)?;
        self.set_option_js(&parse(&option.to_string())?, &opts)
            .map_err(|e| format!("{e:?}"))
    }
}
