//! Importing the user's own data: CSV files made from the three templates (recommendations,
//! assessments, consultations) and whole-dataset JSON files.
//!
//! The importer never changes anything itself: [`plan_import`] takes the current dataset's JSON text
//! and the files, and returns an [`ImportPlan`] saying what each file is, every problem found (with
//! the file, the spreadsheet row and the column), what would be added or changed in each table, and,
//! only when there is no error, the merged dataset's JSON text to use instead of the current one.
//!
//! ```text
//! pub struct ImportFile { pub name: String, pub bytes: Vec<u8> }
//! pub fn plan_import(base_json: &str, files: &[ImportFile]) -> ImportPlan
//! pub struct ImportPlan { files, problems, changes, merged_json: Option<String>, dataset_id: Option<String> }
//! impl ImportProblem { pub fn message(&self, lang) -> String; pub fn location(&self, lang) -> String }
//! pub fn dataset_id(json_text: &str) -> String          // 8 hex digits naming a dataset's content
//! pub fn template_csv(kind: CsvKind, lang: Lang) -> String   // header-only template, UTF-8 with BOM
//! pub fn check_import(lang, base_json, files) -> ImportReport // the plan in the reader's words (the worker's answer)
//! ```
//!
//! How it works: the merge happens on the JSON of the dataset. A whole-dataset file (one with
//! `"format": "upr-dashboard-dataset"`) is checked with [`load_dataset`] and replaces the current
//! dataset; CSV rows are then turned into entries of the dataset format and replace the entries with
//! the same key or are appended (recommendations and consultations by `id`; assessments by
//! recommendation, source, date and region). Assessment rows name their assessor; a source of that
//! kind and title is reused, or a source and a document `import-<name>` are made. The merged JSON is
//! checked with [`load_dataset`] again, and what it reports becomes problems too, at the row that made
//! the entry. Key order and indentation of the current file are kept, so a dataset that an import
//! does not change keeps its text and its [`dataset_id`].
//!
//! The file formats and every accepted word are described for users in `docs/IMPORT.md` and in the
//! Fluent messages `import-guide-*` and `import-col-*` (`core/locales/*/import.ftl`).

pub(crate) mod columns;
pub mod crosscheck;
mod csvfile;
pub(crate) mod json;
mod lists;
pub(crate) mod merge;
mod numbering;
pub mod official;
mod problem;
mod read;
mod report;
pub(crate) mod text;
pub mod upr_info_tracker;
mod values;

pub use columns::{template_csv, Column, ColumnSpec, CsvKind};
pub use problem::{ImportProblem, ImportProblemKind, WordList};
pub use report::ReportTrackerChoice;
pub use report::{
    check_import, check_import_observed, problems_csv, report, ImportReport, ReportChange,
    ReportFile, ReportGroup, ReportProblem, ReportTracker, PROBLEMS_SHOWN,
};

use crate::i18n::{t, Lang};
use crate::issue::Severity;
use crate::load::load_dataset;
use crate::sort_by_dyn;
use json::{Json, Obj};
use merge::{key_of, Merger};
use read::{dataset_problem, file_problem};
use std::collections::{HashMap, HashSet};

/// A file the user chose: its name (for messages) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What a file turned out to be, from its content (never from its name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// A whole dataset (JSON); it replaces the current data.
    Dataset,
    Recommendations,
    Assessments,
    Consultations,
    /// An official list of recommendations (OHCHR's thematic list, a Word file).
    OfficialList,
    /// UPR Info's database export (CSV): a secondary source, checked against the data.
    UprInfo,
    /// The Universal Human Rights Index's export, Excel or JSON.
    UhriExcel,
    UhriJson,
    Unknown,
}

