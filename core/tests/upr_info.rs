//! UPR Info's database export (a secondary source without paragraph numbers) checked against the
//! bundled dataset, on the real file of sessions 6–9 (`tests/fixtures/official-lists/`): Mac OS
//! Roman text, bare carriage returns, every State reviewed in those sessions.

use upr_core::i18n::Lang;
use upr_core::import::crosscheck::CrossCheck;
use upr_core::import::official::uprinfo as upr_info;
use upr_core::import::{
    check_import, plan_import, FileKind, ImportFile, ImportPlan, ImportProblemKind,
};

fn repo_file(path: &str) -> Vec<u8> {
    let path = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn bundled() -> String {
    String::from_utf8(repo_file("public/data/mongolia-upr.json")).unwrap()
}

fn sessions_6_to_9() -> ImportFile {
    ImportFile {
        name: "6-9.csv".into(),
        bytes: repo_file("tests/fixtures/official-lists/upr-info-2008-2014/6-9.csv"),
    }
}

fn plan_of(base: &str, file: ImportFile) -> ImportPlan {
    plan_import(base, &[file])
}

#[test]
fn mongolias_131_rows_match_the_129_bundled_recommendations_and_change_nothing() {
    let base = bundled();
    let plan = plan_of(&base, sessions_6_to_9());
    assert_eq!(plan.files[0].kind, FileKind::UprInfo);
    assert_eq!(plan.files[0].rows, 8343);
    let check = plan.files[0].crosscheck.clone().expect("a cross-check");
    assert_eq!(
        check,
        CrossCheck {
            state: "Mongolia".into(),
            state_mn: Some("Монгол Улс".into()),
            rows: 131,
            matched: 129,
            close: 2,
            unmatched: 0,
            pledges: 0,
            other_rows: 8343 - 131,
            other_states: 62,
        }
    );
    assert!(
        !plan.has_errors(),
        "{:?}",
        plan.errors().collect::<Vec<_>>()
    );
    // No new recommendation, no text replaced: the data is the bundled data, byte for byte.
    assert_eq!(plan.changes, []);
    assert_eq!(plan.merged_json.as_deref(), Some(base.as_str()));

    let kinds: Vec<&ImportProblemKind> = plan.problems.iter().map(|p| &p.kind).collect();
    assert_eq!(
        kinds,
        [
            &ImportProblemKind::LegacyEncoding {
                encoding: "macintosh".into()
            },
            &ImportProblemKind::OtherWording {
                id: "c1-84.44".into(),
                theirs: "…the antidiscriminatory legislative…".into(),
                ours: "…the anti-discriminatory legislative…".into(),
            },
            &ImportProblemKind::OtherWording {
                id: "c1-84.55".into(),
                theirs: "…of crimes of domestic and sexual violence".into(),
                ours: "…of such crimes".into(),
            },
        ]
    );
    // Each difference is said at its row of the file.
    let rows: Vec<Option<usize>> = plan.problems[1..].iter().map(|p| p.row).collect();
    assert!(rows.iter().all(|r| r.is_some_and(|r| r > 1)), "{rows:?}");
}

#[test]
fn the_report_says_what_matched_and_what_was_left_out_in_both_languages() {
    let base = bundled();
    let en = check_import(Lang::En, &base, &[sessions_6_to_9()]);
    assert_eq!(en.files[0].kind, "UPR Info database export (CSV)");
    assert_eq!(
        en.files[0].note,
        "Mongolia: 131 rows match 129 recommendations here (2 only in other words), 0 match none. \
         It changes nothing: the UN documents' texts and positions stay. \
         8212 rows about 62 other States were left out."
    );
    assert!(en.problems[0]
        .message
        .starts_with("This file is not UTF-8: it was read as macintosh."));
    assert_eq!(
        en.problems[1].message,
        "This row is recommendation c1-84.44 in other words; the UN document's text stays. This \
         file: “…the antidiscriminatory legislative…” — the UN document: “…the anti-discriminatory \
         legislative…”."
    );
    assert!(en.problems.iter().all(|p| !p.error));
    // Nothing to confirm: the export changes nothing.
    assert!(en.ok() && !en.can_apply());
    let mn = check_import(Lang::Mn, &base, &[sessions_6_to_9()]);
    assert!(
        mn.files[0]
            .note
            .starts_with("Монгол Улс: 131 мөр энд буй 129 зөвлөмжтэй"),
        "{}",
        mn.files[0].note
    );
    assert!(mn.files[0]
        .note
        .ends_with("Бусад 62 улсын тухай 8212 мөрийг орхив."));
}

#[test]
fn every_state_the_six_files_name_is_one_of_the_uns() {
    let dir = "tests/fixtures/official-lists/upr-info-2008-2014";
    let mut unknown = std::collections::BTreeSet::new();
    let mut rows = 0;
    for name in ["1-5", "6-9", "10-13", "14-17", "17-20", "voluntary"] {
        let file = upr_info::read(&repo_file(&format!("{dir}/{name}.csv")));
        assert_eq!(file.syntax_error, None, "{name}");
        rows += file.rows.len();
        for r in &file.rows {
            for state in [&r.to, &r.from] {
                if upr_core::states::by_name(state).is_none() {
                    unknown.insert(state.clone());
                }
            }
        }
    }
    assert_eq!(rows, 42_013);
    // The export's own word for a recommending State it did not know.
    assert_eq!(
        unknown,
        std::collections::BTreeSet::from(["(Unknown)".to_string()])
    );
}

/// A small export in UTF-8 about Mongolia and two other States, written by the test.
fn made_up(rows: &[&str]) -> ImportFile {
    let mut text = String::from(
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n",
    );
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    ImportFile {
        name: "export.csv".into(),
        bytes: text.into_bytes(),
    }
}

#[test]
fn a_row_that_matches_nothing_or_gives_another_position_is_said_at_its_row() {
    let base = bundled();
    let file = made_up(&[
        // 84.1, word for word, but noted here: the dataset's "supported" stays.
        "Mongolia,Asia,,\"Ratify, at the earliest possible date, the International Convention for the Protection of All Persons from Enforced Disappearance\",France,WEOG,,Noted,5,,9",
        // By a State that did not make it: not matched.
        "Mongolia,Asia,,Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights,Chile,GRULAC,,Accepted,5,,9",
        "Mongolia,Asia,,We pledge to do better,Mongolia,Asia,,Voluntary Pledge,,,9",
        "Chad,Africa,,Abolish the death penalty,France,WEOG,,Accepted,5,,5",
        "Peru,GRULAC,,Abolish the death penalty,France,WEOG,,Accepted,5,,2",
    ]);
    let plan = plan_of(&base, file);
    let check = plan.files[0].crosscheck.clone().unwrap();
    assert_eq!(
        (
            check.rows,
            check.matched,
            check.close,
            check.unmatched,
            check.pledges
        ),
        (2, 1, 0, 1, 1)
    );
    assert_eq!((check.other_rows, check.other_states), (2, 2));
    let found: Vec<(Option<usize>, &ImportProblemKind)> =
        plan.problems.iter().map(|p| (p.row, &p.kind)).collect();
    assert_eq!(
        found,
        [
            (
                Some(2),
                &ImportProblemKind::OtherPosition {
                    id: "c1-84.1".into(),
                    theirs: "Noted".into(),
                    ours: upr_core::model::Response::Supported,
                }
            ),
            (
                Some(3),
                &ImportProblemKind::Unmatched {
                    cycle: Some(1),
                    state: "Chile".into(),
                    text: "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights".into(),
                }
            ),
        ]
    );
    assert_eq!(plan.changes, []);
    let en = check_import(
        Lang::En,
        &base,
        &[made_up(&[
            "Mongolia,Asia,,Do something new,France,WEOG,,Accepted,5,,22",
        ])],
    );
    assert_eq!(
        en.problems[0].message,
        "No recommendation of cycle 2 by France here has this text or one close to it, so the row \
         is not added: “Do something new”."
    );
    assert_eq!(en.problems[0].place, "export.csv, row 2");
}

/// An export whose last row opens a quotation mark and never closes it.
fn broken_copy() -> ImportFile {
    let mut broken = made_up(&["Mongolia,Asia,,\"Ratify, at the earliest possible date, the International Convention for the Protection of All Persons from Enforced Disappearance\",France,WEOG,,Accepted,5,,9"]);
    broken
        .bytes
        .extend_from_slice(b"Mongolia,Asia,,\"Ratify,France\n");
    broken
}

#[test]
fn a_broken_or_empty_export_is_refused_with_its_place() {
    let base = bundled();
    let empty = made_up(&[]);
    let plan = plan_of(&base, empty);
    assert_eq!(
        plan.errors().map(|p| &p.kind).collect::<Vec<_>>(),
        [&ImportProblemKind::NoRows]
    );
    let broken = broken_copy();
    let plan = plan_of(&base, broken);
    let short: Vec<_> = plan.problems.iter().map(|p| (p.row, &p.kind)).collect();
    assert_eq!(
        short,
        [(
            Some(3),
            &ImportProblemKind::ShortRow {
                cells: 4,
                columns: 11
            }
        )]
    );
    let en = check_import(Lang::En, &base, &[broken_copy()]);
    assert_eq!(en.problems[0].place, "export.csv, row 3");
    assert_eq!(
        en.problems[0].message,
        "This row has 4 of the 11 columns: the file is cut short, or a quotation mark is not \
         closed. The row is left out."
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]
    /// Random bytes after the header, and cut or mutated copies of the real file, never make the
    /// reader panic; what it reads is rows of the file.
    #[test]
    fn the_reader_takes_any_bytes(tail in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000), cut in 0usize..200_000, flip in 0usize..200_000, byte in proptest::prelude::any::<u8>()) {
        let mut bytes = b"To,To-Rgrp,To-Org,Text,From\r".to_vec();
        bytes.extend_from_slice(&tail);
        let file = upr_info::read(&bytes);
        proptest::prop_assert!(file.rows.iter().all(|r| r.row >= 2));
        let mut real = repo_file("tests/fixtures/official-lists/upr-info-2008-2014/6-9.csv");
        real.truncate(cut.max(100));
        let at = flip % real.len();
        real[at] = byte;
        let file = upr_info::read(&real);
        proptest::prop_assert!(file.rows.len() <= 8343);
        let _ = plan_import("{}", &[ImportFile { name: "x.csv".into(), bytes: real }]);
    }
}
