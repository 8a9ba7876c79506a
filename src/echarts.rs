//! The only JavaScript glue: bindings to the global `echarts` that dist/echarts.js (a tree-shaken
//! build of the npm package) defines. Options are built in the core crate as JSON and handed over
//! with `JSON.parse`, so ECharts receives plain objects.
//!
//! Every instance made by [`init`] is counted until [`Instance::dispose`]: the number of live
//! instances is on `window.__echartsLive`, so a test can see that switching views leaks none.
//! Event handlers bound with [`Instance::on`] live as long as their instance and are dropped with it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
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

    #[wasm_bindgen(method, js_name = dispose)]
    fn dispose_js(this: &Instance);

    #[wasm_bindgen(method, js_name = getId)]
    fn id_js(this: &Instance) -> String;

    #[wasm_bindgen(method, js_name = on)]
    fn on_js(this: &Instance, event: &str, handler: &js_sys::Function);

    #[wasm_bindgen(method, js_name = isDisposed)]
    pub fn is_disposed(this: &Instance) -> bool;

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url_js(this: &Instance, opts: &JsValue) -> Result<String, JsValue>;

}

/// Where the charts' library (dist/echarts.js) is. It is not in the page: it is asked for when the
/// first chart or map comes near the screen (or the page is printed), so the first view, the data
/// and the table do not wait for it, and a reader who never scrolls to a chart never fetches it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Library {
    NotAsked,
    Loading,
    Ready,
    /// The file did not load, or ran without defining `echarts`.
    Failed,
}

thread_local! {
    static LIBRARY: leptos::prelude::ArcRwSignal<Library> =
        leptos::prelude::ArcRwSignal::new(if defined() { Library::Ready } else { Library::NotAsked });
}

/// Whether the global `echarts` is there.
fn defined() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("echarts")).ok())
        .is_some_and(|v| v.is_object())
}

/// The library's state; an effect that reads it runs again when it changes.
pub fn library() -> Library {
    use leptos::prelude::Get;
    LIBRARY.with(|s| s.get())
}

/// The library's state for one chart or map, asking for the library when it is not asked for yet
/// and `wanted()` (the chart is near the screen, or the page is printing). `wanted` is read only
/// then, so an effect that has drawn does not run again on scrolling or printing.
pub fn library_when(wanted: impl FnOnce() -> bool) -> Library {
    let state = library();
    if state == Library::NotAsked && wanted() {
        request_library();
    }
    state
}

fn set_library(state: Library) {
    use leptos::prelude::Set;
    LIBRARY.with(|s| s.set(state));
}

const LIBRARY_ID: &str = "echarts-library";

/// Adds `<script src="echarts.js">` to the page once; [`library`] follows its arrival.
fn request_library() {
    if library() != Library::NotAsked {
        return;
    }
    if defined() {
        return set_library(Library::Ready);
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return set_library(Library::Failed);
    };
    let Ok(script) = document.create_element("script") else {
        return set_library(Library::Failed);
    };
    script.set_id(LIBRARY_ID);
    let _ = script.set_attribute("src", "echarts.js");
    let loaded = Closure::once_into_js(|| {
        set_library(if defined() {
            Library::Ready
        } else {
            Library::Failed
        })
    });
    let failed = Closure::once_into_js(|| set_library(Library::Failed));
    let _ = js_sys::Reflect::set(&script, &JsValue::from_str("onload"), &loaded);
    let _ = js_sys::Reflect::set(&script, &JsValue::from_str("onerror"), &failed);
    match document.head() {
        Some(head) if head.append_child(&script).is_ok() => set_library(Library::Loading),
        _ => set_library(Library::Failed),
    }
}

fn parse(json: &str) -> Result<JsValue, String> {
    js_sys::JSON::parse(json).map_err(|e| format!("{e:?}"))
}

pub fn register_map(name: &str, geojson_text: &str) -> Result<(), String> {
    register_map_js(name, &parse(geojson_text)?).map_err(|e| format!("{e:?}"))
}

/// A handler bound to an instance's event (the closure must outlive the binding).
type Handler = Closure<dyn FnMut(JsValue)>;

thread_local! {
    /// Instances made by `init` and not yet disposed.
    static LIVE: Cell<i32> = const { Cell::new(0) };
    /// Per instance id: its event handlers, kept alive until `off` or `dispose`.
    static HANDLERS: RefCell<HashMap<String, Vec<(String, Handler)>>> = RefCell::new(HashMap::new());
}

/// Adds `delta` to the live count and publishes it on `window.__echartsLive`.
fn count_live(delta: i32) {
    let live = LIVE.with(|l| {
        l.set(l.get() + delta);
        l.get()
    });
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(
            &w,
            &JsValue::from_str("__echartsLive"),
            &JsValue::from(live),
        );
    }
}

pub fn init(el: &web_sys::HtmlElement) -> Result<Instance, String> {
    let instance = init_js(el).map_err(|e| format!("{e:?}"))?;
    count_live(1);
    Ok(instance)
}