impl FileKind {
    pub fn csv(kind: CsvKind) -> Self {
        match kind {
            CsvKind::Recommendations => FileKind::Recommendations,
            CsvKind::Assessments => FileKind::Assessments,
            CsvKind::Consultations => FileKind::Consultations,
        }
    }
    /// The kind's name in the reader's language.
    pub fn name(self, lang: Lang) -> String {
        match self {
            FileKind::Dataset => t(lang, "import-kind-dataset"),
            FileKind::Recommendations => CsvKind::Recommendations.name(lang),
            FileKind::Assessments => CsvKind::Assessments.name(lang),
            FileKind::Consultations => CsvKind::Consultations.name(lang),
            FileKind::OfficialList => t(lang, "import-kind-official-list"),
            FileKind::UprInfo => t(lang, "import-kind-upr-info"),
            FileKind::UhriExcel => t(lang, "import-kind-uhri-excel"),
            FileKind::UhriJson => t(lang, "import-kind-uhri-json"),
            FileKind::Unknown => t(lang, "import-kind-unknown"),
        }
    }
}

/// One file of the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSummary {
    pub name: String,
    pub kind: FileKind,
    /// The CSV's data rows (empty rows not counted); for a whole dataset, the number of its
    /// recommendations, assessments and consultations.
    pub rows: usize,
    /// A secondary source: what its rows about the State shown matched.
    pub crosscheck: Option<crosscheck::CrossCheck>,
}

/// The tables of the dataset an import can write to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Recommendations,
    Assessments,
    AssessmentSources,
    Documents,
    Consultations,
    /// Written only by official lists: the cycle they list.
    Cycles,
}

impl Table {
    pub const ALL: [Table; 6] = [
        Table::Recommendations,
        Table::Assessments,
        Table::AssessmentSources,
        Table::Documents,
        Table::Consultations,
        Table::Cycles,
    ];
    /// The list's key in the dataset's JSON.
    pub fn list(self) -> &'static str {
        match self {
            Table::Recommendations => "recommendations",
            Table::Assessments => "assessments",
            Table::AssessmentSources => "assessment_sources",
            Table::Documents => "documents",
            Table::Consultations => "consultations",
            Table::Cycles => "cycles",
        }
    }
    /// The table's name in the reader's language.
    pub fn name(self, lang: Lang) -> String {
        t(
            lang,
            &format!("import-table-{}", self.list().replace('_', "-")),
        )
    }
}

/// At most this many keys are listed per kind of change (the counts are always exact).
pub const KEYS_LISTED: usize = 50;

/// What the import does to one table, compared with the current dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableChanges {
    pub table: Table,
    /// New keys.
    pub added: usize,
    /// Keys the import writes with different content.
    pub changed: usize,
    /// Keys the import writes with the same content (rows that change nothing).
    pub unchanged: usize,
    /// Keys that are no longer there (only when a whole dataset replaces the current one).
    pub removed: usize,
    pub added_keys: Vec<String>,
    pub changed_keys: Vec<String>,
    pub removed_keys: Vec<String>,
    /// What changed in each of `changed_keys`, field by field.
    pub changed_fields: Vec<Vec<FieldChange>>,
}

/// One field of an entry an import changes: its name in the dataset format, and its value before and
/// after as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields of two versions of an entry that differ.
fn field_changes(old: &Obj, new: &Obj) -> Vec<FieldChange> {
    let mut fields: Vec<&str> = new.keys().collect();
    fields.extend(old.keys().filter(|k| new.get(k).is_none()));
    let null = Json::Null;
    fields
        .into_iter()
        .filter_map(|f| {
            let (a, b) = (old.get(f).unwrap_or(&null), new.get(f).unwrap_or(&null));
            (a != b).then(|| FieldChange {
                field: f.to_string(),
                before: a.shown(),
                after: b.shown(),
            })
        })
        .collect()
}

/// At most this many trackers are offered from one import (most recommendations first).
pub const MAX_TRACKERS: usize = 24;

/// What a check is told besides its files, set by the import worker before it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckContext {
    /// Today's date (`YYYY-MM-DD`, the browser's), for a tracker whose source does not say when it
    /// was made (UPR Info's export). Without it no such tracker is offered.
    pub today: Option<String>,
    /// The State (ISO code) the user chose to start a tracker for from a UPR Info export: only its
    /// tracker is made (the export names every State; the others are offered as choices).
    pub tracker_for: Option<String>,
}

