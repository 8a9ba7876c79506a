//! Presentation decks as small files: a list of slides (saved views with a title and a speaker
//! note) that can be downloaded and opened again.

use crate::query::{Query, Slide};
use serde::{Deserialize, Serialize};

pub const DECK_FORMAT: &str = "upr-dashboard-deck";

#[derive(Serialize, Deserialize)]
struct DeckFile {
    format: String,
    version: u32,
    slides: Vec<SlideFile>,
}

#[derive(Serialize, Deserialize)]
struct SlideFile {
    title: String,
    #[serde(default)]
    note: String,
    view: String,
}

/// The deck as a JSON file.
pub fn to_json(deck: &[Slide]) -> String {
    let file = DeckFile {
        format: DECK_FORMAT.into(),
        version: 1,
        slides: deck
            .iter()
            .map(|s| SlideFile {
                title: s.title.clone(),
                note: s.note.clone(),
                view: s.view.clone(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a deck file; the error says what is wrong and where (in English; the app shows it beside
/// a translated heading).
pub fn from_json(text: &str) -> Result<Vec<Slide>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: DeckFile = serde_json::from_str(text)
        .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
    if file.format != DECK_FORMAT {
        return Err(format!(
            "format is {:?}, expected {DECK_FORMAT:?}",
            file.format
        ));
    }
    if file.version != 1 {
        return Err(format!(
            "version {} is not supported (expected 1)",
            file.version
        ));
    }
    file.slides
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let (_, issues) = Query::parse_search(&s.view);
            match issues.first() {
                Some(issue) => Err(format!(
                    "slides[{i}].view: {}={} is not understood",
                    issue.key, issue.value
                )),
                None => Ok(Slide {
                    title: s.title,
                    note: s.note,
                    view: s.view,
                }),
            }
        })
        .collect()
}
