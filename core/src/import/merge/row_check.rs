//! The problems of one row, each at its column, and the cells read with them.

use super::lookup::resolve_list;
use crate::date::PartialDate;
use crate::import::columns::Column;
use crate::import::csvfile::{CsvTable, Row};
use crate::import::problem::{ImportProblem, ImportProblemKind as K, WordList};
use crate::import::values;
use crate::issue::Severity;

/// The problems of one row, each at its column.
pub(super) struct RowCheck<'a> {
    pub(super) table: &'a CsvTable,
    pub(super) row: &'a Row,
    pub(super) problems: Vec<ImportProblem>,
}

impl<'a> RowCheck<'a> {
    pub(super) fn new(table: &'a CsvTable, row: &'a Row) -> Self {
        Self {
            table,
            row,
            problems: vec![],
        }
    }
    pub(super) fn push(&mut self, column: Option<Column>, severity: Severity, kind: K) {
        self.problems.push(ImportProblem {
            file: self.table.file.clone(),
            row: Some(self.row.row),
            column: column.map(|c| self.table.header(c)),
            severity,
            kind,
        });
    }
    pub(super) fn error(&mut self, column: Column, kind: K) {
        self.push(Some(column), Severity::Error, kind);
    }
    pub(super) fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
    /// The cell, or `None` when the file has no such column.
    pub(super) fn opt(&self, column: Column) -> Option<&'a str> {
        self.table.cell(self.row, column)
    }
    /// A non-empty cell, or `None` (and an error when the column is required). A column the file
    /// lacks is reported once, at its header (`MissingColumn`), not again in every row.
    pub(super) fn required(&mut self, column: Column) -> Option<&'a str> {
        match self.opt(column) {
            Some(v) if !v.is_empty() => Some(v),
            None => None,
            Some(_) => {
                self.error(column, K::EmptyCell);
                None
            }
        }
    }
    /// The cell, required when `needed` (see [`Self::required`]); otherwise read when not empty.
    pub(super) fn wanted(&mut self, column: Column, needed: bool) -> Option<&'a str> {
        if needed {
            self.required(column)
        } else {
            self.opt(column).filter(|v| !v.trim().is_empty())
        }
    }
    /// [`Self::word`] of a cell that may be empty unless `needed`.
    pub(super) fn word_if<T>(
        &mut self,
        column: Column,
        needed: bool,
        parse: fn(&str) -> Option<T>,
        list: WordList,
    ) -> Option<T> {
        if needed || self.wanted(column, false).is_some() {
            self.word(column, parse, list)
        } else {
            None
        }
    }
    pub(super) fn word<T>(
        &mut self,
        column: Column,
        parse: fn(&str) -> Option<T>,
        list: WordList,
    ) -> Option<T> {
        let v = self.required(column)?;
        let w = parse(v);
        if w.is_none() {
            self.error(
                column,
                K::UnknownWord {
                    value: v.to_string(),
                    list,
                },
            );
        }
        w
    }
    pub(super) fn date(&mut self, column: Column) -> Option<PartialDate> {
        let v = self.required(column)?;
        match values::date(v) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(column, date_problem(v, e));
                None
            }
        }
    }
    pub(super) fn list_of(
        &mut self,
        column: Column,
        find: impl Fn(&str) -> Option<String>,
        unknown: fn(String) -> K,
    ) -> Option<Vec<String>> {
        let cell = self.opt(column)?;
        let (found, missing) = resolve_list(cell, find);
        for m in missing {
            self.error(column, unknown(m));
        }
        Some(found)
    }
}

pub(super) fn date_problem(value: &str, e: values::DateError) -> K {
    match e {
        values::DateError::Bad => K::BadDate {
            value: value.to_string(),
        },
        values::DateError::Ambiguous(a, b) => K::AmbiguousDate {
            value: value.to_string(),
            month_first: a,
            day_first: b,
        },
    }
}