thread_local! {
    static CONTEXT: std::cell::RefCell<CheckContext> = std::cell::RefCell::new(CheckContext::default());
}

/// Sets what the next checks are told besides their files.
pub fn set_context(context: CheckContext) {
    CONTEXT.with(|c| *c.borrow_mut() = context);
}

/// Sets today's date only (see [`CheckContext::today`]).
pub fn set_today(date: Option<&str>) {
    CONTEXT.with(|c| c.borrow_mut().today = date.map(str::to_string));
}

fn context() -> CheckContext {
    CONTEXT.with(|c| c.borrow().clone())
}

/// The outcome of [`plan_import`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    pub files: Vec<FileSummary>,
    /// Every problem found, errors first in file order.
    pub problems: Vec<ImportProblem>,
    /// Per table with anything added, changed, unchanged or removed, in the order of [`Table::ALL`].
    pub changes: Vec<TableChanges>,
    /// The merged dataset (pretty-printed like the current one), only when no problem is an error
    /// and there was something to import.
    pub merged_json: Option<String>,
    /// [`dataset_id`] of `merged_json`.
    pub dataset_id: Option<String>,
    /// Lists about other States than the one shown (and a file with none about it): the trackers
    /// they can start instead, one per State, most recommendations first; the user picks one.
    pub trackers: Vec<Tracker>,
    /// States a tracker can be started for, made only once one is chosen (UPR Info's export names
    /// every State): most recommendations first.
    pub tracker_choices: Vec<TrackerChoice>,
}

/// A State a tracker can be started for from the files, once chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrackerChoice {
    pub code: String,
    pub state: String,
    pub recommendations: usize,
}

/// A new dataset for another State, made from an official list alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tracker {
    /// The State's name as UN documents write it, and its ISO 3166-1 code.
    pub state: String,
    pub code: String,
    pub json: String,
    pub dataset_id: String,
    pub recommendations: usize,
}

impl ImportPlan {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(ImportProblem::is_error)
    }
    pub fn errors(&self) -> impl Iterator<Item = &ImportProblem> {
        self.problems.iter().filter(|p| p.is_error())
    }
    pub fn warnings(&self) -> impl Iterator<Item = &ImportProblem> {
        self.problems.iter().filter(|p| !p.is_error())
    }
    pub fn changes_of(&self, table: Table) -> Option<&TableChanges> {
        self.changes.iter().find(|c| c.table == table)
    }
}

/// A short, stable name of a dataset's content: FNV-1a (64 bits) of its bytes, without a leading
/// byte-order mark, folded to 32 bits and written as 8 lower-case hex digits. Shared links carry it
/// to say which data a view was made on.
pub fn dataset_id(json_text: &str) -> String {
    let text = json_text.strip_prefix('\u{feff}').unwrap_or(json_text);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:08x}", (h >> 32) ^ (h & 0xffff_ffff))
}

/// What a long check is doing, for its progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage<'a> {
    /// Reading the `index`-th of `total` files.
    Reading {
        file: &'a str,
        index: usize,
        total: usize,
    },
    /// Checking and merging this many rows.
    Rows { rows: usize },
    /// Checking the merged data as a whole.
    Data,
}

/// Plans the import of `files` into the dataset `base_json` (the current data). See the module
/// documentation. Never panics, whatever the bytes.
pub fn plan_import(base_json: &str, files: &[ImportFile]) -> ImportPlan {
    plan_import_observed(base_json, files, &mut |_| {})
}

