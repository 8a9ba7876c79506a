//! The app's state: the dataset resource, the URL query (the one reader and the one writer of the
//! URL) and the language. One `Copy` struct in context.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;
use upr_core::query::{Query, QueryIssue};
use upr_core::{load_dataset, Lang, LoadFailure, Loaded, Problem};

/// Where the bundled dataset is, relative to the page (so the app works under any sub-path).
pub const DATASET_URL: &str = "data/mongolia-upr.json";
pub const MAP_URL: &str = "data/mongolia_admin1.geojson";

pub type DataResult = Result<Arc<Loaded>, Arc<LoadFailure>>;

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

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
    pathname: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

async fn fetch_text(url: &str) -> Result<String, Problem> {
    let resp = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| Problem::Network {
            detail: e.to_string(),
        })?;
    if !resp.ok() {
        return Err(Problem::Http {
            status: resp.status(),
        });
    }
    resp.text().await.map_err(|e| Problem::Network {
        detail: e.to_string(),
    })
}

async fn fetch_dataset() -> DataResult {
    let text = fetch_text(DATASET_URL)
        .await
        .map_err(|p| Arc::new(LoadFailure::single(p)))?;
    load_dataset(&text).map(Arc::new).map_err(Arc::new)
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
        let raw_query = Memo::new(move |_| parsed.with(|(q, _)| q.clone()));
        let query = Memo::new(move |_| raw_query.with(Query::effective));
        let query_issues = Memo::new(move |_| parsed.with(|(_, i)| i.clone()));
        let lang = Memo::new(move |_| query.with(|q| q.lang));
        let pathname = Memo::new(move |_| location.pathname.get());
        let navigate = use_navigate();
        let navigate: Navigate =
            Box::new(move |url: &str, opts: NavigateOptions| navigate(url, opts));
        Self {
            data: LocalResource::new(fetch_dataset),
            query,
            raw_query,
            query_issues,
            lang,
            printing: RwSignal::new(false),
            pathname,
            navigate: StoredValue::new_local(navigate),
        }
    }

    /// The address of another view of the same data (for `href`s).
    pub fn href(&self, q: &Query) -> String {
        let search = q.to_search();
        let path = self.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}{search}")
        }
    }

    /// The one writer of the URL. A discrete choice (a filter, a page, a recommendation) adds a
    /// history entry so that Back restores the previous view; typing replaces the current one.
    pub fn set_query(&self, q: &Query, replace: bool) {
        let href = self.href(q);
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

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
