//! The rows of the CSV files turned into entries of the dataset's JSON and merged into it: an entry
//! with the same key replaces the existing one (keeping what the file has no column for), a new key
//! is appended. Every entry that came from a row remembers that row, so that what the loader later
//! says about it can be told at the row.

use super::columns::{Column, CsvKind};
use super::csvfile::{CsvTable, Row};
use super::json::{Json, Obj};
use super::problem::{ImportProblem, ImportProblemKind as K, WordList};
use super::text::{norm, slug};
use super::values;
use super::Table;
use crate::date::PartialDate;
use crate::issue::Severity;
use crate::model::AssessorKind;
use std::collections::{BTreeMap, HashMap, HashSet};

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

/// What the rows refer to: the dataset's ids and names, read from the JSON as it stands.
struct Lookup {
    regions: Vec<[String; 5]>,
    themes: Vec<[String; 3]>,
    cycles: Vec<(u32, Vec<String>)>,
    documents: HashSet<String>,
    recommendations: Vec<(String, String)>,
}

fn entries<'a>(doc: &'a Json, list: &str) -> impl Iterator<Item = &'a Obj> {
    doc.as_obj()
        .map_or(&[][..], |o| o.arr(list))
        .iter()
        .filter_map(Json::as_obj)
}

fn text_of(o: &Obj, key: &str) -> (String, String) {
    let t = o.get(key).and_then(Json::as_obj);
    let get = |k: &str| t.and_then(|t| t.str(k)).unwrap_or("").to_string();
    (get("en"), get("mn"))
}

impl Lookup {
    fn new(doc: &Json) -> Self {
        let s = |o: &Obj, k: &str| o.str(k).unwrap_or("").to_string();
        Self {
            regions: entries(doc, "regions")
                .map(|r| {
                    let (en, mn) = text_of(r, "name");
                    let (cen, cmn) = text_of(r, "capital");
                    [s(r, "code"), en, mn, cen, cmn]
                })
                .collect(),
            themes: entries(doc, "themes")
                .map(|t| {
                    let (en, mn) = text_of(t, "name");
                    [s(t, "id"), en, mn]
                })
                .collect(),
            cycles: entries(doc, "cycles")
                .filter_map(|c| {
                    let n = c.get("number").and_then(Json::as_u64)?;
                    let docs = c
                        .arr("documents")
                        .iter()
                        .filter_map(|d| d.as_str().map(str::to_string))
                        .collect();
                    Some((u32::try_from(n).ok()?, docs))
                })
                .collect(),
            documents: entries(doc, "documents").map(|d| s(d, "id")).collect(),
            recommendations: entries(doc, "recommendations")
                .map(|r| (s(r, "id"), s(r, "paragraph")))
                .collect(),
        }
    }

    /// A region's code from its code or its English or Mongolian name (or, failing those, the name
    /// of its centre when only one region has it).
    fn region(&self, value: &str) -> Option<String> {
        let v = norm(value);
        if v.is_empty() {
            return None;
        }
        let by = |fields: &[usize]| {
            let found: Vec<&[String; 5]> = self
                .regions
                .iter()
                .filter(|r| fields.iter().any(|&i| norm(&r[i]) == v))
                .collect();
            (found.len() == 1).then(|| found[0][0].clone())
        };
        by(&[0]).or_else(|| by(&[1, 2])).or_else(|| by(&[3, 4]))
    }

    fn theme(&self, value: &str) -> Option<String> {
        let v = norm(value);
        self.themes
            .iter()
            .find(|t| t.iter().any(|f| !f.is_empty() && norm(f) == v))
            .map(|t| t[0].clone())
    }

    fn recommendation(&self, value: &str) -> Result<String, K> {
        if let Some((id, _)) = self.recommendations.iter().find(|(id, _)| id == value) {
            return Ok(id.clone());
        }
        let lower = value.to_lowercase();
        if let Some((id, _)) = self
            .recommendations
            .iter()
            .find(|(id, _)| id.to_lowercase() == lower)
        {
            return Ok(id.clone());
        }
        let by_paragraph: Vec<String> = self
            .recommendations
            .iter()
            .filter(|(_, p)| p == value)
            .map(|(id, _)| id.clone())
            .collect();
        match by_paragraph.len() {
            1 => Ok(by_paragraph[0].clone()),
            0 => Err(K::UnknownRecommendation {
                value: value.to_string(),
            }),
            _ => Err(K::AmbiguousParagraph {
                value: value.to_string(),
                ids: by_paragraph,
            }),
        }
    }
}

