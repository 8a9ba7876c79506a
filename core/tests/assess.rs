//! Ratings recorded in the app: the log of changes (add, edit, withdraw, undo), two tabs' logs
//! merged, the entries applied to the data and imported back through the assessments template.

mod common;

use common::{base, file};
use upr_core::assess::compare;
use upr_core::assess::session::{change_for_key, own_entry, Key, Ratings};
use upr_core::assess::share::{csv, snapshot, unshared};
use upr_core::assess::{
    apply, check_entry, dataset_id, Act, Assessor, Change, Entry, EntryProblem, HistoryKind, Log,
    LogIssue,
};
use upr_core::date::PartialDate;
use upr_core::import::plan_import;
use upr_core::model::{AssessorKind, Status};
use upr_core::{load_dataset, Lang, Loaded};

fn bundled() -> Loaded {
    load_dataset(&base()).expect("the bundled dataset loads")
}

fn nhrc() -> Assessor {
    Assessor::new("NHRC of Mongolia", AssessorKind::Nhri)
}

fn entry(rec: &str, status: &str, date: &str) -> Entry {
    Entry {
        recommendation: rec.to_string(),
        assessor: nhrc(),
        status: status.to_string(),
        date: date.to_string(),
        evidence: format!("Evidence for {rec}, \"quoted\"; with a comma"),
        citation: "https://example.org/report#p12".to_string(),
        region: None,
        note: String::new(),
    }
}

/// A change at second `n` of a day.
fn change(n: u32, entry_id: &str, act: Act) -> Change {
    Change {
        id: format!("x{n:03}"),
        at: format!("2026-12-07T10:00:{n:02}.000Z"),
        entry: entry_id.to_string(),
        act,
    }
}

fn put(n: u32, entry_id: &str, e: Entry) -> Change {
    change(n, entry_id, Act::Put { entry: e })
}

fn index_of(loaded: &Loaded, id: &str) -> usize {
    loaded
        .dataset
        .recommendations
        .iter()
        .position(|r| r.id == id)
        .unwrap_or_else(|| panic!("{id} is in the data"))
}

/// The latest status of `rec` by the source titled `title`.
fn status_by(loaded: &Loaded, rec: &str, title: &str) -> Option<Status> {
    let ds = &loaded.dataset;
    let i = index_of(loaded, rec);
    loaded.prepared.assessments[i]
        .iter()
        .map(|&a| &ds.assessments[a])
        .filter(|a| ds.sources[a.source].title.en == title)
        .max_by_key(|a| a.date)
        .map(|a| a.status)
}

#[test]
fn an_added_rating_is_an_assessment_of_the_data_by_a_new_source_named_after_its_assessor() {
    let data = bundled();
    let log = Log::new(vec![put(
        1,
        "x001",
        entry("c1-84.5", "fully", "2026-12-07"),
    )]);
    let applied = apply(&data, &log.entries());
    assert!(applied.issues.is_empty(), "{:?}", applied.issues);
    assert_eq!(applied.applied, 1);
    let ds = &applied.loaded.dataset;
    assert_eq!(ds.assessments.len(), data.dataset.assessments.len() + 1);
    let source = ds.sources.last().unwrap();
    assert_eq!(source.title.en, "NHRC of Mongolia");
    assert_eq!(source.kind, AssessorKind::Nhri);
    assert_eq!(source.id, "import-nhrc-of-mongolia");
    assert_eq!(ds.documents[source.document].id, source.id);
    let i = index_of(&data, "c1-84.5");
    assert_eq!(
        applied.loaded.prepared.latest.latest[i],
        Some(Status::Fully)
    );
    assert_eq!(
        applied.loaded.prepared.latest.of(i, AssessorKind::Nhri),
        Some(Status::Fully)
    );
    // The data it was applied to is as it was.
    assert_eq!(data.dataset.assessments.len(), 19);
}

#[test]
fn a_rating_by_one_of_the_datas_assessors_is_theirs_and_no_new_source_is_made() {
    let data = bundled();
    let gov = &data.dataset.sources[0];
    let mut e = entry("c1-84.5", "partially", "2026-12-07");
    e.assessor = Assessor::of_source(gov);
    let applied = apply(&data, &Log::new(vec![put(1, "x001", e)]).entries());
    assert_eq!(
        applied.loaded.dataset.sources.len(),
        data.dataset.sources.len()
    );
    assert_eq!(
        status_by(&applied.loaded, "c1-84.5", &gov.title.en),
        Some(Status::Partially)
    );
}

