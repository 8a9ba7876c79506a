//! The importer against the real dataset: the CSV templates in English and Mongolian, every
//! problem with its file, row and column, encodings and dates. (Whole-dataset files and unknown
//! files: `import_files.rs`; the report and no panic on any text: `import_report.rs`.)

use upr_core::import::{
    dataset_id, plan_import, FileKind, ImportFile, ImportPlan, ImportProblem,
    ImportProblemKind as K, Table, WordList,
};
use upr_core::issue::Problem;
use upr_core::model::{AssessorKind, Status};
use upr_core::{load_dataset, Lang};
mod common;
use common::*;

fn assert_nhrc_ratings(plan: &ImportPlan) {
    assert!(errors(plan).is_empty(), "{:#?}", plan.problems);
    let merged = plan.merged_json.as_deref().expect("merged");
    let ds = load_dataset(merged).expect("the merged data loads").dataset;
    let source = ds
        .sources
        .iter()
        .position(|s| s.title.en == NHRC)
        .expect("a source for the NHRC's assessment");
    assert_eq!(ds.sources[source].kind, AssessorKind::Nhri);
    assert_eq!(ds.sources[source].date.unwrap().to_string(), "2024-03-05");
    let doc = &ds.documents[ds.sources[source].document];
    assert_eq!(doc.title, NHRC);
    assert_eq!(doc.note.as_deref(), Some("Imported from nhrc-2024.csv"));
    let rated: Vec<(String, Status, String, Option<String>)> = ds
        .assessments
        .iter()
        .filter(|a| a.source == source)
        .map(|a| {
            (
                ds.recommendations[a.recommendation].id.clone(),
                a.status,
                a.date.to_string(),
                a.region.map(|r| ds.regions[r].code.clone()),
            )
        })
        .collect();
    assert_eq!(
        rated,
        vec![
            ("c1-84.5".into(), Status::Fully, "2024-03-05".into(), None),
            (
                "c1-84.7".into(),
                Status::Partially,
                "2024-03-05".into(),
                Some("MN-035".into())
            ),
            (
                "c1-84.9".into(),
                Status::Not,
                "2024-03-05".into(),
                Some("MN-035".into())
            ),
        ]
    );
    let first = ds.assessments.iter().find(|a| a.source == source).unwrap();
    assert_eq!(first.evidence, "The law was adopted, in full.");
    assert_eq!(first.citation, "p. 12");
    let a = plan.changes_of(Table::Assessments).unwrap();
    assert_eq!((a.added, a.changed, a.unchanged), (3, 0, 0));
    assert_eq!(plan.changes_of(Table::AssessmentSources).unwrap().added, 1);
    assert_eq!(plan.changes_of(Table::Documents).unwrap().added, 1);
    assert!(plan.changes_of(Table::Recommendations).is_none());
    assert_eq!(
        plan.dataset_id.as_deref(),
        Some(dataset_id(merged).as_str())
    );
}

#[test]
fn a_good_assessments_csv_adds_the_nhrc_ratings() {
    let plan = plan_import(&base(), &[file("nhrc-2024.csv", &good_assessments_en())]);
    assert_eq!(plan.files[0].kind, FileKind::Assessments);
    assert_eq!(plan.files[0].rows, 3);
    assert!(plan.problems.is_empty(), "{:#?}", plan.problems);
    assert_nhrc_ratings(&plan);
}

#[test]
fn mongolian_headers_semicolons_other_order_and_words_give_the_same_result() {
    let en = plan_import(&base(), &[file("nhrc-2024.csv", &good_assessments_en())]);
    let mn = plan_import(&base(), &[file("nhrc-2024.csv", &good_assessments_mn())]);
    assert_eq!(mn.files[0].kind, FileKind::Assessments);
    assert_nhrc_ratings(&mn);
    assert_eq!(en.merged_json, mn.merged_json);
    assert_eq!(en.dataset_id, mn.dataset_id);
}

