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
        Problem::WrongVersion { found: "2".into() }
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
