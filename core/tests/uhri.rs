//! The Universal Human Rights Index's exports, Excel and JSON, made here in the layout that
//! `../shared/official-lists/README.md` describes (no real file could be obtained), imported into
//! the bundled data and into a tracker for another State.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::{json, Value};
use upr_core::i18n::Lang;
use upr_core::import::official::uhri::UhriError;
use upr_core::import::{
    check_import, plan_import, FileKind, ImportFile, ImportPlan, ImportProblemKind as K, Table,
};
use upr_core::load::load_dataset;
use upr_core::model::Response;

fn bundled() -> String {
    let path = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const HEADER: [&str; 16] = upr_core::import::official::uhri::EXCEL_COLUMNS;

/// One row of the export: its text cells in the header's order, the two dates as (y, m, d).
struct Row {
    cells: [&'static str; 16],
    published: (u16, u8, u8),
    on_uhri: (u16, u8, u8),
}

/// Mongolia's fourth review (session 50) as UHRI would give it: three recommendations, the State's
/// reply, and three rows of treaty bodies (two with UHRI's annotation id, one known by its
/// document and paragraph only).
fn mongolia_rows() -> Vec<Row> {
    let upr = |text, states, position, annotation| Row {
        cells: [
            text,
            "- Mongolia",
            "- UPR",
            "A/HRC/61/10",
            "- Death penalty\n- Ratification of & accession to international instruments",
            "- General",
            "- 16 - Peace, justice and strong institutions\n- 16.3",
            "",
            states,
            position,
            "- Recommendations",
            annotation,
            "- 50th Session - Cycle 4",
            "- Asia-Pacific States",
            "- Western European and other States",
            "",
        ],
        published: (2026, 1, 9),
        on_uhri: (2026, 3, 2),
    };
    let body = |text, body, kind, symbol, annotation| Row {
        cells: [
            text,
            "- Mongolia",
            body,
            symbol,
            "- Rights of the Child",
            "- Children",
            "- 4 - Quality education",
            "",
            "",
            "",
            kind,
            annotation,
            "",
            "",
            "",
            "",
        ],
        published: (2025, 2, 12),
        on_uhri: (2025, 3, 1),
    };
    vec![
        upr(
            "<p>120.1 Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights&nbsp;(Portugal);</p>",
            "- Portugal",
            "- Supported",
            "a1",
        ),
        upr(
            "120.2 Abolish the death penalty in all circumstances <script>alert(1)</script>(France) (Spain);",
            "- France\n- Spain",
            "- Noted",
            "a2",
        ),
        upr(
            "120.3 Strengthen the National Human Rights Commission & its independence (Norway);",
            "- Norway",
            "- Supported\n- Noted",
            "a3",
        ),
        upr(
            "Response of Mongolia: the Government will consider recommendation 120.2",
            "",
            "",
            "a4",
        ),
        body(
            "Ensure free pre-school education in every aimag.",
            "- CRC",
            "- Recommendations",
            "CRC/C/MNG/CO/6-7",
            "b1",
        ),
        body(
            "The Committee is concerned about child labour in mining.",
            "- CRC",
            "- Concerns/Observations",
            "CRC/C/MNG/CO/6-7",
            "b2",
        ),
        body(
            "12. Adopt a law on gender-based violence.",
            "- CEDAW",
            "- Recommendations",
            "CEDAW/C/MNG/CO/10",
            "",
        ),
    ]
}

fn xlsx(rows: &[Row], header: &[&str]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.cells.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r, c as u16, *cell).unwrap();
            }
        }
        for (c, (y, m, d)) in [(7u16, row.published), (15, row.on_uhri)] {
            let day = ExcelDateTime::from_ymd(y, m, d).unwrap();
            sheet.write_datetime_with_format(r, c, &day, &date).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

/// The same rows as the JSON export writes them (lists as arrays, dates as ISO timestamps).
fn json_export(rows: &[Row], country: &str) -> String {
    let list = |cell: &str| -> Value {
        cell.lines()
            .map(|l| Value::from(l.to_string()))
            .filter(|v| v.as_str() != Some(""))
            .collect()
    };
    let day = |(y, m, d): (u16, u8, u8)| format!("{y:04}-{m:02}-{d:02}T00:00:00");
    let items: Vec<Value> = rows
        .iter()
        .map(|r| {
            let c = &r.cells;
            let upr = c[2] == "- UPR";
            json!({
                "AffectedPersons": list(c[5]),
                "AnnotationId": c[11],
                "AnnotationType": "7d3e8a52-1c1e-4d6a-9a59-0f6e1a2b3c4d",
                "Body": list(c[2]),
                "Countries": [format!("- {country}")],
                "DocumentId": "",
                "PublicationDate": day(r.published),
                "PublicationDateOnUhri": day(r.on_uhri),
                "Regions": list(c[13]),
                "Sdgs": list(c[6]),
                "Symbol": c[3],
                "Text": c[0],
                "Themes": list(c[4]),
                "UprCycle": if upr { json!(4) } else { Value::Null },
                "UprPositions": list(c[9]),
                "UprRecommendingCountry": list(c[8]),
                "UprRecommendingRegions": list(c[14]),
                "UprSession": list(c[12]),
            })
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap()
}

fn file(name: &str, bytes: Vec<u8>) -> ImportFile {
    ImportFile {
        name: name.into(),
        bytes,
    }
}

fn kinds(plan: &ImportPlan) -> Vec<&K> {
    plan.problems.iter().map(|p| &p.kind).collect()
}

#[test]
fn an_excel_export_adds_the_upr_recommendations_of_its_cycle_and_counts_what_it_leaves_out() {
    let base = bundled();
    let plan = plan_import(&base, &[file("uhri.xlsx", xlsx(&mongolia_rows(), &HEADER))]);
    assert_eq!(plan.files[0].kind, FileKind::UhriExcel);
    assert_eq!(plan.files[0].rows, 7);
    assert_eq!(
        kinds(&plan),
        [
            &K::OtherMechanisms {
                counts: vec![("CEDAW".into(), 1), ("CRC".into(), 2)]
            },
            &K::Replies { count: 1 },
        ]
    );
    assert!(!plan.has_errors());
    let recs = plan.changes_of(Table::Recommendations).unwrap();
    assert_eq!((recs.added, recs.changed), (6, 0));
    assert_eq!(
        recs.added_keys,
        [
            "c4-120.1",
            "c4-120.2",
            "c4-120.3",
            "uhri-b1",
            "uhri-b2",
            "cedaw-c-mng-co-10-12"
        ]
    );
    let ds = load_dataset(plan.merged_json.as_deref().unwrap())
        .expect("loads")
        .dataset;
    let rec = |id: &str| ds.recommendations.iter().find(|r| r.id == id).unwrap();
    let first = rec("c4-120.1");
    // HTML dropped, `&nbsp;` a space, the State out of the text.
    assert_eq!(
        first.text,
        "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights"
    );
    assert_eq!(first.states, ["Portugal"]);
    assert_eq!(first.response, Some(Response::Supported));
    assert_eq!(first.session, Some(50));
    assert_eq!(
        first.ohchr_themes,
        [
            "Death penalty",
            "Ratification of & accession to international instruments"
        ]
    );
    assert_eq!(first.persons, ["General"]);
    assert_eq!(first.sdgs, ["16", "16.3"]);
    let report = &ds.documents[first.document];
    assert_eq!(report.id, "A/HRC/61/10");
    assert_eq!(
        report.date.map(|d| d.to_string()).as_deref(),
        Some("2026-01-09")
    );
    // A script in a text is dropped with its content; two parentheses, two States.
    let second = rec("c4-120.2");
    assert_eq!(
        second.text,
        "Abolish the death penalty in all circumstances"
    );
    assert_eq!(second.states, ["France", "Spain"]);
    assert_eq!(second.response, Some(Response::Noted));
    assert_eq!(rec("c4-120.3").response, Some(Response::SupportedInPart));
    assert!(rec("c4-120.3")
        .text
        .contains("Commission & its independence"));
    assert_eq!(first.mechanism, None);
    assert_eq!(first.annotation.as_deref(), Some("a1"));
    // The treaty bodies' rows are recommendations of their mechanism: no cycle, position or
    // recommending State; their document's symbol and date.
    let crc = rec("uhri-b1");
    assert_eq!(crc.mechanism.as_deref(), Some("CRC"));
    assert_eq!(
        (crc.cycle, crc.response, crc.response_document),
        (None, None, None)
    );
    assert!(crc.states.is_empty());
    assert_eq!(crc.text, "Ensure free pre-school education in every aimag.");
    assert_eq!(crc.persons, ["Children"]);
    assert_eq!(crc.sdgs, ["4"]);
    let crc_report = &ds.documents[crc.document];
    assert_eq!(crc_report.id, "CRC/C/MNG/CO/6-7");
    assert_eq!(crc_report.publisher, "United Nations");
    assert_eq!(
        crc_report.date.map(|d| d.to_string()).as_deref(),
        Some("2025-02-12")
    );
    let cedaw = rec("cedaw-c-mng-co-10-12");
    assert_eq!(
        (cedaw.mechanism.as_deref(), cedaw.paragraph.as_str()),
        (Some("CEDAW"), "12")
    );
    assert_eq!(cedaw.text, "Adopt a law on gender-based violence.");
    assert_eq!(cedaw.annotation, None);
    // No reply became a recommendation; the cycle's count is the UPR's alone.
    assert!(!ds
        .recommendations
        .iter()
        .any(|r| r.text.starts_with("Response of")));
    assert_eq!(
        ds.recommendations
            .iter()
            .filter(|r| r.cycle.is_some_and(|c| ds.cycles[c].number == 4))
            .count(),
        3
    );
    // The mechanism filter offers the UPR and both treaty bodies, with their counts.
    let loaded = load_dataset(plan.merged_json.as_deref().unwrap()).expect("loads");
    let mut q = upr_core::query::Query::new();
    let f = upr_core::facets::facets(&loaded.dataset, &loaded.prepared, &q);
    assert_eq!(
        f.mechanisms,
        [
            ("UPR".to_string(), 132),
            ("CRC".to_string(), 2),
            ("CEDAW".to_string(), 1)
        ]
    );
    q.toggle(upr_core::facets::Facet::Mechanism, "CRC");
    let rows = upr_core::explore::filter(&loaded.dataset, &loaded.prepared, &q);
    assert_eq!(rows.len(), 2);
    assert_eq!(q.to_search(), "?mechanism=CRC");

    // The same file again changes nothing.
    let again = plan_import(
        plan.merged_json.as_deref().unwrap(),
        &[file("uhri.xlsx", xlsx(&mongolia_rows(), &HEADER))],
    );
    assert_eq!(
        again.changes_of(Table::Recommendations).map(|c| c.added),
        Some(0)
    );
    assert_eq!(
        again.merged_json.as_deref(),
        plan.merged_json.as_deref(),
        "importing the same export twice changes nothing"
    );
}

#[test]
fn a_json_export_about_another_state_offers_a_tracker_for_it() {
    let base = bundled();
    let text = json_export(&mongolia_rows(), "Slovenia");
    let plan = plan_import(&base, &[file("uhri.json", text.clone().into_bytes())]);
    assert_eq!(plan.files[0].kind, FileKind::UhriJson);
    assert!(kinds(&plan).contains(&&K::OtherState {
        list: "Slovenia".into(),
        shown: "Mongolia".into()
    }));
    let tracker = plan
        .trackers
        .into_iter()
        .next()
        .expect("a tracker for Slovenia");
    assert_eq!((tracker.code.as_str(), tracker.recommendations), ("SI", 6));
    let ds = load_dataset(&tracker.json).expect("loads").dataset;
    assert_eq!(ds.country.code, "SI");
    // Dated when UHRI last published a row.
    assert_eq!(ds.as_of.to_string(), "2026-03-02");
    assert_eq!(ds.recommendations.len(), 6);
    assert_eq!(ds.recommendations[0].states, ["Portugal"]);
    let report = check_import(Lang::En, &base, &[file("uhri.json", text.into_bytes())]);
    assert_eq!(
        report.files[0].kind,
        "Universal Human Rights Index export (JSON)"
    );
    assert!(report.problems.iter().any(|p| p.message
        == "3 recommendations of other UN mechanisms (CEDAW 1, CRC 2) come in as recommendations of their mechanism, beside the UPR's (without a cycle or a position); the “UN mechanism” filter chooses them."));
}

#[test]
fn a_file_about_the_state_shown_and_another_keeps_the_shown_states_rows() {
    let base = bundled();
    let mongolia: Value =
        serde_json::from_str(&json_export(&mongolia_rows()[..1], "Mongolia")).unwrap();
    let slovenia: Value =
        serde_json::from_str(&json_export(&mongolia_rows()[1..3], "Slovenia")).unwrap();
    let both: Vec<Value> = mongolia
        .as_array()
        .unwrap()
        .iter()
        .chain(slovenia.as_array().unwrap())
        .cloned()
        .collect();
    let plan = plan_import(
        &base,
        &[file("uhri.json", serde_json::to_vec(&both).unwrap())],
    );
    assert!(!plan.has_errors(), "{:?}", plan.problems);
    assert!(plan.trackers.is_empty());
    assert_eq!(
        kinds(&plan),
        [&K::OtherStateLeftOut {
            state: "Slovenia".into(),
            rows: 2
        }]
    );
    assert_eq!(
        plan.changes_of(Table::Recommendations).unwrap().added_keys,
        ["c4-120.1"]
    );
}

#[test]
fn a_broken_encrypted_or_foreign_excel_file_is_refused_with_a_reason() {
    let base = bundled();
    let good = xlsx(&mongolia_rows(), &HEADER);
    // Cut short: the zip's directory is gone.
    let plan = plan_import(&base, &[file("cut.xlsx", good[..good.len() / 2].to_vec())]);
    assert!(plan.has_errors());
    assert_eq!(plan.merged_json, None);
    // A password-protected Office file is an OLE container, not a zip.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 504]);
    let plan = plan_import(&base, &[file("locked.xlsx", ole)]);
    assert_eq!(kinds(&plan), [&K::OfficeContainer]);
    let report = check_import(
        Lang::Mn,
        &base,
        &[file(
            "locked.xlsx",
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        )],
    );
    assert!(
        report.problems[0].message.contains("нууц үгтэй"),
        "{:?}",
        report.problems
    );
    // Another spreadsheet.
    let other = xlsx(&[], &["Name", "Amount"]);
    let plan = plan_import(&base, &[file("budget.xlsx", other)]);
    assert_eq!(
        kinds(&plan),
        [&K::Uhri {
            error: UhriError::NotUhri {
                found: vec!["Name".into(), "Amount".into()]
            }
        }]
    );
    let report = check_import(
        Lang::En,
        &base,
        &[file("budget.xlsx", xlsx(&[], &["Name", "Amount"]))],
    );
    assert_eq!(report.problems[0].place, "budget.xlsx");
    assert!(report.problems[0].message.contains("“Name, Amount”"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
    /// A made export with one byte changed, or cut anywhere, never makes the reader panic; a JSON
    /// export with random text anywhere neither.
    #[test]
    fn the_readers_take_any_bytes(at in 0usize..100_000, byte in proptest::prelude::any::<u8>(), cut in 0usize..100_000, noise in ".{0,40}") {
        let base = bundled();
        let mut bytes = xlsx(&mongolia_rows(), &HEADER);
        let i = at % bytes.len();
        bytes[i] = byte;
        let _ = plan_import(&base, &[file("x.xlsx", bytes.clone())]);
        bytes.truncate(cut % bytes.len());
        let _ = plan_import(&base, &[file("x.xlsx", bytes)]);
        let mut text = json_export(&mongolia_rows(), "Mongolia");
        let i = (at % text.len()..).find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        text.insert_str(i, &noise);
        let _ = plan_import(&base, &[file("x.json", text.into_bytes())]);
    }
}

#[test]
fn a_file_about_several_other_states_offers_a_tracker_for_each_to_pick_from() {
    let base = bundled();
    let part = |rows: &[Row], state: &str| -> Vec<Value> {
        serde_json::from_str::<Value>(&json_export(rows, state))
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };
    let rows = mongolia_rows();
    // Slovenia: the three UPR recommendations; Chile: one, and a treaty body's.
    let all: Vec<Value> = part(&rows[..3], "Slovenia")
        .into_iter()
        .chain(part(&rows[..1], "Chile"))
        .chain(part(&rows[4..5], "Chile"))
        .collect();
    let bytes = serde_json::to_vec(&all).unwrap();
    let plan = plan_import(&base, &[file("uhri.json", bytes.clone())]);
    assert_eq!(plan.merged_json, None, "never merged into Mongolia's data");
    let offered: Vec<(&str, usize)> = plan
        .trackers
        .iter()
        .map(|t| (t.state.as_str(), t.recommendations))
        .collect();
    assert_eq!(offered, [("Slovenia", 3), ("Chile", 2)]);
    // Each tracker holds its own State's rows only.
    let chile = load_dataset(&plan.trackers[1].json).expect("loads").dataset;
    assert_eq!(chile.country.code, "CL");
    assert_eq!(chile.recommendations.len(), 2);
    assert!(chile
        .recommendations
        .iter()
        .any(|r| r.mechanism.as_deref() == Some("CRC")));
    let report = check_import(Lang::En, &base, &[file("uhri.json", bytes)]);
    assert!(
        report
            .summary
            .contains("about 2 other States (Slovenia, Chile)"),
        "{}",
        report.summary
    );
    assert_eq!(report.trackers.len(), 2);
    assert!(report.trackers[1].offer.contains("Chile"));
}

#[test]
fn a_file_about_very_many_states_offers_trackers_for_those_with_most_recommendations() {
    let base = bundled();
    let rows = mongolia_rows();
    // 26 States other than Mongolia; the last one with two recommendations, so it comes first.
    let names: Vec<&str> = upr_core::states::STATES
        .iter()
        .map(|s| s.name)
        .filter(|n| *n != "Mongolia")
        .take(26)
        .collect();
    let mut all: Vec<Value> = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let take = if i == 25 { &rows[..2] } else { &rows[..1] };
        let part: Value = serde_json::from_str(&json_export(take, name)).unwrap();
        all.extend(part.as_array().unwrap().iter().cloned());
    }
    let plan = plan_import(
        &base,
        &[file("uhri.json", serde_json::to_vec(&all).unwrap())],
    );
    assert_eq!(plan.trackers.len(), upr_core::import::MAX_TRACKERS);
    assert_eq!(plan.trackers[0].state, names[25]);
    assert!(kinds(&plan).contains(&&K::TooManyStates {
        states: 26,
        offered: 24
    }));
}
