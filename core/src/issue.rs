//! Problems found in a dataset, each with its place in the file, in words the i18n layer translates.

use crate::i18n::{t, t_with, Arg, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be shown as it is.
    Error,
    /// The file loads; the user is told what was ignored or is incomplete.
    Warning,
}

/// What kind of thing a reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Document,
    Region,
    Cycle,
    Theme,
    Recommendation,
    AssessmentSource,
}

impl Target {
    fn key(self) -> &'static str {
        match self {
            Target::Document => "target-document",
            Target::Region => "target-region",
            Target::Cycle => "target-cycle",
            Target::Theme => "target-theme",
            Target::Recommendation => "target-recommendation",
            Target::AssessmentSource => "target-assessment-source",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The server answered with an HTTP error (404 …).
    Http {
        status: u16,
    },
    /// The request did not reach the server or the body could not be read.
    Network {
        detail: String,
    },
    EmptyFile,
    /// Bytes that are not UTF-8 (a file saved in another encoding): the first place that is not.
    NotUtf8 {
        line: usize,
        column: usize,
    },
    /// Not JSON at all.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but a field has the wrong type or is missing.
    Shape {
        detail: String,
    },
    WrongFormat {
        found: String,
    },
    WrongVersion {
        found: String,
    },
    UnknownReference {
        target: Target,
        value: String,
    },
    Duplicate {
        value: String,
    },
    BadDate {
        value: String,
    },
    UnknownWord {
        value: String,
        expected: &'static str,
    },
    Empty,
    MissingTranslation,
    CountMismatch {
        listed: usize,
        published: u32,
    },
    PercentagesDoNotAddUp {
        total: f64,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct DataIssue {
    pub severity: Severity,
    /// Where in the file, e.g. `recommendations[12].status`; empty for the file as a whole.
    pub path: String,
    pub problem: Problem,
}

impl DataIssue {
    pub fn error(path: impl Into<String>, problem: Problem) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            problem,
        }
    }
    pub fn warning(path: impl Into<String>, problem: Problem) -> Self {
        Self {
            severity: Severity::Warning,
            path: path.into(),
            problem,
        }
    }

    /// The problem in the reader's language (the path stays as written in the file).
    pub fn message(&self, lang: Lang) -> String {
        let s = |v: &str| Arg::Str(v.to_string());
        let n = |v: usize| Arg::Num(v as f64);
        match &self.problem {
            Problem::Http { status } => {
                t_with(lang, "issue-http", &[("status", n(*status as usize))])
            }
            Problem::Network { detail } => t_with(lang, "issue-network", &[("detail", s(detail))]),
            Problem::EmptyFile => t(lang, "issue-empty-file"),
            Problem::NotUtf8 { line, column } => t_with(
                lang,
                "issue-not-utf8",
                &[("line", n(*line)), ("column", n(*column))],
            ),
            Problem::Syntax {
                line,
                column,
                detail,
            } => t_with(
                lang,
                "issue-syntax",
                &[
                    ("line", n(*line)),
                    ("column", n(*column)),
                    ("detail", s(detail)),
                ],
            ),
            Problem::Shape { detail } => t_with(lang, "issue-shape", &[("detail", s(detail))]),
            Problem::WrongFormat { found } => {
                t_with(lang, "issue-wrong-format", &[("found", s(found))])
            }
            Problem::WrongVersion { found } => {
                t_with(lang, "issue-wrong-version", &[("found", s(found))])
            }
            Problem::UnknownReference { target, value } => t_with(
                lang,
                "issue-unknown-reference",
                &[("target", s(&t(lang, target.key()))), ("value", s(value))],
            ),
            Problem::Duplicate { value } => t_with(lang, "issue-duplicate", &[("value", s(value))]),
            Problem::BadDate { value } => t_with(lang, "issue-bad-date", &[("value", s(value))]),
            Problem::UnknownWord { value, expected } => t_with(
                lang,
                "issue-unknown-word",
                &[("value", s(value)), ("expected", s(expected))],
            ),
            Problem::Empty => t(lang, "issue-empty"),
            Problem::MissingTranslation => t(lang, "issue-missing-translation"),
            Problem::CountMismatch { listed, published } => t_with(
                lang,
                "issue-count-mismatch",
                &[
                    ("listed", n(*listed)),
                    ("published", n(*published as usize)),
                ],
            ),
            Problem::PercentagesDoNotAddUp { total } => {
                t_with(lang, "issue-percentages", &[("total", Arg::Num(*total))])
            }
        }
    }
}
