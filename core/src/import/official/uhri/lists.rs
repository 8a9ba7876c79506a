//! A UHRI export's rows as lists: the UPR's per State and cycle (paragraph, recommending States
//! and text from the `Text`, as the thematic list writes them), other mechanisms' per State as
//! recommendations of their mechanism; the State's replies are counted, not listed.

use super::super::{cycle_of_session, ohchr, sdg_code, ListProblem, ListProblemKind as P};
use super::super::{ListedRecommendation, OfficialList};
use super::{UhriExport, UhriRow};
use crate::import::values;
use crate::states;

/// `28th Session - Cycle 2`: the session, and the cycle it says (else the session's).
fn session_and_cycle(text: &str) -> (Option<u32>, Option<u32>) {
    let lower = text.to_lowercase();
    let number_before = |word: &str| -> Option<u32> {
        let at = lower.find(word)?;
        let digits: String = lower[..at]
            .trim_end()
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.chars().rev().collect::<String>().parse().ok()
    };
    let number_after = |word: &str| -> Option<u32> {
        let at = lower.find(word)? + word.len();
        let digits: String = lower[at..]
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    };
    let session = number_before("session");
    let cycle = number_after("cycle").or_else(|| session.and_then(cycle_of_session));
    (session, cycle)
}

/// The UPR's rows as lists, one per State under review and cycle, in the order first met.
pub fn to_lists(rows: &[UhriRow]) -> UhriExport {
    let mut export = UhriExport::default();
    // State, cycle, and whether the list is the UPR's.
    let mut keys: Vec<(String, Option<u32>, bool)> = Vec::new();
    for r in rows {
        if let Some(p) = &r.published {
            if export.published.as_ref().is_none_or(|q| p > q) {
                export.published = Some(p.clone());
            }
        }
        let upr = r.bodies.iter().any(|b| b.eq_ignore_ascii_case("UPR"));
        if !upr {
            let body = r.bodies.first().cloned().unwrap_or_else(|| "?".to_string());
            *export.other_mechanisms.entry(body).or_default() += 1;
        }
        if upr
            && r.text
                .trim_start()
                .to_lowercase()
                .starts_with("response of ")
        {
            export.replies += 1;
            continue;
        }
        let state_name = r.countries.first().cloned().unwrap_or_default();
        let (session, cycle) = if upr {
            session_and_cycle(&r.session)
        } else {
            (None, None)
        };
        let key = (state_name.clone(), cycle, upr);
        let at = match keys.iter().position(|k| *k == key) {
            Some(at) => at,
            None => {
                keys.push(key);
                let state = states::by_name(&state_name);
                let mut problems = Vec::new();
                if state_name.is_empty() {
                    problems.push(ListProblem {
                        row: None,
                        kind: P::NoState,
                    });
                } else if state.is_none() {
                    problems.push(ListProblem {
                        row: None,
                        kind: P::UnknownState {
                            name: state_name.clone(),
                        },
                    });
                }
                export.lists.push(OfficialList {
                    state_name: state_name.clone(),
                    state,
                    cycle,
                    session,
                    recommendations: Vec::new(),
                    problems,
                    document_dates: Vec::new(),
                });
                export.lists.len() - 1
            }
        };
        if upr {
            add_row(&mut export.lists[at], r);
        } else {
            add_other_row(&mut export.lists[at], r);
        }
    }
    export
}

/// `15. The Committee recommends …`: a treaty body's paragraph number and the text after it.
fn leading_number(text: &str) -> Option<(String, &str)> {
    let text = text.trim_start();
    let digits = text.find(|c: char| !c.is_ascii_digit())?;
    let rest = text[digits..].strip_prefix('.')?;
    (digits > 0 && digits <= 4 && rest.starts_with(char::is_whitespace))
        .then(|| (text[..digits].to_string(), rest.trim_start()))
}

