//! From the text of a dataset file to a validated `Dataset`, or to the list of what is wrong with it.

use crate::issue::{DataIssue, Problem, Severity};
use crate::model::*;
use crate::raw::*;
use serde_json::value::RawValue;
use std::borrow::Cow;
use validate::validate;

mod checker;
mod validate;

pub const FORMAT: &str = "upr-dashboard-dataset";
/// The version files are written in. Version 2 added to recommendations their session, the
/// paragraph of their position's source, OHCHR's themes, affected persons, SDGs and the position
/// "supported in part"; a version-1 file means the same as ever.
pub const VERSION: u64 = 2;
/// The versions read.
pub const VERSIONS: std::ops::RangeInclusive<u64> = 1..=VERSION;

/// A dataset that loaded, with the warnings to show beside it and what filtering needs, computed
/// once here rather than on every view.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<DataIssue>,
    pub prepared: crate::explore::Prepared,
}

/// A dataset that cannot be shown: every error found (and the warnings, for completeness).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadFailure {
    pub issues: Vec<DataIssue>,
}

impl LoadFailure {
    pub fn single(problem: Problem) -> Self {
        Self {
            issues: vec![DataIssue::error("", problem)],
        }
    }
    pub fn errors(&self) -> impl Iterator<Item = &DataIssue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }
}

/// The file says it is a dataset of this format and version.
fn check_header(
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
) -> Result<(), LoadFailure> {
    let format = format.unwrap_or(serde_json::Value::Null);
    if format.as_str() != Some(FORMAT) {
        return Err(LoadFailure {
            issues: vec![DataIssue::error(
                "format",
                Problem::WrongFormat {
                    found: format.to_string(),
                },
            )],
        });
    }
    let version = version.unwrap_or(serde_json::Value::Null);
    if !version.as_u64().is_some_and(|v| VERSIONS.contains(&v)) {
        return Err(LoadFailure {
            issues: vec![DataIssue::error(
                "version",
                Problem::WrongVersion {
                    found: version.to_string(),
                },
            )],
        });
    }
    Ok(())
}

/// Parses and validates a dataset file.
pub fn load_dataset(text: &str) -> Result<Loaded, LoadFailure> {
    let (dataset, warnings) = parse_and_validate(text)?;
    Ok(Loaded::new(dataset, warnings))
}

/// Parses and validates a dataset file as fetched, as bytes. The text is not copied (a browser's
/// text would be copied into the app's memory, at up to three bytes a character while it is
/// converted), and it is let go before the search index is built, so the two are never in memory
/// together: with 100,000 recommendations the file alone is 44 MB.
pub fn load_dataset_bytes(bytes: Vec<u8>) -> Result<Loaded, LoadFailure> {
    let text = String::from_utf8(bytes).map_err(|e| {
        // Everything before the first bad byte is text; the column counts its letters.
        let readable = String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        let (line, bytes_into_line) = crate::json_path::line_and_column(&readable, readable.len());
        let line_start = readable.len() - bytes_into_line;
        let column = readable[line_start..].chars().count() + 1;
        LoadFailure::single(Problem::NotUtf8 { line, column })
    })?;
    let (dataset, warnings) = parse_and_validate(&text)?;
    drop(text);
    Ok(Loaded::new(dataset, warnings))
}

impl Loaded {
    pub(crate) fn new(dataset: Dataset, warnings: Vec<DataIssue>) -> Self {
        let prepared = crate::explore::Prepared::new(&dataset);
        Self {
            dataset,
            warnings,
            prepared,
        }
    }
}

fn parse_and_validate(text: &str) -> Result<(Dataset, Vec<DataIssue>), LoadFailure> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadFailure::single(Problem::EmptyFile));
    }
    // One pass over the text; the header and the place of a problem are looked at only when it
    // fails.
    let raw = match serde_json::from_str::<RawDataset>(text) {
        Ok(raw) => raw,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(LoadFailure::single(Problem::Syntax {
                line: e.line(),
                column: e.column(),
                detail: e.to_string(),
            }))
        }
        Err(e) => {
            let header = serde_json::from_str::<RawHeader>(text).map_err(|h| {
                LoadFailure::single(Problem::Shape {
                    detail: h.to_string(),
                })
            })?;
            check_header(header.format, header.version)?;
            return Err(LoadFailure {
                issues: vec![DataIssue::error(
                    crate::json_path::path_at(text, e.line(), e.column()),
                    Problem::Shape {
                        detail: e.to_string(),
                    },
                )],
            });
        }
    };
    check_header(raw.format.clone(), raw.version.clone())?;
    validate(text, raw)
}

/// Reads one element of a list that `RawDataset` kept as text. A value of the wrong shape is
/// reported at its place in the whole file, with the same path and position as if the file had
/// been read in one pass.
pub(super) fn element<'t, T: serde::Deserialize<'t>>(
    text: &'t str,
    value: &'t RawValue,
) -> Result<T, LoadFailure> {
    let json = value.get();
    serde_json::from_str(json).map_err(|e| {
        let start = json.as_ptr() as usize - text.as_ptr() as usize;
        let offset = start + crate::json_path::offset_of(json, e.line(), e.column());
        let (line, column) = crate::json_path::line_and_column(text, offset);
        let message = e.to_string();
        let at = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&at).unwrap_or(&message);
        LoadFailure {
            issues: vec![DataIssue::error(
                crate::json_path::path_at_offset(text, offset),
                Problem::Shape {
                    detail: format!("{message} at line {line} column {column}"),
                },
            )],
        }
    })
}

/// Every recommendation's id, read before the rest of each so that assessments can be checked
/// against them.
pub(super) fn recommendation_ids<'t>(
    text: &'t str,
    list: &[&'t RawValue],
) -> Result<Vec<Cow<'t, str>>, LoadFailure> {
    list.iter()
        .map(|v| match element::<RawId>(text, v) {
            Ok(r) => Ok(r.id),
            // The whole element's error, as a one-pass read would have reported it.
            Err(failure) => Err(element::<RawRecommendation>(text, v)
                .err()
                .unwrap_or(failure)),
        })
        .collect()
}
