//! The shipped dataset (`public/data/mongolia-upr.json`): real, sourced, complete where the sources
//! are complete, and without one invented rating.

use std::collections::BTreeSet;
use upr_core::model::{AssessorKind, ConsultationKind, Dataset, Response, Status};
use upr_core::summary::{cycle_summaries, latest_statuses, CountsOrigin};
use upr_core::{load_dataset, Lang};

fn repo_file(path: &str) -> String {
    let full = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn shipped() -> Dataset {
    let loaded = load_dataset(&repo_file("public/data/mongolia-upr.json"))
        .expect("the shipped dataset loads");
    assert!(
        loaded.warnings.is_empty(),
        "warnings: {:?}",
        loaded.warnings
    );
    loaded.dataset
}

fn rec<'a>(ds: &'a Dataset, id: &str) -> &'a upr_core::model::Recommendation {
    ds.recommendations
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("{id} missing"))
}

#[test]
fn all_129_first_cycle_recommendations_are_there_with_their_responses() {
    let ds = shipped();
    assert_eq!(ds.recommendations.len(), 129);
    assert!(ds
        .recommendations
        .iter()
        .all(|r| r.cycle.is_some_and(|c| ds.cycles[c].number == 1)));
    let supported = ds
        .recommendations
        .iter()
        .filter(|r| r.response == Some(Response::Supported))
        .count();
    assert_eq!((supported, 129 - supported), (126, 3));
    let noted: Vec<&str> = ds
        .recommendations
        .iter()
        .filter(|r| r.response == Some(Response::Noted))
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(noted, ["c1-86.1", "c1-86.2", "c1-86.3"]);
    let states: BTreeSet<&str> = ds
        .recommendations
        .iter()
        .flat_map(|r| r.states.iter().map(|s| s.as_str()))
        .collect();
    assert_eq!(states.len(), 38);
    assert!(ds
        .recommendations
        .iter()
        .all(|r| !r.text.trim().is_empty() && !r.themes.is_empty()));
}

#[test]
fn recommendations_cite_the_un_documents() {
    let ds = shipped();
    let first = rec(&ds, "c1-84.1");
    assert!(first.text.starts_with("Ratify, at the earliest possible date, the International Convention for the Protection of All Persons from Enforced Disappearance"));
    assert_eq!(first.states, ["France"]);
    for r in &ds.recommendations {
        assert_eq!(ds.documents[r.document].id, "A/HRC/16/5", "{}", r.id);
        let expected = if r.paragraph.starts_with("86.") {
            "A/HRC/16/5/Add.1"
        } else {
            "A/HRC/16/5"
        };
        assert_eq!(
            ds.documents[r.response_document.unwrap()].id,
            expected,
            "{}",
            r.id
        );
    }
}