#[test]
fn an_edit_replaces_the_entry_and_a_withdrawal_takes_it_out() {
    let data = bundled();
    let mut edited = entry("c1-84.5", "partially", "2026-12-07");
    edited.evidence = "A better reason".into();
    let mut log = Log::new(vec![
        put(1, "x001", entry("c1-84.5", "fully", "2026-12-07")),
        put(2, "x002", entry("c1-84.7", "not", "2026-12-07")),
        put(3, "x001", edited.clone()),
    ]);
    let entries = log.entries();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].id, "x001");
    assert_eq!(entries[0].entry, edited);
    let applied = apply(&data, &entries);
    assert_eq!(applied.applied, 2);
    assert_eq!(
        status_by(&applied.loaded, "c1-84.5", "NHRC of Mongolia"),
        Some(Status::Partially)
    );

    log.insert(change(4, "x001", Act::Withdraw));
    let entries = log.entries();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].entry.recommendation, "c1-84.7");
    let applied = apply(&data, &entries);
    assert_eq!(
        status_by(&applied.loaded, "c1-84.5", "NHRC of Mongolia"),
        None
    );
    assert_eq!(
        applied.loaded.dataset.assessments.len(),
        data.dataset.assessments.len() + 1
    );
}

#[test]
fn undo_takes_back_the_last_change_then_the_one_before() {
    let mut log = Log::new(vec![
        put(1, "x001", entry("c1-84.5", "fully", "2026-12-07")),
        put(2, "x001", entry("c1-84.5", "not", "2026-12-07")),
        change(3, "x001", Act::Withdraw),
    ]);
    assert!(log.entries().is_empty());
    // Undo the withdrawal: the edited entry is back.
    let last = log.undoable().unwrap().id.clone();
    assert_eq!(last, "x003");
    log.insert(change(4, "x001", Act::Undo { change: last }));
    assert_eq!(log.entries()[0].entry.status, "not");
    // Undo the edit: the first version is back.
    let last = log.undoable().unwrap().id.clone();
    assert_eq!(last, "x002");
    log.insert(change(5, "x001", Act::Undo { change: last }));
    assert_eq!(log.entries()[0].entry.status, "fully");
    // Undo the addition: nothing is left, and nothing more to undo.
    let last = log.undoable().unwrap().id.clone();
    log.insert(change(6, "x001", Act::Undo { change: last }));
    assert!(log.entries().is_empty());
    assert_eq!(log.undoable(), None);
    // Every change is kept, with its time and assessor.
    let history = log.history("c1-84.5");
    let kinds: Vec<(HistoryKind, bool)> = history.iter().map(|h| (h.kind, h.undone)).collect();
    assert_eq!(
        kinds,
        vec![
            (HistoryKind::Added, true),
            (HistoryKind::Edited, true),
            (HistoryKind::Withdrawn, true),
            (HistoryKind::Undid, false),
            (HistoryKind::Undid, false),
            (HistoryKind::Undid, false),
        ]
    );
    assert_eq!(history[3].undoes, Some(HistoryKind::Withdrawn));
    assert_eq!(history[4].undoes, Some(HistoryKind::Edited));
    assert_eq!(history[4].status.as_deref(), Some("not"));
    assert!(history.iter().all(|h| h.assessor == nhrc()));
    assert_eq!(history[0].at, "2026-12-07T10:00:01.000Z");
    assert!(log.history("c1-84.7").is_empty());
}

#[test]
fn two_tabs_logs_merged_in_any_order_give_the_same_entries_and_a_record_twice_counts_once() {
    let a = vec![
        put(1, "x001", entry("c1-84.5", "fully", "2026-12-07")),
        put(4, "x001", entry("c1-84.5", "partially", "2026-12-07")),
    ];
    let b = vec![
        put(2, "x002", entry("c1-84.7", "not", "2026-12-07")),
        change(3, "x001", Act::Withdraw),
    ];
    let mut one = Log::new(a.clone());
    let mut other = Log::new(b.clone());
    for c in b.iter().cloned() {
        assert!(one.insert(c));
    }
    for c in a.iter().rev().cloned() {
        other.insert(c);
    }
    assert!(!one.insert(a[0].clone()), "a record already kept");
    assert_eq!(one, other);
    // The edit made after the withdrawal (in time) brings the entry back with its new status.
    let entries = one.entries();
    let statuses: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.entry.recommendation.as_str(), e.entry.status.as_str()))
        .collect();
    assert_eq!(statuses, vec![("c1-84.5", "partially"), ("c1-84.7", "not")]);
}

