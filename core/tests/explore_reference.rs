//! The explorer's fast evaluation (precomputed columns, one pass for all facet counts, search
//! narrowed while typing) against a plain reference written for this test: for any query on a
//! synthetic dataset and on the shipped one, the same rows in the same order and the same counts.

use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;
use upr_core::explore::{evaluate, evaluate_after, filter, rows_of};
use upr_core::facets::{facets, facets_of};
use upr_core::model::StatusCategory;
use upr_core::model::{AssessorKind, Dataset, Response, Status};
use upr_core::query::{Query, Sort, SortKey};
use upr_core::search::{matches, normalize};
use upr_core::{load_dataset, Loaded};

fn synthetic() -> &'static Loaded {
    static DATA: OnceLock<Loaded> = OnceLock::new();
    DATA.get_or_init(|| load_dataset(&upr_core::synthetic::dataset_json(1500, 11)).expect("loads"))
}

fn shipped() -> &'static Loaded {
    static DATA: OnceLock<Loaded> = OnceLock::new();
    DATA.get_or_init(|| {
        let path = format!(
            "{}/../public/data/mongolia-upr.json",
            env!("CARGO_MANIFEST_DIR")
        );
        load_dataset(&std::fs::read_to_string(path).expect("dataset")).expect("loads")
    })
}

/// Synthetic data where every fifth recommendation is a treaty body's (no cycle, position or
/// recommending State), as a UHRI export gives them.
fn mixed() -> &'static Loaded {
    static DATA: OnceLock<Loaded> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut doc: serde_json::Value =
            serde_json::from_str(&upr_core::synthetic::dataset_json(600, 5)).expect("json");
        let recs = doc["recommendations"]
            .as_array_mut()
            .expect("recommendations");
        for (i, r) in recs.iter_mut().enumerate().filter(|(i, _)| i % 5 == 0) {
            let o = r.as_object_mut().expect("object");
            for key in ["cycle", "response", "response_document", "states"] {
                o.remove(key);
            }
            let body = if i % 10 == 0 { "CRC" } else { "CEDAW" };
            o.insert("mechanism".into(), body.into());
            o.insert("annotation".into(), format!("a{i}").into());
        }
        load_dataset(&doc.to_string()).expect("loads")
    })
}

/// The filters, one by one, as the reference sees them.
#[derive(Clone, Copy, PartialEq)]
enum Filter {
    Mechanism,
    Cycle,
    Response,
    Status,
    Assessor,
    Theme,
    State,
    Region,
    Disagree,
    Search,
}

fn searchable(ds: &Dataset, row: usize) -> String {
    let r = &ds.recommendations[row];
    let themes: Vec<String> = r
        .themes
        .iter()
        .map(|&t| {
            format!(
                "{} {}",
                ds.themes[t].name.en,
                ds.themes[t].name.mn.clone().unwrap_or_default()
            )
        })
        .collect();
    normalize(&format!(
        "{} {} {} {} {}",
        r.id,
        r.paragraph,
        r.text,
        r.states.join(" "),
        themes.join(" ")
    ))
}

fn disagrees(l: &Loaded, row: usize) -> bool {
    let seen: BTreeSet<Status> = AssessorKind::ALL
        .iter()
        .filter_map(|&k| l.prepared.status_by(row, k))
        .collect();
    seen.len() > 1
}

fn passes(l: &Loaded, q: &Query, row: usize, filter: Filter) -> bool {
    let (ds, r) = (&l.dataset, &l.dataset.recommendations[row]);
    match filter {
        Filter::Mechanism => {
            q.mechanisms.is_empty()
                || q.mechanisms
                    .contains(r.mechanism.as_deref().unwrap_or(upr_core::model::UPR))
        }
        Filter::Cycle => {
            q.cycles.is_empty()
                || r.cycle
                    .is_some_and(|c| q.cycles.contains(&ds.cycles[c].number))
        }
        Filter::Response => {
            q.responses.is_empty() || r.response.is_some_and(|x| q.responses.contains(&x))
        }
        Filter::Status => {
            q.statuses.is_empty()
                || q.statuses
                    .contains(&StatusCategory::of(l.prepared.status(ds, row, q)))
        }
        Filter::Assessor => {
            q.assessors.is_empty()
                || l.prepared.assessments[row].iter().any(|&a| {
                    q.assessors
                        .contains(&ds.sources[ds.assessments[a].source].kind)
                })
        }
        Filter::Theme => {
            q.themes.is_empty()
                || r.themes
                    .iter()
                    .any(|&t| q.themes.contains(&ds.themes[t].id))
        }
        Filter::State => q.states.is_empty() || r.states.iter().any(|s| q.states.contains(s)),
        Filter::Region => {
            q.regions.is_empty()
                || l.prepared.assessments[row].iter().any(|&a| {
                    ds.assessments[a]
                        .region
                        .is_some_and(|g| q.regions.contains(&ds.regions[g].code))
                })
        }
        Filter::Disagree => !q.disagree || disagrees(l, row),
        Filter::Search => matches(&searchable(ds, row), &q.search),
    }
}

