//! The log's entries as assessments of the data shown, by the rules of an import of the
//! assessments template: an assessor is a source of the same kind with that title (English or
//! Mongolian), or a new source and document named after it; an entry with the key of an assessment
//! there (recommendation, source, date, region) replaces it, so that the data with the log's
//! entries imported and the log applied again is the same data.

use super::log::EntryState;
use crate::date::PartialDate;
use crate::i18n::{t_with, Arg, Lang};
use crate::import::merge::free_id;
use crate::import::text::{norm, slug};
use crate::model::{Assessment, AssessmentSource, Dataset, Document, LText};
use crate::Loaded;
use std::collections::{HashMap, HashSet};

/// A kept entry that could not be applied to the data shown: it stays in the log (and in what is
/// downloaded), and is said.
#[derive(Clone, Debug, PartialEq)]
pub enum LogIssue {
    UnknownRecommendation {
        recommendation: String,
    },
    UnknownAssessorKind {
        assessor: String,
        kind: String,
    },
    UnknownStatus {
        recommendation: String,
        status: String,
    },
    BadDate {
        recommendation: String,
        date: String,
    },
    UnknownRegion {
        recommendation: String,
        region: String,
    },
}

impl LogIssue {
    pub fn message(&self, lang: Lang) -> String {
        let s = |v: &String| Arg::Str(v.clone());
        match self {
            LogIssue::UnknownRecommendation { recommendation } => t_with(
                lang,
                "assess-issue-recommendation",
                &[("recommendation", s(recommendation))],
            ),
            LogIssue::UnknownAssessorKind { assessor, kind } => t_with(
                lang,
                "assess-issue-kind",
                &[("assessor", s(assessor)), ("kind", s(kind))],
            ),
            LogIssue::UnknownStatus {
                recommendation,
                status,
            } => t_with(
                lang,
                "assess-issue-status",
                &[("recommendation", s(recommendation)), ("status", s(status))],
            ),
            LogIssue::BadDate {
                recommendation,
                date,
            } => t_with(
                lang,
                "assess-issue-date",
                &[("recommendation", s(recommendation)), ("date", s(date))],
            ),
            LogIssue::UnknownRegion {
                recommendation,
                region,
            } => t_with(
                lang,
                "assess-issue-region",
                &[("recommendation", s(recommendation)), ("region", s(region))],
            ),
        }
    }
}

/// The data with the log's entries.
pub struct Applied {
    pub loaded: Loaded,
    /// How many entries it has.
    pub applied: usize,
    pub issues: Vec<LogIssue>,
}