#[test]
fn the_same_rows_in_utf16_tab_separated_text_give_the_same_result() {
    let tabbed = good_assessments_en()
        .trim_start_matches('\u{feff}')
        .replace(",p. ", "\tp. ")
        .replace(',', "\t")
        .replace(
            "\"The law was adopted\t in full.\"",
            "The law was adopted, in full.",
        );
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(tabbed.encode_utf16().flat_map(u16::to_le_bytes));
    let plan = plan_import(
        &base(),
        &[ImportFile {
            name: "nhrc-2024.csv".into(),
            bytes,
        }],
    );
    assert_nhrc_ratings(&plan);
    let en = plan_import(&base(), &[file("nhrc-2024.csv", &good_assessments_en())]);
    assert_eq!(plan.merged_json, en.merged_json);
}

#[test]
fn importing_the_same_ratings_again_changes_nothing() {
    let once = plan_import(&base(), &[file("nhrc-2024.csv", &good_assessments_en())]);
    let merged = once.merged_json.unwrap();
    let again = plan_import(&merged, &[file("nhrc-2024.csv", &good_assessments_mn())]);
    assert!(errors(&again).is_empty(), "{:#?}", again.problems);
    assert_eq!(again.merged_json.as_deref(), Some(merged.as_str()));
    let a = again.changes_of(Table::Assessments).unwrap();
    assert_eq!((a.added, a.changed, a.unchanged), (0, 0, 3));
    assert!(again.changes_of(Table::AssessmentSources).is_none());
}

#[test]
fn a_bad_file_lists_every_problem_at_its_row_and_column() {
    let text = "recommendation,assessor_kind,assessor,status,date,region\n\
                c9-1.1,nhri,X,fully,2024-03-05,\n\
                c1-84.5,nhri,X,fully,2024-03-05,Atlantis\n\
                c1-84.7,nhri,X,mostly,2024-03-05,\n\
                c1-84.8,nhri,X,fully,2024-02-30,\n\
                c1-84.9,nhri,X,fully,2024-03-05,\n\
                c1-84.9,nhri,X,partially,2024-03-05,\n";
    let plan = plan_import(&base(), &[file("bad.csv", text)]);
    assert_eq!(plan.merged_json, None);
    assert_eq!(plan.dataset_id, None);
    let s = |v: &str| Some(v.to_string());
    assert_eq!(
        error_places(&plan),
        vec![
            (
                "bad.csv".into(),
                Some(2),
                s("recommendation"),
                K::UnknownRecommendation {
                    value: "c9-1.1".into()
                }
            ),
            (
                "bad.csv".into(),
                Some(3),
                s("region"),
                K::UnknownRegion {
                    value: "Atlantis".into()
                }
            ),
            (
                "bad.csv".into(),
                Some(4),
                s("status"),
                K::UnknownWord {
                    value: "mostly".into(),
                    list: WordList::Status
                }
            ),
            (
                "bad.csv".into(),
                Some(5),
                s("date"),
                K::BadDate {
                    value: "2024-02-30".into()
                }
            ),
            (
                "bad.csv".into(),
                Some(7),
                s("recommendation"),
                K::DuplicateRow {
                    key: "c1-84.9 / import-x / 2024-03-05".into(),
                    first_file: "bad.csv".into(),
                    first_row: 6
                }
            ),
        ]
    );
    for p in &plan.problems {
        for lang in Lang::ALL {
            let m = p.message(lang);
            assert!(!m.is_empty() && !m.contains("import-problem"), "{m}");
            assert!(p.location(lang).starts_with("bad.csv"));
        }
    }
    let status = &plan.errors().nth(2).unwrap();
    assert!(status.message(Lang::En).contains("fully, partially or not"));
    assert!(status.message(Lang::Mn).contains("хэрэгжээгүй"));
    assert_eq!(status.location(Lang::En), "bad.csv, row 4, column “status”");
    let dup = &plan.errors().nth(4).unwrap();
    assert!(
        dup.message(Lang::En).contains("row 6"),
        "{}",
        dup.message(Lang::En)
    );
}

