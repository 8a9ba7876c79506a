//! The loader on the fixtures in `tests/fixtures`: good data loads, bad data is described, never panics.

use upr_core::issue::{Problem, Severity, Target};
use upr_core::{load_dataset, Lang};

fn fixture(name: &str) -> String {
    let path = format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_minimal_valid_dataset_loads_without_warnings() {
    let loaded = load_dataset(&fixture("minimal.json")).expect("loads");
    assert_eq!(loaded.dataset.recommendations.len(), 2);
    assert_eq!(loaded.dataset.assessments.len(), 1);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", fixture("minimal.json"));
    assert!(load_dataset(&text).is_ok());
}

#[test]
fn an_empty_file_is_reported_as_empty() {
    let failure = load_dataset(&fixture("empty.json")).unwrap_err();
    assert_eq!(failure.issues[0].problem, Problem::EmptyFile);
}

#[test]
fn invalid_json_is_reported_with_its_line_and_column() {
    let failure = load_dataset(&fixture("invalid-json.json")).unwrap_err();
    match &failure.issues[0].problem {
        Problem::Syntax { line, column, .. } => {
            assert_eq!(*line, 1);
            assert!(*column > 40, "column {column}");
        }
        other => panic!("expected a syntax problem, got {other:?}"),
    }
}

#[test]
fn a_wrong_type_is_reported_with_its_path() {
    let failure = load_dataset(&fixture("wrong-types.json")).unwrap_err();
    assert_eq!(failure.issues.len(), 1);
    assert_eq!(failure.issues[0].path, "recommendations[1].states");
    assert!(matches!(failure.issues[0].problem, Problem::Shape { .. }));
    assert!(
        failure.issues[0]
            .message(Lang::En)
            .contains("expected a sequence"),
        "{}",
        failure.issues[0].message(Lang::En)
    );
}

#[test]
fn another_version_of_the_format_is_refused_by_name() {
    let failure = load_dataset(&fixture("wrong-version.json")).unwrap_err();
    assert_eq!(failure.issues[0].path, "version");
    assert_eq!(
        failure.issues[0].problem,
        Problem::WrongVersion { found: "3".into() }
    );
}

#[test]
fn every_dangling_reference_and_bad_value_is_listed_with_its_place() {
    let failure = load_dataset(&fixture("dangling-references.json")).unwrap_err();
    let places: Vec<(&str, &Problem)> = failure
        .errors()
        .map(|i| (i.path.as_str(), &i.problem))
        .collect();
    let expect = [
        (
            "as_of",
            Problem::BadDate {
                value: "2026-02-30".into(),
            },
        ),
        (
            "recommendations[0].themes[1]",
            Problem::UnknownReference {
                target: Target::Theme,
                value: "nope".into(),
            },
        ),
        (
            "assessments[0].recommendation",
            Problem::UnknownReference {
                target: Target::Recommendation,
                value: "c1-9.9".into(),
            },
        ),
        (
            "assessments[0].status",
            Problem::UnknownWord {
                value: "done".into(),
                expected: "fully, partially, not",
            },
        ),
        (
            "consultations[0].regions[0]",
            Problem::UnknownReference {
                target: Target::Region,
                value: "MN-999".into(),
            },
        ),
    ];
    for (path, problem) in &expect {
        assert!(
            places.contains(&(path, problem)),
            "missing {path}: {problem:?} in {places:?}"
        );
    }
    assert_eq!(places.len(), expect.len(), "{places:?}");
    assert!(failure.issues.iter().all(|i| i.severity == Severity::Error));
}

#[test]
fn problems_are_described_in_both_languages() {
    let failure = load_dataset(&fixture("dangling-references.json")).unwrap_err();
    for issue in &failure.issues {
        let en = issue.message(Lang::En);
        let mn = issue.message(Lang::Mn);
        assert!(!en.is_empty() && !mn.is_empty());
        assert_ne!(en, mn, "{en}");
        assert!(!en.starts_with("issue-"), "untranslated: {en}");
    }
}

#[test]
fn a_duplicate_id_is_an_error() {
    let text = fixture("minimal.json").replace("\"c1-1.2\"", "\"c1-1.1\"");
    let failure = load_dataset(&text).unwrap_err();
    assert!(failure.errors().any(|i| i.path == "recommendations[1].id"
        && i.problem
            == Problem::Duplicate {
                value: "c1-1.1".into()
            }));
}

#[test]
fn a_missing_mongolian_text_is_only_a_warning() {
    let text = fixture("minimal.json").replace(", \"mn\": \"Нэгдүгээр сэдэв\"", "");
    let loaded = load_dataset(&text).expect("loads");
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0].path, "themes[0].name.mn");
    assert_eq!(loaded.dataset.themes[0].name.get(Lang::Mn), "Theme one");
}

