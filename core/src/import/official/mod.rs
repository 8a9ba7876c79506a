//! Official lists of recommendations, as the files a commission downloads give them: OHCHR's
//! thematic list of a State's recommendations after a review (a Word file); and UPR Info's
//! database export (CSV), a secondary source without paragraph numbers (`uprinfo`). Each reader turns its
//! file into an [`OfficialList`]: what the list is about (the State, the cycle and session) and
//! every recommendation with its paragraph, text, recommending States, position and its source,
//! and OHCHR's themes, groups of persons and SDGs. What a row did not give is said as a problem at
//! its row, never guessed.

pub mod docx;
pub mod ohchr;
pub mod uhri;
pub mod uprinfo;

use crate::model::Response;
use crate::states::State;

/// Where the State gave its position: a document and, usually, its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PositionSource {
    /// A UN document symbol (`A/HRC/59/15/Add.1`).
    pub document: String,
    pub paragraph: Option<String>,
}

/// One recommendation as an official list gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct ListedRecommendation {
    /// Where it is in the file: the table row (1 is the first row of the table).
    pub row: usize,
    /// Another UN mechanism than the UPR (`CRC`), as UHRI names it; `None`: the UPR.
    pub mechanism: Option<String>,
    /// UHRI's annotation id, where the file gives one.
    pub annotation: Option<String>,
    /// Its paragraph in the report (`140.7`).
    pub paragraph: String,
    /// Its text, without the paragraph number and the recommending States.
    pub text: String,
    /// The recommending States, as UN documents name them (as written when not recognised).
    pub states: Vec<String>,
    /// The State's position (the model's `Response`: supported, noted or supported in part).
    pub position: Option<Response>,
    pub position_source: Option<PositionSource>,
    /// The UN document the recommendation is in, when the list says (UHRI's `Document Symbol`);
    /// otherwise the report whose addendum gave the position.
    pub report: Option<String>,
    /// The theme row of the list it stands under.
    pub section: Option<String>,
    /// OHCHR's themes.
    pub themes: Vec<String>,
    /// Groups of persons, or affected persons.
    pub persons: Vec<String>,
    /// Sustainable Development Goals and targets: `16`, `16.2`.
    pub sdgs: Vec<String>,
}

/// Something a row did not give as the list's layout promises.
#[derive(Clone, Debug, PartialEq)]
pub struct ListProblem {
    /// The table row (`None`: the file as a whole).
    pub row: Option<usize>,
    pub kind: ListProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ListProblemKind {
    /// The page header names no State under review.
    NoState,
    /// The header names a State that is not one of the UN's.
    UnknownState { name: String },
    /// No table has the list's header row (`Recommendation`, `Position`).
    NoListTable,
    /// A recommendation without its paragraph number: it cannot be told apart from another.
    NoParagraph { text: String },
    /// Another mechanism's recommendation with neither an annotation id nor a paragraph number.
    NoIdentity { text: String },
    /// Another mechanism's recommendation without its document's symbol.
    NoSymbol { text: String },
    /// A recommendation that names no recommending State.
    NoRecommendingState { paragraph: String },
    /// A recommending State whose name is not one of the UN's (kept as written).
    UnknownRecommendingState { paragraph: String, name: String },
    /// A position that is not `Supported`, `Noted` or `Supported/Noted`.
    UnknownPosition { paragraph: String, value: String },
    /// The same paragraph twice.
    DuplicateParagraph { paragraph: String },
    /// The file does not say when it was made, so a tracker started from it has no date.
    NoDate,
}

/// An official list, read.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficialList {
    /// The State under review, as the header writes it.
    pub state_name: String,
    /// The State, when its name is one of the UN's.
    pub state: Option<&'static State>,
    pub cycle: Option<u32>,
    pub session: Option<u32>,
    pub recommendations: Vec<ListedRecommendation>,
    pub problems: Vec<ListProblem>,
    /// The dates of the documents it cites, where it gives them (UHRI): symbol and `YYYY-MM-DD`.
    pub document_dates: Vec<(String, String)>,
}

/// An SDG goal or target as a list writes it (`5 - Gender equality`, `Goal 5`, `16.a Develop …`,
/// `SDG 16.2`): its code (`5`, `16.a`, `16.2`); `None` when it names none.
pub fn sdg_code(item: &str) -> Option<String> {
    let mut rest = item.trim().trim_start_matches('-').trim();
    for prefix in ["sdg", "goal", "target"] {
        if rest
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        {
            rest = rest[prefix.len()..].trim_start();
        }
    }
    let goal: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if goal.is_empty() {
        return None;
    }
    let after = &rest[goal.len()..];
    let target: String = after
        .strip_prefix('.')
        .map(|t| t.chars().take_while(char::is_ascii_alphanumeric).collect())
        .unwrap_or_default();
    Some(if target.is_empty() {
        goal
    } else {
        format!("{goal}.{target}")
    })
}

/// The UPR cycle of a Working Group session: sessions 1–12 are the first cycle, 13–26 the second,
/// 27–40 the third, 41–54 the fourth (and fourteen a cycle after that).
pub fn cycle_of_session(session: u32) -> Option<u32> {
    match session {
        0 => None,
        1..=12 => Some(1),
        13..=26 => Some(2),
        n => Some(3 + (n - 27) / 14),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_sdg_is_read_from_the_ways_lists_write_it() {
        let codes: Vec<Option<String>> = [
            "5 - Gender equality",
            "- Goal 5",
            "16.a Strengthen institutions",
            "SDG 16.2",
            "Target 1.3 -",
            "Women & girls",
            "16. Peace",
            "%'=𸔞(Ⱥ 16",
        ]
        .map(sdg_code)
        .into();
        let want = [
            Some("5"),
            Some("5"),
            Some("16.a"),
            Some("16.2"),
            Some("1.3"),
            None,
            Some("16"),
            None,
        ]
        .map(|c| c.map(str::to_string));
        assert_eq!(codes, want);
    }

    #[test]
    fn a_session_gives_its_cycle() {
        let cycles: Vec<_> = [1, 12, 13, 20, 26, 27, 40, 41, 48, 54, 55]
            .map(cycle_of_session)
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(cycles, [1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5]);
        assert_eq!(cycle_of_session(0), None);
    }
}
