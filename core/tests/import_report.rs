//! The import report in the reader's words, and the importer on any CSV-like text: no panic,
//! and its invariants hold.

use proptest::prelude::*;
use upr_core::import::{
    check_import, plan_import, CsvKind, ImportFile, ImportPlan, ImportReport, Table,
};
use upr_core::{load_dataset, t, Lang};
mod common;
use common::*;

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