#[test]
fn a_missing_column_is_named_in_english_and_mongolian() {
    let text = "recommendation,assessor_kind,assessor,date\nc1-84.5,nhri,X,2024\n";
    let plan = plan_import(&base(), &[file("short.csv", text)]);
    assert_eq!(plan.files[0].kind, FileKind::Assessments);
    let e = errors(&plan);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].row, Some(1));
    assert!(matches!(e[0].kind, K::MissingColumn { .. }));
    let m = e[0].message(Lang::En);
    assert!(m.contains("“status”") && m.contains("“төлөв”"), "{m}");
    assert_eq!(plan.merged_json, None);
}

#[test]
fn a_missing_column_does_not_hide_the_problems_of_the_rows() {
    // No `date` column; the rows have their own problems: an unknown status, an unknown
    // recommendation, an empty assessor. One pass names them all, and the missing column once.
    let text = "recommendation,assessor_kind,assessor,status\n\
                c1-84.5,nhri,X,done\n\
                c1-99.9,nhri,X,fully\n\
                c1-84.7,nhri,,partially\n";
    let plan = plan_import(&base(), &[file("short.csv", text)]);
    let places = error_places(&plan);
    let kinds: Vec<(Option<usize>, Option<String>, &str)> = places
        .iter()
        .map(|(_, row, column, kind)| {
            let what = match kind {
                K::MissingColumn { .. } => "missing column",
                K::UnknownWord { .. } => "unknown word",
                K::UnknownRecommendation { .. } => "unknown recommendation",
                K::EmptyCell => "empty cell",
                _ => "other",
            };
            (*row, column.clone(), what)
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            (Some(1), None, "missing column"),
            (Some(2), Some("status".to_string()), "unknown word"),
            (
                Some(3),
                Some("recommendation".to_string()),
                "unknown recommendation"
            ),
            (Some(4), Some("assessor".to_string()), "empty cell"),
        ],
        "{:#?}",
        plan.problems
    );
    assert_eq!(plan.merged_json, None);
    assert!(plan.changes.is_empty(), "{:#?}", plan.changes);
}

#[test]
fn an_extra_column_is_ignored_with_a_warning() {
    let text = good_assessments_en().replace("region\r\n", "region,comment\r\n");
    let plan = plan_import(&base(), &[file("nhrc-2024.csv", &text)]);
    assert_nhrc_ratings(&plan);
    let w: Vec<&ImportProblem> = plan.warnings().collect();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].column.as_deref(), Some("comment"));
    assert!(matches!(w[0].kind, K::UnknownColumn { .. }));
}

#[test]
fn an_ambiguous_date_asks_for_year_month_day_and_an_excel_serial_is_a_day() {
    let text = |date: &str| {
        format!(
            "recommendation,assessor_kind,assessor,status,date\nc1-84.5,nhri,{NHRC},fully,{date}\n"
        )
    };
    let plan = plan_import(&base(), &[file("a.csv", &text("03/05/2024"))]);
    let e = errors(&plan);
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].row, e[0].column.as_deref()), (Some(2), Some("date")));
    assert_eq!(
        e[0].kind,
        K::AmbiguousDate {
            value: "03/05/2024".into(),
            month_first: "2024-03-05".into(),
            day_first: "2024-05-03".into()
        }
    );
    assert!(e[0].message(Lang::En).contains("2024-03-05"));

    let plan = plan_import(&base(), &[file("a.csv", &text("45356"))]);
    assert!(errors(&plan).is_empty(), "{:#?}", plan.problems);
    let ds = load_dataset(plan.merged_json.as_deref().unwrap())
        .unwrap()
        .dataset;
    let last = ds.assessments.last().unwrap();
    assert_eq!(last.date.to_string(), "2024-03-05");
    assert_eq!(ds.recommendations[last.recommendation].id, "c1-84.5");
}

