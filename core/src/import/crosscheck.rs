//! A secondary source checked against the dataset: UPR Info's export gives no paragraph numbers,
//! so its rows are matched to the dataset's recommendations on their cycle, recommending State and
//! normalised text, or failing that the closest wording by the same State in the same cycle. The UN
//! document's text always stays; the report shows where the wording differs, where the position
//! differs and which rows match nothing. Rows about other States are counted and left out.

use super::json::{Json, Obj};
use super::problem::{ImportProblem, ImportProblemKind};
use crate::import::official::cycle_of_session;
use crate::import::official::uprinfo::{UprInfoFile, UprInfoRow};
use crate::issue::Severity;
use crate::model::Response;
use std::collections::{BTreeSet, HashSet};

/// How close two wordings must be (shared words in order, over both lengths) to be one
/// recommendation when the words are not the same.
pub const CLOSE: f64 = 0.6;

/// What the check found in one file, for the report's line about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CrossCheck {
    /// The State shown, as the dataset names it (in Mongolian too, where it does).
    pub state: String,
    pub state_mn: Option<String>,
    /// Rows about the State shown (pledges excepted).
    pub rows: usize,
    /// Recommendations they matched, and rows matched only closely.
    pub matched: usize,
    pub close: usize,
    pub unmatched: usize,
    /// The State's own voluntary pledges (not recommendations).
    pub pledges: usize,
    /// Rows about other States, and how many States.
    pub other_rows: usize,
    pub other_states: usize,
}

/// A recommendation of the dataset as the check compares it.
struct Known<'a> {
    id: &'a str,
    cycle: u64,
    text: &'a str,
    words: Vec<String>,
    states: Vec<String>,
    response: Option<Response>,
}

/// The words of a text as compared: runs of letters and digits, lower case. Punctuation, spacing
/// and case do not count.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The number of words two texts share in order (longest common subsequence).
fn shared(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// How alike two wordings are: 1 for the same words, 0 for none in common.
pub fn likeness(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * shared(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Where two wordings differ, each as written: the words from the first difference to the last,
/// with one word of context either side (and `…` where the text goes on).
pub fn difference(theirs: &str, ours: &str) -> (String, String) {
    let spans = |t: &str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in t.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, t.len()));
        }
        out
    };
    let (a, b) = (spans(theirs), spans(ours));
    let word = |t: &str, s: (usize, usize)| t[s.0..s.1].to_lowercase();
    let prefix = a
        .iter()
        .zip(&b)
        .take_while(|(x, y)| word(theirs, **x) == word(ours, **y))
        .count();
    if prefix == a.len() && prefix == b.len() {
        return (String::new(), String::new());
    }
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| word(theirs, **x) == word(ours, **y))
        .count();
    let cut = |t: &str, s: &[(usize, usize)]| -> String {
        let from = prefix.saturating_sub(1);
        let to = (s.len() - suffix + 1).min(s.len());
        if s.is_empty() || from >= to {
            return String::new();
        }
        let mut out = String::new();
        if from > 0 {
            out.push('…');
        }
        out.push_str(&t[s[from].0..s[to - 1].1]);
        if to < s.len() {
            out.push('…');
        }
        out
    };
    (cut(theirs, &a), cut(ours, &b))
}

/// The candidate (its index) with the closest wording: at least [`CLOSE`] alike, and alone at
/// that likeness (a tie matches nothing).
pub(crate) fn closest(candidates: impl Iterator<Item = (usize, f64)>) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    let mut tie = false;
    for (i, l) in candidates {
        match best {
            Some((_, b)) if l < b => {}
            Some((_, b)) if l == b => tie = true,
            _ => {
                best = Some((i, l));
                tie = false;
            }
        }
    }
    best.filter(|&(_, l)| l >= CLOSE && !tie).map(|(i, _)| i)
}

/// A State's name as compared: its ISO code when it is one of the UN's, else its words.
pub(crate) fn state_key(name: &str) -> String {
    match crate::states::by_name(name) {
        Some(s) => s.code.to_string(),
        None => words(name).join(" "),
    }
}

/// UPR Info's word for a position, in the model's.
pub(crate) fn position(word: &str) -> Option<Response> {
    match word.trim().to_ascii_lowercase().as_str() {
        "accepted" | "supported" => Some(Response::Supported),
        "noted" | "rejected" => Some(Response::Noted),
        _ => None,
    }
}

