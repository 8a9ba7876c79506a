//! The assessments template merged into the dataset: every row of every assessments file is read
//! first, so that one source is made per assessor and date across files.

use super::lookup::{entries, text_of, Lookup};
use super::row_check::RowCheck;
use super::{free_id, Merger, Origin};
use crate::date::PartialDate;
use crate::import::columns::{Column, CsvKind};
use crate::import::json::{Json, Obj};
use crate::import::problem::{ImportProblem, ImportProblemKind as K, WordList};
use crate::import::text::{norm, slug};
use crate::import::values;
use crate::import::Table;
use crate::issue::Severity;
use crate::model::AssessorKind;
use std::collections::{BTreeMap, HashMap, HashSet};

/// An assessment row read and checked, before its source is known.
pub(super) struct AssessmentRow {
    pub(super) table: usize,
    pub(super) row: usize,
    /// Its place in its table's rows.
    pub(super) at: usize,
    pub(super) recommendation: String,
    pub(super) kind: AssessorKind,
    pub(super) assessor: String,
    pub(super) status: &'static str,
    pub(super) date: PartialDate,
    pub(super) evidence: Option<String>,
    pub(super) citation: Option<String>,
    pub(super) region: Option<String>,
    pub(super) note: Option<String>,
    /// False when another cell of the row has an error: the row only takes part in finding
    /// duplicates.
    pub(super) ok: bool,
}

impl Merger<'_> {
    /// Reads every assessment row of every assessments table, finds or makes their sources, and
    /// merges the rows of the usable tables.
    pub(super) fn assessments(&mut self) {
        let look = Lookup::new(&self.doc);
        let mut rows: Vec<AssessmentRow> = Vec::new();
        let tables = self.tables;
        for (ti, table) in tables.iter().enumerate() {
            if table.kind != CsvKind::Assessments {
                continue;
            }
            for (at, row) in table.rows.iter().enumerate() {
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
                        at,
                        recommendation,
                        kind,
                        assessor: assessor.to_string(),
                        status: status.map_or("", |s| s.word()),
                        date,
                        evidence: table.cell(row, Column::Evidence).map(str::to_string),
                        citation: table.cell(row, Column::Citation).map(str::to_string),
                        region,
                        note: table.cell(row, Column::Note).map(str::to_string),
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
            let row = &table.rows[a.at];
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
            // One text, in whichever language it was written: shown in both.
            match a.note.as_deref() {
                Some("") => entry.set("note", Json::Null),
                Some(n) => entry.set("note", Json::text(n, Some(n))),
                None => {}
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
    pub(super) fn sources_for(&mut self, rows: &[AssessmentRow]) -> Vec<String> {
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
        // The sources there are, by their titles (English and Mongolian, as compared), each with
        // its kind and id, the first of a title first; and the ids documents and sources have. Made
        // once: a file may name thousands of assessors.
        let mut titled: HashMap<String, Vec<(Option<AssessorKind>, String)>> = HashMap::new();
        for s in entries(&self.doc, "assessment_sources") {
            let (en, mn) = text_of(s, "title");
            let kind = s.str("kind").and_then(AssessorKind::parse);
            let id = s.str("id").unwrap_or("").to_string();
            let mut names = vec![norm(&en)];
            if !mn.is_empty() && norm(&mn) != names[0] {
                names.push(norm(&mn));
            }
            for name in names {
                titled.entry(name).or_default().push((kind, id.clone()));
            }
        }
        let mut taken: HashSet<String> = entries(&self.doc, "documents")
            .chain(entries(&self.doc, "assessment_sources"))
            .filter_map(|e| e.str("id").map(str::to_string))
            .collect();
        for ((kind, name), members) in groups {
            let same_title = titled.get(&name);
            let existing = same_title
                .and_then(|list| list.iter().find(|(k, _)| *k == Some(kind)))
                .map(|(_, id)| id.clone());
            let first = &rows[members[0]];
            let id = match existing {
                Some(id) => id,
                None => {
                    let other = same_title
                        .and_then(|list| list.first())
                        .and_then(|(k, _)| *k);
                    let id = free_id(&slug(&first.assessor), &taken);
                    taken.insert(id.clone());
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
}
