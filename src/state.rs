//! The app's state: the dataset resource, the URL query (the one reader and the one writer of the
//! URL) and the language. One `Copy` struct in context.

use crate::storage::{self, ImportMeta};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;
use upr_core::query::{Query, QueryIssue};
use upr_core::{load_dataset, load_dataset_bytes, DataIssue, Lang, LoadFailure, Loaded, Problem};
use wasm_bindgen::{JsCast, JsValue};

/// Where the bundled dataset is, relative to the page (so the app works under any sub-path).
pub const DATASET_URL: &str = "data/mongolia-upr.json";
pub const MAP_URL: &str = "data/mongolia_admin1.geojson";

pub type DataResult = Result<Arc<Loaded>, Arc<LoadFailure>>;

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// Which data the app shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// Still loading.
    Unknown,
    /// The dataset that came with the app.
    Bundled,
    /// Data the user imported, kept in this browser.
    Imported(ImportMeta),
    /// An import is kept in this browser but could not be used (its errors); the bundled data is
    /// shown and the kept import is left as it is.
    KeptButUnusable(Vec<DataIssue>),
    /// The browser's storage did not answer in time: the bundled data is shown, and anything kept
    /// there is left as it is.
    StorageSilent,
}

impl Origin {
    /// The identity a link carries (`None`: the bundled data).
    pub fn dataset_id(&self) -> Option<String> {
        match self {
            Origin::Imported(meta) => Some(meta.dataset_id.clone()),
            _ => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: LocalResource<DataResult>,
    /// What the screen shows (while presenting: the current slide's view).
    pub query: Memo<Query>,
    /// The query as the URL has it (the deck and the slide number included).
    pub raw_query: Memo<Query>,
    pub query_issues: Memo<Vec<QueryIssue>>,
    pub lang: Memo<Lang>,
    /// True between the browser's `beforeprint` and `afterprint`: the table then renders every
    /// matching row, not one page.
    pub printing: RwSignal<bool>,
    /// Which data `data` holds.
    pub origin: RwSignal<Origin>,
    /// Bumped to load the data again (after an import or a return to the bundled data).
    pub data_version: RwSignal<u32>,
    pathname: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// The query the screen shows while its address is not yet written (see `set_query`).
    pending: RwSignal<Option<Query>>,
    /// Addresses to write, in order, each with whether it replaces the current history entry.
    writes: StoredValue<Vec<(Query, bool)>, LocalStorage>,
}

fn network(e: gloo_net::Error) -> Problem {
    Problem::Network {
        detail: e.to_string(),
    }
}

/// The bundled dataset's response that public/boot.js asked for as the page started: taken once,
/// by the first load; later loads fetch anew.
fn started_by_boot(url: &str) -> Option<js_sys::Promise> {
    if url != DATASET_URL {
        return None;
    }
    let window = web_sys::window()?;
    let key = JsValue::from_str("__uprDataset");
    let started = js_sys::Reflect::get(&window, &key).ok()?;
    js_sys::Reflect::delete_property(&window, &key).ok()?;
    started.dyn_into().ok()
}

async fn fetch(url: &str) -> Result<gloo_net::http::Response, Problem> {
    let resp = match started_by_boot(url) {
        Some(started) => wasm_bindgen_futures::JsFuture::from(started)
            .await
            .map(|r| gloo_net::http::Response::from(r.unchecked_into::<web_sys::Response>()))
            .map_err(|e| Problem::Network {
                detail: storage::describe(e),
            })?,
        None => gloo_net::http::Request::get(url)
            .send()
            .await
            .map_err(network)?,
    };
    if !resp.ok() {
        return Err(Problem::Http {
            status: resp.status(),
        });
    }
    Ok(resp)
}

async fn fetch_text(url: &str) -> Result<String, Problem> {
    fetch(url).await?.text().await.map_err(network)
}

/// The body as bytes, for `load_dataset_bytes`: copied into the app's memory once, at its size.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Problem> {
    fetch(url).await?.binary().await.map_err(network)
}

/// The kept import when there is one that loads, else the bundled dataset. Both are asked for at
/// once, so a kept import costs no extra time. A storage that cannot be read at all (turned off,
/// say) shows the bundled data; one that does not open shows it after a deadline, with a notice,
/// instead of "Loading…" for ever.
async fn fetch_dataset(origin: RwSignal<Origin>) -> DataResult {
    let (kept, bundled) = futures::join!(storage::load_within_deadline(), fetch_bytes(DATASET_URL));
    let shown = match kept {
        Ok(Ok(Some(kept))) => match load_dataset(&kept.dataset) {
            Ok(loaded) => {
                origin.set(Origin::Imported(kept.meta));
                return Ok(Arc::new(loaded));
            }
            Err(failure) => Origin::KeptButUnusable(failure.errors().cloned().collect()),
        },
        Ok(_) => Origin::Bundled,
        Err(storage::NoAnswer) => Origin::StorageSilent,
    };
    origin.set(shown);
    let bundled = bundled.map_err(|p| Arc::new(LoadFailure::single(p)))?;
    load_dataset_bytes(bundled).map(Arc::new).map_err(Arc::new)
}

/// The text of the dataset shown: the base an import is merged into, and what "Download this data"
/// saves. Read again when needed (from the browser's storage or the service worker's cache) rather
/// than kept in memory beside the parsed data.
pub async fn shown_dataset_text(origin: &Origin, lang: Lang) -> Result<String, String> {
    if let Origin::Imported(_) = origin {
        if let Some(kept) = storage::load().await? {
            return Ok(kept.dataset);
        }
    }
    fetch_text(DATASET_URL)
        .await
        .map_err(|p| DataIssue::error(DATASET_URL, p).message(lang))
}

/// The map's GeoJSON text, fetched when the map is first shown.
pub async fn fetch_map() -> Result<String, Problem> {
    fetch_text(MAP_URL).await
}

impl AppState {
    /// Reads the router's URL; call inside the `<Router>`.
    pub fn from_router() -> Self {
        let location = use_location();
        let search = location.search;
        let parsed = Memo::new(move |_| search.with(|s| Query::parse_search(s)));
        let pending = RwSignal::new(None::<Query>);
        let raw_query = Memo::new(move |_| {
            pending
                .get()
                .unwrap_or_else(|| parsed.with(|(q, _)| q.clone()))
        });
        let query = Memo::new(move |_| raw_query.with(Query::effective));
        let query_issues = Memo::new(move |_| parsed.with(|(_, i)| i.clone()));
        let lang = Memo::new(move |_| query.with(|q| q.lang));
        let pathname = Memo::new(move |_| location.pathname.get());
        let navigate = use_navigate();
        let navigate: Navigate =
            Box::new(move |url: &str, opts: NavigateOptions| navigate(url, opts));
        let origin = RwSignal::new(Origin::Unknown);
        let data_version = RwSignal::new(0u32);
        Self {
            data: LocalResource::new(move || {
                data_version.track();
                fetch_dataset(origin)
            }),
            origin,
            data_version,
            query,
            raw_query,
            query_issues,
            lang,
            printing: RwSignal::new(false),
            pathname,
            navigate: StoredValue::new_local(navigate),
            pending,
            writes: StoredValue::new_local(Vec::new()),
        }
    }

