//! Filtering, search, sorting, facet counts and export on the shipped dataset.

use upr_core::explore::{check_query, filter, page, Prepared, PAGE_SIZE};
use upr_core::export;
use upr_core::facets::facets;
use upr_core::model::StatusCategory;
use upr_core::model::{Dataset, Response, Status};
use upr_core::query::{Query, Sort, SortKey};
use upr_core::{load_dataset, Lang};

fn shipped() -> Dataset {
    let path = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    load_dataset(&std::fs::read_to_string(path).expect("dataset"))
        .expect("loads")
        .dataset
}

fn q(search: &str) -> Query {
    Query::parse_search(search).0
}

fn ids(ds: &Dataset, rows: &[usize]) -> Vec<String> {
    rows.iter()
        .map(|&i| ds.recommendations[i].id.clone())
        .collect()
}

#[test]
fn without_filters_every_recommendation_shows_in_natural_paragraph_order() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    let rows = filter(&ds, &prep, &Query::new());
    let ids = ids(&ds, &rows);
    assert_eq!(ids.len(), 129);
    assert_eq!(&ids[..3], ["c1-84.1", "c1-84.2", "c1-84.3"]);
    let nine = ids.iter().position(|i| i == "c1-84.9").expect("84.9");
    assert_eq!(ids[nine + 1], "c1-84.10");
    assert_eq!(ids.last().map(String::as_str), Some("c1-86.11"));
}

/// The rows whose text, paragraph, recommending States or theme names (in either language)
/// contain `word`, found by reading each row on its own (no index), sorted.
fn rows_containing(ds: &Dataset, word: &str) -> Vec<usize> {
    use upr_core::search::normalize;
    let word = normalize(word);
    (0..ds.recommendations.len())
        .filter(|&i| {
            let r = &ds.recommendations[i];
            let mut fields = vec![r.id.clone(), r.paragraph.clone(), r.text.clone()];
            fields.extend(r.states.iter().cloned());
            for &t in &r.themes {
                fields.push(ds.themes[t].name.en.clone());
                fields.extend(ds.themes[t].name.mn.clone());
            }
            fields.iter().any(|f| normalize(f).contains(&word))
        })
        .collect()
}

fn sorted(mut rows: Vec<usize>) -> Vec<usize> {
    rows.sort_unstable();
    rows
}

#[test]
fn search_finds_every_row_containing_all_words_ignoring_case() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    let rows = filter(&ds, &prep, &q("q=TORTURE"));
    // Exactly the rows that mention torture in their text or carry the torture theme.
    let expected = rows_containing(&ds, "torture");
    assert!(expected.len() > 5);
    assert_eq!(sorted(rows.clone()), expected);
    let both = filter(&ds, &prep, &q("q=torture%20optional%20protocol"));
    assert!(!both.is_empty() && both.len() < rows.len());
    assert!(both.iter().all(|&i| ds.recommendations[i]
        .text
        .to_lowercase()
        .contains("optional protocol")));
}

#[test]
fn search_matches_paragraphs_states_and_mongolian_theme_names() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    assert_eq!(ids(&ds, &filter(&ds, &prep, &q("q=84.52"))), ["c1-84.52"]);
    let france = filter(&ds, &prep, &q("q=france"));
    assert!(france.iter().all(
        |&i| ds.recommendations[i].states.iter().any(|s| s == "France")
            || ds.recommendations[i].text.contains("France")
    ));
    let children_theme = ds
        .themes
        .iter()
        .position(|t| t.id == "children")
        .expect("children theme");
    let cyrillic = ds.themes[children_theme].name.mn.clone().expect("mn name");
    let rows = filter(
        &ds,
        &prep,
        &q(&format!(
            "q={}",
            upr_core::query::encode(&cyrillic.to_uppercase())
        )),
    );
    let tagged: Vec<usize> = (0..ds.recommendations.len())
        .filter(|&i| ds.recommendations[i].themes.contains(&children_theme))
        .collect();
    assert!(!tagged.is_empty());
    // Every row of the theme, and any other row whose words contain the theme's name.
    let expected = rows_containing(&ds, &cyrillic);
    assert!(tagged.iter().all(|i| expected.contains(i)));
    assert_eq!(sorted(rows), expected, "{cyrillic}");
}

