//! A tracker started from UPR Info's export (rows without paragraph numbers), then numbered by the
//! cycle's official list: on the real files, Slovenia's second review (session 20), whose 180 UPR
//! Info rows are the 163 recommendations of OHCHR's thematic list.

use upr_core::import::{
    plan_import, set_context, CheckContext, ImportFile, ImportProblemKind as K, Table,
};
use upr_core::load_dataset;
use upr_core::model::is_unnumbered;

fn fixture(path: &str) -> ImportFile {
    let full = format!(
        "{}/../tests/fixtures/official-lists/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    ImportFile {
        name: path.rsplit('/').next().unwrap_or(path).to_string(),
        bytes: std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}")),
    }
}

fn bundled() -> String {
    std::fs::read_to_string(format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Slovenia's tracker made from `17-20.csv`: offered as a choice among the States it names, then
/// made once chosen.
fn slovenia_from_upr_info() -> String {
    set_context(CheckContext {
        today: Some("2026-12-07".into()),
        tracker_for: None,
    });
    let offer = plan_import(&bundled(), &[fixture("upr-info-2008-2014/17-20.csv")]);
    assert!(
        offer.trackers.is_empty(),
        "none is made before one is chosen"
    );
    let choice = offer
        .tracker_choices
        .iter()
        .find(|c| c.code == "SI")
        .expect("Slovenia is offered");
    assert_eq!(
        (choice.state.as_str(), choice.recommendations),
        ("Slovenia", 180)
    );
    assert!(offer.tracker_choices.iter().all(|c| c.code != "MN"));
    assert_eq!(
        offer.tracker_choices[0].code, "EG",
        "most recommendations first"
    );
    set_context(CheckContext {
        today: Some("2026-12-07".into()),
        tracker_for: Some("SI".into()),
    });
    let plan = plan_import(&bundled(), &[fixture("upr-info-2008-2014/17-20.csv")]);
    assert_eq!(plan.trackers.len(), 1);
    plan.trackers.into_iter().next().unwrap().json
}

#[test]
fn a_upr_info_export_starts_a_tracker_for_a_state_it_names() {
    let json = slovenia_from_upr_info();
    let ds = load_dataset(&json).expect("loads").dataset;
    assert_eq!(ds.country.code, "SI");
    assert_eq!(ds.as_of.to_string(), "2026-12-07");
    assert_eq!(ds.cycles.len(), 1);
    assert_eq!(ds.cycles[0].number, 2);
    assert_eq!(ds.cycles[0].wg_session, Some(20));
    assert_eq!(ds.recommendations.len(), 180);
    assert!(ds
        .recommendations
        .iter()
        .all(|r| is_unnumbered(&r.id) && r.paragraph.is_empty() && r.states.len() == 1));
    assert_eq!(ds.documents[0].publisher, "UPR Info");
    // The same export dropped on the tracker changes nothing: the ids are its rows' own.
    set_context(CheckContext {
        today: Some("2026-12-08".into()),
        tracker_for: None,
    });
    let again = plan_import(&json, &[fixture("upr-info-2008-2014/17-20.csv")]);
    assert!(again.changes.iter().all(|c| c.added == 0 && c.changed == 0));
    assert!(again.tracker_choices.iter().all(|c| c.code != "SI"));
}

#[test]
fn the_official_list_numbers_them_and_their_assessments_follow() {
    let json = slovenia_from_upr_info();
    // An assessment of one of them, made before the list came.
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rec = doc["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["text"]
                .as_str()
                .unwrap()
                .starts_with("Expedite the process of ratification of the amendment to article 8")
        })
        .expect("Belgium's recommendation")
        .clone();
    doc["assessment_sources"] = serde_json::json!([{
        "id": "nhrc", "kind": "nhri", "title": { "en": "Ombudsman", "mn": null },
        "date": "2016", "document": doc["documents"][0]["id"]
    }]);
    doc["assessments"] = serde_json::json!([{
        "recommendation": rec["id"], "source": "nhrc", "status": "fully", "date": "2016",
        "evidence": "Ratified", "citation": "Official Gazette"
    }]);
    let json = serde_json::to_string_pretty(&doc).unwrap();

    let plan = plan_import(
        &json,
        &[fixture("slovenia-upr20-cycle2-thematic-list.docx")],
    );
    assert!(!plan.has_errors(), "{:#?}", plan.problems);
    let numbered = plan
        .problems
        .iter()
        .find_map(|p| match p.kind {
            K::Numbered {
                numbered,
                into,
                unmatched,
            } => Some((numbered, into, unmatched)),
            _ => None,
        })
        .expect("the numbering is said");
    // 172 of the 180 rows take a paragraph, as 161 of the list's 163 (joint recommendations are one
    // row per State there); 8 match none, and 2 of the list's had no row.
    assert_eq!(numbered, (172, 161, 8));
    let ds = load_dataset(plan.merged_json.as_deref().unwrap())
        .expect("loads")
        .dataset;
    let left = ds
        .recommendations
        .iter()
        .filter(|r| is_unnumbered(&r.id))
        .count();
    assert_eq!(left, numbered.2, "the unmatched stay, unnumbered");
    assert_eq!(numbered.0 + numbered.2, 180);
    // Every recommendation of the list is there once; those UPR Info had became them.
    let listed = ds.recommendations.len() - left;
    assert_eq!(listed, 163);
    assert!(numbered.1 <= 163 && numbered.1 > 140, "{numbered:?}");
    let recs = plan.changes_of(Table::Recommendations).unwrap();
    assert_eq!(recs.added, 163 - numbered.1, "{recs:?}");
    // The assessment follows its recommendation to its paragraph.
    let a = &ds.assessments[0];
    let r = &ds.recommendations[a.recommendation];
    assert!(!is_unnumbered(&r.id), "{}", r.id);
    // The list's text (OHCHR's file writes "toarticle8": matched by its closest wording).
    assert!(r.text.contains("amendment toarticle8"), "{}", r.text);
    assert!(!r.paragraph.is_empty());
}
