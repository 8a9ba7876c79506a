//! The log of changes: each record is written once and never rewritten, so two tabs (or two
//! sessions) writing at once add to it and never overwrite each other. What an entry says now is
//! found by reading the log in order.

use super::{Assessor, Entry};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// What one change does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "act", rename_all = "snake_case")]
pub enum Act {
    /// The entry's new version: its first adds it, a later one edits it.
    Put { entry: Entry },
    /// The entry no longer counts.
    Withdraw,
    /// Takes back an earlier change (`change`: its id).
    Undo { change: String },
}

/// One change, as kept in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Unique in the log (the browser makes it from the time and a random part).
    pub id: String,
    /// When it was made: ISO 8601, UTC, to the millisecond (`2026-12-07T10:15:02.118Z`).
    pub at: String,
    /// The entry it is about: the id of the change that added it.
    #[serde(rename = "entry_id")]
    pub entry: String,
    #[serde(flatten)]
    pub act: Act,
}

/// An entry as the log has it now.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryState {
    /// The entry's id (see [`Change::entry`]).
    pub id: String,
    pub entry: Entry,
    /// When its current version was made.
    pub at: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryKind {
    Added,
    Edited,
    Withdrawn,
    /// An undo of the change [`HistoryItem::undoes`] names.
    Undid,
}

/// One change in a recommendation's history.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryItem {
    pub change: String,
    pub at: String,
    pub kind: HistoryKind,
    pub assessor: Assessor,
    /// The status it recorded (an undo: the undone change's).
    pub status: Option<String>,
    /// Taken back by a later undo.
    pub undone: bool,
    /// The kind of change an undo took back.
    pub undoes: Option<HistoryKind>,
}

/// Every change kept in this browser, in the order they were made (time, then id).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Log {
    changes: Vec<Change>,
    ids: HashSet<String>,
}

impl Log {
    /// The log of these records (in any order; a record twice counts once).
    pub fn new(changes: Vec<Change>) -> Self {
        let mut log = Self::default();
        for c in changes {
            log.insert(c);
        }
        log
    }

    /// Adds a change made here or read from another tab; false when the log has it already.
    pub fn insert(&mut self, change: Change) -> bool {
        if !self.ids.insert(change.id.clone()) {
            return false;
        }
        let key = |c: &Change| (c.at.clone(), c.id.clone());
        let k = key(&change);
        let at = self.changes.partition_point(|c| key(c) <= k);
        self.changes.insert(at, change);
        true
    }

    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The ids of the changes an undo took back.
    fn undone(&self) -> HashSet<&str> {
        self.changes
            .iter()
            .filter_map(|c| match &c.act {
                Act::Undo { change } => Some(change.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The entries that count now, in the order they were added.
    pub fn entries(&self) -> Vec<EntryState> {
        let undone = self.undone();
        let mut order: Vec<String> = Vec::new();
        let mut now: HashMap<&str, Option<(&Entry, &str)>> = HashMap::new();
        for c in &self.changes {
            if undone.contains(c.id.as_str()) {
                continue;
            }
            match &c.act {
                Act::Put { entry } => {
                    if !now.contains_key(c.entry.as_str()) {
                        order.push(c.entry.clone());
                    }
                    now.insert(&c.entry, Some((entry, &c.at)));
                }
                Act::Withdraw => {
                    if let Some(state) = now.get_mut(c.entry.as_str()) {
                        *state = None;
                    }
                }
                Act::Undo { .. } => {}
            }
        }
        order
            .into_iter()
            .filter_map(|id| {
                let (entry, at) = now.get(id.as_str()).copied().flatten()?;
                Some(EntryState {
                    entry: entry.clone(),
                    at: at.to_string(),
                    id,
                })
            })
            .collect()
    }

    /// The change "Undo" takes back: the latest addition, edit or withdrawal not yet undone.
    pub fn undoable(&self) -> Option<&Change> {
        let undone = self.undone();
        self.changes
            .iter()
            .rev()
            .find(|c| !matches!(c.act, Act::Undo { .. }) && !undone.contains(c.id.as_str()))
    }

    /// Every change about one recommendation, oldest first.
    pub fn history(&self, recommendation: &str) -> Vec<HistoryItem> {
        let undone = self.undone();
        // Each entry's latest version (whatever was undone), for the changes that do not carry it.
        let mut version: HashMap<&str, &Entry> = HashMap::new();
        for c in &self.changes {
            if let Act::Put { entry } = &c.act {
                version.insert(&c.entry, entry);
            }
        }
        let by_id: HashMap<&str, &Change> =
            self.changes.iter().map(|c| (c.id.as_str(), c)).collect();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut kinds: HashMap<&str, HistoryKind> = HashMap::new();
        let mut items = Vec::new();
        for c in &self.changes {
            let kind = match &c.act {
                Act::Put { .. } if seen.insert(&c.entry) => HistoryKind::Added,
                Act::Put { .. } => HistoryKind::Edited,
                Act::Withdraw => HistoryKind::Withdrawn,
                Act::Undo { .. } => HistoryKind::Undid,
            };
            kinds.insert(&c.id, kind);
            let Some(latest) = version.get(c.entry.as_str()) else {
                continue;
            };
            if latest.recommendation != recommendation {
                continue;
            }
            let (status, undoes) = match &c.act {
                Act::Put { entry } => (Some(entry.status.clone()), None),
                Act::Withdraw => (None, None),
                Act::Undo { change } => match by_id.get(change.as_str()) {
                    Some(target) => (
                        match &target.act {
                            Act::Put { entry } => Some(entry.status.clone()),
                            _ => None,
                        },
                        kinds.get(change.as_str()).copied(),
                    ),
                    None => (None, None),
                },
            };
            let assessor = match &c.act {
                Act::Put { entry } => entry.assessor.clone(),
                _ => latest.assessor.clone(),
            };
            items.push(HistoryItem {
                change: c.id.clone(),
                at: c.at.clone(),
                kind,
                assessor,
                status,
                undone: undone.contains(c.id.as_str()),
                undoes,
            });
        }
        items
    }
}
