//! The importer on whole files: a dataset file replacing the data, a broken one, unreadable,
//! empty and unknown files, the templates and their guide, dataset ids, and every problem's
//! message in both languages.

use upr_core::i18n::{message_ids, sources};
use upr_core::import::{
    dataset_id, plan_import, template_csv, CsvKind, FileKind, ImportFile, ImportProblem,
    ImportProblemKind as K, Table, WordList,
};
use upr_core::issue::{Problem, Severity};
use upr_core::model::AssessorKind;
use upr_core::{load_dataset, t, Lang};
mod common;
use common::*;

#[test]
fn a_whole_dataset_file_replaces_the_data() {
    let base = base();
    let mut v: serde_json::Value = serde_json::from_str(&base).unwrap();
    v["consultations"].as_array_mut().unwrap().pop();
    v["as_of"] = "2027-01-01".into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let plan = plan_import(&base, &[file("dataset.json", &text)]);
    assert_eq!(plan.files[0].kind, FileKind::Dataset);
    assert!(errors(&plan).is_empty(), "{:#?}", plan.problems);
    assert_eq!(plan.merged_json.as_deref(), Some(text.as_str()));
    assert_eq!(plan.dataset_id, Some(dataset_id(&text)));
    let c = plan.changes_of(Table::Consultations).unwrap();
    assert_eq!((c.added, c.changed, c.removed), (0, 0, 1));
    assert_eq!(c.unchanged, 14);

    // A CSV in the same import is merged into the new dataset.
    let plan = plan_import(
        &base,
        &[
            file("nhrc-2024.csv", &good_assessments_en()),
            file("dataset.json", &text),
        ],
    );
    assert!(errors(&plan).is_empty(), "{:#?}", plan.problems);
    let ds = load_dataset(plan.merged_json.as_deref().unwrap())
        .unwrap()
        .dataset;
    assert_eq!(ds.as_of.to_string(), "2027-01-01");
    assert_eq!(ds.consultations.len(), 14);
    assert!(ds.sources.iter().any(|s| s.title.en == NHRC));
}

#[test]
fn a_broken_dataset_lists_its_problems_with_their_paths() {
    let base = base();
    let mut v: serde_json::Value = serde_json::from_str(&base).unwrap();
    v["assessments"][0]["status"] = "mostly".into();
    v["recommendations"][3]["document"] = "no-such-document".into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let plan = plan_import(&base, &[file("dataset.json", &text)]);
    assert_eq!(plan.files[0].kind, FileKind::Dataset);
    assert_eq!(plan.merged_json, None);
    let mut columns: Vec<String> = plan.errors().filter_map(|p| p.column.clone()).collect();
    columns.sort();
    assert_eq!(
        columns,
        vec!["assessments[0].status", "recommendations[3].document"]
    );

    let plan = plan_import(
        &base,
        &[file(
            "broken.json",
            "{\"format\": \"upr-dashboard-dataset\", ",
        )],
    );
    let e = errors(&plan);
    assert_eq!(e.len(), 1);
    assert!(matches!(
        e[0].kind,
        K::Dataset {
            problem: Problem::Syntax { .. }
        }
    ));

    for (text, found) in [
        ("{\"rows\": []}", "null"),
        ("[1, 2]", "null"),
        ("{\"format\": \"other\"}", "\"other\""),
    ] {
        let plan = plan_import(&base, &[file("rows.json", text)]);
        assert_eq!(plan.files[0].kind, FileKind::Unknown);
        assert_eq!(
            errors(&plan)[0].kind,
            K::NotADataset {
                found: found.into()
            }
        );
    }

    let plan = plan_import(&base, &[file("a.json", &base), file("b.json", &base)]);
    assert!(matches!(errors(&plan)[0].kind, K::SecondDataset { .. }));
}

#[test]
fn unreadable_empty_and_unknown_files_are_each_one_problem() {
    let plan = plan_import(
        &base(),
        &[
            ImportFile {
                name: "latin1.csv".into(),
                bytes: b"recommendation,status\nc1-84.5,\xe9t\xe9\n".to_vec(),
            },
            file("empty.csv", " \r\n"),
            file("people.csv", "name,age\nBat,30\n"),
        ],
    );
    let kinds: Vec<(String, K)> = plan
        .problems
        .iter()
        .map(|p| (p.file.clone(), p.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("latin1.csv".into(), K::NotUtf8),
            ("empty.csv".into(), K::EmptyFile),
            (
                "people.csv".into(),
                K::UnknownFileKind {
                    headers: vec!["name".into(), "age".into()]
                }
            ),
        ]
    );
    assert!(plan.problems[0].message(Lang::En).contains("CSV UTF-8"));
    let unknown = plan.problems[2].message(Lang::En);
    assert!(
        unknown.contains("assessor_kind") && unknown.contains("title_en"),
        "{unknown}"
    );
    assert!(plan.problems[2]
        .message(Lang::Mn)
        .contains("үнэлэгчийн төрөл"));
    assert!(plan.files.iter().all(|f| f.kind == FileKind::Unknown));
    assert_eq!(plan.merged_json, None);
}