#[test]
fn the_entries_round_trip_through_the_assessments_template_to_the_same_statuses() {
    let data = bundled();
    let mut regional = entry("c1-84.7", "partially", "2026-11-30");
    regional.region = Some("MN-035".into());
    regional.note = "Agreed at the Orkhon meeting: «partly».".into();
    let mut gov = entry("c1-84.9", "not", "2026-12-01");
    gov.assessor = Assessor::of_source(&data.dataset.sources[1]);
    let log = Log::new(vec![
        put(1, "x001", entry("c1-84.5", "fully", "2026-12-07")),
        put(2, "x002", regional),
        put(3, "x003", gov),
        put(4, "x004", entry("c1-84.20", "not", "2026")),
    ]);
    let entries = log.entries();
    let applied = apply(&data, &entries);
    assert!(applied.issues.is_empty(), "{:?}", applied.issues);
    for lang in Lang::ALL {
        let text = csv(&entries, lang);
        assert!(text.starts_with('\u{feff}'));
        let plan = plan_import(&base(), &[file("ratings.csv", &text)]);
        assert!(!plan.has_errors(), "{lang:?}: {:#?}", plan.problems);
        let imported = load_dataset(plan.merged_json.as_deref().unwrap()).unwrap();
        // The same assessments, source for source.
        let ours = &applied.loaded.dataset;
        let theirs = &imported.dataset;
        assert_eq!(theirs.assessments.len(), ours.assessments.len());
        for (a, b) in ours.assessments.iter().zip(&theirs.assessments) {
            assert_eq!(
                (a.recommendation, a.status, a.date, a.region),
                (b.recommendation, b.status, b.date, b.region)
            );
            assert_eq!((&a.evidence, &a.citation), (&b.evidence, &b.citation));
            assert_eq!(a.note, b.note);
            let (sa, sb) = (&ours.sources[a.source], &theirs.sources[b.source]);
            assert_eq!((&sa.id, sa.kind, &sa.title), (&sb.id, sb.kind, &sb.title));
        }
        assert_eq!(imported.prepared.latest, applied.loaded.prepared.latest);
        // The log applied again over the imported data changes nothing: its entries are there.
        let again = apply(&imported, &entries);
        assert_eq!(again.loaded.dataset, imported.dataset);
    }
}

#[test]
fn a_kept_rating_of_a_recommendation_the_data_lacks_is_reported_not_dropped() {
    let data = bundled();
    let log = Log::new(vec![
        put(1, "x001", entry("c9-1.1", "fully", "2026-12-07")),
        put(2, "x002", entry("c1-84.5", "fully", "2026-12-07")),
    ]);
    let entries = log.entries();
    let applied = apply(&data, &entries);
    assert_eq!(applied.applied, 1);
    assert_eq!(
        applied.issues,
        vec![LogIssue::UnknownRecommendation {
            recommendation: "c9-1.1".into()
        }]
    );
    assert!(applied.issues[0].message(Lang::En).contains("c9-1.1"));
    assert!(applied.issues[0].message(Lang::Mn).contains("c9-1.1"));
    assert_eq!(entries.len(), 2, "the entry stays in the log");
    assert!(
        csv(&entries, Lang::En).contains("c9-1.1"),
        "and in the file"
    );
    let mut bad_kind = entry("c1-84.5", "fully", "2026-12-07");
    bad_kind.assessor.kind = "ministry".into();
    let applied = apply(&data, &Log::new(vec![put(1, "x001", bad_kind)]).entries());
    assert!(matches!(
        applied.issues[..],
        [LogIssue::UnknownAssessorKind { .. }]
    ));
}

#[test]
fn a_date_in_the_future_or_before_the_review_is_refused_with_the_reason() {
    let data = bundled();
    let today = PartialDate::parse("2026-12-07").unwrap();
    assert_eq!(
        check_entry(
            &data.dataset,
            &entry("c1-84.5", "fully", "2026-12-07"),
            today
        ),
        vec![]
    );
    let future = check_entry(
        &data.dataset,
        &entry("c1-84.5", "fully", "2026-12-08"),
        today,
    );
    assert_eq!(future, vec![EntryProblem::Future { today }]);
    assert_eq!(future[0].field(), "date");
    assert!(future[0].message(Lang::En).contains("7 December 2026"));
    // Cycle 1 was reviewed on 2 November 2010.
    let early = check_entry(
        &data.dataset,
        &entry("c1-84.5", "fully", "2010-10-31"),
        today,
    );
    assert!(matches!(early[..], [EntryProblem::BeforeReview { .. }]));
    assert!(!early[0].message(Lang::Mn).is_empty());
    // A month is not refused when the review falls within it.
    assert_eq!(
        check_entry(&data.dataset, &entry("c1-84.5", "fully", "2010-11"), today),
        vec![]
    );
    let mut empty = entry("c0-1", "", "07.12.2026");
    empty.assessor.name = " ".into();
    let fields: Vec<&str> = check_entry(&data.dataset, &empty, today)
        .iter()
        .map(|p| p.field())
        .collect();
    assert_eq!(fields, vec!["assessor", "status", "date", "recommendation"]);
}

