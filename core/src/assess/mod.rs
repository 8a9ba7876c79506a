//! Assessments made in the app. Every change a person makes — a rating added, edited, withdrawn or
//! undone — is one record of a log kept in the browser ([`Log`]); the log's current entries are
//! ordinary assessments of the dataset, applied over the data shown ([`apply`]), so that every
//! view, chart, export and import treats them alike. They are shared as the assessments template
//! ([`share::csv`]), which the importer takes back exactly.
//!
//! ```text
//! Log::new(changes) / log.insert(change)      // kept records, in any order, from any tab
//! log.entries() -> Vec<EntryState>            // the current entries (withdrawn and undone ones out)
//! log.undoable() -> Option<&Change>           // what "Undo" takes back
//! log.history(rec) -> Vec<HistoryItem>        // a recommendation's changes, oldest first
//! apply(&loaded, &entries) -> Applied         // the data with them, and what could not be applied
//! check_entry(&dataset, &entry, today)        // a date in the future or before the review, …
//! share::csv(&entries, lang)                  // the assessments template
//! session::Ratings / compare::rows            // the rating session's and the validation view's
//! ```

mod apply;
mod check;
pub mod compare;
mod log;
pub mod session;
pub mod share;

pub use apply::{apply, dataset_id, Applied, LogIssue};
pub use check::{check_entry, EntryProblem};
pub use log::{Act, Change, EntryState, HistoryItem, HistoryKind, Log};

use crate::model::{AssessmentSource, AssessorKind, Status};
use serde::{Deserialize, Serialize};

/// Who speaks for a rating: one of the dataset's assessors, or one named in the app. Named as the
/// assessments template names it — its name and its kind — so that the importer finds the same
/// source again.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Assessor {
    pub name: String,
    /// [`AssessorKind::word`].
    pub kind: String,
}

impl Assessor {
    pub fn new(name: &str, kind: AssessorKind) -> Self {
        Self {
            name: name.trim().to_string(),
            kind: kind.word().to_string(),
        }
    }
    /// One of the dataset's sources, by its English title.
    pub fn of_source(source: &AssessmentSource) -> Self {
        Self::new(&source.title.en, source.kind)
    }
    pub fn kind(&self) -> Option<AssessorKind> {
        AssessorKind::parse(&self.kind)
    }
}

/// One assessment as the app records it: the fields of the assessments template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The recommendation's id.
    pub recommendation: String,
    pub assessor: Assessor,
    /// [`Status::word`].
    pub status: String,
    /// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    pub date: String,
    #[serde(default)]
    pub evidence: String,
    /// Where in the source, or a link to it.
    #[serde(default)]
    pub citation: String,
    /// The region's code, when the rating is about one region.
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub note: String,
}

impl Entry {
    /// A rating with nothing but its status: no evidence, citation, region or note yet.
    pub fn new(
        recommendation: &str,
        assessor: Assessor,
        status: Option<Status>,
        date: &str,
    ) -> Self {
        Self {
            recommendation: recommendation.to_string(),
            assessor,
            status: status.map(|s| s.word().to_string()).unwrap_or_default(),
            date: date.to_string(),
            evidence: String::new(),
            citation: String::new(),
            region: None,
            note: String::new(),
        }
    }

    pub fn status(&self) -> Option<Status> {
        Status::parse(&self.status)
    }
}