/// Resolves every item of a list cell with `find`; an item that is not found but holds commas is
/// tried as a comma-separated list. Returns the found values and the items not found.
fn resolve_list(cell: &str, find: impl Fn(&str) -> Option<String>) -> (Vec<String>, Vec<String>) {
    let mut found = Vec::new();
    let mut unknown = Vec::new();
    for item in values::list(cell) {
        if let Some(v) = find(&item) {
            found.push(v);
            continue;
        }
        let parts: Vec<Option<String>> = item
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(&find)
            .collect();
        if parts.len() > 1 && parts.iter().all(Option::is_some) {
            found.extend(parts.into_iter().flatten());
        } else {
            unknown.push(item);
        }
    }
    let mut seen = HashSet::new();
    found.retain(|v| seen.insert(v.clone()));
    (found, unknown)
}

/// The problems of one row, each at its column.
struct RowCheck<'a> {
    table: &'a CsvTable,
    row: &'a Row,
    problems: Vec<ImportProblem>,
}

impl<'a> RowCheck<'a> {
    fn new(table: &'a CsvTable, row: &'a Row) -> Self {
        Self {
            table,
            row,
            problems: vec![],
        }
    }
    fn push(&mut self, column: Option<Column>, severity: Severity, kind: K) {
        self.problems.push(ImportProblem {
            file: self.table.file.clone(),
            row: Some(self.row.row),
            column: column.map(|c| self.table.header(c)),
            severity,
            kind,
        });
    }
    fn error(&mut self, column: Column, kind: K) {
        self.push(Some(column), Severity::Error, kind);
    }
    fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
    /// The cell, or `None` when the file has no such column.
    fn opt(&self, column: Column) -> Option<&'a str> {
        self.table.cell(self.row, column)
    }
    /// A non-empty cell, or `None` (and an error when the column is required). A column the file
    /// lacks is reported once, at its header (`MissingColumn`), not again in every row.
    fn required(&mut self, column: Column) -> Option<&'a str> {
        match self.opt(column) {
            Some(v) if !v.is_empty() => Some(v),
            None => None,
            Some(_) => {
                self.error(column, K::EmptyCell);
                None
            }
        }
    }
    fn word<T>(
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
    fn date(&mut self, column: Column) -> Option<PartialDate> {
        let v = self.required(column)?;
        match values::date(v) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(column, date_problem(v, e));
                None
            }
        }
    }
    fn list_of(
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

fn date_problem(value: &str, e: values::DateError) -> K {
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

/// An assessment row read and checked, before its source is known.
struct AssessmentRow {
    table: usize,
    row: usize,
    recommendation: String,
    kind: AssessorKind,
    assessor: String,
    status: &'static str,
    date: PartialDate,
    evidence: Option<String>,
    citation: Option<String>,
    region: Option<String>,
    /// False when another cell of the row has an error: the row only takes part in finding
    /// duplicates.
    ok: bool,
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

    fn recommendations(&mut self, ti: usize) {
        let tables = self.tables;
        let table = &tables[ti];
        let look = Lookup::new(&self.doc);
        for row in &table.rows {
            let mut c = RowCheck::new(table, row);
            let id = c.required(Column::Id);
            let cycle = c.required(Column::Cycle).and_then(|v| {
                let Some(n) = values::cycle_number(v) else {
                    c.error(
                        Column::Cycle,
                        K::BadNumber {
                            value: v.to_string(),
                        },
                    );
                    return None;
                };
                let found = look.cycles.iter().find(|(m, _)| *m == n);
                if found.is_none() {
                    c.error(
                        Column::Cycle,
                        K::UnknownCycle {
                            value: v.to_string(),
                            known: look.cycles.iter().map(|(m, _)| *m).collect(),
                        },
                    );
                }
                found
            });
            let paragraph = c.required(Column::Paragraph);
            let text = c.required(Column::Text);
            let states = c.required(Column::States).map(values::list);
            let response = c.word(Column::Response, values::response, WordList::Response);
            let themes = c.list_of(
                Column::Themes,
                |v| look.theme(v),
                |value| K::UnknownTheme { value },
            );
            let doc_ref = |c: &mut RowCheck, column: Column| {
                let v = c.opt(column).filter(|v| !v.is_empty())?;
                if !look.documents.contains(v) {
                    c.error(
                        column,
                        K::UnknownDocument {
                            value: v.to_string(),
                        },
                    );
                }
                Some(v.to_string())
            };
            let document = doc_ref(&mut c, Column::Document);
            let response_document = doc_ref(&mut c, Column::ResponseDocument);
            let Some(id) = id else {
                self.problems.append(&mut c.problems);
                continue;
            };
            let existing = self.existing(Table::Recommendations, id);
            let document = document
                .or_else(|| {
                    existing
                        .as_ref()
                        .and_then(|e| e.str("document").map(str::to_string))
                })
                .or_else(|| {
                    let (n, docs) = cycle?;
                    let first = docs.first().cloned();
                    if first.is_none() {
                        c.error(Column::Document, K::NoCycleDocument { cycle: *n });
                    }
                    first
                });
            let response_document = response_document
                .or_else(|| {
                    existing
                        .as_ref()
                        .and_then(|e| e.str("response_document").map(str::to_string))
                })
                .or_else(|| document.clone());
            if let (Some((n, _)), Some(p)) = (cycle, paragraph) {
                let expected = format!("c{n}-{p}");
                if id != expected {
                    c.push(
                        Some(Column::Id),
                        Severity::Warning,
                        K::IdConvention { expected },
                    );
                }
            }
            if states.as_ref().is_some_and(Vec::is_empty) {
                c.error(Column::States, K::EmptyCell);
            }
            let fresh = self.first_time(CsvKind::Recommendations, id, &mut c, Column::Id);
            let ok = table.usable && fresh && !c.has_errors();
            self.problems.append(&mut c.problems);
            if !ok {
                continue;
            }
            let (
                Some((n, _)),
                Some(paragraph),
                Some(text),
                Some(states),
                Some(response),
                Some(document),
                Some(response_document),
            ) = (
                cycle,
                paragraph,
                text,
                states,
                response,
                document,
                response_document,
            )
            else {
                continue;
            };
            let mut entry = existing.unwrap_or_else(|| {
                Obj::new()
                    .with("id", id)
                    .with("cycle", u64::from(*n))
                    .with("paragraph", paragraph)
                    .with("text", text)
                    .with("states", Json::Arr(vec![]))
                    .with("response", response.word())
                    .with("response_document", response_document.as_str())
                    .with("document", document.as_str())
                    .with("themes", Json::Arr(vec![]))
            });
            entry.set("cycle", u64::from(*n).into());
            entry.set("paragraph", paragraph.into());
            entry.set("text", text.into());
            entry.set("states", Json::strings(&states));
            entry.set("response", response.word().into());
            entry.set("response_document", response_document.into());
            entry.set("document", document.into());
            if let Some(themes) = themes {
                entry.set("themes", Json::strings(&themes));
            }
            self.put(
                Table::Recommendations,
                entry,
                Origin {
                    table: ti,
                    row: row.row,
                },
            );
        }
    }

    fn consultations(&mut self, ti: usize) {
        let tables = self.tables;
        let table = &tables[ti];
        let look = Lookup::new(&self.doc);
        for row in &table.rows {
            let mut c = RowCheck::new(table, row);
            let id = c.required(Column::Id);
            let kind = c.word(
                Column::Kind,
                values::consultation_kind,
                WordList::ConsultationKind,
            );
            let when = c
                .required(Column::Date)
                .and_then(|v| match values::when(v) {
                    Ok(w) => Some(w),
                    Err(e) => {
                        c.error(Column::Date, date_problem(v, e));
                        None
                    }
                });
            let title_en = c.required(Column::TitleEn);
            let host_region = c.opt(Column::HostRegion).map(|v| {
                if v.is_empty() {
                    return None;
                }
                let code = look.region(v);
                if code.is_none() {
                    c.error(
                        Column::HostRegion,
                        K::UnknownRegion {
                            value: v.to_string(),
                        },
                    );
                }
                code
            });
            let regions = c.list_of(
                Column::Regions,
                |v| look.region(v),
                |value| K::UnknownRegion { value },
            );
            let themes = c.list_of(
                Column::Themes,
                |v| look.theme(v),
                |value| K::UnknownTheme { value },
            );
            let sources = c.list_of(
                Column::Sources,
                |v| look.documents.contains(v).then(|| v.to_string()),
                |value| K::UnknownDocument { value },
            );
            let participants = c.opt(Column::Participants).map(|v| {
                if v.is_empty() {
                    return None;
                }
                let n = values::count(v);
                if n.is_none() {
                    c.error(
                        Column::Participants,
                        K::BadNumber {
                            value: v.to_string(),
                        },
                    );
                }
                n
            });
            let Some(id) = id else {
                self.problems.append(&mut c.problems);
                continue;
            };
            let fresh = self.first_time(CsvKind::Consultations, id, &mut c, Column::Id);
            let existing = self.existing(Table::Consultations, id);
            let needs_source = match &sources {
                Some(s) => s.is_empty(),
                None => existing.is_none(),
            };
            let ok = table.usable && fresh && !c.has_errors();
            if ok && needs_source {
                c.push(
                    Some(Column::Sources),
                    Severity::Warning,
                    K::NoSourceDocument,
                );
            }
            self.problems.append(&mut c.problems);
            let (true, Some(kind), Some(when), Some(title_en)) = (ok, kind, when, title_en) else {
                continue;
            };
            let text_pair = |en: Option<&str>, mn: Option<&str>, old: Option<&Json>| {
                let old = old.and_then(Json::as_obj);
                let keep = |k: &str| old.and_then(|o| o.str(k)).map(str::to_string);
                let en = match en {
                    Some(v) => Some(v.to_string()),
                    None => keep("en"),
                };
                let mn = match mn {
                    Some(v) => Some(v.to_string()).filter(|v| !v.is_empty()),
                    None => keep("mn"),
                };
                (en.filter(|v| !v.is_empty()), mn)
            };
            let mut entry = existing.unwrap_or_else(|| {
                Obj::new()
                    .with("id", id)
                    .with("kind", "")
                    .with("date", "")
                    .with("title", Json::Null)
                    .with("host", Json::Null)
                    .with("regions", Json::Arr(vec![]))
                    .with("regions_unnamed", Json::Null)
                    .with("organisers", Json::Arr(vec![]))
                    .with("participants", Json::Null)
                    .with("themes", Json::Arr(vec![]))
                    .with("sources", Json::Arr(vec![]))
                    .with("note", Json::Null)
            });
            entry.set("kind", kind.word().into());
            entry.set("date", when.to_string().into());
            let (en, mn) = text_pair(
                Some(title_en),
                table.cell(row, Column::TitleMn),
                entry.get("title"),
            );
            entry.set(
                "title",
                Json::text(en.as_deref().unwrap_or(""), mn.as_deref()),
            );
            // The host: its region and its town (the region's centre when no town is given).
            let mut host = entry
                .get("host")
                .and_then(Json::as_obj)
                .cloned()
                .unwrap_or_else(|| Obj::new().with("region", Json::Null));
            if let Some(r) = host_region {
                host.set("region", r.map_or(Json::Null, Json::from));
            }
            let (mut town_en, mut town_mn) = text_pair(
                table.cell(row, Column::HostTownEn),
                table.cell(row, Column::HostTownMn),
                host.get("town"),
            );
            if town_en.is_none() {
                town_en = town_mn.clone();
            }
            if town_en.is_none() {
                if let Some(code) = host.str("region") {
                    if let Some(r) = look.regions.iter().find(|r| r[0] == code) {
                        town_en = Some(r[3].clone());
                        town_mn = Some(r[4].clone()).filter(|v| !v.is_empty());
                    }
                }
            }
            host.set(
                "town",
                Json::text(town_en.as_deref().unwrap_or(""), town_mn.as_deref()),
            );
            entry.set("host", host.into());
            if let Some(regions) = regions {
                entry.set("regions", Json::strings(&regions));
            }
            if let Some(participants) = participants {
                let mut p = entry
                    .get("participants")
                    .and_then(Json::as_obj)
                    .cloned()
                    .unwrap_or_else(|| {
                        Obj::new()
                            .with("total", Json::Null)
                            .with("approximate", false)
                            .with("groups", Json::Arr(vec![]))
                            .with("description", Json::Null)
                    });
                match participants {
                    Some((n, approximate)) => {
                        p.set("total", u64::from(n).into());
                        p.set("approximate", approximate.into());
                    }
                    None => p.set("total", Json::Null),
                }
                let empty = matches!(p.get("total"), None | Some(Json::Null))
                    && p.arr("groups").is_empty()
                    && matches!(p.get("description"), None | Some(Json::Null));
                entry.set("participants", if empty { Json::Null } else { p.into() });
            }
            if let Some(themes) = themes {
                entry.set("themes", Json::strings(&themes));
            }
            match sources {
                Some(s) if !s.is_empty() => entry.set("sources", Json::strings(&s)),
                _ if needs_source => {
                    let doc_id = self.file_document(ti);
                    entry.set("sources", Json::strings(&[doc_id]));
                }
                _ => {}
            }
            if table.has(Column::NoteEn) || table.has(Column::NoteMn) {
                let (mut en, mn) = text_pair(
                    table.cell(row, Column::NoteEn),
                    table.cell(row, Column::NoteMn),
                    entry.get("note"),
                );
                if en.is_none() {
                    en = mn.clone();
                }
                entry.set(
                    "note",
                    match en {
                        Some(en) => Json::text(&en, mn.as_deref()),
                        None => Json::Null,
                    },
                );
            }
            self.put(
                Table::Consultations,
                entry,
                Origin {
                    table: ti,
                    row: row.row,
                },
            );
        }
    }

    /// The document standing for a CSV file itself, made on first use.
    fn file_document(&mut self, ti: usize) -> String {
        let file = self.tables[ti].file.clone();
        let note = format!("Imported from {file}");
        if let Some(d) = entries(&self.doc, "documents")
            .find(|d| d.str("note") == Some(note.as_str()) && d.str("title") == Some(&file))
        {
            return d.str("id").unwrap_or("").to_string();
        }
        let id = self.free_id(&slug(&file), &[]);
        let entry = Obj::new()
            .with("id", id.as_str())
            .with("title", file.as_str())
            .with("publisher", "")
            .with("date", Json::Null)
            .with("url", Json::Null)
            .with("note", note);
        let first_row = self.tables[ti].rows.first().map_or(1, |r| r.row);
        self.put(
            Table::Documents,
            entry,
            Origin {
                table: ti,
                row: first_row,
            },
        );
        id
    }

    /// `import-<slug>`, with a number added if a document or assessment source has that id.
    fn free_id(&self, slug: &str, also_taken: &[String]) -> String {
        let base = if slug.is_empty() {
            "import".to_string()
        } else {
            format!("import-{slug}")
        };
        let taken = |id: &str| {
            also_taken.iter().any(|t| t == id)
                || entries(&self.doc, "documents").any(|d| d.str("id") == Some(id))
                || entries(&self.doc, "assessment_sources").any(|s| s.str("id") == Some(id))
        };
        if !slug.is_empty() && !taken(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or(base)
    }

    /// Reads every assessment row of every assessments table, finds or makes their sources, and
    /// merges the rows of the usable tables.
    fn assessments(&mut self) {
        let look = Lookup::new(&self.doc);
        let mut rows: Vec<AssessmentRow> = Vec::new();
        let tables = self.tables;
        for (ti, table) in tables.iter().enumerate() {
            if table.kind != CsvKind::Assessments {
                continue;
            }
            for row in &table.rows {
                let mut c = RowCheck::new(table, row);
                let recommendation = c.required(Column::Recommendation).and_then(|v| {
                    look.recommendation(v)
                        .map_err(|k| c.error(Column::Recommendation, k))
                        .ok()
                });
                let kind = c.word(
                    Column::AssessorKind,
                    values::assessor_kind,
                    WordList::AssessorKind,
                );
                let assessor = c.required(Column::Assessor);
                let status = c.word(Column::Status, values::status, WordList::Status);
                let date = c.date(Column::Date);
                let region = match c.opt(Column::Region) {
                    Some(v) if !v.is_empty() => match look.region(v) {
                        Some(code) => Some(Some(code)),
                        None => {
                            c.error(
                                Column::Region,
                                K::UnknownRegion {
                                    value: v.to_string(),
                                },
                            );
                            None
                        }
                    },
                    _ => Some(None),
                };
                let ok = table.usable && !c.has_errors();
                self.problems.append(&mut c.problems);
                if let (
                    Some(recommendation),
                    Some(kind),
                    Some(assessor),
                    Some(date),
                    Some(region),
                ) = (recommendation, kind, assessor, date, region)
                {
                    rows.push(AssessmentRow {
                        table: ti,
                        row: row.row,
                        recommendation,
                        kind,
                        assessor: assessor.to_string(),
                        status: status.map_or("", |s| s.word()),
                        date,
                        evidence: table.cell(row, Column::Evidence).map(str::to_string),
                        citation: table.cell(row, Column::Citation).map(str::to_string),
                        region,
                        ok: ok && status.is_some(),
                    });
                }
            }
        }
        let sources = self.sources_for(&rows);
        for (a, source) in rows.iter().zip(sources) {
            let table = &tables[a.table];
            let mut key = format!("{} / {} / {}", a.recommendation, source, a.date);
            if let Some(r) = &a.region {
                key = format!("{key} / {r}");
            }
            let row = table
                .rows
                .iter()
                .find(|r| r.row == a.row)
                .expect("the row read above");
            let mut c = RowCheck::new(table, row);
            let fresh = self.first_time(CsvKind::Assessments, &key, &mut c, Column::Recommendation);
            self.problems.append(&mut c.problems);
            if !(fresh && a.ok) {
                continue;
            }
            let mut entry = self.existing(Table::Assessments, &key).unwrap_or_else(|| {
                Obj::new()
                    .with("recommendation", a.recommendation.as_str())
                    .with("source", source.as_str())
                    .with("status", a.status)
                    .with("date", a.date.to_string())
                    .with("evidence", "")
                    .with("citation", "")
                    .with("region", a.region.clone())
                    .with("note", Json::Null)
            });
            entry.set("status", a.status.into());
            if let Some(e) = &a.evidence {
                entry.set("evidence", e.as_str().into());
            }
            if let Some(c) = &a.citation {
                entry.set("citation", c.as_str().into());
            }
            self.put(
                Table::Assessments,
                entry,
                Origin {
                    table: a.table,
                    row: a.row,
                },
            );
        }
    }

    /// The source id of each row: an existing source of the same kind whose English or Mongolian
    /// title is the assessor's name, or a new one (with its document) for the rows that are ok.
    fn sources_for(&mut self, rows: &[AssessmentRow]) -> Vec<String> {
        // Groups in order of first appearance.
        let mut groups: Vec<((AssessorKind, String), Vec<usize>)> = Vec::new();
        let mut index: BTreeMap<(AssessorKind, String), usize> = BTreeMap::new();
        for (i, a) in rows.iter().enumerate() {
            let key = (a.kind, norm(&a.assessor));
            let g = *index.entry(key.clone()).or_insert_with(|| {
                groups.push((key, vec![]));
                groups.len() - 1
            });
            groups[g].1.push(i);
        }
        let mut ids = vec![String::new(); rows.len()];
        let mut made: Vec<String> = Vec::new();
        for ((kind, name), members) in groups {
            let titled = |s: &Obj| {
                let (en, mn) = text_of(s, "title");
                norm(&en) == name || (!mn.is_empty() && norm(&mn) == name)
            };
            let existing = entries(&self.doc, "assessment_sources")
                .find(|s| titled(s) && s.str("kind") == Some(kind.word()))
                .and_then(|s| s.str("id"))
                .map(str::to_string);
            let first = &rows[members[0]];
            let id = match existing {
                Some(id) => id,
                None => {
                    let other = entries(&self.doc, "assessment_sources")
                        .find(|s| titled(s))
                        .and_then(|s| s.str("kind").and_then(AssessorKind::parse));
                    let id = self.free_id(&slug(&first.assessor), &made);
                    made.push(id.clone());
                    let good: Vec<&AssessmentRow> =
                        members.iter().map(|&i| &rows[i]).filter(|a| a.ok).collect();
                    if let Some(a) = good.first() {
                        if let Some(existing) = other {
                            self.problems.push(ImportProblem {
                                file: self.tables[a.table].file.clone(),
                                row: Some(a.row),
                                column: Some(self.tables[a.table].header(Column::AssessorKind)),
                                severity: Severity::Warning,
                                kind: K::SourceKindDiffers {
                                    name: a.assessor.clone(),
                                    existing,
                                },
                            });
                        }
                        let date = good.iter().map(|a| a.date).max().map(|d| d.to_string());
                        let origin = Origin {
                            table: a.table,
                            row: a.row,
                        };
                        let file = self.tables[a.table].file.clone();
                        let document = Obj::new()
                            .with("id", id.as_str())
                            .with("title", a.assessor.as_str())
                            .with("publisher", a.assessor.as_str())
                            .with("date", date.clone())
                            .with("url", Json::Null)
                            .with("note", format!("Imported from {file}"));
                        self.put(Table::Documents, document, origin.clone());
                        let source = Obj::new()
                            .with("id", id.as_str())
                            .with("kind", kind.word())
                            .with("title", Json::text(&a.assessor, Some(&a.assessor)))
                            .with("date", date)
                            .with("document", id.as_str());
                        self.put(Table::AssessmentSources, source, origin);
                    }
                    id
                }
            };
            for i in members {
                ids[i] = id.clone();
            }
        }
        ids
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