#[test]
fn text_that_looks_like_markup_is_kept_as_plain_text() {
    let loaded = load_dataset(&fixture("script-in-text.json")).expect("loads");
    assert!(loaded.dataset.recommendations[0]
        .text
        .starts_with("<img src=x"));
}

#[test]
fn no_truncation_of_a_valid_file_panics() {
    let text = fixture("minimal.json");
    for cut in 0..text.len() {
        if text.is_char_boundary(cut) {
            let _ = load_dataset(&text[..cut]);
        }
    }
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    let path = format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_file_saved_in_another_encoding_is_reported_at_its_first_unreadable_letter() {
    // minimal.json saved as Windows Cyrillic (cp1251), as an older editor would.
    let failure = upr_core::load_dataset_bytes(fixture_bytes("not-utf8.json")).unwrap_err();
    assert_eq!(failure.issues.len(), 1);
    let utf8 = fixture("minimal.json");
    let (line, text) = utf8
        .lines()
        .enumerate()
        .find(|(_, l)| !l.is_ascii())
        .expect("a line with Cyrillic");
    let column = text
        .find(|c: char| !c.is_ascii())
        .expect("a Cyrillic letter")
        + 1;
    assert_eq!(
        failure.issues[0].problem,
        Problem::NotUtf8 {
            line: line + 1,
            column
        }
    );
    let en = failure.issues[0].message(Lang::En);
    assert!(
        en.contains("not UTF-8") && en.contains(&format!("line {}", line + 1)),
        "{en}"
    );
    let mn = failure.issues[0].message(Lang::Mn);
    assert!(mn.contains(&format!("{}-р мөрийн", line + 1)), "{mn}");
}

#[test]
fn a_dataset_loads_the_same_from_bytes_as_from_text() {
    let shipped = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let shipped = std::fs::read_to_string(&shipped).expect("the shipped dataset");
    // With a byte-order mark too, as Windows editors write it.
    let with_mark = format!("\u{feff}{}", fixture("minimal.json"));
    for text in [fixture("minimal.json"), with_mark, shipped] {
        let from_text = load_dataset(&text).expect("loads from text");
        let from_bytes = upr_core::load_dataset_bytes(text.into_bytes()).expect("loads from bytes");
        assert_eq!(from_bytes.dataset, from_text.dataset);
        assert_eq!(from_bytes.warnings, from_text.warnings);
        assert!(!from_text.dataset.recommendations.is_empty());
    }
}

/// What serde says of `text` read in one pass into `T`: the message and place the loader must
/// give too, though it reads the long lists one element at a time.
fn one_pass_error<T: serde::de::DeserializeOwned>(text: &str) -> String {
    serde_json::from_str::<T>(text)
        .err()
        .expect("the one-pass read fails")
        .to_string()
}

#[test]
fn a_wrong_value_inside_a_recommendation_or_assessment_is_placed_in_the_whole_file() {
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Rec {
        id: String,
        cycle: u32,
        text: String,
        states: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Recs {
        recommendations: Vec<Rec>,
    }
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Assessment {
        status: String,
    }
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Assessments {
        assessments: Vec<Assessment>,
    }
    let minimal = fixture("minimal.json");
    // The edited file, the path the loader must give, and the one-pass read to compare with.
    type Case<'a> = (String, &'a str, fn(&str) -> String);
    let cases: [Case; 5] = [
        // A wrong type in the second recommendation.
        (
            minimal.replace(r#""states": ["B", "C"]"#, r#""states": "B, C""#),
            "recommendations[1].states",
            one_pass_error::<Recs>,
        ),
        // A missing field, and a missing id (read before the rest of each recommendation).
        (
            minimal.replace(r#""text": "Do another thing", "#, ""),
            "recommendations[1]",
            one_pass_error::<Recs>,
        ),
        (
            minimal.replace(r#""id": "c1-1.1", "#, ""),
            "recommendations[0]",
            one_pass_error::<Recs>,
        ),
        // A bad id after another bad value: the first in the file is reported.
        (
            minimal.replace(
                r#""id": "c1-1.1", "cycle": 1"#,
                r#""cycle": "one", "id": 7"#,
            ),
            "recommendations[0].cycle",
            one_pass_error::<Recs>,
        ),
        (
            minimal.replace(r#""status": "partially""#, r#""status": 2"#),
            "assessments[0].status",
            one_pass_error::<Assessments>,
        ),
    ];
    for (text, path, expected) in cases {
        let failure = load_dataset(&text).unwrap_err();
        assert_eq!(failure.issues.len(), 1, "{path}: {:?}", failure.issues);
        assert_eq!(failure.issues[0].path, path);
        assert_eq!(
            failure.issues[0].problem,
            Problem::Shape {
                detail: expected(&text)
            },
            "{path}"
        );
    }
}

/// The minimal fixture at `version`, its first recommendation given `fields`.
fn with_fields(version: u64, fields: serde_json::Value) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(&fixture("minimal.json")).expect("json");
    doc["version"] = version.into();
    for (k, v) in fields.as_object().expect("object") {
        doc["recommendations"][0][k] = v.clone();
    }
    doc.to_string()
}

#[test]
fn version_2_adds_the_session_position_source_ohchr_themes_persons_and_sdgs() {
    let text = with_fields(
        2,
        serde_json::json!({
            "response": "supported-in-part",
            "response_paragraph": "3",
            "session": 48,
            "ohchr_themes": ["Ratification of & accession to international instruments"],
            "persons": ["Public officials"],
            "sdgs": ["5", "16.2", "5.a"]
        }),
    );
    let loaded = load_dataset(&text).expect("loads");
    let r = &loaded.dataset.recommendations[0];
    assert_eq!(r.response, Some(upr_core::model::Response::SupportedInPart));
    assert_eq!(r.response_paragraph.as_deref(), Some("3"));
    assert_eq!(r.session, Some(48));
    assert_eq!(r.persons, ["Public officials"]);
    assert_eq!(r.sdgs, ["5", "16.2", "5.a"]);
    // The filter offers "supported in part" only where the data has it.
    assert_eq!(loaded.prepared.responses.len(), 3);
    let plain = load_dataset(&fixture("minimal.json")).expect("loads");
    assert_eq!(plain.prepared.responses.len(), 2);
}

#[test]
fn a_version_1_file_means_what_it_always_meant() {
    let loaded = load_dataset(&with_fields(1, serde_json::json!({}))).expect("loads");
    let r = &loaded.dataset.recommendations[0];
    assert_eq!(
        (
            r.session,
            r.response_paragraph.as_ref(),
            r.sdgs.len(),
            r.persons.len()
        ),
        (None, None, 0, 0)
    );
}

#[test]
fn an_sdg_that_is_not_a_goal_or_target_is_reported_at_its_place() {
    let failure = load_dataset(&with_fields(
        2,
        serde_json::json!({"sdgs": ["5", "18", "x"]}),
    ))
    .unwrap_err();
    let paths: Vec<&str> = failure.errors().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        ["recommendations[0].sdgs[1]", "recommendations[0].sdgs[2]"]
    );
}

#[test]
fn another_mechanisms_recommendation_loads_without_cycle_position_or_state_and_the_upr_needs_them()
{
    let text = with_fields(
        2,
        serde_json::json!({
            "mechanism": "CRC",
            "cycle": null,
            "response": null,
            "response_document": null,
            "states": [],
            "paragraph": "",
            "annotation": "b1"
        }),
    );
    let loaded = load_dataset(&text).expect("loads");
    let r = &loaded.dataset.recommendations[0];
    assert_eq!(
        (
            r.mechanism.as_deref(),
            r.cycle,
            r.response,
            r.annotation.as_deref()
        ),
        (Some("CRC"), None, None, Some("b1"))
    );
    assert!(!r.is_upr());
    // "UPR" written out is the UPR.
    let upr =
        load_dataset(&with_fields(2, serde_json::json!({ "mechanism": "UPR" }))).expect("loads");
    assert!(upr.dataset.recommendations[0].is_upr());
    // The UPR's recommendation without what it needs: each missing field at its place.
    let failure = load_dataset(&with_fields(
        2,
        serde_json::json!({ "cycle": null, "response": null, "response_document": null, "states": [], "paragraph": " " }),
    ))
    .unwrap_err();
    let paths: Vec<&str> = failure.issues.iter().map(|i| i.path.as_str()).collect();
    for field in [
        "cycle",
        "response",
        "response_document",
        "states",
        "paragraph",
    ] {
        assert!(
            paths.contains(&format!("recommendations[0].{field}").as_str()),
            "{field}: {paths:?}"
        );
    }
    // Another mechanism's needs a paragraph or an annotation to be told apart.
    let failure = load_dataset(&with_fields(
        2,
        serde_json::json!({ "mechanism": "CEDAW", "cycle": null, "response": null, "paragraph": "" }),
    ))
    .unwrap_err();
    assert_eq!(failure.issues[0].path, "recommendations[0].paragraph");
    assert_eq!(failure.issues[0].problem, Problem::Empty);
}