const FILTERS: [Filter; 10] = [
    Filter::Mechanism,
    Filter::Cycle,
    Filter::Response,
    Filter::Status,
    Filter::Assessor,
    Filter::Theme,
    Filter::State,
    Filter::Region,
    Filter::Disagree,
    Filter::Search,
];

fn passes_all_but(l: &Loaded, q: &Query, row: usize, left_out: Option<Filter>) -> bool {
    FILTERS
        .iter()
        .filter(|&&f| Some(f) != left_out)
        .all(|&f| passes(l, q, row, f))
}

fn paragraph_key(ds: &Dataset, row: usize) -> (u32, String, Vec<u32>, String) {
    let r = &ds.recommendations[row];
    let parts = r
        .paragraph
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|p| p.parse().ok())
        .collect();
    // The UPR's cycles first, then other mechanisms by name.
    (
        r.cycle.map_or(u32::MAX, |c| ds.cycles[c].number),
        r.mechanism.clone().unwrap_or_default(),
        parts,
        r.paragraph.clone(),
    )
}

fn status_place(s: Option<Status>) -> u8 {
    match s {
        Some(Status::Fully) => 0,
        Some(Status::Partially) => 1,
        Some(Status::Not) => 2,
        None => 3,
    }
}

fn reference_rows(l: &Loaded, q: &Query) -> Vec<usize> {
    let ds = &l.dataset;
    let mut rows: Vec<usize> = (0..ds.recommendations.len())
        .filter(|&r| passes_all_but(l, q, r, None))
        .collect();
    // Natural paragraph order first, then (stably) the chosen key.
    rows.sort_by_key(|&r| (paragraph_key(ds, r), r));
    match q.sort.key {
        SortKey::Paragraph => {}
        SortKey::State => rows.sort_by_key(|&r| {
            ds.recommendations[r]
                .states
                .first()
                .map(|s| normalize(s))
                .unwrap_or_default()
        }),
        SortKey::Status => rows.sort_by_key(|&r| status_place(l.prepared.status(ds, r, q))),
    }
    if q.sort.descending {
        rows.reverse();
    }
    rows
}

/// How many rows choosing `value` of `filter` would give (the other filters as they are).
fn reference_count(l: &Loaded, q: &Query, filter: Filter, has: impl Fn(usize) -> bool) -> usize {
    (0..l.dataset.recommendations.len())
        .filter(|&r| passes_all_but(l, q, r, Some(filter)) && has(r))
        .count()
}

fn check(l: &Loaded, q: &Query) -> Result<(), TestCaseError> {
    let (ds, prep) = (&l.dataset, &l.prepared);
    prop_assert_eq!(filter(ds, prep, q), reference_rows(l, q));
    let f = facets(ds, prep, q);
    for (number, n) in &f.cycles {
        let want = reference_count(l, q, Filter::Cycle, |r| {
            ds.recommendations[r]
                .cycle
                .is_some_and(|c| ds.cycles[c].number == *number)
        });
        prop_assert_eq!(*n, want, "cycle {}", number);
    }
    for (response, n) in &f.responses {
        let want = reference_count(l, q, Filter::Response, |r| {
            ds.recommendations[r].response == Some(*response)
        });
        prop_assert_eq!(*n, want, "response {:?}", response);
    }
    for (mechanism, n) in &f.mechanisms {
        let want = reference_count(l, q, Filter::Mechanism, |r| {
            ds.recommendations[r]
                .mechanism
                .as_deref()
                .unwrap_or(upr_core::model::UPR)
                == mechanism
        });
        prop_assert_eq!(*n, want, "mechanism {}", mechanism);
    }
    for (status, n) in &f.statuses {
        let want = reference_count(l, q, Filter::Status, |r| {
            StatusCategory::of(prep.status(ds, r, q)) == *status
        });
        prop_assert_eq!(*n, want, "status {:?}", status);
    }
    for (kind, n) in &f.assessors {
        let want = reference_count(l, q, Filter::Assessor, |r| {
            prep.assessments[r]
                .iter()
                .any(|&a| ds.sources[ds.assessments[a].source].kind == *kind)
        });
        prop_assert_eq!(*n, want, "assessor {:?}", kind);
    }
    for (theme, n) in &f.themes {
        let want = reference_count(l, q, Filter::Theme, |r| {
            ds.recommendations[r].themes.contains(theme)
        });
        prop_assert_eq!(*n, want, "theme {}", theme);
    }
    for (state, n) in &f.states {
        let want = reference_count(l, q, Filter::State, |r| {
            ds.recommendations[r].states.contains(state)
        });
        prop_assert_eq!(*n, want, "state {}", state);
    }
    for (region, n) in &f.regions {
        let want = reference_count(l, q, Filter::Region, |r| {
            prep.assessments[r]
                .iter()
                .any(|&a| ds.assessments[a].region == Some(*region))
        });
        prop_assert_eq!(*n, want, "region {}", region);
    }
    let want = reference_count(l, q, Filter::Disagree, |r| disagrees(l, r));
    prop_assert_eq!(f.disagree, want, "disagree");
    Ok(())
}