#[test]
fn status_filter_counts_not_assessed_as_its_own_state() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    assert_eq!(filter(&ds, &prep, &q("status=not-assessed")).len(), 110);
    let partially = filter(&ds, &prep, &q("status=partially"));
    assert!(partially
        .iter()
        .all(|&i| prep.latest.latest[i] == Some(Status::Partially)));
    let rated = filter(&ds, &prep, &q("status=fully~partially~not")).len();
    assert_eq!(rated, 19);
}

#[test]
fn facet_counts_say_how_many_rows_each_value_would_give() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    let f = facets(&ds, &prep, &Query::new());
    assert_eq!(
        f.responses,
        vec![(Response::Supported, 126), (Response::Noted, 3)]
    );
    assert_eq!(f.statuses.iter().map(|(_, n)| n).sum::<usize>(), 129);
    assert_eq!(
        f.statuses
            .iter()
            .find(|(s, _)| *s == StatusCategory::NotAssessed)
            .map(|(_, n)| *n),
        Some(110)
    );
    assert_eq!(f.cycles, vec![(1, 129)]);
    assert_eq!(f.disagree, 0, "only one kind of assessor rated anything");
    // With a status filter, each response count is exactly what clicking it would show.
    let query = q("status=partially");
    let f = facets(&ds, &prep, &query);
    for (resp, n) in f.responses {
        let mut with = query.clone();
        with.responses.insert(resp);
        assert_eq!(filter(&ds, &prep, &with).len(), n, "{resp:?}");
    }
    for (theme, n) in f.themes.iter().take(5) {
        let mut with = query.clone();
        with.themes.insert(ds.themes[*theme].id.clone());
        assert_eq!(filter(&ds, &prep, &with).len(), *n);
    }
}

#[test]
fn sorting_by_status_puts_fully_implemented_first_and_can_be_reversed() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    let mut query = Query::new();
    query.sort = Sort {
        key: SortKey::Status,
        descending: false,
    };
    let rows = filter(&ds, &prep, &query);
    assert_eq!(prep.latest.latest[rows[0]], Some(Status::Fully));
    assert_eq!(prep.latest.latest[rows[128]], None);
    query.sort.descending = true;
    assert_eq!(prep.latest.latest[filter(&ds, &prep, &query)[0]], None);
    query.sort = Sort {
        key: SortKey::State,
        descending: false,
    };
    let rows = filter(&ds, &prep, &query);
    let firsts: Vec<String> = rows
        .iter()
        .map(|&i| ds.recommendations[i].states[0].to_lowercase())
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
}

#[test]
fn the_recommending_state_filter_keeps_joint_recommendations() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    let joint = ds
        .recommendations
        .iter()
        .find(|r| r.states.len() > 1)
        .expect("a joint recommendation");
    let state = joint.states[1].clone();
    let rows = filter(
        &ds,
        &prep,
        &q(&format!("state={}", upr_core::query::encode(&state))),
    );
    assert!(rows.iter().any(|&i| ds.recommendations[i].id == joint.id));
}

#[test]
fn a_stale_link_drops_unknown_values_and_says_which() {
    let ds = shipped();
    let (checked, issues) = check_query(
        &ds,
        &q("theme=children~no-such-theme&region=MN-999&rec=c9-1.1"),
    );
    assert_eq!(checked.themes.len(), 1);
    assert!(checked.regions.is_empty() && checked.rec.is_none());
    assert_eq!(issues.len(), 3);
}

#[test]
fn pages_hold_at_most_a_page_of_rows_and_clamp() {
    let rows: Vec<usize> = (0..129).collect();
    let (first, p, pages) = page(&rows, 1);
    assert_eq!((first.len(), p, pages), (PAGE_SIZE, 1, 3));
    let (last, p, _) = page(&rows, 99);
    assert_eq!((last.len(), p), (129 - 2 * PAGE_SIZE, 3));
    assert_eq!(page(&[], 1).0.len(), 0);
}

#[test]
fn csv_export_has_a_bom_the_visible_rows_and_status_words() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    let query = q("status=partially");
    let rows = filter(&ds, &prep, &query);
    let text = export::csv(&ds, &prep, &query, &rows, Lang::Mn).expect("csv");
    assert!(text.starts_with('\u{feff}'));
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[1], "Заалт");
    let records: Vec<csv::StringRecord> =
        reader.records().collect::<Result<_, _>>().expect("records");
    assert_eq!(records.len(), rows.len());
    assert_eq!(&records[0][0], ds.recommendations[rows[0]].id.as_str());
    assert!(records
        .iter()
        .all(|r| &r[r.len() - 1] == "Хэсэгчлэн хэрэгжсэн"));
}