/// One row of another mechanism into its State's list: its body, annotation id, document and
/// date; its paragraph where the text starts with one.
fn add_other_row(list: &mut OfficialList, r: &UhriRow) {
    let mut problem = |kind| {
        list.problems.push(ListProblem {
            row: Some(r.row),
            kind,
        })
    };
    let joined = r.text.lines().collect::<Vec<_>>().join(" ");
    let (paragraph, text) = match leading_number(&joined) {
        Some((p, rest)) => (p, rest.to_string()),
        None => (String::new(), joined.trim().to_string()),
    };
    let annotation = Some(r.annotation_id.trim().to_string()).filter(|a| !a.is_empty());
    if annotation.is_none() && paragraph.is_empty() {
        problem(P::NoIdentity {
            text: r.text.clone(),
        });
        return;
    }
    if r.symbol.is_empty() {
        problem(P::NoSymbol {
            text: r.text.clone(),
        });
        return;
    }
    let duplicate = list.recommendations.iter().any(|x| match &annotation {
        Some(a) => x.annotation.as_ref() == Some(a),
        None => {
            x.annotation.is_none()
                && x.report.as_ref() == Some(&r.symbol)
                && x.paragraph == paragraph
        }
    });
    if duplicate {
        problem(P::DuplicateParagraph {
            paragraph: annotation
                .clone()
                .unwrap_or_else(|| format!("{} {paragraph}", r.symbol)),
        });
        return;
    }
    if let Some(d) = &r.date {
        if !list.document_dates.iter().any(|(s, _)| *s == r.symbol) {
            list.document_dates.push((r.symbol.clone(), d.clone()));
        }
    }
    list.recommendations.push(ListedRecommendation {
        row: r.row,
        mechanism: Some(r.bodies.first().cloned().unwrap_or_else(|| "?".to_string())),
        annotation,
        paragraph,
        text,
        states: Vec::new(),
        position: None,
        position_source: None,
        report: Some(r.symbol.clone()),
        section: None,
        themes: r.themes.clone(),
        persons: r.persons.clone(),
        sdgs: r.sdgs.iter().filter_map(|s| sdg_code(s)).collect(),
    });
}

/// One UPR row into its list: paragraph, text and States from the `Text`, the other columns as
/// they are; what it does not give is a problem at its row.
fn add_row(list: &mut OfficialList, r: &UhriRow) {
    let mut problem = |kind| {
        list.problems.push(ListProblem {
            row: Some(r.row),
            kind,
        })
    };
    let joined = r.text.lines().collect::<Vec<_>>().join(" ");
    let Some((paragraph, rest)) = ohchr::split_paragraph(&joined) else {
        problem(P::NoParagraph {
            text: r.text.clone(),
        });
        return;
    };
    let (text, mut named, unknown) = ohchr::split_states(rest);
    if named.is_empty() || !unknown.is_empty() {
        let listed: Vec<String> = r
            .recommending
            .iter()
            .map(|n| states::by_name(n).map_or(n.clone(), |s| s.name.to_string()))
            .collect();
        if !listed.is_empty() {
            named = listed;
        }
    }
    if named.is_empty() {
        problem(P::NoRecommendingState {
            paragraph: paragraph.clone(),
        });
    }
    let position_text = r.positions.join("/");
    let position = values::response(&position_text);
    if position.is_none() {
        problem(P::UnknownPosition {
            paragraph: paragraph.clone(),
            value: position_text.clone(),
        });
    }
    if list
        .recommendations
        .iter()
        .any(|x| x.paragraph == paragraph)
    {
        problem(P::DuplicateParagraph { paragraph });
        return;
    }
    if !r.symbol.is_empty() {
        if let Some(d) = &r.date {
            if !list.document_dates.iter().any(|(s, _)| *s == r.symbol) {
                list.document_dates.push((r.symbol.clone(), d.clone()));
            }
        }
    }
    list.recommendations.push(ListedRecommendation {
        row: r.row,
        mechanism: None,
        annotation: Some(r.annotation_id.trim().to_string()).filter(|a| !a.is_empty()),
        paragraph,
        text,
        states: named,
        position,
        position_source: None,
        report: (!r.symbol.is_empty()).then(|| r.symbol.clone()),
        section: None,
        themes: r.themes.clone(),
        persons: r.persons.clone(),
        sdgs: r.sdgs.iter().filter_map(|s| sdg_code(s)).collect(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_gives_the_cycle() {
        assert_eq!(
            session_and_cycle("28th Session - Cycle 2"),
            (Some(28), Some(2))
        );
        assert_eq!(session_and_cycle("50th session"), (Some(50), Some(4)));
        assert_eq!(session_and_cycle(""), (None, None));
    }
}
