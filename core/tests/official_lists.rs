//! The readers of official lists on the real files (in `tests/fixtures/official-lists/`): OHCHR's
//! thematic lists of Slovenia's 2nd and 4th cycles.

use upr_core::import::official::{docx, ohchr, OfficialList, Position, PositionSource};

fn list(name: &str) -> OfficialList {
    let path = format!(
        "{}/../tests/fixtures/official-lists/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = docx::read(&bytes).expect("a Word file");
    assert!(ohchr::is_thematic_list(&text));
    ohchr::read(&text)
}

fn count(l: &OfficialList, p: Position) -> usize {
    l.recommendations
        .iter()
        .filter(|r| r.position == Some(p))
        .count()
}

#[test]
fn the_cycle_4_list_has_254_recommendations_217_supported_37_noted() {
    let l = list("slovenia-upr48-cycle4-thematic-list.docx");
    assert_eq!(l.problems, []);
    assert_eq!(
        (l.state_name.as_str(), l.state.map(|s| s.code)),
        ("Slovenia", Some("SI"))
    );
    assert_eq!((l.cycle, l.session), (Some(4), Some(48)));
    assert_eq!(l.recommendations.len(), 254);
    assert_eq!(count(&l, Position::Supported), 217);
    assert_eq!(count(&l, Position::Noted), 37);
    let r = l
        .recommendations
        .iter()
        .find(|r| r.paragraph == "140.7")
        .expect("140.7");
    assert_eq!(r.states, ["Maldives", "Portugal"]);
    assert_eq!(
        r.text,
        "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"
    );
    assert_eq!(
        r.position_source,
        Some(PositionSource {
            document: "A/HRC/59/15/Add.1".into(),
            paragraph: Some("3".into())
        })
    );
    assert_eq!(
        r.section.as_deref(),
        Some("Ratification of & accession to international instruments")
    );
    assert!(r
        .themes
        .contains(&"Ratification of & accession to international instruments".to_string()));
    assert_eq!(r.persons, ["Public officials"]);
    assert_eq!(r.sdgs[..3], ["1", "2", "3"]);
    // Every recommendation has a State, a position and its source.
    assert!(l.recommendations.iter().all(|r| !r.states.is_empty()
        && r.position.is_some()
        && r.position_source.is_some()
        && !r.text.is_empty()));
}

#[test]
fn the_cycle_2_list_has_163_recommendations_142_supported_21_noted() {
    let l = list("slovenia-upr20-cycle2-thematic-list.docx");
    assert_eq!(l.problems, []);
    assert_eq!((l.cycle, l.session), (Some(2), Some(20)));
    assert_eq!(l.recommendations.len(), 163);
    assert_eq!(count(&l, Position::Supported), 142);
    assert_eq!(count(&l, Position::Noted), 21);
    let r = l
        .recommendations
        .iter()
        .find(|r| r.paragraph == "115.3")
        .expect("115.3");
    assert_eq!(r.states, ["Portugal", "Slovakia"]);
    assert_eq!(r.persons, ["children"]);
    assert_eq!(r.themes, ["A12 Acceptance of international norms"]);
    let parts = l
        .recommendations
        .iter()
        .find(|r| r.paragraph == "115.106")
        .expect("115.106");
    assert_eq!(parts.states, ["Netherlands (Kingdom of the)", "Bahrain"]);
}