#[test]
fn json_export_lists_the_visible_rows_with_machine_readable_statuses() {
    let ds = shipped();
    let prep = Prepared::new(&ds);
    let query = q("q=torture&sort=-paragraph");
    let rows = filter(&ds, &prep, &query);
    let doc: serde_json::Value =
        serde_json::from_str(&export::json(&ds, &prep, &query, &rows)).expect("json");
    assert_eq!(doc["count"], rows.len());
    assert_eq!(
        doc["recommendations"][0]["id"],
        ds.recommendations[rows[0]].id.as_str()
    );
    assert_eq!(doc["query"], "?q=torture&sort=-paragraph");
    assert!(doc["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .all(|r| r["status"].is_string()));
}

/// How many rows choosing the assessor or region of `with` would show, each row's status staying
/// as `query` reads it. That is what the counts of those two filters promise: choosing an assessor
/// or a region also changes whose ratings a row's status is, so with a status filter set, clicking
/// shows the rows whose status under the new choice is among the chosen ones (without a status
/// filter, the two are the same).
fn shown_with_status_as_now(
    ds: &upr_core::model::Dataset,
    prep: &Prepared,
    query: &Query,
    with: &Query,
) -> usize {
    let without_status = Query {
        statuses: Default::default(),
        ..with.clone()
    };
    filter(ds, prep, &without_status)
        .into_iter()
        .filter(|&r| {
            query.statuses.is_empty()
                || query
                    .statuses
                    .contains(&StatusCategory::of(prep.status(ds, r, query)))
        })
        .count()
}

#[test]
fn on_a_synthetic_dataset_every_facet_count_is_the_rows_choosing_it_gives() {
    let loaded =
        load_dataset(&upr_core::synthetic::dataset_json(2000, 3)).expect("synthetic data loads");
    let (ds, prep) = (&loaded.dataset, &loaded.prepared);
    for search in [
        "",
        "status=partially",
        "assessor=nhri&q=police",
        "region=MN-043~MN-1&sort=-status",
        "disagree=yes&cycle=2~3",
        "status=fully~not-assessed&assessor=government&region=MN-043",
    ] {
        let query = q(search);
        let f = facets(ds, prep, &query);
        let rows = filter(ds, prep, &query);
        for (status, n) in &f.statuses {
            let mut with = query.clone();
            with.statuses = [*status].into();
            assert_eq!(
                filter(ds, prep, &with).len(),
                *n,
                "{search}: status {status:?}"
            );
        }
        for (kind, n) in &f.assessors {
            let mut with = query.clone();
            with.assessors = [*kind].into();
            assert_eq!(
                shown_with_status_as_now(ds, prep, &query, &with),
                *n,
                "{search}: assessor {kind:?}"
            );
        }
        for (region, n) in &f.regions {
            let mut with = query.clone();
            with.regions = [ds.regions[*region].code.clone()].into();
            assert_eq!(
                shown_with_status_as_now(ds, prep, &query, &with),
                *n,
                "{search}: region {region}"
            );
        }
        let mut sorted = rows.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), rows.len(), "{search}: a row appears twice");
    }
}

#[test]
fn the_first_frame_draws_the_rows_that_fill_the_window_below_the_table() {
    use upr_core::explore::rows_to_fill;
    // A 757 px window with the table starting at 560 px: 197 px, five rows of at least 40 px.
    assert_eq!(rows_to_fill(560.0, 757.0, &[]), 5);
    // Rows of about 100 px (the median of those last drawn): two.
    assert_eq!(
        rows_to_fill(560.0, 757.0, &[98.0, 120.0, 45.0, 101.0, f64::NAN]),
        2
    );
    // Rows never count as less than 40 px.
    assert_eq!(rows_to_fill(560.0, 757.0, &[10.0, 12.0]), 5);
    // Scrolled so that the table fills the window: the whole window's worth.
    assert_eq!(rows_to_fill(-3000.0, 800.0, &[]), 20);
    // Below the fold: one row, the rest follow a frame later.
    assert_eq!(rows_to_fill(2000.0, 800.0, &[]), 1);
    // A very tall window never asks for more than a page; a broken reading asks for a page.
    assert_eq!(rows_to_fill(0.0, 100_000.0, &[]), PAGE_SIZE);
    assert_eq!(rows_to_fill(f64::NAN, 800.0, &[]), PAGE_SIZE);
}