const WORDS: [&str; 14] = [
    "",
    "detention",
    "det",
    "ratify",
    "RATIFY monitoring",
    "синтетик",
    "theme children",
    "austria",
    "c2-80",
    "80.1",
    "торт",
    "zzz",
    "ensure education",
    "e",
];

fn query_strategy(ds: &'static Dataset) -> impl Strategy<Value = Query> {
    let themes: Vec<String> = ds.themes.iter().map(|t| t.id.clone()).collect();
    let mut states: Vec<String> = ds
        .recommendations
        .iter()
        .flat_map(|r| r.states.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    states.truncate(12);
    let regions: Vec<String> = ds.regions.iter().map(|r| r.code.clone()).collect();
    let mechanisms = vec!["UPR".to_string(), "CRC".to_string(), "CEDAW".to_string()];
    (
        (
            proptest::sample::subsequence(mechanisms, 0..=2),
            proptest::sample::subsequence(vec![1u32, 2, 3, 4], 0..=2),
        ),
        proptest::sample::subsequence(vec![Response::Supported, Response::Noted], 0..=1),
        proptest::sample::subsequence(StatusCategory::ALL.to_vec(), 0..=2),
        proptest::sample::subsequence(AssessorKind::ALL.to_vec(), 0..=2),
        proptest::sample::subsequence(themes, 0..=2),
        proptest::sample::subsequence(states, 0..=2),
        proptest::sample::subsequence(regions, 0..=2),
        any::<bool>(),
        proptest::sample::select(WORDS.to_vec()),
        proptest::sample::select(vec![SortKey::Paragraph, SortKey::State, SortKey::Status]),
        any::<bool>(),
    )
        .prop_map(
            |(
                (mechanisms, cycles),
                responses,
                statuses,
                assessors,
                themes,
                states,
                regions,
                disagree,
                search,
                key,
                descending,
            )| Query {
                mechanisms: mechanisms.into_iter().collect(),
                cycles: cycles.into_iter().collect(),
                responses: responses.into_iter().collect(),
                statuses: statuses.into_iter().collect(),
                assessors: assessors.into_iter().collect(),
                themes: themes.into_iter().collect(),
                states: states.into_iter().collect(),
                regions: regions.into_iter().collect(),
                disagree,
                search: search.to_string(),
                sort: Sort { key, descending },
                ..Query::new()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn on_synthetic_data_any_query_gives_the_reference_rows_and_counts(q in query_strategy(&synthetic().dataset)) {
        check(synthetic(), &q)?;
    }

    #[test]
    fn on_data_of_several_mechanisms_any_query_gives_the_reference_rows_and_counts(q in query_strategy(&mixed().dataset)) {
        let (ds, prep) = (&mixed().dataset, &mixed().prepared);
        prop_assert_eq!(prep.mechanisms.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>(), ["UPR", "CEDAW", "CRC"]);
        prop_assert!(ds.recommendations.iter().any(|r| r.cycle.is_none()));
        check(mixed(), &q)?;
    }

    #[test]
    fn on_the_shipped_data_any_query_gives_the_reference_rows_and_counts(q in query_strategy(&shipped().dataset)) {
        check(shipped(), &q)?;
    }

    #[test]
    fn typing_a_search_one_letter_at_a_time_gives_what_a_fresh_search_gives(
        q in query_strategy(&synthetic().dataset),
        typed in proptest::sample::select(vec!["detention", "ratify monitoring", "синтетик", "c3-80.1", "ensure edu"]),
    ) {
        let l = synthetic();
        let (ds, prep) = (&l.dataset, &l.prepared);
        let mut previous = None;
        // Typing on, then deleting back to nothing.
        let lengths: Vec<usize> = typed.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
        for end in lengths.iter().chain(lengths.iter().rev()) {
            let now = Query { search: typed[..*end].to_string(), ..q.clone() };
            let typed_on = evaluate_after(ds, prep, &now, previous.as_ref());
            let fresh = evaluate(ds, prep, &now);
            prop_assert_eq!(rows_of(prep, &now, &typed_on), rows_of(prep, &now, &fresh), "{:?}", &now.search);
            prop_assert_eq!(facets_of(ds, prep, &typed_on), facets_of(ds, prep, &fresh));
            previous = Some(typed_on);
        }
    }
}
