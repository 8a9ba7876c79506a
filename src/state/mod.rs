//! The app's state, one `Copy` struct in context: the data shown (`fetch`), the query the address
//! has and the query the screen shows (read here; written only by `address`), and the language.

mod address;
mod fetch;
mod tracker;

pub use fetch::{fetch_map, shown_dataset_text, DataResult, DATASET_URL};
pub use tracker::{AppliedData, Tracker, CHANGES_MARK};

use crate::storage::ImportMeta;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use upr_core::explore::check_query;
use upr_core::query::{Query, QueryIssue};
use upr_core::{DataIssue, Lang};

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// Which data the app shows.
#[derive(Clone, Debug, PartialEq)]
pub enum ShownData {
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

impl ShownData {
    /// The identity a link carries (`None`: the bundled data).
    pub fn dataset_id(&self) -> Option<String> {
        match self {
            ShownData::Imported(meta) => Some(meta.dataset_id.clone()),
            _ => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: LocalResource<DataResult>,
    /// Which data `data` holds.
    pub shown_data: RwSignal<ShownData>,
    /// Bumped to load the data again (after an import or a return to the bundled data).
    pub data_version: RwSignal<u32>,
    /// The query as the address has it (the deck and the slide number included), or as it will
    /// have it once the pending write is made.
    pub address: Memo<Query>,
    /// The query the screen shows, which every view reads: while presenting, the current slide's
    /// view; and once the data is here, without the values it does not know (`query_issues` names
    /// them).
    pub shown: Memo<Query>,
    /// What the address asks for that is not shown: values that do not parse, and values the
    /// data does not know.
    pub query_issues: Memo<Vec<QueryIssue>>,
    pub lang: Memo<Lang>,
    /// Ratings recorded in this browser.
    pub tracker: Tracker,
    /// True between the browser's `beforeprint` and `afterprint`: the table then renders every
    /// matching row, not one page.
    pub printing: RwSignal<bool>,
    pathname: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// The query the screen shows while its address is not yet written (see `set_query`).
    pending: RwSignal<Option<Query>>,
    /// Addresses to write, in order, each with whether it replaces the current history entry.
    writes: StoredValue<Vec<(Query, bool)>, LocalStorage>,
}

impl AppState {
    /// Reads the router's URL; call inside the `<Router>`.
    pub fn from_router() -> Self {
        let location = use_location();
        let search = location.search;
        let parsed = Memo::new(move |_| search.with(|s| Query::parse_search(s)));
        let pending = RwSignal::new(None::<Query>);
        let address = Memo::new(move |_| {
            pending
                .get()
                .unwrap_or_else(|| parsed.with(|(q, _)| q.clone()))
        });
        let shown_data = RwSignal::new(ShownData::Unknown);
        let data_version = RwSignal::new(0u32);
        let data = LocalResource::new(move || {
            data_version.track();
            fetch::fetch_dataset(shown_data)
        });
        let checked = Memo::new(move |_| {
            let view = address.with(Query::shown_view);
            match data.get() {
                Some(Ok(loaded)) => check_query(&loaded.dataset, &view),
                _ => (view, Vec::new()),
            }
        });
        let shown = Memo::new(move |_| checked.with(|(q, _)| q.clone()));
        let query_issues = Memo::new(move |_| {
            let mut issues = parsed.with(|(_, i)| i.clone());
            checked.with(|(_, unknown)| issues.extend(unknown.iter().cloned()));
            issues
        });
        let lang = Memo::new(move |_| shown.with(|q| q.lang));
        let pathname = Memo::new(move |_| location.pathname.get());
        let navigate = use_navigate();
        let navigate: Navigate =
            Box::new(move |url: &str, opts: NavigateOptions| navigate(url, opts));
        Self {
            data,
            shown_data,
            data_version,
            address,
            shown,
            query_issues,
            lang,
            tracker: Tracker::new(),
            printing: RwSignal::new(false),
            pathname,
            navigate: StoredValue::new_local(navigate),
            pending,
            writes: StoredValue::new_local(Vec::new()),
        }
    }

    /// The address of another view of the same data (for `href`s); it names the imported dataset
    /// when one is shown.
    pub fn href(&self, q: &Query) -> String {
        let data = self.data_id();
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

    /// The identity of the data shown, as a link made on it carries it (`None`: the bundled data
    /// as it came): an import's, or that of the data with the ratings recorded here.
    pub fn data_id(&self) -> Option<String> {
        self.tracker
            .shown_id()
            .or_else(|| self.shown_data.with(ShownData::dataset_id))
    }

    /// A message in the shown language, following it.
    pub fn t(&self, id: &'static str) -> impl Fn() -> String + Send + Sync + Copy + 'static {
        let lang = self.lang;
        move || upr_core::t(lang.get(), id)
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
