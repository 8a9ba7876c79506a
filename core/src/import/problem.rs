//! What can be wrong with an imported file, where, and how it reads in English and Mongolian.

use super::columns::{Column, CsvKind};
use crate::i18n::{t, t_with, Arg, Lang};
use crate::import::official::docx::DocxError;
use crate::import::official::ListProblemKind;
use crate::issue::{DataIssue, Problem, Severity};
use crate::model::AssessorKind;

/// What an official list did not give, in the reader's words.
fn list_message(lang: Lang, problem: &ListProblemKind) -> String {
    use ListProblemKind as L;
    let s = |v: &str| Arg::Str(v.to_string());
    let with = |id: &str, args: &[(&str, Arg)]| t_with(lang, id, args);
    match problem {
        L::NoState => t(lang, "import-problem-list-no-state"),
        L::UnknownState { name } => with("import-problem-list-unknown-state", &[("name", s(name))]),
        L::NoListTable => t(lang, "import-problem-list-no-table"),
        L::NoParagraph { text } => with("import-problem-list-no-paragraph", &[("text", s(text))]),
        L::NoIdentity { text } => with("import-problem-list-no-identity", &[("text", s(text))]),
        L::NoSymbol { text } => with("import-problem-list-no-symbol", &[("text", s(text))]),
        L::NoRecommendingState { paragraph } => with(
            "import-problem-list-no-recommending-state",
            &[("paragraph", s(paragraph))],
        ),
        L::UnknownRecommendingState { paragraph, name } => with(
            "import-problem-list-unknown-recommending-state",
            &[("paragraph", s(paragraph)), ("name", s(name))],
        ),
        L::UnknownPosition { paragraph, value } => with(
            "import-problem-list-unknown-position",
            &[("paragraph", s(paragraph)), ("value", s(value))],
        ),
        L::DuplicateParagraph { paragraph } => with(
            "import-problem-list-duplicate-paragraph",
            &[("paragraph", s(paragraph))],
        ),
        L::NoDate => t(lang, "import-problem-list-no-date"),
    }
}

/// One problem of an import, with its place as the user sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportProblem {
    /// The file's name as given; empty for the merged dataset as a whole.
    pub file: String,
    /// The spreadsheet row: the header is row 1, the first data row is row 2.
    pub row: Option<usize>,
    /// The column's header as written in the file (for a whole-dataset JSON file: the path in it,
    /// e.g. `recommendations[3].status`).
    pub column: Option<String>,
    /// Errors block the import; warnings are shown and the import can go ahead.
    pub severity: Severity,
    pub kind: ImportProblemKind,
}

