//! OHCHR's thematic list of recommendations (a Word file published after each review): the State,
//! cycle and session from the page header; one table whose header row names its columns; theme rows
//! (one merged cell, `Theme: …` or `Right or area: …`) and recommendation rows under them.
//! `../shared/official-lists/README.md` in the project's workspace has the facts about the layouts.

use super::docx::DocxText;
use super::{
    cycle_of_session, ListProblem, ListProblemKind as P, ListedRecommendation, OfficialList,
    PositionSource,
};
use crate::import::values;
use crate::states;
use std::collections::HashSet;

/// What a column of the list's table holds, from its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Recommendation,
    States,
    Position,
    Themes,
    Sdgs,
    Other,
}

fn role(header: &str) -> Role {
    let h = header.to_lowercase();
    if h.contains("recommendation") {
        Role::Recommendation
    } else if h.contains("recommending state") {
        Role::States
    } else if h.contains("position") {
        Role::Position
    } else if h.contains("sdg") {
        Role::Sdgs
    } else if h.contains("theme") {
        Role::Themes
    } else {
        Role::Other
    }
}

/// Whether a Word file's text looks like a thematic list: a table whose header row has a
/// recommendation column and a position column.
pub fn is_thematic_list(text: &DocxText) -> bool {
    header_row(text).is_some()
}

/// The index of the table's header row and the role of each column.
fn header_row(text: &DocxText) -> Option<(usize, Vec<Role>)> {
    text.rows.iter().enumerate().find_map(|(i, row)| {
        let roles: Vec<Role> = row.iter().map(|cell| role(&cell.join(" "))).collect();
        (roles.contains(&Role::Recommendation) && roles.contains(&Role::Position))
            .then_some((i, roles))
    })
}

