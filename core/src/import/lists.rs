//! Official lists in the import. A Word file that is OHCHR's thematic list becomes a table of the
//! recommendations template (ids `c<cycle>-<paragraph>`, so the same list imported twice changes
//! nothing and a newer one updates in place), after the dataset has been given what its rows refer
//! to: the cycle (marked as listing all its recommendations, so the loader compares the count with
//! the published one) and the UN documents of the report and of the positions.
//!
//! A list about another State than the one shown is never merged: the plan says so and offers a
//! new tracker for that State made from the list alone.

use super::columns::{Column, CsvKind};
use super::csvfile::{CsvTable, Row};
use super::json::{Json, Obj};
use super::problem::{ImportProblem, ImportProblemKind};
use super::read::file_problem;
use super::Table;
use super::{dataset_id, Tracker};
use crate::import::official::{docx, ohchr, ListProblemKind, OfficialList};
use crate::issue::Severity;
use crate::model::Response;
use crate::states::State;
use std::collections::HashSet;

/// A list read from a file, with its file's name and date.
pub(crate) struct ListFile {
    pub name: String,
    pub list: OfficialList,
    /// When the file was last changed, if it says (a new tracker's "as of" date).
    pub modified: Option<String>,
}

/// Reads a zip file: a thematic list, or problems that say why not.
pub(crate) fn read(
    name: &str,
    bytes: &[u8],
    problems: &mut Vec<ImportProblem>,
) -> Option<ListFile> {
    let problem = |kind| ImportProblem {
        file: name.to_string(),
        row: None,
        column: None,
        severity: Severity::Error,
        kind,
    };
    let text = match docx::read(bytes) {
        Ok(text) => text,
        Err(e) => {
            problems.push(problem(ImportProblemKind::Docx { error: e }));
            return None;
        }
    };
    if !ohchr::is_thematic_list(&text) {
        problems.push(problem(ImportProblemKind::List {
            problem: ListProblemKind::NoListTable,
        }));
        return None;
    }
    let list = ohchr::read(&text);
    report_problems(name, &list, problems);
    if list.recommendations.is_empty() && list.problems.is_empty() {
        problems.push(problem(ImportProblemKind::NoRows));
    }
    Some(ListFile {
        name: name.to_string(),
        list,
        modified: text.modified,
    })
}

/// What a list's rows (or header) did not give, as problems of its file: an unknown recommending
/// State is a warning (kept as written), anything else an error.
pub(crate) fn report_problems(name: &str, list: &OfficialList, problems: &mut Vec<ImportProblem>) {
    for p in &list.problems {
        let warning = matches!(p.kind, ListProblemKind::UnknownRecommendingState { .. });
        problems.push(ImportProblem {
            row: p.row,
            ..file_problem(
                name,
                if warning {
                    Severity::Warning
                } else {
                    Severity::Error
                },
                ImportProblemKind::List {
                    problem: p.kind.clone(),
                },
            )
        });
    }
}

/// The UN document of the Working Group's report whose addendum gave a position: the symbol
/// without its `/Add.n`.
fn report_of(addendum: &str) -> String {
    match addendum.rfind("/Add.") {
        Some(at) => addendum[..at].to_string(),
        None => addendum.to_string(),
    }
}

/// The id of another mechanism's recommendation: `uhri-<annotation>` where UHRI gives one (UHRI
/// annotates sub-paragraphs one by one), otherwise its document and paragraph
/// (`crc-c-mng-co-5-6-15`).
pub(crate) fn mechanism_id(document: &str, paragraph: &str, annotation: Option<&str>) -> String {
    match annotation {
        Some(a) => format!("uhri-{}", super::text::slug(a)),
        None => super::text::slug(&format!("{document} {paragraph}")),
    }
}

/// The list's cycle (`None`: the header gave none, which `read` reported).
fn cycle(list: &OfficialList) -> Option<u32> {
    list.cycle
}

const COLUMNS: [Column; 15] = [
    Column::Id,
    Column::Cycle,
    Column::Paragraph,
    Column::Text,
    Column::States,
    Column::Response,
    Column::Document,
    Column::ResponseDocument,
    Column::ResponseParagraph,
    Column::Session,
    Column::OhchrThemes,
    Column::Persons,
    Column::Sdgs,
    Column::Mechanism,
    Column::Annotation,
];