/// A closed list of words a cell must be one of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordList {
    Status,
    AssessorKind,
    ConsultationKind,
    Response,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblemKind {
    /// Not UTF-8 (nor UTF-16 with a byte-order mark).
    NotUtf8,
    EmptyFile,
    /// A header row and no data.
    NoRows,
    /// Neither JSON nor a CSV whose headers fit a template; the headers found.
    UnknownFileKind {
        headers: Vec<String>,
    },
    /// JSON, but not a whole dataset of this dashboard.
    NotADataset {
        found: String,
    },
    /// A second whole-dataset file; only one can replace the data.
    SecondDataset {
        first: String,
    },
    /// A problem the dataset loader found, in a whole-dataset file or in the merged result.
    Dataset {
        problem: Problem,
    },
    /// The CSV could not be read past this point.
    CsvSyntax {
        detail: String,
    },
    MissingColumn {
        kind: CsvKind,
        column: Column,
    },
    /// A header that is not part of the template (warning: the column is ignored).
    UnknownColumn {
        kind: CsvKind,
    },
    /// A column with cells but no header (warning: ignored).
    UnnamedColumn {
        position: usize,
    },
    /// Two headers meaning the same column.
    DuplicateColumn {
        column: Column,
        first: String,
    },
    /// More cells than headers (warning: the extra cells are ignored).
    ExtraCells,
    /// A required cell is empty.
    EmptyCell,
    BadDate {
        value: String,
    },
    AmbiguousDate {
        value: String,
        month_first: String,
        day_first: String,
    },
    BadNumber {
        value: String,
    },
    UnknownWord {
        value: String,
        list: WordList,
    },
    UnknownRecommendation {
        value: String,
    },
    /// A bare paragraph number that several cycles use.
    AmbiguousParagraph {
        value: String,
        ids: Vec<String>,
    },
    UnknownRegion {
        value: String,
    },
    UnknownTheme {
        value: String,
    },
    UnknownCycle {
        value: String,
        known: Vec<u32>,
    },
    UnknownDocument {
        value: String,
    },
    /// No document column value and the cycle has no document to default to.
    NoCycleDocument {
        cycle: u32,
    },
    /// The same key as an earlier row of the import.
    DuplicateRow {
        key: String,
        first_file: String,
        first_row: usize,
    },
    /// A recommendation id other than `c<cycle>-<paragraph>` (warning).
    IdConvention {
        expected: String,
    },
    /// An assessment source of this name exists with another kind; a new source is made (warning).
    SourceKindDiffers {
        name: String,
        existing: AssessorKind,
    },
    /// A consultation without source documents; the file is recorded as its source (warning).
    NoSourceDocument,
    /// The current dataset given as the base is not JSON.
    BaseUnreadable,
    /// A zip file that is not a readable Word document.
    Docx {
        error: DocxError,
    },
    /// What an official list's row (or header) did not give.
    List {
        problem: ListProblemKind,
    },
    /// An official list about another State than the one shown: not merged.
    OtherState {
        list: String,
        shown: String,
    },
    /// A row with fewer cells than the header: the file is cut short or a quote was left open
    /// (warning: the row is left out).
    ShortRow {
        cells: usize,
        columns: usize,
    },
    /// An OLE container: a password-protected Office file, or an old `.xls` / `.doc`.
    OfficeContainer,
    /// A UHRI export that cannot be read.
    Uhri {
        error: crate::import::official::uhri::UhriError,
    },
    /// Rows of other UN mechanisms than the UPR (warning: not taken), per body.
    OtherMechanisms {
        counts: Vec<(String, usize)>,
    },
    /// The State's replies (`Response of …`) in a UHRI export (warning: not recommendations).
    Replies {
        count: usize,
    },
    /// A list gave paragraphs to recommendations that had none (from UPR Info): how many, into how
    /// many of the list's, and how many it matched none of (warning: they keep no paragraph).
    Numbered {
        numbered: usize,
        into: usize,
        unmatched: usize,
    },
    /// A file about more States than trackers are offered for (warning: the others are not).
    TooManyStates {
        states: usize,
        offered: usize,
    },
    /// A file about the State shown holds rows about another State too (warning: left out).
    OtherStateLeftOut {
        state: String,
        rows: usize,
    },
    /// A file that is not UTF-8, read in a legacy encoding (warning: check its accents).
    LegacyEncoding {
        encoding: String,
    },
    /// A secondary source's row that is a recommendation of the dataset in other words (warning:
    /// the UN document's text stays). The differing words of each, with a word of context.
    OtherWording {
        id: String,
        theirs: String,
        ours: String,
    },
    /// A secondary source's row giving another position than the dataset's (warning: the
    /// dataset's stays).
    OtherPosition {
        id: String,
        theirs: String,
        ours: crate::model::Response,
    },
    /// A secondary source's row that matches no recommendation of its cycle and State (warning:
    /// it is not added, having no paragraph to be known by).
    Unmatched {
        cycle: Option<u32>,
        state: String,
        text: String,
    },
}