/// The number written before `word` in `compact` (lower case, no spaces): `48th` or `fourth`.
fn ordinal_before(compact: &str, word: &str) -> Option<u32> {
    let at = compact.find(word)?;
    let before = compact[..at].trim_end_matches(['-', '–', '(', ',']);
    for (name, n) in [
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
    ] {
        if before.ends_with(name) {
            return Some(n);
        }
    }
    let before = before
        .strip_suffix("st")
        .or_else(|| before.strip_suffix("nd"))
        .or_else(|| before.strip_suffix("rd"))
        .or_else(|| before.strip_suffix("th"))?;
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

/// The State, cycle and session from the page header: `UPR of Slovenia (4th Cycle - 48th
/// Session) Thematic list of recommendations` (spacing inside varies), or `UPR of Egypt - Second
/// Cycle`.
fn read_header(lines: &[String]) -> (Option<String>, Option<u32>, Option<u32>) {
    let Some(line) = lines.iter().find(|l| l.contains("UPR of")) else {
        return (None, None, None);
    };
    let after = &line[line.find("UPR of").unwrap_or(0) + "UPR of".len()..];
    let end = after
        .find(['(', '–'])
        .or_else(|| after.find(" - "))
        .unwrap_or(after.len());
    let state = after[..end].trim().to_string();
    let compact: String = after[end..]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let session = ordinal_before(&compact, "session");
    let cycle = ordinal_before(&compact, "cycle").or_else(|| session.and_then(cycle_of_session));
    ((!state.is_empty()).then_some(state), cycle, session)
}

/// The paragraph number a recommendation starts with (`140.7`) and the rest.
pub(super) fn split_paragraph(text: &str) -> Option<(String, &str)> {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let number = text[..end].trim_end_matches('.');
    let well_formed = number.contains('.')
        && number.split('.').all(|p| !p.is_empty())
        && text[end..].starts_with(char::is_whitespace);
    well_formed.then(|| (number.to_string(), text[end..].trim_start()))
}

/// Where the parenthesis that closes at the end of `text` opens.
fn opening_of_last_group(text: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The States named in one parenthesis: one name, or several joined by commas (older lists).
/// `None` when not every part is a State's name.
fn known_states(group: &str) -> Option<Vec<String>> {
    if let Some(s) = states::by_name(group) {
        return Some(vec![s.name.to_string()]);
    }
    let mut depth = 0i32;
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&group[start..]);
    parts
        .iter()
        .map(|p| states::by_name(p).map(|s| s.name.to_string()))
        .collect()
}

/// The text and the recommending States of a recommendation cell's first paragraph (after its
/// number): the States are the parentheses at its end, one pair each (or comma-joined), before a
/// closing `;`. A recommendation made of parts, each with its State (`… (Netherlands); ensure …
/// (Bahrain);`), keeps its text whole and names every State. A last parenthesis that is not a
/// State's name is still taken as one when it is the only one (the layout says so) and reported.
pub(super) fn split_states(rest: &str) -> (String, Vec<String>, Vec<String>) {
    let mut text = rest.trim().trim_end_matches([';', '.', ' ']).trim_end();
    let mut states: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    while text.ends_with(')') {
        let Some(open) = opening_of_last_group(text) else {
            break;
        };
        let group = &text[open + 1..text.len() - 1];
        match known_states(group) {
            Some(found) => {
                states.splice(0..0, found);
                text = text[..open].trim_end();
            }
            None if states.is_empty() => {
                unknown.push(group.trim().to_string());
                states.push(group.trim().to_string());
                text = text[..open].trim_end();
                break;
            }
            None => break,
        }
    }
    // The States of the earlier parts: a recognised parenthesis right before a `;`.
    let mut earlier = Vec::new();
    let mut search = text;
    while let Some(at) = search.find(");") {
        let head = &search[..=at];
        if let Some(open) = opening_of_last_group(head) {
            if let Some(found) = known_states(&head[open + 1..head.len() - 1]) {
                earlier.extend(found);
            }
        }
        search = &search[at + 2..];
    }
    if !earlier.is_empty() {
        earlier.extend(states);
        states = earlier;
        text = rest.trim().trim_end_matches([';', ' ']);
    }
    let mut seen = HashSet::new();
    states.retain(|s| seen.insert(s.clone()));
    (text.trim().to_string(), states, unknown)
}

/// `Source of Position: A/HRC/59/15/Add.1 - Para.3` (older: `Source of position:`).
fn position_source(line: &str) -> Option<PositionSource> {
    let lower = line.to_lowercase();
    let at = lower.find("source of position")?;
    let rest = line[at + "source of position".len()..]
        .trim_start_matches([':', ' '])
        .trim();
    let (document, paragraph) = match rest.rsplit_once(" - ") {
        Some((doc, para)) => {
            let number: String = para
                .trim_start_matches(|c: char| !c.is_ascii_digit())
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            (doc.trim(), (!number.is_empty()).then_some(number))
        }
        None => (rest, None),
    };
    (!document.is_empty()).then(|| PositionSource {
        document: document.to_string(),
        paragraph,
    })
}

/// Which list the following lines of a themes cell belong to.
#[derive(Clone, Copy, PartialEq)]
enum List {
    Themes,
    Persons,
    Sdgs,
}

/// The themes, groups of persons and SDGs of a cell: lines starting `- ` (or, in older lists,
/// plain lines), under sub-headings ending with `:` that say which list they belong to.
fn read_lists(lines: &[String], first: List, rec: &mut ListedRecommendation) {
    let mut list = first;
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(heading) = line.strip_suffix(':') {
            let h = heading.to_lowercase();
            list = if h.contains("person") {
                List::Persons
            } else if h.contains("sdg") {
                List::Sdgs
            } else {
                List::Themes
            };
            continue;
        }
        let item = line.strip_prefix('-').unwrap_or(line).trim();
        if item.is_empty() {
            continue;
        }
        match list {
            List::Themes => rec.themes.push(item.to_string()),
            List::Persons => rec.persons.push(item.to_string()),
            List::Sdgs => rec.sdgs.extend(super::sdg_code(item)),
        }
    }
}

/// A theme row: one cell with text (a merged cell), or a cell starting `Theme:` or `Right or
/// area:`. Its text without that prefix.
fn section(row: &[Vec<String>]) -> Option<String> {
    let filled: Vec<String> = row
        .iter()
        .map(|c| c.join(" ").trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let first = filled.first()?;
    let lower = first.to_lowercase();
    let prefixed = ["theme:", "right or area:"]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| first[p.len()..].trim().to_string());
    match prefixed {
        Some(s) => Some(s),
        None if filled.len() == 1 && split_paragraph(first).is_none() => Some(first.clone()),
        None => None,
    }
}

