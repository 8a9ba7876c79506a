//! The recommendations template merged into the dataset.

use super::lookup::Lookup;
use super::row_check::RowCheck;
use super::{Merger, Origin};
use crate::import::columns::{Column, CsvKind};
use crate::import::json::{Json, Obj};
use crate::import::problem::{ImportProblemKind as K, WordList};
use crate::import::values;
use crate::import::Table;
use crate::issue::Severity;

impl Merger<'_> {
    pub(super) fn recommendations(&mut self, ti: usize) {
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
            // The optional columns of version 2: written where the file has them.
            let session = c.opt(Column::Session).map(|v| {
                if v.trim().is_empty() {
                    return None;
                }
                let n = v.trim().parse::<u32>().ok();
                if n.is_none() {
                    c.error(
                        Column::Session,
                        K::BadNumber {
                            value: v.to_string(),
                        },
                    );
                }
                n
            });
            let response_paragraph = c
                .opt(Column::ResponseParagraph)
                .map(|v| Some(v.trim().to_string()).filter(|v| !v.is_empty()));
            let lists: Vec<(&str, Option<Vec<String>>)> = [
                ("ohchr_themes", Column::OhchrThemes),
                ("persons", Column::Persons),
                ("sdgs", Column::Sdgs),
            ]
            .into_iter()
            .map(|(key, column)| (key, c.opt(column).map(values::list)))
            .collect();
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
            if let Some(p) = response_paragraph {
                entry.set("response_paragraph", p.map_or(Json::Null, Json::from));
            }
            if let Some(s) = session {
                entry.set("session", s.map_or(Json::Null, |s| u64::from(s).into()));
            }
            for (key, list) in lists {
                if let Some(list) = list {
                    entry.set(key, Json::strings(&list));
                }
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
}
