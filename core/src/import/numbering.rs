//! A cycle's official list numbers the recommendations that came without a paragraph (from UPR
//! Info's export, [`super::upr_info_tracker`]): each of the list's recommendations takes the
//! unnumbered ones of its cycle by the same recommending State with the same words, or failing that
//! the closest wording (as [`super::crosscheck`] matches). They are renamed to `c<cycle>-<paragraph>`
//! before the list is merged, so the merge updates them in place; their assessments follow them.
//! UPR Info writes a joint recommendation once per State: those rows become one recommendation.

use super::crosscheck::{closest, likeness, state_key, words};
use super::json::Json;
use super::lists::ListFile;
use super::problem::{ImportProblem, ImportProblemKind};
use crate::issue::Severity;
use crate::model::is_unnumbered;
use std::collections::{HashMap, HashSet};

/// An unnumbered recommendation of the cycle.
struct Unnumbered {
    id: String,
    state: String,
    words: Vec<String>,
}

fn recommendations(doc: &Json) -> &[Json] {
    doc.as_obj().map_or(&[][..], |o| o.arr("recommendations"))
}

/// Numbers the unnumbered recommendations of `file`'s cycle in `doc` (and in `original`, so that
/// the report compares like with like), and says so.
pub(crate) fn number(
    doc: &mut Json,
    original: Option<&mut Json>,
    file: &ListFile,
    problems: &mut Vec<ImportProblem>,
) {
    let Some(cycle) = file.list.cycle else {
        return;
    };
    let unnumbered: Vec<Unnumbered> = recommendations(doc)
        .iter()
        .filter_map(Json::as_obj)
        .filter(|r| r.get("cycle").and_then(Json::as_u64) == Some(u64::from(cycle)))
        .filter_map(|r| {
            let id = r.str("id")?;
            is_unnumbered(id).then(|| Unnumbered {
                id: id.to_string(),
                state: r
                    .arr("states")
                    .first()
                    .and_then(Json::as_str)
                    .map(state_key)
                    .unwrap_or_default(),
                words: words(r.str("text").unwrap_or("")),
            })
        })
        .collect();
    if unnumbered.is_empty() {
        return;
    }
    // (the list's paragraph, a recommending State) → the unnumbered recommendation it takes.
    let listed: Vec<(String, String, Vec<String>)> = file
        .list
        .recommendations
        .iter()
        .filter(|r| r.mechanism.is_none())
        .flat_map(|r| {
            let w = words(&r.text);
            r.states
                .iter()
                .map(move |s| (r.paragraph.clone(), state_key(s), w.clone()))
        })
        .collect();
    let mut taken: HashSet<usize> = HashSet::new();
    let mut renames: HashMap<String, String> = HashMap::new();
    let mut done: HashSet<usize> = HashSet::new();
    // Word for word first, so that a close wording never takes what another gives exactly.
    for exact in [true, false] {
        for (li, (paragraph, state, w)) in listed.iter().enumerate() {
            if done.contains(&li) {
                continue;
            }
            let candidates = unnumbered
                .iter()
                .enumerate()
                .filter(|(ui, u)| !taken.contains(ui) && u.state == *state)
                .filter_map(|(ui, u)| match (u.words == *w, exact) {
                    (true, _) => Some((ui, 1.0)),
                    (false, true) => None,
                    (false, false) => Some((ui, likeness(w, &u.words))),
                });
            if let Some(ui) = closest(candidates) {
                taken.insert(ui);
                done.insert(li);
                renames.insert(unnumbered[ui].id.clone(), format!("c{cycle}-{paragraph}"));
            }
        }
    }
    if renames.is_empty() {
        return;
    }
    let into = renames.values().collect::<HashSet<_>>().len();
    rename(doc, &renames);
    if let Some(original) = original {
        rename(original, &renames);
    }
    problems.push(ImportProblem {
        file: file.name.clone(),
        row: None,
        column: None,
        severity: Severity::Warning,
        kind: ImportProblemKind::Numbered {
            numbered: renames.len(),
            into,
            unmatched: unnumbered.len() - renames.len(),
        },
    });
}

/// Renames recommendations (a second one renamed to an id already there is removed: its
/// assessments go to the first) and the assessments' references to them.
fn rename(doc: &mut Json, renames: &HashMap<String, String>) {
    let Json::Obj(o) = doc else {
        return;
    };
    if let Some(Json::Arr(recs)) = o.get_mut("recommendations") {
        let mut ids: HashSet<String> = recs
            .iter()
            .filter_map(|r| r.as_obj()?.str("id").map(str::to_string))
            .filter(|id| !renames.contains_key(id))
            .collect();
        recs.retain_mut(|r| {
            let Some(obj) = r.as_obj_mut() else {
                return true;
            };
            let Some(new) = obj.str("id").and_then(|id| renames.get(id)).cloned() else {
                return true;
            };
            if !ids.insert(new.clone()) {
                return false;
            }
            obj.set("id", new.into());
            true
        });
    }
    if let Some(Json::Arr(assessments)) = o.get_mut("assessments") {
        for a in assessments.iter_mut().filter_map(Json::as_obj_mut) {
            if let Some(new) = a
                .str("recommendation")
                .and_then(|id| renames.get(id))
                .cloned()
            {
                a.set("recommendation", new.into());
            }
        }
    }
}