/// Checks the rows of `file` about the dataset's State (`doc`, whose State has ISO code `code`
/// and name `state`) against its recommendations. Every finding is a warning at its row: nothing
/// here changes the data.
pub(crate) fn check(
    doc: &Json,
    code: &str,
    state: (&str, Option<&str>),
    name: &str,
    file: &UprInfoFile,
    problems: &mut Vec<ImportProblem>,
) -> CrossCheck {
    let known: Vec<Known> = doc
        .as_obj()
        .map_or(&[][..], |o| o.arr("recommendations"))
        .iter()
        .filter_map(Json::as_obj)
        .filter_map(|r: &Obj| {
            Some(Known {
                id: r.str("id")?,
                cycle: r.get("cycle").and_then(Json::as_u64)?,
                text: r.str("text").unwrap_or(""),
                words: words(r.str("text").unwrap_or("")),
                states: r
                    .arr("states")
                    .iter()
                    .filter_map(Json::as_str)
                    .map(state_key)
                    .collect(),
                response: r.str("response").and_then(Response::parse),
            })
        })
        .collect();
    let warn = |row: usize, kind| ImportProblem {
        file: name.to_string(),
        row: Some(row),
        column: None,
        severity: Severity::Warning,
        kind,
    };
    let mut found = CrossCheck {
        state: state.0.to_string(),
        state_mn: state.1.map(str::to_string),
        ..CrossCheck::default()
    };
    let mut others: HashSet<String> = HashSet::new();
    let mut ours: Vec<&UprInfoRow> = Vec::new();
    // Each State under review once: an export repeats it in every row.
    let mut keys: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    for row in &file.rows {
        let key = keys
            .entry(row.to.as_str())
            .or_insert_with(|| state_key(&row.to));
        if key != code {
            found.other_rows += 1;
            others.insert(key.clone());
        } else if row.is_pledge() {
            found.pledges += 1;
        } else {
            ours.push(row);
        }
    }
    found.other_states = others.len();
    found.rows = ours.len();

    // Exact matches first, so that a close wording never takes a recommendation another row of the
    // same State gives word for word.
    // (recommendation, recommending State) pairs a row has matched.
    let mut taken: HashSet<(usize, String)> = HashSet::new();
    let mut matched: BTreeSet<usize> = BTreeSet::new();
    let mut pending: Vec<(&UprInfoRow, Vec<String>, String, Option<u32>)> = Vec::new();
    for row in ours {
        let (w, from) = (words(&row.text), state_key(&row.from));
        let cycle = row.session.and_then(cycle_of_session);
        let exact = known.iter().enumerate().position(|(i, k)| {
            Some(k.cycle) == cycle.map(u64::from)
                && k.states.contains(&from)
                && k.words == w
                && !taken.contains(&(i, from.clone()))
        });
        match exact {
            Some(i) => {
                taken.insert((i, from.clone()));
                matched.insert(i);
                check_position(row, &known[i], &warn, problems);
            }
            None => pending.push((row, w, from, cycle)),
        }
    }
    for (row, w, from, cycle) in pending {
        let candidates = known.iter().enumerate().filter(|(i, k)| {
            Some(k.cycle) == cycle.map(u64::from)
                && k.states.contains(&from)
                && !taken.contains(&(*i, from.clone()))
        });
        match closest(candidates.map(|(i, k)| (i, likeness(&w, &k.words)))) {
            Some(i) => {
                taken.insert((i, from.clone()));
                matched.insert(i);
                found.close += 1;
                let (theirs, ours) = difference(&row.text, known[i].text);
                problems.push(warn(
                    row.row,
                    ImportProblemKind::OtherWording {
                        id: known[i].id.to_string(),
                        theirs,
                        ours,
                    },
                ));
                check_position(row, &known[i], &warn, problems);
            }
            _ => {
                found.unmatched += 1;
                problems.push(warn(
                    row.row,
                    ImportProblemKind::Unmatched {
                        cycle,
                        state: row.from.clone(),
                        text: row.text.clone(),
                    },
                ));
            }
        }
    }
    found.matched = matched.len();
    found
}

/// A position the secondary source gives otherwise than the dataset (the dataset's stays).
fn check_position(
    row: &UprInfoRow,
    known: &Known,
    warn: &impl Fn(usize, ImportProblemKind) -> ImportProblem,
    problems: &mut Vec<ImportProblem>,
) {
    if let (Some(theirs), Some(ours)) = (position(&row.response), known.response) {
        if theirs != ours {
            problems.push(warn(
                row.row,
                ImportProblemKind::OtherPosition {
                    id: known.id.to_string(),
                    theirs: row.response.clone(),
                    ours,
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordings_compare_on_their_words_in_order() {
        let a = words("Ensure proper redress and protection for victims of such crimes");
        let b = words("Ensure proper redress and protection for victims of crimes of domestic and sexual violence ");
        let l = likeness(&a, &b);
        assert!((0.74..0.76).contains(&l), "{l}");
        assert_eq!(likeness(&a, &a), 1.0);
        assert_eq!(
            words("anti-discriminatory, Framework"),
            ["anti", "discriminatory", "framework"]
        );
        assert_eq!(
            likeness(
                &words("Ratify the CRPD"),
                &words("Abolish the death penalty")
            ),
            2.0 / 7.0
        );
    }

    #[test]
    fn the_difference_is_shown_with_a_word_either_side() {
        let (theirs, ours) = difference(
            "Ensure a culture by strengthening the antidiscriminatory legislative framework",
            "Ensure a culture by strengthening the anti-discriminatory legislative framework",
        );
        assert_eq!(theirs, "…the antidiscriminatory legislative…");
        assert_eq!(ours, "…the anti-discriminatory legislative…");
        let (theirs, ours) = difference(
            "Ensure redress for victims of crimes of domestic and sexual violence",
            "Ensure redress for victims of such crimes",
        );
        assert_eq!(theirs, "…of crimes of domestic and sexual violence");
        assert_eq!(ours, "…of such crimes");
        assert_eq!(
            difference("Same words", "same, words"),
            (String::new(), String::new())
        );
    }
}