impl ImportProblem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// What is wrong and what is expected, in the reader's language.
    pub fn message(&self, lang: Lang) -> String {
        use ImportProblemKind as K;
        let s = |v: &str| Arg::Str(v.to_string());
        let n = |v: usize| Arg::Num(v as f64);
        let with = |id: &str, args: &[(&str, Arg)]| t_with(lang, id, args);
        let value_msg = |id: &str, value: &str| t_with(lang, id, &[("value", s(value))]);
        match &self.kind {
            K::NotUtf8 => t(lang, "import-problem-not-utf8"),
            K::EmptyFile => t(lang, "import-problem-empty-file"),
            K::NoRows => t(lang, "import-problem-no-rows"),
            K::UnknownFileKind { headers } => with(
                "import-problem-unknown-kind",
                &[
                    ("found", s(&headers.join(", "))),
                    ("expected", s(&required_headers(lang))),
                ],
            ),
            K::NotADataset { found } => with("import-problem-not-dataset", &[("found", s(found))]),
            K::SecondDataset { first } => {
                with("import-problem-second-dataset", &[("first", s(first))])
            }
            K::Dataset { problem } => DataIssue::error("", problem.clone()).message(lang),
            K::CsvSyntax { detail } => with("import-problem-csv-syntax", &[("detail", s(detail))]),
            K::MissingColumn { kind, column } => with(
                "import-problem-missing-column",
                &[
                    ("en", s(column.header(Lang::En))),
                    ("mn", s(column.header(Lang::Mn))),
                    ("template", s(&kind.name(lang))),
                ],
            ),
            K::UnknownColumn { kind } => with(
                "import-problem-unknown-column",
                &[
                    ("header", s(self.column.as_deref().unwrap_or(""))),
                    ("template", s(&kind.name(lang))),
                    ("known", s(&headers_of(*kind, lang))),
                ],
            ),
            K::UnnamedColumn { position } => with(
                "import-problem-unnamed-column",
                &[("position", n(*position))],
            ),
            K::DuplicateColumn { column, first } => with(
                "import-problem-duplicate-column",
                &[
                    ("first", s(first)),
                    ("second", s(self.column.as_deref().unwrap_or(""))),
                    ("column", s(column.header(lang))),
                ],
            ),
            K::ExtraCells => t(lang, "import-problem-extra-cells"),
            K::EmptyCell => t(lang, "import-problem-empty-cell"),
            K::BadDate { value } => value_msg("import-problem-bad-date", value),
            K::AmbiguousDate {
                value,
                month_first,
                day_first,
            } => with(
                "import-problem-ambiguous-date",
                &[
                    ("value", s(value)),
                    ("a", s(month_first)),
                    ("b", s(day_first)),
                ],
            ),
            K::BadNumber { value } => value_msg("import-problem-bad-number", value),
            K::UnknownWord { value, list } => {
                let id = match list {
                    WordList::Status => "import-problem-unknown-status",
                    WordList::AssessorKind => "import-problem-unknown-assessor-kind",
                    WordList::ConsultationKind => "import-problem-unknown-consultation-kind",
                    WordList::Response => "import-problem-unknown-response",
                };
                value_msg(id, value)
            }
            K::UnknownRecommendation { value } => {
                value_msg("import-problem-unknown-recommendation", value)
            }
            K::AmbiguousParagraph { value, ids } => with(
                "import-problem-ambiguous-paragraph",
                &[("value", s(value)), ("ids", s(&ids.join(", ")))],
            ),
            K::UnknownRegion { value } => value_msg("import-problem-unknown-region", value),
            K::UnknownTheme { value } => value_msg("import-problem-unknown-theme", value),
            K::UnknownCycle { value, known } => with(
                "import-problem-unknown-cycle",
                &[
                    ("value", s(value)),
                    (
                        "known",
                        s(&known
                            .iter()
                            .map(u32::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")),
                    ),
                ],
            ),
            K::UnknownDocument { value } => value_msg("import-problem-unknown-document", value),
            K::NoCycleDocument { cycle } => with(
                "import-problem-no-cycle-document",
                &[("cycle", n(*cycle as usize))],
            ),
            K::DuplicateRow {
                key,
                first_file,
                first_row,
            } => {
                if *first_file == self.file {
                    with(
                        "import-problem-duplicate-row",
                        &[("key", s(key)), ("row", n(*first_row))],
                    )
                } else {
                    with(
                        "import-problem-duplicate-row-other-file",
                        &[
                            ("key", s(key)),
                            ("row", n(*first_row)),
                            ("file", s(first_file)),
                        ],
                    )
                }
            }
            K::IdConvention { expected } => {
                with("import-problem-id-convention", &[("expected", s(expected))])
            }
            K::SourceKindDiffers { name, existing } => with(
                "import-problem-source-kind-differs",
                &[
                    ("name", s(name)),
                    ("kind", s(&t(lang, existing.message_key()))),
                ],
            ),
            K::NoSourceDocument => with(
                "import-problem-no-source-document",
                &[("file", s(&self.file))],
            ),
            K::BaseUnreadable => t(lang, "import-problem-base-unreadable"),
            K::Docx { error } => match error {
                DocxError::NotZip(detail) => {
                    with("import-problem-docx-not-zip", &[("detail", s(detail))])
                }
                DocxError::NotWord => t(lang, "import-problem-docx-not-word"),
                DocxError::Encrypted => t(lang, "import-problem-docx-encrypted"),
                DocxError::TooLarge { part } => {
                    with("import-problem-docx-too-large", &[("part", s(part))])
                }
                DocxError::Damaged { part, detail } => with(
                    "import-problem-docx-damaged",
                    &[("part", s(part)), ("detail", s(detail))],
                ),
            },
            K::List { problem } => list_message(lang, problem),
            K::OtherState { list, shown } => with(
                "import-problem-other-state",
                &[("list", s(list)), ("shown", s(shown))],
            ),
            K::OfficeContainer => t(lang, "import-problem-office-container"),
            K::Uhri { error } => {
                use crate::import::official::uhri::UhriError as U;
                match error {
                    U::NotUhri { found } => with(
                        "import-problem-uhri-not-uhri",
                        &[("found", s(&found.join(", ")))],
                    ),
                    U::Damaged(detail) => {
                        with("import-problem-uhri-damaged", &[("detail", s(detail))])
                    }
                    U::TooLarge => t(lang, "import-problem-uhri-too-large"),
                    U::Json(detail) => with("import-problem-uhri-json", &[("detail", s(detail))]),
                }
            }
            K::OtherMechanisms { counts } => {
                let total: usize = counts.iter().map(|(_, n)| n).sum();
                let each = counts
                    .iter()
                    .map(|(body, n)| format!("{body} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                with(
                    "import-problem-other-mechanisms",
                    &[("count", n(total)), ("bodies", s(&each))],
                )
            }
            K::Replies { count } => with("import-problem-replies", &[("count", n(*count))]),
            K::Numbered {
                numbered,
                into,
                unmatched,
            } => with(
                "import-problem-numbered",
                &[
                    ("numbered", n(*numbered)),
                    ("into", n(*into)),
                    ("unmatched", n(*unmatched)),
                ],
            ),
            K::TooManyStates { states, offered } => with(
                "import-problem-too-many-states",
                &[("states", n(*states)), ("offered", n(*offered))],
            ),
            K::OtherStateLeftOut { state, rows } => with(
                "import-problem-other-state-left-out",
                &[("state", s(state)), ("rows", n(*rows))],
            ),
            K::ShortRow { cells, columns } => with(
                "import-problem-short-row",
                &[("cells", n(*cells)), ("columns", n(*columns))],
            ),
            K::LegacyEncoding { encoding } => with(
                "import-problem-legacy-encoding",
                &[("encoding", s(encoding))],
            ),
            K::OtherWording { id, theirs, ours } => with(
                "import-problem-other-wording",
                &[("id", s(id)), ("theirs", s(theirs)), ("ours", s(ours))],
            ),
            K::OtherPosition { id, theirs, ours } => with(
                "import-problem-other-position",
                &[
                    ("id", s(id)),
                    ("theirs", s(theirs)),
                    ("ours", s(&t(lang, ours.message_key()))),
                ],
            ),
            K::Unmatched { cycle, state, text } => with(
                "import-problem-unmatched",
                &[
                    ("cycle", cycle.map_or(s("?"), |c| n(c as usize))),
                    ("state", s(state)),
                    ("text", s(text)),
                ],
            ),
        }
    }

    /// Where the problem is, e.g. `ratings.csv, row 4, column “status”`.
    pub fn location(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if self.file.is_empty() {
            parts.push(t(lang, "import-at-merged"));
        } else {
            parts.push(self.file.clone());
        }
        if let Some(row) = self.row {
            parts.push(t_with(
                lang,
                "import-at-row",
                &[("row", Arg::Num(row as f64))],
            ));
        }
        if let Some(column) = &self.column {
            parts.push(t_with(
                lang,
                "import-at-column",
                &[("column", Arg::Str(column.clone()))],
            ));
        }
        parts.join(", ")
    }
}

/// The headers of a template in `lang`, comma-separated.
fn headers_of(kind: CsvKind, lang: Lang) -> String {
    kind.columns()
        .iter()
        .map(|c| c.column.header(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each template's required headers in `lang`: `recommendations: id, cycle, …; assessments: …`.
fn required_headers(lang: Lang) -> String {
    CsvKind::ALL
        .iter()
        .map(|k| {
            let cols: Vec<&str> = k.required().map(|c| c.header(lang)).collect();
            format!("{}: {}", k.name(lang), cols.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}