/// [`plan_import`], telling `observe` what it is doing as it goes.
pub fn plan_import_observed(
    base_json: &str,
    files: &[ImportFile],
    observe: &mut dyn FnMut(Stage),
) -> ImportPlan {
    let mut plan = ImportPlan::default();
    let mut problems: Vec<ImportProblem> = Vec::new();
    let mut read = read::Inputs::default();

    for (index, f) in files.iter().enumerate() {
        observe(Stage::Reading {
            file: &f.name,
            index,
            total: files.len(),
        });
        let (kind, rows) = read.file(f, plan.files.len(), &mut problems);
        plan.files.push(FileSummary {
            name: f.name.clone(),
            kind,
            rows,
            crosscheck: None,
        });
    }

    let read::Inputs {
        dataset,
        mut tables,
        lists: list_files,
        secondary,
    } = read;
    let base_text = base_json.strip_prefix('\u{feff}').unwrap_or(base_json);
    let mut original = json::parse(base_text);
    let replacement = dataset.as_ref().filter(|d| d.ok);
    let (start_text, start) = match replacement {
        Some(d) => (d.text.as_str(), json::parse(&d.text)),
        None => (base_text, original.clone()),
    };
    let something = replacement.is_some()
        || !tables.is_empty()
        || !list_files.is_empty()
        || !secondary.is_empty();
    if !something {
        finish(&mut plan, problems, None);
        return plan;
    }
    let Some(mut start) = start else {
        problems.push(file_problem(
            "",
            Severity::Error,
            ImportProblemKind::BaseUnreadable,
        ));
        finish(&mut plan, problems, None);
        return plan;
    };
    // Lists about the State shown are merged as tables of the recommendations template, once the
    // data has what they refer to; a list about another State offers a tracker of its own.
    let mut prepared: Vec<(Table, String)> = Vec::new();
    // The State shown: its code and its name in each language, as the data writes them.
    let country = start
        .as_obj()
        .and_then(|o| o.get("country"))
        .and_then(Json::as_obj);
    let shown_code = country
        .and_then(|c| c.str("code"))
        .unwrap_or("")
        .to_string();
    let country_name = |lang: &str| {
        country
            .and_then(|c| c.get("name"))
            .and_then(Json::as_obj)
            .and_then(|n| n.str(lang))
            .map(str::to_string)
    };
    let shown_name = country_name("en")
        .or_else(|| crate::states::by_code(&shown_code).map(|s| s.name.to_string()))
        .unwrap_or_else(|| shown_code.clone());
    let shown_name_mn = country_name("mn");
    // Secondary sources are checked against the data they are dropped on (a dataset file dropped
    // with them included); they change nothing.
    for (at, file) in &secondary {
        let name = plan.files[*at].name.clone();
        let found = crosscheck::check(
            &start,
            &shown_code.to_ascii_uppercase(),
            (&shown_name, shown_name_mn.as_deref()),
            &name,
            file,
            &mut problems,
        );
        plan.files[*at].crosscheck = Some(found);
    }
    let shown =
        crate::states::by_code(&shown_code).map_or(shown_name.clone(), |s| s.name.to_string());
    let is_shown = |l: &lists::ListFile| {
        l.list
            .state
            .is_some_and(|s| s.code.eq_ignore_ascii_case(&shown_code))
    };
    // Files that hold lists about the State shown: their lists about other States are left out.
    let about_shown: HashSet<String> = list_files
        .iter()
        .filter(|l| is_shown(l))
        .map(|l| l.name.clone())
        .collect();
    let mut refused: HashSet<(String, &str)> = HashSet::new();
    // The other States, most recommendations first: a tracker is made for the first
    // `MAX_TRACKERS` of them (a file about every State would otherwise send a dataset per State).
    let mut others: Vec<(&'static crate::states::State, &lists::ListFile, usize)> = Vec::new();
    for l in &list_files {
        let Some(state) = l.list.state else {
            continue;
        };
        if is_shown(l) {
            prepared.extend(lists::prepare(&mut start, l));
            numbering::number(&mut start, original.as_mut(), l, &mut problems);
            tables.push(lists::table(l));
            continue;
        }
        if !refused.insert((l.name.clone(), state.code)) {
            continue;
        }
        let rows: usize = list_files
            .iter()
            .filter(|m| m.name == l.name && m.list.state.is_some_and(|s| s.code == state.code))
            .map(|m| m.list.recommendations.len())
            .sum();
        if about_shown.contains(&l.name) {
            problems.push(file_problem(
                &l.name,
                Severity::Warning,
                ImportProblemKind::OtherStateLeftOut {
                    state: state.name.to_string(),
                    rows,
                },
            ));
            continue;
        }
        problems.push(file_problem(
            &l.name,
            Severity::Error,
            ImportProblemKind::OtherState {
                list: state.name.to_string(),
                shown: shown.clone(),
            },
        ));
        others.push((state, l, rows));
    }
    // UPR Info's exports: a tracker for each State they name but the one shown (its rows, dated
    // today: the export says nothing of when it was made).
    let named: Vec<(String, &official::uprinfo::UprInfoFile)> = secondary
        .iter()
        .map(|(at, f)| (plan.files[*at].name.clone(), f))
        .collect();
    let context = context();
    let mut upr_info_states: Vec<(&'static crate::states::State, usize)> = Vec::new();
    if let (false, Some(_)) = (named.is_empty(), &context.today) {
        upr_info_states = upr_info_tracker::states_of(&named)
            .into_iter()
            .filter(|(s, _)| !s.code.eq_ignore_ascii_case(&shown_code))
            .collect();
    }
    sort_by_dyn(&mut others, &|a, b| {
        b.2.cmp(&a.2).then_with(|| a.0.name.cmp(b.0.name))
    });
    for &(state, l, _) in others.iter().take(MAX_TRACKERS) {
        let of_state: Vec<&lists::ListFile> = list_files
            .iter()
            .filter(|m| m.name == l.name && m.list.state.is_some_and(|s| s.code == state.code))
            .collect();
        match lists::tracker_from(state, &of_state) {
            Ok(tracker) => plan.trackers.push(tracker),
            // Why no tracker can be offered, said at the list.
            Err(mut why) => problems.append(&mut why),
        }
    }
    // UPR Info's States are offered as choices; the chosen one's tracker is made on a second check.
    if let Some(today) = &context.today {
        let chosen = context.tracker_for.as_deref();
        for &(state, rows) in &upr_info_states {
            if chosen.is_some_and(|c| c.eq_ignore_ascii_case(state.code)) {
                match upr_info_tracker::tracker(state, &named, today) {
                    Ok(tracker) => plan.trackers.push(tracker),
                    Err(mut why) => problems.append(&mut why),
                }
            } else if chosen.is_none() {
                plan.tracker_choices.push(TrackerChoice {
                    code: state.code.to_string(),
                    state: state.name.to_string(),
                    recommendations: rows,
                });
            }
        }
    }
    if others.len() > MAX_TRACKERS {
        problems.push(file_problem(
            &others[MAX_TRACKERS].1.name,
            Severity::Warning,
            ImportProblemKind::TooManyStates {
                states: others.len(),
                offered: MAX_TRACKERS,
            },
        ));
    }

    // The dataset file's entries all count as written by the import.
    let mut touched: HashMap<Table, HashSet<String>> = HashMap::new();
    if replacement.is_some() {
        for table in Table::ALL {
            let keys = list_of(&start, table).map(|o| key_of(table, o)).collect();
            touched.insert(table, keys);
        }
    }

    for (table, key) in prepared {
        touched.entry(table).or_default().insert(key);
    }
    observe(Stage::Rows {
        rows: tables.iter().map(|t| t.rows.len()).sum(),
    });
    let mut merger = Merger::new(start.clone(), &tables);
    merger.run();
    problems.append(&mut merger.problems);
    for (table, keys) in std::mem::take(&mut merger.touched) {
        touched.entry(table).or_default().extend(keys);
    }

    let merged_text = if merger.doc == start {
        start_text.to_string()
    } else {
        let mut text = merger.doc.to_pretty(json::indent_of(start_text));
        if start_text.ends_with('\n') {
            text.push('\n');
        }
        text
    };

    if !tables.is_empty() {
        observe(Stage::Data);
        // What the loader says about the merged data, unless the data started with it.
        let issues_of = |text: &str| match load_dataset(text) {
            Ok(l) => l.warnings,
            Err(f) => f.issues,
        };
        let mut before: Option<Vec<crate::issue::DataIssue>> = None;
        let after = match load_dataset(&merged_text) {
            Ok(l) => l.warnings,
            Err(f) => f.issues,
        };
        for issue in after {
            match merger.locate(&issue.path) {
                Some((ti, row, column)) => problems.push(ImportProblem {
                    file: tables[ti].file.clone(),
                    row: Some(row),
                    column,
                    severity: issue.severity,
                    kind: ImportProblemKind::Dataset {
                        problem: issue.problem,
                    },
                }),
                None => {
                    let before = before.get_or_insert_with(|| issues_of(start_text));
                    if !before.contains(&issue) {
                        problems.push(dataset_problem("", &issue));
                    }
                }
            }
        }
    }

    plan.changes = changes(original.as_ref(), &merger.doc, &touched);
    finish(&mut plan, problems, Some(merged_text));
    plan
}

/// Sorts the problems (errors first, then by file order as given) and sets the merged text when
/// there is no error.
fn finish(plan: &mut ImportPlan, mut problems: Vec<ImportProblem>, merged: Option<String>) {
    let order: HashMap<&str, usize> = plan
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.name.as_str(), i))
        .collect();
    let key = |p: &ImportProblem| {
        (
            p.severity,
            order.get(p.file.as_str()).copied().unwrap_or(usize::MAX),
            p.row.unwrap_or(0),
        )
    };
    sort_by_dyn(&mut problems, &|a, b| key(a).cmp(&key(b)));
    plan.problems = problems;
    if !plan.has_errors() {
        plan.dataset_id = merged.as_deref().map(dataset_id);
        plan.merged_json = merged;
    }
}

