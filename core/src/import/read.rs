//! Each chosen file read and recognised from its content (never its name): a whole dataset, a CSV
//! template, an official list (OHCHR's Word file, UHRI's Excel or JSON export) or UPR Info's export;
//! what it holds goes to the plan's inputs.

use super::csvfile::{self, CsvRead, CsvTable};
use super::json::{self, Json};
use super::official;
use super::{lists, text, FileKind, ImportFile, ImportProblem, ImportProblemKind};
use crate::issue::{Problem, Severity};
use crate::load::{load_dataset, FORMAT};

/// What the files hold, gathered for the plan.
#[derive(Default)]
pub(super) struct Inputs {
    pub dataset: Option<DatasetFile>,
    pub tables: Vec<CsvTable>,
    pub lists: Vec<lists::ListFile>,
    /// UPR Info's exports, with their place among the files.
    pub secondary: Vec<(usize, official::uprinfo::UprInfoFile)>,
}

impl Inputs {
    /// Reads one file (the `at`-th): its kind and its rows.
    pub fn file(
        &mut self,
        f: &ImportFile,
        at: usize,
        problems: &mut Vec<ImportProblem>,
    ) -> (FileKind, usize) {
        if official::uprinfo::is_upr_info(&f.bytes) {
            let file = read_upr_info(f, problems);
            let rows = file.rows.len();
            self.secondary.push((at, file));
            return (FileKind::UprInfo, rows);
        }
        if official::docx::is_zip(&f.bytes) {
            if official::uhri::is_workbook(&f.bytes) {
                let rows = official::uhri::read_xlsx(&f.bytes);
                return self.uhri(f, rows, FileKind::UhriExcel, problems);
            }
            return match lists::read(&f.name, &f.bytes, problems) {
                Some(l) => {
                    let rows = l.list.recommendations.len();
                    self.lists.push(l);
                    (FileKind::OfficialList, rows)
                }
                None => (FileKind::Unknown, 0),
            };
        }
        if f.bytes
            .starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        {
            // An OLE container: an encrypted Office file, or an old .xls / .doc.
            problems.push(file_problem(
                &f.name,
                Severity::Error,
                ImportProblemKind::OfficeContainer,
            ));
            return (FileKind::Unknown, 0);
        }
        if let Some(text) = text::decode(&f.bytes) {
            if official::uhri::is_json_export(&text) {
                let rows = official::uhri::read_json(&text);
                return self.uhri(f, rows, FileKind::UhriJson, problems);
            }
        }
        read_file(f, problems, &mut self.dataset, &mut self.tables)
    }

    /// A UHRI export: its UPR lists go with the official lists; what it leaves out is said.
    fn uhri(
        &mut self,
        f: &ImportFile,
        rows: Result<Vec<official::uhri::UhriRow>, official::uhri::UhriError>,
        kind: FileKind,
        problems: &mut Vec<ImportProblem>,
    ) -> (FileKind, usize) {
        let rows = match rows {
            Ok(rows) => rows,
            Err(error) => {
                problems.push(file_problem(
                    &f.name,
                    Severity::Error,
                    ImportProblemKind::Uhri { error },
                ));
                return (FileKind::Unknown, 0);
            }
        };
        let export = official::uhri::to_lists(&rows);
        if !export.other_mechanisms.is_empty() {
            problems.push(file_problem(
                &f.name,
                Severity::Warning,
                ImportProblemKind::OtherMechanisms {
                    counts: export.other_mechanisms.clone().into_iter().collect(),
                },
            ));
        }
        if export.replies > 0 {
            problems.push(file_problem(
                &f.name,
                Severity::Warning,
                ImportProblemKind::Replies {
                    count: export.replies,
                },
            ));
        }
        let listed: usize = export.lists.iter().map(|l| l.recommendations.len()).sum();
        if listed == 0 && export.other_mechanisms.is_empty() && export.replies == 0 {
            problems.push(file_problem(
                &f.name,
                Severity::Error,
                ImportProblemKind::NoRows,
            ));
        }
        for list in export.lists {
            lists::report_problems(&f.name, &list, problems);
            self.lists.push(lists::ListFile {
                name: f.name.clone(),
                list,
                modified: export.published.clone(),
            });
        }
        (kind, rows.len())
    }
}

pub(super) fn file_problem(
    file: &str,
    severity: Severity,
    kind: ImportProblemKind,
) -> ImportProblem {
    ImportProblem {
        file: file.to_string(),
        row: None,
        column: None,
        severity,
        kind,
    }
}

pub(super) fn dataset_problem(file: &str, issue: &crate::issue::DataIssue) -> ImportProblem {
    ImportProblem {
        file: file.to_string(),
        row: None,
        column: (!issue.path.is_empty()).then(|| issue.path.clone()),
        severity: issue.severity,
        kind: ImportProblemKind::Dataset {
            problem: issue.problem.clone(),
        },
    }
}