/// The list as a table of the recommendations template. Our own theme coding is not a column, so
/// a recommendation already coded keeps its themes.
pub(crate) fn table(file: &ListFile) -> CsvTable {
    let list = &file.list;
    let n = cycle(list).map(|c| c.to_string()).unwrap_or_default();
    let rows = list
        .recommendations
        .iter()
        .map(|r| {
            let (report, response_document, response_paragraph) = match &r.position_source {
                Some(s) => (
                    r.report.clone().unwrap_or_else(|| report_of(&s.document)),
                    s.document.clone(),
                    s.paragraph.clone().unwrap_or_default(),
                ),
                None => (
                    r.report.clone().unwrap_or_default(),
                    String::new(),
                    String::new(),
                ),
            };
            // Another mechanism's recommendation: no cycle, session or position.
            let (id, n, session) = match &r.mechanism {
                Some(_) => (
                    mechanism_id(&report, &r.paragraph, r.annotation.as_deref()),
                    String::new(),
                    String::new(),
                ),
                None => (
                    format!("c{n}-{}", r.paragraph),
                    n.clone(),
                    list.session.map(|s| s.to_string()).unwrap_or_default(),
                ),
            };
            Row {
                row: r.row,
                cells: vec![
                    id,
                    n,
                    r.paragraph.clone(),
                    r.text.clone(),
                    r.states.join("; "),
                    r.position.map_or("", Response::word).to_string(),
                    report,
                    response_document,
                    response_paragraph,
                    session,
                    r.themes.join("; "),
                    r.persons.join("; "),
                    r.sdgs.join("; "),
                    r.mechanism.clone().unwrap_or_default(),
                    r.annotation.clone().unwrap_or_default(),
                ],
            }
        })
        .collect();
    CsvTable::from_rows(&file.name, CsvKind::Recommendations, &COLUMNS, rows)
}

fn entries<'a>(doc: &'a Json, list: &str) -> impl Iterator<Item = &'a Obj> {
    doc.as_obj()
        .map_or(&[][..], |o| o.arr(list))
        .iter()
        .filter_map(Json::as_obj)
}

fn push(doc: &mut Json, list: &str, entry: Obj) {
    if let Json::Obj(o) = doc {
        if o.get(list).is_none() {
            o.set(list, Json::Arr(vec![]));
        }
        if let Some(Json::Arr(items)) = o.get_mut(list) {
            items.push(entry.into());
        }
    }
}

/// Gives the dataset what the list's rows refer to: each UN document they cite (the report and
/// its addendum) and the cycle, which then lists all its recommendations. Returns the keys added
/// or changed, per table.
pub(crate) fn prepare(doc: &mut Json, file: &ListFile) -> Vec<(Table, String)> {
    let mut touched = Vec::new();
    let list = &file.list;
    let mut wanted: Vec<String> = Vec::new();
    for r in &list.recommendations {
        let cited = r.report.iter().cloned().chain(
            r.position_source
                .iter()
                .flat_map(|s| [report_of(&s.document), s.document.clone()]),
        );
        for d in cited {
            if !wanted.contains(&d) {
                wanted.push(d);
            }
        }
    }
    let have: HashSet<String> = entries(doc, "documents")
        .filter_map(|d| d.str("id").map(str::to_string))
        .collect();
    let state = list.state.map_or(list.state_name.as_str(), |s| s.name);
    for id in wanted.iter().filter(|d| !have.contains(*d)) {
        let body = list
            .recommendations
            .iter()
            .find(|r| r.report.as_ref() == Some(id))
            .and_then(|r| r.mechanism.as_deref());
        let (title, publisher) = match body {
            Some(body) => (format!("{body}: {id} ({state})"), "United Nations"),
            None => (String::new(), "United Nations Human Rights Council"),
        };
        let title = if body.is_some() {
            title
        } else if id.contains("/Add.") {
            format!(
                "Report of the Working Group on the Universal Periodic Review: {state}. Addendum"
            )
        } else {
            format!("Report of the Working Group on the Universal Periodic Review: {state}")
        };
        let date = list
            .document_dates
            .iter()
            .find(|(d, _)| d == id)
            .map_or(Json::Null, |(_, date)| Json::from(date.as_str()));
        let entry = Obj::new()
            .with("id", id.as_str())
            .with("title", title)
            .with("publisher", publisher)
            .with("date", date)
            .with("url", format!("https://undocs.org/{id}"))
            .with("note", format!("Cited by the official list {}", file.name));
        push(doc, "documents", entry);
        touched.push((Table::Documents, id.clone()));
    }
    let Some(number) = cycle(list) else {
        return touched;
    };
    let report = wanted.iter().find(|d| !d.contains("/Add.")).cloned();
    let mut found = false;
    if let Json::Obj(o) = doc {
        if let Some(Json::Arr(cycles)) = o.get_mut("cycles") {
            for c in cycles.iter_mut() {
                if let Json::Obj(c) = c {
                    if c.get("number").and_then(Json::as_u64) == Some(u64::from(number)) {
                        found = true;
                        if c.get("recommendations_in_dataset") != Some(&Json::Bool(true)) {
                            c.set("recommendations_in_dataset", true.into());
                            touched.push((Table::Cycles, number.to_string()));
                        }
                    }
                }
            }
        }
    }
    if !found {
        // Without a document symbol in the list, the list itself stands for the cycle's document.
        let report = report.unwrap_or_else(|| {
            let id = format!("ohchr-list-{}", super::text::slug(&file.name));
            if !have.contains(&id) {
                let entry = Obj::new()
                    .with("id", id.as_str())
                    .with("title", file.name.as_str())
                    .with("publisher", "OHCHR")
                    .with("date", Json::Null)
                    .with("url", Json::Null)
                    .with(
                        "note",
                        "The thematic list itself: it names no document symbol",
                    );
                push(doc, "documents", entry);
                touched.push((Table::Documents, id.clone()));
            }
            id
        });
        let documents = Json::strings(&[report]);
        let entry = Obj::new()
            .with("number", u64::from(number))
            .with("review_date", Json::Null)
            .with(
                "wg_session",
                list.session.map_or(Json::Null, |s| u64::from(s).into()),
            )
            .with("documents", documents)
            .with("recommendations_in_dataset", true)
            .with("published", Json::Null)
            .with("published_ratings", Json::Arr(vec![]))
            .with("note", Json::Null);
        push(doc, "cycles", entry);
        touched.push((Table::Cycles, number.to_string()));
    }
    touched
}

