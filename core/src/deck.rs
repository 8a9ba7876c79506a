//! Presentation decks as small files: a list of slides (saved views with a title and a speaker
//! note) that can be downloaded and opened again.

use crate::i18n::{t, Lang};
use crate::query::{Query, Slide, View};
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

/// The views of the deck offered when none has been made: what a validation meeting goes through.
pub const READY_MADE: [View; 4] = [View::Overview, View::Charts, View::Map, View::Consultations];

/// The slide that shows `view` of the query `shown` (its filters, search and map metric kept; the
/// open recommendation and the table's page are of another view), titled with the view's name.
pub fn slide_of(shown: &Query, view: View, lang: Lang) -> Slide {
    let q = Query {
        rec: None,
        page: 1,
        ..shown.with_view(view)
    };
    Slide {
        title: t(lang, view.message_key()),
        note: String::new(),
        view: q.view_only(),
    }
}

/// A deck to present at once: the overview, its charts, the map and the consultations, with the
/// filters of the view shown now and titles in the reader's language. It can be edited afterwards
/// like any deck.
pub fn ready_made(shown: &Query, lang: Lang) -> Vec<Slide> {
    READY_MADE
        .iter()
        .map(|&view| slide_of(shown, view, lang))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StatusCategory;

    #[test]
    fn the_ready_made_deck_shows_four_views_with_the_current_filters_in_the_readers_language() {
        let (shown, issues) = Query::parse_search(
            "?view=recommendations&status=partially&q=torture&rec=c1-84.7&page=2&lang=mn",
        );
        assert!(issues.is_empty());
        let deck = ready_made(&shown, Lang::Mn);
        let titles: Vec<&str> = deck.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Тойм", "Графикууд", "Газрын зураг", "Зөвлөлдөх уулзалтууд"]
        );
        let views: Vec<&str> = deck.iter().map(|s| s.view.as_str()).collect();
        assert_eq!(
            views,
            [
                "?status=partially&q=torture",
                "?view=charts&status=partially&q=torture",
                "?view=map&status=partially&q=torture",
                "?view=consultations&status=partially&q=torture",
            ]
        );
        // Presented, the second slide is the charts with the same filter, in Mongolian.
        let presenting = Query {
            deck,
            slide: Some(2),
            ..shown
        };
        let on_screen = presenting.shown_view();
        assert_eq!(on_screen.view, View::Charts);
        assert_eq!(on_screen.lang, Lang::Mn);
        assert!(on_screen
            .statuses
            .contains(&StatusCategory::Rated(crate::model::Status::Partially)));
        assert_eq!(on_screen.rec, None);
        // The deck goes into a link and a file and comes back the same.
        let again = Query::parse_search(&presenting.to_search()).0;
        assert_eq!(again.deck, presenting.deck);
        assert_eq!(
            from_json(&to_json(&presenting.deck)).unwrap(),
            presenting.deck
        );
    }

    #[test]
    fn without_filters_the_ready_made_deck_names_its_views_in_english() {
        let deck = ready_made(&Query::new(), Lang::En);
        let pairs: Vec<(&str, &str)> = deck
            .iter()
            .map(|s| (s.title.as_str(), s.view.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Overview", ""),
                ("Charts", "?view=charts"),
                ("Map", "?view=map"),
                ("Consultations", "?view=consultations"),
            ]
        );
    }
}
