//! The consultations template merged into the dataset: each row's cells are checked, then written
//! into a new entry or over the one with the same id, keeping what the file has no column for.

use super::lookup::{entries, Lookup};
use super::row_check::{date_problem, RowCheck};
use super::{Merger, Origin};
use crate::date::When;
use crate::import::columns::{Column, CsvKind};
use crate::import::csvfile::{CsvTable, Row};
use crate::import::json::{Json, Obj};
use crate::import::problem::{ImportProblemKind as K, WordList};
use crate::import::text::slug;
use crate::import::values;
use crate::import::Table;
use crate::issue::Severity;
use crate::model::ConsultationKind;

/// A consultation row's cells, checked. `None` is a cell that is missing or wrong (and reported)
/// or, for an optional column, a column the file does not have.
struct ConsultationRow<'a> {
    id: Option<&'a str>,
    kind: Option<ConsultationKind>,
    when: Option<When>,
    title_en: Option<&'a str>,
    /// `Some(None)`: the cell is empty (no host region).
    host_region: Option<Option<String>>,
    regions: Option<Vec<String>>,
    themes: Option<Vec<String>>,
    sources: Option<Vec<String>>,
    /// `Some(None)`: the cell is empty (the number is not known).
    participants: Option<Option<(u32, bool)>>,
}

/// A text in both languages, from the row's cells where the file has the column (`None`: it has
/// not) and from the entry's `old` text where it has not. An empty cell clears.
fn merged_text(
    en: Option<&str>,
    mn: Option<&str>,
    old: Option<&Json>,
) -> (Option<String>, Option<String>) {
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
}

/// An entry with every field a consultation has, empty.
fn new_consultation(id: &str) -> Obj {
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
}

/// Reads and checks one row's cells; the problems stay in `c`.
fn read_row<'a>(c: &mut RowCheck<'a>, look: &Lookup) -> ConsultationRow<'a> {
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
    ConsultationRow {
        id,
        kind,
        when,
        title_en,
        host_region,
        regions,
        themes,
        sources,
        participants,
    }
}

/// The host: its region, and its town (the region's centre when the row and the entry name none).
fn write_host(
    entry: &mut Obj,
    table: &CsvTable,
    row: &Row,
    host_region: Option<Option<String>>,
    look: &Lookup,
) {
    let mut host = entry
        .get("host")
        .and_then(Json::as_obj)
        .cloned()
        .unwrap_or_else(|| Obj::new().with("region", Json::Null));
    if let Some(r) = host_region {
        host.set("region", r.map_or(Json::Null, Json::from));
    }
    let (mut town_en, mut town_mn) = merged_text(
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
}

/// The number of participants (`None`: not known); the entry's groups and description stay.
fn write_participants(entry: &mut Obj, participants: Option<(u32, bool)>) {
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

/// The note, where the file has a note column (English falls back on Mongolian).
fn write_note(entry: &mut Obj, table: &CsvTable, row: &Row) {
    if !(table.has(Column::NoteEn) || table.has(Column::NoteMn)) {
        return;
    }
    let (mut en, mn) = merged_text(
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

impl Merger<'_> {
    pub(super) fn consultations(&mut self, ti: usize) {
        let tables = self.tables;
        let table = &tables[ti];
        let look = Lookup::new(&self.doc);
        for row in &table.rows {
            let mut c = RowCheck::new(table, row);
            let cells = read_row(&mut c, &look);
            let Some(id) = cells.id else {
                self.problems.append(&mut c.problems);
                continue;
            };
            let fresh = self.first_time(CsvKind::Consultations, id, &mut c, Column::Id);
            let existing = self.existing(Table::Consultations, id);
            // Every consultation needs a source: the file itself stands for one when the row
            // names none and no entry had one.
            let needs_source = match &cells.sources {
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
            let (true, Some(kind), Some(when), Some(title_en)) =
                (ok, cells.kind, cells.when, cells.title_en)
            else {
                continue;
            };
            let mut entry = existing.unwrap_or_else(|| new_consultation(id));
            entry.set("kind", kind.word().into());
            entry.set("date", when.to_string().into());
            let (en, mn) = merged_text(
                Some(title_en),
                table.cell(row, Column::TitleMn),
                entry.get("title"),
            );
            entry.set(
                "title",
                Json::text(en.as_deref().unwrap_or(""), mn.as_deref()),
            );
            write_host(&mut entry, table, row, cells.host_region, &look);
            if let Some(regions) = cells.regions {
                entry.set("regions", Json::strings(&regions));
            }
            if let Some(participants) = cells.participants {
                write_participants(&mut entry, participants);
            }
            if let Some(themes) = cells.themes {
                entry.set("themes", Json::strings(&themes));
            }
            match cells.sources {
                Some(s) if !s.is_empty() => entry.set("sources", Json::strings(&s)),
                _ if needs_source => {
                    let doc_id = self.file_document(ti);
                    entry.set("sources", Json::strings(&[doc_id]));
                }
                _ => {}
            }
            write_note(&mut entry, table, row);
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
        let taken = entries(&self.doc, "documents")
            .chain(entries(&self.doc, "assessment_sources"))
            .filter_map(|e| e.str("id").map(str::to_string))
            .collect();
        let id = super::free_id(&slug(&file), &taken);
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
}