/// A whole-dataset file, read and checked.
pub(super) struct DatasetFile {
    pub name: String,
    pub text: String,
    pub ok: bool,
}

/// Reads UPR Info's export, saying how it was decoded and where it could not be read further.
fn read_upr_info(
    f: &ImportFile,
    problems: &mut Vec<ImportProblem>,
) -> official::uprinfo::UprInfoFile {
    let file = official::uprinfo::read(&f.bytes);
    if let Some(encoding) = file.encoding {
        problems.push(file_problem(
            &f.name,
            Severity::Warning,
            ImportProblemKind::LegacyEncoding {
                encoding: encoding.to_string(),
            },
        ));
    }
    if let Some((row, detail)) = &file.syntax_error {
        problems.push(ImportProblem {
            row: Some(*row),
            ..file_problem(
                &f.name,
                Severity::Error,
                ImportProblemKind::CsvSyntax {
                    detail: detail.clone(),
                },
            )
        });
    }
    for (row, cells) in &file.short_rows {
        problems.push(ImportProblem {
            row: Some(*row),
            ..file_problem(
                &f.name,
                Severity::Warning,
                ImportProblemKind::ShortRow {
                    cells: *cells,
                    columns: file.columns,
                },
            )
        });
    }
    if file.rows.is_empty() && file.syntax_error.is_none() {
        problems.push(file_problem(
            &f.name,
            Severity::Error,
            ImportProblemKind::NoRows,
        ));
    }
    file
}

/// Reads one file: its kind and row count; a dataset or a CSV table goes to the lists.
fn read_file(
    f: &ImportFile,
    problems: &mut Vec<ImportProblem>,
    dataset: &mut Option<DatasetFile>,
    tables: &mut Vec<CsvTable>,
) -> (FileKind, usize) {
    let name = f.name.as_str();
    let Some(text) = text::decode(&f.bytes) else {
        problems.push(file_problem(
            name,
            Severity::Error,
            ImportProblemKind::NotUtf8,
        ));
        return (FileKind::Unknown, 0);
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text::clean(text).is_empty() {
        problems.push(file_problem(
            name,
            Severity::Error,
            ImportProblemKind::EmptyFile,
        ));
        return (FileKind::Unknown, 0);
    }
    if text.trim_start().starts_with(['{', '[']) {
        return read_json(name, text, problems, dataset);
    }
    match csvfile::read(name, text, problems) {
        CsvRead::Table(table) => {
            let counts = (FileKind::csv(table.kind), table.rows.len());
            tables.push(table);
            counts
        }
        CsvRead::Unknown => (FileKind::Unknown, 0),
        CsvRead::Empty => {
            problems.push(file_problem(
                name,
                Severity::Error,
                ImportProblemKind::EmptyFile,
            ));
            (FileKind::Unknown, 0)
        }
    }
}

fn read_json(
    name: &str,
    text: &str,
    problems: &mut Vec<ImportProblem>,
    dataset: &mut Option<DatasetFile>,
) -> (FileKind, usize) {
    if let Some(value) = json::parse(text) {
        let format = value.as_obj().and_then(|o| o.get("format"));
        if format.and_then(Json::as_str) != Some(FORMAT) {
            let found = format.map_or("null".to_string(), |f| {
                serde_json::to_string(f).unwrap_or_default()
            });
            problems.push(file_problem(
                name,
                Severity::Error,
                ImportProblemKind::NotADataset { found },
            ));
            return (FileKind::Unknown, 0);
        }
    }
    let (issues, rows, ok) = match load_dataset(text) {
        Ok(loaded) => {
            let ds = &loaded.dataset;
            let rows = ds.recommendations.len() + ds.assessments.len() + ds.consultations.len();
            (loaded.warnings, rows, true)
        }
        Err(failure) => {
            if let [issue] = failure.issues.as_slice() {
                if matches!(issue.problem, Problem::Syntax { .. }) && !text.contains(FORMAT) {
                    problems.push(dataset_problem(name, issue));
                    return (FileKind::Unknown, 0);
                }
            }
            (failure.issues, 0, false)
        }
    };
    if let Some(first) = dataset {
        problems.push(file_problem(
            name,
            Severity::Error,
            ImportProblemKind::SecondDataset {
                first: first.name.clone(),
            },
        ));
        return (FileKind::Dataset, rows);
    }
    problems.extend(issues.iter().map(|i| dataset_problem(name, i)));
    *dataset = Some(DatasetFile {
        name: name.to_string(),
        text: text.to_string(),
        ok,
    });
    (FileKind::Dataset, rows)
}