#[test]
fn a_recommendations_csv_changes_one_and_adds_one() {
    let base = base();
    let ds = load_dataset(&base).unwrap().dataset;
    let same = &ds.recommendations[1];
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "cycle",
        "paragraph",
        "text",
        "states",
        "response",
        "themes",
    ])
    .unwrap();
    w.write_record([
        "c1-84.1",
        "1",
        "84.1",
        "Ratify, without delay, the International Convention for the Protection of All Persons from Enforced Disappearance",
        "France",
        "supported",
        "international-instruments; Torture, ill-treatment & detention",
    ])
    .unwrap();
    let same_themes: Vec<String> = same
        .themes
        .iter()
        .map(|&t| ds.themes[t].id.clone())
        .collect();
    w.write_record([
        same.id.as_str(),
        "1",
        same.paragraph.as_str(),
        same.text.as_str(),
        &same.states.join(";"),
        "Дэмжсэн",
        &same_themes.join(";"),
    ])
    .unwrap();
    w.write_record([
        "c1-86.12",
        "1",
        "86.12",
        "Consider abolishing the death penalty",
        "Norway; Sweden",
        "noted",
        "Цаазаар авах ял",
    ])
    .unwrap();
    let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let plan = plan_import(&base, &[file("recs.csv", &text)]);
    assert_eq!(plan.files[0].kind, FileKind::Recommendations);
    assert!(errors(&plan).is_empty(), "{:#?}", plan.problems);
    let r = plan.changes_of(Table::Recommendations).unwrap();
    assert_eq!((r.added, r.changed, r.unchanged), (1, 1, 1));
    assert_eq!(r.added_keys, vec!["c1-86.12"]);
    assert_eq!(r.changed_keys, vec!["c1-84.1"]);
    // Cycle 1 was complete with 129: the loader's count check is passed on as a warning.
    assert!(plan.warnings().any(|p| matches!(
        p.kind,
        K::Dataset {
            problem: Problem::CountMismatch { listed: 130, .. }
        }
    )));
    let merged = load_dataset(plan.merged_json.as_deref().unwrap())
        .unwrap()
        .dataset;
    let new = merged
        .recommendations
        .iter()
        .find(|r| r.id == "c1-86.12")
        .unwrap();
    assert_eq!(merged.documents[new.document].id, "A/HRC/16/5");
    assert_eq!(
        merged.documents[new.response_document.unwrap()].id,
        "A/HRC/16/5"
    );
    assert_eq!(new.states, vec!["Norway", "Sweden"]);
    assert_eq!(merged.themes[new.themes[0]].id, "death-penalty");
    assert_eq!(
        merged.recommendations[0].text.split(',').next(),
        Some("Ratify")
    );
    assert!(merged.recommendations[0].text.contains("without delay"));
}

#[test]
fn an_unknown_cycle_and_theme_are_errors() {
    let text = "id,cycle,paragraph,text,states,response,themes\n\
                c7-1.1,7,1.1,Text,France,supported,\n\
                c1-99.1,1,99.1,Text,France,maybe,astrology\n";
    let plan = plan_import(&base(), &[file("recs.csv", text)]);
    let kinds: Vec<(Option<usize>, Option<String>)> =
        plan.errors().map(|p| (p.row, p.column.clone())).collect();
    assert_eq!(
        kinds,
        vec![
            (Some(2), Some("cycle".into())),
            (Some(3), Some("response".into())),
            (Some(3), Some("themes".into())),
        ]
    );
    assert!(plan
        .errors()
        .next()
        .unwrap()
        .message(Lang::En)
        .contains("1, 2, 3, 4"));
}

