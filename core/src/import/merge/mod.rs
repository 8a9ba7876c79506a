//! The rows of the CSV files turned into entries of the dataset's JSON and merged into it: an entry
//! with the same key replaces the existing one (keeping what the file has no column for), a new key
//! is appended. Every entry that came from a row remembers that row, so that what the loader later
//! says about it can be told at the row.

mod assessments;
mod consultations;
mod lookup;
mod recommendations;
mod row_check;

use super::columns::{Column, CsvKind};
use super::csvfile::CsvTable;
use super::json::{Json, Obj};
use super::problem::{ImportProblem, ImportProblemKind as K};
use super::Table;
use lookup::entries;
use row_check::RowCheck;
use std::collections::{HashMap, HashSet};

/// Where an entry of the merged dataset came from.
#[derive(Clone, Debug)]
pub(crate) struct Origin {
    /// Index into `Merger::tables`.
    pub table: usize,
    pub row: usize,
}

pub(crate) struct Merger<'t> {
    pub doc: Json,
    pub tables: &'t [CsvTable],
    pub problems: Vec<ImportProblem>,
    /// For each table of the dataset, the origin of entries by their index.
    pub origins: HashMap<(Table, usize), Origin>,
    /// The keys of the entries the import wrote (also those it found unchanged).
    pub touched: HashMap<Table, HashSet<String>>,
    /// Keys seen so far in the import, per template, with their first row.
    seen: HashMap<(CsvKind, String), (String, usize)>,
    /// Where each key is in its list (built on first use, kept up to date by `put`).
    index: HashMap<Table, HashMap<String, usize>>,
}

/// An assessment's key as shown: `c1-84.5 / source / 2024-03-05 / MN-035`.
pub(crate) fn assessment_key(o: &Obj) -> String {
    let mut key = format!(
        "{} / {} / {}",
        o.str("recommendation").unwrap_or(""),
        o.str("source").unwrap_or(""),
        o.str("date").unwrap_or("")
    );
    if let Some(r) = o.str("region") {
        key.push_str(" / ");
        key.push_str(r);
    }
    key
}

/// The key of an entry of `table`.
pub(crate) fn key_of(table: Table, o: &Obj) -> String {
    match table {
        Table::Assessments => assessment_key(o),
        Table::Cycles => o
            .get("number")
            .and_then(Json::as_u64)
            .map(|n| n.to_string())
            .unwrap_or_default(),
        _ => o.str("id").unwrap_or("").to_string(),
    }
}

impl<'t> Merger<'t> {
    pub fn new(doc: Json, tables: &'t [CsvTable]) -> Self {
        Self {
            doc,
            tables,
            problems: vec![],
            origins: HashMap::new(),
            touched: HashMap::new(),
            seen: HashMap::new(),
            index: HashMap::new(),
        }
    }

    /// Merges every usable table: recommendations first (assessments may rate new ones), then
    /// consultations, then assessments. The rows of a table that is not usable (a column missing
    /// or doubled) are checked all the same, so that one pass reports every problem of the files,
    /// but they are never written.
    pub fn run(&mut self) {
        for kind in [CsvKind::Recommendations, CsvKind::Consultations] {
            for i in 0..self.tables.len() {
                let t = &self.tables[i];
                if t.kind == kind {
                    match kind {
                        CsvKind::Recommendations => self.recommendations(i),
                        _ => self.consultations(i),
                    }
                }
            }
        }
        self.assessments();
        // An entry written with what only version 2 has makes the file version 2.
        let v2 = entries(&self.doc, Table::Recommendations.list()).any(|r| {
            [
                "response_paragraph",
                "session",
                "ohchr_themes",
                "persons",
                "sdgs",
            ]
            .iter()
            .any(|k| r.get(k).is_some())
                || r.str("response") == Some(crate::model::Response::SupportedInPart.word())
        });
        if v2 {
            if let Json::Obj(o) = &mut self.doc {
                o.set("version", crate::load::VERSION.into());
            }
        }
    }

    fn list_mut(&mut self, list: &str) -> &mut Vec<Json> {
        if self.doc.as_obj().is_none() {
            self.doc = Json::Obj(Obj::new());
        }
        let root = self.doc.as_obj_mut().expect("an object");
        if !matches!(root.get(list), Some(Json::Arr(_))) {
            root.set(list, Json::Arr(vec![]));
        }
        match root.get_mut(list) {
            Some(Json::Arr(items)) => items,
            _ => unreachable!("just set"),
        }
    }

    /// The index in its list of the (first) entry with this key.
    fn find(&mut self, table: Table, key: &str) -> Option<usize> {
        let doc = &self.doc;
        let index = self.index.entry(table).or_insert_with(|| {
            let mut map = HashMap::new();
            let list = doc.as_obj().map_or(&[][..], |o| o.arr(table.list()));
            for (i, e) in list.iter().enumerate() {
                if let Some(o) = e.as_obj() {
                    map.entry(key_of(table, o)).or_insert(i);
                }
            }
            map
        });
        index.get(key).copied()
    }

