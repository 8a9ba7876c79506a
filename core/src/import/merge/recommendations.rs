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
            // Another mechanism's recommendation (a `mechanism` other than the UPR) has no
            // cycle, recommending State or position, and may be known by its annotation id
            // instead of a paragraph.
            let mechanism = c
                .opt(Column::Mechanism)
                .map(str::trim)
                .filter(|m| !m.is_empty() && !m.eq_ignore_ascii_case(crate::model::UPR));
            let upr = mechanism.is_none();
            let annotation = c
                .opt(Column::Annotation)
                .map(str::trim)
                .filter(|a| !a.is_empty());
            let cycle = c.wanted(Column::Cycle, upr).and_then(|v| {
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
            let paragraph = c.wanted(Column::Paragraph, upr || annotation.is_none());
            let text = c.required(Column::Text);
            let states = c.wanted(Column::States, upr).map(values::list);
            let response = c.word_if(Column::Response, upr, values::response, WordList::Response);
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
            if document.is_none() && !upr {
                // Nothing to take it from: another mechanism's row names its document.
                c.error(Column::Document, K::EmptyCell);
            }
            let response_document = response_document
                .or_else(|| {
                    existing
                        .as_ref()
                        .and_then(|e| e.str("response_document").map(str::to_string))
                })
                .or_else(|| document.clone().filter(|_| upr));
            if !upr {
                let expected = crate::import::lists::mechanism_id(
                    document.as_deref().unwrap_or_default(),
                    paragraph.unwrap_or_default(),
                    annotation,
                );
                if id != expected {
                    c.push(
                        Some(Column::Id),
                        Severity::Warning,
                        K::IdConvention { expected },
                    );
                }
            } else if let (Some((n, _)), Some(p)) = (cycle, paragraph) {
                let expected = format!("c{n}-{p}");
                if id != expected {
                    c.push(
                        Some(Column::Id),
                        Severity::Warning,
                        K::IdConvention { expected },
                    );
                }
            }
            if upr && states.as_ref().is_some_and(Vec::is_empty) {
                c.error(Column::States, K::EmptyCell);
            }
            let fresh = self.first_time(CsvKind::Recommendations, id, &mut c, Column::Id);
            let ok = table.usable && fresh && !c.has_errors();
            self.problems.append(&mut c.problems);
            if !ok {
                continue;
            }
            let (Some(text), Some(document)) = (text, document) else {
                continue;
            };
            // What the UPR needs, all there (a missing one was reported above).
            let upr_fields = match (cycle, paragraph, &states, response, &response_document) {
                (Some((n, _)), Some(p), Some(st), Some(r), Some(rd)) => Some((*n, p, st, r, rd)),
                _ => None,
            };
            if upr && upr_fields.is_none() {
                continue;
            }
            // A new entry's keys in the dataset's usual order; the values are set below.
            let mut entry = existing.unwrap_or_else(|| {
                let start = Obj::new().with("id", id);
                let start = match mechanism {
                    Some(m) => start.with("mechanism", m),
                    None => start.with("cycle", Json::Null),
                };
                let start = start
                    .with("paragraph", Json::Null)
                    .with("text", Json::Null)
                    .with("states", Json::Arr(vec![]));
                let start = match mechanism {
                    Some(_) => start,
                    None => start
                        .with("response", Json::Null)
                        .with("response_document", Json::Null),
                };
                start
                    .with("document", Json::Null)
                    .with("themes", Json::Arr(vec![]))
            });
            entry.set("paragraph", paragraph.unwrap_or_default().into());
            entry.set("text", text.into());
            entry.set("document", document.into());
            match (mechanism, upr_fields) {
                (None, Some((n, _, states, response, response_document))) => {
                    entry.remove("mechanism");
                    entry.set("cycle", u64::from(n).into());
                    entry.set("states", Json::strings(states));
                    entry.set("response", response.word().into());
                    entry.set("response_document", response_document.as_str().into());
                }
                (m, _) => {
                    entry.set("mechanism", m.unwrap_or_default().into());
                    for key in ["cycle", "response", "response_document"] {
                        entry.remove(key);
                    }
                    entry.set(
                        "states",
                        Json::strings(states.as_deref().unwrap_or_default()),
                    );
                }
            }
            if let Some(a) = annotation {
                entry.set("annotation", a.into());
            }
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
