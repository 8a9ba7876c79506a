//! A CSV file read into its template, header cells and data rows, with the problems of its shape.

use super::columns::{detect, Column, CsvKind};
use super::problem::{ImportProblem, ImportProblemKind};
use super::text::{clean, delimiter};
use crate::issue::Severity;
use std::collections::HashMap;

/// A data row: its spreadsheet row number and its cells (trimmed).
pub(crate) struct Row {
    pub row: usize,
    pub cells: Vec<String>,
}

pub(crate) struct CsvTable {
    pub file: String,
    pub kind: CsvKind,
    /// Where each column is, and its header as written.
    columns: HashMap<Column, (usize, String)>,
    pub rows: Vec<Row>,
    /// False when a required column is missing or two headers mean the same column: the rows are
    /// counted but not read.
    pub usable: bool,
}

impl CsvTable {
    /// A table made by a reader of another format: its columns (with their English template
    /// headers) and rows, whose `row` numbers are the places in that file.
    pub fn from_rows(file: &str, kind: CsvKind, columns: &[Column], rows: Vec<Row>) -> Self {
        Self {
            file: file.to_string(),
            kind,
            columns: columns
                .iter()
                .enumerate()
                .map(|(i, c)| (*c, (i, c.header(crate::i18n::Lang::En).to_string())))
                .collect(),
            rows,
            usable: true,
        }
    }

    pub fn has(&self, column: Column) -> bool {
        self.columns.contains_key(&column)
    }

    /// The cell of `column` in `row`: `None` when the file has no such column, `Some("")` when the
    /// cell is empty.
    pub fn cell<'a>(&self, row: &'a Row, column: Column) -> Option<&'a str> {
        self.columns
            .get(&column)
            .map(|(i, _)| row.cells.get(*i).map_or("", String::as_str))
    }

    /// The header of `column` as written in the file (the English template header if the file has
    /// no such column).
    pub fn header(&self, column: Column) -> String {
        self.columns
            .get(&column)
            .map(|(_, h)| h.clone())
            .unwrap_or_else(|| column.header(crate::i18n::Lang::En).to_string())
    }
}

/// What a CSV text turned out to be.
pub(crate) enum CsvRead {
    /// The headers fit a template (perhaps with missing columns, then `usable` is false).
    Table(CsvTable),
    /// The headers fit no template (the problem is already reported).
    Unknown,
    /// Nothing but empty cells.
    Empty,
}

fn problem(
    file: &str,
    row: Option<usize>,
    column: Option<String>,
    severity: Severity,
    kind: ImportProblemKind,
) -> ImportProblem {
    ImportProblem {
        file: file.to_string(),
        row,
        column,
        severity,
        kind,
    }
}

/// The line breaks (CRLF, LF or CR) at the start of `bytes`.
fn line_breaks(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'\r' | b'\n' => i += 1,
            _ => break,
        }
        n += 1;
    }
    n
}

