//! Recording ratings in the app: each change goes into the log in memory at once (the screen shows
//! it), then into the browser's storage, and "saved" shows only once the storage has confirmed it.
//! The tracker's root (`root`) reads the kept log, hears other tabs, applies the log to the data
//! shown and says what is not yet shared. All of it is reached only from split points, so none of
//! it is in the first view's download.

pub mod root;
pub mod store;

use crate::components::{rate_view::RateView, rec_assess::RecAssess, validate_view::ValidateView};
use crate::tracker::root::TrackerRoot;
use upr_core::Loaded;

/// The parts of recording ratings, all in one chunk (`crate::chunks::assess`).
pub enum Assess {
    /// The root: the kept log, the other tabs, the banner.
    Root,
    /// The rating session.
    Rate(Arc<Loaded>),
    /// Compare and agree.
    Validate(Arc<Loaded>),
    /// On a recommendation's page: adding, editing, withdrawing, its history.
    Rec(Arc<Loaded>, String),
}

impl Assess {
    pub fn into_view(self) -> AnyView {
        // Every part needs the kept log: the root reads it.
        let on = crate::state::use_app().tracker.on;
        if !matches!(self, Assess::Root) && !on.get_untracked() {
            on.set(true);
        }
        match self {
            Assess::Root => view! { <TrackerRoot/> }.into_any(),
            Assess::Rate(loaded) => view! { <RateView loaded=loaded/> }.into_any(),
            Assess::Validate(loaded) => view! { <ValidateView loaded=loaded/> }.into_any(),
            Assess::Rec(loaded, id) => view! { <RecAssess loaded=loaded id=id/> }.into_any(),
        }
    }
}

use crate::state::{AppState, CHANGES_MARK};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use upr_core::assess::{Act, Assessor, Change, Entry, Log};

/// Where the last write to the browser's storage stands.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Saving {
    #[default]
    Idle,
    /// This many writes are on their way.
    Writing(u32),
    /// The storage confirmed the last write.
    Saved,
    /// The storage refused a write (full, or turned off in a private window): the change is kept
    /// in memory only, and a download of it is offered.
    Failed(String),
}

/// The tracker's own state, made the first time the chunk needs it (kept out of `AppState`, so
/// that none of it is in the first view's download).
#[derive(Clone, Copy)]
pub struct Signals {
    /// The log, once read from the browser's storage (`None` before), with the changes made here.
    pub log: RwSignal<Option<Arc<Log>>>,
    pub saving: RwSignal<Saving>,
}

thread_local! {
    static SIGNALS: std::cell::OnceCell<(Owner, Signals)> = const { std::cell::OnceCell::new() };
}

/// The tracker's signals (the same for every part of it, for the life of the page). They belong to
/// an owner of their own, kept here: made under the component that first asks, they would go with it.
pub fn signals() -> Signals {
    SIGNALS.with(|cell| {
        cell.get_or_init(|| {
            let owner = Owner::new_root(None);
            let signals = owner.with(|| Signals {
                log: RwSignal::new(None),
                saving: RwSignal::new(Saving::Idle),
            });
            (owner, signals)
        })
        .1
    })
}

/// The log (see [`Signals::log`]).
pub fn log() -> RwSignal<Option<Arc<Log>>> {
    signals().log
}

/// Whether a key went to a field being typed in (which keeps its keys: Ctrl+Z undoes typing there).
pub fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

/// A new change's id: the time (milliseconds, base 36) and a random part, so that two tabs never
/// make the same.
pub fn new_id() -> String {
    let mut ms = js_sys::Date::now() as u64;
    let mut id = Vec::new();
    while ms > 0 {
        id.push(std::char::from_digit((ms % 36) as u32, 36).unwrap_or('0'));
        ms /= 36;
    }
    id.reverse();
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    format!("{}-{random:06}", id.into_iter().collect::<String>())
}

/// Now, as the change log writes it (ISO 8601, UTC).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today in this computer's calendar, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Records a change about `entry` (`None`: a new entry, whose id is the change's); returns the
/// entry's id.
pub fn record(state: AppState, entry: Option<&str>, act: Act) -> String {
    let t = signals();
    let id = new_id();
    let change = Change {
        entry: entry.map_or_else(|| id.clone(), str::to_string),
        id,
        at: now(),
        act,
    };
    let entry_id = change.entry.clone();
    if let Some(s) = local() {
        let _ = s.set_item(CHANGES_MARK, "1");
    }
    if !state.tracker.on.get_untracked() {
        state.tracker.on.set(true);
    }
    t.log.update(|log| {
        let log = log.get_or_insert_with(|| Arc::new(Log::default()));
        Arc::make_mut(log).insert(change.clone());
    });
    t.saving.update(|s| {
        *s = match s {
            Saving::Writing(n) => Saving::Writing(*n + 1),
            Saving::Failed(e) => Saving::Failed(e.clone()),
            _ => Saving::Writing(1),
        }
    });
    spawn_local(async move {
        // A write the storage has not confirmed in 10 s is said to have failed (a stuck storage
        // would otherwise show "Saving…" for ever); the change stays in memory.
        let writing = std::pin::pin!(store::add(&change));
        let timer = std::pin::pin!(crate::storage::sleep(10_000));
        let result = match futures::future::select(writing, timer).await {
            futures::future::Either::Left((result, _)) => result,
            futures::future::Either::Right(_) => {
                Err("the browser's storage did not confirm the write within 10 s".to_string())
            }
        };
        if result.is_ok() {
            store::broadcast(&serde_json::to_string(&change).unwrap_or_default());
        }
        t.saving.update(|s| {
            *s = match (result, &*s) {
                (Err(e), _) => Saving::Failed(e),
                (Ok(()), Saving::Failed(e)) => Saving::Failed(e.clone()),
                (Ok(()), Saving::Writing(n)) if *n > 1 => Saving::Writing(n - 1),
                (Ok(()), _) => Saving::Saved,
            }
        });
    });
    entry_id
}

/// Takes back the last change not yet taken back; false when there is none.
pub fn undo(state: AppState) -> bool {
    let target = log().with_untracked(|l| {
        l.as_ref()
            .and_then(|l| l.undoable())
            .map(|c| (c.id.clone(), c.entry.clone()))
    });
    match target {
        Some((change, entry)) => {
            record(state, Some(&entry), Act::Undo { change });
            true
        }
        None => false,
    }
}

const ME: &str = "upr-assessor";

/// The assessor this browser speaks for, as last chosen.
pub fn me() -> Option<Assessor> {
    let text = local()?.get_item(ME).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

pub fn set_me(who: &Assessor) {
    if let (Some(s), Ok(text)) = (local(), serde_json::to_string(who)) {
        let _ = s.set_item(ME, &text);
    }
}

/// A half-typed entry, kept as it is typed so that closing the tab loses nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The entry being edited (`None`: a new one).
    pub editing: Option<String>,
    pub entry: Entry,
}

fn draft_key(recommendation: &str) -> String {
    format!("upr-draft:{recommendation}")
}

pub fn draft(recommendation: &str) -> Option<Draft> {
    let text = local()?
        .get_item(&draft_key(recommendation))
        .ok()
        .flatten()?;
    serde_json::from_str(&text).ok()
}

pub fn set_draft(draft: &Draft) {
    if let (Some(s), Ok(text)) = (local(), serde_json::to_string(draft)) {
        let _ = s.set_item(&draft_key(&draft.entry.recommendation), &text);
    }
}

pub fn clear_draft(recommendation: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(&draft_key(recommendation));
    }
}
