//! The validation view: for each recommendation, each assessor's latest status and evidence side
//! by side; the recommendations whose assessors disagree first.

use super::session::same_assessor;
use super::Assessor;
use crate::date::PartialDate;
use crate::model::Status;
use crate::Loaded;

/// One assessor's latest word on a recommendation.
#[derive(Clone, Debug, PartialEq)]
pub struct Voice {
    /// Index into `Dataset::sources`.
    pub source: usize,
    /// Index into `Dataset::assessments`: its latest rating.
    pub assessment: usize,
    pub status: Status,
    pub date: PartialDate,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    /// Index into `Dataset::recommendations`.
    pub row: usize,
    /// In the order of the data's sources.
    pub voices: Vec<Voice>,
    /// The assessors say different things.
    pub disagree: bool,
    /// The status the meeting recorded, when its word is the latest.
    pub agreed: Option<Status>,
}

impl CompareRow {
    /// Still to settle: the assessors disagree and the meeting has not recorded a status.
    pub fn open(&self) -> bool {
        self.disagree && self.agreed.is_none()
    }
}

/// The rows of a list as the validation view shows them: those still to settle first, then the
/// rest, each group in the list's order. `meeting`: the assessor a meeting records as.
pub fn rows(loaded: &Loaded, list: &[usize], meeting: Option<&Assessor>) -> Vec<CompareRow> {
    let ds = &loaded.dataset;
    let is_meeting: Vec<bool> = ds
        .sources
        .iter()
        .map(|s| meeting.is_some_and(|m| same_assessor(&Assessor::of_source(s), m)))
        .collect();
    let mut out: Vec<CompareRow> = list
        .iter()
        .map(|&row| {
            let mut voices: Vec<Voice> = Vec::new();
            for &a in &loaded.prepared.assessments[row] {
                let x = &ds.assessments[a];
                let voice = Voice {
                    source: x.source,
                    assessment: a,
                    status: x.status,
                    date: x.date,
                };
                match voices.iter_mut().find(|v| v.source == x.source) {
                    Some(v) if v.date <= x.date => *v = voice,
                    Some(_) => {}
                    None => voices.push(voice),
                }
            }
            voices.sort_by_key(|v| v.source);
            let others = voices.iter().filter(|v| !is_meeting[v.source]);
            let disagree = {
                let mut seen = others.clone().map(|v| v.status);
                let first = seen.next();
                seen.any(|s| Some(s) != first)
            };
            let latest_other = others.map(|v| v.date).max();
            let agreed = voices
                .iter()
                .find(|v| is_meeting[v.source] && latest_other.is_none_or(|d| v.date >= d))
                .map(|v| v.status);
            CompareRow {
                row,
                voices,
                disagree,
                agreed,
            }
        })
        .collect();
    crate::sort_by_dyn(&mut out, &|a, b| b.open().cmp(&a.open()));
    out
}