fn list_of(doc: &Json, table: Table) -> impl Iterator<Item = &Obj> {
    doc.as_obj()
        .map_or(&[][..], |o| o.arr(table.list()))
        .iter()
        .filter_map(Json::as_obj)
}

/// Compares the tables of the current dataset and the merged one.
fn changes(
    original: Option<&Json>,
    merged: &Json,
    touched: &HashMap<Table, HashSet<String>>,
) -> Vec<TableChanges> {
    let empty = Json::Null;
    let original = original.unwrap_or(&empty);
    let mut out = Vec::new();
    for table in Table::ALL {
        let mut before: HashMap<String, &Obj> = HashMap::new();
        for o in list_of(original, table) {
            before.entry(key_of(table, o)).or_insert(o);
        }
        let mut c = TableChanges {
            table,
            added: 0,
            changed: 0,
            unchanged: 0,
            removed: 0,
            added_keys: vec![],
            changed_keys: vec![],
            removed_keys: vec![],
            changed_fields: vec![],
        };
        let mut after: HashSet<String> = HashSet::new();
        let touched = touched.get(&table);
        for o in list_of(merged, table) {
            let key = key_of(table, o);
            if !after.insert(key.clone()) {
                continue;
            }
            match before.get(&key) {
                None => {
                    c.added += 1;
                    if c.added_keys.len() < KEYS_LISTED {
                        c.added_keys.push(key);
                    }
                }
                Some(old) if *old != o => {
                    c.changed += 1;
                    if c.changed_keys.len() < KEYS_LISTED {
                        c.changed_keys.push(key);
                        c.changed_fields.push(field_changes(old, o));
                    }
                }
                Some(_) => {
                    if touched.is_some_and(|t| t.contains(&key)) {
                        c.unchanged += 1;
                    }
                }
            }
        }
        let mut removed: Vec<&String> = before.keys().filter(|k| !after.contains(*k)).collect();
        sort_by_dyn(&mut removed, &|a, b| a.cmp(b));
        c.removed = removed.len();
        c.removed_keys = removed.into_iter().take(KEYS_LISTED).cloned().collect();
        if c.added + c.changed + c.unchanged + c.removed > 0 {
            out.push(c);
        }
    }
    out
}