/// The data `base` with `entries` applied (see the module's rules).
pub fn apply(base: &Loaded, entries: &[EntryState]) -> Applied {
    let mut ds: Dataset = base.dataset.clone();
    let mut issues = Vec::new();
    let recs: HashMap<&str, usize> = base
        .dataset
        .recommendations
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let regions: HashMap<&str, usize> = base
        .dataset
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| (r.code.as_str(), i))
        .collect();
    let mut sources = Sources::new(&base.dataset);
    // Existing assessments by key.
    let mut keyed: HashMap<(usize, usize, PartialDate, Option<usize>), usize> = base
        .dataset
        .assessments
        .iter()
        .enumerate()
        .map(|(i, a)| ((a.recommendation, a.source, a.date, a.region), i))
        .collect();
    let mut applied = 0;
    for state in entries {
        let e = &state.entry;
        let Some(&recommendation) = recs.get(e.recommendation.as_str()) else {
            issues.push(LogIssue::UnknownRecommendation {
                recommendation: e.recommendation.clone(),
            });
            continue;
        };
        let Some(kind) = e.assessor.kind() else {
            issues.push(LogIssue::UnknownAssessorKind {
                assessor: e.assessor.name.clone(),
                kind: e.assessor.kind.clone(),
            });
            continue;
        };
        let Some(status) = e.status() else {
            issues.push(LogIssue::UnknownStatus {
                recommendation: e.recommendation.clone(),
                status: e.status.clone(),
            });
            continue;
        };
        let Some(date) = PartialDate::parse(&e.date) else {
            issues.push(LogIssue::BadDate {
                recommendation: e.recommendation.clone(),
                date: e.date.clone(),
            });
            continue;
        };
        let region = match &e.region {
            None => None,
            Some(code) => match regions.get(code.as_str()) {
                Some(&r) => Some(r),
                None => {
                    issues.push(LogIssue::UnknownRegion {
                        recommendation: e.recommendation.clone(),
                        region: code.clone(),
                    });
                    continue;
                }
            },
        };
        let source = sources.find_or_make(&mut ds, &e.assessor.name, kind, date);
        let assessment = Assessment {
            recommendation,
            source,
            status,
            date,
            evidence: e.evidence.clone(),
            citation: e.citation.clone(),
            region,
            note: (!e.note.trim().is_empty()).then(|| LText {
                en: e.note.clone(),
                mn: Some(e.note.clone()),
            }),
        };
        match keyed.get(&(recommendation, source, date, region)) {
            Some(&i) => ds.assessments[i] = assessment,
            None => {
                keyed.insert((recommendation, source, date, region), ds.assessments.len());
                ds.assessments.push(assessment);
            }
        }
        applied += 1;
    }
    Applied {
        loaded: Loaded::new(ds, base.warnings.clone()),
        applied,
        issues,
    }
}

/// The dataset's sources by kind and title, and the ids taken.
struct Sources {
    titled: HashMap<(crate::model::AssessorKind, String), usize>,
    taken: HashSet<String>,
}

impl Sources {
    fn new(ds: &Dataset) -> Self {
        let mut titled = HashMap::new();
        for (i, s) in ds.sources.iter().enumerate() {
            for title in std::iter::once(&s.title.en).chain(s.title.mn.as_ref()) {
                titled.entry((s.kind, norm(title))).or_insert(i);
            }
        }
        let taken = ds
            .documents
            .iter()
            .map(|d| d.id.clone())
            .chain(ds.sources.iter().map(|s| s.id.clone()))
            .collect();
        Self { titled, taken }
    }

    /// The source of that kind and title, or a new one (with a document standing for it).
    fn find_or_make(
        &mut self,
        ds: &mut Dataset,
        name: &str,
        kind: crate::model::AssessorKind,
        date: PartialDate,
    ) -> usize {
        let key = (kind, norm(name));
        if let Some(&i) = self.titled.get(&key) {
            let s = &mut ds.sources[i];
            // A source made here is dated by its latest entry, as an import dates it.
            if s.id.starts_with("import") && s.date.is_some_and(|d| d < date) {
                s.date = Some(date);
            }
            return i;
        }
        let id = free_id(&slug(name), &self.taken);
        self.taken.insert(id.clone());
        ds.documents.push(Document {
            id: id.clone(),
            title: name.to_string(),
            publisher: name.to_string(),
            date: Some(date),
            url: None,
            note: Some("Recorded in the app".to_string()),
        });
        ds.sources.push(AssessmentSource {
            id,
            kind,
            title: LText {
                en: name.to_string(),
                mn: Some(name.to_string()),
            },
            date: Some(date),
            document: ds.documents.len() - 1,
        });
        let i = ds.sources.len() - 1;
        self.titled.insert(key, i);
        i
    }
}

/// The identity a link made on the data with these entries carries: the data's own (`None`: the
/// bundled data) and the entries, in 8 hex digits.
pub fn dataset_id(base: Option<&str>, entries: &[EntryState]) -> String {
    let mut text = base.unwrap_or("bundled").to_string();
    for e in entries {
        text.push('\n');
        text.push_str(&serde_json::to_string(&e.entry).unwrap_or_default());
    }
    crate::import::dataset_id(&text)
}
