//! A file with thousands of problems: the report lists the first ones with their places, counts
//! every kind, and gives all of them as a CSV file; the check says what it is doing as it goes.

use upr_core::i18n::Lang;
use upr_core::import::{check_import_observed, ImportFile, PROBLEMS_SHOWN};

fn bundled() -> String {
    let path = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn assessments(n: usize) -> ImportFile {
    ImportFile {
        name: "ratings.csv".into(),
        bytes: upr_core::synthetic::assessments_with_problems(n).into_bytes(),
    }
}

#[test]
fn thousands_of_problems_are_counted_by_kind_listed_first_ones_and_all_downloadable() {
    let base = bundled();
    let mut stages = Vec::new();
    let (report, all) = check_import_observed(Lang::En, &base, &[assessments(20_000)], &mut |s| {
        stages.push(s)
    });
    assert_eq!(
        stages,
        [
            "Reading ratings.csv (file 1 of 1)…",
            "Checking 20000 rows…",
            "Checking the data as a whole…",
            "Writing the report…"
        ]
    );
    assert!(!report.ok());
    // Rows 2, 5, 8, … name an unknown recommendation (6,667 of them); rows 2, 9, 16, … have a bad
    // date (2,858), row 2 has both.
    assert_eq!(report.problem_count, 6_667 + 2_858);
    assert_eq!(report.error_count, report.problem_count);
    assert_eq!(report.problems.len(), PROBLEMS_SHOWN);
    assert_eq!(
        report.problems[0].place,
        "ratings.csv, row 2, column “recommendation”"
    );
    let counts: Vec<(usize, &str)> = report
        .groups
        .iter()
        .map(|g| (g.count, g.count_text.as_str()))
        .collect();
    assert_eq!(counts, [(6_667, "6667"), (2_858, "2858")]);
    assert!(
        report.groups[0].message.contains("c9-0"),
        "{:?}",
        report.groups[0]
    );
    assert_eq!(report.groups[1].place, "ratings.csv, row 2, column “date”");
    // Every problem, one per line after the header, with its row.
    let all = all.expect("the whole list");
    assert!(all.starts_with("\u{feff}file,row,column,severity,problem\n"));
    assert_eq!(all.lines().count(), 1 + report.problem_count);
    assert!(
        all.contains("\nratings.csv,20001,date,Error,"),
        "the last bad date: row 20001"
    );
}

#[test]
fn a_report_with_few_problems_lists_them_all_and_has_no_groups() {
    let base = bundled();
    let (report, all) = check_import_observed(Lang::Mn, &base, &[assessments(30)], &mut |_| {});
    assert_eq!(report.problem_count, report.problems.len());
    assert!(report.groups.is_empty());
    assert_eq!(all, None);
}