/// Reads `text` (already decoded, without a byte-order mark) as CSV.
pub(crate) fn read(file: &str, text: &str, problems: &mut Vec<ImportProblem>) -> CsvRead {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    // Spreadsheet row numbers: the csv reader skips blank lines, which a spreadsheet shows as rows.
    let mut records: Vec<Row> = Vec::new();
    let mut row = 0usize;
    let bytes = text.as_bytes();
    for result in reader.records() {
        match result {
            Ok(record) => {
                // A record's position is where the reader started looking for it, before the blank
                // lines it skipped.
                let mut start = record.position().map_or(0, |p| p.byte() as usize);
                if start > 0
                    && bytes.get(start - 1) == Some(&b'\r')
                    && bytes.get(start) == Some(&b'\n')
                {
                    // The rest of the previous record's CRLF.
                    start += 1;
                }
                let blank = line_breaks(bytes.get(start..).unwrap_or(&[]));
                row += 1 + blank;
                records.push(Row {
                    row,
                    cells: record.iter().map(|c| clean(c).to_string()).collect(),
                });
            }
            Err(e) => {
                problems.push(problem(
                    file,
                    Some(row + 1),
                    None,
                    Severity::Error,
                    ImportProblemKind::CsvSyntax {
                        detail: e.to_string(),
                    },
                ));
                break;
            }
        }
    }
    let mut records = records
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()));
    let Some(header) = records.next() else {
        return CsvRead::Empty;
    };
    let rows: Vec<Row> = records.collect();
    let Some(m) = detect(&header.cells) else {
        problems.push(problem(
            file,
            Some(header.row),
            None,
            Severity::Error,
            ImportProblemKind::UnknownFileKind {
                headers: header
                    .cells
                    .iter()
                    .filter(|h| !h.is_empty())
                    .cloned()
                    .collect(),
            },
        ));
        return CsvRead::Unknown;
    };
    let mut usable = true;
    let mut columns: HashMap<Column, (usize, String)> = HashMap::new();
    for (i, (column, text)) in m.columns.iter().zip(&header.cells).enumerate() {
        match column {
            Some(c) => {
                if let Some((_, first)) = columns.get(c) {
                    usable = false;
                    problems.push(problem(
                        file,
                        Some(header.row),
                        Some(text.clone()),
                        Severity::Error,
                        ImportProblemKind::DuplicateColumn {
                            column: *c,
                            first: first.clone(),
                        },
                    ));
                } else {
                    columns.insert(*c, (i, text.clone()));
                }
            }
            None if !text.is_empty() => problems.push(problem(
                file,
                Some(header.row),
                Some(text.clone()),
                Severity::Warning,
                ImportProblemKind::UnknownColumn { kind: m.kind },
            )),
            None => {
                if rows
                    .iter()
                    .any(|r| r.cells.get(i).is_some_and(|c| !c.is_empty()))
                {
                    problems.push(problem(
                        file,
                        Some(header.row),
                        None,
                        Severity::Warning,
                        ImportProblemKind::UnnamedColumn { position: i + 1 },
                    ));
                }
            }
        }
    }
    for column in &m.missing {
        usable = false;
        problems.push(problem(
            file,
            Some(header.row),
            None,
            Severity::Error,
            ImportProblemKind::MissingColumn {
                kind: m.kind,
                column: *column,
            },
        ));
    }
    let width = header.cells.len();
    for r in &rows {
        if r.cells.iter().skip(width).any(|c| !c.is_empty()) {
            problems.push(problem(
                file,
                Some(r.row),
                None,
                Severity::Warning,
                ImportProblemKind::ExtraCells,
            ));
        }
    }
    if rows.is_empty() {
        problems.push(problem(
            file,
            None,
            None,
            Severity::Warning,
            ImportProblemKind::NoRows,
        ));
    }
    CsvRead::Table(CsvTable {
        file: file.to_string(),
        kind: m.kind,
        columns,
        rows,
        usable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        for eol in ["\n", "\r\n"] {
            let text = [
                "",
                "recommendation,assessor_kind,assessor,status,date",
                "c1-84.1,nhri,X,fully,2024",
                "",
                "\"c1-84.2\",nhri,\"two\nlines\",fully,2024",
                ",,,,",
                "c1-84.3,nhri,X,fully,2024",
                "",
                "",
                "c1-84.4,nhri,X,fully,2024",
            ]
            .join(eol);
            let mut problems = vec![];
            let CsvRead::Table(t) = read("f.csv", &text, &mut problems) else {
                panic!("not a table");
            };
            assert!(problems.is_empty(), "{problems:?}");
            assert_eq!(t.kind, CsvKind::Assessments);
            let rows: Vec<usize> = t.rows.iter().map(|r| r.row).collect();
            assert_eq!(rows, vec![3, 5, 7, 10], "{eol:?}");
            assert_eq!(t.cell(&t.rows[1], Column::Assessor), Some("two\nlines"));
            assert_eq!(t.cell(&t.rows[1], Column::Region), None);
        }
    }
}
