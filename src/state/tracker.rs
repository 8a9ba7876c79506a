//! Ratings recorded in this browser, as the rest of the app sees them. The work (reading and
//! writing the log, applying it, the banner) is in the tracker's chunk (`crate::tracker`), which
//! runs once ratings are kept here or one is first recorded; the first view only holds these
//! signals and a mark in local storage that says whether to start it.

use leptos::prelude::*;
use std::sync::Arc;
use upr_core::Loaded;

/// The mark in local storage that ratings are kept in this browser: public/boot.js reads it (and
/// tells the app in `window.__uprChanges`); the bundled data's figures written into the page are
/// then not the figures shown.
pub const CHANGES_MARK: &str = "upr-changes";

/// The data shown with the log's entries applied.
#[derive(Clone)]
pub struct AppliedData {
    /// The data they were applied to.
    pub base: Arc<Loaded>,
    pub loaded: Arc<Loaded>,
    /// The identity a link made on it carries.
    pub id: String,
    /// How many entries of the log it has.
    pub entries: usize,
}

#[derive(Clone, Copy)]
pub struct Tracker {
    /// Whether the tracker's chunk runs.
    pub on: RwSignal<bool>,
    /// The data shown with the log's entries (`None`: there are none, or not yet applied). The
    /// log itself is the chunk's (`crate::tracker::log`).
    pub applied: RwSignal<Option<AppliedData>>,
    /// Whether `applied` says what the kept log holds: true once the chunk has read and applied
    /// it (or could not), and from the start when nothing is kept. Until then the views wait, so
    /// that they are not drawn first without the ratings and then again with them.
    pub ready: RwSignal<bool>,
}

impl Tracker {
    pub fn new() -> Self {
        // public/boot.js read the mark before the app started.
        let kept = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"__uprChanges".into()).ok())
            .is_some_and(|v| v.is_truthy());
        Self {
            on: RwSignal::new(kept),
            applied: RwSignal::new(None),
            ready: RwSignal::new(!kept),
        }
    }

    /// The data to show over `base`: with the log's entries when they have been applied to it.
    pub fn shown(&self, base: &Arc<Loaded>) -> Arc<Loaded> {
        self.applied.with(|a| match a {
            Some(a) if Arc::ptr_eq(&a.base, base) => a.loaded.clone(),
            _ => base.clone(),
        })
    }

    /// The identity of the data with the log's entries, when some are shown.
    pub fn shown_id(&self) -> Option<String> {
        self.applied.with(|a| a.as_ref().map(|a| a.id.clone()))
    }
}

impl Default for Tracker {
    fn default() -> Self {
        Self::new()
    }
}