    /// Writes an entry in place of the one with its key, or appends it.
    fn put(&mut self, table: Table, entry: Obj, origin: Origin) {
        let key = key_of(table, &entry);
        let at = self.find(table, &key);
        let list = self.list_mut(table.list());
        let index = match at {
            Some(i) => {
                list[i] = Json::Obj(entry);
                i
            }
            None => {
                list.push(Json::Obj(entry));
                let i = list.len() - 1;
                self.index.entry(table).or_default().insert(key.clone(), i);
                i
            }
        };
        self.origins.insert((table, index), origin);
        self.touched.entry(table).or_default().insert(key);
    }

    fn existing(&mut self, table: Table, key: &str) -> Option<Obj> {
        let i = self.find(table, key)?;
        self.doc.as_obj()?.arr(table.list())[i].as_obj().cloned()
    }

    /// Records the key; an error if an earlier row of the import has it.
    fn first_time(
        &mut self,
        kind: CsvKind,
        key: &str,
        check: &mut RowCheck,
        column: Column,
    ) -> bool {
        let here = (check.table.file.clone(), check.row.row);
        match self.seen.get(&(kind, key.to_string())) {
            Some((file, row)) => {
                check.error(
                    column,
                    K::DuplicateRow {
                        key: key.to_string(),
                        first_file: file.clone(),
                        first_row: *row,
                    },
                );
                false
            }
            None => {
                self.seen.insert((kind, key.to_string()), here);
                true
            }
        }
    }

    /// The file, row and column an issue of the merged dataset at `path` comes from, if an
    /// imported row made that entry.
    pub fn locate(&self, path: &str) -> Option<(usize, usize, Option<String>)> {
        let (list, rest) = path.split_once('[')?;
        let (index, field) = rest.split_once(']')?;
        let table = Table::ALL.into_iter().find(|t| t.list() == list)?;
        let origin = self.origins.get(&(table, index.parse().ok()?))?;
        let field = field.trim_start_matches('.');
        let t = &self.tables[origin.table];
        let head = field.split(['[', '.']).next().unwrap_or("");
        let column = match (table, head) {
            (Table::AssessmentSources | Table::Documents, _) => Some(match t.kind {
                CsvKind::Consultations => Column::Sources,
                _ => Column::Assessor,
            }),
            (_, "id") => Some(if table == Table::Assessments {
                Column::Recommendation
            } else {
                Column::Id
            }),
            (_, "cycle") => Some(Column::Cycle),
            (_, "paragraph") => Some(Column::Paragraph),
            (_, "text") => Some(Column::Text),
            (_, "states") => Some(Column::States),
            (_, "response") => Some(Column::Response),
            (_, "response_document") => Some(Column::ResponseDocument),
            (_, "document") => Some(Column::Document),
            (_, "themes") => Some(Column::Themes),
            (_, "recommendation") => Some(Column::Recommendation),
            (_, "source") => Some(Column::Assessor),
            (_, "status") => Some(Column::Status),
            (_, "date") => Some(Column::Date),
            (_, "evidence") => Some(Column::Evidence),
            (_, "citation") => Some(Column::Citation),
            (_, "region") => Some(Column::Region),
            (_, "kind") => Some(Column::Kind),
            (_, "regions") => Some(Column::Regions),
            (_, "participants") => Some(Column::Participants),
            (_, "sources") => Some(Column::Sources),
            (_, "response_paragraph") => Some(Column::ResponseParagraph),
            (_, "session") => Some(Column::Session),
            (_, "ohchr_themes") => Some(Column::OhchrThemes),
            (_, "persons") => Some(Column::Persons),
            (_, "sdgs") => Some(Column::Sdgs),
            (_, "title") => Some(if field.ends_with(".mn") {
                Column::TitleMn
            } else {
                Column::TitleEn
            }),
            (_, "host") if field.starts_with("host.region") => Some(Column::HostRegion),
            (_, "host") => Some(if field.ends_with(".mn") {
                Column::HostTownMn
            } else {
                Column::HostTownEn
            }),
            (Table::Assessments, "note") => Some(Column::Note),
            (_, "note") => Some(if field.ends_with(".mn") {
                Column::NoteMn
            } else {
                Column::NoteEn
            }),
            _ => None,
        };
        let column = column
            .map(|c| t.header(c))
            .or_else(|| (!field.is_empty()).then(|| field.to_string()));
        Some((origin.table, origin.row, column))
    }
}

/// `import-<slug>`, with a number added if that id is `taken` (by a document or an assessment
/// source).
pub(crate) fn free_id(slug: &str, taken: &std::collections::HashSet<String>) -> String {
    let base = if slug.is_empty() {
        "import".to_string()
    } else {
        format!("import-{slug}")
    };
    if !slug.is_empty() && !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or(base)
}