    /// Keeps the address bar in step: writes waiting addresses before a link is followed (so that
    /// Back returns to what was on screen) and when the page is left; lets Back and Forward win
    /// over addresses not yet written. Call once, in the shell.
    pub fn keep_url_in_step(&self) {
        let state = *self;
        let click = window_event_listener(leptos::ev::click, move |ev| {
            let on_link = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
                .is_some();
            if on_link {
                state.flush_url();
            }
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| state.flush_url());
        let pop = window_event_listener(leptos::ev::popstate, move |_| {
            state.writes.update_value(Vec::clear);
            state.pending.set(None);
        });
        on_cleanup(move || {
            click.remove();
            hide.remove();
            pop.remove();
        });
    }

    /// Writes the addresses of the views shown so far that are not in the browser's history yet.
    pub fn flush_url(&self) {
        let writes = self
            .writes
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if writes.is_empty() {
            return;
        }
        for (q, replace) in writes {
            let href = self.href(&q);
            self.navigate.with_value(|navigate| {
                navigate(
                    &href,
                    NavigateOptions {
                        replace,
                        scroll: false,
                        ..Default::default()
                    },
                )
            });
        }
        // The address now says what the screen shows.
        self.pending.set(None);
    }

    /// The address of another view of the same data (for `href`s); it names the imported dataset
    /// when one is shown.
    pub fn href(&self, q: &Query) -> String {
        let data = self.origin.with(Origin::dataset_id);
        let search = if q.data == data {
            q.to_search()
        } else {
            Query { data, ..q.clone() }.to_search()
        };
        let path = self.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}{search}")
        }
    }

    /// The one writer of the URL. A discrete choice (a filter, a page, a recommendation) adds a
    /// history entry so that Back restores the previous view; typing replaces the current one.
    /// The screen follows at once; the address is written right after the next frame has been
    /// painted (writing history takes milliseconds the input should not wait for), or earlier
    /// when a link is followed, a link is copied or the page is left.
    pub fn set_query(&self, q: &Query, replace: bool) {
        let first = self
            .writes
            .try_update_value(|writes| {
                let first = writes.is_empty();
                match writes.last_mut() {
                    // Typing on: one entry for the whole word.
                    Some((last, true)) if replace => *last = q.clone(),
                    _ => writes.push((q.clone(), replace)),
                }
                first
            })
            .unwrap_or(false);
        self.pending.set(Some(q.clone()));
        if first {
            let state = *self;
            request_animation_frame(move || when_idle(move || state.flush_url()));
        }
    }

    /// Changes the current query with `f` (and goes back to the first page of the table).
    pub fn update_query(&self, replace: bool, f: impl FnOnce(&mut Query)) {
        let mut q = self.query.get_untracked();
        f(&mut q);
        if q.page == self.query.get_untracked().page {
            q.page = 1;
        }
        self.set_query(&q, replace);
    }

    pub fn t(&self, id: &'static str) -> impl Fn() -> String + Send + Sync + Copy + 'static {
        let lang = self.lang;
        move || upr_core::t(lang.get(), id)
    }
}

/// Runs `f` when the browser has nothing more urgent to do (after the frame being drawn), or within
/// a tenth of a second; right after the current task where idle callbacks do not exist (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_idle =
        js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if has_idle {
        let callback = Closure::once_into_js(f);
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(100);
        let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
        return;
    }
    set_timeout(f, std::time::Duration::ZERO);
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
