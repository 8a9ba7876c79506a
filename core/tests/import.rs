//! The importer against the real dataset: CSV templates in English and Mongolian, every problem
//! with its file, row and column, whole-dataset JSON, encodings, dates, and no panic on any bytes.

use proptest::prelude::*;
use upr_core::i18n::{message_ids, sources};
use upr_core::import::{
    check_import, dataset_id, plan_import, template_csv, CsvKind, FileKind, ImportFile, ImportPlan,
    ImportProblem, ImportProblemKind as K, ImportReport, Table, WordList,
};
use upr_core::issue::{Problem, Severity};
use upr_core::model::{AssessorKind, Status};
use upr_core::{load_dataset, t, Lang};

fn base() -> String {
    let path = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn file(name: &str, text: &str) -> ImportFile {
    ImportFile {
        name: name.to_string(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn with_bom(text: &str) -> String {
    format!("\u{feff}{text}")
}

fn errors(plan: &ImportPlan) -> Vec<&ImportProblem> {
    plan.errors().collect()
}

/// `(file, row, column, kind)` of every error.
fn error_places(plan: &ImportPlan) -> Vec<(String, Option<usize>, Option<String>, K)> {
    plan.errors()
        .map(|p| (p.file.clone(), p.row, p.column.clone(), p.kind.clone()))
        .collect()
}

const NHRC: &str = "NHRC mid-term assessment 2024";

fn good_assessments_en() -> String {
    with_bom(&format!(
        "recommendation,assessor_kind,assessor,status,date,evidence,citation,region\r\n\
         c1-84.5,nhri,{NHRC},fully,2024-03-05,\"The law was adopted, in full.\",p. 12,\r\n\
         c1-84.7,NHRI,{NHRC},partially implemented,2024-03-05,,p. 13,MN-035\r\n\
         84.9,National Human Rights Commission,{NHRC},Not implemented,2024-03-05,Nothing yet,p. 14,Orkhon\r\n"
    ))
}

fn good_assessments_mn() -> String {
    // Mongolian headers, `;`, other column order, Mongolian words, day-first dates.
    format!(
        "Төлөв;Огноо;Зөвлөмж;Үнэлэгчийн төрөл;Үнэлэгч;Бүс нутаг;Эшлэл;Нотолгоо\n\
         бүрэн;05.03.2024;c1-84.5;ХЭҮК;{NHRC};;p. 12;\"The law was adopted, in full.\"\n\
         Хэсэгчлэн хэрэгжсэн;05.03.2024;c1-84.7;хүний эрхийн үндэсний комисс;{NHRC};Орхон;p. 13;\n\
         хэрэгжээгүй;05.03.2024;84.9;ххүк;{NHRC};MN-035;p. 14;Nothing yet\n"
    )
}

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

const HEADERS: &[&str] = &[
    "id",
    "cycle",
    "paragraph",
    "text",
    "states",
    "response",
    "themes",
    "document",
    "recommendation",
    "assessor_kind",
    "assessor",
    "status",
    "date",
    "evidence",
    "region",
    "kind",
    "title_en",
    "title_mn",
    "host_region",
    "regions",
    "participants",
    "sources",
    "төлөв",
    "огноо",
    "зөвлөмж",
    "үнэлэгч",
    "үнэлэгчийн төрөл",
    "unknown",
    "",
];

const CELLS: &[&str] = &[
    "",
    "c1-84.5",
    "84.5",
    "1",
    "7",
    "fully",
    "бүрэн",
    "nhri",
    "regional",
    "supported",
    "2024-03-05",
    "03/05/2024",
    "45356",
    "2024-02-30",
    "MN-1",
    "Orkhon",
    "death-penalty",
    "A/HRC/16/5",
    "~60",
    "x;y",
    "\"quoted, cell\"",
    "\"",
    "\u{feff}",
    "é",
    "\r",
];

fn csvish() -> impl Strategy<Value = String> {
    let sep = prop::sample::select(vec![",", ";", "\t"]);
    let header = prop::collection::vec(prop::sample::select(HEADERS.to_vec()), 0..9);
    let rows = prop::collection::vec(
        prop::collection::vec(prop::sample::select(CELLS.to_vec()), 0..10),
        0..5,
    );
    (sep, header, rows).prop_map(|(sep, header, rows)| {
        let mut text = header.join(sep);
        for row in rows {
            text.push('\n');
            text.push_str(&row.join(sep));
        }
        text
    })
}

fn check_invariants(base: &str, plan: &ImportPlan, files: usize) {
    assert_eq!(plan.files.len(), files);
    assert_eq!(plan.merged_json.is_some(), plan.dataset_id.is_some());
    if let Some(merged) = &plan.merged_json {
        assert!(!plan.has_errors());
        assert!(load_dataset(merged).is_ok());
        if plan.changes.is_empty() {
            assert_eq!(merged, base);
        }
    }
    for p in &plan.problems {
        let _ = p.message(Lang::Mn);
        let _ = p.location(Lang::En);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_are_planned_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let base = base();
        let plan = plan_import(&base, &[ImportFile { name: "x".into(), bytes: bytes.clone() }]);
        check_invariants(&base, &plan, 1);
        let mut marked = vec![0xFF, 0xFE];
        marked.extend(bytes);
        let plan = plan_import(&base, &[ImportFile { name: "y".into(), bytes: marked }]);
        check_invariants(&base, &plan, 1);
    }

    #[test]
    fn csv_built_from_template_headers_is_planned_without_panicking(a in csvish(), b in csvish()) {
        let base = base();
        let plan = plan_import(&base, &[file("a.csv", &a), file("b.csv", &b)]);
        check_invariants(&base, &plan, 2);
    }
}

/// What the import worker sends the app: the plan in the reader's words, whole through JSON.
fn report_round_trip(report: &ImportReport) {
    let text = serde_json::to_string(report).expect("a report serialises");
    let back: ImportReport = serde_json::from_str(&text).expect("and reads back");
    assert_eq!(&back, report);
}

#[test]
fn a_good_import_reads_as_ready_in_mongolian_with_its_file_and_changes() {
    let files = [file("үнэлгээ.csv", &good_assessments_mn())];
    let plan = plan_import(&base(), &files);
    let report = check_import(Lang::Mn, &base(), &files);
    report_round_trip(&report);
    assert!(report.ok());
    assert_eq!(report.summary, t(Lang::Mn, "import-ready"));
    assert_eq!(report.merged_json, plan.merged_json);
    assert_eq!(report.dataset_id, plan.dataset_id);
    assert_eq!(report.files.len(), 1);
    assert_eq!(report.files[0].name, "үнэлгээ.csv");
    assert_eq!(report.files[0].kind, CsvKind::Assessments.name(Lang::Mn));
    assert_eq!(report.files[0].rows, 3);
    assert!(
        report.files[0].rows_text.contains('3'),
        "{:?}",
        report.files[0]
    );
    assert!(
        report.problems.iter().all(|p| !p.error),
        "{:?}",
        report.problems
    );
    assert_eq!(report.changes.len(), plan.changes.len());
    assert!(!report.changes.is_empty());
    let assessments = plan
        .changes_of(Table::Assessments)
        .expect("assessments change");
    let line = report
        .changes
        .iter()
        .find(|c| c.table == Table::Assessments.name(Lang::Mn))
        .expect("the assessments line");
    assert!(
        line.counts.contains(&assessments.added.to_string()),
        "{line:?}"
    );
}

#[test]
fn a_blocked_import_counts_its_errors_and_gives_each_its_place() {
    let text = "recommendation,assessor_kind,assessor,status,date,region\n\
                c9-1.1,nhri,X,fully,2024-03-05,\n\
                c1-84.7,nhri,X,mostly,2024-03-05,\n";
    let files = [file("bad.csv", text)];
    let plan = plan_import(&base(), &files);
    let report = check_import(Lang::En, &base(), &files);
    report_round_trip(&report);
    assert!(!report.ok());
    assert_eq!(report.dataset_id, None);
    let errors = plan.errors().count();
    assert_eq!(errors, 2);
    assert_eq!(
        report.summary,
        "2 errors must be corrected before the data can be imported."
    );
    assert_eq!(report.problems.len(), plan.problems.len());
    for (line, problem) in report.problems.iter().zip(&plan.problems) {
        assert_eq!(line.error, problem.is_error());
        assert_eq!(line.place, problem.location(Lang::En));
        assert_eq!(line.message, problem.message(Lang::En));
        assert_eq!(
            line.severity,
            t(
                Lang::En,
                if line.error {
                    "import-error"
                } else {
                    "import-warning"
                }
            )
        );
    }
    assert!(report.problems[0].place.contains("bad.csv") && report.problems[0].place.contains('2'));
    assert!(
        report.problems[0].message.contains("c9-1.1"),
        "{:?}",
        report.problems[0]
    );
}