impl Instance {
    /// Disposes the instance (once: a second call does nothing) and drops its event handlers.
    pub fn dispose(&self) {
        if self.is_disposed() {
            return;
        }
        let id = self.id_js();
        self.dispose_js();
        count_live(-1);
        let handlers = HANDLERS.with(|h| h.borrow_mut().remove(&id));
        drop(handlers);
    }

    /// Calls `handler` with ECharts' event parameters on each `event` (`"click"` …) until
    /// [`off`](Self::off) or [`dispose`](Self::dispose).
    pub fn on(&self, event: &str, handler: impl FnMut(JsValue) + 'static) {
        let handler: Handler = Closure::new(handler);
        self.on_js(event, handler.as_ref().unchecked_ref());
        HANDLERS.with(|h| {
            h.borrow_mut()
                .entry(self.id_js())
                .or_default()
                .push((event.to_string(), handler))
        });
    }

    /// Replaces the whole option (`notMerge`), so series that are gone do not linger.
    pub fn set_option(&self, option: &serde_json::Value) -> Result<(), String> {
        let opts = parse(r#"{"notMerge":true,"lazyUpdate":false}"#)?;
        self.set_option_js(&parse(&option.to_string())?, &opts)
            .map_err(|e| format!("{e:?}"))
    }

    /// Merges `option` into the one held (same series, new layout): used after a resize, where
    /// replacing the option would replay the animation.
    pub fn merge_option(&self, option: &serde_json::Value) -> Result<(), String> {
        let opts = parse(r#"{"notMerge":false,"lazyUpdate":false}"#)?;
        self.set_option_js(&parse(&option.to_string())?, &opts)
            .map_err(|e| format!("{e:?}"))
    }

    /// The picture as a PNG `data:` URL, twice the screen resolution, on white (the title and
    /// source line are part of the option, so they are in the picture).
    pub fn png_data_url(&self) -> Result<String, String> {
        let opts = parse(r##"{"type":"png","pixelRatio":2,"backgroundColor":"#ffffff"}"##)?;
        self.get_data_url_js(&opts).map_err(|e| format!("{e:?}"))
    }

    /// Offers the picture as a download named `file_name` (a `data:` URL, which the page's CSP
    /// allows).
    pub fn download_png(&self, file_name: &str) -> Result<(), String> {
        let url = self.png_data_url()?;
        crate::download::save_url(file_name, &url).map_err(|e| format!("{e:?}"))
    }
}

/// The ECharts instance of one component (a chart card, the map): made in its container the first
/// time it is drawn, its option replaced in place after that, told when the container changes
/// size, and disposed with the component, so switching views leaves no instance behind.
#[derive(Clone, Copy)]
pub struct Chart {
    instance: leptos::prelude::StoredValue<Option<Instance>, leptos::prelude::LocalStorage>,
    near: leptos::prelude::ReadSignal<bool>,
    container: leptos::prelude::NodeRef<leptos::html::Div>,
}

impl Chart {
    /// The chart that will be drawn in `container`.
    pub fn new(container: leptos::prelude::NodeRef<leptos::html::Div>) -> Self {
        use leptos::prelude::*;
        let instance = StoredValue::new_local(None::<Instance>);
        let near = crate::browser::near_screen(container);
        let chart = Self {
            instance,
            near,
            container,
        };
        on_cleanup(move || chart.clear());
        chart
    }

    /// Runs `f` whenever the container changes size.
    pub fn on_resize(&self, f: impl Fn() + 'static) {
        crate::browser::follow_size(self.container, f);
    }

    /// The library's state for this chart, asking for it once the chart is near the screen or
    /// `printing()` (see [`library_when`]).
    pub fn library(&self, printing: impl FnOnce() -> bool) -> Library {
        use leptos::prelude::Get;
        library_when(|| self.near.get() || printing())
    }

    /// Shows `option`: on the instance there is, or on a new one made in `el`, which `setup`
    /// prepares first (events, a map to register). An instance that fails is disposed.
    pub fn draw(
        &self,
        el: &web_sys::HtmlElement,
        option: &serde_json::Value,
        setup: impl FnOnce(&Instance) -> Result<(), String>,
    ) -> Result<(), String> {
        use leptos::prelude::*;
        let drawn = self
            .instance
            .try_with_value(|c| c.as_ref().map(|c| c.set_option(option)))
            .flatten();
        if let Some(result) = drawn {
            return result;
        }
        let instance = init(el)?;
        if let Err(e) = setup(&instance).and_then(|()| instance.set_option(option)) {
            instance.dispose();
            return Err(e);
        }
        self.instance.set_value(Some(instance));
        Ok(())
    }

    /// `f` on the instance, when there is one.
    pub fn with<R>(&self, f: impl FnOnce(&Instance) -> R) -> Option<R> {
        use leptos::prelude::*;
        self.instance
            .try_with_value(|c| c.as_ref().map(f))
            .flatten()
    }

    /// Disposes of the instance (nothing to draw any more).
    pub fn clear(&self) {
        use leptos::prelude::*;
        self.instance.try_update_value(|c| {
            if let Some(c) = c.take() {
                c.dispose();
            }
        });
    }
}