/// A dataset with nothing in it yet, for `state`: where a tracker for another State starts.
pub(crate) fn empty_tracker(state: &State, as_of: &str) -> String {
    let doc = Obj::new()
        .with("format", crate::load::FORMAT)
        .with("version", crate::load::VERSION)
        .with(
            "title",
            Json::text(
                &format!(
                    "UPR recommendations to {}: implementation tracker",
                    state.name
                ),
                Some(&format!(
                    "{}: ЗДЗ-ийн зөвлөмжийн хэрэгжилтийн хяналт",
                    state.name
                )),
            ),
        )
        .with("as_of", as_of)
        .with(
            "country",
            Obj::new()
                .with("code", state.code)
                .with("name", Json::text(state.name, None)),
        )
        .with("documents", Json::Arr(vec![]))
        .with("regions", Json::Arr(vec![]))
        .with("cycles", Json::Arr(vec![]))
        .with("themes", Json::Arr(vec![]))
        .with("recommendations", Json::Arr(vec![]))
        .with("assessment_sources", Json::Arr(vec![]))
        .with("assessments", Json::Arr(vec![]))
        .with("consultations", Json::Arr(vec![]));
    let mut text = Json::from(doc).to_pretty(2);
    text.push('\n');
    text
}

/// A tracker for `state` made from the lists about it (of one file, read already): an empty
/// dataset for that State, dated when the file was last changed, with the lists merged into it;
/// or the problems that keep it from being made (none where the lists' own problems, reported
/// already, are why).
pub(crate) fn tracker_from(
    state: &'static crate::states::State,
    lists: &[&ListFile],
) -> Result<Tracker, Vec<ImportProblem>> {
    let Some(first) = lists.first() else {
        return Err(Vec::new());
    };
    let Some(as_of) = first.modified.as_deref() else {
        return Err(vec![file_problem(
            &first.name,
            Severity::Error,
            ImportProblemKind::List {
                problem: ListProblemKind::NoDate,
            },
        )]);
    };
    let own_errors = lists
        .iter()
        .flat_map(|l| &l.list.problems)
        .any(|p| !matches!(p.kind, ListProblemKind::UnknownRecommendingState { .. }));
    if own_errors {
        return Err(Vec::new());
    }
    let Some(mut doc) = super::json::parse(&empty_tracker(state, as_of)) else {
        return Err(Vec::new());
    };
    let mut tables = Vec::new();
    for l in lists {
        prepare(&mut doc, l);
        tables.push(table(l));
    }
    let mut merger = super::merge::Merger::new(doc, &tables);
    merger.run();
    let errors: Vec<ImportProblem> = merger
        .problems
        .into_iter()
        .filter(ImportProblem::is_error)
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut json = merger.doc.to_pretty(2);
    json.push('\n');
    if let Err(failure) = crate::load::load_dataset(&json) {
        return Err(failure
            .errors()
            .map(|issue| super::read::dataset_problem(&first.name, issue))
            .collect());
    }
    Ok(Tracker {
        state: state.name.to_string(),
        code: state.code.to_string(),
        dataset_id: dataset_id(&json),
        recommendations: lists.iter().map(|l| l.list.recommendations.len()).sum(),
        json,
    })
}