#[test]
fn every_template_is_recognised_as_its_kind() {
    for kind in CsvKind::ALL {
        for lang in Lang::ALL {
            let template = template_csv(kind, lang);
            assert!(template.starts_with('\u{feff}'));
            let plan = plan_import(&base(), &[file("t.csv", &template)]);
            assert_eq!(plan.files[0].kind, FileKind::csv(kind), "{kind:?} {lang:?}");
            assert_eq!(plan.files[0].rows, 0);
            assert!(!plan.has_errors(), "{:#?}", plan.problems);
            assert!(matches!(plan.warnings().next().unwrap().kind, K::NoRows));
            // Nothing to import: the data stays as it was, to the byte.
            assert_eq!(plan.merged_json, Some(base()));
            for spec in kind.columns() {
                let key = spec.column.help_key(kind);
                assert_ne!(t(lang, &key), key);
            }
        }
    }
}

#[test]
fn the_guide_in_the_docs_names_every_column_in_both_languages() {
    let path = format!("{}/../docs/IMPORT.md", env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for kind in CsvKind::ALL {
        for spec in kind.columns() {
            for lang in Lang::ALL {
                let header = format!("`{}`", spec.column.header(lang));
                assert!(doc.contains(&header), "{header} is not in docs/IMPORT.md");
            }
        }
    }
}

#[test]
fn dataset_ids_are_short_stable_and_follow_the_content() {
    let base = base();
    let id = dataset_id(&base);
    assert_eq!(id.len(), 8);
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(id, dataset_id(&base));
    assert_eq!(id, dataset_id(&format!("\u{feff}{base}")));
    assert_ne!(id, dataset_id(&base.replace("2026-12-07", "2026-12-08")));
    // FNV-1a 64 of "", "a", "foobar" (0xcbf29ce484222325, 0xaf63dc4c8601ec8c, 0x85944171f73967e8),
    // the two halves xor-ed.
    assert_eq!(dataset_id(""), "4fd0bfc1");
    assert_eq!(dataset_id("a"), "296230c0");
    assert_eq!(dataset_id("foobar"), "72ad2699");
}

#[test]
fn every_problem_has_a_message_in_both_languages() {
    let samples = vec![
        K::NotUtf8,
        K::EmptyFile,
        K::NoRows,
        K::UnknownFileKind { headers: vec![] },
        K::NotADataset {
            found: "null".into(),
        },
        K::SecondDataset { first: "a".into() },
        K::Dataset {
            problem: Problem::Empty,
        },
        K::CsvSyntax { detail: "x".into() },
        K::UnnamedColumn { position: 3 },
        K::ExtraCells,
        K::EmptyCell,
        K::BadDate { value: "x".into() },
        K::BadNumber { value: "x".into() },
        K::UnknownWord {
            value: "x".into(),
            list: WordList::AssessorKind,
        },
        K::UnknownWord {
            value: "x".into(),
            list: WordList::ConsultationKind,
        },
        K::UnknownWord {
            value: "x".into(),
            list: WordList::Response,
        },
        K::AmbiguousParagraph {
            value: "1".into(),
            ids: vec!["c1-1".into(), "c2-1".into()],
        },
        K::UnknownTheme { value: "x".into() },
        K::UnknownDocument { value: "x".into() },
        K::NoCycleDocument { cycle: 3 },
        K::IdConvention {
            expected: "c1-1".into(),
        },
        K::SourceKindDiffers {
            name: "x".into(),
            existing: AssessorKind::Government,
        },
        K::NoSourceDocument,
        K::BaseUnreadable,
    ];
    for kind in samples {
        let p = ImportProblem {
            file: "f.csv".into(),
            row: Some(2),
            column: Some("c".into()),
            severity: Severity::Error,
            kind,
        };
        let en = p.message(Lang::En);
        let mn = p.message(Lang::Mn);
        assert!(
            !en.starts_with("import-") && !mn.starts_with("import-"),
            "{en}"
        );
        assert_ne!(en, mn, "{en}");
        assert!(
            mn.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
            "{mn}"
        );
    }
    let ids = message_ids(&sources(Lang::En));
    for table in Table::ALL {
        assert!(ids.contains(&format!("import-table-{}", table.list().replace('_', "-"))));
        assert_ne!(table.name(Lang::Mn), table.name(Lang::En));
    }
}
