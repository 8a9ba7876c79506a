//! An entry checked before it is kept: each problem names the field it is about and why.

use super::Entry;
use crate::date::PartialDate;
use crate::i18n::{t, t_with, Arg, Lang};
use crate::model::Dataset;

#[derive(Clone, Debug, PartialEq)]
pub enum EntryProblem {
    NoAssessor,
    NoStatus,
    /// Not a date the app reads (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    BadDate,
    /// After today.
    Future {
        today: PartialDate,
    },
    /// Before the review that made the recommendation.
    BeforeReview {
        review: PartialDate,
    },
    UnknownRecommendation,
    UnknownRegion,
}

impl EntryProblem {
    /// The form's field it is about (its `name`).
    pub fn field(&self) -> &'static str {
        match self {
            EntryProblem::NoAssessor => "assessor",
            EntryProblem::NoStatus => "status",
            EntryProblem::BadDate | EntryProblem::Future { .. } => "date",
            EntryProblem::BeforeReview { .. } => "date",
            EntryProblem::UnknownRecommendation => "recommendation",
            EntryProblem::UnknownRegion => "region",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            EntryProblem::NoAssessor => t(lang, "assess-problem-assessor"),
            EntryProblem::NoStatus => t(lang, "assess-problem-status"),
            EntryProblem::BadDate => t(lang, "assess-problem-date"),
            EntryProblem::Future { today } => t_with(
                lang,
                "assess-problem-future",
                &[("today", Arg::Str(crate::format::date(lang, *today)))],
            ),
            EntryProblem::BeforeReview { review } => t_with(
                lang,
                "assess-problem-before-review",
                &[("review", Arg::Str(crate::format::date(lang, *review)))],
            ),
            EntryProblem::UnknownRecommendation => t(lang, "assess-problem-recommendation"),
            EntryProblem::UnknownRegion => t(lang, "assess-problem-region"),
        }
    }
}

/// What is wrong with `entry` as an assessment of `ds` made on `today` (nothing: it may be kept).
pub fn check_entry(ds: &Dataset, entry: &Entry, today: PartialDate) -> Vec<EntryProblem> {
    let mut problems = Vec::new();
    if entry.assessor.name.trim().is_empty() || entry.assessor.kind().is_none() {
        problems.push(EntryProblem::NoAssessor);
    }
    if entry.status().is_none() {
        problems.push(EntryProblem::NoStatus);
    }
    let rec = ds
        .recommendations
        .iter()
        .find(|r| r.id == entry.recommendation);
    match PartialDate::parse(&entry.date) {
        None => problems.push(EntryProblem::BadDate),
        Some(date) if date.span().0 > today.span().1 => {
            problems.push(EntryProblem::Future { today })
        }
        Some(date) => {
            let review = rec
                .and_then(|r| r.cycle)
                .and_then(|c| ds.cycles.get(c))
                .and_then(|c| c.review_date);
            if let Some(review) = review.filter(|review| date.span().1 < review.span().0) {
                problems.push(EntryProblem::BeforeReview { review });
            }
        }
    }
    if rec.is_none() {
        problems.push(EntryProblem::UnknownRecommendation);
    }
    if let Some(code) = &entry.region {
        if !ds.regions.iter().any(|r| &r.code == code) {
            problems.push(EntryProblem::UnknownRegion);
        }
    }
    problems
}
