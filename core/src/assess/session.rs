//! The rating session: one assessor goes through a list of recommendations one at a time and rates
//! each with a key. What each row's status is for that assessor (the data's latest rating by it,
//! or what was recorded here), how far the session is, and what each key does.

use super::log::{Act, EntryState};
use super::{Assessor, Entry};
use crate::date::PartialDate;
use crate::import::text::norm;
use crate::model::Status;
use crate::Loaded;
use std::collections::HashMap;

/// What a key does in a rating session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// 1, 2, 3: fully, partially, not implemented; 0: not assessed (the entry recorded here for
    /// this recommendation is withdrawn).
    Rate(Option<Status>),
    /// E: write the evidence.
    Evidence,
    Next,
    Previous,
}

impl Key {
    /// The key of a `KeyboardEvent.key`, without modifiers.
    pub fn of(key: &str) -> Option<Key> {
        Some(match key {
            "1" => Key::Rate(Some(Status::Fully)),
            "2" => Key::Rate(Some(Status::Partially)),
            "3" => Key::Rate(Some(Status::Not)),
            "0" => Key::Rate(None),
            "e" | "E" | "у" | "У" => Key::Evidence,
            "ArrowRight" => Key::Next,
            "ArrowLeft" => Key::Previous,
            _ => return None,
        })
    }
}

/// The latest entry recorded here by `assessor` about `recommendation` for the whole country (no
/// region): what a key edits or withdraws.
pub fn own_entry<'a>(
    entries: &'a [EntryState],
    recommendation: &str,
    assessor: &Assessor,
) -> Option<&'a EntryState> {
    entries
        .iter()
        .filter(|e| {
            e.entry.recommendation == recommendation
                && e.entry.region.is_none()
                && same_assessor(&e.entry.assessor, assessor)
        })
        .max_by(|a, b| {
            let d = |e: &EntryState| PartialDate::parse(&e.entry.date);
            d(a).cmp(&d(b)).then_with(|| a.at.cmp(&b.at))
        })
}

/// What a rating key records for `assessor` on `recommendation` today: a status edits today's own
/// entry (or adds one; a rating of an earlier day stays in the history), "not assessed" withdraws
/// the latest own entry. `None`: there is nothing to withdraw. The change is about the entry named
/// (`None`: a new one).
pub fn change_for_key(
    entries: &[EntryState],
    recommendation: &str,
    assessor: &Assessor,
    status: Option<Status>,
    today: &str,
) -> Option<(Option<String>, Act)> {
    let own = own_entry(entries, recommendation, assessor);
    match status {
        None => own.map(|o| (Some(o.id.clone()), Act::Withdraw)),
        Some(s) => Some(match own.filter(|o| o.entry.date == today) {
            Some(o) => {
                let entry = Entry {
                    status: s.word().to_string(),
                    ..o.entry.clone()
                };
                (Some(o.id.clone()), Act::Put { entry })
            }
            None => (
                None,
                Act::Put {
                    entry: Entry::new(recommendation, assessor.clone(), Some(s), today),
                },
            ),
        }),
    }
}

/// Whether two names and kinds are one assessor (as the importer compares them).
pub fn same_assessor(a: &Assessor, b: &Assessor) -> bool {
    a.kind == b.kind && norm(&a.name) == norm(&b.name)
}

type Dated = Option<(PartialDate, Status)>;

/// Each row's status by one assessor, over a list of rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Ratings {
    /// The data's latest rating by the assessor, per row of the list.
    data: Vec<Dated>,
    /// The latest rating recorded here, per row.
    own: Vec<Dated>,
    rated: usize,
}

fn later(a: Dated, b: Dated) -> Dated {
    match (a, b) {
        (Some((da, _)), Some((db, _))) if da > db => a,
        (_, Some(_)) => b,
        _ => a,
    }
}

impl Ratings {
    /// `rows`: indices of the list's recommendations in `base`; `entries`: the log's.
    pub fn new(base: &Loaded, rows: &[usize], assessor: &Assessor, entries: &[EntryState]) -> Self {
        let ds = &base.dataset;
        let kind = assessor.kind();
        let name = norm(&assessor.name);
        let is_theirs: Vec<bool> = ds
            .sources
            .iter()
            .map(|s| {
                Some(s.kind) == kind
                    && (norm(&s.title.en) == name
                        || s.title.mn.as_deref().is_some_and(|mn| norm(mn) == name))
            })
            .collect();
        let data: Vec<Dated> = rows
            .iter()
            .map(|&row| {
                base.prepared.assessments[row]
                    .iter()
                    .map(|&a| &ds.assessments[a])
                    .filter(|a| is_theirs[a.source])
                    .fold(None, |best, a| later(best, Some((a.date, a.status))))
            })
            .collect();
        let mut own_by_id: HashMap<&str, Dated> = HashMap::new();
        for e in entries {
            if !same_assessor(&e.entry.assessor, assessor) {
                continue;
            }
            let (Some(date), Some(status)) = (PartialDate::parse(&e.entry.date), e.entry.status())
            else {
                continue;
            };
            let slot = own_by_id.entry(&e.entry.recommendation).or_default();
            *slot = later(*slot, Some((date, status)));
        }
        let own: Vec<Dated> = rows
            .iter()
            .map(|&row| {
                own_by_id
                    .get(ds.recommendations[row].id.as_str())
                    .copied()
                    .flatten()
            })
            .collect();
        let mut r = Self {
            data,
            own,
            rated: 0,
        };
        r.rated = (0..r.total()).filter(|&i| r.status(i).is_some()).count();
        r
    }

    /// The status of the list's `pos`-th row.
    pub fn status(&self, pos: usize) -> Option<Status> {
        later(self.data[pos], self.own[pos]).map(|(_, s)| s)
    }

    /// After a key: what is recorded here for the `pos`-th row now.
    pub fn set_own(&mut self, pos: usize, own: Option<(PartialDate, Status)>) {
        let before = self.status(pos).is_some();
        self.own[pos] = own;
        match (before, self.status(pos).is_some()) {
            (false, true) => self.rated += 1,
            (true, false) => self.rated -= 1,
            _ => {}
        }
    }

    /// How many of the list's rows the assessor has rated.
    pub fn rated(&self) -> usize {
        self.rated
    }

    pub fn total(&self) -> usize {
        self.data.len()
    }

    /// The first row from `pos` on (wrapping) that the assessor has not rated.
    pub fn next_unrated(&self, pos: usize) -> Option<usize> {
        let n = self.total();
        (1..=n)
            .map(|k| (pos + k) % n)
            .find(|&i| self.status(i).is_none())
    }
}
