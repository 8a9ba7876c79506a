//! A tracker for a State started from UPR Info's export, a secondary source without paragraph
//! numbers. Each row of the State (its voluntary pledges aside) becomes a recommendation of its
//! cycle (from the session) known by its cycle, recommending State and wording — the identity the
//! issue gives a row without a paragraph — as `c<cycle>-ui-<8 hex digits>`. The same export again
//! gives the same ids; when the cycle's official list comes, [`super::numbering`] gives them their
//! paragraphs, keeping their assessments.

use super::crosscheck::{position, state_key, words};
use super::json::{Json, Obj};
use super::lists::empty_tracker;
use super::problem::{ImportProblem, ImportProblemKind};
use super::{dataset_id, Tracker};
use crate::import::official::cycle_of_session;
use crate::import::official::uprinfo::UprInfoFile;
use crate::issue::Severity;
use crate::states::State;
use std::collections::{BTreeMap, HashSet};

use crate::model::UNNUMBERED;

/// The id of a row without a paragraph: its cycle, and a hash of its recommending State and words.
pub fn unnumbered_id(cycle: u32, from: &str, text: &str) -> String {
    let key = format!("{}|{}", state_key(from), words(text).join(" "));
    let hash = dataset_id(&key);
    format!("c{cycle}{UNNUMBERED}{hash}")
}

/// The States the files name (their rows under review, pledges aside), with their rows, most first.
pub(crate) fn states_of(files: &[(String, &UprInfoFile)]) -> Vec<(&'static State, usize)> {
    let mut counts: BTreeMap<&'static str, (&'static State, usize)> = BTreeMap::new();
    let mut seen: std::collections::HashMap<&str, Option<&'static State>> = Default::default();
    for (_, file) in files {
        for row in file.rows.iter().filter(|r| !r.is_pledge()) {
            let state = *seen
                .entry(row.to.as_str())
                .or_insert_with(|| crate::states::by_name(&row.to));
            if let Some(s) = state {
                counts.entry(s.code).or_insert((s, 0)).1 += 1;
            }
        }
    }
    let mut list: Vec<(&'static State, usize)> = counts.into_values().collect();
    crate::sort_by_dyn(&mut list, &|a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.name.cmp(b.0.name))
    });
    list
}

/// A tracker for `state` from the rows about it in `files` (name and export), dated `as_of`.
pub(crate) fn tracker(
    state: &'static State,
    files: &[(String, &UprInfoFile)],
    as_of: &str,
) -> Result<Tracker, Vec<ImportProblem>> {
    let Some(mut doc) = super::json::parse(&empty_tracker(state, as_of)) else {
        return Err(Vec::new());
    };
    let mut documents: Vec<Json> = Vec::new();
    // Per cycle: its session, the document it comes from, its recommendations.
    let mut cycles: BTreeMap<u32, (Option<u32>, String)> = BTreeMap::new();
    let mut recommendations: Vec<Json> = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut problems = Vec::new();
    for (name, file) in files {
        let doc_id = format!("upr-info-{}", super::text::slug(name));
        let mut cited = false;
        for row in file.rows.iter().filter(|r| !r.is_pledge()) {
            if crate::states::by_name(&row.to).map(|s| s.code) != Some(state.code) {
                continue;
            }
            let Some(cycle) = row.session.and_then(cycle_of_session) else {
                continue;
            };
            let Some(response) = position(&row.response) else {
                problems.push(ImportProblem {
                    file: name.clone(),
                    row: Some(row.row),
                    column: None,
                    severity: Severity::Warning,
                    kind: ImportProblemKind::List {
                        problem: crate::import::official::ListProblemKind::UnknownPosition {
                            paragraph: String::new(),
                            value: row.response.clone(),
                        },
                    },
                });
                continue;
            };
            let mut id = unnumbered_id(cycle, &row.from, &row.text);
            // The same State's same words twice in a cycle: the second is told apart.
            let mut n = 2;
            while ids.contains(&id) {
                id = format!("{}-{n}", unnumbered_id(cycle, &row.from, &row.text));
                n += 1;
            }
            ids.insert(id.clone());
            cited = true;
            cycles.entry(cycle).or_insert((row.session, doc_id.clone()));
            let from =
                crate::states::by_name(&row.from).map_or(row.from.clone(), |s| s.name.into());
            recommendations.push(Json::Obj(
                Obj::new()
                    .with("id", id.as_str())
                    .with("cycle", u64::from(cycle))
                    .with("paragraph", "")
                    .with("text", row.text.as_str())
                    .with("states", Json::strings(&[from]))
                    .with("response", response.word())
                    .with("response_document", doc_id.as_str())
                    .with("document", doc_id.as_str())
                    .with("themes", Json::Arr(Vec::new()))
                    .with(
                        "session",
                        row.session.map_or(Json::Null, |s| u64::from(s).into()),
                    ),
            ));
        }
        if cited {
            documents.push(Json::Obj(
                Obj::new()
                    .with("id", doc_id.as_str())
                    .with("title", format!("UPR Info database export: {name}"))
                    .with("publisher", "UPR Info")
                    .with("date", Json::Null)
                    .with("url", Json::Null)
                    .with(
                        "note",
                        "A secondary source without paragraph numbers: the official list of the cycle gives them",
                    ),
            ));
        }
    }
    if recommendations.is_empty() {
        return Err(problems);
    }
    let cycles: Vec<Json> = cycles
        .into_iter()
        .map(|(n, (session, doc_id))| {
            Json::Obj(
                Obj::new()
                    .with("number", u64::from(n))
                    .with("review_date", Json::Null)
                    .with(
                        "wg_session",
                        session.map_or(Json::Null, |s| u64::from(s).into()),
                    )
                    .with("documents", Json::strings(&[doc_id]))
                    .with("recommendations_in_dataset", true)
                    .with("published", Json::Null)
                    .with("published_ratings", Json::Arr(Vec::new()))
                    .with("note", Json::Null),
            )
        })
        .collect();
    let count = recommendations.len();
    if let Json::Obj(o) = &mut doc {
        o.set("documents", Json::Arr(documents));
        o.set("cycles", Json::Arr(cycles));
        o.set("recommendations", Json::Arr(recommendations));
    }
    let mut json = doc.to_pretty(2);
    json.push('\n');
    if let Err(failure) = crate::load::load_dataset(&json) {
        return Err(failure
            .errors()
            .map(|issue| super::read::dataset_problem(&files[0].0, issue))
            .collect());
    }
    Ok(Tracker {
        state: state.name.to_string(),
        code: state.code.to_string(),
        dataset_id: dataset_id(&json),
        recommendations: count,
        json,
    })
}