#[test]
fn the_changes_not_yet_shared_are_counted_from_the_last_download() {
    let mut log = Log::new(vec![
        put(1, "x001", entry("c1-84.5", "fully", "2026-12-07")),
        put(2, "x002", entry("c1-84.7", "not", "2026-12-07")),
    ]);
    assert_eq!(unshared(&log.entries(), &Default::default()), 2);
    let shared = snapshot(&log.entries());
    assert_eq!(unshared(&log.entries(), &shared), 0);
    log.insert(put(3, "x001", entry("c1-84.5", "partially", "2026-12-07")));
    log.insert(change(4, "x002", Act::Withdraw));
    log.insert(put(5, "x005", entry("c1-84.9", "not", "2026-12-07")));
    assert_eq!(unshared(&log.entries(), &shared), 3);
}

#[test]
fn a_link_made_on_the_data_with_ratings_names_other_data_than_without() {
    let log = Log::new(vec![put(
        1,
        "x001",
        entry("c1-84.5", "fully", "2026-12-07"),
    )]);
    let with = dataset_id(None, &log.entries());
    assert_eq!(with.len(), 8);
    assert_ne!(with, dataset_id(None, &[]));
    assert_ne!(with, dataset_id(Some("3f9a0c1e"), &log.entries()));
    assert_eq!(with, dataset_id(None, &log.entries()));
}

#[test]
fn a_rating_session_counts_what_its_assessor_has_rated_in_the_list() {
    let data = bundled();
    let rows: Vec<usize> = (0..10).collect();
    let me = nhrc();
    let log = Log::new(vec![
        put(
            1,
            "x001",
            entry(&data.dataset.recommendations[2].id, "fully", "2026-12-07"),
        ),
        put(
            2,
            "x002",
            entry(&data.dataset.recommendations[40].id, "not", "2026-12-07"),
        ),
    ]);
    let mut r = Ratings::new(&data, &rows, &me, &log.entries());
    assert_eq!((r.rated(), r.total()), (1, 10));
    assert_eq!(r.status(2), Some(Status::Fully));
    assert_eq!(r.next_unrated(1), Some(3));
    let day = PartialDate::parse("2026-12-07");
    r.set_own(5, day.map(|d| (d, Status::Partially)));
    assert_eq!(r.rated(), 2);
    r.set_own(2, None);
    assert_eq!((r.rated(), r.status(2)), (1, None));
    // Another assessor's list: the government's statements rate some of the first cycle.
    let gov = Assessor::of_source(&data.dataset.sources[0]);
    let all: Vec<usize> = (0..data.dataset.recommendations.len()).collect();
    let theirs = Ratings::new(&data, &all, &gov, &[]);
    let expected = data
        .dataset
        .assessments
        .iter()
        .filter(|a| a.source == 0)
        .map(|a| a.recommendation)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    assert!(expected > 0);
    assert_eq!(theirs.rated(), expected);
    // What a key edits: the assessor's own latest entry for the whole country.
    let entries = log.entries();
    let own = own_entry(&entries, &data.dataset.recommendations[2].id, &me).unwrap();
    assert_eq!(own.id, "x001");
    assert!(own_entry(&entries, &data.dataset.recommendations[2].id, &gov).is_none());
}

#[test]
fn the_session_keys_are_one_two_three_zero_e_and_the_arrows() {
    assert_eq!(Key::of("1"), Some(Key::Rate(Some(Status::Fully))));
    assert_eq!(Key::of("2"), Some(Key::Rate(Some(Status::Partially))));
    assert_eq!(Key::of("3"), Some(Key::Rate(Some(Status::Not))));
    assert_eq!(Key::of("0"), Some(Key::Rate(None)));
    assert_eq!(Key::of("E"), Some(Key::Evidence));
    assert_eq!(
        Key::of("у"),
        Some(Key::Evidence),
        "E on a Mongolian keyboard"
    );
    assert_eq!(Key::of("ArrowRight"), Some(Key::Next));
    assert_eq!(Key::of("ArrowLeft"), Some(Key::Previous));
    assert_eq!(Key::of("4"), None);
}