#[test]
fn a_consultations_csv_adds_consultations() {
    let text = "id,kind,date,title_en,title_mn,host_region,regions,participants,themes,sources\n\
                2024-05-khovd,Бүсийн,14.05.2024,Regional consultation in Khovd,Ховд дахь бүсийн зөвлөлдөх уулзалт,Khovd,MN-043; Uvs,~60,Children's rights,nhrc-statement-2015\n\
                2024-06-training,training,2024-06,Training for NGOs,ТББ-уудад зориулсан сургалт,MN-1,,,,\n";
    let plan = plan_import(&base(), &[file("events.csv", text)]);
    assert_eq!(plan.files[0].kind, FileKind::Consultations);
    assert!(errors(&plan).is_empty(), "{:#?}", plan.problems);
    let c = plan.changes_of(Table::Consultations).unwrap();
    assert_eq!((c.added, c.changed), (2, 0));
    // The second row names no source: the file is recorded as its source, with a warning.
    let w: Vec<&ImportProblem> = plan.warnings().collect();
    assert_eq!(w.len(), 1, "{w:#?}");
    assert_eq!(
        (w[0].row, w[0].kind.clone()),
        (Some(3), K::NoSourceDocument)
    );
    assert_eq!(plan.changes_of(Table::Documents).unwrap().added, 1);
    let ds = load_dataset(plan.merged_json.as_deref().unwrap())
        .unwrap()
        .dataset;
    let k = ds
        .consultations
        .iter()
        .find(|c| c.id == "2024-05-khovd")
        .unwrap();
    assert_eq!(k.kind.word(), "regional");
    assert_eq!(k.when.to_string(), "2024-05-14");
    assert_eq!(ds.regions[k.host_region.unwrap()].code, "MN-043");
    assert_eq!(k.host_town.en, "Khovd");
    assert_eq!(k.host_town.mn.as_deref(), Some("Ховд"));
    let regions: Vec<&str> = k
        .regions
        .iter()
        .map(|&r| ds.regions[r].code.as_str())
        .collect();
    assert_eq!(regions, vec!["MN-043", "MN-046"]);
    let p = k.participants.as_ref().unwrap();
    assert_eq!((p.total, p.approximate), (Some(60), true));
    assert_eq!(ds.themes[k.themes[0]].id, "children");
    assert_eq!(ds.documents[k.sources[0]].id, "nhrc-statement-2015");
    let t = ds
        .consultations
        .iter()
        .find(|c| c.id == "2024-06-training")
        .unwrap();
    assert_eq!(ds.documents[t.sources[0]].title, "events.csv");
    assert_eq!(t.host_town.en, "Ulaanbaatar");
}

#[test]
fn a_consultations_csv_updates_an_existing_consultation_and_keeps_what_it_has_no_column_for() {
    let text = "id,kind,date,title_en\n\
                2018-regional-khovd,regional,2018-03/2018-04,Regional UPR consultation in Khovd (western aimags)\n";
    let plan = plan_import(&base(), &[file("events.csv", text)]);
    assert!(errors(&plan).is_empty(), "{:#?}", plan.problems);
    let c = plan.changes_of(Table::Consultations).unwrap();
    assert_eq!((c.added, c.changed), (0, 1));
    let ds = load_dataset(plan.merged_json.as_deref().unwrap())
        .unwrap()
        .dataset;
    let k = ds
        .consultations
        .iter()
        .find(|c| c.id == "2018-regional-khovd")
        .unwrap();
    assert!(k.title.en.ends_with("(western aimags)"));
    assert_eq!(
        k.title.mn.as_deref(),
        Some("Ховд дахь баруун бүсийн аймгуудын ээлжит дүгнэлтийн зөвлөлдөх уулзалт")
    );
    assert!(!k.organisers.is_empty());
}

#[test]
fn what_the_loader_says_about_an_imported_entry_is_told_at_its_row_and_column() {
    let text = "Дугаар;Төрөл;Огноо;Гарчиг англиар;Болсон бүс нутаг;Эх сурвалж\n\
                2024-07-orkhon;аймгийн;2024-07;Provincial meeting in Orkhon;Орхон;nhrc-statement-2015\n";
    let plan = plan_import(&base(), &[file("орхон.csv", text)]);
    assert!(!plan.has_errors(), "{:#?}", plan.problems);
    let w: Vec<&ImportProblem> = plan.warnings().collect();
    assert_eq!(w.len(), 1, "{w:#?}");
    assert_eq!(w[0].file, "орхон.csv");
    assert_eq!(w[0].row, Some(2));
    assert_eq!(w[0].column.as_deref(), Some("title_mn"));
    assert_eq!(
        w[0].kind,
        K::Dataset {
            problem: Problem::MissingTranslation
        }
    );
    assert!(w[0].message(Lang::Mn).contains("Монгол"));
}