#[test]
fn the_four_cycles_are_there_with_the_published_second_cycle_figures() {
    let ds = shipped();
    let numbers: Vec<u32> = ds.cycles.iter().map(|c| c.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    let c2 = &ds.cycles[1];
    assert!(!c2.recommendations_in_dataset);
    let p = c2.published.as_ref().expect("cycle 2 has published counts");
    assert_eq!(
        (p.received, p.supported, p.noted, p.recommending_states),
        (Some(164), Some(150), Some(14), Some(64))
    );
    let rating = &c2.published_ratings[0];
    assert_eq!(rating.assessor_kind, AssessorKind::CivilSociety);
    assert_eq!(
        (rating.fully_pct, rating.partially_pct, rating.not_pct),
        (19.0, 16.0, 65.0)
    );
    assert!(
        rating.caveat.en.contains("inferred"),
        "{}",
        rating.caveat.en
    );
    assert!(rating.caveat.mn.as_deref().is_some_and(|s| !s.is_empty()));
    let summaries = cycle_summaries(&ds, &latest_statuses(&ds));
    assert_eq!(summaries[0].origin, CountsOrigin::Dataset);
    assert_eq!(
        (
            summaries[0].received,
            summaries[0].supported,
            summaries[0].noted
        ),
        (Some(129), Some(126), Some(3))
    );
    assert!(matches!(
        summaries[1].origin,
        CountsOrigin::Published { .. }
    ));
    assert_eq!(summaries[1].received, Some(164));
    // Cycle 3's counts: FORUM-ASIA at the adoption (16 March 2021), the noted ones the difference.
    assert!(matches!(
        summaries[2].origin,
        CountsOrigin::Published { .. }
    ));
    assert_eq!(
        (
            summaries[2].received,
            summaries[2].supported,
            summaries[2].noted
        ),
        (Some(190), Some(170), Some(20))
    );
    let c3 = &ds.cycles[2];
    assert_eq!(
        c3.review_date.map(|d| d.to_string()).as_deref(),
        Some("2020-11-04")
    );
    let source = &ds.documents[c3.published.as_ref().unwrap().source];
    assert_eq!(
        source.date.map(|d| d.to_string()).as_deref(),
        Some("2021-03-16")
    );
}

#[test]
fn every_rating_is_a_sourced_government_self_assessment() {
    let ds = shipped();
    assert_eq!(ds.sources.len(), 2);
    assert!(ds
        .sources
        .iter()
        .all(|s| s.kind == AssessorKind::Government));
    assert_eq!(ds.assessments.len(), 19);
    for a in &ds.assessments {
        assert!(
            !a.evidence.trim().is_empty() && !a.citation.trim().is_empty(),
            "{}",
            ds.recommendations[a.recommendation].id
        );
        assert!(a.region.is_none());
    }
    let para85: BTreeSet<&str> = ds
        .assessments
        .iter()
        .filter(|a| a.citation.contains("para. 85"))
        .map(|a| ds.recommendations[a.recommendation].id.as_str())
        .collect();
    assert_eq!(
        para85,
        BTreeSet::from(["c1-84.5", "c1-84.19", "c1-84.20", "c1-84.21", "c1-84.22", "c1-84.52"])
    );
    assert!(ds
        .assessments
        .iter()
        .filter(|a| a.citation.contains("para. 85"))
        .all(|a| a.status == Status::Partially));
    let latest = latest_statuses(&ds);
    assert_eq!(
        latest.latest.iter().filter(|s| s.is_none()).count(),
        110,
        "every other recommendation is not assessed"
    );
}

#[test]
fn the_consultations_keep_their_real_dates_and_places() {
    let ds = shipped();
    assert_eq!(ds.consultations.len(), 15);
    let code = |i: usize| ds.regions[i].code.as_str();
    let regional: BTreeSet<(&str, String)> = ds
        .consultations
        .iter()
        .filter(|c| c.kind == ConsultationKind::Regional)
        .map(|c| (code(c.host_region.expect("host")), c.when.to_string()))
        .collect();
    // The dates of the four rounds (NHRC; the addendum of December 2026).
    let expected: BTreeSet<(&str, String)> = [
        ("MN-047", "2018-03-06"),
        ("MN-043", "2018-03-21/2018-03-22"),
        ("MN-039", "2018-03-28"),
        ("MN-053", "2018-04-05/2018-04-06"),
    ]
    .into_iter()
    .map(|(r, d)| (r, d.to_string()))
    .collect();
    assert_eq!(regional, expected);
    let towns: BTreeSet<&str> = ds
        .consultations
        .iter()
        .filter(|c| c.kind == ConsultationKind::Regional)
        .map(|c| c.host_town.en.as_str())
        .collect();
    assert_eq!(
        towns,
        BTreeSet::from(["Khovd", "Dalanzadgad", "Zuunmod", "Chinggis"])
    );

    let february = ds
        .consultations
        .iter()
        .find(|c| c.kind == ConsultationKind::Provincial && c.regions_unnamed.is_some())
        .expect("the February 2018 round");
    assert_eq!(february.when.to_string(), "2018-02");
    assert!(february.title.en.contains("19 of the 21 aimags"));
    assert!(february.regions.is_empty());
    // Four of its meetings are named by the NHRC's pages and listed on their own; the other 15 are
    // among the 17 aimags left.
    let unnamed = february.regions_unnamed.expect("a count instead of names");
    assert_eq!((unnamed.count, unnamed.of), (15, 17));
    let named: BTreeSet<(&str, String)> = ds
        .consultations
        .iter()
        .filter(|c| c.kind == ConsultationKind::Provincial && c.regions_unnamed.is_none())
        .map(|c| (code(c.regions[0]), c.when.to_string()))
        .collect();
    assert_eq!(
        named,
        BTreeSet::from([
            ("MN-053", "2018-02-12".to_string()),
            ("MN-057", "2018-02-13".to_string()),
            ("MN-041", "2018-02-13".to_string()),
            ("MN-069", "2018-02".to_string()),
        ])
    );
    assert!(named.iter().all(|(_, d)| d.starts_with("2018-02")));
    let omnogovi = ds
        .consultations
        .iter()
        .find(|c| c.id == "2018-02-12-omnogovi")
        .unwrap();
    assert_eq!(
        omnogovi.participants.as_ref().and_then(|p| p.total),
        Some(15)
    );
    // The one whose day the source does not give says it is not confirmed.
    let bayankhongor = ds
        .consultations
        .iter()
        .find(|c| c.id == "2018-02-bayankhongor")
        .unwrap();
    assert!(bayankhongor
        .note
        .as_ref()
        .unwrap()
        .en
        .starts_with("Not confirmed"));

    let validation = ds
        .consultations
        .iter()
        .find(|c| c.kind == ConsultationKind::Validation)
        .expect("validation meeting");
    assert_eq!(validation.when.to_string(), "2018-05-17");
    assert_eq!(code(validation.host_region.expect("host")), "MN-1");
    assert_eq!(
        validation.participants.as_ref().and_then(|p| p.total),
        Some(100)
    );
    assert!(ds.consultations.iter().all(|c| !c.sources.is_empty()));
}

#[test]
fn the_regions_match_the_map_and_have_mongolian_names() {
    let ds = shipped();
    assert_eq!(ds.regions.len(), 22);
    let geo: serde_json::Value =
        serde_json::from_str(&repo_file("public/data/mongolia_admin1.geojson")).expect("geojson");
    let ids: BTreeSet<&str> = geo["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    let codes: BTreeSet<&str> = ds.regions.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(ids, codes);
    assert!(geo["license"].as_str().is_some_and(|l| l.contains("ODbL")));
    let khovd = ds
        .regions
        .iter()
        .find(|r| r.code == "MN-043")
        .expect("Khovd");
    assert_eq!(khovd.name.get(Lang::Mn), "Ховд");
}