#[test]
fn the_validation_view_lists_disagreements_first_and_an_agreed_status_settles_one() {
    let data = bundled();
    let gov = Assessor::of_source(&data.dataset.sources[0]);
    let rated = data.dataset.assessments[0].recommendation;
    let rec = data.dataset.recommendations[rated].id.clone();
    let gov_status = data.dataset.assessments[0].status;
    let other = Status::ALL.into_iter().find(|&s| s != gov_status).unwrap();
    let meeting = Assessor::new("Validation meeting, Khovd", AssessorKind::Other);
    let mut agreed = entry(&rec, gov_status.word(), "2026-12-07");
    agreed.assessor = meeting.clone();
    agreed.note = "Agreed after the ministry's evidence".into();
    let mut log = Log::new(vec![put(
        1,
        "x001",
        entry(&rec, other.word(), "2026-12-06"),
    )]);
    let list: Vec<usize> = (0..data.dataset.recommendations.len()).collect();
    let applied = apply(&data, &log.entries());
    let rows = compare::rows(&applied.loaded, &list, Some(&meeting));
    assert_eq!(rows[0].row, rated, "the disagreement comes first");
    assert!(rows[0].open());
    assert_eq!(rows[0].voices.len(), 2);
    assert!(!rows[1].disagree);
    let _ = gov;
    log.insert(put(2, "x002", agreed));
    let applied = apply(&data, &log.entries());
    let rows = compare::rows(&applied.loaded, &list, Some(&meeting));
    let row = rows.iter().find(|r| r.row == rated).unwrap();
    assert!(row.disagree);
    assert_eq!(row.agreed, Some(gov_status));
    assert!(!row.open());
    assert_ne!(rows[0].row, rated, "settled: no longer first");
    let note = &applied.loaded.dataset.assessments[row.voices.last().unwrap().assessment].note;
    assert_eq!(
        note.as_ref().map(|n| n.en.as_str()),
        Some("Agreed after the ministry's evidence")
    );
}

#[test]
fn a_kept_change_reads_back_as_written() {
    let c = put(1, "x001", entry("c1-84.5", "fully", "2026-12-07"));
    let text = serde_json::to_string(&c).unwrap();
    assert!(text.contains(r#""act":"put""#), "{text}");
    assert_eq!(serde_json::from_str::<Change>(&text).unwrap(), c);
    let u = change(
        2,
        "x001",
        Act::Undo {
            change: "x001".into(),
        },
    );
    let text = serde_json::to_string(&u).unwrap();
    assert_eq!(serde_json::from_str::<Change>(&text).unwrap(), u);
    assert!(serde_json::from_str::<Change>(r#"{"id":"a","act":"put"}"#).is_err());
}

#[test]
fn a_rating_key_edits_todays_own_entry_adds_one_on_another_day_and_zero_withdraws() {
    let me = nhrc();
    let log = Log::new(vec![
        put(1, "x001", entry("c1-84.5", "fully", "2026-12-07")),
        put(2, "x002", entry("c1-84.7", "not", "2026-11-30")),
    ]);
    let entries = log.entries();
    // Today's entry is edited, its evidence kept.
    let (id, act) =
        change_for_key(&entries, "c1-84.5", &me, Some(Status::Not), "2026-12-07").unwrap();
    assert_eq!(id.as_deref(), Some("x001"));
    let Act::Put { entry: e } = act else {
        panic!("a put")
    };
    assert_eq!(
        (e.status.as_str(), e.evidence.contains("c1-84.5")),
        ("not", true)
    );
    // An earlier day's rating stays in the history: a new entry, dated today.
    let (id, act) =
        change_for_key(&entries, "c1-84.7", &me, Some(Status::Fully), "2026-12-07").unwrap();
    assert_eq!(id, None);
    let Act::Put { entry: e } = act else {
        panic!("a put")
    };
    assert_eq!(
        (e.date.as_str(), e.status.as_str()),
        ("2026-12-07", "fully")
    );
    // 0 withdraws the latest own entry; with none, there is nothing to do.
    assert_eq!(
        change_for_key(&entries, "c1-84.7", &me, None, "2026-12-07"),
        Some((Some("x002".to_string()), Act::Withdraw))
    );
    assert_eq!(
        change_for_key(&entries, "c1-84.9", &me, None, "2026-12-07"),
        None
    );
    // Another assessor's entries are not theirs to edit.
    let other = Assessor::new("Coalition", AssessorKind::CivilSociety);
    assert_eq!(
        change_for_key(&entries, "c1-84.5", &other, Some(Status::Not), "2026-12-07")
            .map(|(id, _)| id),
        Some(None)
    );
}