/// Reads a thematic list from a Word file's text.
pub fn read(text: &DocxText) -> OfficialList {
    let (state_name, cycle, session) = read_header(&text.header);
    let mut list = OfficialList {
        state_name: state_name.clone().unwrap_or_default(),
        state: state_name.as_deref().and_then(states::by_name),
        cycle,
        session,
        recommendations: Vec::new(),
        problems: Vec::new(),
        document_dates: Vec::new(),
    };
    let mut problem = |row: Option<usize>, kind| list.problems.push(ListProblem { row, kind });
    match &state_name {
        None => problem(None, P::NoState),
        Some(name) if states::by_name(name).is_none() => {
            problem(None, P::UnknownState { name: name.clone() })
        }
        Some(_) => {}
    }
    let Some((head, roles)) = header_row(text) else {
        problem(None, P::NoListTable);
        return list;
    };
    let column = |r: Role| roles.iter().position(|x| *x == r);
    let (rec_col, pos_col) = (column(Role::Recommendation), column(Role::Position));
    let (states_col, themes_col, sdgs_col) = (
        column(Role::States),
        column(Role::Themes),
        column(Role::Sdgs),
    );
    let mut current_section = None;
    let mut seen = HashSet::new();
    let mut recommendations = Vec::new();
    for (i, row) in text.rows.iter().enumerate().skip(head + 1) {
        let number = i + 1;
        if let Some(s) = section(row) {
            current_section = Some(s);
            continue;
        }
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).cloned().unwrap_or_default();
        let rec_lines = cell(rec_col);
        let (body, sources): (Vec<String>, Vec<String>) = rec_lines
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .partition(|l| !l.to_lowercase().contains("source of position"));
        let body = body.join(" ");
        if body.trim().is_empty() {
            continue;
        }
        let Some((paragraph, rest)) = split_paragraph(&body) else {
            problem(
                Some(number),
                P::NoParagraph {
                    text: body.trim().to_string(),
                },
            );
            continue;
        };
        let (mut text_only, mut rec_states, unknown) = split_states(rest);
        if let Some(c) = states_col {
            let named: Vec<String> = cell(Some(c))
                .iter()
                .flat_map(|l| l.split(','))
                .map(|s| s.trim().trim_start_matches('-').trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            if !named.is_empty() {
                text_only = rest.trim().trim_end_matches(';').trim().to_string();
                rec_states = named
                    .iter()
                    .map(|n| states::by_name(n).map_or(n.clone(), |s| s.name.to_string()))
                    .collect();
            }
        }
        for name in unknown {
            problem(
                Some(number),
                P::UnknownRecommendingState {
                    paragraph: paragraph.clone(),
                    name,
                },
            );
        }
        if rec_states.is_empty() {
            problem(
                Some(number),
                P::NoRecommendingState {
                    paragraph: paragraph.clone(),
                },
            );
        }
        let position_text = cell(pos_col).join(" ");
        // The list's words are the CSV template's: `Supported`, `Noted`, `Supported/Noted`.
        let position = values::response(position_text.trim().trim_start_matches('-'));
        if position.is_none() {
            problem(
                Some(number),
                P::UnknownPosition {
                    paragraph: paragraph.clone(),
                    value: position_text.trim().to_string(),
                },
            );
        }
        if !seen.insert(paragraph.clone()) {
            problem(
                Some(number),
                P::DuplicateParagraph {
                    paragraph: paragraph.clone(),
                },
            );
            continue;
        }
        let mut rec = ListedRecommendation {
            row: number,
            mechanism: None,
            annotation: None,
            paragraph,
            text: text_only,
            states: rec_states,
            position,
            position_source: sources.iter().find_map(|l| position_source(l)),
            report: None,
            section: current_section.clone(),
            themes: Vec::new(),
            persons: Vec::new(),
            sdgs: Vec::new(),
        };
        if themes_col.is_some() {
            read_lists(&cell(themes_col), List::Themes, &mut rec);
        }
        if sdgs_col.is_some() {
            read_lists(&cell(sdgs_col), List::Sdgs, &mut rec);
        }
        recommendations.push(rec);
    }
    list.recommendations = recommendations;
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &[&str]) -> Vec<String> {
        s.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn the_header_gives_state_cycle_and_session_however_it_is_spaced() {
        let h = |s: &str| read_header(&lines(&[s]));
        assert_eq!(
            h("UPR of Slovenia (4th Cycle - 4 8 th Session)Thematic list of recommendations"),
            (Some("Slovenia".into()), Some(4), Some(48))
        );
        assert_eq!(
            h("UPR of Slovenia (2 nd Cycle – 20th session)"),
            (Some("Slovenia".into()), Some(2), Some(20))
        );
        assert_eq!(
            h("UPR of Egypt - Second Cycle"),
            (Some("Egypt".into()), Some(2), None)
        );
        assert_eq!(h("Thematic list"), (None, None, None));
    }

    #[test]
    fn states_are_the_parentheses_at_the_end_one_pair_each_or_comma_joined() {
        let (text, states, unknown) = split_states(
            "Ratify the Optional Protocol to the International Covenant (Maldives) (Portugal);",
        );
        assert_eq!(
            text,
            "Ratify the Optional Protocol to the International Covenant"
        );
        assert_eq!(states, ["Maldives", "Portugal"]);
        assert!(unknown.is_empty());
        let (_, states, _) = split_states("Ratify the Protocol (Spain, Tunisia, Portugal);");
        assert_eq!(states, ["Spain", "Tunisia", "Portugal"]);
        let (text, states, _) =
            split_states("Ratify the Convention (ICRMW) (Venezuela (Bolivarian Republic of));");
        assert_eq!(text, "Ratify the Convention (ICRMW)");
        assert_eq!(states, ["Venezuela (Bolivarian Republic of)"]);
        let (text, states, _) = split_states(
            "Take further steps (Netherlands); ensure implementation (2009–2014) (Bahrain);",
        );
        assert_eq!(
            text,
            "Take further steps (Netherlands); ensure implementation (2009–2014) (Bahrain)"
        );
        assert_eq!(states, ["Netherlands (Kingdom of the)", "Bahrain"]);
        let (_, states, unknown) = split_states("Do more (Atlantis);");
        assert_eq!(
            (states, unknown),
            (vec!["Atlantis".to_string()], vec!["Atlantis".to_string()])
        );
    }

    #[test]
    fn the_source_of_a_position_is_a_document_and_a_paragraph() {
        assert_eq!(
            position_source("Source of Position: A/HRC/59/15/Add.1 - Para.3"),
            Some(PositionSource {
                document: "A/HRC/59/15/Add.1".into(),
                paragraph: Some("3".into())
            })
        );
        assert_eq!(
            position_source("Source of position: A/HRC/28/15/Add.1 - Para. 4")
                .and_then(|s| s.paragraph),
            Some("4".into())
        );
        assert_eq!(position_source("no source"), None);
    }

    #[test]
    fn positions_are_read_with_the_templates_words() {
        use crate::model::Response;
        let read = |t: &str| values::response(t.trim().trim_start_matches('-'));
        assert_eq!(read(" Supported "), Some(Response::Supported));
        assert_eq!(read("- Noted"), Some(Response::Noted));
        assert_eq!(read("Supported/Noted"), Some(Response::SupportedInPart));
        assert_eq!(read("Supported / Noted"), Some(Response::SupportedInPart));
        assert_eq!(read("Accepted"), Some(Response::Supported));
        assert_eq!(read("Pending"), None);
    }

    #[test]
    fn a_paragraph_number_has_a_dot_and_a_space_after_it() {
        assert_eq!(
            split_paragraph("140.7 Ratify"),
            Some(("140.7".to_string(), "Ratify"))
        );
        assert_eq!(split_paragraph("2014 was"), None);
        assert_eq!(split_paragraph("Ratify"), None);
    }
}
